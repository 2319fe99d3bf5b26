import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main.js';

/** The outcome of one in-process CLI run. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with a fake terminal-less I/O: what a user in a pipe would see (`tty`: on a terminal of `columns`). */
export async function runCli(
  argv: string[],
  options: { env?: Record<string, string | undefined>; cwd?: string; tty?: boolean; columns?: number } = {},
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
    stdoutIsTTY: options.tty ?? false,
    stderrIsTTY: false,
    ...(options.columns ? { columns: options.columns } : {}),
  });
  return { code, stdout, stderr };
}

/** A fresh temporary directory. */
export function tempDir(prefix = 'openquota-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** Files under `dir` whose bytes contain `needle`: for "no token in any artefact" checks. */
export function filesContaining(dir: string, needle: string): string[] {
  const hits: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (readFileSync(p).includes(needle)) hits.push(p);
    }
  };
  walk(dir);
  return hits;
}

/** stderr without the `note:` lines a scan prints about missing tokens: what is left is a problem. */
export function problemsIn(stderr: string): string {
  return stderr
    .split('\n')
    .filter((line) => !line.startsWith('note: '))
    .join('\n');
}
