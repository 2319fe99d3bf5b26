import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderCycloneDx } from '../../src/report/cyclonedx.js';
import { renderHtml } from '../../src/report/html.js';
import { escapeHtml, jsonForScript, revisionUrl, safeWebUrl } from '../../src/report/html-escape.js';
import { CLIENT_LABELS } from '../../src/report/html-view-labels.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import type { Report } from '../../src/types.js';
import { expectGolden, fixtureReport } from './golden.js';
import { viewOf } from './html.support.js';

describe('HTML dashboard', () => {
  for (const lang of ['en', 'ko'] as const) {
    it(`matches the golden dashboard in ${lang}`, () => {
      expectGolden(`dashboard.${lang}.html`, renderHtml(fixtureReport('round-1'), { lang }));
    });
  }

  it('loads nothing from anywhere: no external URL in src/href, and a CSP that forbids it', () => {
    const html = renderHtml(fixtureReport('round-1'));
    expect(html).not.toMatch(/\s(src|srcset|action|poster|data)=/i);
    const css = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    expect(css).not.toMatch(/url\(/i);
    expect(css).not.toMatch(/@import/i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).toContain("default-src 'none'");
    // Every href is a page a person may open, or a view of this page (`#team=…`); none is loaded.
    const markup = html.replace(/<script\b[\s\S]*?<\/script>/g, '');
    const hrefs = [...markup.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);
    expect(hrefs.length).toBeGreaterThan(5);
    for (const href of hrefs) expect(href).toMatch(/^(https:\/\/|#[a-z]+=)/);
  });

  it('escapes every string from the report, in text, attributes and the embedded view', () => {
    const report = fixtureReport('round-1');
    const evil = 'org/<script>alert(1)</script>"\'><img src=x onerror=alert(2)>';
    const model = report.teams[0]!.models[0]!;
    model.id = evil;
    model.licence.expression = '</script><script>alert(3)</script>';
    model.evidence.push('<iframe src="https://evil.example">');
    model.links = ['javascript:alert(4)', 'https://ok.example/x'];
    model.url = 'javascript:alert(7)';
    model.reasons[0]!.message = '<b>bold</b> & co';
    report.teams[0]!.name = '<svg onload=alert(5)>';
    report.teams[0]!.id = 'lg"><script>alert(8)</script>';
    report.programme.title = '</title><script>alert(6)</script>';
    const html = renderHtml(report);
    // The only script elements are the data block and our own script.
    expect(html.match(/<script\b/g)).toHaveLength(2);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<iframe');
    expect(html).not.toContain('<svg');
    expect(html).not.toContain('<b>bold');
    expect(html).not.toMatch(/href="javascript:/);
    expect(html).toContain('&lt;svg onload=alert(5)&gt;');
    expect(html).toContain('&lt;b&gt;bold&lt;/b&gt; &amp; co');
    const { json, view } = viewOf(html);
    expect(json).not.toContain('<');
    expect(view.rows[0]!.id).toBe(evil);
    expect(view.rows[0]!.u).toBeNull();
    expect(view.rows[0]!.l).toEqual(['https://ok.example/x']);
  });

  it('embeds each linked code repository with its page only when that page is a safe link', () => {
    const report = fixtureReport('round-1');
    report.teams[0]!.models[0]!.code = [
      {
        source: 'github',
        id: 'LG-AI-EXAONE/EXAONE-4.0',
        url: 'https://github.com/LG-AI-EXAONE/EXAONE-4.0',
        licence: 'Apache-2.0',
      },
      { source: 'git', id: '<img src=x onerror=alert(1)>', url: 'javascript:alert(2)', licence: null },
    ];
    const { view } = viewOf(renderHtml(report));
    expect(view.rows[0]!.c).toEqual([
      ['github', 'LG-AI-EXAONE/EXAONE-4.0', 'https://github.com/LG-AI-EXAONE/EXAONE-4.0', 'Apache-2.0'],
      ['git', '<img src=x onerror=alert(1)>', null, null],
    ]);
  });

  it('gives the script every word it writes, in the page language', () => {
    const script = ['html-js.ts', 'html-js-render.ts', 'html-js-csv.ts']
      .map((f) => readFileSync(new URL(`../../src/report/${f}`, import.meta.url), 'utf8'))
      .join('\n');
    // Literal keys (`L['dash.more']`, `['evidence.findings', …]`) and the prefixes of built ones.
    const literal = [
      ...script.matchAll(
        /'((?:col|code|dash|evidence|filter|source|verdict|availability|severity)\.[\w.-]+)'/g,
      ),
    ].map((m) => m[1]!);
    expect(literal.length).toBeGreaterThan(30);
    const built = ['verdict.', 'availability.', 'severity.', 'source.', 'dash.matcher.'];
    for (const key of literal) {
      if (built.includes(key)) continue;
      expect(CLIENT_LABELS, key).toContain(key);
    }
    for (const prefix of built)
      expect(
        CLIENT_LABELS.some((k) => k.startsWith(prefix)),
        prefix,
      ).toBe(true);
    const { view } = viewOf(renderHtml(fixtureReport('round-1'), { lang: 'ko' }));
    for (const key of CLIENT_LABELS) expect(view.labels[key], key).toBeTruthy();
    expect(view.labels['dash.evidence.open']).toBe('근거');
  });
});

describe('HTML dashboard links', () => {
  /** The fixture as if scanned on a Hub mirror and a GitHub Enterprise host. */
  function onOwnEndpoints(): Report {
    const report = fixtureReport('round-1');
    for (const team of report.teams)
      for (const m of team.models) {
        if (m.source === 'huggingface') m.url = `https://hub.example.kr/${m.id}`;
        if (m.source === 'github') m.url = `https://ghe.example.kr/${m.id}`;
        m.links = [];
        for (const c of m.code ?? []) c.url = `https://ghe.example.kr/${c.id}`;
      }
    return report;
  }

  it('are built from the endpoint the report says was scanned, never huggingface.co or github.com', () => {
    const report = onOwnEndpoints();
    const html = renderHtml(report);
    const { view } = viewOf(html);
    const hub = view.rows.find((r) => r.id === 'LGAI-EXAONE/EXAONE-4.0-32B')!;
    expect(hub.u).toBe('https://hub.example.kr/LGAI-EXAONE/EXAONE-4.0-32B');
    expect(hub.ru).toBe(`https://hub.example.kr/LGAI-EXAONE/EXAONE-4.0-32B/tree/${hub.rv}`);
    const ghe = view.rows.find((r) => r.s === 'github')!;
    expect(ghe.ru).toBe(`https://ghe.example.kr/${ghe.id}/commit/${ghe.rv}`);
    for (const text of [html, renderMarkdown(report, { lang: 'en' }), renderCycloneDx(report)]) {
      expect(text).not.toMatch(/https:\/\/(huggingface\.co|github\.com)\//);
      expect(text).toContain('https://hub.example.kr/');
    }
  });

  it('are left out when the report has no page for a release (no host is assumed)', () => {
    const report = onOwnEndpoints();
    for (const team of report.teams) for (const m of team.models) delete m.url;
    const { view } = viewOf(renderHtml(report));
    for (const row of view.rows) {
      expect(row.u).toBeNull();
      expect(row.ru).toBeNull();
    }
  });

  it('link revisions to the Hub tree or the commit, and only safe URLs', () => {
    const sha = '06920e00207426400a9bf900a0473540600b5c00';
    const at = (source: string, url: string | undefined, revision: string | null = sha) =>
      revisionUrl({ source, url, revision });
    expect(at('huggingface', 'https://huggingface.co/LGAI-EXAONE/EXAONE-4.0-32B')).toBe(
      `https://huggingface.co/LGAI-EXAONE/EXAONE-4.0-32B/tree/${sha}`,
    );
    expect(at('huggingface', 'http://hub.internal:8080/org/m/')).toBe(
      `http://hub.internal:8080/org/m/tree/${sha}`,
    );
    expect(at('github', 'https://ghe.example.kr/org/repo')).toBe(
      `https://ghe.example.kr/org/repo/commit/${sha}`,
    );
    expect(at('git', 'https://github.com/skt/A.X.git')).toBe(`https://github.com/skt/A.X/commit/${sha}`);
    // A git URL of another host names no commit page we know of.
    expect(at('git', 'https://git.example.kr/skt/A.X.git')).toBeNull();
    expect(at('huggingface', 'https://huggingface.co/a/b" onclick="x')).toBeNull();
    expect(at('huggingface', 'https://huggingface.co/a/b', 'main"><x')).toBeNull();
    expect(at('huggingface', undefined)).toBeNull();
    expect(safeWebUrl('javascript:alert(1)')).toBeNull();
    expect(safeWebUrl('data:text/html,x')).toBeNull();
    expect(safeWebUrl('https://x.example/"')).toBeNull();
    expect(safeWebUrl('http://hub.internal/x')).toBe('http://hub.internal/x');
    expect(escapeHtml(`<a href='x'>&"`)).toBe('&lt;a href=&#39;x&#39;&gt;&amp;&quot;');
    expect(jsonForScript({ a: '</script><!--\u2028' })).toBe('{"a":"\\u003c/script>\\u003c!--\\u2028"}');
  });
});

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

describe('HTML dashboard colours', () => {
  it('give text a contrast of at least 4.5:1 on its background, in the light and the dark scheme', async () => {
    const { CSS } = await import('../../src/report/html-css.js');
    const light = /:root\{([^}]*)\}/.exec(CSS)![1]!;
    const dark = /prefers-color-scheme:dark\)\{:root\{([^}]*)\}/.exec(CSS)![1]!;
    for (const block of [light, dark]) {
      const vars = Object.fromEntries(
        [...block.matchAll(/--([a-z-]+):(#[0-9a-f]{6})/g)].map((m) => [m[1], m[2]]),
      );
      const pairs = [
        ['fg', 'bg'],
        ['fg', 'panel'],
        ['muted', 'bg'],
        ['muted', 'panel'],
        ['link', 'bg'],
        ['link', 'panel'],
        ['pass', 'pass-bg'],
        ['fail', 'fail-bg'],
        ['fail', 'bg'],
        ['inc', 'inc-bg'],
        ['exc', 'exc-bg'],
      ];
      for (const [text, background] of pairs) {
        expect(contrast(vars[text!]!, vars[background!]!), `${text} on ${background}`).toBeGreaterThanOrEqual(
          4.5,
        );
      }
      // The bars are graphics: WCAG asks 3:1 against their track.
      for (const seg of ['seg-c', 'seg-n', 'seg-u'])
        expect(contrast(vars[seg]!, vars['bar-bg']!), seg).toBeGreaterThanOrEqual(3);
    }
  });
});
