import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { annotationsFor } from '../../src/action/annotations.js';
import { INPUT_NAMES, parseInputs } from '../../src/action/inputs.js';
import { failsStep } from '../../src/action/main.js';
import { renderSummary, SUMMARY_LIMIT_BYTES } from '../../src/action/summary.js';
import type { Report } from '../../src/types.js';
import { fixtureReport } from '../report/golden.js';

const action = parse(readFileSync('action.yml', 'utf8')) as {
  runs: { using: string; main: string };
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
};
const from = (inputs: Record<string, string>) => (name: string) => inputs[name] ?? '';

describe('Action inputs', () => {
  it('action.yml runs dist/action.js on node24 and declares every input the code reads', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/action.js' });
    expect(Object.keys(action.inputs).sort()).toEqual(
      [...Object.keys(INPUT_NAMES), 'github-token', 'hf-token'].sort(),
    );
    expect(Object.keys(action.outputs).sort()).toEqual([
      'comment-url',
      'failing-teams',
      'passing-teams',
      'report',
      'report-json',
      'sarif',
      'status',
    ]);
  });

  it("action.yml's defaults are the schema's defaults (the runner applies one, tests the other)", () => {
    const defaults = parseInputs(from({}));
    for (const [input, option] of Object.entries(INPUT_NAMES)) {
      const declared = action.inputs[input]?.default;
      if (declared !== undefined) expect(String(defaults[option]), input).toBe(declared);
    }
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a template
    expect(action.inputs['github-token']?.default).toBe('${{ github.token }}');
  });

  it('parses through the shared scan schema: teams by comma or newline, CLI-equivalent names', () => {
    const inputs = parseInputs(
      from({
        team: 'lg-ai-research, upstage\nnc-ai',
        'fail-on': 'incomplete',
        'save-evidence': 'ev',
        report: 'r.json',
      }),
    );
    expect(inputs).toMatchObject({
      team: ['lg-ai-research', 'upstage', 'nc-ai'],
      failOn: 'incomplete',
      saveEvidence: 'ev',
      output: 'r.json',
      mode: 'scan',
      config: 'openquota.yml',
    });
  });

  it('a bad input is an error naming it and what it got', () => {
    expect(() => parseInputs(from({ 'fail-on': 'sometimes' }))).toThrow(
      'Input "fail-on" must be one of fail, incomplete, never; got "sometimes"',
    );
    expect(() => parseInputs(from({ mode: 'audit' }))).toThrow(
      'Input "mode" must be one of scan, check, merge; got "audit"',
    );
    expect(() => parseInputs(from({ target: 'x/y' }))).toThrow(
      'Input "target" is used only with mode: check',
    );
    expect(() => parseInputs(from({ mode: 'merge' }))).toThrow('Input "reports" must name the JSON reports');
    expect(() => parseInputs(from({ mode: 'check', evidence: 'e' }))).toThrow(
      'Input "evidence" is used only with mode: scan',
    );
  });

  it('fail-on: which status fails the step', () => {
    const table = (['fail', 'incomplete', 'never'] as const).map((f) =>
      (['pass', 'incomplete', 'fail'] as const).map((s) => failsStep(s, f)),
    );
    expect(table).toEqual([
      [false, false, true],
      [false, true, true],
      [false, false, false],
    ]);
  });
});

/** A report whose Markdown is far past 1 MiB: many teams of many models with long Korean names. */
function hugeReport(): Report {
  const base = fixtureReport('round-1');
  const team = base.teams[0]!;
  const model = team.models[0]!;
  const teams = Array.from({ length: 40 }, (_, t) => ({
    ...team,
    id: `team-${t}`,
    name: `팀 ${t} 독자 AI 파운데이션 모델`,
    models: Array.from({ length: 400 }, (_, m) => ({
      ...model,
      id: `org-${t}/모델-${m}-독자-파운데이션-${'가'.repeat(20)}`,
    })),
  }));
  return { ...base, teams, programme: { ...base.programme, commit: 'a'.repeat(40) } };
}

describe('job summary', () => {
  it('names the policy and the programme commit, under the limit', () => {
    const report = {
      ...fixtureReport('round-1'),
      programme: { ...fixtureReport('round-1').programme, commit: 'b'.repeat(40) },
    };
    const summary = renderSummary(report, { reportPath: 'openquota-report.json' });
    expect(summary).toContain(`\`${'b'.repeat(40)}\``);
    expect(summary).toContain(report.policy.id);
    expect(summary).toMatch(
      /\| team \| counted \| compliant \| unknown \| share \| by parameters \| threshold \| status \|/,
    );
  });

  it('past GitHub’s 1 MiB it is truncated in bytes (Korean is 3 bytes a character) and says where the full report is', () => {
    const report = hugeReport();
    const summary = renderSummary(report, { reportPath: 'openquota-report.json' });
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(Buffer.byteLength(summary)).toBeGreaterThan(SUMMARY_LIMIT_BYTES * 0.5);
    expect(summary).toContain('openquota-report.json');
    expect(summary).toContain('a'.repeat(40));
    expect(summary).toMatch(/\| 팀 39 독자 AI 파운데이션 모델 \|/);
  });

  it('a small limit still keeps the footer', () => {
    const summary = renderSummary(fixtureReport('round-1'), { reportPath: 'r.json', limitBytes: 3000 });
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(3000);
    expect(summary).toContain('r.json');
    expect(summary).toContain(fixtureReport('round-1').policy.id);
  });
});

describe('the Action in Korean (lang: ko)', () => {
  it('takes lang as an input, en by default, and refuses another language', () => {
    const inputs = (values: Record<string, string>) => (name: string) => values[name] ?? '';
    expect(parseInputs(inputs({})).lang).toBe('en');
    expect(parseInputs(inputs({ lang: 'ko' })).lang).toBe('ko');
    expect(() => parseInputs(inputs({ lang: 'fr' }))).toThrow(/lang/);
  });

  it('writes the summary and the annotations from codes and args, in Korean', () => {
    const report = fixtureReport('round-1');
    const summary = renderSummary(report, { lang: 'ko', reportPath: 'openquota-report.json' });
    expect(summary).toContain('EXAONE AI Model License Agreement 1.2 - NC: 상업적 이용을 금지합니다');
    expect(summary).toContain('정책 **msit-sovereign-ai-2025**');
    expect(summary).not.toContain('forbids commercial use');
    const annotations = annotationsFor(report, { file: 'openquota.yml' }, 'ko');
    expect(annotations.map((a) => a.message)).toContain(
      'LGAI-EXAONE/EXAONE-4.0-32B(팀 LG AI연구원): 미준수 — EXAONE AI Model License Agreement 1.2 - NC: 상업적 이용을 금지합니다',
    );
    // English stays the default, word for word what the JSON report says.
    const en = annotationsFor(report, { file: 'openquota.yml' });
    expect(en[0]!.message).toContain(' is non-compliant: ');
  });
});
