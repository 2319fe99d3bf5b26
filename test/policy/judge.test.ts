import { beforeAll, describe, expect, it } from 'vitest';
import type { Team } from '../../src/config/programme.js';
import { type Identify, resolveLicence } from '../../src/detect/resolve.js';
import { judge } from '../../src/policy/judge.js';
import { type LoadedPolicy, loadPolicy } from '../../src/policy/load.js';
import type { Evidence, ModelResult } from '../../src/types.js';
import { card, hubEvidence } from '../support/evidence.js';

// A stand-in licence engine: texts are labelled by their first line, so each case says what it holds.
const identify: Identify = (text, { file }) => {
  const first = text.split('\n')[0]!;
  return first.startsWith('ID:')
    ? { licence: first.slice(3).trim(), confidence: 0.99, matcher: 'fake', file }
    : { licence: null, confidence: 0, matcher: 'fake', file, closest: { licence: 'MIT', confidence: 0.4 } };
};
const FLAGS: Record<string, ('non-commercial' | 'restricted-use')[]> = {
  'LicenseRef-exaone-1.2-nc': ['non-commercial', 'restricted-use'],
  'LicenseRef-exaone': ['non-commercial', 'restricted-use'],
  'LicenseRef-llama3.1': ['restricted-use'],
};
const lookup = (id: string) => (FLAGS[id] ? { name: id, flags: FLAGS[id]! } : undefined);
const refines = (general: string, specific: string) =>
  general === 'LicenseRef-exaone' && specific.startsWith('LicenseRef-exaone-');

const team: Team = {
  id: 'team-a',
  name: 'Team A',
  huggingface: ['org'],
  github: [],
  git: [],
  models: [],
  exclude: ['org/*-GGUF', { pattern: 'org/old-*', reason: 'retired before the programme' }],
};

let msit: LoadedPolicy;
let strict: LoadedPolicy;
beforeAll(async () => {
  msit = await loadPolicy('msit-sovereign-ai-2025');
  strict = await loadPolicy('osi-strict');
});

function run(e: Evidence, policy = msit, today = '2026-11-28'): ModelResult {
  const resolved = resolveLicence(e, identify, policy.policy.licences.minConfidence);
  return judge(e, resolved, { policy: policy.policy, team, lookup, refines, today });
}
const codes = (m: ModelResult) => m.reasons.map((r) => r.code).sort();
const licenceFile = (text: string) => ({ path: 'LICENSE', role: 'licence' as const, text });

describe('judge', () => {
  it('public + Apache-2.0 card is compliant', () => {
    const m = run(hubEvidence('org/a', { declaredLicences: [card('apache-2.0')] }));
    expect(m).toMatchObject({ verdict: 'compliant', licence: { expression: 'Apache-2.0', approved: true } });
    expect(m.weights).toEqual(['model.safetensors']);
  });

  it.each([
    ['private', 'non-compliant'],
    ['disabled', 'non-compliant'],
    ['missing', 'non-compliant'],
    ['gated-manual', 'non-compliant'],
  ] as const)('%s is not public: %s', (availability, verdict) => {
    const m = run(hubEvidence('org/a', { availability, declaredLicences: [card('mit')] }));
    expect(m.verdict).toBe(verdict);
    expect(codes(m)).toContain('NOT_PUBLIC');
  });

  it('click-through gating counts as public with a finding; osi-strict says not public', () => {
    const e = hubEvidence('org/a', { availability: 'gated-auto', declaredLicences: [card('apache-2.0')] });
    expect(run(e)).toMatchObject({ verdict: 'compliant' });
    expect(codes(run(e))).toEqual(['GATED_AUTO']);
    expect(run(e, strict).verdict).toBe('non-compliant');
  });

  it('no weight files: excluded, not counted', () => {
    const m = run(
      hubEvidence('org/code', { files: ['README.md', 'train.py'], declaredLicences: [card('mit')] }),
    );
    expect(m.verdict).toBe('excluded');
    expect(codes(m)).toEqual(['NO_WEIGHTS']);
  });

  it('a declared release is never excluded: it is judged, counted, and the glob is named', () => {
    const m = run(
      hubEvidence('org/x-GGUF', { declaredLicences: [card('cc-by-nc-4.0')] }, [], {
        declared: true,
        origin: 'models: org/x-GGUF',
      }),
    );
    expect(m.verdict).toBe('non-compliant');
    expect(codes(m)).toContain('DECLARED_NOT_EXCLUDED');
    expect(m.reasons.find((r) => r.code === 'DECLARED_NOT_EXCLUDED')?.args).toEqual({
      pattern: 'org/*-GGUF',
    });
  });

  it('a release whose file list is unknown never has its licence established, nor "missing"', () => {
    const m = run(hubEvidence('org/a', { files: null, availability: 'private' }));
    expect(m.verdict).toBe('non-compliant');
    expect(codes(m)).toEqual(['NOT_PUBLIC']);
    expect(m.licence.approved).toBeNull();
  });

  it('programme exclusions carry their reason', () => {
    expect(run(hubEvidence('org/x-GGUF')).verdict).toBe('excluded');
    const m = run(hubEvidence('org/old-1'));
    expect(m.reasons[0]?.message).toMatch(/retired before the programme/);
  });

  it('a source failure is unknown, never compliant', () => {
    const m = run(
      hubEvidence('org/a', {
        availability: null,
        files: null,
        failure: { code: 'TIMEOUT', message: 'timed out' },
      }),
    );
    expect(m.verdict).toBe('unknown');
    expect(codes(m)).toEqual(['SOURCE_FAILED']);
    // No URL recorded, none invented.
    expect(m.reasons[0]?.args).toEqual({ code: 'TIMEOUT', detail: 'timed out' });
  });

  it('a source failure names the URL that failed (as the source redacted it), so a report names its host', () => {
    const url = 'https://api.github.com/repos/org/a/git/trees/HEAD';
    const m = run(
      hubEvidence('org/a', {
        availability: null,
        files: null,
        failure: { code: 'HTTP_ERROR', message: 'GET /repos/org/a: 502', url, status: 502 },
      }),
    );
    expect(m.reasons[0]).toMatchObject({ code: 'SOURCE_FAILED', args: { code: 'HTTP_ERROR', url } });
  });

  it('`other` + LICENSE text: the text is the licence', () => {
    const m = run(
      hubEvidence('org/a', { declaredLicences: [card('other', 'exaone')] }, [
        licenceFile('ID: LicenseRef-exaone-1.2-nc'),
      ]),
    );
    expect(m).toMatchObject({ verdict: 'non-compliant', licence: { detected: 'LicenseRef-exaone-1.2-nc' } });
    expect(codes(m)).toEqual(['LICENCE_NON_COMMERCIAL', 'LICENCE_NOT_APPROVED', 'LICENCE_RESTRICTED_USE']);
  });

  it('`other` + a LICENSE that could not be read: unknown', () => {
    const m = run(
      hubEvidence('org/a', { declaredLicences: [card('other', 'exaone')] }, [
        { path: 'LICENSE', role: 'licence', error: 'HTTP 503' },
      ]),
    );
    expect(m.verdict).toBe('unknown');
    expect(codes(m)).toEqual(['LICENCE_UNREADABLE']);
  });

  it('`other` + no text: LicenseRef-<license_name> stands (not approved)', () => {
    const m = run(hubEvidence('org/a', { declaredLicences: [card('other', 'upstage-solar-license')] }));
    expect(m.licence.expression).toBe('LicenseRef-upstage-solar-license');
    expect(m.verdict).toBe('non-compliant');
  });

  it('`other` unnamed + no text: LICENCE_MISSING', () => {
    const m = run(hubEvidence('org/a', { declaredLicences: [card('other')] }));
    expect(codes(m)).toEqual(['LICENCE_MISSING']);
    expect(m.verdict).toBe('non-compliant');
  });

  it('`other` + a name + an unidentifiable text: unknown, the name does not stand in for the text', () => {
    const m = run(
      hubEvidence('org/a', { declaredLicences: [card('other', 'acme')] }, [
        licenceFile('some bespoke terms'),
      ]),
    );
    expect(m.verdict).toBe('unknown');
    expect(codes(m)).toEqual(['LICENCE_UNIDENTIFIED']);
  });

  it('`other` + an unidentifiable text and no name: unknown', () => {
    const m = run(
      hubEvidence('org/a', { declaredLicences: [card('other')] }, [licenceFile('some bespoke terms')]),
    );
    expect(m.verdict).toBe('unknown');
    expect(codes(m)).toEqual(['LICENCE_UNIDENTIFIED']);
  });

  it('metadata and text disagree: LICENCE_MISMATCH and the stricter stands', () => {
    const m = run(
      hubEvidence('org/a', { declaredLicences: [card('mit')] }, [licenceFile('ID: CC-BY-NC-4.0')]),
    );
    expect(m.verdict).toBe('non-compliant');
    expect(m.licence.expression).toBe('CC-BY-NC-4.0');
    expect(codes(m)).toContain('LICENCE_MISMATCH');
  });

  it('a detected id refining the declared one is agreement', () => {
    const m = run(
      hubEvidence('org/a', { declaredLicences: [card('LicenseRef-exaone')] }, [
        licenceFile('ID: LicenseRef-exaone-1.2-nc'),
      ]),
    );
    expect(codes(m)).not.toContain('LICENCE_MISMATCH');
    expect(m.licence.expression).toBe('LicenseRef-exaone-1.2-nc');
  });

  it('an identified text fills in missing metadata', () => {
    const m = run(hubEvidence('org/a', {}, [licenceFile('ID: MIT')]));
    expect(m).toMatchObject({
      verdict: 'compliant',
      licence: { declared: null, detected: 'MIT', expression: 'MIT' },
    });
  });

  it('no metadata and no text: LICENCE_MISSING', () => {
    expect(codes(run(hubEvidence('org/a')))).toEqual(['LICENCE_MISSING']);
  });

  it('a card licence list means all apply', () => {
    const ok = run(hubEvidence('org/a', { declaredLicences: [card('apache-2.0'), card('cc-by-4.0')] }));
    expect(ok.licence.expression).toBe('Apache-2.0 AND CC-BY-4.0');
    expect(ok.verdict).toBe('compliant');
    const nc = run(hubEvidence('org/a', { declaredLicences: [card('apache-2.0'), card('cc-by-nc-4.0')] }));
    expect(nc.verdict).toBe('non-compliant');
  });

  it('waivers accept a finding until they expire', async () => {
    const waived = {
      ...msit,
      policy: {
        ...msit.policy,
        waivers: [
          {
            release: 'org/*',
            codes: ['NOT_PUBLIC' as const],
            reason: 'approved on request',
            approvedBy: 'MSIT review board, decision 2026-41',
            expires: '2026-12-31',
          },
        ],
      },
    };
    const e = hubEvidence('org/a', { availability: 'gated-manual', declaredLicences: [card('mit')] });
    expect(run(e, waived, '2026-11-28').verdict).toBe('compliant');
    expect(run(e, waived, '2027-01-01').verdict).toBe('non-compliant');
  });

  it('an unknown file list on a public release is unknown', () => {
    const m = run(hubEvidence('org/a', { files: null, declaredLicences: [card('mit')] }));
    expect(m.verdict).toBe('unknown');
    expect(codes(m)).toContain('FILES_UNKNOWN');
  });
});
