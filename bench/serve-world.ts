/**
 * Serves a generated programme world (bench/world: 5 teams x n Hub models, a GitHub org each) on
 * the loopback Hub and GitHub at a given latency, and waits: for profiling one scan by hand
 * (`node --cpu-prof dist/cli.js scan ...`). Prints the environment and the programme file to use;
 * on SIGINT prints the requests the servers saw and stops.
 *
 *   node --import tsx bench/serve-world.ts [--size 400] [--latency 50] [--dir DIR] [--rate-limits]
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { benchWorld } from '../test/support/bench-world.js';
import { startGitHubServer } from '../test/support/github-server.js';
import { startHubServer } from '../test/support/hub-server.js';

const { values: flags } = parseArgs({
  options: {
    size: { type: 'string', default: '400' },
    latency: { type: 'string', default: '50' },
    dir: { type: 'string' },
    // The anonymous Hub's limits (500 /api and 3,000 resolver requests per 5 minutes, stated in RateLimit headers).
    'rate-limits': { type: 'boolean', default: false },
  },
});
const dir = flags.dir ?? mkdtempSync(join(tmpdir(), 'oq-serve-world-'));
const world = benchWorld(dir, Number(flags.size));
const latencyMs = Number(flags.latency);
const hub = await startHubServer({
  world: world.hub,
  latencyMs,
  ...(flags['rate-limits']
    ? {
        rateLimits: {
          api: { quota: 500, windowSeconds: 300 },
          resolvers: { quota: 3000, windowSeconds: 300 },
        },
      }
    : {}),
});
const github = await startGitHubServer({ world: world.github, latencyMs });
console.log(`programme ${world.programmeFile} (${world.releases} releases)`);
console.log(`HF_ENDPOINT=${hub.url} GITHUB_API_URL=${github.url} HF_TOKEN= GITHUB_TOKEN= GH_TOKEN=`);
process.on('SIGINT', async () => {
  const api = hub.requests.filter((r) => r.pathname.startsWith('/api/')).length;
  console.log(
    `requests: Hub api ${api}, Hub files ${hub.requests.length - api}, GitHub ${github.requests.length}; limited ${JSON.stringify(hub.limited?.() ?? null)}`,
  );
  await hub.close();
  await github.close();
  process.exit(0);
});
