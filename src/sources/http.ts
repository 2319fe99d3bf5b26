/**
 * The one HTTP client every source uses: injected `fetch`, Bearer token, a timeout on every
 * attempt, bounded retries with backoff (honouring `Retry-After` in both forms and the Hub's
 * `RateLimit` header), manual redirect following (so renames are visible and counted), request
 * counters, and the scan's budget: no request goes out after the deadline or to a host that
 * rate-limited us past it, and no wait outlasts either. Every text from upstream is redacted.
 */
import { SourceError } from '../errors.js';
import type { RequestStats } from '../types.js';
import { createBudget } from './budget.js';
import { CACHE_HEADER } from './cache.js';
import { readBody, readJson, readText } from './http-body.js';
import { HttpError, statusError, transportError } from './http-errors.js';
import { askedDelay, backoffMs, defaultSleep, shouldRetryStatus, TIMEOUT_RETRIES } from './http-retry.js';
import type {
  HttpClient,
  HttpClientOptions,
  HttpResponse,
  RequestKind,
  RequestOptions,
} from './http-types.js';
import { createPacer } from './pacing.js';
import { type HostFigures, noFigures } from './pools.js';
import { createRedactor, type Redact } from './redact.js';

export { HttpError } from './http-errors.js';

export type {
  HttpClient,
  HttpClientOptions,
  HttpResponse,
  JsonResponse,
  RequestKind,
  RequestOptions,
  TextResponse,
} from './http-types.js';

const DEFAULTS = {
  timeoutMs: 30_000,
  retries: 4,
  baseDelayMs: 500,
  // One Hub rate-limit window (fixed 5 minutes): a window that resets within it is waited out.
  maxRetryDelayMs: 300_000,
  failFastAfter: 3,
};
const MAX_REDIRECTS = 5;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Creates an HTTP client; see the module comment for what it does on every request. */
export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  const doFetch = options.fetch ?? globalThis.fetch;
  const settings = { ...DEFAULTS, ...definedOnly(options) };
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;
  const budget = options.budget ?? createBudget();
  const pacer = options.pacer ?? createPacer(budget.now);
  const figures: Record<RequestKind, HostFigures> = { api: noFigures(), file: noFigures() };
  const redactToken = createRedactor([options.token]);
  const redact: Redact = options.redact ? (t) => redactToken(options.redact!(t)) : redactToken;

  const onRetry = (kind: RequestKind | undefined) => () => {
    figures[kind ?? 'api'].retried++;
  };

  // Requests in a row that ended in a retryable failure (429 included): the upstream looks down
  // or is refusing us, and later requests try once until one succeeds.
  let outage = 0;

  async function get(url: string, request: RequestOptions = {}): Promise<HttpResponse> {
    const bucket = request.kind ?? 'api';
    // Until when this request has already waited (for a retry or its bucket): not waited twice.
    const paced = { until: 0 };
    const stop = request.signal ? AbortSignal.any([request.signal, budget.signal]) : budget.signal;
    // A host limit this request has already waited out (so a retry does not wait for it twice).
    let waited: number | undefined;
    for (let attempt = 0; ; attempt++) {
      request.signal?.throwIfAborted();
      const refused = budget.refusal(url, settings.maxRetryDelayMs);
      if (refused) {
        outage++;
        throw located(refused, url);
      }
      const until = budget.hostLimitedUntil(url);
      if (until !== undefined && until !== waited) {
        waited = until;
        paced.until = Math.max(paced.until, until);
        await pause(until - budget.now(), stop, url, request);
      }
      await pace(url, bucket, stop, request, paced);
      let failure: SourceError;
      let response: Response | undefined;
      try {
        // Only the request itself holds a pool slot: waits for a retry or a rate limit do not.
        const limiter = options.limiters?.[bucket];
        const send = () => sendPaced(bucket, paced, () => follow(url, request));
        const result = await (limiter ? limiter(send) : send());
        // The window ran out while this request waited for its slot: it waits for the reset first.
        if ('repace' in result) {
          attempt--;
          continue;
        }
        if ('ok' in result) {
          outage = 0;
          return result.ok;
        }
        response = result.error;
        failure = await statusError(response, result.url, redact);
        if (!shouldRetryStatus(response.status)) throw failure;
      } catch (error) {
        if (error instanceof HttpError && !shouldRetryStatus(error.status ?? 0)) {
          outage = 0; // an upstream that answers 404 is up
          throw error;
        }
        if (request.signal?.aborted) throw request.signal.reason;
        const expired = budget.expired();
        if (expired) throw located(expired, url);
        failure =
          error instanceof SourceError ? error : transportError(error, url, settings.timeoutMs, redact);
      }
      const asked = response ? askedDelay(response, budget.now()) : undefined;
      const limited = response?.status === 429 && asked !== undefined;
      if (limited) budget.limitHost(url, budget.now() + asked);
      // Once `failFastAfter` requests have used up their retries, later ones try once, so a scan
      // of a dead or refusing Hub ends in seconds, not minutes.
      const allowed =
        failure.code === 'TIMEOUT' ? Math.min(TIMEOUT_RETRIES, settings.retries) : settings.retries;
      const retries = outage >= settings.failFastAfter ? 0 : allowed;
      const delay = asked ?? backoffMs(attempt, { ...settings, random });
      // A wait longer than we take, or past the deadline, is not begun: the release is unknown now,
      // and the failure says when to retry.
      const fits = delay <= settings.maxRetryDelayMs && delay < budget.remainingMs();
      if (attempt >= retries || !fits) {
        outage++;
        if (limited) throw rateLimited(failure, budget.rateLimited(url, budget.now() + asked));
        throw failure;
      }
      figures[request.kind ?? 'api'].retried++;
      if (limited) waited = budget.hostLimitedUntil(url);
      paced.until = Math.max(paced.until, budget.now() + delay);
      await pause(delay, stop, url, request);
    }
  }

  /** Milliseconds this request must still wait for its bucket's window, beyond what it waited already. */
  function bucketWait(bucket: RequestKind, paced: { until: number }): number {
    const wait = pacer.waitMs(bucket);
    // Up to what was waited for already (a 429's own wait for the same reset): no second wait.
    return wait > 0 && budget.now() + wait > paced.until + 100 ? wait : 0;
  }

  /**
   * Waits until the bucket's window allows a request (pacing.ts); a wait longer than we take, or
   * past the deadline, is not begun: RATE_LIMITED, saying when to retry, and no request is sent.
   */
  async function pace(
    url: string,
    bucket: RequestKind,
    stop: AbortSignal,
    request: RequestOptions,
    paced: { until: number },
  ) {
    for (let wait = bucketWait(bucket, paced); wait > 0; wait = bucketWait(bucket, paced)) {
      if (wait > settings.maxRetryDelayMs || wait >= budget.remainingMs()) {
        outage++;
        throw located(budget.rateLimited(url, budget.now() + wait), url);
      }
      paced.until = budget.now() + wait;
      // A timer may fire a millisecond early: waking before the reset, this request would pass as
      // having waited for it while the window is still spent (and send into a 429).
      await pause(wait + 10, stop, url, request);
    }
  }

  /** Sends one request counted against its bucket, unless the bucket ran out while it waited for a slot. */
  async function sendPaced<T extends { ok: HttpResponse } | { error: Response; url: string }>(
    bucket: RequestKind,
    paced: { until: number },
    send: () => Promise<T>,
  ): Promise<T | { repace: true }> {
    if (bucketWait(bucket, paced) > 0) return { repace: true };
    pacer.take(bucket);
    let headers: Headers | undefined;
    try {
      const result = await send();
      headers = 'ok' in result ? result.ok.headers : result.error.headers;
      return result;
    } finally {
      pacer.settle(bucket, headers);
    }
  }

  /** Sleeps `ms`, cut short by the caller's abort (its reason) or the deadline (DEADLINE). */
  async function pause(ms: number, stop: AbortSignal, url: string, request: RequestOptions) {
    if (ms <= 0) return;
    try {
      await sleep(ms, stop);
    } catch (error) {
      if (request.signal?.aborted) throw request.signal.reason;
      const expired = budget.expired();
      throw expired ? located(expired, url) : error;
    }
  }

  /** A budget stop as this request's failure, with its (redacted) URL. */
  function located(error: SourceError, url: string): SourceError {
    return new SourceError(error.code, error.message, { url: redact(url) });
  }

  /** An exhausted or too-long rate limit: the answer's details plus when to retry. */
  function rateLimited(failure: SourceError, stop: SourceError): HttpError {
    const server = failure instanceof HttpError ? failure : undefined;
    return new HttpError('RATE_LIMITED', `HTTP 429: ${stop.message}`, {
      url: failure.url,
      status: 429,
      requestId: failure.requestId,
      errorCode: server?.errorCode,
      serverMessage: server?.serverMessage,
    });
  }

  /** One attempt: sends the request and follows redirects by hand, one counted request per hop. */
  async function follow(
    startUrl: string,
    request: RequestOptions,
  ): Promise<{ ok: HttpResponse } | { error: Response; url: string }> {
    const timeout = AbortSignal.timeout(settings.timeoutMs);
    const signal = AbortSignal.any([timeout, budget.signal, ...(request.signal ? [request.signal] : [])]);
    const origin = new URL(startUrl).origin;
    let url = startUrl;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const counted = figures[request.kind ?? 'api'];
      // Credentials go only to the origin they were configured for, never to a CDN a redirect names.
      const sameOrigin = new URL(url).origin === origin;
      const headers: Record<string, string> = { ...options.headers };
      if (request.accept) headers.accept = request.accept;
      if (request.fresh) headers['cache-control'] = 'no-cache';
      if (request.range) headers.range = request.range;
      if (options.token && sameOrigin) headers.authorization = `Bearer ${options.token}`;
      const response = await doFetch(url, { headers, signal, redirect: 'manual' });
      // An answer the cache below served from disk made no request; a 304 made one.
      const cached = response.headers.get(CACHE_HEADER);
      if (cached === 'hit') counted.cached++;
      else counted.made++;
      if (cached === 'revalidated') counted.revalidated++;
      const location = response.headers.get('location');
      if (REDIRECTS.has(response.status) && location) {
        await response.body?.cancel();
        const next = new URL(location, url);
        // A redirect that carries credentials in its URL is hostile or broken: never followed.
        if (next.username || next.password)
          throw new HttpError('HTTP_ERROR', 'redirect to a URL carrying credentials refused', {
            url: redact(url),
            status: response.status,
          });
        url = next.toString();
        continue;
      }
      if (response.status < 200 || response.status > 299) return { error: response, url };
      const { bytes, truncated } = await readBody(response, request.maxBytes);
      const redirected = hop > 0;
      return {
        ok: { url, status: response.status, headers: response.headers, redirected, bytes, truncated },
      };
    }
    throw new HttpError('HTTP_ERROR', `more than ${MAX_REDIRECTS} redirects`, { url: redact(startUrl) });
  }

  return {
    get,
    getJson: (url, request = {}) => readJson(get, url, request, onRetry(request.kind), redact),
    getText: (url, request = {}) => readText(get, url, request, onRetry(request.kind), redact),
    stats: (): RequestStats => ({
      api: figures.api.made,
      files: figures.file.made,
      retries: figures.api.retried + figures.file.retried,
      notModified: figures.api.revalidated + figures.file.revalidated,
      cacheHits: figures.api.cached + figures.file.cached,
    }),
    figures: () => ({ api: { ...figures.api }, file: { ...figures.file } }),
  };
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
