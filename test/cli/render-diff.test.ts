import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../support/cli.js';

const ROUND_1 = 'test/fixtures/reports/round-1.json';
const ROUND_2 = 'test/fixtures/reports/round-2.json';

describe('openquota render', () => {
  it('renders an archived report in every format', async () => {
    for (const format of ['table', 'json', 'markdown', 'html', 'cyclonedx']) {
      const run = await runCli(['render', ROUND_1, '--format', format]);
      expect({ format, code: run.code, stderr: run.stderr }).toEqual({ format, code: 0, stderr: '' });
      expect(run.stdout.length).toBeGreaterThan(100);
    }
    const json = await runCli(['render', ROUND_1, '--format', 'json']);
    expect(JSON.parse(json.stdout)).toEqual(JSON.parse(readFileSync(ROUND_1, 'utf8')));
  });

  it('takes the language from --lang, else LC_ALL / LANG', async () => {
    const tty = { env: { LANG: 'ko_KR.UTF-8' }, tty: true };
    expect((await runCli(['render', ROUND_1], tty)).stdout).toContain('✘ 실패');
    expect((await runCli(['render', ROUND_1, '--lang', 'en'], tty)).stdout).toContain('✘ fail');
    const bad = await runCli(['render', ROUND_1, '--lang', 'fr']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown language "fr"');
  });

  it('writes to --output and names the report in the Markdown truncation note', async () => {
    const dir = tempDir();
    const out = join(dir, 'dashboard.html');
    const run = await runCli(['render', ROUND_1, '--format', 'html', '--output', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toMatch(/^<!doctype html>/);
  });

  it('exits 2 naming the file and the problem for bad input', async () => {
    const dir = tempDir();
    const broken = join(dir, 'broken.json');
    const report = JSON.parse(readFileSync(ROUND_1, 'utf8'));
    report.teams[1].models[0].verdict = 'great';
    writeFileSync(broken, JSON.stringify(report));
    const run = await runCli(['render', 'broken.json'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('broken.json: teams[1].models[0].verdict: Invalid option');
    const missing = await runCli(['render', 'nope.json'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.json: cannot read the report: it does not exist');
    writeFileSync(join(dir, 'other.json'), JSON.stringify({ schema: 'openquota/evidence@1' }));
    const other = await runCli(['render', 'other.json'], { cwd: dir });
    expect(other.stderr).toContain(
      'other.json: schema: "openquota/evidence@1" is not a report this version reads',
    );
    const unknown = await runCli(['render', ROUND_1, '--format', 'pdf']);
    expect(unknown.code).toBe(2);
  });

  it('has --help', async () => {
    const run = await runCli(['render', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: openquota render REPORT.json');
  });
});

describe('openquota diff', () => {
  it('lists every change between two rounds and exits 1 on a regression', async () => {
    const run = await runCli(['diff', ROUND_1, ROUND_2, '--format', 'table']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    for (const text of [
      'model added',
      'model removed',
      'availability changed',
      'declared licence changed',
      'detected licence changed',
      'judged licence changed',
      'verdict changed',
      'team status changed',
      'team share changed',
      '✘ regression',
    ])
      expect(run.stdout).toContain(text);
  });

  it('exits 0 when nothing regressed', async () => {
    const run = await runCli(['diff', ROUND_1, ROUND_1, '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ schema: 'openquota/diff@1', changes: [], regressions: 0 });
    const reverse = await runCli(['diff', ROUND_2, ROUND_1, '--format', 'markdown']);
    // Backwards, round 2's improvements become regressions: EXAONE-4.0-1.2B stops complying, KT stops passing.
    expect(reverse.code).toBe(1);
  });

  it('prints the policy-mismatch warning on stderr for the table, inside the output otherwise', async () => {
    const dir = tempDir();
    const other = JSON.parse(readFileSync(ROUND_2, 'utf8'));
    other.policy.id = 'osi-strict';
    writeFileSync(join(dir, 'strict.json'), JSON.stringify(other));
    const table = await runCli(['diff', ROUND_1, join(dir, 'strict.json')], { tty: true });
    expect(table.stderr).toMatch(
      /^openquota diff: warning: the two reports were judged under different policies/,
    );
    expect(table.stdout).not.toContain('warning');
    const json = await runCli(['diff', ROUND_1, join(dir, 'strict.json'), '--format', 'json']);
    expect(json.stderr).toBe('');
    expect(JSON.parse(json.stdout).warnings).toHaveLength(1);
  });

  it('exits 2 naming every bad input', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.json'), '{"schema": "openquota/report@1"');
    writeFileSync(join(dir, 'b.json'), JSON.stringify({ schema: 'openquota/report@1', teams: 'none' }));
    const run = await runCli(['diff', 'a.json', 'b.json'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('a.json: not JSON');
    expect(run.stderr).toContain('b.json: tool:');
    expect(run.stderr).toContain('b.json: teams:');
    expect((await runCli(['diff', ROUND_1])).code).toBe(2);
    expect((await runCli(['diff', ROUND_1, ROUND_2, '--format', 'cyclonedx'])).code).toBe(2);
  });

  it('writes HTML to --output and has --help', async () => {
    const dir = tempDir();
    const run = await runCli(['diff', ROUND_1, ROUND_2, '--format', 'html', '--output', join(dir, 'd.html')]);
    expect(run.code).toBe(1);
    expect(readFileSync(join(dir, 'd.html'), 'utf8')).toContain('<table class="changes">');
    expect((await runCli(['diff', '--help'])).stdout).toContain('Usage: openquota diff OLD.json NEW.json');
  });
});
