// Headless Chromium for the dashboard's and the site's browser tests: Debian's /usr/bin/chromium
// through playwright-core, a fresh profile, every request that is not a file:// (or blob:) URL
// aborted and recorded, console errors recorded. Not a test file itself.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { describe } from 'vitest';

/** Debian's Chromium; the tests are skipped, saying why, when it is absent (CI installs it). */
export const CHROMIUM = '/usr/bin/chromium';
/** Where screenshots go (git-ignored) for a person to look at. */
export const OUT = resolve('test-output');

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

/** `describe` when Chromium is installed, else `describe.skip` with the reason in the title. */
export function chromiumSuite(title: string, body: () => void): void {
  if (existsSync(CHROMIUM)) describe(title, body);
  else
    describe.skip(
      `${title} — SKIPPED: ${CHROMIUM} is absent (apt-get install -y chromium; CI installs it)`,
      body,
    );
}

/** A browser with a fresh profile, and what each page it opened asked the network or the console. */
export interface Browser {
  context: BrowserContext;
  /** Every request that was not file:// or blob:, aborted. */
  network: string[];
  close(): Promise<void>;
}

/** Launches Chromium with a fresh `--user-data-dir` that aborts every non-file request. */
export async function launch(options: { colorScheme?: 'light' | 'dark' } = {}): Promise<Browser> {
  mkdirSync(OUT, { recursive: true });
  const profile = mkdtempSync(join(tmpdir(), 'openquota-chromium-'));
  // launchPersistentContext is how playwright takes a --user-data-dir of our own.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 900 },
    acceptDownloads: true,
    colorScheme: options.colorScheme ?? 'light',
  });
  const network: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('blob:')) return route.continue();
    network.push(url);
    return route.abort();
  });
  return {
    context,
    network,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A page that records console errors and warnings, and uncaught exceptions. */
export async function newPage(browser: Browser): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  return { page, errors };
}
