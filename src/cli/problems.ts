import { ConfigError, type ConfigProblem } from '../errors.js';
import { type ErrorCode, problemEnglish } from '../report/i18n/index.js';

/** Where flag problems are said to be, as `checkOutputs` says it (`command line: --format: …`). */
export const COMMAND_LINE = 'command line';

/** A coded problem of the command line (see Problems.coded); absent args are left out. */
export function codedProblem(
  path: string,
  code: ErrorCode,
  args: Record<string, string | number | undefined>,
): ConfigProblem {
  const given = Object.fromEntries(
    Object.entries(args).filter((e): e is [string, string | number] => e[1] !== undefined),
  );
  return { file: COMMAND_LINE, path, ...problemEnglish(code, given), code, args: given };
}

/**
 * Every problem of one run, collected before anything is thrown: flags first, then what loading
 * the programme, policy, bundle or reports found, so one run names them all (exit 2 once).
 */
export class Problems {
  readonly list: ConfigProblem[] = [];

  /** Adds a problem of the command line (`--format`, `TARGET`). */
  flag(path: string, message: string, fix?: string): void {
    this.list.push({ file: COMMAND_LINE, path, message, ...(fix ? { fix } : {}) });
  }

  /**
   * Adds a coded problem of the command line: its English message and fix from the i18n catalogue
   * (`error.CODE.*`), its code and args kept so that it is said in the reader's language.
   */
  coded(path: string, code: ErrorCode, args: Record<string, string | number | undefined>): void {
    this.list.push(codedProblem(path, code, args));
  }

  /** Adds problems found elsewhere (a file, the output paths). */
  add(...problems: ConfigProblem[]): void {
    this.list.push(...problems);
  }

  /** Runs `step`; a ConfigError it throws becomes problems here (undefined is returned), anything else is rethrown. */
  async gather<T>(step: () => Promise<T> | T): Promise<T | undefined> {
    try {
      return await step();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      this.add(...error.problems);
      return undefined;
    }
  }

  /** True when nothing has been found wrong so far. */
  get none(): boolean {
    return this.list.length === 0;
  }

  /** Throws one ConfigError with every problem found, when there is any. */
  throwIfAny(): void {
    if (this.list.length > 0) throw new ConfigError(this.list);
  }
}
