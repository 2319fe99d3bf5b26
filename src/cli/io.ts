/** What a command may touch of the outside world; injected so commands are testable in-process. */
export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Whether stdout / stderr are terminals (progress and colour only then). */
  stdoutIsTTY: boolean;
  stderrIsTTY: boolean;
  /** Columns of the terminal stdout is, when it is one: the table is laid out to fit (100 otherwise). */
  columns?: number;
}

/** Exit codes of every command (README "Exit codes"). */
export const EXIT = {
  /** Every team passes / the model complies. */
  ok: 0,
  /** A team fails / the model does not comply / a regression. */
  fail: 1,
  /** Usage or configuration error. */
  usage: 2,
  /** Nothing fails but something is incomplete or unknown, or the run could not finish. */
  incomplete: 3,
} as const;

/** A command: argv after the command name -> exit code. */
export type Command = (argv: string[], io: CliIO) => Promise<number>;
