/**
 * Red team, part two: `openquota check DIR` (way 14: front matter counted twice, availability said
 * public, test fixtures read as the licence; and the directory walk's cap, way 10) and waivers
 * (way 15: a waived model must say the waiver applied, and the licence stays what it is).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { defaultEngine } from '../../src/detect/engine.js';
import { type LoadedPolicy, loadPolicy } from '../../src/policy/load.js';
import { createSources } from '../../src/sources/create.js';
import type { FindingCode } from '../../src/types.js';
import { makeRepo } from '../support/git-repos.js';
import { scanCases } from '../support/redteam-run.js';
import { CC_BY_NC, GPL3, MIT, WEIGHTS } from './texts.js';

const NOW = new Date('2026-11-28T00:00:00.000Z');
let msit: LoadedPolicy;
beforeAll(async () => {
  msit = await loadPolicy('msit-sovereign-ai-2025');
});

/** `check DIR` through the real local source, as `openquota check` runs it. */
async function checkDir(files: Record<string, string>, policy = msit) {
  const { dir } = makeRepo({ git: false, files });
  const { sources } = createSources({}, { cwd: dir, noCache: true });
  return (await check({ target: dir, policy, sources, engine: defaultEngine(), now: NOW, cwd: dir })).model;
}
const codes = (m: { reasons: { code: string }[] }) => m.reasons.map((r) => r.code);
const FRONT_MATTER_APACHE = '---\nlicense: apache-2.0\n---\n# m\n\nA model.\n';

describe('red team 14: check DIR', () => {
  it('trap: front matter alone does not also count as the detected text', async () => {
    const strict = {
      ...msit,
      policy: { ...msit.policy, licences: { ...msit.policy.licences, metadataOnly: 'unknown' as const } },
    };
    const m = await checkDir({ 'README.md': FRONT_MATTER_APACHE, ...WEIGHTS }, strict);
    expect(m.licence).toMatchObject({ declared: 'Apache-2.0', detected: null });
    expect(m.verdict).toBe('unknown');
    expect(codes(m)).toContain('LICENCE_TEXT_MISSING');
    // Under the default policy, card-only metadata stands: for what the front matter says, not twice.
    const allowed = await checkDir({ 'README.md': FRONT_MATTER_APACHE, ...WEIGHTS });
    expect(allowed).toMatchObject({
      verdict: 'compliant',
      licence: { declared: 'Apache-2.0', detected: null },
    });
  });

  it('trap: a directory never reports itself public', async () => {
    const m = await checkDir({ LICENSE: MIT, ...WEIGHTS });
    expect(m.availability).toBeNull();
    expect(codes(m)[0]).toBe('AVAILABILITY_NOT_CHECKED');
    expect(m.verdict).toBe('compliant');
  });

  it('trap: a non-commercial licence beside the weights in a folder is read', async () => {
    const m = await checkDir({
      LICENSE: MIT,
      'checkpoints/LICENSE': CC_BY_NC,
      'checkpoints/model.safetensors': '',
    });
    expect(m.verdict).toBe('non-compliant');
    expect(m.licence.expression).toBe('MIT AND CC-BY-NC-4.0');
  });

  it('control: licences of nested test fixtures and vendored code are not the release’s', async () => {
    const m = await checkDir({
      LICENSE: MIT,
      'tests/fixtures/licences/gpl/LICENSE': GPL3,
      'tests/fixtures/licences/nc/LICENSE.md': CC_BY_NC,
      'vendor/lib/COPYING': GPL3,
      ...WEIGHTS,
    });
    expect(m).toMatchObject({ verdict: 'compliant', licence: { expression: 'MIT' } });
    expect(m.licence.detections.map((d) => d.file)).toEqual(['LICENSE']);
  });
});

describe('red team 10: the directory walk stops at 20,000 files', () => {
  it('trap: weights beyond the cut are not "no weights"; the cut is a finding', async () => {
    const { dir } = makeRepo({ git: false, files: { LICENSE: MIT, 'deep/inner/model.safetensors': '' } });
    mkdirSync(join(dir, 'data'));
    for (let i = 0; i <= 20_000; i++) writeFileSync(join(dir, 'data', `${i}.json`), '');
    const { sources } = createSources({}, { cwd: dir, noCache: true });
    const m = (
      await check({ target: dir, policy: msit, sources, engine: defaultEngine(), now: NOW, cwd: dir })
    ).model;
    expect(m.verdict).toBe('unknown');
    expect(codes(m)).toContain('FILES_TRUNCATED');
    expect(codes(m)).not.toContain('NO_WEIGHTS');
  });
});

describe('red team 15: waivers', () => {
  const nc = { card: { license: 'cc-by-nc-4.0' }, files: { LICENSE: CC_BY_NC, ...WEIGHTS } };
  const waiver = {
    codes: ['LICENCE_NOT_APPROVED', 'LICENCE_DENIED', 'LICENCE_NON_COMMERCIAL'] as FindingCode[],
    reason: 'research consortium release, reviewed',
    approvedBy: 'MSIT review board, decision 2026-41',
  };

  it('a waived model says the waiver applied; the licence stays unapproved; expired waivers do nothing', async () => {
    const policy = {
      ...msit,
      policy: {
        ...msit.policy,
        waivers: [
          { ...waiver, release: 'w15-waived/*', expires: '2026-12-31' },
          { ...waiver, release: 'w15-expired/*', expires: '2026-11-27' },
          { ...waiver, codes: ['LICENCE_DENIED'] as FindingCode[], release: 'w15-partial/*' },
        ],
      },
    };
    const base = { way: 15, expect: {} };
    const { outcomes } = await scanCases(
      [
        { ...base, id: 'w15-waived', what: 'waived', hub: [{ name: 'm', ...nc }] },
        { ...base, id: 'w15-expired', what: 'expired waiver', hub: [{ name: 'm', ...nc }] },
        { ...base, id: 'w15-partial', what: 'one code waived', hub: [{ name: 'm', ...nc }] },
      ],
      policy,
    );
    const waived = outcomes.get('w15-waived')!.model!;
    expect(waived.verdict).toBe('compliant');
    expect(waived.licence).toMatchObject({ expression: 'CC-BY-NC-4.0', approved: false });
    const notes = waived.reasons.filter((r) => r.code === 'WAIVED');
    expect(notes.map((r) => r.args?.code).sort()).toEqual(waiver.codes.slice().sort());
    expect(notes[0]?.args).toMatchObject({
      approvedBy: waiver.approvedBy,
      reason: waiver.reason,
      expires: '2026-12-31',
    });
    expect(notes[0]?.message).toContain('approved by MSIT review board, decision 2026-41');
    expect(waived.reasons.filter((r) => r.severity === 'error')).toEqual([]);

    const expired = outcomes.get('w15-expired')!.model!;
    expect(expired.verdict).toBe('non-compliant');
    expect(codes(expired)).not.toContain('WAIVED');

    const partial = outcomes.get('w15-partial')!.model!;
    expect(partial.verdict).toBe('non-compliant');
    expect(codes(partial).filter((c) => c === 'WAIVED')).toHaveLength(1);
  });
});
