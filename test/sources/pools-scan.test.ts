/**
 * A scan of a generated programme (test/support/bench-world.ts) against the loopback Hub and GitHub
 * with a little latency: every team listed at once, each host's pool kept full and never fuller,
 * keep-alive connections, and a rerun with the cache that reads no pinned file again.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Report } from '../../src/types.js';
import { benchWorld } from '../support/bench-world.js';
import { runCli, tempDir } from '../support/cli.js';
import { type GitHubServer, startGitHubServer } from '../support/github-server.js';
import { type HubServer, startHubServer } from '../support/hub-server.js';

let hub: HubServer | undefined;
let github: GitHubServer | undefined;
afterEach(async () => {
  await hub?.close();
  await github?.close();
  hub = github = undefined;
});

async function serve(n: number, latencyMs: number, repos?: number) {
  const world = benchWorld(tempDir(), n, 5, repos);
  hub = await startHubServer({ world: world.hub, latencyMs });
  github = await startGitHubServer({ world: world.github, latencyMs });
  const scan = async (args: string[]) => {
    const run = await runCli(['scan', '--config', world.programmeFile, '--format', 'json', ...args], {
      env: { HF_ENDPOINT: hub!.url, GITHUB_API_URL: github!.url },
    });
    expect(run.code, run.stderr).not.toBe(2);
    return { run, report: JSON.parse(run.stdout) as Report };
  };
  return { world, scan, hub, github };
}

describe('programme-scale scan', () => {
  it('lists every team at once and keeps each pool full, never fuller', async () => {
    // Few Hub models, many repositories: both pools have more work than slots.
    const { world, scan, hub, github } = await serve(40, 100, 30);
    const { report } = await scan(['--no-cache']);
    expect(report.teams.reduce((n, t) => n + t.models.length, 0)).toBe(world.releases);
    // One team after another, team 0's declared lookups would come before team 1's listing. The
    // models each team keeps under a second namespace are read by listing it, after the team's own.
    expect(hub.requests.slice(0, 10).map((r) => r.pathname)).toEqual(Array(10).fill('/api/models'));
    // Listing pages of 1,000: one page per team author and one per second namespace; no lookups.
    expect(hub.requests.filter((r) => r.pathname === '/api/models')).toHaveLength(10);
    expect(hub.requests.filter((r) => r.pathname.startsWith('/api/models/'))).toEqual([]);
    expect(hub.requests.find((r) => r.pathname === '/api/models')!.path).toContain('limit=1000');
    // Defaults hub-api 16 + hub-files 32; GitHub 16, past octokit's own group of 10.
    expect(hub.flight().max).toBeGreaterThan(16);
    expect(hub.flight().max).toBeLessThanOrEqual(48);
    expect(github.flight().max).toBeGreaterThan(10);
    expect(github.flight().max).toBeLessThanOrEqual(16);
    // Keep-alive: connections are reused, far fewer than requests.
    expect(hub.flight().connections).toBeLessThan(hub.requests.length / 4);
  });

  it('--concurrency bounds each pool', async () => {
    const { scan, hub, github } = await serve(40, 10);
    await scan(['--no-cache', '--concurrency', 'hub-api=2,hub-files=3,github=2']);
    expect(hub.flight().max).toBeLessThanOrEqual(5);
    expect(github.flight().max).toBeLessThanOrEqual(2);
  });

  it('a rerun with the cache reads no file pinned to a commit again, and answers the same', async () => {
    const { scan, hub, world } = await serve(20, 0);
    const cache = tempDir('openquota-cache-');
    const first = await scan(['--cache-dir', cache]);
    const before = hub.requests.length;
    const second = await scan(['--cache-dir', cache, '--stats']);
    const again = hub.requests.slice(before);
    expect(again.filter((r) => /\/resolve\//.test(r.pathname))).toEqual([]);
    // Listings and declared lookups are asked again (a model may have changed): answered 304.
    expect(again.every((r) => r.pathname.startsWith('/api/') && r.status === 304)).toBe(true);
    expect(second.run.stderr).toMatch(/hub-files\s+0\s+\d+/);
    expect(second.report.requests!.cacheHits).toBeGreaterThanOrEqual(2 * 5 * 20);
    const verdicts = (r: Report) =>
      r.teams.flatMap((t) => t.models.map((m) => [m.id, m.verdict, m.licence.expression]));
    expect(verdicts(second.report)).toEqual(verdicts(first.report));
    expect(verdicts(first.report)).toHaveLength(world.releases);
  });
});
