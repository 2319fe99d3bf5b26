/**
 * Count real releases once (issue 11), through the real pipeline against the loopback Hub and
 * GitHub: the fictional team must read fail 2/5 (main said pass 13/14), and each rule has
 * its trap and its honest case beside it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type LoadedPolicy, loadPolicy } from '../../src/policy/load.js';
import type { ModelResult, TeamResult } from '../../src/types.js';
import { APACHE, CC_BY_NC, MIT } from '../redteam/texts.js';
import { type CaseOutcome, type RedTeamCase, scanCases } from '../support/redteam-run.js';
import type { HubModelSpec } from '../support/redteam-world.js';

const T = 'fictional-ai';
const weights = (parameters: number) => ({
  safetensors: { parameters: { BF16: parameters }, total: parameters },
  usedStorage: parameters * 2 + 10_000,
});
const apache = { license: 'apache-2.0' };

/** The team: one real Apache model and three quantised copies, five stubs, three derivatives, an NC 32B, a fork. */
const FICTIONAL: RedTeamCase = {
  id: T,
  way: 'control',
  what: 'the fictional team of issue 11',
  hub: [
    { name: 'Hanul-7B', card: apache, files: { LICENSE: APACHE, 'model.safetensors': '' }, ...weights(7e9) },
    {
      name: 'Hanul-7B-GGUF',
      card: { ...apache, base_model: `${T}/Hanul-7B`, base_model_relation: 'quantized' },
      files: { LICENSE: APACHE, 'hanul-7b-q4_k_m.gguf': '' },
      gguf: { total: 7e9, architecture: 'llama' },
      usedStorage: 4.2e9,
    },
    // No relation on the card: the name says AWQ.
    {
      name: 'Hanul-7B-AWQ',
      card: { ...apache, base_model: `${T}/Hanul-7B` },
      files: { LICENSE: APACHE, 'model.safetensors': '' },
    },
    // No relation on the card: the Hub's own tag says quantized.
    {
      name: 'Hanul-7B-mlx',
      card: { ...apache, base_model: `${T}/Hanul-7B` },
      tags: ['license:apache-2.0', `base_model:${T}/Hanul-7B`, `base_model:quantized:${T}/Hanul-7B`],
      files: { LICENSE: APACHE, 'model.safetensors': '' },
    },
    ...[1, 2, 3, 4, 5].map((n) => ({
      name: `Hanul-${n}B`,
      card: apache,
      files: { LICENSE: APACHE },
      binary: { 'model.safetensors': new Uint8Array([0x7b]) },
    })),
    {
      name: 'Hanul-Llama-8B',
      card: { ...apache, base_model: 'meta-llama/Llama-3.1-8B', base_model_relation: 'finetune' },
      files: { LICENSE: APACHE, 'model.safetensors': '' },
      ...weights(8e9),
    },
    {
      name: 'Hanul-Gemma-9B',
      card: { license: 'mit', base_model: 'google/gemma-2-9b' },
      files: { LICENSE: MIT, 'model.safetensors': '' },
      ...weights(9e9),
    },
    {
      name: 'Hanul-Qwen-7B',
      card: { ...apache, base_model: 'Qwen/Qwen2.5-7B', base_model_relation: 'finetune' },
      files: { LICENSE: APACHE, 'model.safetensors': '' },
      ...weights(7.6e9),
    },
    {
      name: 'Hanul-32B',
      card: { license: 'cc-by-nc-4.0' },
      files: { LICENSE: CC_BY_NC, 'model.safetensors': '' },
      ...weights(32e9),
    },
  ],
  github: [
    {
      name: 'llama.cpp',
      forkOf: 'ggml-org/llama.cpp',
      files: { LICENSE: MIT, 'src/llama.cpp': '' },
      licence: { path: 'LICENSE', spdxId: 'MIT' },
    },
  ],
  expect: { status: 'fail' },
};

const CASES: RedTeamCase[] = [
  FICTIONAL,
  {
    id: 'private-original',
    way: 'control',
    what: 'a private original with a public copy: the family is the original’s, not public',
    hub: [
      { name: 'm', private: true, card: apache, files: { LICENSE: APACHE, 'model.safetensors': '' } },
      {
        name: 'm-GGUF',
        card: { ...apache, base_model: 'private-original/m', base_model_relation: 'quantized' },
        files: { LICENSE: APACHE, 'm.gguf': '' },
      },
    ],
    // Declared: an anonymous listing never shows a private repository.
    team: { models: ['{org}/m'] },
    expect: { status: 'fail' },
  },
  {
    id: 'chain',
    way: 'control',
    what: 'base -> fine-tune -> quantised copy, all the team’s: two releases, the copy under the fine-tune',
    hub: [
      { name: 'base', card: apache, files: { LICENSE: APACHE, 'model.safetensors': '' } },
      {
        name: 'chat',
        card: { ...apache, base_model: 'chain/base', base_model_relation: 'finetune' },
        files: { LICENSE: APACHE, 'model.safetensors': '' },
      },
      {
        name: 'chat-GGUF',
        card: { ...apache, base_model: 'chain/chat', base_model_relation: 'quantized' },
        files: { LICENSE: APACHE, 'chat.gguf': '' },
      },
    ],
    expect: { status: 'pass' },
  },
  {
    id: 'adapter',
    way: 9,
    what: 'a LoRA adapter is listed, not counted',
    hub: [
      { name: 'base', card: apache, files: { LICENSE: APACHE, 'model.safetensors': '' } },
      {
        name: 'lora',
        card: { ...apache, base_model: 'adapter/base' },
        files: { LICENSE: APACHE, 'adapter_config.json': '{}', 'adapter_model.safetensors': '' },
      },
    ],
    expect: { status: 'pass' },
  },
  {
    id: 'cross-source',
    way: 9,
    what: 'the same model on the Hub and on GitHub counts once',
    hub: [
      {
        name: 'Byeol-3B',
        card: { ...apache, repo: 'https://github.com/cross-source/Byeol-3B' },
        files: { LICENSE: APACHE, 'model.safetensors': '' },
      },
    ],
    github: [
      {
        name: 'Byeol-3B',
        files: {
          LICENSE: MIT,
          'README.md': '# Byeol-3B\n\nhttps://huggingface.co/cross-source/Byeol-3B\n',
          'model.safetensors': '',
        },
        licence: { path: 'LICENSE', spdxId: 'MIT' },
      },
    ],
    expect: { status: 'pass' },
  },
  {
    id: 'unreadable-base',
    way: 'control',
    what: 'a fine-tune of a base that cannot be read: the licence is not established',
    hub: [
      {
        name: 'ft',
        card: { ...apache, base_model: 'gone/vanished-3b', base_model_relation: 'finetune' },
        files: { LICENSE: APACHE, 'model.safetensors': '' },
      },
    ],
    expect: { status: 'incomplete' },
  },
];

const OTHERS: HubModelSpec[] = [
  { id: 'meta-llama/Llama-3.1-8B', card: { license: 'llama3.1' }, files: { 'model.safetensors': '' } },
  { id: 'google/gemma-2-9b', card: { license: 'gemma' }, files: { 'model.safetensors': '' } },
  { id: 'Qwen/Qwen2.5-7B', card: { license: 'apache-2.0' }, files: { 'model.safetensors': '' } },
];

let policy: LoadedPolicy;
let outcomes: Map<string, CaseOutcome>;
let apiCalls: number;
const team = (id: string): TeamResult => outcomes.get(id)!.team;
const model = (t: string, name: string): ModelResult => team(t).models.find((m) => m.id === `${t}/${name}`)!;
const codes = (m: ModelResult) => m.reasons.map((r) => r.code);

beforeAll(async () => {
  policy = await loadPolicy('msit-sovereign-ai-2025');
  ({ outcomes, apiCalls } = await scanCases(CASES, policy, OTHERS));
}, 60_000);

describe('the fictional team of issue 11', () => {
  it('reads fail 2/5', () => {
    expect(team(T)).toMatchObject({ status: 'fail', counted: 5, compliant: 2, nonCompliant: 3, unknown: 0 });
  });

  it('lists every copy under its original, and counts the family once', () => {
    const original = model(T, 'Hanul-7B');
    expect(original.verdict).toBe('compliant');
    expect(original.family).toBe(`${T}/Hanul-7B`);
    expect(original.copies?.map((c) => [c.id.split('/')[1], c.relation]).sort()).toEqual([
      ['Hanul-7B-AWQ', 'quantized'],
      ['Hanul-7B-GGUF', 'quantized'],
      ['Hanul-7B-mlx', 'quantized'],
    ]);
    for (const name of ['Hanul-7B-GGUF', 'Hanul-7B-AWQ', 'Hanul-7B-mlx']) {
      expect(model(T, name)).toMatchObject({ verdict: 'excluded', family: `${T}/Hanul-7B` });
      expect(codes(model(T, name))[0]).toBe('FAMILY_COPY');
    }
  });

  it('excludes every stub with its figures', () => {
    for (const n of [1, 2, 3, 4, 5]) {
      const stub = model(T, `Hanul-${n}B`);
      expect(stub.verdict).toBe('excluded');
      expect(stub.reasons.find((r) => r.code === 'WEIGHTS_STUB')?.args).toMatchObject({ bytes: 1 });
    }
  });

  it('both relabelled derivatives inherit their base’s licence and are non-compliant', () => {
    const llama = model(T, 'Hanul-Llama-8B');
    expect(llama.verdict).toBe('non-compliant');
    const inherited = llama.reasons.find((r) => r.code === 'LICENCE_INHERITED')!;
    expect(inherited).toMatchObject({
      severity: 'error',
      args: { base: 'meta-llama/Llama-3.1-8B', licence: 'LicenseRef-llama3.1' },
    });
    expect(String(inherited.args?.clause)).toMatch(/Llama Materials/);
    expect(llama.licence.expression).toBe('(Apache-2.0) AND (LicenseRef-llama3.1)');
    const gemma = model(T, 'Hanul-Gemma-9B');
    expect(gemma.verdict).toBe('non-compliant');
    expect(gemma.reasons.find((r) => r.code === 'LICENCE_INHERITED')?.args).toMatchObject({
      base: 'google/gemma-2-9b',
      licence: 'LicenseRef-gemma',
    });
    expect(gemma.lineage).toEqual([
      { id: 'google/gemma-2-9b', relation: 'base', own: false, licence: 'LicenseRef-gemma' },
    ]);
  });

  it('the Apache fine-tune of an Apache Qwen base is compliant, flagged THIRD_PARTY_BASE', () => {
    const qwen = model(T, 'Hanul-Qwen-7B');
    expect(qwen.verdict).toBe('compliant');
    expect(qwen.reasons.find((r) => r.code === 'THIRD_PARTY_BASE')).toMatchObject({
      severity: 'warning',
      args: { owner: 'Qwen', model: 'Qwen/Qwen2.5-7B', relation: 'finetune' },
    });
    expect(codes(qwen)).not.toContain('LICENCE_INHERITED');
  });

  it('the fork is listed, not counted; the NC model counts and fails', () => {
    const fork = team(T).models.find((m) => m.id === `${T}/llama.cpp`)!;
    expect(fork.verdict).toBe('excluded');
    expect(fork.reasons.find((r) => r.code === 'FORK')?.args).toEqual({ parent: 'ggml-org/llama.cpp' });
    expect(model(T, 'Hanul-32B').verdict).toBe('non-compliant');
  });

  it('shows the parameter share: 14.6B compliant of 63.6B counted', () => {
    expect(team(T).parameterShare).toBeCloseTo((7e9 + 7.6e9) / (7e9 + 8e9 + 9e9 + 7.6e9 + 32e9), 6);
  });

  it('reads each distinct third-party base once', () => {
    // One listing page per case author, plus three bases, plus the tree reads of the stubs and of the
    // models whose listing states no parameter count, plus one unreadable base.
    expect(apiCalls).toBeLessThanOrEqual(CASES.length + 3 + 1 + 5 + 10);
  });
});

describe('families and lineage: traps and honest cases', () => {
  it('a private original with a public copy: the family is the original’s verdict', () => {
    expect(team('private-original')).toMatchObject({ counted: 1, compliant: 0, status: 'fail' });
    expect(model('private-original', 'm').verdict).toBe('non-compliant');
    expect(model('private-original', 'm-GGUF')).toMatchObject({
      verdict: 'excluded',
      family: 'private-original/m',
    });
  });

  it('base -> fine-tune -> quantised copy: two releases, the copy under the fine-tune', () => {
    expect(team('chain')).toMatchObject({ counted: 2, compliant: 2, status: 'pass' });
    expect(model('chain', 'chat-GGUF')).toMatchObject({ verdict: 'excluded', family: 'chain/chat' });
    expect(model('chain', 'chat').lineage).toEqual([
      { id: 'chain/base', relation: 'finetune', own: true, licence: 'Apache-2.0' },
    ]);
    expect(codes(model('chain', 'chat'))).not.toContain('THIRD_PARTY_BASE');
  });

  it('an adapter is listed, not counted', () => {
    expect(team('adapter')).toMatchObject({ counted: 1 });
    expect(codes(model('adapter', 'lora'))).toContain('ADAPTER');
  });

  it('the same model on GitHub is a copy of the Hub release, under another licence', () => {
    expect(team('cross-source')).toMatchObject({ counted: 1, compliant: 1 });
    const hub = team('cross-source').models.find((m) => m.source === 'huggingface')!;
    expect(hub.copies).toMatchObject([
      { source: 'github', id: 'cross-source/Byeol-3B', relation: 'same-model' },
    ]);
    expect(codes(hub)).toContain('COPY_LESS_OPEN');
  });

  it('an unreadable base leaves the licence unknown', () => {
    const ft = model('unreadable-base', 'ft');
    expect(ft.verdict).toBe('unknown');
    expect(codes(ft)).toEqual(expect.arrayContaining(['THIRD_PARTY_BASE', 'BASE_UNREADABLE']));
  });
});

describe('policy switches', () => {
  it('count: repository keeps every repository counted; thirdPartyBase: not-counted sets derivatives aside', async () => {
    const repository = { ...policy, policy: { ...policy.policy, count: 'repository' as const } };
    const notCounted = {
      ...policy,
      policy: { ...policy.policy, lineage: { thirdPartyBase: 'not-counted' as const } },
    };
    const [a, b] = await Promise.all([
      scanCases([FICTIONAL], repository, OTHERS),
      scanCases([FICTIONAL], notCounted, OTHERS),
    ]);
    expect(a.outcomes.get(T)!.team).toMatchObject({ counted: 8, compliant: 5 });
    expect(b.outcomes.get(T)!.team).toMatchObject({ counted: 2, compliant: 1 });
  }, 60_000);
});

describe('threshold measure', () => {
  it('parameters: the fictional team weighs 14.6B compliant of 63.6B; both: fails on either', async () => {
    const { byParameters } = await import('../../src/policy/tally.js');
    const models = team(T).models;
    expect(byParameters(models, 0.5)).toMatchObject({
      status: 'fail',
      code: 'PARAMETERS_AT_OR_BELOW_THRESHOLD',
    });
    expect(byParameters(models, 0.2)).toMatchObject({ status: 'pass' });
    // An honest team of a small compliant model and a large non-compliant one passes by head
    // count (2 of 3) and fails by parameters.
    const m = (verdict: ModelResult['verdict'], parameters: number | null) =>
      ({ ...models[0]!, verdict, parameters }) as ModelResult;
    const small = [m('compliant', 5e8), m('compliant', 5e8), m('non-compliant', 2.36e11)];
    expect(byParameters(small, 0.5).status).toBe('fail');
    expect(byParameters([...small, m('unknown', null)], 0.5).code).toBe('PARAMETERS_UNKNOWN');
    const { tallyTeam } = await import('../../src/policy/tally.js');
    expect(tallyTeam({ id: 'x', name: 'X' }, small, 0.5, [], 'releases').status).toBe('pass');
    expect(tallyTeam({ id: 'x', name: 'X' }, small, 0.5, [], 'both').status).toBe('fail');
    expect(tallyTeam({ id: 'x', name: 'X' }, small, 0.5, [], 'parameters').status).toBe('fail');
  });
});
