import type { Report, TeamStatus, Verdict } from '../types.js';
import {
  availabilityLabel,
  codeLicence,
  findingTitle,
  type Lang,
  modelVerdictLabel,
  statusLabel,
  t,
  teamReason,
  verdictLabel,
} from './i18n/index.js';
import { percent } from './symbols.js';

/** Options of the terminal table. */
export interface TableOptions {
  verbose: boolean;
  colour: boolean;
  lang?: Lang;
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

/** Display width of a string: East Asian wide characters (Hangul, CJK) take two columns. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/.test(ch) ? 2 : 1;
  return w;
}

/** Pads rows into aligned columns, two spaces apart, by display width. */
export function alignColumns(rows: string[][], align: ('l' | 'r')[]): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => displayWidth(r[c] ?? ''))));
  return rows.map((r) =>
    r
      .map((cell, c) => {
        const pad = ' '.repeat(widths[c]! - displayWidth(cell));
        return align[c] === 'r' ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd(),
  );
}

/** The terminal table: one row per team; with `verbose`, each team's models under it. */
export function renderTable(report: Report, options: TableOptions): string {
  const lang = options.lang ?? 'en';
  const paint = (key: TeamStatus | Verdict, text: string) =>
    options.colour ? `\u001b[${COLOUR[key]}m${text}\u001b[0m` : text;
  const out: string[] = [
    `${report.programme.title}`,
    t(lang, 'report.policyLine', { policy: report.policy.id, threshold: percent(report.policy.threshold) }),
    '',
  ];
  const header = [
    'col.team',
    'col.counted',
    'col.compliant',
    'col.unknown',
    'col.share',
    'col.status',
  ] as const;
  const rows = [header.map((k) => t(lang, k))];
  for (const team of report.teams) {
    rows.push([
      team.name,
      String(team.counted),
      String(team.compliant),
      String(team.unknown),
      percent(team.share),
      statusLabel(lang, team.status),
    ]);
  }
  const lines = alignColumns(rows, ['l', 'r', 'r', 'r', 'r', 'l']);
  out.push(lines[0]!);
  report.teams.forEach((team, i) => {
    const label = statusLabel(lang, team.status);
    out.push(lines[i + 1]!.replace(label, paint(team.status, label)));
  });
  if (options.verbose) {
    for (const team of report.teams) {
      out.push('', `${team.name} — ${teamReason(lang, team)}`);
      const cols = ['col.model', 'col.verdict', 'col.availability', 'col.licence', 'col.reason'] as const;
      const modelRows = [cols.map((k) => t(lang, k))];
      for (const m of team.models) {
        const reason =
          m.reasons.find((r) => r.severity === 'error') ?? m.reasons.find((r) => r.severity === 'warning');
        modelRows.push([
          m.id,
          modelVerdictLabel(lang, m),
          availabilityLabel(lang, m.availability),
          m.licence.expression ?? '–',
          reason ? `${lang === 'en' ? reason.code : findingTitle(lang, reason)}: ${reason.message}` : '',
        ]);
      }
      const ml = alignColumns(modelRows, ['l', 'l', 'l', 'l', 'l']);
      out.push(`  ${ml[0]}`);
      team.models.forEach((m, i) => {
        const label = verdictLabel(lang, m.verdict);
        out.push(`  ${ml[i + 1]!.replace(label, paint(m.verdict, label))}`);
        // The model's code repositories, each on its own line under the model.
        for (const c of m.code ?? [])
          out.push(`    ${t(lang, 'code.label')}: ${c.source} ${c.id} (${codeLicence(lang, c)})`);
      });
    }
  } else {
    out.push('', t(lang, 'report.verboseHint'));
  }
  const failed = report.teams.filter((team) => team.status !== 'pass');
  const overall = statusLabel(lang, report.status);
  out.push(
    '',
    `${t(lang, 'report.overall')}: ${paint(report.status, overall)}${failed.length ? ` (${failed.map((team) => `${team.id} ${t(lang, `status.${team.status}`)}`).join(', ')})` : ''}`,
  );
  return `${out.join('\n')}\n`;
}
