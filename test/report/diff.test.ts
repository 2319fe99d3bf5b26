import { describe, expect, it } from 'vitest';
import { type ChangeKind, diffReports } from '../../src/report/diff.js';
import { DIFF_FORMATS, renderDiff } from '../../src/report/diff-render.js';
import { expectGolden, fixtureReport } from './golden.js';

const find = (diff: ReturnType<typeof diffReports>, kind: ChangeKind, model?: string) =>
  diff.changes.filter((c) => c.kind === kind && (model === undefined || c.model === `huggingface:${model}`));

describe('diff between two rounds', () => {
  const diff = diffReports(fixtureReport('round-1'), fixtureReport('round-2'));

  it('lists each kind of change between round 1 and round 2', () => {
    expect(find(diff, 'model-added').map((c) => c.model)).toEqual([
      'huggingface:upstage/Solar-Open-100B',
      'huggingface:skt/A.X-4.0-VL',
      'huggingface:K-intelligence/Midm-2.0-Mini-Instruct',
    ]);
    expect(find(diff, 'model-removed').map((c) => c.model)).toEqual([
      'huggingface:LGAI-EXAONE/EXAONE-3.5-2.4B-Instruct',
      // Round 1's examples of the families, weights and lineage findings, gone in round 2.
      ...['demo-base-7b', 'demo-base-7b-GGUF', 'demo-stub-1b', 'demo-unsized', 'demo-lora'].map(
        (n) => `huggingface:K-intelligence/${n}`,
      ),
      'github:kt-demo/llama.cpp',
      'huggingface:K-intelligence/demo-llama-ft',
      'huggingface:K-intelligence/demo-ft-of-missing',
    ]);
    expect(find(diff, 'availability', 'skt/A.X-4.0-Light')).toMatchObject([
      { before: 'public', after: 'gated-manual', team: 'sk-telecom' },
    ]);
    expect(find(diff, 'availability', 'NCSOFT/VARCO-VISION-2.0-14B')).toMatchObject([
      { before: 'public', after: 'gated-auto', regression: false },
    ]);
    expect(find(diff, 'licence-declared', 'upstage/SOLAR-Mini-Instruct-ko')).toMatchObject([
      { before: 'MIT', after: 'Apache-2.0' },
    ]);
    for (const kind of ['licence-declared', 'licence-detected', 'licence-expression'] as const)
      expect(find(diff, kind, 'LGAI-EXAONE/EXAONE-4.0-1.2B')).toHaveLength(1);
    expect(find(diff, 'verdict')).toMatchObject([
      {
        model: 'huggingface:LGAI-EXAONE/EXAONE-4.0-1.2B',
        before: 'non-compliant',
        after: 'compliant',
        regression: false,
      },
      {
        model: 'huggingface:skt/A.X-4.0-Light',
        before: 'compliant',
        after: 'non-compliant',
        regression: true,
      },
    ]);
    expect(find(diff, 'team-status')).toMatchObject([
      { team: 'sk-telecom', before: 'pass', after: 'fail', regression: true },
      { team: 'kt', before: 'incomplete', after: 'pass', regression: false },
    ]);
    expect(find(diff, 'team-share').map((c) => [c.team, c.before, c.after])).toEqual([
      ['lg-ai-research', 0.2, 0.5],
      ['sk-telecom', 0.75, 0.4],
      ['kt', 0.4, 1],
    ]);
    expect(find(diff, 'revision').length).toBeGreaterThan(0);
    expect(diff.regressions).toBe(2);
    expect(diff.policyMismatch).toBe(false);
  });

  it('finds nothing between a report and itself', () => {
    const same = diffReports(fixtureReport('round-1'), fixtureReport('round-1'));
    expect(same.changes).toEqual([]);
    expect(renderDiff(same, 'table')).toContain('No changes.');
  });

  it('does not call improvements regressions', () => {
    const after = fixtureReport('round-1');
    const lg = after.teams[0]!;
    lg.models[0]!.verdict = 'compliant';
    lg.status = 'pass';
    after.teams.find((t) => t.id === 'kt')!.status = 'pass';
    after.teams[1]!.models.push({ ...after.teams[1]!.models[0]!, id: 'upstage/new-model' });
    const d = diffReports(fixtureReport('round-1'), after);
    expect(d.changes.length).toBeGreaterThan(2);
    expect(d.regressions).toBe(0);
  });

  it('warns when the policies differ, inside json, markdown and html', () => {
    const after = fixtureReport('round-2');
    after.policy.sha256 = '0'.repeat(64);
    const d = diffReports(fixtureReport('round-1'), after);
    expect(d.policyMismatch).toBe(true);
    expect(JSON.parse(renderDiff(d, 'json')).warnings[0]).toMatch(
      /^warning: the two reports were judged under different policies/,
    );
    expect(renderDiff(d, 'markdown')).toContain(
      '> **warning: the two reports were judged under different policies',
    );
    expect(renderDiff(d, 'html')).toContain('<p class="warning-box" role="alert">⚠ warning: the two reports');
    expect(renderDiff(d, 'table')).not.toContain('warning');
    expect(renderDiff(d, 'markdown', 'ko')).toContain('서로 다른 정책');
  });

  for (const format of DIFF_FORMATS)
    for (const lang of ['en', 'ko'] as const)
      it(`matches the golden ${format} diff in ${lang}`, () => {
        const ext = { table: 'txt', markdown: 'md', json: 'json', html: 'html' }[format];
        expectGolden(`diff.${lang}.${ext}`, renderDiff(diff, format, lang));
      });

  it('escapes model ids in the HTML and Markdown diff', () => {
    const after = fixtureReport('round-2');
    after.teams[0]!.models[0]!.id = '<script>alert(1)</script>';
    const d = diffReports(fixtureReport('round-1'), after);
    expect(renderDiff(d, 'html')).not.toContain('<script>alert');
    expect(renderDiff(d, 'markdown')).not.toContain('<script>');
  });
});
