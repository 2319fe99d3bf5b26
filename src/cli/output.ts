import { resolve } from 'node:path';
import { closest } from '../config/problems.js';
import { type ConfigProblem, formatProblem } from '../errors.js';
import type { Format } from '../options.js';
import type { RunPaths } from '../output-paths.js';
import { type Lang, langFromEnv } from '../report/i18n/index.js';
import type { Report, TeamStatus } from '../types.js';
import type { ParsedArgs } from './flags.js';
import { type CliIO, EXIT } from './io.js';
import type { Problems } from './problems.js';

/** Where a command's output goes: its format, and `--output FILE` (else stdout); `--json FILE` beside it. */
export interface OutputPlan<F extends string = string> {
  format: F;
  /** `--output FILE`: the output is written there (atomically) instead of stdout. */
  file?: string;
  /** `--json FILE`: the JSON report, written there too. */
  json?: string;
}

/** The file names that say their format (`-o dash.html`), by format; the first is the one suggested. */
export const FORMAT_EXTENSIONS: Record<string, string[]> = {
  json: ['.json'],
  html: ['.html', '.htm'],
  markdown: ['.md', '.markdown'],
  sarif: ['.sarif', '.sarif.json'],
  cyclonedx: ['.cdx.json'],
  table: ['.txt'],
  yaml: ['.yml', '.yaml'],
};

/** The format a file name ends in (`dash.html` -> html, `bom.cdx.json` -> cyclonedx), when it names one. */
export function formatOfName(file: string): string | undefined {
  const name = file.toLowerCase();
  // The longest ending wins: `.cdx.json` is CycloneDX, not JSON.
  const hits = Object.entries(FORMAT_EXTENSIONS).flatMap(([format, exts]) =>
    exts.filter((e) => name.endsWith(e)).map((e) => ({ format, length: e.length })),
  );
  return hits.sort((a, b) => b.length - a.length)[0]?.format;
}

/**
 * The output of a command, by the one rule every command follows: `--format` when given; else,
 * writing to `--output`, the format its name ends in (json when it names none); else `terminal`
 * (the table) on a terminal and json when piped, so a script reading stdout always gets JSON.
 * A format the command does not write, or `--json` and `--output` naming one file, is a problem.
 */
export function planOutput<F extends string>(
  args: ParsedArgs,
  allowed: readonly F[],
  io: CliIO,
  problems: Problems,
  terminal: F,
): OutputPlan<F> {
  const asked = args.string('format');
  const file = args.string('output');
  const json = args.string('json');
  let format: F = 'json' as F;
  if (asked !== undefined) {
    if (allowed.includes(asked as F)) format = asked as F;
    else {
      const near = closest(asked, allowed);
      problems.coded('--format', 'UNKNOWN_FORMAT', { format: asked, near, formats: allowed.join(', ') });
    }
  } else if (file !== undefined) {
    const named = formatOfName(file);
    if (named && allowed.includes(named as F)) format = named as F;
    // JSON is YAML: `-o report.yml` gets the JSON default, which a YAML reader reads.
    else if (named && named !== 'yaml') {
      problems.flag(
        '--output',
        `${file}: the name says ${named}, which this command does not write (it writes ${allowed.join(', ')})`,
        `give --format, or name the file for one of those (e.g. ${file.replace(/(\.[^./]+)+$/, '')}${FORMAT_EXTENSIONS.json![0]})`,
      );
    }
  } else if (io.stdoutIsTTY) format = terminal;
  if (file !== undefined && json !== undefined && resolve(io.cwd, file) === resolve(io.cwd, json)) {
    problems.coded('--json', 'JSON_IS_OUTPUT', { file: json });
  }
  return { format, ...(file !== undefined ? { file } : {}), ...(json !== undefined ? { json } : {}) };
}

/** The files a plan writes, as `checkOutputs` (src/output-paths.ts) takes them. */
export function plannedOutputs(plan: OutputPlan): Pick<RunPaths, 'output' | 'alsoOutputs'> {
  return {
    ...(plan.file ? { output: { path: plan.file, flag: '--output' } } : {}),
    ...(plan.json ? { alsoOutputs: [{ path: plan.json, flag: '--json' }] } : {}),
  };
}

/** `--lang`, checked; without it the language comes from LC_ALL / LANG (ko* -> ko). */
export function langOf(args: ParsedArgs, io: CliIO, problems: Problems): Lang {
  const lang = args.string('lang');
  if (lang === undefined) return langFromEnv(io.env);
  if (lang === 'en' || lang === 'ko') return lang;
  problems.coded('--lang', 'UNKNOWN_LANGUAGE', { lang, langs: LANGS.join(', ') });
  return 'en';
}

const LANGS: Lang[] = ['en', 'ko'];

/**
 * The language errors are written in, before any command has parsed its flags: `--lang L` (or
 * `--lang=L`) when it names a language, else LC_ALL / LANG. A bad `--lang` is reported by the
 * command itself, in the environment's language.
 */
export function langOfArgv(argv: string[], env: Record<string, string | undefined>): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    const value = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice(7) : undefined;
    if (value === 'en' || value === 'ko') return value;
  }
  return langFromEnv(env);
}

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function useColour(io: CliIO): boolean {
  return io.stdoutIsTTY && !io.env.NO_COLOR;
}

/**
 * Writes a file atomically. Loaded when a command writes one: the writer needs node:crypto (for
 * its temporary names) and node:fs/promises, which printing to stdout does not.
 */
async function writeAtomic(file: string, text: string | Iterable<string>): Promise<void> {
  const { writeFileAtomic } = await import('../report/write.js');
  await writeFileAtomic(file, text);
}

/** Writes the JSON report to a file in pieces (src/report/json-chunks.ts): the bytes of renderJson. */
async function writeJsonReport(file: string, report: Report): Promise<void> {
  const { jsonChunks } = await import('../report/json-chunks.js');
  await writeAtomic(file, jsonChunks(report));
}

/** Writes `text` to the plan's `--output` file (atomically), or to stdout. */
export async function deliver(text: string, plan: OutputPlan, io: CliIO): Promise<void> {
  if (plan.file) await writeAtomic(resolve(io.cwd, plan.file), text);
  else io.stdout(text);
}

/**
 * Renders a report in the plan's format to `--output` or stdout, and writes the JSON report to
 * `--json` beside it. The table fits the terminal (`io.columns`) when it goes to one.
 */
export async function emitReport(
  report: Report,
  plan: OutputPlan<Format>,
  options: { verbose: boolean; lang: Lang; programmeText?: string; reportPath?: string },
  io: CliIO,
): Promise<void> {
  if (plan.json) await writeJsonReport(resolve(io.cwd, plan.json), report);
  // The JSON report to a file is never one string (a programme's is tens of megabytes).
  if (plan.format === 'json' && plan.file) {
    await writeJsonReport(resolve(io.cwd, plan.file), report);
    return;
  }
  const reportPath = plan.json ?? options.reportPath;
  // The renderers (CycloneDX, the HTML page, SARIF with its zod-checked report) load only when a
  // report is written, so commands that print none, and `--version`, start without them.
  const { RENDERERS } = await import('../report/index.js');
  const render = await RENDERERS[plan.format]!();
  const text = render(report, {
    verbose: options.verbose,
    colour: !plan.file && useColour(io),
    lang: options.lang,
    ...(!plan.file && io.columns ? { width: io.columns } : {}),
    ...(reportPath ? { reportPath } : {}),
    ...(options.programmeText !== undefined ? { programmeText: options.programmeText } : {}),
  });
  await deliver(text, plan, io);
}

/** Exit code for a programme status (README "Exit codes"). */
export function exitCodeFor(status: TeamStatus): number {
  return status === 'pass' ? EXIT.ok : status === 'fail' ? EXIT.fail : EXIT.incomplete;
}

/** Prints what was pointed out but did not stop the command (a policy's expired waiver, a normalised id). */
export function printWarnings(command: string, warnings: ConfigProblem[], io: CliIO): void {
  for (const w of warnings) io.stderr(`openquota ${command}: warning: ${formatProblem(w)}\n`);
}

/** Prints a `note:` on stderr (what a scan cannot see, …), unless `--quiet`. */
export function noteWriter(io: CliIO, quiet: boolean): (text: string) => void {
  return (text) => {
    if (!quiet) io.stderr(`note: ${text}\n`);
  };
}
