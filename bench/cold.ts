/**
 * Cold start: the CLI's `--version` against a bare `node -e 0`, and `licence identify FILE` on one
 * licence file against licensee (`licensee detect FILE`) when it is installed, each a whole
 * process, run in pairs (ours, then the peer) so the machine's noise falls on both; medians and
 * ranges. Figures, not assertions.
 *
 *   node --import tsx bench/cold.ts [--runs 10] [--cli FILE]
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildBundles, runProcess, seconds, stats } from './support/process.js';

const { values: flags } = parseArgs({
  options: { runs: { type: 'string' }, cli: { type: 'string' }, small: { type: 'boolean', default: false } },
});
const runs = Number(flags.runs ?? (flags.small ? 3 : 10));
const work = mkdtempSync(join(tmpdir(), 'oq-bench-cold-'));
const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

try {
  const cli = flags.cli ?? (await buildBundles(join(work, 'package'))).cli;
  const licence = join(work, 'LICENSE');
  copyFileSync('LICENSE', licence);
  const pairs: [string, string[], string, string, string[]][] = [
    ['--version', [cli, '--version'], 'node -e 0', process.execPath, ['-e', '0']],
  ];
  if (has('licensee'))
    pairs.push([
      'licence identify LICENSE',
      [cli, 'licence', 'identify', licence],
      'licensee detect LICENSE',
      'licensee',
      ['detect', licence],
    ]);
  else pairs.push(['licence identify LICENSE', [cli, 'licence', 'identify', licence], '', '', []]);
  console.log(
    `cold start, whole processes, ${runs} paired runs (CLI: ${flags.cli ?? 'built from this checkout'}):`,
  );
  for (const [ours, args, peerName, peer, peerArgs] of pairs) {
    const a: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < runs; i++) {
      const run = await runProcess(work, process.execPath, args);
      if (run.code !== 0) throw new Error(`${ours} exited ${run.code}: ${run.stderr}`);
      a.push(run.wallMs);
      if (peer) b.push((await runProcess(work, peer, peerArgs)).wallMs);
    }
    const ratio = peer
      ? ` = ${(stats(a).median / stats(b).median).toFixed(2)}x ${peerName} (${seconds(b)})`
      : ' (no peer installed)';
    console.log(`  ${ours.padEnd(26)} ${seconds(a)}${ratio}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
