import type { TeamStatus, Verdict } from '../types.js';
import type { Change, ReportDiff } from './diff.js';
import { formatTime } from './format.js';
import { escapeHtml as h } from './html-escape.js';
import { page } from './html-page.js';
import { availabilityLabel, type Lang, type MessageKey, statusLabel, t, verdictLabel } from './i18n/index.js';
import { md, mdTable } from './markdown-escape.js';
import { percent } from './symbols.js';
import { alignColumns } from './table.js';

/** Formats `openquota diff` can write. */
export const DIFF_FORMATS = ['table', 'markdown', 'json', 'html'] as const;
/** One diff format. */
export type DiffFormat = (typeof DIFF_FORMATS)[number];

/** A before/after value in words: verdicts, statuses and availabilities translated, shares as percentages. */
function value(change: Change, v: string | number | null, lang: Lang): string {
  if (v === null) return '–';
  switch (change.kind) {
    case 'verdict':
    case 'model-added':
    case 'model-removed':
      return verdictLabel(lang, v as Verdict);
    case 'team-status':
    case 'team-added':
    case 'team-removed':
      return statusLabel(lang, v as TeamStatus);
    case 'team-share':
      return percent(Number(v));
    case 'availability':
      return availabilityLabel(lang, v as Parameters<typeof availabilityLabel>[1]);
    case 'revision':
      return String(v).slice(0, 12);
    default:
      return String(v);
  }
}

/** The warning shown when the two reports were judged under different policies. */
export function policyWarning(diff: ReportDiff, lang: Lang): string | undefined {
  if (!diff.policyMismatch) return undefined;
  const name = (p: ReportDiff['old']['policy']) => `${p.id}@${p.sha256.slice(0, 12)}`;
  return t(lang, 'diff.policyMismatch', { old: name(diff.old.policy), new: name(diff.new.policy) });
}

/** Each change in words, in `lang`: team, model, kind, before, after and the regression flag. */
export function changeRows(diff: ReportDiff, lang: Lang) {
  return diff.changes.map((c) => ({
    change: c,
    team: c.teamName,
    model: c.model ? c.model.replace(/^[a-z]+:/, '') : '',
    kind: t(lang, `diff.kind.${c.kind}` as MessageKey),
    before: value(c, c.before, lang),
    after: value(c, c.after, lang),
    flag: c.regression ? `✘ ${t(lang, 'diff.regressed')}` : '',
  }));
}

const HEADER = ['col.team', 'col.model', 'col.change', 'col.before', 'col.after'] as const;

function summary(diff: ReportDiff, lang: Lang): string {
  return diff.changes.length
    ? t(lang, 'diff.summary', { changes: diff.changes.length, regressions: diff.regressions })
    : t(lang, 'diff.none');
}

/** The terminal diff; the policy warning is not in it (the CLI prints it on stderr). */
export function renderDiffTable(diff: ReportDiff, lang: Lang = 'en'): string {
  const out = [
    t(lang, 'diff.title'),
    `${t(lang, 'diff.old')}: ${formatTime(diff.old.generatedAt)}  ${t(lang, 'diff.new')}: ${formatTime(diff.new.generatedAt)}`,
    '',
  ];
  if (diff.changes.length) {
    const body = changeRows(diff, lang).map((r) => [r.team, r.model, r.kind, r.before, r.after, r.flag]);
    out.push(
      ...alignColumns([[...HEADER.map((k) => t(lang, k)), ''], ...body], ['l', 'l', 'l', 'l', 'l', 'l']),
      '',
    );
  }
  out.push(summary(diff, lang));
  return `${out.join('\n')}\n`;
}

/** The diff as Markdown, for a pull-request comment; the policy warning leads when there is one. */
export function renderDiffMarkdown(diff: ReportDiff, lang: Lang = 'en'): string {
  const warning = policyWarning(diff, lang);
  const parts = [
    `## ${md(t(lang, 'diff.title'))}`,
    `**${md(t(lang, 'diff.old'))}:** ${formatTime(diff.old.generatedAt)} · **${md(t(lang, 'diff.new'))}:** ${formatTime(diff.new.generatedAt)}`,
    ...(warning ? [`> **${md(warning)}**`] : []),
    `**${md(summary(diff, lang))}**`,
  ];
  if (diff.changes.length) {
    const body = changeRows(diff, lang).map((r) => [
      md(r.team),
      r.model ? md(r.model) : '',
      md(r.kind),
      md(r.before),
      md(r.after) + (r.flag ? ` **${md(r.flag)}**` : ''),
    ]);
    parts.push(mdTable([...HEADER.map((k) => t(lang, k))], ['l', 'l', 'l', 'l', 'l'], body));
  }
  return `${parts.join('\n\n')}\n`;
}

/** The diff as JSON (`openquota/diff@1`), the warning included as `warnings`. */
export function renderDiffJson(diff: ReportDiff, lang: Lang = 'en'): string {
  const warning = policyWarning(diff, lang);
  return `${JSON.stringify({ ...diff, warnings: warning ? [warning] : [] }, null, 2)}\n`;
}

/** The diff as a self-contained HTML page in the dashboard's look. */
export function renderDiffHtml(diff: ReportDiff, lang: Lang = 'en'): string {
  const warning = policyWarning(diff, lang);
  const labels = [...HEADER.map((k) => t(lang, k)), t(lang, 'diff.regressed')];
  const body = changeRows(diff, lang)
    .map((r) => ({
      r,
      cells: [
        [labels[0], r.team],
        [labels[1], r.model, 'model-id'],
        [labels[2], r.kind],
        [labels[3], r.before],
        [labels[4], r.after],
        [labels[5], r.flag],
      ] as [string, string, string?][],
    }))
    .map(
      ({ r, cells }) =>
        `<tr${r.change.regression ? ' class="regressed"' : ''}>${cells
          .map(
            ([label, text, cls]) =>
              `<td data-label="${h(label)}"${cls ? ` class="${cls}"` : ''}>${h(text)}</td>`,
          )
          .join('')}</tr>`,
    )
    .join('\n');
  const html = `<header class="top">
<h1>${h(t(lang, 'diff.title'))}</h1>
<p class="programme">${h(diff.new.programme)}</p>
<dl>
<div><dt>${h(t(lang, 'diff.old'))}</dt><dd><time datetime="${h(diff.old.generatedAt)}">${h(formatTime(diff.old.generatedAt))}</time> · <code>${h(diff.old.policy.id)}</code></dd></div>
<div><dt>${h(t(lang, 'diff.new'))}</dt><dd><time datetime="${h(diff.new.generatedAt)}">${h(formatTime(diff.new.generatedAt))}</time> · <code>${h(diff.new.policy.id)}</code></dd></div>
</dl>
</header>
<main>
${warning ? `<p class="warning-box" role="alert">⚠ ${h(warning)}</p>` : ''}
<p><strong>${h(summary(diff, lang))}</strong></p>
${
  diff.changes.length
    ? `<table class="changes">
<caption>${h(t(lang, 'diff.title'))}</caption>
<thead><tr>${HEADER.map((k) => `<th scope="col">${h(t(lang, k))}</th>`).join('')}<th scope="col">${h(t(lang, 'diff.regressed'))}</th></tr></thead>
<tbody>
${body}
</tbody>
</table>`
    : ''
}
</main>`;
  return page({ lang, title: t(lang, 'diff.title'), body: html, data: diff, script: false });
}

/** Renders a diff in one of the diff formats. */
export function renderDiff(diff: ReportDiff, format: DiffFormat, lang: Lang = 'en'): string {
  if (format === 'markdown') return renderDiffMarkdown(diff, lang);
  if (format === 'json') return renderDiffJson(diff, lang);
  if (format === 'html') return renderDiffHtml(diff, lang);
  return renderDiffTable(diff, lang);
}
