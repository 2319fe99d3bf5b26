// The public site as files (src/report/site.ts): which pages, every link relative and landing on
// a page of the site, both languages, the reports that cannot make one site refused, goldens.
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/errors.js';
import { buildSite, type SiteFile } from '../../src/report/site.js';
import { expectGolden } from '../report/golden.js';
import { englishLeft } from '../report/html.support.js';
import { input } from './support.js';

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('not refused');
};

describe('openquota site, the pages', () => {
  // Given newest first: the site orders rounds by generatedAt.
  const files = buildSite([input('round-2'), input('round-1')]);
  const byPath = new Map(files.map((f) => [f.path, f.content]));

  it('has an index, a page per round and per team, in each language, a chooser and a marker', () => {
    const teams = ['lg-ai-research', 'upstage', 'naver-cloud', 'sk-telecom', 'nc-ai', 'kt'];
    const expected = [
      'index.html',
      'openquota-site.json',
      ...['en', 'ko'].flatMap((l) => [
        `${l}/index.html`,
        `${l}/rounds/2025-09-30.html`,
        `${l}/rounds/2025-12-15.html`,
        ...teams.map((t) => `${l}/teams/${t}.html`),
      ]),
    ];
    expect(files.map((f) => f.path).sort()).toEqual(expected.sort());
    const marker = JSON.parse(byPath.get('openquota-site.json')!);
    expect(marker.schema).toBe('openquota/site@1');
    expect(marker.rounds.map((r: { id: string; file: string }) => [r.id, r.file])).toEqual([
      ['2025-09-30', 'round-1.json'],
      ['2025-12-15', 'round-2.json'],
    ]);
  });

  it('links only relatively, and every link lands on a page of the site', () => {
    let checked = 0;
    for (const file of files.filter((f) => f.path.endsWith('.html'))) {
      const markup = file.content.replace(/<script\b[\s\S]*?<\/script>/g, '');
      for (const [, href] of markup.matchAll(/href="([^"]*)"/g)) {
        const target = href!.replace(/&amp;/g, '&');
        // Release pages on the registries are the only absolute links; never a rooted or file path.
        if (/^https:\/\//.test(target) || target.startsWith('#')) continue;
        expect(target, `${file.path}: ${target}`).not.toMatch(/^(\/|file:|[a-z]+:)/i);
        const path = posix.normalize(posix.join(posix.dirname(file.path), target.split('#')[0]!));
        expect(byPath.has(path), `${file.path} links ${target}, which is not a page of the site`).toBe(true);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('switches language to the same page in the other language', () => {
    expect(byPath.get('en/teams/upstage.html')).toContain(
      'href="../../ko/teams/upstage.html" hreflang="ko" lang="ko">한국어',
    );
    expect(byPath.get('ko/index.html')).toContain('href="../en/index.html" hreflang="en" lang="en">English');
    expect(byPath.get('ko/rounds/2025-09-30.html')).toContain('<html lang="ko">');
  });

  it("shows each team's share per round in an inline SVG chart, and its history from diff", () => {
    const index = byPath.get('en/index.html')!;
    expect(index).toContain('<svg viewBox="0 0 760 300" role="img"');
    expect(index).toContain('<title>SK텔레콤, 2025-12-15: 40.0% (✘ fail)</title>');
    const sk = byPath.get('en/teams/sk-telecom.html')!;
    expect(sk).toContain('From 2025-09-30 to 2025-12-15');
    expect(sk).toMatch(
      /<tr class="regressed"><td[^>]*>verdict changed<\/td><td[^>]*>skt\/A\.X-4\.0-Light<\/td>/,
    );
    expect(sk).toContain('>model added</td><td class="model-id" data-label="model">skt/A.X-4.0-VL</td>');
    expect(byPath.get('ko/teams/sk-telecom.html')).toContain('2025-09-30부터 2025-12-15까지');
    // No script but the dashboard's own; nothing loaded from anywhere.
    for (const f of files.filter((x) => x.path.endsWith('.html'))) {
      expect(f.content, f.path).toContain("default-src 'none'");
      expect(f.content, f.path).not.toMatch(/\s(src|srcset|data)=/);
      const scripts = (f.content.match(/<script\b/g) ?? []).length;
      expect(scripts, f.path).toBe(f.path.includes('/rounds/') ? 2 : 0);
    }
  });

  it('writes no English of its own in the Korean pages', () => {
    const reports = [input('round-1').report, input('round-2').report];
    for (const f of files.filter((x) => x.path.startsWith('ko/')))
      expect(englishLeft(f.content, reports), f.path).toEqual([]);
  });

  for (const lang of ['en', 'ko'] as const) {
    it(`matches the golden index and team page in ${lang}`, () => {
      expectGolden(`site.index.${lang}.html`, byPath.get(`${lang}/index.html`)!);
      expectGolden(`site.team.${lang}.html`, byPath.get(`${lang}/teams/sk-telecom.html`)!);
    });
  }
});

describe('openquota site, the reports it refuses', () => {
  it('refuses reports of different programmes, naming both', () => {
    const problems = refusal(() =>
      buildSite([input('round-1'), input('round-2', (r) => (r.programme.title = 'Another programme'))]),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'test/fixtures/reports/round-2.json',
        path: 'programme.title',
        message: expect.stringContaining('is "Another programme", but test/fixtures/reports/round-1.json is'),
      }),
    ]);
  });

  it('refuses a team id that cannot name a page, and the same round twice', () => {
    const problems = refusal(() =>
      buildSite([input('round-1', (r) => (r.teams[0]!.id = '../../etc')), input('round-1')]),
    );
    expect(problems.map((p) => p.path)).toEqual(['teams[0].id', 'generatedAt']);
    expect(() => buildSite([])).toThrow(ConfigError);
  });

  it('builds a site of one round, with nothing to compare yet', () => {
    const one: SiteFile[] = buildSite([input('round-1')]);
    expect(one.find((f) => f.path === 'en/teams/kt.html')!.content).toContain('This is the first round');
  });
});
