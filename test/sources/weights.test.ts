/**
 * Weights that are really there, through the real sources against the loopback Hub and GitHub and
 * local git repositories: a stub of each source is excluded with its figures, an honest model is
 * counted, and a size that cannot be established leaves the release unknown. The Hub's figures cost
 * no request when its listing states them; the tree and Range reads only when it does not.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type LoadedPolicy, loadPolicy } from '../../src/policy/load.js';
import { createHttpClient } from '../../src/sources/http.js';
import { treeWeights } from '../../src/sources/weights-hub.js';
import type { ModelResult } from '../../src/types.js';
import { MIT } from '../redteam/texts.js';
import { lfsPointer } from '../support/github-world.js';
import { startHubServer } from '../support/hub-server.js';
import { type CaseOutcome, type RedTeamCase, scanCases } from '../support/redteam-run.js';
import { buildHubWorld } from '../support/redteam-world.js';
import { buildSafetensors } from '../support/safetensors.js';

const card = { license: 'mit' };
// 1.5M parameters in I8: 1.5 MB, over both floors (1M parameters, 1 MiB).
const REAL = buildSafetensors([{ name: 'w', dtype: 'I8', shape: [1500, 1000] }]);
// 200k parameters in F32 (800 KB): a test fixture, not a model.
const TINY = buildSafetensors([{ name: 'w', dtype: 'F32', shape: [200, 1000] }]);
// 2 MB of bytes that are no safetensors header.
const GARBAGE = Buffer.concat([Buffer.from([0x7b, 0x22, 0, 0, 0, 0, 0, 0]), Buffer.alloc(2_000_000, 0x78)]);

const CASES: RedTeamCase[] = [
  {
    id: 'hub-one-byte',
    way: 11,
    what: 'a one-byte model.safetensors: the Hub states no figures, the tree says 1 byte',
    hub: [
      { name: 'm', card, files: { LICENSE: MIT }, binary: { 'model.safetensors': new Uint8Array([0x78]) } },
    ],
    expect: { verdict: 'excluded', codes: ['WEIGHTS_STUB'] },
  },
  {
    id: 'hub-listed-tiny',
    way: 11,
    what: 'the listing states 200k parameters',
    hub: [
      {
        name: 'm',
        card,
        files: { LICENSE: MIT, 'model.safetensors': '' },
        safetensors: { parameters: { F32: 200_000 }, total: 200_000 },
      },
    ],
    expect: { verdict: 'excluded', codes: ['WEIGHTS_STUB'] },
  },
  {
    id: 'hub-header-over-nothing',
    way: 11,
    what: 'a header claiming 7B parameters over a repository that stores 5 MB',
    hub: [
      {
        name: 'm',
        card,
        files: { LICENSE: MIT, 'model.safetensors': '' },
        safetensors: { parameters: { BF16: 7_000_000_000 }, total: 7_000_000_000 },
        usedStorage: 5_000_000,
      },
    ],
    expect: { verdict: 'excluded', codes: ['WEIGHTS_STUB'] },
  },
  {
    id: 'hub-tiny-header',
    way: 11,
    what: 'the Hub did not count it; its header, read by Range, says 200k parameters',
    hub: [{ name: 'm', card, files: { LICENSE: MIT }, binary: { 'model.safetensors': TINY } }],
    expect: { verdict: 'excluded', codes: ['WEIGHTS_STUB'] },
  },
  {
    id: 'hub-garbage-header',
    way: 11,
    what: '2 MB named model.safetensors that is no safetensors file: unknown, never counted',
    hub: [{ name: 'm', card, files: { LICENSE: MIT }, binary: { 'model.safetensors': GARBAGE } }],
    expect: { verdict: 'unknown', codes: ['WEIGHTS_UNKNOWN'] },
  },
  {
    id: 'hub-real-header',
    way: 'control',
    what: 'the Hub did not count it; its header says 1.5M parameters: a model',
    hub: [{ name: 'm', card, files: { LICENSE: MIT }, binary: { 'model.safetensors': REAL } }],
    expect: { verdict: 'compliant' },
  },
  {
    id: 'hub-listed',
    way: 'control',
    what: 'the listing states 1B parameters in BF16 and 2 GB stored',
    hub: [{ name: 'm', card, files: { LICENSE: MIT, 'model.safetensors': '' } }],
    expect: { verdict: 'compliant' },
  },
  {
    id: 'github-one-byte',
    way: 11,
    what: 'a one-byte weight file committed to GitHub (not LFS)',
    github: [
      {
        name: 'm',
        files: { LICENSE: MIT, 'model.safetensors': 'x' },
        licence: { path: 'LICENSE', spdxId: 'MIT' },
      },
    ],
    expect: { verdict: 'excluded', codes: ['WEIGHTS_STUB'] },
  },
  {
    id: 'github-lfs-stub',
    way: 11,
    what: 'an LFS pointer to a 10-byte file',
    github: [
      {
        name: 'm',
        files: { LICENSE: MIT, 'model.safetensors': lfsPointer(10, 'stub') },
        licence: { path: 'LICENSE', spdxId: 'MIT' },
      },
    ],
    expect: { verdict: 'excluded', codes: ['WEIGHTS_STUB'] },
  },
  {
    id: 'github-lfs',
    way: 'control',
    what: 'an LFS pointer to 2 GB of weights',
    github: [
      {
        name: 'm',
        files: { LICENSE: MIT, 'model.safetensors': '' },
        licence: { path: 'LICENSE', spdxId: 'MIT' },
      },
    ],
    expect: { verdict: 'compliant' },
  },
  {
    id: 'git-one-byte',
    way: 11,
    what: 'a one-byte model.safetensors in a git repository',
    git: { files: { LICENSE: MIT, 'model.safetensors': 'x' } },
    expect: { verdict: 'excluded', codes: ['WEIGHTS_STUB'] },
  },
  {
    id: 'git-real',
    way: 'control',
    what: 'a real safetensors file in a git repository: parameters from its header',
    git: { files: { LICENSE: MIT, 'model.safetensors': REAL } },
    expect: { verdict: 'compliant' },
  },
];

let policy: LoadedPolicy;
let outcomes: Map<string, CaseOutcome>;
const model = (id: string): ModelResult => outcomes.get(id)!.team.models[0]!;

beforeAll(async () => {
  policy = await loadPolicy('msit-sovereign-ai-2025');
  ({ outcomes } = await scanCases(CASES, policy));
}, 60_000);

describe('weights that are really there', () => {
  for (const c of CASES) {
    it(`${c.way === 'control' ? 'control' : 'trap'}: ${c.what}`, () => {
      const m = model(c.id);
      expect(m.verdict, JSON.stringify(m.reasons)).toBe(c.expect.verdict);
      for (const code of c.expect.codes ?? []) expect(m.reasons.map((r) => r.code)).toContain(code);
    });
  }

  it('a stub is excluded with its figures, and the team counts nothing', () => {
    const stub = model('hub-one-byte').reasons.find((r) => r.code === 'WEIGHTS_STUB')!;
    expect(stub.args).toMatchObject({ variant: 'bytes', bytes: 1, minBytes: 1_048_576 });
    expect(model('hub-one-byte').weightFigures).toEqual({ bytes: 1, parameters: null, source: 'hub-tree' });
    expect(outcomes.get('hub-one-byte')!.team).toMatchObject({ counted: 0, excluded: 1, status: 'fail' });
    expect(model('hub-header-over-nothing').reasons.find((r) => r.code === 'WEIGHTS_STUB')!.message).toMatch(
      /take 14,000,000,000 bytes, but the repository stores 5,000,000/,
    );
  });

  it('figures from a header read by Range, from a git file, and from the listing', () => {
    expect(model('hub-real-header').weightFigures).toEqual({
      bytes: REAL.length,
      parameters: 1_500_000,
      source: 'safetensors-header',
    });
    expect(model('git-real').weightFigures).toEqual({
      bytes: REAL.length,
      parameters: 1_500_000,
      source: 'safetensors-header',
    });
    expect(model('hub-listed').weightFigures).toEqual({
      bytes: null,
      parameters: 1_000_000_000,
      source: 'hub-listing',
    });
    expect(model('github-lfs').weightFigures).toEqual({
      bytes: 2_000_000_000,
      parameters: null,
      source: 'lfs-pointer',
    });
  });
});

describe('request cost of the weights', () => {
  it('the listing costs nothing more; the tree one /api call; headers two Range reads each', async () => {
    const hub = await startHubServer({
      world: buildHubWorld([
        { id: 'o/real', card, binary: { 'model.safetensors': REAL } },
        { id: 'o/listed', card, files: { 'model.safetensors': '' } },
      ]),
    });
    try {
      const http = createHttpClient({ retries: 0 });
      const read = await treeWeights(http, hub.url, { id: 'o/real', sha: undefined }, undefined);
      expect(read).toMatchObject({ parameters: 1_500_000, bytes: REAL.length });
      expect(hub.requests.map((r) => r.pathname)).toEqual([
        '/api/models/o/real/tree/main',
        '/o/real/resolve/main/model.safetensors',
        '/o/real/resolve/main/model.safetensors',
      ]);
      expect(hub.requests.filter((r) => r.status === 206)).toHaveLength(2);
    } finally {
      await hub.close();
    }
  });
});
