import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { lineOfPath } from '../../src/config/parse.js';
import { FINDING_HELP } from '../../src/policy/findings.js';
import { RENDERERS } from '../../src/report/index.js';
import { locateInProgramme } from '../../src/report/locate.js';
import { renderSarif } from '../../src/report/sarif.js';
import { FINDING_CODES } from '../../src/report/schema.js';
import { expectGolden, fixtureReport } from './golden.js';

const PROGRAMME = readFileSync('test/fixtures/action/openquota.yml', 'utf8');

// The SARIF 2.1.0 schema is draft-04 (`id`, not `$id`); Ajv 8 reads it once those two keys are dropped.
function sarifValidator() {
  const schema = JSON.parse(readFileSync('test/fixtures/sarif/sarif-2.1.0-rtm.5.json', 'utf8'));
  delete schema.id;
  delete schema.$schema;
  // Its `language` pattern is not valid with the u flag (a lone `]`); JSON Schema patterns are ECMA-262 without it.
  const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
  addFormats.default(ajv);
  return ajv.compile(schema);
}

interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: Rule[] } };
    results: Result[];
  }[];
}
interface Rule {
  id: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string };
  helpUri: string;
}
interface Result {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
  partialFingerprints: Record<string, string>;
  properties: { team: string; model: string };
}

const sarifOf = (text: string) => JSON.parse(text) as SarifLog;

describe('SARIF 2.1.0', () => {
  const validate = sarifValidator();

  it('is valid against the SARIF 2.1.0 JSON schema, for both rounds, with and without the programme text', () => {
    for (const round of ['round-1', 'round-2'] as const) {
      for (const options of [{}, { programmeText: PROGRAMME }]) {
        const ok = validate(JSON.parse(renderSarif(fixtureReport(round), options)));
        expect(validate.errors ?? []).toEqual([]);
        expect(ok).toBe(true);
      }
    }
  });

  it('the validator is not vacuous: a bad level or a result without a message is refused', () => {
    const log = JSON.parse(renderSarif(fixtureReport('round-1')));
    log.runs[0].results[0].level = 'fatal';
    expect(validate(log)).toBe(false);
    const log2 = JSON.parse(renderSarif(fixtureReport('round-1')));
    delete log2.runs[0].results[0].message;
    expect(validate(log2)).toBe(false);
  });

  it('matches the golden SARIF', () => {
    expectGolden('report.sarif', renderSarif(fixtureReport('round-1'), { programmeText: PROGRAMME }));
  });

  it('matches the golden SARIF in Korean: each result says its verdict and reason from code and args', () => {
    const text = renderSarif(fixtureReport('round-1'), { programmeText: PROGRAMME, lang: 'ko' });
    expectGolden('report.ko.sarif', text);
    const messages = sarifOf(text).runs[0]!.results.map((r: { message: { text: string } }) => r.message.text);
    expect(messages).toContain(
      'LGAI-EXAONE/EXAONE-4.0-32B(팀 lg-ai-research): 미준수 — EXAONE AI Model License Agreement 1.2 - NC: 상업적 이용을 금지합니다',
    );
  });

  it('meets code scanning: driver, one rule per finding code with help, results that resolve to rules', () => {
    const log = sarifOf(renderSarif(fixtureReport('round-1'), { programmeText: PROGRAMME }));
    expect(log.version).toBe('2.1.0');
    const { driver } = log.runs[0]!.tool;
    expect(driver).toMatchObject({ name: 'openquota', version: expect.any(String) });
    expect(driver.informationUri).toMatch(/^https:\/\//);
    expect(driver.rules.map((r) => r.id)).toEqual(FINDING_CODES);
    for (const rule of driver.rules) {
      expect(rule.help.text).toBe(FINDING_HELP[rule.id as keyof typeof FINDING_HELP]);
      expect(rule.fullDescription.text.length).toBeGreaterThan(0);
      expect(rule.shortDescription.text.length).toBeLessThanOrEqual(1024);
      expect(rule.helpUri).toMatch(/#finding-codes$/);
    }
    const results = log.runs[0]!.results;
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) {
      expect(driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
      expect(['error', 'warning']).toContain(r.level);
      expect(r.locations).toHaveLength(1);
      const { artifactLocation, region } = r.locations[0]!.physicalLocation;
      // Relative to the repository root, so code scanning can open the file.
      expect(artifactLocation.uri).not.toMatch(/^(\/|[a-z]+:)/i);
      expect(region.startLine).toBeGreaterThanOrEqual(1);
      expect(Object.values(r.partialFingerprints)[0]).toContain(r.ruleId);
    }
  });

  it('one result per non-compliant (error) or unknown (warning) model, nothing for the others', () => {
    const report = fixtureReport('round-1');
    const results = sarifOf(renderSarif(report)).runs[0]!.results;
    const expected = report.teams.flatMap((t) =>
      t.models
        .filter((m) => m.verdict === 'non-compliant' || m.verdict === 'unknown')
        .map((m) => [m.id, m.verdict]),
    );
    expect(
      results.map((r) => [r.properties.model, r.level === 'error' ? 'non-compliant' : 'unknown']),
    ).toEqual(expected);
  });

  it('locates every declared model of a large programme at its own line, in one parse', () => {
    // 2 teams x 2,000 declared models: the line of each entry, by origin and by bare id.
    const models = (team: string) => Array.from({ length: 2000 }, (_, i) => `      - ${team}/m-${i}`);
    const text = [
      'programme: large',
      'policy: msit-sovereign-ai-2025',
      'teams:',
      '  - id: a',
      '    name: A',
      '    models:',
      ...models('org-a'),
      '  - id: b',
      '    name: B',
      '    models:',
      ...models('org-b'),
      '',
    ].join('\n');
    const locate = locateInProgramme(text);
    expect(locate('a', { id: 'x', origin: 'models: org-a/m-0' })).toBe(7);
    expect(locate('a', { id: 'ORG-A/M-1999', origin: 'huggingface: org-a' })).toBe(7 + 1999);
    expect(locate('b', { id: 'org-b/m-5', origin: 'models: org-b/m-5' })).toBe(2010 + 5);
    // Another team's model is not this team's entry: the team's line.
    expect(locate('b', { id: 'org-a/m-5', origin: 'huggingface: org-a' })).toBe(2007);
    expect(lineOfPath(text, ['teams', 1, 'models', 5])).toBe(2015);
  });

  it('points at the models: entry declaring the model, else at the team', () => {
    const report = fixtureReport('round-1');
    const results = sarifOf(
      renderSarif(report, { programmeText: PROGRAMME, programmeUri: 'ops/openquota.yml' }),
    ).runs[0]!.results;
    const lg = lineOfPath(PROGRAMME, ['teams', 0]);
    const byModel = new Map(results.map((r) => [r.properties.model, r.locations[0]!.physicalLocation]));
    const exaone = byModel.get('LGAI-EXAONE/EXAONE-4.0-32B');
    expect(exaone).toEqual({
      artifactLocation: { uri: 'ops/openquota.yml', uriBaseId: '%SRCROOT%' },
      region: { startLine: lg },
    });
    const locate = locateInProgramme(PROGRAMME);
    expect(
      locate('lg-ai-research', { id: 'LGAI-EXAONE/K-EXAONE-236B-A23B', origin: 'huggingface: LGAI-EXAONE' }),
    ).toBe(lineOfPath(PROGRAMME, ['teams', 0, 'models', 0]));
    expect(
      locate('naver-cloud', { id: 'x/y', origin: 'models: naver-hyperclovax/HyperCLOVAX-SEED-Omni-8B' }),
    ).toBe(lineOfPath(PROGRAMME, ['teams', 1, 'models', 1]));
    expect(locate('nobody')).toBeUndefined();
    expect(locateInProgramme('{{not yaml')('lg-ai-research')).toBeUndefined();
  });

  it('fingerprints are stable across runs and differ per model and code', () => {
    const a = sarifOf(renderSarif(fixtureReport('round-1'))).runs[0]!.results;
    const b = sarifOf(renderSarif({ ...fixtureReport('round-1'), generatedAt: '2030-01-01T00:00:00Z' }))
      .runs[0]!.results;
    expect(a.map((r) => r.partialFingerprints)).toEqual(b.map((r) => r.partialFingerprints));
    const prints = a.map((r) => JSON.stringify(r.partialFingerprints));
    expect(new Set(prints).size).toBe(prints.length);
  });

  it('is registered as --format sarif', async () => {
    const out = (await RENDERERS.sarif!())(fixtureReport('round-1'), {
      verbose: false,
      colour: false,
      programmeText: PROGRAMME,
    });
    expect(out).toBe(renderSarif(fixtureReport('round-1'), { programmeText: PROGRAMME }));
  });
});
