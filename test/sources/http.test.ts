import { getEventListeners } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { SourceError } from '../../src/errors.js';
import { createBudget } from '../../src/sources/budget.js';
import { createHttpClient, type HttpClientOptions, HttpError } from '../../src/sources/http.js';
import {
  defaultSleep,
  limitedUntil,
  parseRateLimit,
  retryAfterMs,
  retryDelay,
  serverDelayMs,
} from '../../src/sources/http-retry.js';
import { type HubServer, type HubServerOptions, startHubServer } from '../support/hub-server.js';

const TOKEN = 'hf_FAKE_TOKEN_do_not_leak_0123456789';
const INFO = '/api/models/example-k-ai-team/open-apache-7b';

let server: HubServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function setup(hub: HubServerOptions = {}, client: HttpClientOptions = {}) {
  server = await startHubServer({ tokens: [TOKEN], ...hub });
  const sleeps: number[] = [];
  const http = createHttpClient({
    sleep: async (ms) => void sleeps.push(ms),
    random: () => 0.5,
    timeoutMs: 2000,
    ...client,
  });
  return { server, http, sleeps };
}

describe('retry delays', () => {
  const settings = { baseDelayMs: 500, maxRetryDelayMs: 60_000, random: () => 0 };

  it('waits t+1 seconds when the Hub says the api window is used up', () => {
    const headers = new Headers({ ratelimit: '"api";r=0;t=55', 'retry-after': '5' });
    expect(retryDelay(0, headers, settings)).toBe(56_000);
    expect(parseRateLimit('"api";r=0;t=55')).toEqual({ remaining: 0, resetSeconds: 55 });
  });

  it('honours Retry-After seconds when RateLimit does not explain the answer', () => {
    expect(retryDelay(0, new Headers({ ratelimit: '"api";r=12;t=55', 'retry-after': '3' }), settings)).toBe(
      3000,
    );
  });

  it('reads Retry-After as an HTTP-date too (RFC 9110), measured from now; a past date means now', () => {
    const now = Date.parse('Wed, 21 Oct 2015 07:28:00 GMT');
    const headers = new Headers({ 'retry-after': 'Wed, 21 Oct 2015 07:28:30 GMT' });
    expect(serverDelayMs(headers, now)).toBe(30_000);
    expect(retryDelay(0, headers, settings, now)).toBe(30_000);
    expect(retryAfterMs('Wed, 21 Oct 2015 07:27:00 GMT', now)).toBe(0);
    // Not a date, not seconds: no hint, so the backoff decides.
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryDelay(0, new Headers({ 'retry-after': 'soon' }), settings, now)).toBe(500);
  });

  it('backs off exponentially with jitter, capped', () => {
    const jittery = { ...settings, random: () => 1 };
    expect([0, 1, 2, 3].map((n) => retryDelay(n, undefined, settings))).toEqual([500, 1000, 2000, 4000]);
    expect(retryDelay(0, undefined, jittery)).toBe(1000);
    expect(retryDelay(20, undefined, settings)).toBe(60_000);
    expect(retryDelay(0, new Headers({ 'retry-after': '3600' }), settings)).toBe(60_000);
  });

  it("reads when GitHub's and the Hub's rate limits lift; a plain 403 is no rate limit", () => {
    const now = 1_700_000_000_000;
    const github = new Headers({ 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1700003600' });
    expect(limitedUntil(403, github, now)).toBe(1_700_003_600_000);
    expect(limitedUntil(429, new Headers({ ratelimit: '"api";r=0;t=3600' }), now)).toBe(now + 3_601_000);
    expect(limitedUntil(403, new Headers({ 'retry-after': '60' }), now)).toBe(now + 60_000);
    expect(limitedUntil(403, new Headers(), now)).toBeUndefined();
    expect(limitedUntil(503, new Headers({ 'retry-after': '60' }), now)).toBeUndefined();
  });
});

describe('http client against the loopback Hub', () => {
  it('retries a 429 after the Retry-After the server asked for, without waiting for real', async () => {
    const { server, http, sleeps } = await setup({
      faults: [{ match: INFO, status: 429, count: 1, retryAfter: 7 }],
    });
    const res = await http.getJson(`${server.url}${INFO}`);
    expect((res.body as { id: string }).id).toBe('example-k-ai-team/open-apache-7b');
    expect(sleeps).toEqual([7000]);
    expect(http.stats()).toMatchObject({ api: 2, files: 0, retries: 1, notModified: 0, cacheHits: 0 });
  });

  it('waits for the RateLimit reset (t+1 s) on a 429 with r=0', async () => {
    const { server, http, sleeps } = await setup({
      faults: [{ match: INFO, status: 429, count: 2, resetSeconds: 55 }],
    });
    await http.getJson(`${server.url}${INFO}`);
    expect(sleeps).toEqual([56_000, 56_000]);
  });

  it('retries a 503 burst with growing backoff', async () => {
    const { server, http, sleeps } = await setup({ faults: [{ match: INFO, status: 503, count: 3 }] });
    await http.getJson(`${server.url}${INFO}`);
    expect(sleeps).toEqual([750, 1250, 2250]);
  });

  it('gives up after the retry bound with a coded SourceError carrying status and request id', async () => {
    const { server, http, sleeps } = await setup(
      { faults: [{ match: INFO, status: 503, count: 99 }] },
      { retries: 2 },
    );
    const error = await http.getJson(`${server.url}${INFO}`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceError);
    expect(error).toMatchObject({ code: 'HTTP_ERROR', status: 503, url: `${server.url}${INFO}` });
    expect((error as SourceError).requestId).toMatch(/^Root=1-test-/);
    expect(sleeps).toHaveLength(2);
    expect(server.requests).toHaveLength(3);
  });

  it('stops retrying once the upstream looks down, and resumes after a success', async () => {
    const { server, http } = await setup(
      { faults: [{ match: /^\/api\/models\/x\//, status: 503, count: 99 }] },
      {
        retries: 2,
        failFastAfter: 2,
      },
    );
    for (const name of ['a', 'b', 'c', 'd'])
      await http.getJson(`${server.url}/api/models/x/${name}`).catch(() => {});
    expect(server.requests.map((r) => r.pathname.slice(-1)).join('')).toBe('aaabbbcd');
    await http.getJson(`${server.url}${INFO}`);
    await http.getJson(`${server.url}/api/models/x/e`).catch(() => {});
    expect(server.requests.filter((r) => r.pathname.endsWith('/e'))).toHaveLength(3);
  });

  it('reports an exhausted rate limit as RATE_LIMITED', async () => {
    const { server, http } = await setup(
      { faults: [{ match: INFO, status: 429, count: 99, retryAfter: 1 }] },
      { retries: 1 },
    );
    await expect(http.getJson(`${server.url}${INFO}`)).rejects.toMatchObject({
      code: 'RATE_LIMITED',
      status: 429,
    });
  });

  it('times out a hanging request, retries it, then reports TIMEOUT', async () => {
    const { server, http } = await setup({ hang: [INFO] }, { timeoutMs: 100, retries: 1 });
    const started = Date.now();
    await expect(http.getJson(`${server.url}${INFO}`)).rejects.toMatchObject({ code: 'TIMEOUT' });
    expect(server.requests).toHaveLength(2);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('reports a reset connection as NETWORK_ERROR', async () => {
    const { server, http } = await setup({ failAll: 'reset' }, { retries: 1 });
    await expect(http.getJson(`${server.url}${INFO}`)).rejects.toMatchObject({ code: 'NETWORK_ERROR' });
    expect(http.stats().retries).toBe(1);
  });

  it('does not retry a 404 and keeps the Hub error code', async () => {
    const { server, http, sleeps } = await setup();
    const error = await http
      .getText(`${server.url}/example-k-ai-team/open-apache-7b/resolve/main/nope.txt`)
      .catch((e) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 404, errorCode: 'EntryNotFound', code: 'HTTP_ERROR' });
    expect(sleeps).toEqual([]);
    expect(http.stats()).toMatchObject({ api: 0, files: 1 });
  });

  it('serves model info at a revision, and RevisionNotFound for an unknown one', async () => {
    const { server, http } = await setup();
    const sha = '3af42075d2b8c63d28b7b1000086422369c3bdb1';
    await expect(http.getJson(`${server.url}${INFO}/revision/${sha}`)).resolves.toMatchObject({
      status: 200,
    });
    await expect(http.getJson(`${server.url}${INFO}/revision/v9.9`)).rejects.toMatchObject({
      status: 404,
      errorCode: 'RevisionNotFound',
    });
  });

  it('follows a 307 rename, exposes the final URL and counts each hop', async () => {
    const { server, http } = await setup();
    const res = await http.getJson(`${server.url}/api/models/example-k-ai-team/renamed-old-7b`);
    expect(res.redirected).toBe(true);
    expect(res.url).toBe(`${server.url}/api/models/example-k-ai-team/renamed-new-7b`);
    expect(http.stats().api).toBe(2);
  });

  it('sends the token as Bearer and never puts it in errors', async () => {
    const { server, http } = await setup({ failAll: 503 }, { token: TOKEN, retries: 0 });
    const error = (await http.getJson(`${server.url}${INFO}`).catch((e) => e)) as SourceError;
    expect(server.requests[0]?.authorized).toBe(true);
    expect(JSON.stringify({ ...error, message: error.message })).not.toContain(TOKEN);
  });

  it('drops the token when a redirect leaves the configured origin', async () => {
    const seen: (string | undefined)[] = [];
    const cdn = createServer((req, res) => {
      seen.push(req.headers.authorization);
      res.end('licence text');
    });
    await new Promise<void>((resolve) => cdn.listen(0, '127.0.0.1', resolve));
    const cdnUrl = `http://127.0.0.1:${(cdn.address() as AddressInfo).port}/blob`;
    const hub = createServer((req, res) => {
      seen.push(req.headers.authorization);
      res.writeHead(302, { location: cdnUrl }).end();
    });
    await new Promise<void>((resolve) => hub.listen(0, 'localhost', resolve));
    const http = createHttpClient({ token: TOKEN });
    const res = await http.getText(
      `http://localhost:${(hub.address() as AddressInfo).port}/x/resolve/main/LICENSE`,
    );
    expect(res.text).toBe('licence text');
    expect(seen).toEqual([`Bearer ${TOKEN}`, undefined]);
    cdn.close();
    hub.close();
  });

  it('cuts a text at maxBytes, decodes invalid UTF-8 with replacement, and rejects bad JSON', async () => {
    const body = Buffer.concat([Buffer.from('caf'), Buffer.from([0xff]), Buffer.from('é'.repeat(100))]);
    const plain = createServer((_req, res) => res.end(body));
    await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(plain.address() as AddressInfo).port}/`;
    const http = createHttpClient();
    const cut = await http.getText(url, { maxBytes: 10 });
    expect(cut.truncated).toBe(true);
    expect(cut.text.startsWith('caf\uFFFD')).toBe(true);
    await expect(http.getJson(url)).rejects.toMatchObject({ code: 'MALFORMED_RESPONSE' });
    plain.close();
  });

  it('stops at once when the caller aborts', async () => {
    const { server, http } = await setup({ hang: [INFO] });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('stopped by caller')), 50);
    await expect(http.getJson(`${server.url}${INFO}`, { signal: controller.signal })).rejects.toThrow(
      'stopped by caller',
    );
    expect(http.stats().retries).toBe(0);
  });

  it('a 429 whose window resets in an hour is not waited for: RATE_LIMITED at once, saying when to retry; the host is then not asked', async () => {
    const { server, http, sleeps } = await setup({
      plan: [{ match: /./, fault: { kind: 'rate-limit', form: 'ratelimit', seconds: 3600 } }],
    });
    const error = await http.getJson(`${server.url}${INFO}`).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'RATE_LIMITED', status: 429 });
    expect((error as Error).message).toMatch(/rate-limits this client until .*retry after \d{4}-/);
    expect(sleeps).toEqual([]);
    await expect(http.getJson(`${server.url}/api/models/x/y`)).rejects.toMatchObject({
      code: 'RATE_LIMITED',
    });
    expect(server.requests).toHaveLength(1);
  });

  it('an HTTP-date Retry-After is waited as the date says', async () => {
    const { server, http, sleeps } = await setup({
      plan: [{ match: INFO, count: 1, fault: { kind: 'rate-limit', form: 'retry-after-date', seconds: 30 } }],
    });
    await http.getJson(`${server.url}${INFO}`);
    expect(sleeps).toHaveLength(1);
    expect(sleeps[0]).toBeGreaterThan(28_000);
    expect(sleeps[0]).toBeLessThanOrEqual(30_000);
  });

  it('rate limits count towards the fail-fast: after three exhausted ones, a request tries once', async () => {
    const { server, http } = await setup(
      { plan: [{ match: /./, fault: { kind: 'rate-limit', form: 'retry-after', seconds: 0 } }] },
      { retries: 2 },
    );
    for (const name of ['a', 'b', 'c', 'd'])
      await http.getJson(`${server.url}/api/models/x/${name}`).catch(() => {});
    expect(server.requests.map((r) => r.pathname.slice(-1)).join('')).toBe('aaabbbcccd');
  });

  it('a wait that would outlast the deadline is not begun; past the deadline no request goes out', async () => {
    const budget = createBudget();
    budget.setDeadline(Date.now() + 5000);
    const { server, http, sleeps } = await setup(
      { plan: [{ match: INFO, fault: { kind: 'rate-limit', form: 'retry-after', seconds: 10 } }] },
      { budget },
    );
    await expect(http.getJson(`${server.url}${INFO}`)).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    expect(sleeps).toEqual([]);
    budget.setDeadline(Date.now() - 1);
    const error = await http.getJson(`${server.url}/api/models/x/y`).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'DEADLINE', url: `${server.url}/api/models/x/y` });
    expect(server.requests).toHaveLength(1);
  });

  it('a 200 that is not JSON (HTML, or cut short) is asked for once more, past the cache; twice is MALFORMED_RESPONSE', async () => {
    const once = await setup({ plan: [{ match: INFO, count: 1, fault: { kind: 'html-200' } }] });
    await expect(once.http.getJson(`${once.server.url}${INFO}`)).resolves.toMatchObject({ status: 200 });
    expect(once.server.requests).toHaveLength(2);
    await once.server.close();
    const always = await setup({ plan: [{ match: INFO, fault: { kind: 'html-200' } }] });
    await expect(always.http.getJson(`${always.server.url}${INFO}`)).rejects.toMatchObject({
      code: 'MALFORMED_RESPONSE',
      message: expect.stringMatching(/not JSON .*text\/html/),
    });
    expect(always.server.requests).toHaveLength(2);
  });

  it('an HTML page where a licence file was asked for is not a licence text', async () => {
    const { server, http } = await setup({ plan: [{ match: /\/resolve\//, fault: { kind: 'html-200' } }] });
    await expect(
      http.getText(`${server.url}/example-k-ai-team/open-apache-7b/resolve/main/LICENSE`),
    ).rejects.toMatchObject({ code: 'MALFORMED_RESPONSE' });
    // A file that is HTML by name is read as what it is.
    const page = createServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html>ok</html>'),
    );
    await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(page.address() as AddressInfo).port}/LICENSE.html`;
    expect((await createHttpClient().getText(url)).text).toBe('<html>ok</html>');
    page.close();
  });

  it('a redirect whose URL carries credentials is refused, never followed', async () => {
    const { server, http } = await setup(
      { tokens: [TOKEN], plan: [{ match: INFO, fault: { kind: 'echo-redirect' } }] },
      { token: TOKEN },
    );
    const error = (await http.getJson(`${server.url}${INFO}`).catch((e: unknown) => e)) as HttpError;
    expect(error).toMatchObject({
      code: 'HTTP_ERROR',
      message: expect.stringMatching(/credentials refused/),
    });
    expect(server.requests).toHaveLength(1);
    expect(JSON.stringify({ ...error, message: error.message })).not.toContain(TOKEN);
  });
});

describe('defaultSleep', () => {
  it('leaves no listener on the signal once it has slept (paced waits sleep thousands of times on the scan’s signal)', async () => {
    const controller = new AbortController();
    for (let i = 0; i < 20; i++) await defaultSleep(1, controller.signal);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
    const sleeping = defaultSleep(60_000, controller.signal);
    controller.abort(new Error('stop'));
    await expect(sleeping).rejects.toThrow('stop');
  });
});
