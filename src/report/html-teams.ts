import type { Report, TeamResult, Verdict } from '../types.js';
import { escapeHtml as h } from './html-escape.js';
import { type KeyOf, reasonKey } from './html-finding.js';
import { headline, type ReasonCount, teamReasons } from './html-summary.js';
import { type Lang, parameterShareCell, plural, statusLabel, symbolOf, t, teamReason } from './i18n/index.js';
import { percent } from './symbols.js';

// How many reasons a card lists before "N more reasons": enough to explain most teams at a glance.
const TOP_REASONS = 3;
const COUNTED: Verdict[] = ['compliant', 'non-compliant', 'unknown'];

/**
 * A link to the dashboard's model table filtered as `params` say (the script reads the hash):
 * on the dashboard itself, or on the dashboard page `base` (the site's round page).
 */
export function viewLink(params: Record<string, string>, base = ''): string {
  return `${base}#${new URLSearchParams(params).toString()}`;
}

/** The headline: how many teams fail, pass or cannot be decided, before any detail. */
export function headlineSection(report: Report, lang: Lang): string {
  const { title, counts } = headline(report, lang);
  return `<section class="answer" aria-labelledby="headline">
<h2 id="headline" class="headline">${h(title)}</h2>
<p class="status-counts">${h(counts)}</p>
</section>`;
}

/**
 * The share of counted releases by verdict, stacked, with the threshold line: compliant on the
 * left, so the bar passes exactly when its green part crosses the line.
 */
function stackedBar(team: TeamResult, lang: Lang): string {
  const counts: Record<string, number> = {
    compliant: team.compliant,
    'non-compliant': team.nonCompliant,
    unknown: team.unknown,
  };
  const label = t(lang, 'dash.bar', {
    team: team.name,
    compliant: team.compliant,
    nonCompliant: team.nonCompliant,
    unknown: team.unknown,
    counted: team.counted,
    threshold: percent(team.threshold),
  });
  const segments = COUNTED.filter((v) => counts[v]! > 0)
    .map((v) => {
      const width = ((counts[v]! / team.counted) * 100).toFixed(1);
      return `<span class="seg seg-${v}" data-verdict="${v}" style="width:${width}%"></span>`;
    })
    .join('');
  return `<div class="stack" role="img" aria-label="${h(label)}" data-share="${team.share}">${segments}<span class="threshold" style="left:${(team.threshold * 100).toFixed(1)}%" title="${h(percent(team.threshold))}"></span></div>
<ul class="legend">${COUNTED.map((v) => `<li><span class="key key-${v}" aria-hidden="true"></span>${h(symbolOf(v))} ${h(t(lang, `verdict.${v}`))} <b>${counts[v]}</b></li>`).join('')}</ul>`;
}

function reasonItem(
  team: TeamResult,
  r: ReasonCount,
  base: string,
  extra: Record<string, string> = {},
): string {
  const href = viewLink({ team: team.id, ...extra, reason: r.key }, base);
  const text = r.text ? `<span class="why">${h(r.text)}</span>` : '';
  return `<li><a href="${h(href)}"><b class="n">${r.count} ×</b> <span class="what">${h(r.title)}</span></a>${text ? ` ${text}` : ''}</li>`;
}

/** Why the counted releases are not compliant, most frequent first, each linked to its releases. */
function failingReasons(team: TeamResult, reasons: ReasonCount[], lang: Lang, base: string): string {
  if (reasons.length === 0) return '';
  const more = reasons.length - TOP_REASONS;
  return `<h4>${h(t(lang, 'dash.card.why'))}</h4>
<ul class="reasons">${reasons
    .slice(0, TOP_REASONS)
    .map((r) => reasonItem(team, r, base))
    .join(
      '',
    )}</ul>${more > 0 ? `<p class="more"><a href="${h(viewLink({ team: team.id }, base))}">${h(plural(lang, 'dash.card.more', more))}</a></p>` : ''}`;
}

/** What "excluded N" means: each reason a release is listed but not counted, with its count. */
function excludedReasons(team: TeamResult, reasons: ReasonCount[], lang: Lang, base: string): string {
  if (team.excluded === 0) return '';
  return `<details class="excluded"><summary>${h(plural(lang, 'dash.card.excluded', team.excluded))}</summary>
<ul class="reasons">${reasons.map((r) => reasonItem(team, r, base, { verdict: 'excluded' })).join('')}</ul></details>`;
}

/**
 * One team's card: status, the stacked bar against the threshold, the reasons counted, each
 * linked to its releases in the dashboard (this page, or the dashboard page `base`).
 */
export function teamCard(team: TeamResult, lang: Lang, base = '', keyOf: KeyOf = reasonKey): string {
  const reasons = teamReasons(team, lang, keyOf);
  const share = t(lang, 'report.shareOf', { share: percent(team.share), threshold: percent(team.threshold) });
  const failures = team.failures
    .map((f) => `<p class="failure">${h(t(lang, 'report.listingFailed', { message: f.message }))}</p>`)
    .join('');
  return `<li class="team" id="team-${h(team.id)}" data-team="${h(team.id)}">
<h3><span>${h(team.name)} <span class="id">${h(team.id)}</span></span><span class="badge s-${h(team.status)}">${h(statusLabel(lang, team.status))}</span></h3>
${stackedBar(team, lang)}
<p class="share">${h(share)}</p>
<p class="share parameters">${h(t(lang, 'report.parameterShareOf', { share: parameterShareCell(lang, team) }))}</p>
<p class="reason">${h(teamReason(lang, team))}</p>${failures}
${failingReasons(team, reasons.failing, lang, base)}
${excludedReasons(team, reasons.excluded, lang, base)}
<p class="show"><a href="${h(viewLink({ team: team.id }, base))}">${h(plural(lang, 'dash.card.show', team.models.length, { team: team.name }))}</a></p>
</li>`;
}

/** The teams section: one card per team. */
export function teamsSection(report: Report, lang: Lang, keyOf: KeyOf = reasonKey): string {
  return `<section aria-labelledby="teams-h">
<h2 id="teams-h">${h(t(lang, 'report.teams'))}</h2>
<p class="sr">${h(t(lang, 'report.teamsCaption'))}</p>
<ul class="teams">
${report.teams.map((team) => teamCard(team, lang, '', keyOf)).join('\n')}
</ul>
</section>`;
}
