import { ConfigError, type ConfigProblem } from '../errors.js';

/** Where flag problems are said to be, as `checkOutputs` says it (`command line: --format: …`). */
export const COMMAND_LINE = 'command line';

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
