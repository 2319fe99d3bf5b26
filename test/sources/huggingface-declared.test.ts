/**
 * Declared models kept under a namespace the team does not list: one listing page of that namespace
 * reads them all, and what it does not hold (private, missing, renamed, past the pages read, or a
 * listing that fails) is looked up one by one, with the same facts as before.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createSources } from '../../src/sources/create.js';
import { namespacePages } from '../../src/sources/huggingface-declared.js';
import type { Source, TeamTarget } from '../../src/sources/source.js';
import type { Evidence, Facts } from '../../src/types.js';
import { type HubServer, type HubServerOptions, startHubServer } from '../support/hub-server.js';
import { buildHubWorld, type HubModelSpec } from '../support/redteam-world.js';

const ORG = 'example-k-ai-team';
let server: HubServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function hub(options: HubServerOptions = {}) {
  server = await startHubServer(options);
  const { sources } = createSources({ HF_ENDPOINT: server.url }, { timeoutMs: 5000, retry: { retries: 0 } });
  return { server, source: sources.find((s) => s.kind === 'huggingface')! };
}

function team(models: string[], huggingface: string[] = []): TeamTarget {
  return { id: 'team', huggingface, github: [], git: [], models };
}

async function scan(source: Source, target: TeamTarget): Promise<Map<string, Evidence>> {
  const { releases, failures } = await source.discover(target);
  expect(failures).toEqual([]);
  const evidence = await Promise.all(releases.map((r) => source.inspect(r)));
  return new Map(evidence.map((e) => [e.facts.id, e]));
}

/** Facts without the raw answer (a listing item and a model-info answer are shaped differently). */
function facts(e: Evidence | undefined): Omit<Facts, 'raw'> | undefined {
  if (!e) return undefined;
  const { raw: _raw, ...rest } = e.facts;
  return rest;
}

const apiPaths = (s: HubServer) =>
  s.requests.filter((r) => r.pathname.startsWith('/api/')).map((r) => decodeURIComponent(r.path));

describe('declared models under another namespace', () => {
  const declared = [
    `${ORG}/open-mit-1b`,
    `${ORG}/open-apache-7b`,
    `${ORG}/gated-auto-apache-3b`,
    `${ORG}/nc-research-2b`,
    `${ORG}/private-preview-30b`,
    `${ORG}/does-not-exist`,
    `${ORG}/renamed-old-7b`,
  ];

  it('reads them with one listing page, looking up only what the listing does not hold', async () => {
    const { server, source } = await hub();
    const byId = await scan(source, team(declared));
    const api = apiPaths(server);
    expect(api.filter((p) => p.startsWith('/api/models?'))).toHaveLength(1);
    // The private, the missing and the renamed one: not in an anonymous listing, so looked up.
    expect(api.filter((p) => !p.startsWith('/api/models?')).sort()).toEqual([
      `/api/models/${ORG}/does-not-exist`,
      `/api/models/${ORG}/private-preview-30b`,
      `/api/models/${ORG}/renamed-new-7b`,
      `/api/models/${ORG}/renamed-old-7b`,
    ]);
    expect(byId.get(`${ORG}/renamed-new-7b`)?.facts.requestedId).toBe(`${ORG}/renamed-old-7b`);
    expect(byId.get(`${ORG}/does-not-exist`)?.facts.availability).toBe('missing');
    expect(byId.get(`${ORG}/private-preview-30b`)?.facts.availability).toBe('missing');
    expect(byId.get(`${ORG}/gated-auto-apache-3b`)?.facts.availability).toBe('gated-auto');
    expect(
      [...byId.values()].every((e) => e.release.declared && e.release.origin.startsWith('models: ')),
    ).toBe(true);
    // Only the declared ids: the namespace's other models are not the team's.
    expect(byId.size).toBe(declared.length);
  });

  it('gives every model the facts a lookup of that model alone gives', async () => {
    const { source } = await hub();
    const together = await scan(source, team(declared));
    for (const id of declared) {
      const alone = await scan(source, team([id]));
      const [key] = [...alone.keys()];
      expect(facts(together.get(key!)), id).toEqual(facts(alone.get(key!)));
    }
  });

  it('a namespace too large for the pages it may read: the rest are looked up', async () => {
    const models: HubModelSpec[] = Array.from({ length: 1500 }, (_, k) => ({
      id: `big-lab/m-${String(k).padStart(4, '0')}`,
      card: { license: 'mit' },
      files: { LICENSE: 'MIT', 'model.safetensors': '' },
    }));
    const { server, source } = await hub({ world: buildHubWorld(models) });
    const wanted = ['big-lab/m-0003', 'big-lab/m-0700', 'big-lab/m-1200', 'big-lab/m-1499'];
    const byId = await scan(source, team(wanted));
    const api = apiPaths(server);
    expect(namespacePages(wanted.length)).toBe(2);
    const firstPage = (await (await fetch(`${server.url}/api/models?author=big-lab&limit=1000`)).json()) as {
      id: string;
    }[];
    const onFirstPage = new Set(firstPage.map((m) => m.id));
    const pastIt = wanted.filter((id) => !onFirstPage.has(id));
    expect(pastIt.length).toBeGreaterThan(0);
    // Two pages may be read (half of four ids): the second holds the rest, so nothing is looked up.
    expect(api.filter((p) => p.startsWith('/api/models?'))).toHaveLength(2);
    expect(api.filter((p) => !p.startsWith('/api/models?'))).toEqual([]);
    expect([...byId.keys()].sort()).toEqual(wanted);

    // With two ids, one page only: what it did not hold is looked up.
    server.requests.length = 0;
    const two = [wanted.find((id) => onFirstPage.has(id))!, pastIt[0]!];
    await scan(source, team(two));
    const again = apiPaths(server);
    expect(again.filter((p) => p.startsWith('/api/models?'))).toHaveLength(1);
    expect(again.filter((p) => !p.startsWith('/api/models?'))).toEqual(
      two.filter((id) => !onFirstPage.has(id)).map((id) => `/api/models/${id}`),
    );
    expect([...byId.keys()].sort()).toEqual(wanted);
  });

  it('a listing that fails is no finding: every model is looked up, and a failing lookup is the finding', async () => {
    const { server, source } = await hub({
      plan: [{ match: /^\/api\/models\?/, fault: { kind: 'status', status: 500 } }],
    });
    const byId = await scan(source, team([`${ORG}/open-mit-1b`, `${ORG}/open-apache-7b`]));
    expect(
      apiPaths(server)
        .filter((p) => !p.startsWith('/api/models?'))
        .sort(),
    ).toEqual([`/api/models/${ORG}/open-apache-7b`, `/api/models/${ORG}/open-mit-1b`]);
    expect([...byId.values()].map((e) => e.facts.availability)).toEqual(['public', 'public']);
  });

  it('one declared model in a namespace is looked up, not listed', async () => {
    const { server, source } = await hub();
    await scan(source, team([`${ORG}/open-mit-1b`, 'another-lab/x-1b']));
    expect(apiPaths(server).some((p) => p.startsWith('/api/models?'))).toBe(false);
  });

  it('a model declared under the team’s own author is found in its listing, not read again', async () => {
    const { server, source } = await hub();
    await scan(source, team([`${ORG}/open-mit-1b`, `${ORG}/open-apache-7b`], [ORG]));
    expect(apiPaths(server).filter((p) => p.startsWith('/api/models?'))).toHaveLength(1);
    expect(apiPaths(server).filter((p) => p.startsWith(`/api/models/${ORG}/open-`))).toEqual([]);
  });
});
