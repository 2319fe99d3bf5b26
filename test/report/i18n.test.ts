import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { teamStatus } from '../../src/policy/tally.js';
import { en } from '../../src/report/i18n/en.js';
import {
  CATALOGUES,
  findingHelp,
  formatNumber,
  langFromEnv,
  placeholders,
  pluralCategory,
  requiredPlaceholders,
  t,
  teamReason,
} from '../../src/report/i18n/index.js';
import { FINDING_CODES } from '../../src/report/schema.js';
import { fixtureReport } from './golden.js';

/** FINDING_CODES (the vocabulary FindingCode derives from) read from src/types.ts itself, so a new code without text fails here. */
function findingCodesInTypes(): string[] {
  const source = readFileSync(new URL('../../src/types.ts', import.meta.url), 'utf8');
  const union = /export const FINDING_CODES = \[([^\]]+)\]/.exec(source)?.[1] ?? '';
  return [...union.matchAll(/'([A-Z_]+)'/g)].map((m) => m[1]!);
}

describe('i18n catalogues', () => {
  it('have the same keys in every language', () => {
    const keys = Object.keys(en).sort();
    for (const [lang, catalogue] of Object.entries(CATALOGUES)) {
      const missing = keys.filter((k) => !(k in catalogue));
      const extra = Object.keys(catalogue).filter((k) => !(k in en));
      expect({ lang, missing, extra }).toEqual({ lang, missing: [], extra: [] });
    }
  });

  it('have no empty text and the same placeholders in every language', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      const names = (s: string) => [...new Set(placeholders(s))].sort();
      const required = (s: string) => [...new Set(requiredPlaceholders(s))].sort();
      for (const catalogue of Object.values(CATALOGUES)) {
        expect(catalogue[key].trim(), key).not.toBe('');
        expect(names(catalogue[key]), key).toEqual(names(en[key]));
        // What English cannot be said without, no translation may drop (or make optional).
        expect(required(catalogue[key]), key).toEqual(required(en[key]));
      }
    }
  });

  it('translate the title and explanation of every FindingCode in src/types.ts', () => {
    const codes = findingCodesInTypes();
    expect(codes.length).toBeGreaterThan(10);
    expect([...FINDING_CODES].sort()).toEqual([...codes].sort());
    for (const code of codes) {
      for (const catalogue of Object.values(CATALOGUES)) {
        expect(catalogue, code).toHaveProperty([`finding.${code}.title`]);
        expect(catalogue, code).toHaveProperty([`finding.${code}.help`]);
      }
    }
  });

  it('fills arguments and keeps unknown placeholders visible', () => {
    expect(t('ko', 'filter.shown', { shown: 3, total: 10 })).toBe('전체 10개 중 3개 표시');
    expect(t('en', 'filter.shown', { shown: 3 })).toBe('3 of {total} releases shown');
    expect(findingHelp('ko', { code: 'LICENCE_NON_COMMERCIAL' })).toContain('상업적 이용');
  });

  it('says team reasons from code and counts in every language, as the core writes the English', () => {
    const team = fixtureReport('round-1').teams[0]!;
    expect(teamReason('en', team)).toBe('1 of 5 compliant (20.0%) <= 50.0%');
    expect(teamReason('ko', team)).toBe('5개 중 1개 준수(20.0%)로 기준 50.0%를 넘지 못합니다');
    // The same function writes the report's English: tally and renderers cannot disagree.
    const counts = { counted: 12, compliant: 1, unknown: 1 };
    const status = teamStatus(counts, 0.5, false);
    expect(status.message).toBe(
      '1 of 12 compliant (8.3%) <= 50.0%, even with 1 unknown counted as compliant',
    );
    const fromReport = { ...team, ...counts, share: 1 / 12, threshold: 0.5, reason: status };
    expect(teamReason('en', fromReport)).toBe(status.message);
    expect(teamReason('ko', fromReport)).toBe(
      '12개 중 1개 준수(8.3%)로 기준 50.0%를 넘지 못합니다. 알 수 없는 1개를 모두 준수로 보아도 넘지 못합니다',
    );
    expect(
      teamReason('ko', { ...fromReport, threshold: 0.05, reason: teamStatus(counts, 0.05, false) }),
    ).toBe('12개 중 1개 준수(8.3%)로 기준 5.0%를 넘습니다. 알 수 없는 1개를 모두 미준수로 보아도 넘습니다');
    expect(
      teamReason('ko', { ...fromReport, threshold: 0.1, reason: teamStatus(counts, 0.1, false) }),
    ).toMatch(/알 수 없는 1개에 따라 기준 10.0% 초과 여부가 갈립니다$/);
    // A code this version does not know keeps the report's own words.
    expect(teamReason('ko', { ...team, reason: { code: 'SOMETHING_NEW', message: 'x' } })).toBe('x');
  });

  it('reads the language from LC_ALL before LANG', () => {
    expect(langFromEnv({ LANG: 'ko_KR.UTF-8' })).toBe('ko');
    expect(langFromEnv({ LANG: 'ko' })).toBe('ko');
    expect(langFromEnv({ LANG: 'ko_KR.UTF-8', LC_ALL: 'C' })).toBe('en');
    expect(langFromEnv({ LC_ALL: 'ko_KR.UTF-8', LANG: 'en_US.UTF-8' })).toBe('ko');
    expect(langFromEnv({})).toBe('en');
    expect(langFromEnv({ LANG: 'kok_IN' })).toBe('en');
  });
});

describe('formatNumber', () => {
  it('writes every number as Intl does in each language (whole numbers grouped without Intl)', () => {
    const numbers = [
      ...Array.from({ length: 2100 }, (_, i) => i),
      9999,
      10000,
      99999,
      100000,
      999999,
      1000000,
      1048392,
      123456789,
      Number.MAX_SAFE_INTEGER,
      -0,
      -1,
      -1234,
      0.5,
      1234.5,
      1e21,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      2 ** 53,
    ];
    for (const lang of ['en', 'ko'] as const) {
      const intl = new Intl.NumberFormat(lang === 'ko' ? 'ko-KR' : 'en');
      for (const n of numbers) expect([lang, n, formatNumber(lang, n)]).toEqual([lang, n, intl.format(n)]);
    }
  });
});

describe('pluralCategory', () => {
  it('selects the form Intl.PluralRules selects, in every language of the catalogues', () => {
    const numbers = [0, 1, -1, 1.5, 2, -0, 0.999, 21, 101, 1000001, Number.NaN, Number.POSITIVE_INFINITY];
    for (const lang of Object.keys(CATALOGUES) as (keyof typeof CATALOGUES)[]) {
      const rules = new Intl.PluralRules(lang);
      for (const n of numbers) {
        const intl = rules.select(n) === 'one' ? 'one' : 'other';
        expect([lang, n, pluralCategory(lang, n)]).toEqual([lang, n, intl]);
      }
    }
  });
});
