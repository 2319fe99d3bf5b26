import { resolve } from 'node:path';
import { ConfigError, type ConfigProblem, formatProblem } from '../errors.js';
import type { Format } from '../options.js';
import { type Lang, langFromEnv } from '../report/i18n/index.js';
import { availableFormats, RENDERERS } from '../report/index.js';
import { renderJson } from '../report/json.js';
import { writeFileAtomic } from '../report/write.js';
import type { Report, TeamStatus } from '../types.js';
import { type CliIO, EXIT } from './io.js';

/** Checks a `--format` value against the renderers that exist. */
export function checkFormat(format: string | undefined): Format | undefined {
  if (format === undefined) return undefined;
  if (!availableFormats().includes(format as Format)) {
    throw new ConfigError([
      {
        file: 'command line',
        path: '--format',
        message: `unknown format "${format}"`,
        fix: `use one of: ${availableFormats().join(', ')}`,
      },
    ]);
  }
  return format as Format;
}

/** Checks a `--lang` value; without one the language comes from LC_ALL / LANG (ko* -> ko). */
export function checkLang(lang: string | undefined, io: CliIO): Lang {
  if (lang === undefined) return langFromEnv(io.env);
  if (lang !== 'en' && lang !== 'ko') {
    throw new ConfigError([
      {
        file: 'command line',
        path: '--lang',
        message: `unknown language "${lang}"`,
        fix: 'use one of: en, ko',
      },
    ]);
  }
  return lang;
}

/** Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function useColour(io: CliIO): boolean {
  return io.stdoutIsTTY && !io.env.NO_COLOR;
}

/** Writes the JSON report to `--output` (atomically) and renders the chosen format on stdout. */
export async function emitReport(
  report: Report,
  options: { format?: Format; output?: string; verbose: boolean; lang?: 'en' | 'ko'; programmeText?: string },
  io: CliIO,
): Promise<void> {
  if (options.output) await writeFileAtomic(resolve(io.cwd, options.output), renderJson(report));
  const format = options.format ?? (io.stdoutIsTTY ? 'table' : 'json');
  const render = RENDERERS[format]!;
  io.stdout(
    render(report, {
      verbose: options.verbose,
      colour: useColour(io),
      ...(options.output ? { reportPath: options.output } : {}),
      ...(options.lang ? { lang: options.lang } : {}),
      ...(options.programmeText !== undefined ? { programmeText: options.programmeText } : {}),
    }),
  );
}

/** Exit code for a programme status (README "Exit codes"). */
export function exitCodeFor(status: TeamStatus): number {
  return status === 'pass' ? EXIT.ok : status === 'fail' ? EXIT.fail : EXIT.incomplete;
}

/** Prints what was pointed out but did not stop the command (a policy's expired waiver, a normalised id). */
export function printWarnings(command: string, warnings: ConfigProblem[], io: CliIO): void {
  for (const w of warnings) io.stderr(`openquota ${command}: warning: ${formatProblem(w)}\n`);
}
