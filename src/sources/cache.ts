/**
 * An on-disk HTTP cache as a `fetch` wrapper, usable under our HttpClient and under octokit alike.
 * GET answers that carry an ETag are stored (ETag, status, a few headers, body) under a key made of
 * the URL, the Accept header and a hash of the Authorization header (so two tokens never share an
 * entry and the token itself is never written). A repeat request sends `If-None-Match`; a 304 is
 * answered from the stored body. URLs the caller marks immutable (pinned to a commit SHA) are
 * answered from disk without asking at all, their 404s included. Writes are atomic; a corrupt entry
 * is ignored.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

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
  /** Directory of the entries; created on first write. */
  dir: string;
  fetch?: typeof fetch;
  /** True for URLs whose answer can never change (e.g. a tree at a commit SHA). */
  immutable?: (url: string) => boolean;
}

/** A cache-backed `fetch` and its counters. */
export interface CachedFetch {
  fetch: typeof fetch;
  stats(): CacheStats;
}

interface Entry {
  v: 1;
  etag: string;
  status: number;
  headers: Record<string, string>;
  /** Base64 of the body bytes. */
  body: string;
}

// Headers worth replaying: content type for parsing, Link for pagination, rate-limit info for display.
const KEPT_HEADERS = ['content-type', 'link', 'x-github-media-type', 'x-repo-commit'];

/** Wraps `fetch` with the ETag cache; non-GET requests and answers without an ETag pass through. */
export function createCachedFetch(options: CachedFetchOptions): CachedFetch {
  const inner = options.fetch ?? globalThis.fetch;
  const counters: CacheStats = { requests: 0, conditional: 0, notModified: 0, cacheHits: 0 };

  const cached: typeof fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = (init?.method ?? 'GET').toUpperCase();
    const headers = new Headers(init?.headers);
    if (method !== 'GET' || headers.has('if-none-match')) {
      counters.requests++;
      return inner(input, init);
    }
    const file = join(options.dir, `${entryKey(url, headers)}.json`);
    const entry = await readEntry(file);
    if (entry && options.immutable?.(url)) {
      counters.cacheHits++;
      return replay(entry, url);
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
      return replay(entry, url);
    }
    const etag = response.headers.get('etag') ?? '';
    // A 404 at a commit stays a 404 (no licence file at that commit): remembered like a body.
    const storable =
      (response.status === 200 && etag) || (response.status === 404 && options.immutable?.(url));
    if (!storable) return response;
    const bytes = new Uint8Array(await response.arrayBuffer());
    const kept = Object.fromEntries(
      KEPT_HEADERS.flatMap((h) => {
        const value = response.headers.get(h);
        return value === null ? [] : [[h, value]];
      }),
    );
    const fresh: Entry = {
      v: 1,
      etag,
      status: response.status,
      headers: kept,
      body: Buffer.from(bytes).toString('base64'),
    };
    await writeEntry(options.dir, file, fresh);
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

function replay(entry: Entry, url: string): Response {
  const response = new Response(Buffer.from(entry.body, 'base64'), {
    status: entry.status,
    headers: { ...entry.headers, ...(entry.etag ? { etag: entry.etag } : {}), 'x-openquota-cache': 'hit' },
  });
  // `Response.url` is read-only and empty for constructed responses; callers resolving relative links need it.
  Object.defineProperty(response, 'url', { value: url });
  return response;
}

async function readEntry(file: string): Promise<Entry | undefined> {
  try {
    const entry = JSON.parse(await readFile(file, 'utf8')) as Partial<Entry>;
    const valid =
      entry.v === 1 &&
      typeof entry.etag === 'string' &&
      typeof entry.status === 'number' &&
      typeof entry.body === 'string' &&
      typeof entry.headers === 'object' &&
      entry.headers !== null;
    return valid ? (entry as Entry) : undefined;
  } catch {
    // Missing or corrupt: a cache miss, never an error.
    return undefined;
  }
}

async function writeEntry(dir: string, file: string, entry: Entry): Promise<void> {
  const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(temp, JSON.stringify(entry));
    await rename(temp, file);
  } catch {
    // A cache that cannot be written only costs a future request.
    await rm(temp, { force: true }).catch(() => {});
  }
}
