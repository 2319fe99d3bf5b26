import type { ModelResult, Report, TeamResult, TeamStatus, Verdict } from '../types.js';
import { alignColumns, displayWidth, fitWidths, layoutRows, stackRows, wrapIndented } from './columns.js';
import {
  availabilityLabel,
  codeLicence,
  findingMessage,
  findingTitle,
  type Lang,
  modelVerdictLabel,
  parameterShareCell,
  statusLabel,
  t,
  teamReason,
  verdictLabel,
} from './i18n/index.js';
import { primaryFinding } from './primary-finding.js';
import { failedHost, failureLine, registryFailures } from './registry-failures.js';
import { percent } from './symbols.js';

export { alignColumns, displayWidth };

/** Width of the table when the terminal's is not known (output piped or written to a file). */
export const DEFAULT_WIDTH = 100;

// Narrower than this, nothing useful fits on a line; a smaller width is treated as this one.
const MIN_WIDTH = 40;

/** Options of the terminal table. */
export interface TableOptions {
  verbose: boolean;
  colour: boolean;
  lang?: Lang;
  /** Columns of the terminal: no line of the table is wider (default DEFAULT_WIDTH). */
  width?: number;
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

/** One table: a header row and body rows, each body row with the label to colour in it. */
interface Grid {
  rows: string[][];
  align: ('l' | 'r')[];
  /** Per column, how narrow it may wrap (prose); undefined: never wrapped (ids, numbers, labels). */
  floors: (number | undefined)[];
  /** The column that, rows laid out one under another, gets a line of its own (a long reason). */
  ownLine?: number;
  paint: (TeamStatus | Verdict)[];
}

/**
 * A grid within `width` after `indent`: in columns of `widths` (from fitWidths: ids whole, prose
 * wrapped between words), or, when they do not fit (undefined), one block per row (stackRows).
 * Returns the lines of each row, the header's first (none for blocks).
 */
function layout(grid: Grid, width: number, indent: string, widths: number[] | undefined): string[][] {
  if (!widths) return [[], ...stackRows(grid.rows, width, indent, grid.ownLine)];
  return layoutRows(grid.rows, widths, grid.align).map((lines) => lines.map((l) => indent + l));
}

/** The grid laid out (see layout), each row's status or verdict label coloured on the line where it is whole. */
function paintedRows(
  grid: Grid,
  width: number,
  indent: string,
  paint: (key: TeamStatus | Verdict, text: string) => string,
  labels: string[],
  widths: number[] | undefined,
): string[][] {
  const [header, ...body] = layout(grid, width, indent, widths);
  return [
    header!,
    ...body.map((lines, i) => {
      const label = labels[i]!;
      const at = lines.findIndex((l) => l.includes(label));
      return lines.map((l, j) => (j === at ? l.replace(label, paint(grid.paint[i]!, label)) : l));
    }),
  ];
}

function teamGrid(report: Report, lang: Lang): Grid {
  const header = [
    'col.team',
    'col.counted',
    'col.compliant',
    'col.unknown',
    'col.excluded',
    'col.share',
    'col.parameterShare',
    'col.status',
  ] as const;
  return {
    rows: [
      header.map((k) => t(lang, k)),
      ...report.teams.map((team) => [
        team.name,
        String(team.counted),
        String(team.compliant),
        String(team.unknown),
        String(team.excluded),
        percent(team.share),
        parameterShareCell(lang, team),
        statusLabel(lang, team.status),
      ]),
    ],
    align: ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'l'],
    floors: [12, undefined, undefined, undefined, undefined, undefined, undefined, undefined],
    paint: report.teams.map((team) => team.status),
  };
}

/** The reason cell of a model: the finding's code (English) or title, its message, and for a registry failure its host. */
function reasonCell(model: ModelResult, lang: Lang): string {
  const reason = primaryFinding(model);
  if (!reason) return '';
  const host = reason.code === 'SOURCE_FAILED' ? failedHost(reason, model) : undefined;
  const title = lang === 'en' ? reason.code : findingTitle(lang, reason);
  return `${title}: ${host ? `${host}: ` : ''}${findingMessage(lang, reason)}`;
}

function modelGrid(team: TeamResult, lang: Lang): Grid {
  const header = ['col.model', 'col.verdict', 'col.availability', 'col.licence', 'col.reason'] as const;
  return {
    rows: [
      header.map((k) => t(lang, k)),
      ...team.models.map((m) => [
        m.id,
        modelVerdictLabel(lang, m),
        availabilityLabel(lang, m.availability),
        m.licence.expression ?? '–',
        reasonCell(m, lang),
      ]),
    ],
    align: ['l', 'l', 'l', 'l', 'l'],
    // The verdict wraps after its label (`– excluded · code repository…`), the reason as prose.
    floors: [undefined, 16, undefined, undefined, 32],
    ownLine: 4,
    paint: team.models.map((m) => m.verdict),
  };
}

/**
 * The terminal table: one row per team, the registries that could not be asked (host and cause),
 * and with `verbose` each team's models under it with the reason for each verdict (exclusions
 * too). No line is wider than `width`.
 */
export function renderTable(report: Report, options: TableOptions): string {
  const lang = options.lang ?? 'en';
  const width = Math.max(MIN_WIDTH, options.width ?? DEFAULT_WIDTH);
  const paint = (key: TeamStatus | Verdict, text: string) =>
    options.colour ? `\u001b[${COLOUR[key]}m${text}\u001b[0m` : text;
  const out: string[] = [
    ...wrapIndented(report.programme.title, width),
    ...wrapIndented(
      t(lang, 'report.policyLine', { policy: report.policy.id, threshold: percent(report.policy.threshold) }),
      width,
    ),
    '',
  ];
  const grid = teamGrid(report, lang);
  const teams = paintedRows(
    grid,
    width,
    '',
    paint,
    report.teams.map((team) => statusLabel(lang, team.status)),
    fitWidths(grid.rows, width, grid.floors),
  );
  out.push(...teams.flat());
  const failures = registryFailures(report);
  if (failures.length > 0) {
    out.push('', ...wrapIndented(t(lang, 'failure.heading'), width));
    for (const f of failures)
      out.push(...wrapIndented(`${f.team}: ${failureLine(lang, f)}`, width, '  ', '    '));
  }
  if (options.verbose) {
    const grids = report.teams.map((team) => modelGrid(team, lang));
    // One set of column widths for every team, so the tables line up (or all are blocks).
    const all = [grids[0]?.rows[0] ?? [], ...grids.flatMap((g) => g.rows.slice(1))];
    const widths = grids.length ? fitWidths(all, width - 2, grids[0]!.floors) : undefined;
    report.teams.forEach((team, ti) => {
      out.push('', ...wrapIndented(`${team.name} — ${teamReason(lang, team)}`, width));
      const rows = paintedRows(
        grids[ti]!,
        width,
        '  ',
        paint,
        team.models.map((m) => verdictLabel(lang, m.verdict)),
        widths,
      );
      out.push(...rows[0]!);
      team.models.forEach((m, i) => {
        out.push(...rows[i + 1]!);
        // The model's code repositories, each on its own line under the model.
        for (const c of m.code ?? []) {
          const line = `${t(lang, 'code.label')}: ${t(lang, `source.${c.source}`)} ${c.id} (${codeLicence(lang, c)})`;
          out.push(...wrapIndented(line, width, '    ', '      '));
        }
      });
    });
  } else {
    out.push('', ...wrapIndented(t(lang, 'report.verboseHint'), width));
  }
  const failed = report.teams.filter((team) => team.status !== 'pass');
  const overall = statusLabel(lang, report.status);
  const summary = `${t(lang, 'report.overall')}: ${overall}${failed.length ? ` (${failed.map((team) => `${team.id} ${t(lang, `status.${team.status}`)}`).join(', ')})` : ''}`;
  const lines = wrapIndented(summary, width, '', '  ');
  lines[0] = lines[0]!.replace(overall, paint(report.status, overall));
  out.push('', ...lines);
  return `${out.join('\n')}\n`;
}
