import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { createSources } from '../../src/sources/create.js';
import { createHttpClient, type HttpClient } from '../../src/sources/http.js';
import { createHuggingFaceSource, hubId, type PickFiles } from '../../src/sources/huggingface.js';
import { listAuthor } from '../../src/sources/huggingface-api.js';
import {
  availabilityOf,
  declaredLicences,
  linksOf,
  readHubModel,
} from '../../src/sources/huggingface-model.js';
import { linkedPath } from '../../src/sources/huggingface-texts.js';
import { noFigures } from '../../src/sources/pools.js';
import type { Source, TeamTarget } from '../../src/sources/source.js';
import type { Evidence } from '../../src/types.js';
import { type HubServer, type HubServerOptions, startHubServer } from '../support/hub-server.js';

const TOKEN = 'hf_FAKE_TOKEN_never_in_evidence_42';
const ORG = 'example-k-ai-team';
const NOW = new Date('2026-08-10T00:00:00.000Z');

// A stand-in for detect/candidates' pickLicenceFiles: LICENSE/NOTICE-like files, then the README.
const pickFiles: PickFiles = (paths) =>
  paths.flatMap((path): ReturnType<PickFiles> => {
    if (/^(licen[cs]e|copying|notice)/i.test(path)) return [{ path, role: 'licence' as const }];
    return path.toLowerCase() === 'readme.md' ? [{ path, role: 'readme' as const }] : [];
  });

let server: HubServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

interface Setup {
  token?: string;
  retries?: number;
  timeoutMs?: number;
}

/** A loopback Hub and the Hub source built for it by createSources, as the CLI builds it. */
async function hub(options: HubServerOptions = {}, setup: Setup = {}) {
  server = await startHubServer({ tokens: [TOKEN], ...options });
  const sleeps: number[] = [];
  const env = { HF_ENDPOINT: `${server.url}/`, HF_TOKEN: setup.token };
  const { sources, secrets } = createSources(env, {
    timeoutMs: setup.timeoutMs ?? 5000,
    retry: { retries: setup.retries, sleep: async (ms) => void sleeps.push(ms), random: () => 0 },
  });
  const source = sources.find((s) => s.kind === 'huggingface')!;
  return { server, source, sleeps, secrets };
}

function team(over: Partial<TeamTarget> = {}): TeamTarget {
  return { id: 'team', huggingface: [], github: [], git: [], models: [], ...over };
}

async function scan(source: Source, target: TeamTarget) {
  const discovery = await source.discover(target);
  const evidence = await Promise.all(discovery.releases.map((r) => source.inspect(r)));
  const byId = new Map<string, Evidence>(evidence.map((e) => [e.facts.id, e]));
  return { discovery, evidence, byId, get: (name: string) => byId.get(`${ORG}/${name}`)! };
}

describe('claims', () => {
  it.each([
    ['LGAI-EXAONE/EXAONE-4.0-32B', 'LGAI-EXAONE/EXAONE-4.0-32B'],
    ['hf:skt/A.X-4.0', 'skt/A.X-4.0'],
    ['https://huggingface.co/upstage/Solar-Open-100B', 'upstage/Solar-Open-100B'],
    ['https://huggingface.co/upstage/Solar-Open-100B/blob/main/LICENSE', 'upstage/Solar-Open-100B'],
    ['github:LG-AI-EXAONE/EXAONE-4.0', undefined],
    ['git:https://example.org/x.git', undefined],
    ['https://github.com/LG-AI-EXAONE/EXAONE-4.0', undefined],
    ['https://huggingface.co/datasets/org/data', undefined],
    ['org/name.git', undefined],
    ['just-a-name', undefined],
  ])('%s -> %s', (declared, id) => {
    expect(hubId(declared)).toBe(id);
  });
});

describe('metadata mapping', () => {
  const model = (raw: Record<string, unknown>) => readHubModel({ id: 'o/m', ...raw })!;

  it('reads availability, strictest first; unknown gating values count as manual', () => {
    expect(availabilityOf(model({ private: true, gated: 'auto' }))).toBe('private');
    expect(availabilityOf(model({ disabled: true }))).toBe('disabled');
    expect(availabilityOf(model({ gated: 'auto' }))).toBe('gated-auto');
    expect(availabilityOf(model({ gated: true }))).toBe('gated-manual');
    expect(availabilityOf(model({ gated: false }))).toBe('public');
  });

  it('falls back to license: tags only when the card names no licence', () => {
    expect(declaredLicences(model({ tags: ['license:mit', 'en'] }))).toEqual([
      { origin: 'hub-tag', value: 'mit' },
    ]);
    expect(declaredLicences(model({ cardData: { license: 'mit' }, tags: ['license:apache-2.0'] }))).toEqual([
      { origin: 'hub-card', value: 'mit' },
    ]);
  });

  it('collects GitHub and Hub links from the card', () => {
    const card = {
      license_link: 'https://huggingface.co/o/m/blob/main/LICENSE',
      extra: ['see https://github.com/o/code.'],
    };
    expect(linksOf(model({ cardData: card }))).toEqual([
      'https://huggingface.co/o/m/blob/main/LICENSE',
      'https://github.com/o/code',
    ]);
  });

  it('a siblings entry that is not {rfilename} leaves the file list unknown, with a problem', () => {
    for (const siblings of [
      [{ rfilename: 'a' }, { rfilename: 7 }],
      ['model.safetensors'],
      [null],
      { a: 1 },
    ]) {
      const m = model({ siblings });
      expect(m.files).toBeNull();
      expect(m.problems).toEqual([expect.objectContaining({ code: 'MALFORMED_RESPONSE' })]);
    }
    expect(model({}).files).toBeNull();
    expect(model({}).problems).toEqual([]);
    expect(model({ siblings: [{ rfilename: 'model.safetensors', size: 3 }] }).files).toEqual([
      'model.safetensors',
    ]);
  });

  it.each([
    [{ license: { id: 'cc-by-nc-4.0' } }],
    [{ license: ['apache-2.0', 7] }],
    [{ license: 42 }],
    [{ license: 'other', license_name: 42 }],
    [{ license: 'mit', license_link: ['LICENSE'] }],
  ])('card %j is MALFORMED_METADATA, and its tags are no fallback', (card) => {
    const m = model({ cardData: card, tags: ['license:apache-2.0'] });
    expect(m.problems).toEqual([expect.objectContaining({ code: 'MALFORMED_METADATA' })]);
    expect(declaredLicences(m)).toEqual([]);
  });

  it('an absent or empty card licence is no problem: the tags speak', () => {
    for (const cardData of [{}, { license: null }, { license: '' }, { license: [] }]) {
      const m = model({ cardData, tags: ['license:mit'] });
      expect(m.problems).toEqual([]);
      expect(declaredLicences(m)).toEqual([{ origin: 'hub-tag', value: 'mit' }]);
    }
  });

  it('rejects metadata without a model id', () => {
    expect(readHubModel({ error: 'x' })).toBeNull();
    expect(readHubModel([])).toBeNull();
  });

  it.each([
    ['LICENSE', 'LICENSE'],
    ['./LICENSE.md', 'LICENSE.md'],
    ['https://huggingface.co/o/m/blob/main/LICENSE', 'LICENSE'],
    ['https://huggingface.co/O/M/resolve/abc/docs/LICENSE.txt', 'docs/LICENSE.txt'],
    ['https://huggingface.co/other/repo/blob/main/LICENSE', undefined],
    ['https://example.org/licence', undefined],
  ])('license_link %s names file %s', (link, path) => {
    expect(linkedPath(link, 'o/m', 'https://huggingface.co')).toBe(path);
  });
});

describe('discover', () => {
  it('follows Link rel="next" over several pages, asking for every field in one listing', async () => {
    const { server, source } = await hub({ pageSize: 3 });
    const { releases, failures } = await source.discover(team({ huggingface: ['LGAI-EXAONE'] }));
    expect(failures).toEqual([]);
    expect(releases).toHaveLength(20);
    expect(new Set(releases.map((r) => r.id)).size).toBe(20);
    const listings = server.requests.filter((r) => r.pathname === '/api/models');
    expect(listings).toHaveLength(7);
    const query = new URL(listings[0]!.path, server.url).searchParams;
    expect(query.get('author')).toBe('LGAI-EXAONE');
    expect(query.getAll('expand[]')).toEqual(
      expect.arrayContaining([
        'private',
        'gated',
        'disabled',
        'sha',
        'cardData',
        'tags',
        'siblings',
        'safetensors',
      ]),
    );
    expect(listings.slice(1).every((r) => r.path.includes('cursor='))).toBe(true);
  });

  it('makes a model both discovered and declared one declared release (ids compared case-insensitively)', async () => {
    const { source } = await hub();
    const { releases } = await source.discover(
      team({ huggingface: [ORG], models: [`${ORG}/OPEN-MIT-1B`, `hf:${ORG}/open-apache-7b`, 'github:x/y'] }),
    );
    expect(releases.filter((r) => r.id.toLowerCase() === `${ORG}/open-mit-1b`)).toHaveLength(1);
    expect(releases.find((r) => r.id === `${ORG}/open-mit-1b`)?.declared).toBe(true);
    expect(releases.find((r) => r.id === `${ORG}/open-apache-7b`)?.declared).toBe(true);
    expect(releases.find((r) => r.id === `${ORG}/nc-research-2b`)?.declared).toBe(false);
  });

  it('lists private repos only with a token that can read them', async () => {
    const anonymous = await hub();
    const seen = (await anonymous.source.discover(team({ huggingface: [ORG] }))).releases.map((r) => r.id);
    expect(seen).not.toContain(`${ORG}/private-preview-30b`);
    await anonymous.server.close();
    const authed = await hub({}, { token: TOKEN });
    const { get } = await scan(authed.source, team({ huggingface: [ORG] }));
    expect(get('private-preview-30b').facts.availability).toBe('private');
    expect(authed.server.requests.every((r) => r.authorized)).toBe(true);
  });

  it('turns a listing that finally fails into a failure with its origin', async () => {
    const { source, sleeps } = await hub(
      { faults: [{ match: '/api/models', status: 503, count: 99 }] },
      { retries: 2 },
    );
    const { releases, failures } = await source.discover(team({ huggingface: [ORG] }));
    expect(releases).toEqual([]);
    expect(failures).toEqual([
      expect.objectContaining({ origin: `huggingface: ${ORG}`, code: 'HTTP_ERROR', status: 503 }),
    ]);
    expect(sleeps).toHaveLength(2);
  });

  it('rides out a 429 on the listing, waiting as RateLimit asks', async () => {
    const { source, sleeps } = await hub({
      faults: [{ match: '/api/models', status: 429, count: 1, resetSeconds: 55 }],
    });
    const { releases, failures } = await source.discover(team({ huggingface: [ORG] }));
    expect(failures).toEqual([]);
    expect(releases).toHaveLength(10);
    expect(sleeps).toEqual([56_000]);
  });

  it('a listing that ends (no Link: next) short of X-Total-Count is LISTING_INCOMPLETE; one that reaches it is complete', async () => {
    const short = await hub({ pageSize: 4, plan: [{ match: '/api/models', fault: { kind: 'early-end' } }] });
    const cut = await short.source.discover(team({ huggingface: [ORG] }));
    expect(cut.releases).toHaveLength(4);
    expect(cut.failures).toEqual([
      expect.objectContaining({
        code: 'LISTING_INCOMPLETE',
        origin: `huggingface: ${ORG}`,
        message: expect.stringMatching(/says example-k-ai-team has 10 models .* ended after 4/),
      }),
    ]);
    await short.server.close();
    // The honest case: the same Hub, every page followed, the count met.
    const whole = await hub({ pageSize: 4 });
    const full = await whole.source.discover(team({ huggingface: [ORG] }));
    expect(full.failures).toEqual([]);
    expect(full.releases).toHaveLength(10);
    expect(whole.server.requests.filter((r) => r.pathname === '/api/models')).toHaveLength(3);
  });

  it('without a count header, the last page decides (the Hub may send none)', async () => {
    const pages = [[{ id: `${ORG}/a`, siblings: [] }], [{ id: `${ORG}/b`, siblings: [] }]];
    const http: HttpClient = {
      get: () => Promise.reject(new Error('unused')),
      getText: () => Promise.reject(new Error('unused')),
      stats: () => ({ api: 0, files: 0, retries: 0, notModified: 0, cacheHits: 0 }),
      figures: () => ({ api: noFigures(), file: noFigures() }),
      getJson: async (url) => {
        const page = url.includes('cursor=') ? 1 : 0;
        const headers = new Headers(
          page === 0 ? { link: `<https://hub.test/api/models?cursor=1>; rel="next"` } : {},
        );
        return { url, status: 200, headers, redirected: false, truncated: false, body: pages[page] };
      },
    };
    const listed = await listAuthor(http, 'https://hub.test', ORG);
    expect(listed.failure).toBeUndefined();
    expect(listed.items.map((i) => i.model.id)).toEqual([`${ORG}/a`, `${ORG}/b`]);
  });
});

describe('inspect', () => {
  it('maps the synthetic edge cases to facts, reading texts only from the resolver', async () => {
    const { server, source } = await hub();
    const { get, evidence } = await scan(source, team({ huggingface: [ORG] }));
    expect(server.apiCalls()).toBe(1);

    const open = get('open-apache-7b');
    expect(open.facts).toMatchObject({
      availability: 'public',
      revision: '3af42075d2b8c63d28b7b1000086422369c3bdb1',
      parameters: 7_000_000_000,
      declaredLicences: [{ origin: 'hub-card', value: 'apache-2.0' }],
      url: `${server.url}/${ORG}/open-apache-7b`,
    });
    expect(open.facts.files).toContain('model-00001-of-00003.safetensors');
    // The README is read on every release: its licence section may restrict what the card says.
    expect(open.texts).toEqual([
      expect.objectContaining({
        path: 'LICENSE',
        role: 'licence',
        url: `${server.url}/${ORG}/open-apache-7b/resolve/3af42075d2b8c63d28b7b1000086422369c3bdb1/LICENSE`,
        sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      }),
      expect.objectContaining({ path: 'README.md', role: 'readme' }),
    ]);
    expect(open.texts[0]?.text).toContain('Apache License');
    expect(Number.isNaN(Date.parse(open.fetchedAt))).toBe(false);
    expect(open.release).not.toHaveProperty('listing');

    expect(get('gated-auto-apache-3b').facts.availability).toBe('gated-auto');
    const manual = get('gated-manual-mit-3b');
    expect(manual.facts.availability).toBe('gated-manual');
    expect(manual.texts[0]?.error).toMatch(/^gated/);
    expect(manual.texts[0]?.text).toBeUndefined();

    const disabled = get('disabled-model-1b');
    expect(disabled.facts.availability).toBe('disabled');
    expect(disabled.texts).toEqual([]);

    const none = get('no-licence-1b');
    expect(none.facts.declaredLicences).toEqual([]);
    expect(none.texts.map((t) => [t.path, t.role])).toEqual([['README.md', 'readme']]);

    const other = get('other-unnamed-1b');
    expect(other.facts.declaredLicences).toEqual([{ origin: 'hub-card', value: 'other' }]);
    expect(other.texts[0]?.text).toMatch(/^---\nlicense: other\n---/);

    expect(get('multi-licence-2b').facts.declaredLicences.map((d) => d.value)).toEqual([
      'apache-2.0',
      'cc-by-4.0',
    ]);
    expect(get('nc-research-2b').facts.declaredLicences).toEqual([
      { origin: 'hub-card', value: 'cc-by-nc-4.0' },
    ]);
    expect(get('nc-research-2b').texts.map((t) => t.path)).toEqual(['README.md']);
    expect(evidence.every((e) => e.facts.failure === undefined)).toBe(true);
  });

  it('reads gated files only with a token granted access; otherwise records why (403 GatedRepo)', async () => {
    const { source } = await hub({ gatedAccess: [`${ORG}/gated-auto-apache-3b`] }, { token: TOKEN });
    const { get } = await scan(source, team({ huggingface: [ORG] }));
    expect(get('gated-auto-apache-3b').texts[0]?.text).toContain('Apache License');
    expect(get('gated-manual-mit-3b').texts[0]?.error).toMatch(/^gated: .*HTTP 403 \(GatedRepo/);
  });

  it('records a 307 rename: canonical id plus the id asked for', async () => {
    const { server, source } = await hub();
    const { discovery, evidence } = await scan(source, team({ models: [`${ORG}/renamed-old-7b`] }));
    expect(discovery.releases.map((r) => r.id)).toEqual([`${ORG}/renamed-new-7b`]);
    expect(evidence[0]?.facts).toMatchObject({
      id: `${ORG}/renamed-new-7b`,
      requestedId: `${ORG}/renamed-old-7b`,
    });
    expect(server.apiCalls()).toBe(2); // the 307 and the model it points to

    const direct = await source.inspect({
      source: 'huggingface',
      id: `${ORG}/renamed-old-7b`,
      team: 't',
      declared: true,
      origin: 'models',
    });
    expect(direct.facts).toMatchObject({ id: `${ORG}/renamed-new-7b`, requestedId: `${ORG}/renamed-old-7b` });
  });

  it('merges a declared old name into the listed renamed release', async () => {
    const { source } = await hub();
    const { releases } = await source.discover(
      team({ huggingface: [ORG], models: [`${ORG}/renamed-old-7b`] }),
    );
    expect(releases.filter((r) => r.id.includes('renamed'))).toEqual([
      expect.objectContaining({ id: `${ORG}/renamed-new-7b`, declared: true }),
    ]);
  });

  it('calls a declared id that is not found (401 anonymous, 404 with a token) missing', async () => {
    for (const token of [undefined, TOKEN]) {
      const { source, server } = await hub({}, { token });
      const { evidence } = await scan(
        source,
        team({ models: [`${ORG}/does-not-exist`, `${ORG}/private-preview-30b`] }),
      );
      const byId = Object.fromEntries(evidence.map((e) => [e.facts.id, e.facts]));
      expect(byId[`${ORG}/does-not-exist`]).toMatchObject({ availability: 'missing', files: null });
      expect(byId[`${ORG}/does-not-exist`]?.failure).toBeUndefined();
      expect(byId[`${ORG}/private-preview-30b`]?.availability).toBe(token ? 'private' : 'missing');
      await server.close();
    }
  });

  it('reads the file a relative or same-repo license_link names, pinned to sha', async () => {
    const { source } = await hub();
    const { byId } = await scan(source, team({ huggingface: ['LGAI-EXAONE', 'skt', 'upstage'] }));
    const exaone = byId.get('LGAI-EXAONE/EXAONE-4.0-32B')!;
    expect(exaone.facts.declaredLicences).toEqual([
      { origin: 'hub-card', value: 'other', name: 'exaone', link: 'LICENSE' },
    ]);
    expect(exaone.texts.map((t) => t.path)).toEqual(['LICENSE', 'README.md']);
    expect(exaone.texts[0]?.text).toContain('EXAONE AI Model License Agreement 1.2 - NC');
    expect(exaone.texts[0]?.url).toContain(`/resolve/${exaone.facts.revision}/LICENSE`);

    const ax = byId.get('skt/A.X-4.0')!;
    expect(ax.facts.baseModels).toEqual(['Qwen/Qwen2.5-72B']);
    expect(ax.facts.links).toContain('https://huggingface.co/skt/A.X-4.0/blob/main/LICENSE');
    expect(ax.texts.map((t) => t.path)).toEqual(['LICENSE', 'README.md']);

    const solar = byId.get('upstage/Solar-Open-100B')!;
    expect(solar.texts.map((t) => t.path)).toEqual(['LICENSE', 'README.md']);
    expect(solar.texts[0]?.text).toContain('Upstage Solar');
  });

  it('keeps a sibling-listed file that answers 404 as a text with an error', async () => {
    server = await startHubServer();
    const http = createHttpClient();
    const source = createHuggingFaceSource({ endpoint: server.url, http, pickFiles, now: () => NOW });
    const { byId } = await scan(source, team({ huggingface: ['upstage'] }));
    const solar = byId.get('upstage/Solar-Open-100B')!;
    expect(solar.fetchedAt).toBe(NOW.toISOString());
    expect(solar.texts.map((t) => t.path)).toEqual(['LICENSE', 'NOTICE', 'README.md']);
    expect(solar.texts[1]).toMatchObject({
      path: 'NOTICE',
      error: expect.stringMatching(/not found.*EntryNotFound/),
    });
  });

  it('falls back to model info when a listing item has no file list', async () => {
    const { server, source } = await hub();
    const evidence = await source.inspect({
      source: 'huggingface',
      id: `${ORG}/open-mit-1b`,
      team: 't',
      declared: false,
      origin: 'huggingface: x',
      listing: {
        lookup: {
          kind: 'found',
          raw: {},
          model: { id: `${ORG}/open-mit-1b`, files: null, tags: [], card: {} },
        },
      },
    });
    expect(server.apiCalls()).toBe(1);
    expect(evidence.facts.files).toContain('LICENSE');
  });

  it('turns a metadata request that finally fails into evidence with a failure, never a fact', async () => {
    const { source } = await hub(
      { hang: [`/api/models/${ORG}/open-mit-1b`] },
      { timeoutMs: 100, retries: 1 },
    );
    const { evidence } = await scan(source, team({ models: [`${ORG}/open-mit-1b`] }));
    expect(evidence[0]?.facts).toMatchObject({
      availability: null,
      files: null,
      failure: { code: 'TIMEOUT' },
    });
  });

  it('when every request fails: listings become failures, every model evidence carries a failure', async () => {
    const { source } = await hub({ failAll: 500 }, { token: TOKEN, retries: 1 });
    const { discovery, evidence } = await scan(
      source,
      team({ huggingface: [ORG, 'skt'], models: [`${ORG}/open-mit-1b`, 'skt/A.X-4.0'] }),
    );
    expect(discovery.failures.map((f) => f.origin)).toEqual([`huggingface: ${ORG}`, 'huggingface: skt']);
    expect(evidence).toHaveLength(2);
    for (const e of evidence) {
      expect(e.facts.availability).toBeNull();
      expect(e.facts.failure).toMatchObject({ code: 'HTTP_ERROR', status: 500 });
      expect(e.release.declared).toBe(true);
    }
    expect(JSON.stringify({ discovery, evidence })).not.toContain(TOKEN);
  });
});

describe('createSources', () => {
  it('reads HF_ENDPOINT (trailing slash trimmed) and HUGGING_FACE_HUB_TOKEN, returning the token as a secret', async () => {
    server = await startHubServer({ tokens: [TOKEN] });
    const { sources, secrets } = createSources({
      HF_ENDPOINT: `${server.url}//`,
      HUGGING_FACE_HUB_TOKEN: TOKEN,
    });
    expect(secrets).toEqual([TOKEN]);
    const evidence = await sources[0]!.inspect({
      source: 'huggingface',
      id: `${ORG}/open-mit-1b`,
      team: 't',
      declared: true,
      origin: 'models',
    });
    expect(evidence.facts.url).toBe(`${server.url}/${ORG}/open-mit-1b`);
    expect(server.requests.every((r) => r.authorized)).toBe(true);
  });

  it('returns every token the environment holds as a secret (used or not), and rejects an endpoint that is not http(s)', () => {
    // HF_TOKEN is the one sent; HUGGING_FACE_HUB_TOKEN is unused but still a secret to redact.
    expect(createSources({ HF_TOKEN: 'a-token', HUGGING_FACE_HUB_TOKEN: 'b-token' }).secrets).toEqual([
      'a-token',
      'b-token',
    ]);
    expect(createSources({ HF_TOKEN: '  ' }).secrets).toEqual([]);
    expect(() => createSources({ HF_ENDPOINT: 'ftp://example.org' })).toThrow(ConfigError);
    expect(() => createSources({ HF_ENDPOINT: 'not a url' })).toThrow(ConfigError);
  });
});

describe('the five-team world', () => {
  it('scans every team within a few /api calls, with no token in any evidence', async () => {
    const { server, source } = await hub({}, { token: TOKEN });
    const manifest = server.world.teams;
    // One declared id the listing returns (free), one it does not (one model-info call, answered 404).
    const LG_DECLARED = ['LGAI-EXAONE/EXAONE-4.0-32B', 'LGAI-EXAONE/EXAONE-5.0-unreleased'];
    const started = performance.now();
    const results = await Promise.all(
      Object.entries(manifest).map(([id, authors]) =>
        scan(source, team({ id, huggingface: authors, models: id === 'lg' ? LG_DECLARED : [] })),
      ),
    );
    const elapsed = performance.now() - started;
    const evidence = results.flatMap((r) => r.evidence);
    // Base models of other owners (served for lineage) belong to no team.
    expect(evidence).toHaveLength([...server.world.models.values()].filter((m) => m.team).length + 1);
    expect(results.flatMap((r) => r.discovery.failures)).toEqual([]);
    // One listing page per author (7 authors, each under 100 models) + one per declared id not listed.
    expect(server.apiCalls()).toBe(8);
    expect(source.stats()).toMatchObject({ api: 8, retries: 0 });
    expect(evidence.filter((e) => e.facts.availability === 'missing').map((e) => e.facts.id)).toEqual([
      'LGAI-EXAONE/EXAONE-5.0-unreleased',
    ]);
    expect(evidence.every((e) => e.facts.failure === undefined)).toBe(true);
    expect(JSON.stringify(evidence)).not.toContain(TOKEN);
    console.info(
      `world scan: ${evidence.length} models, ${source.stats().api} /api calls, ` +
        `${source.stats().files} file reads, ${elapsed.toFixed(0)} ms`,
    );
  });
});
