import type { Report, TeamStatus, Verdict } from '../types.js';
import { percent, STATUS_LABEL, VERDICT_LABEL } from './symbols.js';

/** Options of the terminal table. */
export interface TableOptions {
  verbose: boolean;
  colour: boolean;
}

const COLOUR: Record<TeamStatus | Verdict, string> = {
  pass: '32',
  compliant: '32',
  fail: '31',
  'non-compliant': '31',
  incomplete: '33',
  unknown: '33',
  excluded: '2',
};

/** Display width of a string: East Asian wide characters take two columns. */
function width(text: string): number {
  let w = 0;
  for (const ch of text)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/.test(ch) ? 2 : 1;
  return w;
}

function table(rows: string[][], align: ('l' | 'r')[]): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => width(r[c] ?? ''))));
  return rows.map((r) =>
    r
      .map((cell, c) => {
        const pad = ' '.repeat(widths[c]! - width(cell));
        return align[c] === 'r' ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd(),
  );
}

/** The terminal table: one row per team; with `verbose`, each team's models under it. */
export function renderTable(report: Report, options: TableOptions): string {
  const paint = (key: TeamStatus | Verdict, text: string) =>
    options.colour ? `\u001b[${COLOUR[key]}m${text}\u001b[0m` : text;
  const out: string[] = [
    `${report.programme.title}`,
    `policy ${report.policy.id}: a team passes when its compliant share is > ${percent(report.policy.threshold)}`,
    '',
  ];
  const rows = [['team', 'counted', 'compliant', 'unknown', 'share', 'status']];
  for (const t of report.teams) {
    rows.push([
      t.name,
      String(t.counted),
      String(t.compliant),
      String(t.unknown),
      percent(t.share),
      STATUS_LABEL[t.status],
    ]);
  }
  const lines = table(rows, ['l', 'r', 'r', 'r', 'r', 'l']);
  out.push(lines[0]!);
  report.teams.forEach((t, i) => {
    out.push(lines[i + 1]!.replace(STATUS_LABEL[t.status], paint(t.status, STATUS_LABEL[t.status])));
  });
  if (options.verbose) {
    for (const t of report.teams) {
      out.push('', `${t.name} — ${t.reason.message}`);
      const modelRows = [['model', 'verdict', 'availability', 'licence', 'reason']];
      for (const m of t.models) {
        const reason =
          m.reasons.find((r) => r.severity === 'error') ?? m.reasons.find((r) => r.severity === 'warning');
        modelRows.push([
          m.id,
          VERDICT_LABEL[m.verdict],
          m.availability ?? '?',
          m.licence.expression ?? '–',
          reason ? `${reason.code}: ${reason.message}` : '',
        ]);
      }
      const ml = table(modelRows, ['l', 'l', 'l', 'l', 'l']);
      out.push(`  ${ml[0]}`);
      t.models.forEach((m, i) => {
        out.push(
          `  ${ml[i + 1]!.replace(VERDICT_LABEL[m.verdict], paint(m.verdict, VERDICT_LABEL[m.verdict]))}`,
        );
      });
    }
  } else {
    out.push('', 'Run with --verbose to list every model and why it counts or not.');
  }
  const failed = report.teams.filter((t) => t.status !== 'pass');
  out.push(
    '',
    `overall: ${paint(report.status, STATUS_LABEL[report.status])}${failed.length ? ` (${failed.map((t) => `${t.id} ${t.status}`).join(', ')})` : ''}`,
  );
  return `${out.join('\n')}\n`;
}
