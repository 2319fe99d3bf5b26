/**
 * The shapes of the shared HTTP client (http.ts): its options, per-request options and answers.
 */
import type { RequestStats } from '../types.js';
import type { Budget } from './budget.js';
import type { Pacer } from './pacing.js';
import type { HostFigures } from './pools.js';
import type { Redact } from './redact.js';

/** Runs a task when a pool has room (p-limit's shape, declared here so the library's types need no p-limit). */
export type Limiter = <T>(task: () => Promise<T>) => Promise<T>;

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
  /**
   * Longest single wait. A server asking for longer (an hour-long rate-limit window) is not
   * waited for at all: the request fails at once, saying when to retry.
   */
  maxRetryDelayMs?: number;
  /** After this many requests in a row failed despite retries (5xx, 429, network, timeout), stop retrying until one succeeds. */
  failFastAfter?: number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  random?: () => number;
  /** The scan's deadline and rate-limited hosts, shared with the other sources; none when absent. */
  budget?: Budget;
  /**
   * The pools each kind of request waits in for a slot (src/sources/pools.ts), shared with every
   * client of that host; a kind without one is not limited here.
   */
  limiters?: Partial<Record<RequestKind, Limiter>>;
  /** Paces requests by the upstream's `RateLimit` headers (pacing.ts); the client's own when absent. */
  pacer?: Pacer;
  /** Redacts upstream texts (createSources passes one knowing every secret); the token is always redacted. */
  redact?: Redact;
}

/** Per-request options. */
export interface RequestOptions {
  kind?: RequestKind;
  signal?: AbortSignal;
  /** Bytes to read at most; the rest of the body is dropped and `truncated` set. */
  maxBytes?: number;
  /** `Accept` header; `getJson` asks for JSON. */
  accept?: string;
  /** `Range` header (`bytes=0-7`): a part of a file, e.g. a safetensors header; never cached. */
  range?: string;
  /** Bypass any cache below (`Cache-Control: no-cache`): a retry of a body that did not parse. */
  fresh?: boolean;
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
  /** The same, by kind of request (a copy). */
  figures(): Record<RequestKind, HostFigures>;
}
