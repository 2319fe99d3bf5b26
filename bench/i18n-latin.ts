/**
 * Latin-script fragments left in the Korean outputs of the bundled example (issue 13: "a reviewer
 * who reads only Korean understands every verdict"): `node --import tsx bench/i18n-latin.ts [DIR]`.
 * Evaluates the evidence bundle offline, renders the verbose table, the Markdown and the HTML
 * dashboard in Korean, opens the dashboard in headless Chromium with every release shown and every
 * evidence row and <details> open, and counts the fragments (test/support/latin.ts says what is
 * allowed: names, ids, licence names, file names, quotes, URLs, numbers, code). Prints the count
 * per output and the most frequent fragments. Figures, not assertions.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { loadBundle } from '../src/bundle.js';
import { defaultEngine } from '../src/detect/engine.js';
import { evaluateBundle } from '../src/evaluate-bundle.js';
import { renderHtml } from '../src/report/html.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { renderTable } from '../src/report/table.js';
import { leaves, parseExpression } from '../src/spdx/expression.js';
import type { Report } from '../src/types.js';
import { latinFragments } from '../test/support/latin.js';

const dir = process.argv[2] ?? 'examples/sovereign-ai-2025/evidence';

/** The data strings of a report that are names, not sentences: teams, titles, licence names, reasons the programme wrote. */
function names(report: Report, lookup: (id: string) => { name: string } | undefined): string[] {
  const out = [report.programme.title, report.policy.title, report.policy.id];
  for (const team of report.teams) {
    out.push(team.name, team.id);
    for (const m of team.models) {
      const ids = [
        m.licence.expression,
        m.licence.declared,
        m.licence.detected,
        ...m.licence.detections.map((d) => d.closest?.licence ?? d.licence),
      ];
      for (const e of ids) {
        if (!e) continue;
        const parsed = parseExpression(e);
        for (const leaf of parsed.ok ? leaves(parsed.tree) : [e]) {
          const name = lookup(leaf)?.name;
          if (name) out.push(name);
        }
      }
      // Hub `license_name` values (`exaone`): ids the card gave, data.
      for (const line of m.evidence) {
        const named = / \(name (.+)\)$/.exec(line);
        if (named) out.push(named[1]!);
      }
      // The programme file's own words for an exclusion (its author's language, quoted data).
      for (const f of m.reasons) if (typeof f.args?.reason === 'string') out.push(f.args.reason);
      for (const f of m.reasons)
        if (f.code === 'EXCLUDED_BY_PROGRAMME' && !f.args?.reason)
          out.push(f.message.replace(/ \([^)]*\)$/, ''));
    }
  }
  return out;
}

async function htmlText(html: string): Promise<string> {
  const tmp = mkdtempSync(join(tmpdir(), 'openquota-latin-'));
  const file = join(tmp, 'dashboard.html');
  writeFileSync(file, html);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(pathToFileURL(file).href);
    await page.evaluate(() => {
      const more = document.getElementById('more');
      while (more && !more.hidden) more.click();
    });
    const toggles = await page.$$('button.toggle[aria-expanded="false"]');
    for (const t of toggles) await t.click();
    return await page.evaluate(() => {
      document.querySelectorAll('details').forEach((d) => {
        d.open = true;
      });
      // Identifiers and quoted licence text are allowed; mark them so the counter skips them.
      document.querySelectorAll('code, q').forEach((e) => {
        e.textContent = '`x`';
      });
      // An id broken for wrapping (`org/<wbr>name`) is one text again.
      document.querySelectorAll('wbr').forEach((w) => {
        w.remove();
      });
      document.body.normalize();
      // Every text node a reader can see, one per line (script, style and hidden elements left out).
      const lines: string[] = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!el || el.closest('script, style, [hidden]') || el.getClientRects().length === 0) continue;
        if (n.textContent?.trim()) lines.push(n.textContent.trim());
      }
      // Attributes a reader meets too: titles, labels read aloud, placeholders.
      document.querySelectorAll('[title], [aria-label], [placeholder]').forEach((e) => {
        for (const a of ['title', 'aria-label', 'placeholder'])
          if (e.getAttribute(a)) lines.push(e.getAttribute(a)!);
      });
      return lines.join('\n');
    });
  } finally {
    await browser.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}

const engine = defaultEngine();
const bundle = await loadBundle(dir);
const report = await evaluateBundle(bundle, { engine, cwd: process.cwd(), teams: [], caller: 'bench' });
const allowed = names(report, engine.lookup);
const outputs: [string, string][] = [
  ['table (--verbose)', renderTable(report, { verbose: true, colour: false, lang: 'ko', width: 10_000 })],
  [
    'markdown',
    renderMarkdown(report, { lang: 'ko', maxChars: 10_000_000 })
      .replace(/\]\([^)]*\)/g, ']')
      .replace(/<\/?(?:details|summary)>/g, ' '),
  ],
  ['html (rendered, all rows open)', await htmlText(renderHtml(report, { lang: 'ko' }))],
];
for (const [name, text] of outputs) {
  const found = latinFragments(text, allowed);
  const counts = new Map<string, number>();
  for (const f of found) counts.set(f, (counts.get(f) ?? 0) + 1);
  const top = [...counts].sort((a, b) => b[1] - a[1]).slice(0, 12);
  console.log(`${name}: ${found.length} Latin-script fragments (${counts.size} distinct)`);
  for (const [f, n] of top) console.log(`  ${String(n).padStart(4)} × ${f}`);
}
if (process.env.DUMP) writeFileSync(process.env.DUMP, outputs.map(([n, t]) => `==== ${n}\n${t}`).join('\n'));
