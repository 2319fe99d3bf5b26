/**
 * Every benchmark, one after another: `npm run bench`. Each prints its own figures.
 */
import { spawnSync } from 'node:child_process';

for (const bench of ['bench/scan.ts', 'bench/licences.ts', 'bench/dashboard.ts']) {
  console.log(`\n== ${bench}`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', bench], { stdio: 'inherit' });
  if (run.status !== 0) process.exitCode = run.status ?? 1;
}
