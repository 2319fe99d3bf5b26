/**
 * Programme-scale benchmark: generated worlds (test/support/bench-world.ts: 5 teams x n Hub models, a GitHub org
 * each) served by the loopback Hub and GitHub at a given latency per request, scanned by the real
 * CLI as a process, cold (an empty cache) and warm (a rerun with that cache). Prints for each size:
 * wall, CPU, peak RSS, requests by kind, per release, the latency bound (latency x (the longest
 * chain of dependent requests + needed requests / concurrency, per host pool)) and the ratio, needed
 * vs made; then the output commands over the largest report. Asserts nothing about time.
 *
 *   npm run bench -- [--small] [--sizes 100,400,1600] [--latency 50] [--runs 3] [--cli FILE] [--action FILE]
 *                    [--save DIR] [--report FILE --programme FILE]
 *
 * `--save DIR` copies the largest size's report and programme into DIR (report.json, programme.yaml);
 * `--report FILE --programme FILE` skips the scans and times only the output commands over that saved
 * pair, to iterate on the outputs without waiting for a scan (the release count is read from the report).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchWorld } from '../test/support/bench-world.js';
import { startGitHubServer } from '../test/support/github-server.js';
import { startHubServer } from '../test/support/hub-server.js';
import { buildBundles, type Run, runProcess, seconds, stats } from './support/process.js';

const { values: flags } = parseArgs({
  options: {
    small: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    latency: { type: 'string', default: '50' },
    runs: { type: 'string' },
    cli: { type: 'string' },
    action: { type: 'string' },
    // Per-pool concurrency the bound is computed with: the scan's defaults (hub-api, hub-files, github).
    pools: { type: 'string', default: '16,32,16' },
    'no-outputs': { type: 'boolean', default: false },
    save: { type: 'string' },
    report: { type: 'string' },
    programme: { type: 'string' },
  },
});
// 1,600 by default: the memory goal is a 5 x 1,600 scan and its output goal is at the 8,400
// releases that size gives (at 2,100, node's start is a third of each output command's time).
const sizes = (flags.sizes ?? (flags.small ? '4' : '100,400,1600')).split(',').map(Number);
const latency = Number(flags.latency);
const runs = Number(flags.runs ?? (flags.small ? 1 : 3));
const [poolApi, poolFiles, poolGitHub] = flags.pools!.split(',').map(Number) as [number, number, number];

const work = mkdtempSync(join(tmpdir(), 'oq-bench-programme-'));
const bundles = flags.cli
  ? { cli: flags.cli, action: flags.action }
  : await buildBundles(join(work, 'package'));
console.log(
  `CLI under test: ${flags.cli ?? 'built from this checkout'}; latency ${latency} ms per request; ${runs} runs each`,
);

// Three decimals: the goals are in hundredths (0.05 per release), so the printed figure must not round onto them.
const per = (x: number, n: number) => (x / n).toFixed(3);
const made0 = (a: { api: number }, b: { api: number }) => a.api === b.api;
let largest: { report: string; programme: string; releases: number } | undefined;

if (Boolean(flags.report) !== Boolean(flags.programme))
  throw new Error('give --report and --programme together');
if (flags.report && flags.programme) largest = savedPair(flags.report, flags.programme);

try {
  for (const n of flags.report ? [] : sizes) {
    const dir = join(work, `world-${n}`);
    const world = benchWorld(dir, n);
    const hub = await startHubServer({ world: world.hub, latencyMs: latency });
    const github = await startGitHubServer({ world: world.github, latencyMs: latency });
    const env = {
      HF_ENDPOINT: hub.url,
      GITHUB_API_URL: github.url,
      HF_TOKEN: '',
      GITHUB_TOKEN: '',
      GH_TOKEN: '',
    };
    const counts = () => {
      const api = hub.requests.filter((r) => r.pathname.startsWith('/api/')).length;
      return { api, files: hub.requests.length - api, github: github.requests.length };
    };
    const cold: Run[] = [];
    const warm: Run[] = [];
    let coldCounts = { api: 0, files: 0, github: 0 };
    let warmCounts = { api: 0, files: 0, github: 0 };
    for (let i = 0; i < runs; i++) {
      const cache = join(dir, `cache-${i}`);
      mkdirSync(cache, { recursive: true });
      const report = join(dir, 'report.json');
      const args = [
        bundles.cli,
        'scan',
        '--config',
        world.programmeFile,
        '--format',
        'json',
        '--output',
        report,
        '--cache-dir',
        cache,
      ];
      for (const [into, set] of [
        [cold, 'cold'],
        [warm, 'warm'],
      ] as const) {
        const before = counts();
        const run = await runProcess(work, process.execPath, args, env);
        if (run.code === null || run.code === 2 || run.code > 3)
          throw new Error(`scan exited ${run.code}: ${run.stderr.slice(-2000)}`);
        if (made0(before, counts())) throw new Error(`scan made no request: ${run.stderr.slice(-2000)}`);
        into.push(run);
        const after = counts();
        const made = {
          api: after.api - before.api,
          files: after.files - before.files,
          github: after.github - before.github,
        };
        if (set === 'cold') coldCounts = made;
        else warmCounts = made;
      }
      largest = { report, programme: world.programmeFile, releases: world.releases };
    }
    await hub.close();
    await github.close();
    const { needed } = world;
    const neededTotal = needed.hubApi + needed.hubFiles + needed.github;
    const boundMs =
      latency *
      (needed.chain +
        Math.max(needed.hubApi / poolApi, needed.hubFiles / poolFiles, needed.github / poolGitHub));
    const made = coldCounts.api + coldCounts.files + coldCounts.github;
    const wall = stats(cold.map((r) => r.wallMs)).median;
    console.log(`\n5 x ${n} (${world.releases} releases):`);
    console.log(
      `  cold: wall ${seconds(cold.map((r) => r.wallMs))}, CPU ${seconds(cold.map((r) => r.cpuMs))}, peak RSS ${stats(cold.map((r) => r.rssMb)).median.toFixed(0)} MB`,
    );
    console.log(
      `        requests ${coldCounts.api} + ${coldCounts.files} + ${coldCounts.github} (Hub api + Hub files + GitHub) = ${made}, ${per(made, world.releases)} per release`,
    );
    console.log(
      `        needed ${needed.hubApi} + ${needed.hubFiles} + ${needed.github} = ${neededTotal}; made beyond needed ${per(made - neededTotal, world.releases)} per release`,
    );
    console.log(
      `        latency bound ${(boundMs / 1000).toFixed(2)} s (chain ${needed.chain}, pools ${poolApi}/${poolFiles}/${poolGitHub}); wall / bound ${(wall / boundMs).toFixed(2)}x`,
    );
    const warmMade = warmCounts.api + warmCounts.files + warmCounts.github;
    console.log(
      `  warm: wall ${seconds(warm.map((r) => r.wallMs))}, requests ${warmCounts.api} + ${warmCounts.files} + ${warmCounts.github} = ${warmMade}, ${per(warmMade, world.releases)} per release`,
    );
  }

  if (largest && flags.save) {
    mkdirSync(flags.save, { recursive: true });
    copyFileSync(largest.report, join(flags.save, 'report.json'));
    copyFileSync(largest.programme, join(flags.save, 'programme.yaml'));
  }
  if (largest && !flags['no-outputs']) await outputs(largest);
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** A saved report and programme; its releases are the report's rows (one per release of every team). */
function savedPair(report: string, programme: string) {
  const parsed = JSON.parse(readFileSync(report, 'utf8')) as { teams: { models: unknown[] }[] };
  const releases = parsed.teams.reduce((n, t) => n + t.models.length, 0);
  return { report, programme, releases };
}

/** The output commands over a report, each as a whole process, against a process that only parses it. */
async function outputs(from: { report: string; programme: string; releases: number }) {
  const mb = (statSync(from.report).size / 1024 / 1024).toFixed(1);
  console.log(
    `\noutput commands over the largest report (${from.releases} releases, ${mb} MB), whole processes:`,
  );
  const time = async (label: string, command: string, args: string[], env: Record<string, string> = {}) => {
    const all: number[] = [];
    for (let i = 0; i < (flags.small ? 1 : Math.max(runs, 3)); i++) {
      const run = await runProcess(work, command, args, env);
      if (run.code === null || run.code > 3)
        throw new Error(`${label} exited ${run.code}: ${run.stderr.slice(-1000)}`);
      all.push(run.wallMs);
    }
    return { label, all };
  };
  const parse = await time('parse the report JSON (node)', process.execPath, [
    '-e',
    `JSON.parse(require('node:fs').readFileSync(${JSON.stringify(from.report)}, 'utf8'))`,
  ]);
  const rows = [parse];
  const out = join(work, 'out');
  mkdirSync(out, { recursive: true });
  for (const format of ['table', 'json', 'markdown', 'sarif', 'html', 'cyclonedx']) {
    rows.push(
      await time(`render --format ${format}`, process.execPath, [
        bundles.cli,
        'render',
        from.report,
        '--format',
        format,
        '--output',
        join(out, `report.${format}`),
      ]),
    );
  }
  rows.push(
    await time('merge (sarif)', process.execPath, [
      bundles.cli,
      'merge',
      from.report,
      '--config',
      from.programme,
      '--format',
      'sarif',
      '--output',
      join(out, 'merged.sarif'),
    ]),
  );
  if (bundles.action) {
    rows.push(
      await time('Action merge (report, SARIF, summary, annotations)', process.execPath, [bundles.action], {
        INPUT_MODE: 'merge',
        INPUT_REPORTS: from.report,
        INPUT_CONFIG: from.programme,
        INPUT_REPORT: join(out, 'action-report.json'),
        INPUT_SARIF: join(out, 'action.sarif'),
        'INPUT_FAIL-ON': 'never',
        GITHUB_WORKSPACE: process.cwd(),
        GITHUB_OUTPUT: join(out, 'gh-output'),
        GITHUB_STEP_SUMMARY: join(out, 'gh-summary.md'),
        RUNNER_TEMP: out,
      }),
    );
  }
  const base = stats(parse.all).median;
  for (const row of rows)
    console.log(
      `  ${row.label.padEnd(52)} ${seconds(row.all)}  ${(stats(row.all).median / base).toFixed(1)}x parse`,
    );
}
