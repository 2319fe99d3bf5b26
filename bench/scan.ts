/**
 * Scan benchmark: the whole offline world (five teams plus edge cases) scanned through the real Hub
 * source against the loopback Hub server, in-process, several times. Prints the median wall time,
 * requests per model (the Hub's /api budget is 500 calls per 5 minutes for anonymous callers),
 * file downloads, peak memory, and the time of `evaluate` over the example evidence bundle.
 *
 *   npm run bench:scan
 */
import { loadBundle } from '../src/bundle.js';
import { loadProgramme } from '../src/config/load.js';
import { parseConfigOrThrow } from '../src/config/parse.js';
import { programmeSchema } from '../src/config/programme.js';
import { defaultEngine } from '../src/detect/engine.js';
import { evaluate } from '../src/evaluate.js';
import { loadPolicy } from '../src/policy/load.js';
import { scan } from '../src/scan.js';
import { createSources } from '../src/sources/create.js';
import { startGitHubServer } from '../test/support/github-server.js';
import { startHubServer } from '../test/support/hub-server.js';

const RUNS = 7;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const hub = await startHubServer({ pageSize: 8 });
const github = await startGitHubServer();
const programme = await loadProgramme('examples/sovereign-ai-2025/openquota.yml');
const policy = await loadPolicy(programme.programme.policy, 'examples/sovereign-ai-2025');
const engine = defaultEngine();
const times: number[] = [];
let models = 0;
let api = 0;
let files = 0;
let githubRequests = 0;
let bases = 0;
let trees = 0;
let ranges = 0;
for (let i = 0; i < RUNS; i++) {
  const before = hub.requests.length;
  const apiBefore = hub.apiCalls();
  const githubBefore = github.requests.length;
  // Each run gets fresh sources (fresh counters, no cache), as separate CLI invocations would.
  const { sources } = createSources({ HF_ENDPOINT: hub.url, GITHUB_API_URL: github.url }, { noCache: true });
  const start = performance.now();
  const result = await scan({ programme, policy, sources, engine });
  times.push(performance.now() - start);
  models = result.evidence.length;
  api = hub.apiCalls() - apiBefore;
  files = hub.requests.length - before - api;
  githubRequests = github.requests.length - githubBefore;
  const run = hub.requests.slice(before);
  // Lineage: one model-info call per distinct base outside its team; weights: tree and Range reads.
  bases = new Set(
    result.evidence.flatMap((e) => (e.facts.lineage ?? []).filter((b) => !b.own).map((b) => b.id)),
  ).size;
  trees = run.filter((r) => /^\/api\/models\/[^/]+\/[^/]+\/tree\//.test(r.pathname)).length;
  ranges = run.filter((r) => r.status === 206).length;
}
await hub.close();
await github.close();

const bundleStart = performance.now();
const bundle = await loadBundle('examples/sovereign-ai-2025/evidence');
const evaluateTimes: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  evaluate({
    programme: {
      file: bundle.programme.path,
      sha256: bundle.programme.sha256,
      programme: parseConfigOrThrow({ file: 'programme.yml', text: bundle.programme.text }, programmeSchema),
    },
    policy,
    teams: bundle.teams,
    evidence: bundle.evidence,
    failures: bundle.failures,
    engine,
    now: new Date(bundle.createdAt),
  });
  evaluateTimes.push(performance.now() - start);
}
const loadMs = performance.now() - bundleStart - evaluateTimes.reduce((a, b) => a + b, 0);

console.log(
  `scan of the offline world (${models} releases, 5 teams, loopback Hub and GitHub, Hub page size 8), ${RUNS} runs:`,
);
console.log(
  `  wall time: median ${median(times).toFixed(0)} ms (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}); first run includes the licence index load`,
);
console.log(
  `  /api calls per scan: ${api} (${(api / models).toFixed(2)} per release; anonymous budget 500 per 5 min)`,
);
console.log(
  `  of which lineage (distinct third-party bases): ${bases}; weights tree reads: ${trees}; safetensors header Range reads: ${ranges}`,
);
console.log(
  `  file downloads per scan: ${files} (${(files / models).toFixed(2)} per release; resolver budget 3,000 per 5 min)`,
);
console.log(
  `  GitHub requests per scan: ${githubRequests} (four orgs; 5,000 an hour with a token, 60 without)`,
);
console.log(
  `evaluate of the example bundle (${bundle.evidence.length} records): median ${median(evaluateTimes).toFixed(1)} ms, bundle load ${loadMs.toFixed(0)} ms`,
);
console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
