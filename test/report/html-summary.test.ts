import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/report/html.js';
import { reasonKey, reasonLine } from '../../src/report/html-finding.js';
import { headline, teamReasons } from '../../src/report/html-summary.js';
import { collapseShards } from '../../src/report/html-weights.js';
import { findingMessage } from '../../src/report/i18n/index.js';
import { primaryFinding } from '../../src/report/primary-finding.js';
import type { Finding, Report, TeamResult } from '../../src/types.js';
import { fixtureReport } from './golden.js';
import { englishLeft, viewOf } from './html.support.js';

const teams = (...statuses: TeamResult['status'][]) =>
  ({ teams: statuses.map((status) => ({ status })) }) as unknown as Pick<Report, 'teams'>;

describe('the headline', () => {
  it('says how many teams fail before anything else, with plural rules', () => {
    expect(headline(teams('fail', 'fail', 'fail', 'pass', 'pass'), 'en')).toEqual({
      title: '3 of 5 teams fail the quota',
      counts: '✔ pass 2 · ✘ fail 3 · ? incomplete 0',
    });
    expect(headline(teams('fail', 'pass'), 'en').title).toBe('1 of 2 teams fails the quota');
    expect(headline(teams('pass', 'incomplete'), 'en').title).toBe(
      'No team fails, but 1 of 2 teams cannot be decided yet',
    );
    expect(headline(teams('pass', 'pass'), 'en').title).toBe('All 2 teams pass the quota');
    expect(headline(teams('pass'), 'en').title).toBe('The team passes the quota');
    expect(headline(teams(), 'en').title).toBe('No team in this report');
    expect(headline(teams('fail', 'fail', 'fail', 'pass', 'pass'), 'ko')).toEqual({
      title: '5개 팀 중 3개 팀이 의무 비율을 충족하지 못합니다',
      counts: '✔ 통과 2 · ✘ 실패 3 · ? 미완료 0',
    });
  });
});

describe('reasons', () => {
  const finding = (code: Finding['code'], severity: Finding['severity'], extra: Partial<Finding> = {}) =>
    ({ code, severity, message: `${code} message`, ...extra }) as Finding;

  it('explain a verdict by its blocking finding, not by the first one listed', () => {
    const model = {
      reasons: [
        finding('LICENCE_UNIDENTIFIED', 'info'),
        finding('LICENCE_NON_COMMERCIAL', 'error', { blocking: true }),
        finding('LICENCE_NOT_APPROVED', 'error', { blocking: true }),
      ],
    };
    expect(primaryFinding(model)?.code).toBe('LICENCE_NON_COMMERCIAL');
    expect(
      primaryFinding({ reasons: [finding('GATED_AUTO', 'warning'), finding('RENAMED', 'info')] })?.code,
    ).toBe('GATED_AUTO');
    expect(primaryFinding({ reasons: [] })).toBeUndefined();
  });

  it('one choice for every renderer: an excluded release by what excluded it, a waived finding shown', () => {
    // A rename note comes first, but the row must say why the release is excluded.
    const excluded = {
      verdict: 'excluded' as const,
      reasons: [finding('RENAMED', 'info'), finding('EXCLUDED_BY_PROGRAMME', 'info')],
    };
    expect(primaryFinding(excluded)?.code).toBe('EXCLUDED_BY_PROGRAMME');
    expect(reasonKey({ ...excluded, kind: 'model' })).toMatch(/^EXCLUDED_BY_PROGRAMME\./);
    // A warning still outranks the note that excluded it (a registry answer it could not read).
    expect(
      primaryFinding({
        verdict: 'excluded',
        reasons: [finding('MALFORMED_RESPONSE', 'warning'), finding('NO_WEIGHTS', 'info')],
      })?.code,
    ).toBe('MALFORMED_RESPONSE');
    // A compliant release whose mismatch a policy waived says so (info), in the table and Markdown too.
    const waived = { verdict: 'compliant' as const, reasons: [finding('LICENCE_MISMATCH', 'info')] };
    expect(primaryFinding(waived)?.code).toBe('LICENCE_MISMATCH');
  });

  it('group releases by what the finding is about, the same key in every language', () => {
    const nc = (licence: string, message = 'x') => ({
      reasons: [finding('LICENCE_NON_COMMERCIAL', 'error', { blocking: true, message, args: { licence } })],
    });
    expect(reasonKey(nc('LicenseRef-exaone-1.1-nc'))).toMatch(/^LICENCE_NON_COMMERCIAL\.[0-9a-f]{6}$/);
    // Same args, other wording: the same reason. Other licence: another reason.
    expect(reasonKey(nc('LicenseRef-exaone-1.1-nc', 'y'))).toBe(reasonKey(nc('LicenseRef-exaone-1.1-nc')));
    expect(reasonKey(nc('LicenseRef-exaone-1.2-nc'))).not.toBe(reasonKey(nc('LicenseRef-exaone-1.1-nc')));
    // Every code repository is one reason, whatever its NO_WEIGHTS says.
    expect(reasonKey({ kind: 'code', reasons: [finding('NO_WEIGHTS', 'info')] })).toBe('CODE_REPOSITORY');
    expect(reasonKey({ reasons: [] })).toBe('');
  });

  it('key a reason by the sha256 of its args sorted as `Object.entries(args).sort()` sorts them', () => {
    // Keys that sort differently alone than as `key,value` (`a+b` before `a`, as `+` < `,`).
    const args = { b: 'x', a: 1, 'a+b': 2, 'a,b': 3, B: 'y', 'a b': 0, é: 1 };
    const about = JSON.stringify(Object.entries(args).sort());
    const key = `LICENCE_MISMATCH.${createHash('sha256').update(about).digest('hex').slice(0, 6)}`;
    expect(reasonKey({ reasons: [finding('LICENCE_MISMATCH', 'error', { args })] })).toBe(key);
  });

  it('render findings from code and args in each language, and from the stored message when the args do not suffice', () => {
    const f = finding('NOT_PUBLIC', 'error', {
      message: 'the release is private',
      args: { availability: 'private' },
    });
    expect(findingMessage('ko', f)).toBe('자격 증명 없이는 접근할 수 없습니다(비공개)');
    expect(findingMessage('en', f)).toBe('the release is private');
    // A report written before NOT_PUBLIC carried its availability: its own English text, not a broken sentence.
    const old = finding('NOT_PUBLIC', 'error', { message: 'the release is private' });
    expect(findingMessage('ko', old)).toBe('the release is private');
  });

  it('count a team: why counted releases fail, and what "excluded" holds', () => {
    const lg = fixtureReport('round-1').teams[0]!;
    const reasons = teamReasons(lg, 'en');
    expect(reasons.failing.map((r) => [r.count, r.title, r.text])).toEqual([
      [4, 'Non-commercial licence', 'EXAONE AI Model License Agreement 1.2 - NC forbids commercial use'],
    ]);
    expect(reasons.excluded.map((r) => [r.count, r.title])).toEqual([
      [1, 'Excluded by the programme file'],
      [1, 'code repository: no weight files, not a release'],
    ]);
    expect(reasons.failing[0]!.count + 0).toBe(lg.nonCompliant + lg.unknown);
    expect(reasons.excluded.reduce((n, r) => n + r.count, 0)).toBe(lg.excluded);
    const compliant = lg.models.find((m) => m.verdict === 'compliant')!;
    expect(reasonLine('en', compliant)).toBe('public under Apache-2.0, an approved licence');
  });
});

describe('weight files', () => {
  it('collapse a complete shard series to one line and keep anything else as it is', () => {
    const series = Array.from(
      { length: 42 },
      (_, i) => `model-${String(i + 1).padStart(5, '0')}-of-00042.safetensors`,
    );
    expect(collapseShards(['config.gguf', ...series])).toEqual([
      'config.gguf',
      'model-{00001…00042}-of-00042.safetensors',
    ]);
    // A shard missing: every file stays listed, so the gap shows.
    const gap = series.filter((f) => !f.includes('00007-of'));
    expect(collapseShards(gap)).toEqual(gap);
    expect(collapseShards(['model-00001-of-00001.safetensors'])).toEqual([
      'model-00001-of-00001.safetensors',
    ]);
  });
});

describe('the Korean dashboard', () => {
  it('writes no English of its own: what is Latin script is an id, a licence, a file or a name', () => {
    const report = fixtureReport('round-1');
    const html = renderHtml(report, { lang: 'ko' });
    const { view } = viewOf(html);
    const labels = Object.values(view.labels).join(' ') + Object.values(view.codes).flat().join(' ');
    expect(englishLeft(html, [report], labels)).toEqual([]);
    // The check can fail: an English phrase of the page's own is found.
    expect(englishLeft(html.replace('</main>', '<p>Show more</p></main>'), [report])).toEqual([
      'Show',
      'more',
    ]);
  });
});
