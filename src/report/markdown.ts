import type { ModelResult, Report, TeamResult } from '../types.js';
import { formatTime } from './format.js';
import { safeWebUrl } from './html-escape.js';
import {
  availabilityLabel,
  codeLicence,
  findingMessage,
  findingTitle,
  type Lang,
  modelVerdictLabel,
  parameterShareCell,
  plural,
  statusLabel,
  t,
  teamReason,
} from './i18n/index.js';
import { md, mdHtml, mdTable } from './markdown-escape.js';
import { primaryFinding } from './primary-finding.js';
import { failureLine, registryFailures } from './registry-failures.js';
import { percent } from './symbols.js';

/** GitHub's limit on an issue or pull-request comment body, in characters. */
export const GITHUB_COMMENT_LIMIT = 65_536;

/** Options of the Markdown report. */
export interface MarkdownOptions {
  lang?: Lang;
  /** Longest output; model details are dropped team by team to fit (job summaries allow 1 MiB). */
  maxChars?: number;
  /** Where the full report is, named in the truncation note. */
  reportPath?: string;
  /**
   * How `maxChars` is measured: UTF-16 length by default (GitHub comments); job summaries limit
   * bytes, so pass `(s) => Buffer.byteLength(s)` there (Hangul takes 3 bytes in UTF-8). It must add
   * up over a concatenation of lines, as both do: the report's parts are measured one by one.
   */
  measure?: (text: string) => number;
}

function modelRow(model: ModelResult, lang: Lang): string[] {
  const url = mdUrl(model.url);
  // An excluded release shows why too (the programme's exclusion reason, no weights).
  const reason = primaryFinding(model);
  return [
    url ? `[${md(model.id)}](${url})` : md(model.id),
    md(modelVerdictLabel(lang, model)),
    md(availabilityLabel(lang, model.availability)),
    model.licence.expression ? md(model.licence.expression) : '–',
    reason ? `**${md(findingTitle(lang, reason))}**: ${md(findingMessage(lang, reason))}` : '',
  ];
}

/**
 * A URL as a Markdown link destination: http(s) only (the page the scan recorded); parentheses, `|` and backslash percent-encoded so
 * none can end the link or the table cell.
 */
function mdUrl(url: string | undefined): string | null {
  return (
    safeWebUrl(url)?.replace(/[()|\\]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`) ?? null
  );
}

/** The rows right under a model: each code repository it links or that links it, with its licence. */
function codeRows(model: ModelResult, lang: Lang): string[][] {
  return (model.code ?? []).map((c) => {
    const url = mdUrl(c.url);
    const name = md(`${t(lang, `source.${c.source}`)} ${c.id}`);
    return [
      `↳ ${md(t(lang, 'code.label'))}: ${url ? `[${name}](${url})` : name}`,
      '',
      '',
      md(codeLicence(lang, c)),
      '',
    ];
  });
}

/** One team's models, folded under `<details>`. */
function teamDetails(team: TeamResult, lang: Lang): string {
  const header = ['col.model', 'col.verdict', 'col.availability', 'col.licence', 'col.reason'] as const;
  const table = team.models.length
    ? mdTable(
        header.map((k) => t(lang, k)),
        ['l', 'l', 'l', 'l', 'l'],
        team.models.flatMap((m) => [modelRow(m, lang), ...codeRows(m, lang)]),
      )
    : md(t(lang, 'report.noModels'));
  const failures = registryFailures({ teams: [team] }).map((f) => `- ${md(failureLine(lang, f))}`);
  return `<details><summary>${mdHtml(statusLabel(lang, team.status))} · ${mdHtml(t(lang, 'md.modelsOf', { team: team.name, count: team.models.length }))}</summary>

${md(teamReason(lang, team))}
${failures.length ? `\n${md(t(lang, 'failure.heading'))}\n\n${failures.join('\n')}\n` : ''}
${table}

</details>`;
}

function head(report: Report, lang: Lang): string {
  const teams = mdTable(
    [
      'col.team',
      'col.counted',
      'col.compliant',
      'col.unknown',
      'col.share',
      'col.parameterShare',
      'col.threshold',
      'col.status',
    ].map((k) => t(lang, k as 'col.team')),
    ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'l'],
    report.teams.map((team) => [
      md(team.name),
      String(team.counted),
      String(team.compliant),
      String(team.unknown),
      percent(team.share),
      md(parameterShareCell(lang, team)),
      percent(team.threshold),
      `**${md(statusLabel(lang, team.status))}**`,
    ]),
  );
  return `## ${md(t(lang, 'report.title'))} — ${md(report.programme.title)}

**${md(t(lang, 'report.policy'))}:** ${md(report.policy.title)} (${md(report.policy.id)}) · **${md(t(lang, 'report.generated'))}:** ${formatTime(report.generatedAt)} · **${md(t(lang, 'report.overall'))}:** ${md(statusLabel(lang, report.status))}

${md(t(lang, 'report.rule', { threshold: percent(report.policy.threshold) }))}

${teams}
`;
}

/**
 * The Markdown report for a pull-request comment or a job summary. When it would exceed
 * `maxChars`, model details are dropped team by team (passing teams first, then from the last
 * team up, since failing teams' details are what a reviewer needs) and a note says how many
 * models were left out and where the full report is.
 */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const lang = options.lang ?? 'en';
  const limit = options.maxChars ?? GITHUB_COMMENT_LIMIT;
  const size = options.measure ?? ((text: string) => text.length);
  const top = head(report, lang);
  const details = report.teams.map((team) => {
    const text = teamDetails(team, lang);
    return { team, text, size: size(text) };
  });
  const parts = (kept: typeof details, note: string) => [
    top,
    ...kept.map((d) => d.text),
    ...(note ? [`> ${note}`] : []),
  ];
  const assemble = (kept: typeof details, note: string) => `${parts(kept, note).join('\n')}\n`;
  // The size of what assemble gives, from each part measured once (a summary of 8,400 releases is
  // megabytes, measured again at each team dropped): both measures add up over a concatenation,
  // and the parts are joined by newlines, so no character spans two parts.
  const newline = size('\n');
  const topSize = size(top);
  const sizeOf = (kept: typeof details, note: string) =>
    topSize +
    kept.reduce((n, d) => n + d.size, 0) +
    (note ? size(`> ${note}`) : 0) +
    newline * (kept.length + (note ? 1 : 0) + 1);
  let kept = details;
  if (sizeOf(kept, '') <= limit) return assemble(kept, '');
  const dropOrder = [
    ...details.filter((d) => d.team.status === 'pass').reverse(),
    ...details.filter((d) => d.team.status !== 'pass').reverse(),
  ];
  const note = (left: number) =>
    md(
      options.reportPath
        ? plural(lang, 'md.truncated', left, { limit, path: options.reportPath })
        : plural(lang, 'md.truncatedNoPath', left, { limit }),
    );
  let left = 0;
  for (const drop of dropOrder) {
    kept = kept.filter((d) => d !== drop);
    left += drop.team.models.length;
    if (sizeOf(kept, note(left)) <= limit) return assemble(kept, note(left));
  }
  // Even the team table is too long: cut it, keeping the note whole.
  const out = assemble(kept, note(left));
  const tail = `\n> ${note(left)}\n`;
  let cut = out.slice(0, Math.max(0, limit - size(tail)));
  while (cut && size(cut) + size(tail) > limit) cut = cut.slice(0, Math.floor(cut.length * 0.95));
  return `${cut}${tail}`;
}
