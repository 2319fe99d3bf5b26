import type { Availability, ModelResult, Report, TeamResult, Verdict } from '../types.js';
import { formatParameters } from './format.js';
import { escapeHtml as h, releaseUrl } from './html-escape.js';
import { evidenceList } from './html-evidence.js';
import { availabilityLabel, codeLicence, type Lang, t, verdictLabel } from './i18n/index.js';

const VERDICTS: Verdict[] = ['compliant', 'non-compliant', 'unknown', 'excluded'];
const AVAILABILITIES: (Availability | 'unknown')[] = [
  'public',
  'gated-auto',
  'gated-manual',
  'private',
  'disabled',
  'missing',
  'unknown',
];
// Sorting by verdict puts the releases that need work first.
const VERDICT_RANK: Record<Verdict, number> = { 'non-compliant': 0, unknown: 1, compliant: 2, excluded: 3 };

const COLUMNS = [
  { key: 'sModel', label: 'col.model', type: 'text' },
  { key: 'sTeam', label: 'col.team', type: 'text' },
  { key: 'sVerdict', label: 'col.verdict', type: 'number' },
  { key: 'sAvailability', label: 'col.availability', type: 'text' },
  { key: 'sLicence', label: 'col.licence', type: 'text' },
  { key: 'sParameters', label: 'col.parameters', type: 'number' },
] as const;

function option(value: string, label: string): string {
  return `<option value="${h(value)}">${h(label)}</option>`;
}

/** The filter controls: team, verdict, availability (selects) and licence (text), each labelled. */
function filters(report: Report, lang: Lang, total: number): string {
  const all = option('', t(lang, 'filter.all'));
  const select = (id: string, label: string, options: string) =>
    `<div><label for="${id}">${h(label)}</label><select id="${id}">${all}${options}</select></div>`;
  return `<form class="filters" aria-label="${h(t(lang, 'filter.heading'))}">
${select('f-team', t(lang, 'filter.team'), report.teams.map((team) => option(team.id, team.name)).join(''))}
${select('f-verdict', t(lang, 'filter.verdict'), VERDICTS.map((v) => option(v, verdictLabel(lang, v))).join(''))}
${select('f-availability', t(lang, 'filter.availability'), AVAILABILITIES.map((a) => option(a, availabilityLabel(lang, a === 'unknown' ? null : a))).join(''))}
<div><label for="f-licence">${h(t(lang, 'filter.licence'))}</label><input id="f-licence" type="search" autocomplete="off" placeholder="Apache-2.0"></div>
<div><button type="reset">${h(t(lang, 'filter.reset'))}</button></div>
</form>
<p id="shown" role="status" aria-live="polite" data-template="${h(t(lang, 'filter.shown'))}">${h(t(lang, 'filter.shown', { shown: total, total }))}</p>`;
}

function modelBody(team: TeamResult, model: ModelResult, index: number, lang: Lang): string {
  const evidenceId = `ev-${index}`;
  const availability = model.availability ?? 'unknown';
  const licences = [model.licence.expression, model.licence.declared, model.licence.detected]
    .filter((l): l is string => Boolean(l))
    .join(' ');
  const page = releaseUrl(model.source, model.id);
  // A break opportunity after each `/` keeps long ids readable on a phone.
  const idText = `<span class="model-id">${h(model.id).replace(/\//g, '/<wbr>')}</span>`;
  const data = [
    ['team', team.id],
    ['verdict', model.verdict],
    ['availability', availability],
    ['licences', licences],
    ['s-model', model.id.toLowerCase()],
    ['s-team', team.name],
    ['s-verdict', String(VERDICT_RANK[model.verdict])],
    ['s-availability', availabilityLabel(lang, model.availability)],
    ['s-licence', model.licence.expression ?? ''],
    ['s-parameters', model.parameters === null ? '' : String(model.parameters)],
  ]
    .map(([k, v]) => `data-${k}="${h(v!)}"`)
    .join(' ');
  // A small marker of the linked code repositories' licences; the evidence row links them.
  const codeTags = (model.code ?? [])
    .map(
      (c) => ` <span class="code-tag">${h(t(lang, 'code.marker', { licence: codeLicence(lang, c) }))}</span>`,
    )
    .join('');
  const verdictNote =
    model.kind === 'code' ? `<span class="note">${h(t(lang, 'code.notCounted'))}</span>` : '';
  const cell = (label: string, content: string, cls = '') =>
    `<td${cls ? ` class="${cls}"` : ''} data-label="${h(label)}">${content}</td>`;
  return `<tbody class="model" ${data}>
<tr class="row">
<td class="first"><button type="button" class="toggle" aria-expanded="false" aria-controls="${evidenceId}"><span class="chev" aria-hidden="true">▸</span><span class="sr">${h(t(lang, 'evidence.toggle', { id: model.id }))}</span></button>${page ? `<a href="${h(page)}" rel="noreferrer">${idText}</a>` : idText}${codeTags}</td>
${cell(t(lang, 'col.team'), h(team.name))}
${cell(t(lang, 'col.verdict'), `<span class="badge v-${h(model.verdict)}">${h(verdictLabel(lang, model.verdict))}</span>${verdictNote}`)}
${cell(t(lang, 'col.availability'), h(availabilityLabel(lang, model.availability)))}
${cell(t(lang, 'col.licence'), model.licence.expression ? `<code>${h(model.licence.expression)}</code>` : '–')}
${cell(t(lang, 'col.parameters'), h(formatParameters(model.parameters)), 'num')}
</tr>
<tr class="evidence" id="${evidenceId}" hidden><td colspan="${COLUMNS.length}" class="evidence">${evidenceList(model, lang)}</td></tr>
</tbody>`;
}

/** The models section: filters, then one sortable table of every release with expandable evidence. */
export function modelsSection(report: Report, lang: Lang): string {
  const total = report.teams.reduce((n, team) => n + team.models.length, 0);
  let index = 0;
  const bodies = report.teams.flatMap((team) => team.models.map((m) => modelBody(team, m, index++, lang)));
  const head = COLUMNS.map(
    (c) =>
      `<th scope="col" data-sort="${c.key}" data-type="${c.type}"${c.type === 'number' && c.key === 'sParameters' ? ' class="num"' : ''}><button type="button">${h(t(lang, c.label))}</button></th>`,
  ).join('');
  return `<section aria-labelledby="models-h">
<h2 id="models-h">${h(t(lang, 'report.models'))}</h2>
${filters(report, lang, total)}
<table class="models">
<caption>${h(t(lang, 'report.modelsCaption'))}. ${h(t(lang, 'sort.hint'))}</caption>
<thead><tr>${head}</tr></thead>
${bodies.join('\n')}
</table>
</section>`;
}
