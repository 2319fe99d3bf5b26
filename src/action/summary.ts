import { type Lang, t } from '../report/i18n/index.js';
import { renderMarkdown } from '../report/markdown.js';
import type { Report } from '../types.js';

/** GitHub's limit on one step's job summary: 1 MiB, in bytes of UTF-8. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

function footer(report: Report, lang: Lang): string {
  const commit = report.programme.commit ? `\`${report.programme.commit}\`` : t(lang, 'summary.noCommit');
  const file = report.programme.file ? `\`${report.programme.file}\`` : t(lang, 'summary.programmeFile');
  const line = t(lang, 'summary.footer', {
    policy: report.policy.id,
    sha: report.policy.sha256.slice(0, 12),
    threshold: report.policy.threshold,
    file,
    commit,
    version: report.tool.version,
  });
  return `\n---\n${line}\n`;
}

/**
 * The job summary: the Markdown report (a table of teams with counted, compliant, share against
 * the threshold and status as symbol and word; each team's models under `<details>`) and a line
 * naming the policy and the programme file's commit. Past `limitBytes` the Markdown report drops
 * model details and says where the full report is.
 */
export function renderSummary(
  report: Report,
  options: { reportPath?: string; limitBytes?: number; lang?: Lang } = {},
): string {
  const lang = options.lang ?? 'en';
  const tail = footer(report, lang);
  const body = renderMarkdown(report, {
    lang,
    maxChars: (options.limitBytes ?? SUMMARY_LIMIT_BYTES) - Buffer.byteLength(tail),
    // GitHub counts bytes of UTF-8; Korean text is 3 bytes a character.
    measure: (text) => Buffer.byteLength(text),
    ...(options.reportPath ? { reportPath: options.reportPath } : {}),
  });
  return `${body}${tail}`;
}
