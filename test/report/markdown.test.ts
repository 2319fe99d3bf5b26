import { describe, expect, it } from 'vitest';
import { GITHUB_COMMENT_LIMIT, renderMarkdown } from '../../src/report/markdown.js';
import { md } from '../../src/report/markdown-escape.js';
import type { ModelResult, Report } from '../../src/types.js';
import { expectGolden, fixtureReport } from './golden.js';

/** A report whose teams hold `n` models each, to push the Markdown over its limit. */
function bigReport(n: number): Report {
  const report = fixtureReport('round-1');
  for (const team of report.teams) {
    const base = team.models[0]!;
    team.models = Array.from({ length: n }, (_, i): ModelResult => ({ ...base, id: `${base.id}-${i}` }));
  }
  return report;
}

describe('Markdown report', () => {
  for (const lang of ['en', 'ko'] as const) {
    it(`matches the golden Markdown in ${lang}`, () => {
      expectGolden(`report.${lang}.md`, renderMarkdown(fixtureReport('round-1'), { lang }));
    });
  }

  it('stays within GitHub’s 65,536-character comment limit, dropping model detail team by team', () => {
    const report = bigReport(150);
    const out = renderMarkdown(report, { reportPath: 'reports/round-1.json' });
    expect(out.length).toBeLessThanOrEqual(GITHUB_COMMENT_LIMIT);
    const kept = [...out.matchAll(/<details>/g)].length;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(report.teams.length);
    const left = (report.teams.length - kept) * 150;
    expect(out).toContain(
      `> ${left} models were left out to stay within 65,536 characters; the full report is reports/round-1.json.`,
    );
    // Every team is still in the summary table, and failing teams keep their details first.
    for (const team of report.teams) expect(out).toContain(`| ${md(team.name)} |`);
    expect(out).toContain('Models of LG AI연구원');
    expect(out).not.toContain('Models of SK텔레콤');
  });

  it('honours a larger limit (job summaries) and a tiny one', () => {
    const report = bigReport(150);
    const full = renderMarkdown(report, { maxChars: 1024 * 1024 });
    expect(full).not.toContain('left out');
    expect([...full.matchAll(/<details>/g)]).toHaveLength(report.teams.length);
    const bytes = (text: string) => Buffer.byteLength(text);
    const summary = renderMarkdown(report, { maxChars: 100_000, lang: 'ko', measure: bytes });
    expect(bytes(summary)).toBeLessThanOrEqual(100_000);
    expect(summary.length).toBeLessThan(bytes(summary)); // Hangul: more bytes than characters
    expect(summary).toContain('<details>');
    expect(summary).toContain('생략했습니다');
    const tiny = renderMarkdown(report, { maxChars: 600, lang: 'ko' });
    expect(tiny.length).toBeLessThanOrEqual(600);
    expect(tiny).toContain('생략했습니다');
  });

  it('escapes untrusted ids so they cannot inject HTML, links or break the table', () => {
    const report = fixtureReport('round-1');
    report.teams[0]!.models[0]!.id = 'x/<img src=x onerror=alert(1)>|[a](javascript:alert(2))';
    report.teams[0]!.name = '</summary><script>alert(3)</script>';
    const out = renderMarkdown(report);
    expect(out).not.toContain('<img');
    expect(out).not.toContain('<script');
    expect(out).not.toMatch(/[^\\]\]\(javascript:/);
    expect(out).toContain('x/&lt;img src=x onerror=alert(1)>\\|\\[a\\](javascript:alert(2))');
  });

  it('leaves raw text readable: `<` escaped only where GitHub would read a tag, `&` only before an entity', () => {
    // The honest text a reader must see as written.
    expect(md('1 of 5 compliant (20.0%) <= 50%')).toBe('1 of 5 compliant (20.0%) <= 50%');
    expect(md('a < b > c, 3<4, AT&T & co')).toBe('a < b > c, 3<4, AT&T & co');
    expect(md('EXAONE_1_2 model_card')).toBe('EXAONE_1_2 model_card');
    // What could become HTML, a comment, a processing instruction, an autolink or an entity.
    expect(md('<img src=x>')).toBe('&lt;img src=x>');
    expect(md('</summary>')).toBe('&lt;/summary>');
    expect(md('<!-- hidden -->')).toBe('&lt;!-- hidden -->');
    expect(md('<?php x ?>')).toBe('&lt;?php x ?>');
    expect(md('<https://evil.example>')).toBe('&lt;https://evil.example>');
    expect(md('&lt;script&gt; &#60;b&#62;')).toBe('&amp;lt;script&amp;gt; &amp;\\#60;b&amp;\\#62;');
    // Emphasis, links, code, quotes and cells stay inert.
    expect(md('_x_ *y* `z` [a](b) | c')).toBe('\\_x\\_ \\*y\\* \\`z\\` \\[a\\](b) \\| c');
    expect(md('> quoted')).toBe('\\> quoted');
    expect(md('line\nbreak')).toBe('line break');
  });

  it('says why each excluded release is excluded, and names the registry that failed with host and cause', () => {
    const out = renderMarkdown(fixtureReport('round-1'));
    expect(out).toContain(
      '| – excluded | public | – | **Excluded by the programme file**: quantised copy of a counted release (LGAI-EXAONE/\\*-GGUF) |',
    );
    expect(out).toContain(
      '| **No weight files**: no weight files: this repository does not count as a release |',
    );
    expect(out).toContain(
      '- a registry could not be listed — huggingface.co: the Hub kept answering 429 after 5 retries while listing K-intelligence (RATE_LIMITED; request id Root=1-68db1a2f-5e0c3a7b1f2d4c6e8a9b0c1d)',
    );
    const ko = renderMarkdown(fixtureReport('round-1'), { lang: 'ko' });
    expect(ko).toContain('**사업 파일에서 제외**: 제외 규칙 LGAI-EXAONE/\\*-GGUF, 사유: “quantised copy');
    expect(ko).toContain('- 레지스트리의 목록을 가져오지 못했습니다 — huggingface.co:');
  });

  it('counts in words with plural rules: "1 model", "2 models"; Korean has no plural', () => {
    const one = bigReport(1);
    one.teams = one.teams.slice(0, 2);
    const truncated = (report: Report, lang: 'en' | 'ko') => {
      const full = renderMarkdown(report, { lang, maxChars: 1 << 20 });
      // Just short enough to drop one team's details.
      return renderMarkdown(report, { lang, maxChars: full.length - 10, reportPath: 'r.json' });
    };
    expect(truncated(one, 'en')).toContain('> 1 model was left out to stay within');
    const two = bigReport(2);
    two.teams = two.teams.slice(0, 2);
    expect(truncated(two, 'en')).toContain('> 2 models were left out to stay within');
    expect(truncated(one, 'ko')).toContain('모델 1개를 생략했습니다');
  });

  it('shows each linked code repository right under its model, escaped, linked only to safe URLs', () => {
    const report = fixtureReport('round-1');
    report.teams[0]!.models[0]!.code = [
      {
        source: 'github',
        id: 'LG-AI-EXAONE/EXAONE-4.0',
        url: 'https://github.com/LG-AI-EXAONE/EXAONE-4.0',
        licence: 'Apache-2.0',
      },
      { source: 'git', id: 'x/[a](javascript:alert(1))', url: 'javascript:alert(1)', licence: null },
      { source: 'git', id: 'tools', url: 'https://git.example.kr/a_(b)|c.git', licence: '<b>MIT</b>' },
    ];
    const out = renderMarkdown(report).split('\n');
    const at = out.findIndex((l) => l.startsWith('| [LGAI-EXAONE/EXAONE-4.0-32B]'));
    expect(out.slice(at + 1, at + 4)).toEqual([
      '| ↳ code: [GitHub LG-AI-EXAONE/EXAONE-4.0](https://github.com/LG-AI-EXAONE/EXAONE-4.0) |  |  | Apache-2.0 |  |',
      '| ↳ code: git x/\\[a\\](javascript:alert(1)) |  |  | licence not established |  |',
      '| ↳ code: [git tools](https://git.example.kr/a_%28b%29%7Cc.git) |  |  | &lt;b>MIT&lt;/b> |  |',
    ]);
    const ko = renderMarkdown(report, { lang: 'ko' });
    expect(ko).toContain(
      '| ↳ 코드 저장소: git x/\\[a\\](javascript:alert(1)) |  |  | 라이선스 확인되지 않음 |  |',
    );
    expect(ko).toContain('| – 제외 · 코드 저장소(집계하지 않음) |');
  });
});
