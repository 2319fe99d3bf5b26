import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from '../../src/report/i18n/en.js';
import {
  CATALOGUES,
  findingHelp,
  langFromEnv,
  placeholders,
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

  it('rebuilds team reasons in Korean and keeps the report text in English', () => {
    const team = fixtureReport('round-1').teams[0]!;
    expect(teamReason('en', team)).toBe(team.reason.message);
    expect(teamReason('ko', team)).toBe('5개 중 1개 준수(20.0%)로 기준 50.0%를 넘지 못합니다');
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
