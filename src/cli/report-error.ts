import { ConfigError, formatProblem, InternalError, SourceError } from '../errors.js';
import { type Lang, plural, problemText, t } from '../report/i18n/index.js';
import { type CliIO, EXIT } from './io.js';

/** Who must act on an error: the user (config, exit 2), upstream (source, exit 3) or us (internal, exit 3). */
export type ErrorKind = 'config' | 'source' | 'internal';

/**
 * One problem of an error as JSON. Config problems have `file`, `path`, `message`, `fix` and
 * `line` as the text form shows them; a source failure has `message`, `code`, `url`, `status`
 * and `requestId`; an internal error has `message` only.
 */
export interface ErrorProblem {
  message: string;
  file?: string;
  path?: string;
  line?: number;
  fix?: string;
  code?: string;
  /** A coded problem's args (`code` then names its catalogue entry). */
  args?: Record<string, string | number>;
  url?: string;
  status?: number;
  requestId?: string;
}

/** What `--format json` prints on stderr when a command fails: `{"error": {kind, command, exitCode, problems}}`. */
export interface ErrorJson {
  error: { kind: ErrorKind; command: string; exitCode: number; problems: ErrorProblem[] };
}

/** An error as data: its kind, exit code and problems. */
export function describeError(error: unknown, command: string): ErrorJson {
  if (error instanceof ConfigError) {
    const problems = error.problems.map((p) => ({
      message: p.message,
      ...(p.file ? { file: p.file } : {}),
      ...(p.path ? { path: p.path } : {}),
      ...(p.line ? { line: p.line } : {}),
      ...(p.fix ? { fix: p.fix } : {}),
      ...(p.code ? { code: p.code } : {}),
      ...(p.args ? { args: p.args } : {}),
    }));
    return { error: { kind: 'config', command, exitCode: EXIT.usage, problems } };
  }
  if (error instanceof SourceError) {
    const problem: ErrorProblem = {
      message: error.message,
      code: error.code,
      ...(error.url ? { url: error.url } : {}),
      ...(error.status ? { status: error.status } : {}),
      ...(error.requestId ? { requestId: error.requestId } : {}),
    };
    return { error: { kind: 'source', command, exitCode: EXIT.incomplete, problems: [problem] } };
  }
  const message = error instanceof InternalError ? error.message : ((error as Error)?.stack ?? String(error));
  return { error: { kind: 'internal', command, exitCode: EXIT.incomplete, problems: [{ message }] } };
}

/** The text form of an error, as a person reads it on stderr, in `lang`. */
function errorText(described: ErrorJson, error: unknown, lang: Lang): string {
  const { kind, command, problems } = described.error;
  const who = command ? `openquota ${command}` : 'openquota';
  if (kind === 'config') {
    const list = (error as ConfigError).problems;
    const say = (p: (typeof list)[number]) => problemText(lang, p);
    return `${plural(lang, 'error.heading', list.length, { who })}\n${list.map((p) => `  ${formatProblem(p, say)}`).join('\n')}\n`;
  }
  if (kind === 'source') {
    const e = error as SourceError;
    return `${t(lang, 'error.upstream', { who, code: e.code, message: e.message, at: e.url ? ` [${e.url}]` : '' })}\n`;
  }
  return `${t(lang, 'error.internal', { who, message: problems[0]!.message })}\n${t(lang, 'error.internalHint')}\n`;
}

/**
 * Prints an error on stderr, as text or (when `--format json` was asked) as one line of JSON,
 * after `redact` removed every secret; returns the exit code its kind calls for.
 */
export function printError(
  error: unknown,
  options: { command: string; json: boolean; redact: (text: string) => string; lang?: Lang },
  io: CliIO,
): number {
  const described = describeError(error, options.command);
  const text = options.json
    ? `${JSON.stringify(described)}\n`
    : errorText(described, error, options.lang ?? 'en');
  io.stderr(options.redact(text));
  return described.error.exitCode;
}

/**
 * Whether argv asks for JSON output (`--format json`, `-f json`, `--format=json`, `-fjson`; and
 * `--json` alone for `licence` and `policy`, where it means the same): errors are then JSON too,
 * so a script reading them never has to parse prose.
 */
export function asksForJson(command: string, argv: string[]): boolean {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    if ((a === '--format' || a === '-f') && argv[i + 1] === 'json') return true;
    if (a === '--format=json' || a === '-fjson' || a === '-f=json') return true;
    if (a === '--json' && (command === 'licence' || command === 'policy')) return true;
  }
  return false;
}
