// `openquota site` on disk: writes the site, replaces an earlier site whole, and refuses (exit 2,
// nothing changed) what it must not replace or cannot build.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSite } from '../../src/report/site-write.js';
import { runCli, tempDir } from '../support/cli.js';

const ROUND_1 = join(process.cwd(), 'test/fixtures/reports/round-1.json');
const ROUND_2 = join(process.cwd(), 'test/fixtures/reports/round-2.json');

/** Every file under `dir` with its content, to prove a refused run changed nothing. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' }))
    if (statSync(join(dir, f)).isFile()) out[f] = readFileSync(join(dir, f), 'utf8');
  return out;
}

describe('openquota site', () => {
  it('writes the site of two rounds, and says where', async () => {
    const dir = tempDir();
    const run = await runCli(['site', ROUND_1, ROUND_2, '--out', 'site'], { cwd: dir });
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^site: 2 rounds, 19 pages \(\d\.\d MB\) in site; open site\/index.html\n$/);
    expect(existsSync(join(dir, 'site/ko/rounds/2025-12-15.html'))).toBe(true);
    // Nothing of the build is left beside it.
    expect(readdirSync(dir)).toEqual(['site']);
  });

  it('replaces a site it wrote, whole: a page of a round no longer given is gone', async () => {
    const dir = tempDir();
    await runCli(['site', ROUND_1, ROUND_2, '--out', 'site'], { cwd: dir });
    const again = await runCli(['site', ROUND_1, '--out', 'site'], { cwd: dir });
    expect(again.code).toBe(0);
    expect(existsSync(join(dir, 'site/en/rounds/2025-12-15.html'))).toBe(false);
    expect(existsSync(join(dir, 'site/en/rounds/2025-09-30.html'))).toBe(true);
    expect(readdirSync(dir)).toEqual(['site']);
  });

  it('leaves the previous site as it was when a build fails half way, and no temporary directory', async () => {
    const dir = tempDir();
    await runCli(['site', ROUND_1, '--out', 'site'], { cwd: dir });
    const before = snapshot(join(dir, 'site'));
    // `x` as a file, then `x/y`: the second write fails after the first succeeded.
    const broken = [
      { path: 'x', content: 'a' },
      { path: 'x/y', content: 'b' },
    ];
    await expect(writeSite(join(dir, 'site'), broken, [])).rejects.toThrow();
    expect(snapshot(join(dir, 'site'))).toEqual(before);
    expect(readdirSync(dir)).toEqual(['site']);
  });

  it('writes into an empty directory', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, '_site'));
    expect((await runCli(['site', ROUND_1, '--out', '_site'], { cwd: dir })).code).toBe(0);
    expect(existsSync(join(dir, '_site/openquota-site.json'))).toBe(true);
  });

  it('refuses a directory that is not a site, a file, and an input inside --out; nothing changes', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'docs/notes.md'), 'mine');
    const before = snapshot(dir);
    const notSite = await runCli(['site', ROUND_1, '--out', 'docs'], { cwd: dir });
    expect(notSite.code).toBe(2);
    expect(notSite.stderr).toContain(
      'docs: --out: exists and is not an openquota site (no openquota-site.json): refusing to replace it',
    );
    writeFileSync(join(dir, 'file.html'), 'x');
    const file = await runCli(['site', ROUND_1, '--out', 'file.html'], { cwd: dir });
    expect(file.code).toBe(2);
    expect(file.stderr).toContain('file.html: --out: exists and is a file, not a site directory');
    // An input inside the site's directory (here: the directory an earlier site was built in).
    await runCli(['site', ROUND_1, '--out', 'site'], { cwd: dir });
    writeFileSync(join(dir, 'site/round-1.json'), readFileSync(ROUND_1));
    const inside = await runCli(['site', 'site/round-1.json', '--out', 'site'], { cwd: dir });
    expect(inside.code).toBe(2);
    expect(inside.stderr).toContain(
      'site/round-1.json: --out: is inside site, which the site replaces whole',
    );
    expect(readFileSync(join(dir, 'site/round-1.json'), 'utf8')).toBe(readFileSync(ROUND_1, 'utf8'));
    const clobber = await runCli(['site', ROUND_1, '--out', ROUND_1], { cwd: dir });
    expect(clobber.code).toBe(2);
    const after = snapshot(dir);
    expect(after['docs/notes.md']).toBe(before['docs/notes.md']);
    expect(after['file.html']).toBe('x');
    expect(readdirSync(dir).sort()).toEqual(['docs', 'file.html', 'site']);
  });

  it('refuses reports of different programmes, and lists every unreadable report at once', async () => {
    const dir = tempDir();
    const other = JSON.parse(readFileSync(ROUND_2, 'utf8'));
    other.programme.title = 'Another programme';
    writeFileSync(join(dir, 'other.json'), JSON.stringify(other));
    const mixed = await runCli(['site', ROUND_1, 'other.json', '--out', 'site'], { cwd: dir });
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain('other.json: programme.title: is "Another programme", but');
    expect(mixed.stderr).toContain('a site shows the rounds of one programme');
    writeFileSync(join(dir, 'broken.json'), '{');
    const bad = await runCli(['site', 'nope.json', 'broken.json', '--out', 'site'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('2 problems to fix');
    expect(bad.stderr).toContain('nope.json: cannot read the report: it does not exist');
    expect(bad.stderr).toContain('broken.json: not JSON');
    expect(existsSync(join(dir, 'site'))).toBe(false);
  });

  it('asks for reports and --out, and explains itself with --help', async () => {
    const none = await runCli(['site']);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('REPORT: give the JSON report of at least one evaluation round');
    expect(none.stderr).toContain('--out: say where to write the site');
    const help = await runCli(['site', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: openquota site REPORT.json... --out DIR');
    expect(help.stdout).toContain('file://');
    expect((await runCli(['--help'])).stdout).toMatch(/\n {2}site +build a static public site/);
    // Declared like every verb: `help site` is its --help, and it lists exactly the flags it parses.
    expect((await runCli(['help', 'site'])).stdout).toBe(help.stdout);
    expect(help.stdout).toContain('    --out DIR');
    expect(help.stdout).not.toMatch(/-o, /);
    expect(Math.max(...help.stdout.split('\n').map((l) => l.length))).toBeLessThanOrEqual(100);
  });

  it('has no -o (elsewhere -o FILE writes the output in the chosen format): -o DIR is refused with the fix', async () => {
    const dir = tempDir();
    for (const argv of [
      ['site', ROUND_1, '-o', 'site'],
      ['site', ROUND_1, '-osite'],
    ]) {
      const run = await runCli(argv, { cwd: dir });
      expect(run.code).toBe(2);
      // One problem, not also a report called `site`.
      expect(run.stderr).toBe(
        'openquota site: a problem to fix:\n  command line: -o: site has no -o: it writes a directory\n    fix: write --out site\n',
      );
    }
    expect(readdirSync(dir)).toEqual([]);
  });

  it('names a mistyped flag with the one meant, every problem at once, as JSON when asked', async () => {
    const dir = tempDir();
    const run = await runCli(['site', 'nope.json', '--otu', 'site'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--otu: unknown option --otu');
    expect(run.stderr).toContain('did you mean --out?');
    expect(run.stderr).toContain('nope.json: cannot read the report: it does not exist');
    expect(readdirSync(dir)).toEqual([]);
    const empty = await runCli(['site', ROUND_1, '--out='], { cwd: dir });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('--out: is empty');
    expect(readdirSync(dir)).toEqual([]);
  });
});
