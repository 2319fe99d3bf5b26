import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RENDERERS } from '../../src/report/index.js';
import { renderJson } from '../../src/report/json.js';
import { FINDING_CODES, parseReport } from '../../src/report/schema.js';
import { expectGolden, fixtureReport } from './golden.js';

describe('report fixtures and schema', () => {
  it('both rounds are valid openquota/report@1 reports', () => {
    for (const round of ['round-1', 'round-2'] as const) {
      const result = parseReport(round, fixtureReport(round));
      expect('problems' in result ? result.problems : []).toEqual([]);
    }
  });

  it('round 1 holds every verdict, availability and finding code, and several team statuses', () => {
    const report = fixtureReport('round-1');
    const models = report.teams.flatMap((t) => t.models);
    expect(new Set(models.map((m) => m.verdict))).toEqual(
      new Set(['compliant', 'non-compliant', 'unknown', 'excluded']),
    );
    expect(new Set(models.map((m) => m.availability))).toEqual(
      new Set(['public', 'gated-auto', 'gated-manual', 'private', 'disabled', null]),
    );
    expect(
      new Set(fixtureReport('round-2').teams.flatMap((t) => t.models.map((m) => m.availability))),
    ).toContain('missing');
    // AVAILABILITY_NOT_CHECKED is `check DIR`'s: a scan never holds a local directory.
    const scanCodes = FINDING_CODES.filter((c) => c !== 'AVAILABILITY_NOT_CHECKED');
    expect(new Set(models.flatMap((m) => m.reasons.map((r) => r.code)))).toEqual(new Set(scanCodes));
    expect(new Set(report.teams.map((t) => t.status))).toEqual(new Set(['pass', 'fail', 'incomplete']));
    expect(new Set(models.map((m) => m.source))).toEqual(new Set(['huggingface', 'github']));
  });

  it('team counts agree with their models', () => {
    for (const round of ['round-1', 'round-2'] as const) {
      for (const team of fixtureReport(round).teams) {
        const n = (v: string) => team.models.filter((m) => m.verdict === v).length;
        expect(team.compliant).toBe(n('compliant'));
        expect(team.nonCompliant).toBe(n('non-compliant'));
        expect(team.unknown).toBe(n('unknown'));
        expect(team.excluded).toBe(n('excluded'));
        expect(team.counted).toBe(team.compliant + team.nonCompliant + team.unknown);
        expect(team.share).toBeCloseTo(team.counted ? team.compliant / team.counted : 0);
      }
    }
  });

  it('names the path of what is wrong', () => {
    const report = fixtureReport('round-1') as unknown as {
      teams: { share: unknown; models: { id: unknown }[] }[];
    };
    report.teams[2]!.share = 'high';
    report.teams[0]!.models[3]!.id = 7;
    const result = parseReport('r.json', report);
    expect('problems' in result && result.problems.map((p) => `${p.file}: ${p.path}`)).toEqual([
      'r.json: teams[0].models[3].id',
      'r.json: teams[2].share',
    ]);
  });

  it('the JSON renderer writes the report back unchanged (golden: the fixture itself)', () => {
    const text = renderJson(fixtureReport('round-1'));
    expect(text).toBe(readFileSync('test/fixtures/reports/round-1.json', 'utf8'));
    expectGolden('report.json', text);
  });

  it('every registered renderer renders both rounds', async () => {
    for (const [format, load] of Object.entries(RENDERERS)) {
      const render = await load!();
      for (const round of ['round-1', 'round-2'] as const) {
        const out = render(fixtureReport(round), { verbose: true, colour: false, lang: 'ko' });
        expect(out.length, `${format} ${round}`).toBeGreaterThan(100);
      }
    }
  });
});
