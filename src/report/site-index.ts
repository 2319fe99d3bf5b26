import { escapeHtml as h } from './html-escape.js';
import { headline } from './html-summary.js';
import { type Lang, plural, statusLabel, t } from './i18n/index.js';
import { type Series, shareChart } from './site-chart.js';
import { ENDONYM, type Round, relative, roundLabel, SITE_LANGS } from './site-nav.js';
import { percent } from './symbols.js';

/** Every team of any round, in the order of the latest round that has it, then of earlier ones. */
export function teamsOf(rounds: Round[]): { id: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const round of [...rounds].reverse())
    for (const team of round.report.teams) if (!seen.has(team.id)) seen.set(team.id, team.name);
  return [...seen].map(([id, name]) => ({ id, name }));
}

/** Each team's share and status per round, for the chart. */
export function seriesOf(rounds: Round[], teams: { id: string; name: string }[]): Series[] {
  return teams.map((team) => ({
    name: team.name,
    points: rounds.map((r) => {
      const found = r.report.teams.find((x) => x.id === team.id);
      return found ? { share: found.share, status: found.status } : null;
    }),
  }));
}

/** The table beside the chart: a row per team, a column per round, each cell linked to the round's view of the team. */
function sharesTable(rounds: Round[], teams: { id: string; name: string }[], lang: Lang): string {
  const head = rounds
    .map((r) => `<th scope="col"><a href="rounds/${h(r.id)}.html">${h(r.id)}</a></th>`)
    .join('');
  const rows = teams
    .map((team) => {
      const cells = rounds
        .map((r) => {
          const found = r.report.teams.find((x) => x.id === team.id);
          if (!found) return `<td>${h(t(lang, 'site.absent'))}</td>`;
          const text = `${statusLabel(lang, found.status)} ${percent(found.share)}`;
          return `<td><a class="badge s-${h(found.status)}" href="rounds/${h(r.id)}.html#team=${h(encodeURIComponent(team.id))}">${h(text)}</a></td>`;
        })
        .join('');
      return `<tr><th scope="row"><a href="teams/${h(team.id)}.html">${h(team.name)}</a></th>${cells}</tr>`;
    })
    .join('\n');
  return `<table class="shares">
<caption>${h(t(lang, 'site.sharesCaption'))}</caption>
<thead><tr><th scope="col">${h(t(lang, 'col.team'))}</th>${head}</tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
}

/** The index of one language: the latest answer, shares per round (chart and table), the rounds, the teams. */
export function indexBody(rounds: Round[], lang: Lang): string {
  const latest = rounds[rounds.length - 1]!;
  const teams = teamsOf(rounds);
  const answer = headline(latest.report, lang);
  const list = [...rounds]
    .reverse()
    .map(
      (r) =>
        `<li><a href="rounds/${h(r.id)}.html">${h(t(lang, 'site.round', { date: r.id }))}</a> · ${h(headline(r.report, lang).title)} <span class="note">${h(roundLabel(r))} · <code>${h(r.report.policy.id)}</code> · <code>${h(r.file)}</code></span></li>`,
    )
    .join('\n');
  return `<header class="top">
<h1>${h(t(lang, 'site.title'))}</h1>
<p class="programme">${h(latest.report.programme.title)}</p>
<p class="rule">${h(plural(lang, 'site.roundsCount', rounds.length))} · ${h(t(lang, 'report.rule', { threshold: percent(latest.report.policy.threshold) }))}</p>
</header>
<main>
<section class="answer" aria-labelledby="headline">
<p class="note">${h(t(lang, 'site.latest', { date: latest.id }))}</p>
<h2 id="headline" class="headline"><a href="${h(relative('index.html', `rounds/${latest.id}.html`))}">${h(answer.title)}</a></h2>
<p class="status-counts">${h(answer.counts)}</p>
</section>
<section aria-labelledby="shares-h">
<h2 id="shares-h">${h(t(lang, 'site.chartTitle'))}</h2>
${shareChart(rounds, seriesOf(rounds, teams), lang, 'shares')}
${sharesTable(rounds, teams, lang)}
</section>
<section aria-labelledby="rounds-h">
<h2 id="rounds-h">${h(t(lang, 'site.rounds'))}</h2>
<ul class="rounds">
${list}
</ul>
</section>
<section aria-labelledby="teams-h">
<h2 id="teams-h">${h(t(lang, 'report.teams'))}</h2>
<ul class="rounds">
${teams.map((team) => `<li><a href="teams/${h(team.id)}.html">${h(t(lang, 'site.teamHistory', { team: team.name }))}</a></li>`).join('\n')}
</ul>
</section>
</main>`;
}

/** The site's root page: which language, in each language (no script, no redirect). */
export function chooserBody(rounds: Round[]): string {
  const latest = rounds[rounds.length - 1]!;
  const choices = SITE_LANGS.map(
    (lang) =>
      `<li lang="${lang}"><a href="${lang}/index.html" hreflang="${lang}">${h(ENDONYM[lang])}</a> · ${h(t(lang, 'site.title'))}: ${h(headline(latest.report, lang).title)}</li>`,
  ).join('\n');
  return `<header class="top">
<h1>${h(latest.report.programme.title)}</h1>
</header>
<main>
<ul class="rounds choose">
${choices}
</ul>
</main>`;
}
