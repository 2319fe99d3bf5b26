import { beforeAll, describe, expect, it } from 'vitest';
import type { Team } from '../../src/config/programme.js';
import { type Identify, resolveLicence } from '../../src/detect/resolve.js';
import { judge } from '../../src/policy/judge.js';
import { type LoadedPolicy, loadPolicy } from '../../src/policy/load.js';
import { countsAsPublic } from '../../src/policy/public.js';
import type { Waiver } from '../../src/policy/schema.js';
import { applyWaivers, waiverFor } from '../../src/policy/waivers.js';
import type { Availability, Evidence, Finding, FindingCode } from '../../src/types.js';
import { card, hubEvidence } from '../support/evidence.js';

let msit: LoadedPolicy;
let strict: LoadedPolicy;
beforeAll(async () => {
  msit = await loadPolicy('msit-sovereign-ai-2025');
  strict = await loadPolicy('osi-strict');
});

describe('countsAsPublic', () => {
  it.each([
    ['public', 'public', 'public'],
    ['gated-auto', 'public', 'not-public'],
    ['gated-manual', 'not-public', 'not-public'],
    ['private', 'not-public', 'not-public'],
    ['disabled', 'not-public', 'not-public'],
    ['missing', 'not-public', 'not-public'],
    [null, 'unknown', 'unknown'],
    // A value no source writes (an edited bundle): never public.
    ['PRIVATE', 'unknown', 'unknown'],
  ] as const)('%s: %s under msit, %s under osi-strict', (availability, underMsit, underStrict) => {
    const a = availability as Availability | null;
    expect(countsAsPublic(a, msit.policy)).toBe(underMsit);
    expect(countsAsPublic(a, strict.policy)).toBe(underStrict);
  });
});

const identify: Identify = (text, { file }) =>
  text.startsWith('ID:')
    ? { licence: text.slice(3).trim(), confidence: 0.99, matcher: 'fake', file }
    : { licence: null, confidence: 0, matcher: 'fake', file };
const lookup = (id: string) =>
  id === 'CC-BY-NC-4.0' ? { name: id, flags: ['non-commercial' as const] } : undefined;
const team: Team = { id: 't', name: 'T', huggingface: ['org'], github: [], git: [], models: [], exclude: [] };
const run = (e: Evidence, policy = msit.policy) =>
  judge(e, resolveLicence(e, identify, policy.licences.minConfidence), {
    policy,
    team,
    lookup,
    refines: () => false,
    today: '2026-11-28',
  });

describe('judging availability through countsAsPublic', () => {
  it('click-through gating with an unknown file list is unknown, never compliant with no weights seen', () => {
    const m = run(
      hubEvidence('org/a', { availability: 'gated-auto', files: null, declaredLicences: [card('mit')] }),
    );
    expect(m.verdict).toBe('unknown');
    expect(m.reasons.map((r) => r.code)).toEqual(['FILES_UNKNOWN', 'GATED_AUTO']);
  });

  it('an availability no source writes is unknown', () => {
    const e = hubEvidence('org/a', {
      availability: 'PRIVATE' as Availability,
      declaredLicences: [card('mit')],
    });
    expect(run(e).verdict).toBe('unknown');
  });

  it('a file list that is known but malformed keeps the release open', () => {
    const e = hubEvidence('org/a', {
      files: null,
      problems: [{ code: 'MALFORMED_RESPONSE', message: '`siblings[1]` is not a file entry' }],
      declaredLicences: [card('mit')],
    });
    const m = run(e);
    expect(m.verdict).toBe('unknown');
    expect(m.reasons.map((r) => r.code)).toEqual(['MALFORMED_RESPONSE', 'FILES_UNKNOWN']);
  });

  it('a cut file list decides only with weights found and a licence decided', () => {
    const cut = [{ code: 'TRUNCATED', message: 'the file walk stopped at 20,000 files' }];
    const noWeights = run(
      hubEvidence('org/a', { files: ['README.md'], problems: cut, declaredLicences: [card('mit')] }),
    );
    expect(noWeights.verdict).toBe('unknown');
    expect(noWeights.reasons.map((r) => r.code)).toEqual(['FILES_TRUNCATED']);
    expect(run(hubEvidence('org/a', { problems: cut, declaredLicences: [card('mit')] })).verdict).toBe(
      'compliant',
    );
    expect(
      run(hubEvidence('org/a', { problems: cut, declaredLicences: [card('cc-by-nc-4.0')] })).verdict,
    ).toBe('non-compliant');
  });
});

describe('waivers', () => {
  const waiver: Waiver = {
    release: 'org/*',
    codes: ['NOT_PUBLIC'],
    reason: 'access granted to every applicant',
    approvedBy: 'MSIT review board, decision 2026-41',
    expires: '2026-12-31',
  };
  const notPublic: Finding = {
    code: 'NOT_PUBLIC',
    severity: 'error',
    message: 'the release is gated (manual approval)',
    args: { availability: 'gated-manual' },
    blocking: true,
  };

  it('applies on its last day, not after, and only to its releases and codes', () => {
    expect(waiverFor('org/a', 'NOT_PUBLIC', [waiver], '2026-12-31')).toBe(waiver);
    expect(waiverFor('org/a', 'NOT_PUBLIC', [waiver], '2027-01-01')).toBeUndefined();
    expect(waiverFor('other/a', 'NOT_PUBLIC', [waiver], '2026-11-28')).toBeUndefined();
    expect(waiverFor('org/a', 'LICENCE_MISSING', [waiver], '2026-11-28')).toBeUndefined();
    expect(waiverFor('ORG/A', 'NOT_PUBLIC', [{ ...waiver, expires: undefined }], '2099-01-01')).toBeDefined();
  });

  it('keeps the waived finding (no longer deciding) and puts WAIVED beside it: who, why, until when', () => {
    const out = applyWaivers('org/a', [notPublic], [waiver], '2026-11-28');
    expect(out).toEqual([
      {
        code: 'NOT_PUBLIC',
        severity: 'info',
        message: 'the release is gated (manual approval) (waived)',
        args: { availability: 'gated-manual', waived: 1 },
      },
      {
        code: 'WAIVED',
        severity: 'info',
        message:
          'NOT_PUBLIC waived until 2026-12-31, approved by MSIT review board, decision 2026-41: access granted to every applicant',
        args: {
          code: 'NOT_PUBLIC',
          approvedBy: 'MSIT review board, decision 2026-41',
          reason: 'access granted to every applicant',
          expires: '2026-12-31',
        },
      },
    ]);
    expect(applyWaivers('org/a', [notPublic], [waiver], '2027-01-01')).toEqual([notPublic]);
  });

  it('a waived licence finding leaves licence.approved false; the verdict says the waiver applied', () => {
    const policy = {
      ...msit.policy,
      waivers: [
        {
          ...waiver,
          codes: ['LICENCE_NOT_APPROVED', 'LICENCE_DENIED', 'LICENCE_NON_COMMERCIAL'] as FindingCode[],
        },
      ],
    };
    const e = hubEvidence('org/a', { declaredLicences: [card('cc-by-nc-4.0')] }, [
      { path: 'LICENSE', role: 'licence', text: 'ID: CC-BY-NC-4.0' },
    ]);
    const m = run(e, policy);
    expect(m.verdict).toBe('compliant');
    expect(m.licence).toMatchObject({ expression: 'CC-BY-NC-4.0', approved: false });
    expect(m.reasons.filter((r) => r.code === 'WAIVED')).toHaveLength(3);
  });

  it('requires who approved it', async () => {
    const { policySchema } = await import('../../src/policy/schema.js');
    const { approvedBy: _approvedBy, ...anonymous } = waiver;
    expect(policySchema.shape.waivers.safeParse([anonymous]).success).toBe(false);
    expect(policySchema.shape.waivers.safeParse([waiver]).success).toBe(true);
  });
});
