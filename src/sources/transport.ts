/**
 * The `fetch` a source built on a third-party client (octokit) is given: a timeout on every
 * request, request and retry counters, and the optional ETag cache above it. The counting layer
 * sits under the cache, so it counts only requests that really went out.
 */
import type { RequestStats } from '../types.js';
import { createCachedFetch } from './cache.js';

/** Construction options of a transport. */
export interface TransportOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
  /** On-disk cache directory; no cache when absent. */
  cacheDir?: string;
  /** URLs whose answer never changes (pinned to a commit), served from the cache without asking. */
  immutable?: (url: string) => boolean;
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
  let requests = 0;
  let retries = 0;
  // URLs whose last answer was retryable: a new request for one of them is a retry.
  const pending = new Set<string>();

  const counted: typeof fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    requests++;
    if (pending.has(url)) retries++;
    const timeout = AbortSignal.timeout(timeoutMs);
    const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    const response = await inner(input, { ...init, signal });
    if (RETRIED.has(response.status)) pending.add(url);
    else pending.delete(url);
    return response;
  };
  const cache = options.cacheDir
    ? createCachedFetch({ dir: options.cacheDir, fetch: counted, immutable: options.immutable })
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
