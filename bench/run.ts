/**
 * Every benchmark, one after another: `npm run bench`. Each prints its own figures and asserts
 * nothing about time. `npm run bench -- --small` runs the programme scan at a tiny size and the cold
 * start briefly (seconds): what CI runs so the benchmarks cannot rot.
 */
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';

const small = process.argv.includes('--small');
const passed = process.argv.slice(2).filter((a) => a !== '--small');
const benches: [string, string[]][] = small
  ? [
      ['bench/programme.ts', ['--small', ...passed]],
      ['bench/cold.ts', ['--small']],
    ]
  : [
      ['bench/programme.ts', passed],
      ['bench/cold.ts', []],
      ['bench/licences.ts', []],
      ['bench/dashboard.ts', []],
    ];
// Figures are only comparable on the same runtime and core count: both head the output.
console.log(`node ${process.version} (V8 ${process.versions.v8}), ${availableParallelism()} cores`);
for (const [bench, args] of benches) {
  console.log(`\n== ${bench} ${args.join(' ')}`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', bench, ...args], { stdio: 'inherit' });
  if (run.status !== 0) process.exitCode = run.status ?? 1;
}
