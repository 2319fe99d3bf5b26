// The dashboard in real headless Chromium (Debian's /usr/bin/chromium via playwright-core): it
// leads with the headline, its bars and reasons are right, the table is grouped and sorted by
// severity, filters and sort live in the URL, CSV export writes the rows shown, the evidence row
// agrees with the verdict; no console error, no request but its own file. Screenshots go to
// test-output/ for a person to look at; load and filter times at 400 and 8,000 releases are
// printed, not asserted.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { renderHtml } from '../../src/report/html.js';
import type { Report } from '../../src/types.js';
import { fixtureReport } from './golden.js';
import { type Browser, chromiumSuite, launch, newPage, OUT } from './html.browser.support.js';
import { largeReport } from './html.large-report.js';

const RANK: Record<string, number> = { 'non-compliant': 0, unknown: 1, compliant: 2, excluded: 3 };

chromiumSuite('HTML dashboard in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    expect(browser?.network ?? [], 'no request left the machine').toEqual([]);
    await browser?.close();
  });

  async function open(report: Report, name: string, lang: 'en' | 'ko' = 'en', hash = '') {
    const file = join(OUT, name);
    writeFileSync(file, renderHtml(report, { lang }));
    const url = pathToFileURL(file).href;
    const { page, errors } = await newPage(browser);
    await page.goto(url + hash, { waitUntil: 'load' });
    return { page, url, errors };
  }
  const ids = (page: Page) => page.$$eval('tr.row .model-id', (els) => els.map((e) => e.textContent ?? ''));

  it('leads with the headline, with no console error and no request', async () => {
    const { page, errors } = await open(fixtureReport('round-1'), 'dashboard.html');
    expect(await page.locator('h2.headline').textContent()).toBe(
      '1 of 6 teams fails the quota; 3 cannot be decided yet',
    );
    expect(errors).toEqual([]);
    await page.screenshot({ path: join(OUT, 'dashboard.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(OUT, 'dashboard-phone.png'), fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'no horizontal scrolling at phone width').toBeLessThanOrEqual(0);
    await page.close();
  });

  it('stacks each team bar by verdict against the threshold line, and counts its reasons', async () => {
    const report = fixtureReport('round-1');
    const { page } = await open(report, 'dashboard.html');
    for (const team of report.teams) {
      const card = page.locator(`li.team[data-team="${team.id}"]`);
      const bar = card.locator('.stack');
      const whole = await bar.evaluate((e) => e.getBoundingClientRect().width);
      const counts = { compliant: team.compliant, 'non-compliant': team.nonCompliant, unknown: team.unknown };
      for (const [verdict, n] of Object.entries(counts)) {
        const seg = bar.locator(`.seg[data-verdict="${verdict}"]`);
        const width = n ? await seg.evaluate((e) => e.getBoundingClientRect().width) : 0;
        expect(width / whole, `${team.id} ${verdict}`).toBeCloseTo(team.counted ? n / team.counted : 0, 2);
      }
      const line = await bar
        .locator('.threshold')
        .evaluate((e) => e.getBoundingClientRect().left - e.parentElement!.getBoundingClientRect().left);
      expect(line / whole).toBeCloseTo(team.threshold, 2);
      expect(await card.locator('.legend').textContent()).toContain(`non-compliant ${team.nonCompliant}`);
    }
    const lg = page.locator('li.team[data-team="lg-ai-research"]');
    expect(await lg.locator('.reasons').first().textContent()).toContain('4 × Non-commercial licence');
    await lg.locator('details.excluded summary').click();
    expect(await lg.locator('details.excluded').textContent()).toContain('1 × code repository');
    // A reason links to exactly the releases it counts.
    await lg.locator('.reasons a').first().click();
    await expect.poll(() => ids(page)).toHaveLength(4);
    expect(await page.evaluate(() => location.hash)).toMatch(
      /^#team=lg-ai-research&reason=LICENCE_NON_COMMERCIAL\./,
    );
    await page.close();
  });

  it('groups the table by team in report order, most severe first, with the reason inline', async () => {
    const report = fixtureReport('round-1');
    // Families group a team's rows again: only the one made up here, so the order below is checked
    // on every other row.
    for (const t of report.teams) for (const m of t.models) delete (m as { family?: string }).family;
    for (const m of report.teams[0]!.models.slice(0, 2)) (m as { family?: string }).family = 'EXAONE-4.0';
    (report.teams[0]!.models[0]! as { copies?: unknown }).copies = [
      { id: 'LGAI-EXAONE/EXAONE-4.0-32B-AWQ', url: 'https://huggingface.co/LGAI-EXAONE/EXAONE-4.0-32B-AWQ' },
    ];
    const { page } = await open(report, 'dashboard-grouped.html');
    expect(await page.$$eval('tr.group .gname', (els) => els.map((e) => e.textContent))).toEqual(
      report.teams.map((t) => t.name),
    );
    const order = await page.$$eval('tbody#rows tr', (trs) =>
      trs.map((tr) =>
        tr.classList.contains('group') ? 'group' : (tr.querySelector('.badge')?.className ?? ''),
      ),
    );
    // Within each group the verdicts never get less severe going down.
    let last = -1;
    for (const cls of order) {
      if (cls === 'group') last = -1;
      const verdict = /v-([a-z-]+)/.exec(cls)?.[1];
      if (!verdict) continue;
      expect(RANK[verdict]!).toBeGreaterThanOrEqual(last);
      last = RANK[verdict]!;
    }
    const family = page.locator('tr.family');
    expect(await family.allTextContents()).toEqual(['family EXAONE-4.0 (2)']);
    const members = await family.evaluate((tr) =>
      [tr.nextElementSibling, tr.nextElementSibling?.nextElementSibling].map(
        (r) => r?.querySelector('.model-id')?.textContent,
      ),
    );
    expect(members.sort()).toEqual(['LGAI-EXAONE/EXAONE-4.0-1.2B', 'LGAI-EXAONE/EXAONE-4.0-32B']);
    const withCopies = page.locator('tr.row', {
      has: page.locator('.model-id', { hasText: /^LGAI-EXAONE\/EXAONE-4\.0-32B$/ }),
    });
    expect(await withCopies.locator('.code-tag').last().textContent()).toBe('+1 copies');
    expect(await withCopies.locator('td.why').textContent()).toContain(
      'Non-commercial licence: EXAONE AI Model',
    );
    await page.close();
  });

  it('keeps filters and sort in the URL, so the link reproduces the view', async () => {
    const report = fixtureReport('round-1');
    const models = report.teams.flatMap((t) => t.models.map((m) => ({ team: t.id, ...m })));
    const { page, url } = await open(report, 'dashboard.html');
    await page.selectOption('#f-verdict', 'compliant');
    await page.selectOption('#f-team', 'upstage');
    await page.locator('th[data-sort="licence"] button').click();
    await page.locator('th[data-sort="licence"] button').click();
    const hash = await page.evaluate(() => location.hash);
    expect(hash).toBe('#team=upstage&verdict=compliant&sort=licence&dir=desc');
    const shown = await ids(page);
    const expected = models.filter((m) => m.verdict === 'compliant' && m.team === 'upstage');
    expect([...shown].sort()).toEqual(expected.map((m) => m.id).sort());
    expect(await page.locator('#shown').textContent()).toBe(
      `${expected.length} of ${models.length} releases shown`,
    );
    // The same URL in a fresh page: the same rows, the same controls, the same sort mark.
    const again = await newPage(browser);
    await again.page.goto(url + hash);
    expect(await ids(again.page)).toEqual(shown);
    expect(await again.page.inputValue('#f-verdict')).toBe('compliant');
    expect(await again.page.locator('th[data-sort="licence"]').getAttribute('aria-sort')).toBe('descending');
    await again.page.fill('#f-q', 'mit');
    expect(await again.page.evaluate(() => location.hash)).toContain('q=mit');
    await again.page.locator('button[type=reset]').click();
    await expect.poll(() => ids(again.page).then((l) => l.length)).toBe(models.length);
    // One list, by model id in natural order, then reversed.
    await again.page.selectOption('#f-group', 'none');
    await again.page.locator('th[data-sort="model"] button').click();
    const natural = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
    const sorted = models.map((m) => m.id).sort(natural.compare);
    expect(await ids(again.page)).toEqual(sorted);
    expect(await again.page.locator('tr.group').count()).toBe(0);
    await again.page.locator('th[data-sort="model"] button').click();
    expect(await ids(again.page)).toEqual([...sorted].reverse());
    expect(await again.page.evaluate(() => location.hash)).toBe('#sort=model&dir=desc&group=none');
    await again.page.close();
    await page.close();
  });

  it('exports the rows shown as CSV, with formulas neutralised', async () => {
    const report = fixtureReport('round-1');
    report.teams[1]!.models[0]!.id = '=HYPERLINK("https://evil.example","x")';
    const { page } = await open(report, 'dashboard-csv.html', 'en', '#team=upstage');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#csv').click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(download.suggestedFilename()).toBe('openquota-2025-09-30.csv');
    expect(csv.startsWith('\ufeffteam,model,source,verdict,reason,finding code,')).toBe(true);
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(1 + report.teams[1]!.models.length);
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example"",""x"")"`);
    expect(
      lines
        .slice(1)
        .every((l) => l.startsWith(report.teams[1]!.name.includes(',') ? '"' : report.teams[1]!.name)),
    ).toBe(true);
    await page.close();
  });

  it('opens an evidence row that agrees with the verdict, its long lists folded', async () => {
    const { page } = await open(fixtureReport('round-1'), 'dashboard.html', 'en', '#team=naver-cloud');
    const row = page.locator('tr.row', { hasText: 'HyperCLOVAX-SEED-Text-Instruct-1.5B' });
    await row.locator('button.evidence-link').click();
    expect(await row.locator('button.toggle').getAttribute('aria-expanded')).toBe('true');
    const evidence = page.locator('tr.evidence');
    const dd = (label: string) => evidence.locator(`dt:text-is("${label}") + dd`);
    // Metadata said `other`: the row says so, and never "not established" above it.
    expect(await dd('Declared in metadata').textContent()).toBe(
      'Hub model card: other (name hyperclovax-seed) · names no licence itself, so the licence text decides',
    );
    expect(await dd('Findings').textContent()).toContain('LICENCE_UNREADABLE');
    expect(
      await evidence.locator('a[href^="https://huggingface.co/naver-hyperclovax/"][href*="/tree/"]').count(),
    ).toBe(1);
    expect(await dd('Weight files').locator('summary').textContent()).toBe('2 files, 1.6B parameters');
    expect(await dd('Weight files').locator('li').first().isVisible()).toBe(false);
    await page.setViewportSize({ width: 390, height: 844 });
    await row.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUT, 'dashboard-phone-evidence.png') });
    await row.locator('button.toggle').click();
    expect(await evidence.count()).toBe(0);
    await page.close();
  });

  it('renders rows on demand, all of them for print, in the dark and for paper', async () => {
    const report = largeReport(2000);
    const { page } = await open(report, 'dashboard-2000.html');
    const initial = await page.locator('tr.row').count();
    expect(initial).toBeLessThan(200);
    await page.locator('#more').click();
    expect(await page.locator('tr.row').count()).toBeGreaterThan(initial);
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect(await page.locator('tr.row').count()).toBe(2000);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('form.filters').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      'rgb(18, 20, 23)',
    );
    await page.screenshot({ path: join(OUT, 'dashboard-dark.png') });
    await page.close();
  });

  it('renders Korean and runs no script smuggled in a model id', async () => {
    const report = fixtureReport('round-1');
    report.teams[0]!.models[0]!.id =
      'evil/<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">';
    report.teams[0]!.name = '<b onmouseover=alert(1)>LG</b>';
    const { page, errors } = await open(report, 'dashboard-xss.html', 'ko', '#open=evil%2F%3Cscript%3E');
    await page.locator('tr.row').first().locator('button.toggle').click();
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('h1').textContent()).toBe('오픈소스 공개 의무 점검');
    expect(await page.locator('h2.headline').textContent()).toBe(
      '6개 팀 중 1개 팀이 의무 비율을 충족하지 못합니다. 3개 팀은 아직 판정할 수 없습니다',
    );
    expect(await page.locator('.model-id').first().textContent()).toContain('<script>');
    expect(await page.locator('tr.evidence dt').first().textContent()).toBe('검사 결과');
    expect(errors).toEqual([]);
    await page.screenshot({ path: join(OUT, 'dashboard-ko.png'), fullPage: true });
    await page.close();
  });

  it('prints load and filter times at 400 and 8,000 releases (figures, not assertions)', async () => {
    for (const n of [400, 8000]) {
      const report = largeReport(n);
      const file = join(OUT, `dashboard-${n}.html`);
      writeFileSync(file, renderHtml(report));
      const { page, errors } = await newPage(browser);
      const start = performance.now();
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
      const load = performance.now() - start;
      const filter = await page.evaluate(async () => {
        const t0 = performance.now();
        const select = document.getElementById('f-verdict') as HTMLSelectElement;
        select.value = 'non-compliant';
        select.dispatchEvent(new Event('change', { bubbles: true }));
        await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        return performance.now() - t0;
      });
      console.log(`dashboard, ${n} releases: load ${load.toFixed(0)} ms, filter ${filter.toFixed(0)} ms`);
      expect(await page.locator('tr.row').count()).toBeGreaterThan(0);
      expect(errors).toEqual([]);
      await page.close();
    }
  });
});
