import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/report/html.js';
import { escapeHtml, jsonForScript, revisionUrl, safeHttpsUrl } from '../../src/report/html-escape.js';
import { expectGolden, fixtureReport } from './golden.js';

describe('HTML dashboard', () => {
  for (const lang of ['en', 'ko'] as const) {
    it(`matches the golden dashboard in ${lang}`, () => {
      expectGolden(`dashboard.${lang}.html`, renderHtml(fixtureReport('round-1'), { lang }));
    });
  }

  it('loads nothing from anywhere: no external URL in src/href, and a CSP that forbids it', () => {
    const html = renderHtml(fixtureReport('round-1'));
    expect(html).not.toMatch(/\s(src|srcset|action|poster|data)=/i);
    expect(html).not.toMatch(/url\(/i);
    expect(html).not.toMatch(/@import/i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).toContain("default-src 'none'");
    // Every href is an https link to a page a person may open; none is loaded by the page.
    for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^https:\/\//);
  });

  it('escapes every string from the report, in text, attributes and the embedded JSON', () => {
    const report = fixtureReport('round-1');
    const evil = 'org/<script>alert(1)</script>"\'><img src=x onerror=alert(2)>';
    const model = report.teams[0]!.models[0]!;
    model.id = evil;
    model.licence.expression = '</script><script>alert(3)</script>';
    model.evidence.push('<iframe src="https://evil.example">');
    model.links = ['javascript:alert(4)', 'https://ok.example/x'];
    model.reasons[0]!.message = '<b>bold</b> & co';
    report.teams[0]!.name = '<svg onload=alert(5)>';
    report.programme.title = '</title><script>alert(6)</script>';
    const html = renderHtml(report);
    // The only script elements are the data block and our own script.
    expect(html.match(/<script\b/g)).toHaveLength(2);
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<iframe');
    expect(html).not.toContain('<svg');
    expect(html).not.toMatch(/href="javascript:/);
    expect(html).toContain('org/<wbr>&lt;script&gt;alert(1)&lt;/<wbr>script&gt;&quot;&#39;&gt;&lt;img');
    expect(html).toContain('&lt;b&gt;bold&lt;/b&gt; &amp; co');
    const data = /<script type="application\/json" id="openquota-data">([\s\S]*?)<\/script>/.exec(html)![1]!;
    expect(data).not.toContain('<');
    expect(JSON.parse(data).teams[0].models[0].id).toBe(evil);
  });

  it('shows the linked code repositories in the evidence, linked and escaped, with a marker in the row', () => {
    const report = fixtureReport('round-1');
    report.teams[0]!.models[0]!.code = [
      { source: 'github', id: 'LG-AI-EXAONE/EXAONE-4.0', licence: 'Apache-2.0' },
      { source: 'git', id: '<img src=x onerror=alert(1)>', url: 'javascript:alert(2)', licence: null },
      { source: 'git', id: 'tools', url: 'https://git.example.kr/tools.git', licence: '<b>MIT</b>' },
    ];
    for (const lang of ['en', 'ko'] as const) {
      const html = renderHtml(report, { lang });
      expect(html).not.toContain('<img');
      expect(html).not.toContain('<b>MIT');
      expect(html).not.toMatch(/href="javascript:/);
      const evidence = /<tr class="evidence" id="ev-0"[\s\S]*?<\/tr>/.exec(html)![0];
      const [label, none, marker] =
        lang === 'en'
          ? ['Code repository', 'licence not established', 'code: Apache-2.0']
          : ['코드 저장소', '라이선스 확인되지 않음', '코드: Apache-2.0'];
      expect(evidence).toContain(
        `<dt>${label}</dt><dd><ul><li><a href="https://github.com/LG-AI-EXAONE/EXAONE-4.0" rel="noreferrer">GitHub <code>LG-AI-EXAONE/EXAONE-4.0</code></a> · <code>Apache-2.0</code></li>`,
      );
      expect(evidence).toContain(`<li>git <code>&lt;img src=x onerror=alert(1)&gt;</code> · ${none}</li>`);
      expect(evidence).toContain(
        '<li><a href="https://git.example.kr/tools.git" rel="noreferrer">git <code>tools</code></a> · <code>&lt;b&gt;MIT&lt;/b&gt;</code></li>',
      );
      expect(html).toContain(`<span class="code-tag">${marker}</span>`);
    }
    const code = renderHtml(report)
      .split('<tbody')
      .find((b) => b.includes('data-s-model="lg-ai-exaone/exaone-4.0"'))!;
    expect(code).toContain(
      '<span class="badge v-excluded">– excluded</span><span class="note">code repository (not counted)</span>',
    );
  });

  it('links revisions to the Hub tree or the GitHub commit, and only safe URLs', () => {
    const sha = '06920e00207426400a9bf900a0473540600b5c00';
    expect(revisionUrl('huggingface', 'LGAI-EXAONE/EXAONE-4.0-32B', sha)).toBe(
      `https://huggingface.co/LGAI-EXAONE/EXAONE-4.0-32B/tree/${sha}`,
    );
    expect(revisionUrl('github', 'LG-AI-EXAONE/EXAONE-4.0', sha)).toBe(
      `https://github.com/LG-AI-EXAONE/EXAONE-4.0/commit/${sha}`,
    );
    expect(revisionUrl('git', 'https://github.com/skt/A.X.git', sha)).toBe(
      `https://github.com/skt/A.X/commit/${sha}`,
    );
    expect(revisionUrl('huggingface', 'a/b" onclick="x', sha)).toBeNull();
    expect(revisionUrl('huggingface', 'a/b', 'main"><x')).toBeNull();
    expect(safeHttpsUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpsUrl('https://x.example/"')).toBeNull();
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
  it('give text a contrast of at least 4.5:1 on its background', async () => {
    const { CSS } = await import('../../src/report/html-css.js');
    const vars = Object.fromEntries(
      [...CSS.matchAll(/--([a-z-]+):(#[0-9a-f]{6})/g)].map((m) => [m[1], m[2]]),
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
    // The bar is a graphic: WCAG asks 3:1 against its track.
    expect(contrast(vars.bar!, vars['bar-bg']!)).toBeGreaterThanOrEqual(3);
  });
});
