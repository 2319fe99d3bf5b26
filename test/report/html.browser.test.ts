// The dashboard in real headless Chromium (Debian's /usr/bin/chromium via playwright-core): it
// renders without console errors or network requests, and its bars, sorting, filters and evidence
// rows work. Screenshots go to test-output/ (git-ignored) for a person to look at.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/report/html.js';
import type { Report } from '../../src/types.js';
import { fixtureReport } from './golden.js';

const CHROMIUM = '/usr/bin/chromium';
const OUT = resolve('test-output');
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

interface Opened {
  page: Page;
  url: string;
  requests: string[];
  errors: string[];
}

const suite = existsSync(CHROMIUM) ? describe : (describe.skip.bind(describe) as typeof describe);
const title = existsSync(CHROMIUM)
  ? 'HTML dashboard in headless Chromium'
  : `HTML dashboard in headless Chromium — SKIPPED: ${CHROMIUM} is absent (apt-get install -y chromium; CI installs it)`;

suite(title, () => {
  let context: BrowserContext;
  let profile: string;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    profile = mkdtempSync(join(tmpdir(), 'openquota-chromium-'));
    // launchPersistentContext is how playwright takes a fresh --user-data-dir of our own.
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport: { width: 1280, height: 900 },
    });
  });

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  async function open(report: Report, name: string, lang: 'en' | 'ko' = 'en'): Promise<Opened> {
    const file = join(OUT, name);
    writeFileSync(file, renderHtml(report, { lang }));
    const url = pathToFileURL(file).href;
    const page = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    await page.goto(url, { waitUntil: 'load' });
    return { page, url, requests, errors };
  }

  const visibleIds = (page: Page) =>
    page.$$eval('tbody.model:not([hidden]) .model-id', (els) => els.map((e) => e.textContent ?? ''));

  it('renders with no console errors and no request but its own file', async () => {
    const { page, url, requests, errors } = await open(fixtureReport('round-1'), 'dashboard.html');
    expect(await page.locator('h1').textContent()).toBe('Open release quota');
    expect(errors).toEqual([]);
    expect(requests).toEqual([url]);
    await page.screenshot({ path: join(OUT, 'dashboard.png'), fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: join(OUT, 'dashboard-phone.png'), fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'no horizontal scrolling at phone width').toBeLessThanOrEqual(0);
    await page.close();
  });

  it('shows each team share in its bar, against the threshold line', async () => {
    const report = fixtureReport('round-1');
    const { page } = await open(report, 'dashboard.html');
    for (const team of report.teams) {
      const bar = page.locator(`li.team[data-team="${team.id}"] .bar`);
      expect(await bar.getAttribute('aria-valuenow')).toBe((team.share * 100).toFixed(1));
      const [fill, whole, line] = await Promise.all([
        bar.locator('.fill').evaluate((e) => e.getBoundingClientRect().width),
        bar.evaluate((e) => e.getBoundingClientRect().width),
        bar
          .locator('.threshold')
          .evaluate(
            (e, bar) => e.getBoundingClientRect().left - (bar as Element).getBoundingClientRect().left,
            await bar.elementHandle(),
          ),
      ]);
      expect(fill / whole).toBeCloseTo(team.share, 2);
      expect(line / whole).toBeCloseTo(team.threshold, 2);
      await expect
        .poll(() => page.locator(`li.team[data-team="${team.id}"] .badge`).textContent())
        .toMatch(/^[✔✘?] (pass|fail|incomplete)$/);
    }
    await page.close();
  });

  it('sorts by a column header and marks it with aria-sort', async () => {
    const { page } = await open(fixtureReport('round-1'), 'dashboard.html');
    const before = await visibleIds(page);
    const header = page.locator('th[data-sort="sModel"]');
    await header.locator('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    const ascending = await visibleIds(page);
    expect(ascending).not.toEqual(before);
    expect(ascending).toEqual([...before].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())));
    await header.locator('button').click();
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    expect(await visibleIds(page)).toEqual([...ascending].reverse());
    const params = page.locator('th[data-sort="sParameters"]');
    await params.locator('button').click();
    expect(await header.getAttribute('aria-sort')).toBeNull();
    expect(await params.getAttribute('aria-sort')).toBe('ascending');
    await page.close();
  });

  it('filters by verdict, team, availability and licence', async () => {
    const report = fixtureReport('round-1');
    const models = report.teams.flatMap((t) => t.models.map((m) => ({ team: t.id, ...m })));
    const { page } = await open(report, 'dashboard.html');
    await page.selectOption('#f-verdict', 'compliant');
    const compliant = models.filter((m) => m.verdict === 'compliant').map((m) => m.id);
    expect(await visibleIds(page)).toEqual(compliant);
    expect(await page.locator('#shown').textContent()).toBe(
      `${compliant.length} of ${models.length} releases shown`,
    );
    await page.selectOption('#f-team', 'upstage');
    expect(await visibleIds(page)).toEqual(
      models.filter((m) => m.verdict === 'compliant' && m.team === 'upstage').map((m) => m.id),
    );
    await page.locator('button[type=reset]').click();
    await expect.poll(() => visibleIds(page).then((ids) => ids.length)).toBe(models.length);
    await page.selectOption('#f-availability', 'gated-manual');
    expect(await visibleIds(page)).toEqual(
      models.filter((m) => m.availability === 'gated-manual').map((m) => m.id),
    );
    await page.selectOption('#f-availability', '');
    await page.fill('#f-licence', 'exaone');
    expect((await visibleIds(page)).every((id) => id.startsWith('LGAI-EXAONE/'))).toBe(true);
    await page.close();
  });

  it('opens a row to its evidence', async () => {
    const { page } = await open(fixtureReport('round-1'), 'dashboard.html');
    const body = page.locator('tbody.model').first();
    const toggle = body.locator('button.toggle');
    const evidence = body.locator('tr.evidence');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await evidence.isVisible()).toBe(false);
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await evidence.isVisible()).toBe(true);
    expect(await evidence.textContent()).toContain('Declared licence');
    expect(
      await evidence.locator('a[href^="https://huggingface.co/LGAI-EXAONE/EXAONE-4.0-32B/tree/"]').count(),
    ).toBe(1);
    await page.setViewportSize({ width: 390, height: 844 });
    await body.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(OUT, 'dashboard-phone-evidence.png') });
    await toggle.click();
    expect(await evidence.isVisible()).toBe(false);
    await page.close();
  });

  it('renders Korean and runs no script smuggled in a model id', async () => {
    const report = fixtureReport('round-1');
    report.teams[0]!.models[0]!.id =
      'evil/<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">';
    report.teams[0]!.name = '<b onmouseover=alert(1)>LG</b>';
    const { page, url, requests, errors } = await open(report, 'dashboard-xss.html', 'ko');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('h1').textContent()).toBe('오픈소스 공개 의무 점검');
    expect(await page.locator('.model-id').first().textContent()).toContain('<script>');
    expect(requests).toEqual([url]);
    expect(errors).toEqual([]);
    await page.screenshot({ path: join(OUT, 'dashboard-ko.png'), fullPage: true });
    await page.close();
  });
});
