/**
 * The one HTTP client every source uses: injected `fetch`, Bearer token, a timeout on every
 * attempt, bounded retries with backoff (honouring `Retry-After` and the Hub's `RateLimit`
 * header), manual redirect following (so renames are visible and counted), and request counters.
 *
 * ETag caching is meant to slot in around `attempt()`: send `If-None-Match`, count a 304 in
 * `notModified` and serve the cached body (the GitHub source needs it; counters already exist).
 */
import { createHash } from 'node:crypto';
import { SourceError } from '../errors.js';
import type { RequestStats } from '../types.js';
import { HttpError, statusError, transportError } from './http-errors.js';
import { retryDelay, shouldRetryStatus } from './http-retry.js';

export { HttpError } from './http-errors.js';

/** What kind of budget a request spends: the Hub counts `/api/*` and file resolvers separately. */
export type RequestKind = 'api' | 'file';

/** Construction options of an HTTP client; everything that touches the outside is injectable. */
export interface HttpClientOptions {
  fetch?: typeof fetch;
  /** Sent as `Authorization: Bearer …`; never logged, never put in errors. */
  token?: string;
  headers?: Record<string, string>;
  /** Per attempt, including reading the body. */
  timeoutMs?: number;
  /** Retries after the first attempt. */
  retries?: number;
  baseDelayMs?: number;
  /** Upper bound of any single wait, even when the server asks for longer. */
  maxRetryDelayMs?: number;
  /** After this many requests in a row failed despite retries (5xx, network, timeout), stop retrying until one succeeds. */
  failFastAfter?: number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
}

/** Per-request options. */
export interface RequestOptions {
  kind?: RequestKind;
  signal?: AbortSignal;
  /** Bytes to read at most; the rest of the body is dropped and `truncated` set. */
  maxBytes?: number;
  /** `Accept` header; `getJson` asks for JSON. */
  accept?: string;
}

/** A successful (2xx) response, body fully read. */
export interface HttpResponse {
  /** The URL that finally answered, after redirects. */
  url: string;
  status: number;
  headers: Headers;
  redirected: boolean;
  bytes: Uint8Array;
  truncated: boolean;
}

/** A response parsed as JSON. */
export interface JsonResponse extends Omit<HttpResponse, 'bytes'> {
  body: unknown;
}

/** A response decoded as UTF-8 text (invalid bytes replaced), with the SHA-256 of the bytes read. */
export interface TextResponse extends Omit<HttpResponse, 'bytes'> {
  text: string;
  sha256: string;
}

/** The client the sources share. */
export interface HttpClient {
  get(url: string, options?: RequestOptions): Promise<HttpResponse>;
  getJson(url: string, options?: RequestOptions): Promise<JsonResponse>;
  getText(url: string, options?: RequestOptions): Promise<TextResponse>;
  /** Counters so far (a copy). */
  stats(): RequestStats;
}

const DEFAULTS = {
  timeoutMs: 30_000,
  retries: 4,
  baseDelayMs: 500,
  maxRetryDelayMs: 60_000,
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
  const counters: RequestStats = { api: 0, files: 0, retries: 0, notModified: 0, cacheHits: 0 };
  const redact = (text: string) => (options.token ? text.split(options.token).join('***') : text);

  // Requests in a row that ended in a retryable failure other than 429: the upstream looks down.
  let outage = 0;

  async function get(url: string, request: RequestOptions = {}): Promise<HttpResponse> {
    for (let attempt = 0; ; attempt++) {
      request.signal?.throwIfAborted();
      let failure: SourceError;
      let response: Response | undefined;
      try {
        const result = await follow(url, request);
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
        failure =
          error instanceof SourceError ? error : transportError(error, url, settings.timeoutMs, redact);
      }
      // Rate limits are waited out; an outage is not: once `failFastAfter` requests have used up
      // their retries, later ones try once, so a scan of a dead Hub ends in seconds, not minutes.
      const limited = response?.status === 429;
      const retries = !limited && outage >= settings.failFastAfter ? 0 : settings.retries;
      if (attempt >= retries) {
        if (!limited) outage++;
        throw failure;
      }
      counters.retries++;
      await sleep(retryDelay(attempt, response?.headers, { ...settings, random }), request.signal);
    }
  }

  /** One attempt: sends the request and follows redirects by hand, one counted request per hop. */
  async function follow(
    startUrl: string,
    request: RequestOptions,
  ): Promise<{ ok: HttpResponse } | { error: Response; url: string }> {
    const timeout = AbortSignal.timeout(settings.timeoutMs);
    const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
    const origin = new URL(startUrl).origin;
    let url = startUrl;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      if ((request.kind ?? 'api') === 'api') counters.api++;
      else counters.files++;
      // Credentials go only to the origin they were configured for, never to a CDN a redirect names.
      const sameOrigin = new URL(url).origin === origin;
      const headers: Record<string, string> = { ...options.headers };
      if (request.accept) headers.accept = request.accept;
      if (options.token && sameOrigin) headers.authorization = `Bearer ${options.token}`;
      const response = await doFetch(url, { headers, signal, redirect: 'manual' });
      const location = response.headers.get('location');
      if (REDIRECTS.has(response.status) && location) {
        await response.body?.cancel();
        url = new URL(location, url).toString();
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
    async getJson(url, request = {}) {
      const { bytes, ...rest } = await get(url, { accept: 'application/json', ...request });
      try {
        return { ...rest, body: JSON.parse(new TextDecoder().decode(bytes)) };
      } catch {
        throw new HttpError('MALFORMED_RESPONSE', `response is not JSON (${bytes.length} bytes)`, {
          url: redact(rest.url),
          status: rest.status,
          requestId: rest.headers.get('x-request-id') ?? undefined,
        });
      }
    },
    async getText(url, request = {}) {
      const { bytes, ...rest } = await get(url, { kind: 'file', ...request });
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      return { ...rest, text: new TextDecoder('utf-8', { fatal: false }).decode(bytes), sha256 };
    },
    stats: () => ({ ...counters }),
  };
}

/** Reads at most `maxBytes` of the body, cancelling the rest. */
async function readBody(response: Response, maxBytes = Number.POSITIVE_INFINITY) {
  if (!response.body) return { bytes: new Uint8Array(), truncated: false };
  const chunks: Uint8Array[] = [];
  let size = 0;
  let truncated = false;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.length;
    if (size > maxBytes) {
      truncated = true;
      await reader.cancel();
      break;
    }
  }
  const bytes = Buffer.concat(chunks);
  return { bytes: truncated ? bytes.subarray(0, maxBytes) : bytes, truncated };
}

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(signal.reason);
      },
      { once: true },
    );
  });
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
