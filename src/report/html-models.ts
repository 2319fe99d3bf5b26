import type { Availability, Report, Verdict } from '../types.js';
import { escapeHtml as h } from './html-escape.js';
import { type KeyOf, reasonKey } from './html-finding.js';
import { countReasons } from './html-summary.js';
import { availabilityLabel, type Lang, t, verdictLabel } from './i18n/index.js';

const VERDICTS: Verdict[] = ['non-compliant', 'unknown', 'compliant', 'excluded'];
const AVAILABILITIES: (Availability | 'unknown')[] = [
  'public',
  'gated-auto',
  'gated-manual',
  'private',
  'disabled',
  'missing',
  'unknown',
];

// The columns of the model table; `sort` names the script's sort key (verdict sorts by severity).
const COLUMNS = [
  { label: 'col.model', sort: 'model' },
  { label: 'col.verdict', sort: 'severity' },
  { label: 'col.reason', sort: null },
  { label: 'col.licence', sort: 'licence' },
  { label: 'col.availability', sort: 'availability' },
  { label: 'col.parameters', sort: 'parameters', num: true },
] as const;

function option(value: string, label: string): string {
  return `<option value="${h(value)}">${h(label)}</option>`;
}

/** The reasons present in the report, for the reason filter: one option per reason key, most frequent first. */
function reasonOptions(report: Report, lang: Lang, keyOf: KeyOf): string {
  const models = report.teams.flatMap((team) => team.models).filter((m) => keyOf(m) !== '');
  // Long finding sentences would widen the select past a phone's width; the title leads anyway.
  const label = (text: string) => (text.length > 90 ? `${text.slice(0, 89)}…` : text);
  return countReasons(models, lang, keyOf)
    .map((r) => option(r.key, label(r.text ? `${r.title}: ${r.text}` : r.title)))
    .join('');
}

/** The filter controls: team, verdict, availability, reason (selects), search (text), grouping. */
function filters(report: Report, lang: Lang, total: number, keyOf: KeyOf): string {
  const all = option('', t(lang, 'filter.all'));
  const select = (id: string, label: string, options: string, first = all) =>
    `<div><label for="${id}">${h(label)}</label><select id="${id}">${first}${options}</select></div>`;
  return `<form class="filters" aria-label="${h(t(lang, 'filter.heading'))}">
${select('f-team', t(lang, 'filter.team'), report.teams.map((team) => option(team.id, team.name)).join(''))}
${select('f-verdict', t(lang, 'filter.verdict'), VERDICTS.map((v) => option(v, verdictLabel(lang, v))).join(''))}
${select('f-availability', t(lang, 'filter.availability'), AVAILABILITIES.map((a) => option(a, availabilityLabel(lang, a === 'unknown' ? null : a))).join(''))}
${select('f-reason', t(lang, 'dash.filter.reason'), reasonOptions(report, lang, keyOf))}
<div><label for="f-q">${h(t(lang, 'dash.filter.search'))}</label><input id="f-q" type="search" autocomplete="off" placeholder="Apache-2.0"></div>
${select('f-group', t(lang, 'dash.filter.group'), option('none', t(lang, 'dash.group.none')), option('team', t(lang, 'dash.group.team')))}
<div class="actions"><button type="reset">${h(t(lang, 'filter.reset'))}</button><button type="button" id="csv">${h(t(lang, 'dash.csv', { count: total }))}</button></div>
</form>`;
}

/**
 * The models section: filters, then the table's frame. The script fills the rows from the
 * embedded view, as many as can be seen, so the page stays fast at programme scale.
 */
export function modelsSection(report: Report, lang: Lang, keyOf: KeyOf = reasonKey): string {
  const total = report.teams.reduce((n, team) => n + team.models.length, 0);
  const head = COLUMNS.map((c) => {
    const cls = 'num' in c ? ' class="num"' : '';
    const label = h(t(lang, c.label));
    return c.sort
      ? `<th scope="col"${cls} data-sort="${c.sort}"><button type="button">${label}</button></th>`
      : `<th scope="col"${cls}>${label}</th>`;
  }).join('');
  return `<section aria-labelledby="models-h">
<h2 id="models-h">${h(t(lang, 'report.models'))}</h2>
${filters(report, lang, total, keyOf)}
<p id="shown" role="status" aria-live="polite">${h(t(lang, 'filter.shown', { shown: total, total }))}</p>
<noscript><p class="warning-box">${h(t(lang, 'dash.noscript'))}</p></noscript>
<table class="models">
<caption>${h(t(lang, 'dash.modelsCaption'))}. ${h(t(lang, 'sort.hint'))}</caption>
<thead><tr>${head}</tr></thead>
<tbody id="rows"></tbody>
</table>
<p id="empty" hidden>${h(t(lang, 'dash.empty'))}</p>
<p class="more-wrap"><button type="button" id="more" hidden></button></p>
</section>`;
}
