import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import spdx from 'spdx-license-list/full.js';
import { afterEach, describe, expect, it } from 'vitest';
import { createPacer } from '../../src/sources/pacing.js';
import type { Report } from '../../src/types.js';
import { runCli, tempDir } from '../support/cli.js';
import { type HubServer, startHubServer } from '../support/hub-server.js';
import { buildHubWorld } from '../support/redteam-world.js';

const headers = (r: number, t: number, q = 10) =>
  new Headers({ ratelimit: `"api";r=${r};t=${t}`, 'ratelimit-policy': `"fixed window";"api";q=${q};w=300` });

describe('pacer', () => {
  it('lets requests go while the window has room, counting those in flight as spent', () => {
    let now = 0;
    const pacer = createPacer(() => now);
    expect(pacer.waitMs('api')).toBe(0);
    pacer.take('api');
    pacer.take('api');
    pacer.settle('api', headers(2, 60));
    // r=2, one still in flight: one left.
    expect(pacer.waitMs('api')).toBe(0);
    pacer.take('api');
    expect(pacer.waitMs('api')).toBe(61_000);
    now = 61_000;
    // The window reset: its quota again (less the one still in flight).
    expect(pacer.waitMs('api')).toBe(0);
  });

  it('answers of one window arriving out of order: the lowest count stands', () => {
    const pacer = createPacer(() => 0);
    for (let i = 0; i < 3; i++) pacer.take('api');
    pacer.settle('api', headers(0, 60));
    pacer.settle('api', headers(2, 60));
    pacer.settle('api', headers(1, 60));
    expect(pacer.waitMs('api')).toBe(61_000);
  });

  it('keeps buckets apart: an exhausted /api window does not hold back the resolvers', () => {
    const pacer = createPacer(() => 0);
    pacer.take('api');
    pacer.settle('api', headers(0, 30));
    expect(pacer.waitMs('api')).toBe(31_000);
    expect(pacer.waitMs('file')).toBe(0);
  });

  it('with no reset stated, one request at a time asks for the state', () => {
    const pacer = createPacer(() => 0);
    pacer.take('api');
    pacer.settle('api', new Headers({ ratelimit: '"api";r=0' }));
    expect(pacer.waitMs('api')).toBe(0);
    pacer.take('api');
    expect(pacer.waitMs('api')).toBeGreaterThan(0);
  });
});

let hub: HubServer | undefined;
afterEach(async () => {
  await hub?.close();
  hub = undefined;
});

/**
 * One team: `listed` models under its author, `declared` more elsewhere, each under a namespace of
 * its own so each is read by a lookup (models sharing a namespace would be read by one listing).
 */
async function programme(listed: number, declared: number, rateLimits: Parameters<typeof startHubServer>[0]) {
  const files = { LICENSE: spdx.MIT!.licenseText, 'model.safetensors': '' };
  const models = [
    ...Array.from({ length: listed }, (_, i) => ({ id: `team-org/m-${i}`, card: { license: 'mit' }, files })),
    ...Array.from({ length: declared }, (_, i) => ({
      id: `team-lab-${i}/d`,
      card: { license: 'mit' },
      files,
    })),
  ];
  hub = await startHubServer({ world: buildHubWorld(models), ...rateLimits });
  const dir = tempDir();
  const file = join(dir, 'openquota.yml');
  const ids = models.filter((m) => m.id.startsWith('team-lab-')).map((m) => m.id);
  writeFileSync(
    file,
    `programme: T\nteams:\n  - id: t\n    name: T\n    huggingface: [team-org]\n    models: [${ids.join(', ')}]\n`,
  );
  return { file, hub };
}

describe('a scan paced by the Hub’s RateLimit headers', () => {
  it('stays within the /api window by waiting for its reset, never running into a 429', async () => {
    const { file, hub } = await programme(4, 16, { rateLimits: { api: { quota: 6, windowSeconds: 2 } } });
    const started = Date.now();
    const run = await runCli(['scan', '--config', file, '--format', 'json', '--no-cache'], {
      env: { HF_ENDPOINT: hub.url },
    });
    const report = JSON.parse(run.stdout) as Report;
    // 1 listing + 16 lookups at 6 per 2 s: three windows.
    expect(hub.apiCalls()).toBe(17);
    expect(hub.limited()).toBe(0);
    expect(Date.now() - started).toBeGreaterThanOrEqual(4000);
    const models = report.teams[0]!.models;
    expect(models).toHaveLength(20);
    expect(models.filter((m) => m.verdict !== 'compliant').map((m) => [m.id, m.verdict])).toEqual([]);
  });

  it('a window that resets after the deadline is not waited for: unknown, RATE_LIMITED, no 429 asked for', async () => {
    const { file, hub } = await programme(2, 8, { rateLimits: { api: { quota: 4, windowSeconds: 600 } } });
    const run = await runCli(
      ['scan', '--config', file, '--format', 'json', '--no-cache', '--deadline', '30s'],
      {
        env: { HF_ENDPOINT: hub.url },
      },
    );
    const report = JSON.parse(run.stdout) as Report;
    expect(run.code).toBe(3);
    expect(hub.apiCalls()).toBe(4);
    expect(hub.limited()).toBe(0);
    const unknown = report.teams[0]!.models.filter((m) => m.verdict === 'unknown');
    expect(unknown).toHaveLength(5);
    for (const m of unknown)
      expect(m.reasons[0], m.id).toMatchObject({ code: 'SOURCE_FAILED', args: { code: 'RATE_LIMITED' } });
    // The listed releases and the lookups that fitted in the window stand.
    expect(report.teams[0]!.models.filter((m) => m.verdict === 'compliant')).toHaveLength(5);
  });
});
