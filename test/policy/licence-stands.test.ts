/**
 * The one decision "which licence stands" as a truth table: metadata and texts in, the standing
 * expression, its approval (null = not established) and the finding codes out.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type Identify, resolveLicence } from '../../src/detect/resolve.js';
import { decideLicence } from '../../src/policy/licence-stands.js';
import type { LicenceLookup } from '../../src/policy/licences.js';
import { type LoadedPolicy, loadPolicy } from '../../src/policy/load.js';
import type { DeclaredLicence, LicenceText, SourceFailure } from '../../src/types.js';
import { card, hubEvidence } from '../support/evidence.js';

// Texts say what they are on their first line: `ID: MIT`, `ID: MIT @0.8` (confidence), `BEARING-NONE`
// (read, no licence, says nothing about one), `EXTRA: <sentence>` (the engine's unexplained text).
const identify: Identify = (text, { file }) => {
  if (text === 'THROW') throw new RangeError('Invalid typed array length: 4987749375');
  const [first, second] = text.split('\n');
  if (first!.startsWith('ID:')) {
    const [id, at] = first!.slice(3).trim().split(' @');
    const extra = second?.startsWith('EXTRA:') ? { extra: [second.slice(6).trim()] } : {};
    return { licence: id!, confidence: at ? Number(at) : 0.99, matcher: 'fake', file, ...extra };
  }
  if (first === 'BEARING-NONE')
    return { licence: null, confidence: 0, matcher: 'fake', file, bearing: false };
  return { licence: null, confidence: 0, matcher: 'fake', file };
};
const FLAGS: Record<string, ('non-commercial' | 'restricted-use')[]> = {
  'CC-BY-NC-4.0': ['non-commercial'],
  'LicenseRef-exaone': ['non-commercial', 'restricted-use'],
  'LicenseRef-exaone-1.2-nc': ['non-commercial', 'restricted-use'],
};
const lookup: LicenceLookup = (id) => {
  const variant = /^LicenseRef-(.+)-(modified|renamed)$/.exec(id);
  if (variant) return { name: id, flags: [], variantOf: { id: variant[1]!, how: variant[2] as 'modified' } };
  return FLAGS[id] ? { name: id, flags: FLAGS[id]! } : undefined;
};
const refines = (general: string, specific: string) =>
  general === 'LicenseRef-exaone' && specific.startsWith('LicenseRef-exaone-');

let msit: LoadedPolicy;
let strict: LoadedPolicy;
beforeAll(async () => {
  msit = await loadPolicy('msit-sovereign-ai-2025');
  strict = await loadPolicy('osi-strict');
});

const lic = (path: string, text: string): LicenceText => ({ path, role: 'licence', text });
const readme = (text: string): LicenceText => ({ path: 'README.md', role: 'readme', text });
const failed = (path: string, error: string): LicenceText => ({ path, role: 'licence', error });

interface Row {
  name: string;
  declared?: DeclaredLicence[];
  texts?: LicenceText[];
  problems?: SourceFailure[];
  policy?: 'strict' | 'text-required';
  expression: string | null;
  approved: boolean | null;
  codes?: string[];
}

const ROWS: Row[] = [
  // Metadata alone.
  { name: 'card only', declared: [card('apache-2.0')], expression: 'Apache-2.0', approved: true },
  {
    name: 'card only, policy wants the text',
    declared: [card('apache-2.0')],
    policy: 'text-required',
    expression: null,
    approved: null,
    codes: ['LICENCE_TEXT_MISSING'],
  },
  {
    name: 'card only NC, policy wants the text: what was read already fails',
    declared: [card('cc-by-nc-4.0')],
    policy: 'text-required',
    expression: 'CC-BY-NC-4.0',
    approved: false,
    codes: ['LICENCE_DENIED', 'LICENCE_NOT_APPROVED', 'LICENCE_NON_COMMERCIAL'],
  },
  { name: 'nothing at all', expression: null, approved: false, codes: ['LICENCE_MISSING'] },
  // Texts agree, refine or disagree.
  {
    name: 'card and text agree',
    declared: [card('mit')],
    texts: [lic('LICENSE', 'ID: MIT')],
    expression: 'MIT',
    approved: true,
  },
  {
    name: 'text refines the card',
    declared: [card('LicenseRef-exaone')],
    texts: [lic('LICENSE', 'ID: LicenseRef-exaone-1.2-nc')],
    expression: 'LicenseRef-exaone-1.2-nc',
    approved: false,
    codes: ['LICENCE_NON_COMMERCIAL', 'LICENCE_NOT_APPROVED', 'LICENCE_RESTRICTED_USE'],
  },
  {
    name: 'card and text disagree: the stricter stands',
    declared: [card('mit')],
    texts: [lic('LICENSE', 'ID: CC-BY-NC-4.0')],
    expression: 'CC-BY-NC-4.0',
    approved: false,
    codes: ['LICENCE_DENIED', 'LICENCE_MISMATCH', 'LICENCE_NON_COMMERCIAL', 'LICENCE_NOT_APPROVED'],
  },
  {
    name: 'card NC, text permissive: the card stands',
    declared: [card('cc-by-nc-4.0')],
    texts: [lic('LICENSE', 'ID: MIT')],
    expression: 'CC-BY-NC-4.0',
    approved: false,
    codes: ['LICENCE_DENIED', 'LICENCE_MISMATCH', 'LICENCE_NON_COMMERCIAL', 'LICENCE_NOT_APPROVED'],
  },
  {
    name: 'two licence files apply together',
    declared: [card('apache-2.0')],
    texts: [lic('LICENSE', 'ID: Apache-2.0'), lic('LICENSE-MIT', 'ID: MIT')],
    expression: 'Apache-2.0 AND MIT',
    approved: true,
  },
  {
    name: 'the README joins the licence files',
    declared: [card('mit')],
    texts: [lic('LICENSE', 'ID: MIT'), readme('ID: CC-BY-NC-4.0')],
    expression: 'MIT AND CC-BY-NC-4.0',
    approved: false,
    codes: ['LICENCE_DENIED', 'LICENCE_NON_COMMERCIAL', 'LICENCE_NOT_APPROVED'],
  },
  {
    name: 'a README saying nothing of a licence is not a licence text',
    declared: [card('apache-2.0')],
    texts: [readme('# A model\nTrained on text.')],
    expression: 'Apache-2.0',
    approved: true,
  },
  {
    name: 'a README the engine calls not licence-bearing',
    declared: [card('apache-2.0')],
    texts: [lic('LICENSE', 'ID: Apache-2.0'), readme('BEARING-NONE')],
    expression: 'Apache-2.0',
    approved: true,
  },
  // Not established.
  {
    name: 'one identified licence file and one unidentified: unknown',
    declared: [card('mit')],
    texts: [lic('LICENSE', 'ID: MIT'), lic('MODEL_LICENSE', 'bespoke terms')],
    expression: null,
    approved: null,
    codes: ['LICENCE_UNIDENTIFIED'],
  },
  {
    name: 'one identified NC file and one unidentified: what was read already fails',
    texts: [lic('LICENSE', 'ID: CC-BY-NC-4.0'), lic('MODEL_LICENSE', 'bespoke terms')],
    expression: 'CC-BY-NC-4.0',
    approved: false,
    codes: ['LICENCE_DENIED', 'LICENCE_NON_COMMERCIAL', 'LICENCE_NOT_APPROVED', 'LICENCE_UNIDENTIFIED'],
  },
  {
    name: 'an unreadable licence file never falls back to the card',
    declared: [card('apache-2.0')],
    texts: [failed('LICENSE', 'HTTP 503')],
    expression: null,
    approved: null,
    codes: ['LICENCE_UNREADABLE'],
  },
  {
    name: 'a gated file read anonymously',
    declared: [card('mit')],
    texts: [
      failed('LICENSE', 'gated: files need accepted access'),
      { path: 'README.md', role: 'readme', error: 'gated' },
    ],
    expression: null,
    approved: null,
    codes: ['LICENCE_UNREADABLE', 'LICENCE_UNREADABLE'],
  },
  {
    name: 'a licence file left unread by the cap',
    declared: [card('mit')],
    texts: [lic('LICENSE', 'ID: MIT'), failed('LICENSE-17', 'not read: cap of 16 licence files')],
    expression: null,
    approved: null,
    codes: ['LICENCE_UNREADABLE'],
  },
  {
    name: 'a licence text cut at the byte cap',
    declared: [card('mit')],
    texts: [{ path: 'LICENSE', role: 'licence', text: 'ID: MIT', truncated: true }],
    expression: null,
    approved: null,
    codes: ['LICENCE_UNREADABLE'],
  },
  {
    name: 'a licence file below the confidence threshold',
    declared: [card('mit')],
    texts: [lic('LICENSE', 'ID: MIT @0.8')],
    expression: null,
    approved: null,
    codes: ['LICENCE_UNIDENTIFIED'],
  },
  {
    name: 'a malformed card licence',
    problems: [{ code: 'MALFORMED_METADATA', message: 'cardData.license is {"id":"mit"}' }],
    texts: [lic('LICENSE', 'ID: MIT')],
    expression: null,
    approved: null,
    codes: ['MALFORMED_METADATA'],
  },
  {
    name: 'a text the engine fails on is unidentified, never a crash',
    declared: [card('mit')],
    texts: [lic('LICENSE', 'THROW')],
    expression: null,
    approved: null,
    codes: ['LICENCE_UNIDENTIFIED'],
  },
  {
    // Over the read cap (only a hand-edited bundle holds one): never given to the engine.
    name: 'a text longer than the read cap is not given to the engine',
    declared: [card('mit')],
    texts: [lic('LICENSE', `ID: MIT\n${'x'.repeat(512 * 1024)}`)],
    expression: null,
    approved: null,
    codes: ['LICENCE_UNIDENTIFIED'],
  },
  {
    name: 'a README over the read cap is not given to the engine either',
    declared: [card('mit')],
    texts: [readme(`ID: MIT\n${'x'.repeat(512 * 1024)}`)],
    expression: null,
    approved: null,
    codes: ['LICENCE_UNIDENTIFIED'],
  },
  {
    // The engine's cost is bounded (test/detect/hostile-input.test.ts): a long text read whole is
    // identified (it was declined over 64 KiB).
    name: 'a 100 KiB licence-bearing text read whole is identified',
    declared: [card('mit')],
    texts: [lic('LICENSE', `ID: MIT\n${'x'.repeat(100 * 1024)}`)],
    expression: 'MIT',
    approved: true,
  },
  // `other`.
  {
    name: '`other` with an Apache text',
    declared: [card('other')],
    texts: [lic('LICENSE', 'ID: Apache-2.0')],
    expression: 'Apache-2.0',
    approved: true,
  },
  {
    name: '`other` named, no text: the name stands',
    declared: [card('other', 'acme-nc')],
    expression: 'LicenseRef-acme-nc',
    approved: false,
    codes: ['LICENCE_NOT_APPROVED'],
  },
  {
    name: '`other` named, text unreadable: unknown (DESIGN.md)',
    declared: [card('other', 'acme')],
    texts: [failed('LICENSE', 'HTTP 503')],
    expression: null,
    approved: null,
    codes: ['LICENCE_UNREADABLE'],
  },
  {
    name: '[apache-2.0, other] named, no text: both parts',
    declared: [card('apache-2.0', 'acme-nc'), card('other', 'acme-nc')],
    expression: 'Apache-2.0 AND LicenseRef-acme-nc',
    approved: false,
    codes: ['LICENCE_NOT_APPROVED'],
  },
  {
    name: '[apache-2.0, other] named, only the Apache text: both parts',
    declared: [card('apache-2.0', 'acme-nc'), card('other', 'acme-nc')],
    texts: [lic('LICENSE', 'ID: Apache-2.0')],
    expression: 'Apache-2.0 AND LicenseRef-acme-nc',
    approved: false,
    codes: ['LICENCE_NOT_APPROVED'],
  },
  {
    name: '[apache-2.0, other] named, a second text names the other part',
    declared: [card('apache-2.0', 'acme'), card('other', 'acme')],
    texts: [lic('LICENSE', 'ID: Apache-2.0'), lic('LICENSE_MODEL', 'ID: CC-BY-4.0')],
    expression: 'Apache-2.0 AND CC-BY-4.0',
    approved: true,
  },
  {
    name: '[apache-2.0, other] unnamed, only the Apache text: the other part has no text',
    declared: [card('apache-2.0'), card('other')],
    texts: [lic('LICENSE', 'ID: Apache-2.0')],
    expression: null,
    approved: null,
    codes: ['LICENCE_TEXT_MISSING'],
  },
  // Derived licences.
  {
    name: 'a modified MIT: not MIT, the added text quoted',
    declared: [card('mit')],
    texts: [lic('LICENSE', 'ID: LicenseRef-MIT-modified\nEXTRA: For research use by universities.')],
    expression: 'LicenseRef-MIT-modified',
    approved: false,
    codes: ['LICENCE_MISMATCH', 'LICENCE_MODIFIED', 'LICENCE_NOT_APPROVED'],
  },
  // Weak README statements (osi-strict asks 0.95; a `licensed under X` statement is 0.9).
  {
    name: 'osi-strict: a weak README statement naming the card licence adds nothing',
    declared: [card('apache-2.0')],
    texts: [lic('LICENSE', 'ID: Apache-2.0'), readme('ID: Apache-2.0 @0.9')],
    policy: 'strict',
    expression: 'Apache-2.0',
    approved: true,
  },
  {
    name: 'osi-strict: a weak README statement naming another licence is unidentified',
    declared: [card('apache-2.0')],
    texts: [lic('LICENSE', 'ID: Apache-2.0'), readme('ID: CC-BY-NC-4.0 @0.9')],
    policy: 'strict',
    expression: null,
    approved: null,
    codes: ['LICENCE_UNIDENTIFIED'],
  },
  // GitHub.
  {
    name: 'GitHub NOASSERTION with an identified text',
    declared: [{ origin: 'github-api', value: 'NOASSERTION' }],
    texts: [lic('LICENSE', 'ID: BSD-3-Clause')],
    expression: 'BSD-3-Clause',
    approved: true,
  },
];

describe('which licence stands', () => {
  it.each(ROWS.map((r) => [r.name, r] as const))('%s', (_, row) => {
    const base = row.policy === 'strict' ? strict : msit;
    const policy =
      row.policy === 'text-required'
        ? { ...base.policy, licences: { ...base.policy.licences, metadataOnly: 'unknown' as const } }
        : base.policy;
    const evidence = hubEvidence(
      'org/m',
      { declaredLicences: row.declared ?? [], ...(row.problems ? { problems: row.problems } : {}) },
      row.texts ?? [],
    );
    const resolved = resolveLicence(evidence, identify, policy.licences.minConfidence);
    const { licence, findings } = decideLicence(resolved, policy, lookup, refines);
    expect({ expression: licence.expression, approved: licence.approved }).toEqual({
      expression: row.expression,
      approved: row.approved,
    });
    expect(findings.map((f) => f.code).sort()).toEqual([...(row.codes ?? [])].sort());
  });

  it('quotes the text a modified licence adds, with its file', () => {
    const evidence = hubEvidence('org/m', {}, [
      lic('LICENSE', 'ID: LicenseRef-MIT-modified\nEXTRA: For research use by universities.'),
    ]);
    const resolved = resolveLicence(evidence, identify, 0.9);
    const modified = decideLicence(resolved, msit.policy, lookup, refines).findings.find(
      (f) => f.code === 'LICENCE_MODIFIED',
    );
    expect(modified).toMatchObject({
      severity: 'error',
      message:
        'LICENSE is MIT with terms added or changed, not MIT itself: "For research use by universities."',
      args: { base: 'MIT', how: 'modified', file: 'LICENSE', extra: 'For research use by universities.' },
    });
  });
});
