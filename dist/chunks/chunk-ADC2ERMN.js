import {
  ConfigError
} from "./chunk-2HJM3R72.js";
import {
  problemEnglish
} from "./chunk-FXGHOV3O.js";

// src/cli/problems.ts
var COMMAND_LINE = "command line";
function codedProblem(path, code, args) {
  const given = Object.fromEntries(
    Object.entries(args).filter((e) => e[1] !== void 0)
  );
  return { file: COMMAND_LINE, path, ...problemEnglish(code, given), code, args: given };
}
var Problems = class {
  list = [];
  /** Adds a problem of the command line (`--format`, `TARGET`). */
  flag(path, message, fix) {
    this.list.push({ file: COMMAND_LINE, path, message, ...fix ? { fix } : {} });
  }
  /**
   * Adds a coded problem of the command line: its English message and fix from the i18n catalogue
   * (`error.CODE.*`), its code and args kept so that it is said in the reader's language.
   */
  coded(path, code, args) {
    this.list.push(codedProblem(path, code, args));
  }
  /** Adds problems found elsewhere (a file, the output paths). */
  add(...problems) {
    this.list.push(...problems);
  }
  /** Runs `step`; a ConfigError it throws becomes problems here (undefined is returned), anything else is rethrown. */
  async gather(step) {
    try {
      return await step();
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      this.add(...error.problems);
      return void 0;
    }
  }
  /** True when nothing has been found wrong so far. */
  get none() {
    return this.list.length === 0;
  }
  /** Throws one ConfigError with every problem found, when there is any. */
  throwIfAny() {
    if (this.list.length > 0) throw new ConfigError(this.list);
  }
};

export {
  COMMAND_LINE,
  codedProblem,
  Problems
};
