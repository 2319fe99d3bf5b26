/**
 * Three error classes, chosen by who must act:
 * ConfigError   the user fixes their input (exit code 2)
 * SourceError   an upstream registry failed (URL, status, request id)
 * InternalError our bug
 */

/** One problem in a user's input: which file, where in it, what is wrong and what to write instead. */
export interface ConfigProblem {
  file: string;
  /** Dotted path with indices, e.g. `teams[2].huggingface[0]`; empty for the whole file. */
  path: string;
  message: string;
  fix?: string;
  /** 1-based line in the file, when known. */
  line?: number;
  /**
   * The problem as data, where the CLI emits it coded (`UNKNOWN_OPTION` + `{option, near}`):
   * `error.CODE.message` / `error.CODE.fix` in the i18n catalogue say it in the reader's language;
   * `message` and `fix` are its English rendering.
   */
  code?: string;
  args?: Record<string, string | number>;
}

/** The user must fix their input; carries every problem found, not just the first. */
export class ConfigError extends Error {
  readonly problems: ConfigProblem[];
  constructor(problems: ConfigProblem[] | string) {
    const list = typeof problems === 'string' ? [{ file: '', path: '', message: problems }] : problems;
    super(list.map((p) => formatProblem(p)).join('\n'));
    this.name = 'ConfigError';
    this.problems = list;
  }
}

/**
 * Renders one problem as `file:line: path: message (fix: …)`, in `lang` where the problem is
 * coded (`problemText` of the i18n layer, given by the CLI; English otherwise).
 */
export function formatProblem(
  p: ConfigProblem,
  say: (p: ConfigProblem) => { message: string; fix?: string; fixLabel: string; file?: string } = (q) => ({
    message: q.message,
    ...(q.fix ? { fix: q.fix } : {}),
    fixLabel: 'fix',
  }),
): string {
  const { message, fix, fixLabel, file = p.file } = say(p);
  const where = [file && (p.line ? `${file}:${p.line}` : file), p.path].filter(Boolean).join(': ');
  return `${where ? `${where}: ` : ''}${message}${fix ? `\n    ${fixLabel}: ${fix}` : ''}`;
}

/** An upstream registry or repository failed; callers turn it into an `unknown` verdict. */
export class SourceError extends Error {
  readonly code: string;
  readonly url?: string;
  readonly status?: number;
  readonly requestId?: string;
  constructor(
    code: string,
    message: string,
    info: { url?: string; status?: number; requestId?: string } = {},
  ) {
    super(message);
    this.name = 'SourceError';
    this.code = code;
    this.url = info.url;
    this.status = info.status;
    this.requestId = info.requestId;
  }
}

/** A bug in openquota: an invariant did not hold. */
export class InternalError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InternalError';
  }
}
