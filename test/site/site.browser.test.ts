// The public site of two rounds in headless Chromium, opened from file://: every page reachable
// from the root loads with no console error and no request outside the site (each non-file
// request is aborted and recorded), links navigate between index, rounds and teams, the language
// switch lands on the same page in the other language. Screenshots go to test-output/site-*.png.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildSite } from '../../src/report/site.js';
import { writeSite } from '../../src/report/site-write.js';
import { type Browser, chromiumSuite, launch, newPage, OUT } from '../report/html.browser.support.js';
import { input } from './support.js';

chromiumSuite('public site in headless Chromium', () => {
  let browser: Browser;
  const dir = join(OUT, 'site');
  const root = pathToFileURL(join(dir, 'index.html')).href;

  beforeAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await writeSite(dir, buildSite([input('round-1'), input('round-2')]), []);
    browser = await launch();
  });
  afterAll(async () => {
    expect(browser?.network ?? [], 'no request left the site').toEqual([]);
    await browser?.close();
  });

  it('loads every page reachable from the root, with no console error and no request outside', async () => {
    const seen = new Set<string>();
    const queue = [root];
    const { page, errors } = await newPage(browser);
    while (queue.length) {
      const url = queue.shift()!;
      if (seen.has(url)) continue;
      seen.add(url);
      const response = await page.goto(url, { waitUntil: 'load' });
      expect(response?.ok(), url).toBe(true);
      const links = await page.$$eval('a[href]', (as) => as.map((a) => (a as HTMLAnchorElement).href));
      for (const link of links) {
        const bare = link.split('#')[0]!;
        if (bare.startsWith('file:') && !seen.has(bare)) queue.push(bare);
      }
    }
    // Root, 2 indexes, 2 x 2 rounds, 2 x 6 teams.
    expect(seen.size).toBe(19);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('navigates from the index to a round, a team filtered in it, and a team history', async () => {
    const { page, errors } = await newPage(browser);
    await page.goto(root);
    await page.screenshot({ path: join(OUT, 'site-chooser.png') });
    await page.getByRole('link', { name: 'English' }).click();
    expect(page.url()).toMatch(/\/site\/en\/index\.html$/);
    expect(await page.locator('h2.headline').textContent()).toBe(
      '2 of 6 teams fail the quota; 2 cannot be decided yet',
    );
    expect(await page.locator('svg[role=img] polyline').count()).toBeGreaterThan(6);
    await page.screenshot({ path: join(OUT, 'site-index-en.png'), fullPage: true });

    await page.getByRole('link', { name: 'Round of 2025-09-30' }).click();
    expect(page.url()).toMatch(/\/en\/rounds\/2025-09-30\.html$/);
    expect(await page.locator('h2.headline').textContent()).toBe(
      '1 of 6 teams fails the quota; 3 cannot be decided yet',
    );
    await page.screenshot({ path: join(OUT, 'site-round.png') });

    await page.getByRole('link', { name: 'All rounds' }).click();
    await page.locator('table.shares tr', { hasText: 'SK텔레콤' }).locator('a.badge').last().click();
    expect(page.url()).toMatch(/\/en\/rounds\/2025-12-15\.html#team=sk-telecom$/);
    await expect.poll(() => page.locator('tr.group .gname').allTextContents()).toEqual(['SK텔레콤']);

    await page.getByRole('link', { name: 'All rounds' }).click();
    await page.getByRole('link', { name: 'History of SK텔레콤' }).click();
    expect(page.url()).toMatch(/\/en\/teams\/sk-telecom\.html$/);
    expect(await page.locator('tr.regressed').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('switches language to the same page, and back', async () => {
    const { page, errors } = await newPage(browser);
    await page.goto(pathToFileURL(join(dir, 'en/teams/sk-telecom.html')).href);
    await page.locator('nav.site a[hreflang="ko"]').click();
    expect(page.url()).toMatch(/\/ko\/teams\/sk-telecom\.html$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('ko');
    expect(await page.locator('h1').textContent()).toContain('SK텔레콤 차수별 기록');
    await page.screenshot({ path: join(OUT, 'site-team-ko.png'), fullPage: true });
    await page.getByRole('link', { name: '전체 차수' }).click();
    expect(await page.locator('h1').textContent()).toBe('오픈소스 공개 의무 점검: 평가 차수별 추이');
    await page.screenshot({ path: join(OUT, 'site-index-ko.png'), fullPage: true });
    await page.locator('nav.site a[hreflang="en"]').click();
    expect(page.url()).toMatch(/\/en\/index\.html$/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
