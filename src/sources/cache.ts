/**
 * An on-disk HTTP cache as a `fetch` wrapper, usable under our HttpClient and under octokit alike.
 * GET answers that carry an ETag are stored (ETag, status, a few headers, body, its SHA-256) under a
 * key made of the URL, the Accept header and a hash of the Authorization header (so two tokens never
 * share an entry and the token itself is never written). A repeat request sends `If-None-Match`; a
 * 304 is answered from the stored body. URLs the caller marks immutable (pinned to a commit SHA) are
 * answered from disk without asking at all, their 404s included. `Cache-Control: no-cache` on a
 * request bypasses the stored entry (a retry of a body that did not parse). A request may carry
 * `x-openquota-valid-while: TAG` (never sent upstream): an entry stored under the same tag is
 * answered without asking (a branch's head while the listing's `pushed_at` has not moved). Entries live in a
 * size-capped store (cache-store.ts): least recently used go first; a corrupt entry is a miss.
 */
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { type CacheEntry, type CacheStore, createCacheStore } from './cache-store.js';

/** What the cache did, for the report's `requests` block. */
export interface CacheStats {
  /** Requests made through the wrapper (conditional or not). */
  requests: number;
  /** Requests sent with `If-None-Match`. */
  conditional: number;
  /** 304 answers, each served from the stored body. */
  notModified: number;
  /** Answers served from disk with no request at all (immutable, commit-pinned URLs). */
  cacheHits: number;
}

/** Construction options of the cache. */
export interface CachedFetchOptions {
  /** Directory of this cache's entries; created on first write. */
  dir: string;
  /** The size-capped store `dir` lies in (shared by the Hub's and GitHub's caches); its own when absent. */
  store?: CacheStore;
  /** Cap of the store created when `store` is absent. */
  maxBytes?: number;
  fetch?: typeof fetch;
  /** True for URLs whose answer can never change (e.g. a tree at a commit SHA). */
  immutable?: (url: string) => boolean;
}

/** A cache-backed `fetch` and its counters. */
export interface CachedFetch {
  fetch: typeof fetch;
  stats(): CacheStats;
}

// Headers worth replaying: content type for parsing, Link and the count for pagination, the commit.
const KEPT_HEADERS = ['content-type', 'link', 'x-total-count', 'x-github-media-type', 'x-repo-commit'];

/**
 * Request header naming what keeps a stored answer valid: the same value on a later request means
 * the answer cannot have changed, so it is served from disk. Removed before any request goes out.
 */
export const VALID_WHILE_HEADER = 'x-openquota-valid-while';

/** `init` without the valid-while header, for a request that goes out. */
export function withoutValidWhile(init: RequestInit | undefined): RequestInit | undefined {
  if (!init?.headers) return init;
  const headers = new Headers(init.headers);
  if (!headers.has(VALID_WHILE_HEADER)) return init;
  headers.delete(VALID_WHILE_HEADER);
  return { ...init, headers };
}

/** Wraps `fetch` with the ETag cache; non-GET requests and answers without an ETag pass through. */
export function createCachedFetch(options: CachedFetchOptions): CachedFetch {
  const inner = options.fetch ?? globalThis.fetch;
  const store = options.store ?? createCacheStore({ root: options.dir, maxBytes: options.maxBytes });
  const counters: CacheStats = { requests: 0, conditional: 0, notModified: 0, cacheHits: 0 };

  const cached: typeof fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = (init?.method ?? 'GET').toUpperCase();
    const headers = new Headers(init?.headers);
    const validWhile = headers.get(VALID_WHILE_HEADER);
    headers.delete(VALID_WHILE_HEADER);
    // A part of a file (a Range read of a safetensors header) is never stored as the whole answer.
    if (method !== 'GET' || headers.has('if-none-match') || headers.has('range')) {
      counters.requests++;
      return inner(input, { ...init, headers });
    }
    const file = join(options.dir, `${entryKey(url, headers)}.json`);
    const fresh = /\bno-cache\b/i.test(headers.get('cache-control') ?? '');
    const entry = fresh ? undefined : await store.read(file);
    if (
      entry &&
      (options.immutable?.(url) || (validWhile && entry.headers[VALID_WHILE_HEADER] === validWhile))
    ) {
      counters.cacheHits++;
      return replay(entry, url, 'hit');
    }
    if (entry?.etag) {
      headers.set('if-none-match', entry.etag);
      counters.conditional++;
    }
    counters.requests++;
    const response = await inner(url, { ...init, headers });
    if (response.status === 304 && entry?.etag) {
      counters.notModified++;
      await response.body?.cancel();
      return replay(entry, url, 'revalidated');
    }
    const etag = response.headers.get('etag') ?? '';
    // A 404 at a commit stays a 404 (no licence file at that commit): remembered like a body.
    const storable =
      (response.status === 200 && etag) || (response.status === 404 && options.immutable?.(url));
    if (!storable) return response;
    const bytes = new Uint8Array(await response.arrayBuffer());
    const kept: Record<string, string> = Object.fromEntries(
      KEPT_HEADERS.flatMap((h) => {
        const value = response.headers.get(h);
        return value === null ? [] : [[h, value]];
      }),
    );
    if (validWhile) kept[VALID_WHILE_HEADER] = validWhile;
    await store.write(file, { etag, status: response.status, headers: kept, body: bytes });
    return new Response(bytes, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
  return { fetch: cached, stats: () => ({ ...counters }) };
}

/** The entry name: SHA-256 of method-independent request identity; the token only ever hashed. */
export function entryKey(url: string, headers: Headers): string {
  const auth = headers.get('authorization') ?? '';
  const identity = auth ? createHash('sha256').update(auth).digest('hex') : 'anonymous';
  return createHash('sha256')
    .update(`${url}\n${headers.get('accept') ?? ''}\n${identity}`)
    .digest('hex');
}

/**
 * Says on a cached answer how it was served, for the client above to count: `hit` from disk with no
 * request, `revalidated` after a 304.
 */
export const CACHE_HEADER = 'x-openquota-cache';

function replay(entry: CacheEntry, url: string, how: 'hit' | 'revalidated'): Response {
  const response = new Response(Buffer.from(entry.body), {
    status: entry.status,
    headers: { ...entry.headers, ...(entry.etag ? { etag: entry.etag } : {}), [CACHE_HEADER]: how },
  });
  // `Response.url` is read-only and empty for constructed responses; callers resolving relative links need it.
  Object.defineProperty(response, 'url', { value: url });
  return response;
}
