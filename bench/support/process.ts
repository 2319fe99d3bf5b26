/**
 * Running the real CLI as a process, for the benchmarks: the bundles built from this checkout's
 * source into a temp dir (as scripts/build.mjs builds dist/, without touching dist/), or a given
 * bundle (`--cli FILE`, e.g. another checkout's build to compare against); each run's wall time,
 * CPU time and peak RSS (read by a preload in the child, so no platform tool is needed).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Figures of one process run. */
export interface Run {
  code: number | null;
  wallMs: number;
  cpuMs: number;
  rssMb: number;
  stdout: string;
  stderr: string;
}

/**
 * Builds `dist/`'s bundles (cli, action) into `root/dist` from the current source, beside a link to
 * the checkout's rules/ (which the bundles find next to themselves, as in the package); returns their paths.
 */
export async function buildBundles(root: string): Promise<{ cli: string; action: string }> {
  const { buildBundles: build } = await import('../../scripts/bundles.js');
  const dir = join(root, 'dist');
  const { outputFiles } = await build({ outdir: dir, logLevel: 'error' });
  for (const file of outputFiles) {
    mkdirSync(dirname(file.path), { recursive: true });
    writeFileSync(file.path, file.contents);
  }
  symlinkSync(resolve('rules'), join(root, 'rules'));
  return { cli: join(dir, 'cli.js'), action: join(dir, 'action.js') };
}

// Written at the child's exit: its own CPU time and peak RSS (Node reports maxRSS in KiB).
const PRELOAD = `process.on('exit', () => {
  const u = process.resourceUsage();
  require('node:fs').writeFileSync(process.env.OQ_BENCH_RUSAGE, JSON.stringify({ cpu: (u.userCPUTime + u.systemCPUTime) / 1000, rss: u.maxRSS / 1024 }));
});
`;

/** Runs `node [args]` (or another command) with a preload that records its resource use. */
export function runProcess(
  work: string,
  command: string,
  args: string[],
  env: Record<string, string | undefined> = {},
): Promise<Run> {
  const preload = join(work, 'rusage-preload.cjs');
  writeFileSync(preload, PRELOAD);
  const usage = join(work, `rusage-${process.pid}-${Math.random().toString(36).slice(2)}.json`);
  const isNode = command === process.execPath;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, isNode ? ['--require', preload, ...args] : args, {
      env: { ...process.env, ...env, OQ_BENCH_RUSAGE: usage },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      let cpuMs = Number.NaN;
      let rssMb = Number.NaN;
      try {
        const u = JSON.parse(readFileSync(usage, 'utf8')) as { cpu: number; rss: number };
        cpuMs = u.cpu;
        rssMb = u.rss;
        rmSync(usage);
      } catch {
        // Not a Node process, or it died before exit handlers ran: CPU and RSS unknown.
      }
      resolve({ code, wallMs, cpuMs, rssMb, stdout, stderr });
    });
  });
}

/** Median and range of a list of figures. */
export function stats(xs: number[]): { median: number; min: number; max: number } {
  const sorted = [...xs].sort((a, b) => a - b);
  return { median: sorted[Math.floor((sorted.length - 1) / 2)]!, min: sorted[0]!, max: sorted.at(-1)! };
}

/** `1.23 s (1.20–1.30)`. */
export function seconds(xs: number[]): string {
  const s = stats(xs);
  return `${(s.median / 1000).toFixed(2)} s (${(s.min / 1000).toFixed(2)}–${(s.max / 1000).toFixed(2)})`;
}
