import { renderMarkdown } from '../report/markdown.js';
import type { Report } from '../types.js';

/** GitHub's limit on one step's job summary: 1 MiB, in bytes of UTF-8. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

function footer(report: Report): string {
  const commit = report.programme.commit ? `\`${report.programme.commit}\`` : 'not known';
  const file = report.programme.file ? `\`${report.programme.file}\`` : 'the programme file';
  return `\n---\nPolicy **${report.policy.id}** (sha256 \`${report.policy.sha256.slice(0, 12)}\`, share must be > ${report.policy.threshold}) · ${file} at commit ${commit} · openquota ${report.tool.version}\n`;
}

/**
 * The job summary: the Markdown report (a table of teams with counted, compliant, share against
 * the threshold and status as symbol and word; each team's models under `<details>`) and a line
 * naming the policy and the programme file's commit. Past `limitBytes` the Markdown report drops
 * model details and says where the full report is.
 */
export function renderSummary(
  report: Report,
  options: { reportPath?: string; limitBytes?: number } = {},
): string {
  const tail = footer(report);
  const body = renderMarkdown(report, {
    maxChars: (options.limitBytes ?? SUMMARY_LIMIT_BYTES) - Buffer.byteLength(tail),
    // GitHub counts bytes of UTF-8; Korean text is 3 bytes a character.
    measure: (text) => Buffer.byteLength(text),
    ...(options.reportPath ? { reportPath: options.reportPath } : {}),
  });
  return `${body}${tail}`;
}
