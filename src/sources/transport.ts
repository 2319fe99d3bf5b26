/**
 * The `fetch` a source built on a third-party client (octokit) is given: a timeout on every
 * request, request and retry counters, the scan's budget (no request after the deadline or to a
 * host rate-limited past what may be waited; rate-limit answers recorded per host), and the
 * optional ETag cache above it. The counting layer sits under the cache, so it counts only
 * requests that really went out.
 */

import { SourceError } from '../errors.js';
import type { RequestStats } from '../types.js';
import { type Budget, createBudget } from './budget.js';
import { createCachedFetch, withoutValidWhile } from './cache.js';
import type { CacheStore } from './cache-store.js';
import { limitedUntil, TIMEOUT_RETRIES } from './http-retry.js';
import type { Limiter } from './http-types.js';

/** Construction options of a transport. */
export interface TransportOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
  /** On-disk cache directory; no cache when absent. */
  cacheDir?: string;
  /** The size-capped store the cache directory lies in; its own (default cap) when absent. */
  cacheStore?: CacheStore;
  /** URLs whose answer never changes (pinned to a commit), served from the cache without asking. */
  immutable?: (url: string) => boolean;
  /** The scan's deadline and rate-limited hosts; none when absent. */
  budget?: Budget;
  /** The pool requests wait in for a slot (src/sources/pools.ts); none when absent. */
  limiter?: Limiter;
  /** Longest rate-limit wait the client above takes; a host limited for longer is not asked. */
  maxWaitMs?: number;
}

/**
 * Thrown where octokit must not retry: a request the budget refuses, one the deadline aborts, one
 * that timed out twice. Named AbortError so octokit passes it through as is, with the SourceError
 * (DEADLINE, RATE_LIMITED, TIMEOUT) as `cause`.
 */
export class NoRetry extends Error {
  constructor(override readonly cause: SourceError) {
    super(cause.message);
    this.name = 'AbortError';
  }
}

/** A wrapped `fetch` and the counters of what went through it. */
export interface Transport {
  fetch: typeof fetch;
  stats(): RequestStats & { conditional: number };
}

// A request answered with one of these may be sent again by a retry or throttling plugin.
const RETRIED = new Set([403, 408, 429, 500, 502, 503, 504]);

/** Builds the transport: timeout + counting, then the cache when a directory is given. */
export function createTransport(options: TransportOptions = {}): Transport {
  const inner = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const budget = options.budget ?? createBudget();
  const maxWaitMs = options.maxWaitMs ?? 60_000;
  let requests = 0;
  let retries = 0;
  // URLs whose last answer was retryable: a new request for one of them is a retry.
  const pending = new Set<string>();

  const counted: typeof fetch = async (input, asked) => {
    // The cache's own header never goes upstream, cache or none.
    const init = withoutValidWhile(asked);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const refused = budget.refusal(url, maxWaitMs);
    if (refused) throw new NoRetry(refused);
    let response: Response;
    for (let attempt = 0; ; attempt++) {
      requests++;
      if (pending.has(url) || attempt > 0) retries++;
      // The timeout starts when the request goes out, not while it waits for a pool slot.
      let timeout: AbortSignal | undefined;
      const send = () => {
        timeout = AbortSignal.timeout(timeoutMs);
        const signal = AbortSignal.any([timeout, budget.signal, ...(init?.signal ? [init.signal] : [])]);
        return inner(input, { ...init, signal });
      };
      try {
        response = await (options.limiter ? options.limiter(send) : send());
        break;
      } catch (error) {
        const expired = budget.expired();
        if (expired) throw new NoRetry(expired);
        if (!timeout?.aborted || init?.signal?.aborted) throw error;
        // A hang is tried once more (as our HttpClient does), then fails for good: octokit's own
        // retries would spend three more timeouts on it.
        if (attempt < TIMEOUT_RETRIES) continue;
        throw new NoRetry(new SourceError('TIMEOUT', `no answer within ${timeoutMs} ms, twice`, {}));
      }
    }
    const until = limitedUntil(response.status, response.headers, budget.now());
    if (until !== undefined) budget.limitHost(url, until);
    if (RETRIED.has(response.status)) pending.add(url);
    else pending.delete(url);
    return response;
  };
  const cache = options.cacheDir
    ? createCachedFetch({
        dir: options.cacheDir,
        store: options.cacheStore,
        fetch: counted,
        immutable: options.immutable,
      })
    : undefined;
  return {
    fetch: cache?.fetch ?? counted,
    stats: () => {
      const c = cache?.stats();
      return {
        api: requests,
        files: 0,
        retries,
        notModified: c?.notModified ?? 0,
        cacheHits: c?.cacheHits ?? 0,
        conditional: c?.conditional ?? 0,
      };
    },
  };
}
