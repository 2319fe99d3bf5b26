// The i18n completeness test (issue 13): every finding code, with sample args of each of its forms,
// renders in English and in Korean from `code` + `args`; a missing catalogue key, an unfilled
// placeholder or a Latin-script word left in the Korean (other than the args' own values: ids,
// file names, licence ids and names, quotes) fails here. A new code fails until it has a sample
// below (the compiler asks) and its texts in en.ts and ko.ts.
import { describe, expect, it } from 'vitest';
import { codedProblem } from '../../src/cli/problems.js';
import { finding } from '../../src/policy/findings.js';
import { applyWaivers } from '../../src/policy/waivers.js';
import { dashboardView } from '../../src/report/html-view.js';
import {
  CATALOGUES,
  codedText,
  ERROR_CODES,
  type ErrorCode,
  findingMessage,
  type Lang,
  plural,
  problemText,
  TEAM_REASON_CODES,
  t,
  teamReasonArgs,
} from '../../src/report/i18n/index.js';
import {
  EVIDENCE_CODES,
  type EvidenceArgs,
  type EvidenceCode,
  FINDING_CODES,
  type FindingArgs,
  type FindingCode,
} from '../../src/types.js';
import { latinFragments } from '../support/latin.js';
import { fixtureReport } from './golden.js';

/** Sample args of every form of every code, typed by FindingArgs. */
const SAMPLES: { [C in FindingCode]: FindingArgs[C][] } = {
  NOT_PUBLIC: [
    { availability: 'gated-manual' },
    { availability: 'private' },
    { availability: 'disabled' },
    { availability: 'missing' },
    { availability: 'gated-auto' },
  ],
  GATED_AUTO: [{}],
  NO_WEIGHTS: [{}],
  EXCLUDED_BY_PROGRAMME: [
    { pattern: 'LGAI-EXAONE/*-GGUF', reason: 'quantised copy of a counted release' },
    { pattern: 'org/*-demo', variant: 'default' },
  ],
  LICENCE_NOT_APPROVED: [{ licence: 'LicenseRef-exaone-1.2-nc', policy: 'msit-sovereign-ai-2025' }],
  LICENCE_DENIED: [{ licence: 'CC-BY-NC-4.0', rule: 'CC-BY-NC*' }],
  LICENCE_MISSING: [{}],
  LICENCE_UNREADABLE: [{ file: 'LICENSE', error: 'HTTP 500 Internal Server Error' }, { file: 'LICENSE' }],
  LICENCE_UNIDENTIFIED: [
    { file: 'LICENSE.md', closest: 'Apache-2.0', confidence: '71%' },
    { file: 'LICENSE.md' },
    { file: 'LICENSE', variant: 'notRead', matcher: 'too-long', detail: 'longer than 256 KiB' },
    { file: 'LICENSE', variant: 'notRead', matcher: 'failed', detail: 'engine crashed' },
  ],
  LICENCE_MISMATCH: [
    { origin: 'hub-card', declared: 'MIT', detected: 'Apache-2.0' },
    { origin: 'github-api', declared: 'MIT', detected: 'Apache-2.0' },
    { origin: 'spdx-tag', declared: 'MIT', detected: 'Apache-2.0' },
    { origin: 'hub-tag', declared: 'MIT', detected: 'Apache-2.0' },
    { origin: 'readme-front-matter', declared: 'MIT', detected: 'Apache-2.0' },
  ],
  LICENCE_RESTRICTED_USE: [
    { licence: 'LicenseRef-hyperclovax-seed', name: 'HyperCLOVA X SEED Model License Agreement' },
  ],
  LICENCE_NON_COMMERCIAL: [
    { licence: 'LicenseRef-exaone-1.2-nc', name: 'EXAONE AI Model License Agreement 1.2 - NC' },
  ],
  SOURCE_FAILED: [
    { code: 'NETWORK_ERROR', detail: 'request failed: ECONNREFUSED', url: 'https://huggingface.co/api/x' },
  ],
  FILES_UNKNOWN: [{}],
  RENAMED: [{ from: 'org/old-name', to: 'org/new-name' }],
  WAIVED: [
    {
      code: 'LICENCE_MISMATCH',
      approvedBy: 'MSIT review board (letter 2025-117)',
      reason: 'the card is corrected in the next release',
      expires: '2026-03-31',
    },
    { code: 'NOT_PUBLIC', approvedBy: 'MSIT review board', reason: 'access granted to every applicant' },
  ],
  LICENCE_MODIFIED: [
    {
      licence: 'LicenseRef-MIT-modified',
      base: 'MIT',
      how: 'modified',
      file: 'LICENSE',
      extra: 'The weights may be used for research within SK Telecom only.',
    },
    { licence: 'LicenseRef-Apache-2.0-renamed', base: 'Apache-2.0', how: 'renamed' },
  ],
  LICENCE_TEXT_MISSING: [
    { licence: 'MIT', policy: 'msit-sovereign-ai-2025' },
    { declared: 'LicenseRef-hyperclovax-seed', variant: 'other' },
  ],
  MALFORMED_METADATA: [{ code: 'MALFORMED_METADATA', detail: 'cardData.license is {"id":"apache-2.0"}' }],
  MALFORMED_RESPONSE: [{ code: 'MALFORMED_RESPONSE', detail: '`siblings[2]` is not a file entry' }],
  FILES_TRUNCATED: [{ code: 'TRUNCATED', detail: 'GitHub cut the file tree short at 100000 files' }],
  DECLARED_NOT_EXCLUDED: [{ pattern: 'skt/*-internal' }],
  AVAILABILITY_NOT_CHECKED: [{}],
  WEIGHTS_STUB: [
    { variant: 'parameters', parameters: 1, minParameters: 1_000_000 },
    { variant: 'bytes', bytes: 1, minBytes: 1_048_576 },
    { variant: 'storage', storageBytes: 512, minBytes: 1_048_576 },
    { variant: 'header', parameters: 7_000_000_000, neededBytes: 14_000_000_000, storageBytes: 4_096 },
  ],
  WEIGHTS_UNKNOWN: [{}, { detail: 'header length 9999999999 exceeds the file' }],
  FAMILY_COPY: [
    { original: 'LGAI-EXAONE/EXAONE-4.0-32B', relation: 'quantized', verdict: 'compliant' },
    { original: 'org/m', relation: 're-upload', verdict: 'unknown' },
    { original: 'org/m', relation: 'same-model', verdict: 'non-compliant' },
  ],
  COPY_LESS_OPEN: [
    { copy: 'org/m-GGUF', availability: 'private' },
    { copy: 'org/m-GGUF', licence: 'CC-BY-NC-4.0', originalLicence: 'Apache-2.0' },
    { copy: 'org/m-GGUF', availability: 'gated-manual', licence: 'NOASSERTION', originalLicence: 'MIT' },
  ],
  ADAPTER: [{ base: 'meta-llama/Llama-3.1-8B' }, {}],
  FORK: [{ parent: 'ggml-org/llama.cpp' }, {}],
  THIRD_PARTY_BASE: [
    { owner: 'Qwen', model: 'Qwen/Qwen2.5-72B', relation: 'finetune' },
    { owner: 'google', model: 'google/gemma-2-9b', relation: 'merge' },
    { owner: 'meta-llama', model: 'meta-llama/Llama-3.1-8B', relation: 'base' },
  ],
  BASE_UNREADABLE: [
    { base: 'org/base', error: 'HTTP 503 Service Unavailable' },
    { base: 'org/base' },
    { base: 'org/base', variant: 'noLicence' },
  ],
  LICENCE_INHERITED: [
    {
      base: 'meta-llama/Llama-3.1-8B',
      licence: 'LicenseRef-llama3.1',
      clause: 'include "Llama" at the beginning',
    },
    { base: 'google/gemma-2-9b', licence: 'LicenseRef-gemma' },
  ],
};

/** Sample args of every provenance code, typed by EvidenceArgs. */
const EVIDENCE: { [C in EvidenceCode]: EvidenceArgs[C][] } = {
  METADATA: [
    { source: 'huggingface', revision: '674165abf34f', fetchedAt: '2026-12-01T23:58:11.467Z' },
    { source: 'github', fetchedAt: '2026-12-01T23:58:11.467Z' },
    { source: 'git', fetchedAt: '2026-12-01T23:58:11.467Z' },
    { source: 'local', fetchedAt: '2026-12-01T23:58:11.467Z' },
  ],
  DECLARED: [
    { origin: 'hub-card', value: 'other', name: 'exaone' },
    { origin: 'github-api', value: 'NOASSERTION' },
    { origin: 'hub-tag', value: 'apache-2.0' },
    { origin: 'spdx-tag', value: 'MIT' },
    { origin: 'readme-front-matter', value: 'mit' },
  ],
  NOT_READ: [
    { file: 'LICENSE', matcher: 'too-long', detail: 'longer than 256 KiB, more than any licence text' },
    { file: 'LICENSE', matcher: 'failed', detail: 'engine crashed' },
  ],
  IDENTIFIED: [
    { file: 'LICENSE', licence: 'LicenseRef-exaone-1.1-nc', matcher: 'exact', confidence: '100%' },
    { file: 'LICENSE', licence: 'Apache-2.0', matcher: 'dice', confidence: '97%' },
    { file: 'README.md', licence: 'MIT', matcher: 'reference', confidence: '90%' },
    { file: 'README.md', licence: 'MIT', matcher: 'spdx-tag', confidence: '100%' },
    { file: 'LICENSE', licence: 'MIT AND Apache-2.0', matcher: 'compilation', confidence: '95%' },
  ],
  UNIDENTIFIED: [{ file: 'README.md', closest: 'HIDAPI', confidence: '13%' }, { file: 'README.md' }],
  EXTRA: [{ file: 'LICENSE', quote: 'The weights may be used for research within SK Telecom only.' }],
  UNREADABLE: [{ file: 'LICENSE', error: 'HTTP 500 Internal Server Error' }, { file: 'LICENSE' }],
  PROBLEM: [
    {
      code: 'MALFORMED_RESPONSE',
      detail: '`siblings[2]` is not a file entry',
      url: 'https://huggingface.co/api/x',
    },
    { code: 'TRUNCATED', detail: 'GitHub cut the file tree short at 100000 files' },
  ],
};

/** Sample args of every coded CLI problem, with and without a "did you mean". */
const ERRORS: Record<ErrorCode, Record<string, string>[]> = {
  UNKNOWN_COMMAND: [
    { name: 'evalute', commands: 'init, scan, evaluate', near: 'evaluate', variant: 'near' },
    { name: 'zzz', commands: 'init, scan, evaluate' },
  ],
  UNKNOWN_OPTION: [
    { option: '--formt', command: 'scan', near: '--format', variant: 'near' },
    { option: '--bogus', command: 'scan' },
  ],
  NEEDS_VALUE: [{ option: '--format', value: 'FORMAT' }],
  TAKES_NO_VALUE: [{ option: '--verbose', value: 'yes' }],
  GIVEN_TWICE: [{ option: '--format', first: 'json', second: 'html' }],
  UNKNOWN_FORMAT: [
    { format: 'htm', near: 'html', formats: 'table, json, html' },
    { format: 'pdf', formats: 'table, json, html' },
  ],
  UNKNOWN_LANGUAGE: [{ lang: 'fr', langs: 'en, ko' }],
  UNKNOWN_VALUE: [
    { value: 'fast', near: 'first', values: 'first, all' },
    { value: 'x', values: 'first, all' },
  ],
  EMPTY_VALUE: [{ option: '--team', value: 'ID' }],
  JSON_IS_OUTPUT: [{ file: 'report.json' }],
};

const WAIVER = (code: FindingCode) => ({ release: 'org/*', codes: [code], reason: 'r', approvedBy: 'b' });

/** The values a sentence may show as they are: the sample's data (not its codes, which are translated). */
function data(args: Record<string, unknown>): string[] {
  return Object.entries(args)
    .filter(([k]) => !['availability', 'how', 'matcher', 'origin', 'variant', 'source'].includes(k))
    .map(([, v]) => String(v));
}

describe('every finding renders from code and args, in English and in Korean', () => {
  for (const code of FINDING_CODES) {
    it(code, () => {
      expect(SAMPLES[code].length, `a sample of ${code}`).toBeGreaterThan(0);
      for (const sample of SAMPLES[code] as Record<string, string | number>[]) {
        // biome-ignore lint/suspicious/noExplicitAny: each sample is typed by FindingArgs above.
        const f = finding(code, 'error', sample as any);
        for (const waived of [false, true]) {
          // A waived finding as policy/waivers.ts writes it (its sentence says "waived").
          const item = waived ? applyWaivers('org/a', [f], [WAIVER(code)], '2026-01-01')[0]! : f;
          const text: Record<Lang, string> = {
            en: findingMessage('en', item),
            ko: findingMessage('ko', item),
          };
          const where = `${code} ${JSON.stringify(item.args ?? {})}`;
          // Rendered from the catalogue, not the stored text or the code: English is the message itself.
          if (!waived) expect(text.en, where).toBe(f.message);
          expect(text.en, where).not.toBe(code);
          // No placeholder or optional segment left unfilled (the args' own text may hold brackets).
          for (const lang of ['en', 'ko'] as const) {
            const own = data(sample).reduce((t, v) => t.split(v).join(''), text[lang]);
            expect(own, `${where} ${lang}`).not.toMatch(/[{}[\]]/);
          }
          expect(text.ko, where).toMatch(/[\uac00-\ud7a3]/);
          expect(latinFragments(text.ko, data(sample)), `${where}: ${text.ko}`).toEqual([]);
        }
      }
    });
  }

  for (const code of EVIDENCE_CODES) {
    it(`provenance ${code}`, () => {
      expect(EVIDENCE[code].length, `a sample of ${code}`).toBeGreaterThan(0);
      for (const sample of EVIDENCE[code] as Record<string, string>[]) {
        const item = { code, args: sample };
        const en = codedText('en', 'evidence', item);
        const ko = codedText('ko', 'evidence', item);
        const where = `${code} ${JSON.stringify(sample)}`;
        expect(en, where).not.toBe(code);
        expect(ko, where).toMatch(/[\uac00-\ud7a3]/);
        for (const text of [en, ko])
          expect(
            data(sample).reduce((t, v) => t.split(v).join(''), text),
            where,
          ).not.toMatch(/[{}[\]]/);
        expect(latinFragments(ko, data(sample)), `${where}: ${ko}`).toEqual([]);
      }
    });
  }

  it('every form the catalogues hold is one a sample renders (no dead variant)', () => {
    const used = new Set(
      FINDING_CODES.flatMap((code) =>
        (SAMPLES[code] as Record<string, unknown>[]).map((s) =>
          typeof s.variant === 'string' ? `finding.${code}.message.${s.variant}` : `finding.${code}.message`,
        ),
      ),
    );
    for (const catalogue of Object.values(CATALOGUES)) {
      const forms = Object.keys(catalogue).filter((k) => /^finding\.[A-Z_]+\.message/.test(k));
      expect(forms.filter((k) => !used.has(k))).toEqual([]);
      expect([...used].filter((k) => !(k in catalogue))).toEqual([]);
    }
  });

  for (const code of ERROR_CODES) {
    it(`CLI error ${code}`, () => {
      for (const sample of ERRORS[code]) {
        const p = codedProblem('--x', code, sample);
        const where = `${code} ${JSON.stringify(sample)}`;
        expect(p.message, where).not.toBe(code);
        const ko = problemText('ko', p);
        for (const text of [p.message, p.fix ?? '', ko.message, ko.fix ?? ''])
          expect(
            data(sample).reduce((t, v) => t.split(v).join(''), text),
            where,
          ).not.toMatch(/[{}[\]]/);
        expect(`${ko.message} ${ko.fix ?? ''}`, where).toMatch(/[\uac00-\ud7a3]/);
        expect(latinFragments(`${ko.message}\n${ko.fix ?? ''}`, data(sample)), where).toEqual([]);
        // A problem whose stored English is not its code's (edited, or of another version) keeps its words.
        expect(problemText('ko', { ...p, message: 'edited' }).message).toBe('edited');
      }
    });
  }

  it('the CLI error framing is said in both languages', () => {
    for (const lang of ['en', 'ko'] as const) {
      const texts = [
        plural(lang, 'error.heading', 1, { who: 'openquota scan' }),
        plural(lang, 'error.heading', 3, { who: 'openquota scan' }),
        t(lang, 'error.fixLabel'),
        t(lang, 'error.commandLine'),
        t(lang, 'error.upstream', { who: 'openquota scan', code: 'NETWORK_ERROR', message: 'x', at: '' }),
        t(lang, 'error.internal', { who: 'openquota scan', message: 'x' }),
        t(lang, 'error.internalHint'),
      ];
      for (const text of texts) {
        expect(text).not.toMatch(/[{}]/);
        if (lang === 'ko') expect(latinFragments(text, ['x', 'openquota scan']), text).toEqual([]);
      }
    }
  });

  it('every team status code says its reason in both languages, from counts alone', () => {
    for (const code of TEAM_REASON_CODES) {
      for (const unknown of [0, 2]) {
        const args = teamReasonArgs({ counted: 12, compliant: 1, unknown, threshold: 0.5 });
        for (const lang of ['en', 'ko'] as const) {
          const text = t(lang, `reason.${code}`, args);
          expect(text, `${code} ${lang}`).not.toMatch(/[{}[\]]/);
          if (lang === 'ko') expect(latinFragments(text), `${code}: ${text}`).toEqual([]);
        }
      }
    }
  });

  it('the Korean dashboard says every provenance line and metadata origin of a report in Korean', () => {
    const report = fixtureReport('round-1');
    const view = dashboardView(report, 'ko');
    const models = report.teams.flatMap((t) => t.models);
    expect(view.rows.length).toBe(models.length);
    for (const row of view.rows) {
      const model = models.find((m) => m.id === row.id)!;
      const allowed = (model.provenance ?? []).flatMap((p) => data(p.args));
      expect(row.e.length, row.id).toBe(model.evidence.length);
      for (const line of row.e) expect(latinFragments(line, allowed), `${row.id}: ${line}`).toEqual([]);
      for (const [origin] of row.m) expect(origin, row.id).toMatch(/[\uac00-\ud7a3]|^(GitHub|SPDX|README)/);
    }
    // A report of an older version (no provenance) keeps its English lines rather than guessing.
    const old = fixtureReport('round-1');
    for (const m of old.teams.flatMap((t) => t.models)) delete m.provenance;
    expect(dashboardView(old, 'ko').rows[0]!.e).toEqual(old.teams[0]!.models[0]!.evidence);
  });

  it('the allow-list is not a blanket: English left in Korean is caught', () => {
    expect(latinFragments('LICENSE: 알려진 어떤 라이선스와도 matches no known licence')).toEqual([
      'matches no known licence',
    ]);
    expect(
      latinFragments('EXAONE AI Model License Agreement: 상업적 이용 금지', [
        'EXAONE AI Model License Agreement',
      ]),
    ).toEqual([]);
    expect(latinFragments('허브 카드 by exact (100%)')).toEqual(['by exact']);
  });
});
