import type { TeamResult } from '../types.js';
import { diffReports } from './diff.js';
import { changeRows, policyWarning } from './diff-render.js';
import { escapeHtml as h } from './html-escape.js';
import { teamCard } from './html-teams.js';
import { type Lang, statusLabel, t } from './i18n/index.js';
import { type Series, shareChart } from './site-chart.js';
import type { Round, SitePath } from './site-nav.js';
import { relative } from './site-nav.js';
import { percent } from './symbols.js';

const COUNTS = ['counted', 'compliant', 'unknown'] as const;

/** Per round: status, counts and share, each round linked to its dashboard filtered to the team. */
function roundsTable(id: string, rounds: Round[], at: SitePath, lang: Lang): string {
  const rows = rounds
    .map((r) => {
      const team = r.report.teams.find((x) => x.id === id);
      const link = `<a href="${h(relative(at, `rounds/${r.id}.html`))}#team=${h(encodeURIComponent(id))}">${h(r.id)}</a>`;
      if (!team)
        return `<tr><th scope="row">${link}</th><td colspan="6">${h(t(lang, 'site.absent'))}</td></tr>`;
      return `<tr><th scope="row">${link}</th><td><span class="badge s-${h(team.status)}">${h(statusLabel(lang, team.status))}</span></td>${COUNTS.map((c) => `<td class="num">${team[c]}</td>`).join('')}<td class="num">${team.excluded}</td><td class="num">${h(percent(team.share))}</td></tr>`;
    })
    .join('\n');
  return `<table class="history">
<caption>${h(t(lang, 'site.historyCaption'))}</caption>
<thead><tr><th scope="col">${h(t(lang, 'site.col.round'))}</th><th scope="col">${h(t(lang, 'col.status'))}</th>${COUNTS.map((c) => `<th scope="col" class="num">${h(t(lang, `col.${c}`))}</th>`).join('')}<th scope="col" class="num">${h(t(lang, 'verdict.excluded'))}</th><th scope="col" class="num">${h(t(lang, 'col.share'))}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
}

/** What changed for this team between each round and the next: `diff` of the two reports, this team's part. */
function changes(id: string, rounds: Round[], lang: Lang): string {
  const sections: string[] = [];
  for (let i = 1; i < rounds.length; i++) {
    const [before, after] = [rounds[i - 1]!, rounds[i]!];
    const diff = diffReports(before.report, after.report);
    const mine = { ...diff, changes: diff.changes.filter((c) => c.team === id) };
    const warning = policyWarning(diff, lang);
    const rows = changeRows(mine, lang)
      .map(
        (r) =>
          `<tr${r.change.regression ? ' class="regressed"' : ''}><td data-label="${h(t(lang, 'col.change'))}">${h(r.kind)}</td><td class="model-id" data-label="${h(t(lang, 'col.model'))}">${h(r.model)}</td><td data-label="${h(t(lang, 'col.before'))}">${h(r.before)}</td><td data-label="${h(t(lang, 'col.after'))}">${h(r.after)}</td><td data-label="${h(t(lang, 'diff.regressed'))}">${h(r.flag)}</td></tr>`,
      )
      .join('\n');
    const table = rows
      ? `<table class="changes">
<thead><tr><th scope="col">${h(t(lang, 'col.change'))}</th><th scope="col">${h(t(lang, 'col.model'))}</th><th scope="col">${h(t(lang, 'col.before'))}</th><th scope="col">${h(t(lang, 'col.after'))}</th><th scope="col">${h(t(lang, 'diff.regressed'))}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`
      : `<p>${h(t(lang, 'site.noChanges'))}</p>`;
    sections.push(`<section class="round-change" aria-labelledby="change-${i}">
<h3 id="change-${i}">${h(t(lang, 'site.changes', { from: before.id, to: after.id }))}</h3>
${warning ? `<p class="warning-box" role="alert">⚠ ${h(warning)}</p>` : ''}
${table}
</section>`);
  }
  return sections.length ? sections.reverse().join('\n') : `<p>${h(t(lang, 'site.firstRound'))}</p>`;
}

/** A team's page: its share per round (chart and table), its latest card, what changed round by round. */
export function teamBody(team: { id: string; name: string }, rounds: Round[], lang: Lang): string {
  const at: SitePath = `teams/${team.id}.html`;
  const series: Series[] = [
    {
      name: team.name,
      points: rounds.map((r) => {
        const found = r.report.teams.find((x) => x.id === team.id);
        return found ? { share: found.share, status: found.status } : null;
      }),
    },
  ];
  const latest = [...rounds].reverse().find((r) => r.report.teams.some((x) => x.id === team.id))!;
  const card: TeamResult = latest.report.teams.find((x) => x.id === team.id)!;
  return `<header class="top">
<h1>${h(t(lang, 'site.teamHistory', { team: team.name }))} <span class="id">${h(team.id)}</span></h1>
<p class="programme">${h(latest.report.programme.title)}</p>
</header>
<main>
<section aria-labelledby="latest-h">
<h2 id="latest-h">${h(t(lang, 'site.round', { date: latest.id }))}</h2>
<ul class="teams">
${teamCard(card, lang, relative(at, `rounds/${latest.id}.html`))}
</ul>
</section>
<section aria-labelledby="shares-h">
<h2 id="shares-h">${h(t(lang, 'site.chartTitle'))}</h2>
${shareChart(rounds, series, lang, 'team')}
${roundsTable(team.id, rounds, at, lang)}
</section>
<section aria-labelledby="changes-h">
<h2 id="changes-h">${h(t(lang, 'site.history'))}</h2>
${changes(team.id, rounds, lang)}
</section>
</main>`;
}
