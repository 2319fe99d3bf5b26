/**
 * The HTML dashboard at programme scale, in headless Chromium (Debian's /usr/bin/chromium):
 * `node --import tsx bench/dashboard.ts [RELEASES...]` (default 400 and 8000). Prints the HTML
 * size, the time to the load event, the rows in the DOM, and the time of a filter (verdict,
 * team, licence text) and of a sort, each until the next frame. Figures, not assertions.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { renderHtml } from '../src/report/html.js';
import { largeReport } from '../test/report/html.large-report.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Runs `change` in the page and returns the milliseconds until the frame after it is painted. */
async function timed(page: Page, change: string): Promise<number> {
  return page.evaluate(async (code) => {
    const start = performance.now();
    new Function(code)();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
    return performance.now() - start;
  }, change);
}

// The ids of main's dashboard (f-licence, sModel) and of today's (f-q, model), so both can be measured.
const set = (ids: string, value: string, event: 'change' | 'input') =>
  `var e=${ids
    .split('|')
    .map((id) => `document.getElementById(${JSON.stringify(id)})`)
    .join(
      '||',
    )};e.value=${JSON.stringify(value)};e.dispatchEvent(new Event(${JSON.stringify(event)},{bubbles:true}));`;

if (!existsSync(CHROMIUM)) {
  console.log(`${CHROMIUM} is absent: apt-get install -y chromium`);
  process.exit(0);
}
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const dir = mkdtempSync(join(tmpdir(), 'openquota-bench-'));
const profile = mkdtempSync(join(tmpdir(), 'openquota-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM,
  headless: true,
  args: ARGS,
  viewport: { width: 1280, height: 900 },
});
try {
  for (const releases of sizes.length ? sizes : [400, 8000]) {
    const report = largeReport(releases);
    const started = performance.now();
    const html = renderHtml(report);
    const renderMs = performance.now() - started;
    const file = join(dir, `dashboard-${releases}.html`);
    writeFileSync(file, html);
    const loads: number[] = [];
    const filters: Record<string, number[]> = { verdict: [], team: [], licence: [], reset: [], sort: [] };
    let elements = 0;
    let rows = 0;
    for (let run = 0; run < 3; run++) {
      const page = await context.newPage();
      const t0 = performance.now();
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      // A frame after load: the rows are on screen.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0))));
      loads.push(performance.now() - t0);
      elements = await page.evaluate(() => document.getElementsByTagName('*').length);
      rows = await page.evaluate(() => document.querySelectorAll('tr.row').length);
      filters.verdict!.push(await timed(page, set('f-verdict', 'non-compliant', 'change')));
      filters.team!.push(await timed(page, set('f-team', report.teams[0]!.id, 'change')));
      filters.reset!.push(
        await timed(page, `${set('f-verdict', '', 'change')}${set('f-team', '', 'change')}`),
      );
      filters.licence!.push(await timed(page, set('f-q|f-licence', 'exaone', 'input')));
      filters.sort!.push(
        await timed(
          page,
          'document.querySelector(\'th[data-sort="model"] button, th[data-sort="sModel"] button\').click();',
        ),
      );
      await page.close();
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!.toFixed(0);
    console.log(
      `${releases} releases: HTML ${(html.length / 1e6).toFixed(1)} MB (rendered in ${renderMs.toFixed(0)} ms), ` +
        `${elements} elements, ${rows} rows in the DOM; load ${median(loads)} ms; ` +
        Object.entries(filters)
          .map(([k, v]) => `${k} ${median(v)} ms`)
          .join(', ') +
        ' (medians of 3)',
    );
  }
} finally {
  await context.close();
  rmSync(dir, { recursive: true, force: true });
  rmSync(profile, { recursive: true, force: true });
}
