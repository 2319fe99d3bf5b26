import { existsSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCachedFetch } from '../../src/sources/cache.js';
import { createCacheStore } from '../../src/sources/cache-store.js';
import { tempDir } from '../support/cli.js';

/** A fake upstream: answers with an ETag, 304 when it matches, and records what it was sent. */
function upstream() {
  const seen: { url: string; ifNoneMatch: string | null; auth: string | null }[] = [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const headers = new Headers(init?.headers);
    seen.push({
      url: String(input),
      ifNoneMatch: headers.get('if-none-match'),
      auth: headers.get('authorization'),
    });
    if (headers.get('if-none-match') === '"v1"') return new Response(null, { status: 304 });
    return new Response('{"n":1}', {
      status: 200,
      headers: { etag: '"v1"', 'content-type': 'application/json' },
    });
  };
  return { fetch, seen };
}

describe('ETag cache', () => {
  it('sends If-None-Match on a repeat and serves the stored body on 304', async () => {
    const dir = tempDir();
    const up = upstream();
    const cache = createCachedFetch({ dir, fetch: up.fetch });
    expect(await (await cache.fetch('http://x/a')).text()).toBe('{"n":1}');
    const again = await cache.fetch('http://x/a');
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual({ n: 1 });
    expect(up.seen.map((s) => s.ifNoneMatch)).toEqual([null, '"v1"']);
    expect(cache.stats()).toMatchObject({ requests: 2, conditional: 1, notModified: 1, cacheHits: 0 });
  });

  it('keys entries by a hash of the Authorization header; the token is never written', async () => {
    const dir = tempDir();
    const up = upstream();
    const cache = createCachedFetch({ dir, fetch: up.fetch });
    await cache.fetch('http://x/a', { headers: { authorization: 'Bearer SECRET-ONE' } });
    await cache.fetch('http://x/a', { headers: { authorization: 'Bearer SECRET-TWO' } });
    expect(up.seen.map((s) => s.ifNoneMatch)).toEqual([null, null]);
    for (const file of readdirSync(dir))
      expect(readFileSync(join(dir, file), 'utf8')).not.toContain('SECRET');
  });

  it('a corrupt entry is ignored, never fatal', async () => {
    const dir = tempDir();
    const up = upstream();
    const cache = createCachedFetch({ dir, fetch: up.fetch });
    await cache.fetch('http://x/a');
    for (const file of readdirSync(dir)) writeFileSync(join(dir, file), '{"v":1,"etag":');
    const res = await cache.fetch('http://x/a');
    expect(await res.text()).toBe('{"n":1}');
    expect(up.seen.at(-1)?.ifNoneMatch).toBeNull();
  });

  it('immutable URLs are answered from disk without a request; an unwritable directory only costs requests', async () => {
    const dir = tempDir();
    const up = upstream();
    const cache = createCachedFetch({ dir, fetch: up.fetch, immutable: (u) => u.includes('/trees/') });
    await cache.fetch('http://x/trees/abc');
    await cache.fetch('http://x/trees/abc');
    expect(up.seen).toHaveLength(1);
    expect(cache.stats().cacheHits).toBe(1);
    const file = join(tempDir(), 'a-file');
    writeFileSync(file, '');
    const broken = createCachedFetch({ dir: join(file, 'sub'), fetch: up.fetch });
    expect((await broken.fetch('http://x/a')).status).toBe(200);
  });

  it('a truncated entry, or one whose body does not match its hash, is a miss and is deleted', async () => {
    const dir = tempDir();
    const up = upstream();
    const cache = createCachedFetch({ dir, fetch: up.fetch });
    await cache.fetch('http://x/a');
    const [file] = readdirSync(dir);
    const path = join(dir, file!);
    const whole = readFileSync(path, 'utf8');
    writeFileSync(path, whole.slice(0, whole.length / 2));
    const fresh = createCachedFetch({ dir, fetch: up.fetch });
    expect(await (await fresh.fetch('http://x/a')).text()).toBe('{"n":1}');
    expect(up.seen.at(-1)?.ifNoneMatch).toBeNull();
    // A flipped body keeps valid JSON but not its hash: never served, even for an immutable URL.
    const entry = JSON.parse(readFileSync(path, 'utf8')) as { body: string };
    entry.body = Buffer.from('{"n":2}').toString('base64');
    writeFileSync(path, JSON.stringify(entry));
    const immutable = createCachedFetch({ dir, fetch: up.fetch, immutable: () => true });
    expect(await (await immutable.fetch('http://x/a')).text()).toBe('{"n":1}');
    expect(immutable.stats().cacheHits).toBe(0);
  });

  it('Cache-Control: no-cache bypasses the stored entry (a retry of a body that did not parse)', async () => {
    const dir = tempDir();
    const up = upstream();
    const cache = createCachedFetch({ dir, fetch: up.fetch, immutable: () => true });
    await cache.fetch('http://x/a');
    await cache.fetch('http://x/a', { headers: { 'cache-control': 'no-cache' } });
    expect(up.seen).toHaveLength(2);
    expect(up.seen[1]?.ifNoneMatch).toBeNull();
  });
});

describe('cache size cap', () => {
  const entry = (n: number) => ({
    etag: `"${n}"`,
    status: 200,
    headers: {},
    body: new Uint8Array(1000).fill(n),
  });

  it('evicts the least recently used entries past the cap, a hit counting as a use', async () => {
    const root = tempDir();
    let now = 1_000_000;
    const store = createCacheStore({ root, maxBytes: 5000, now: () => now });
    const file = (n: number) => join(root, 'github', `${String(n).repeat(64).slice(0, 64)}.json`);
    for (const n of [1, 2, 3]) {
      now += 1000;
      await store.write(file(n), entry(n));
    }
    now += 1000;
    expect(await store.read(file(1))).toBeDefined(); // 1 is now the most recent
    now += 1000;
    await store.write(file(4), entry(4)); // each entry is ~1.4 KB as base64 JSON: 4 of them pass 5000
    expect(existsSync(file(2))).toBe(false);
    expect([1, 3, 4].map((n) => existsSync(file(n)))).toEqual([true, true, true]);
    expect(store.stats()).toMatchObject({ evicted: 1 });
    expect(store.stats().bytes).toBeLessThanOrEqual(5000);
  });

  it('counts entries already on disk (from an earlier run) by their mtime, and never touches other files', async () => {
    const root = tempDir();
    const first = createCacheStore({ root, maxBytes: 100_000 });
    const name = (c: string) => join(root, 'huggingface', `${c.repeat(64)}.json`);
    await first.write(name('a'), entry(1));
    await first.write(name('b'), entry(2));
    utimesSync(name('a'), new Date(1000), new Date(1000)); // `a` is old
    writeFileSync(join(root, 'notes.json'), 'the user’s own file');
    const stale = join(root, 'huggingface', `${'c'.repeat(64)}.json.0123456789ab.tmp`);
    writeFileSync(stale, 'half a write');
    utimesSync(stale, new Date(1000), new Date(1000));
    const second = createCacheStore({ root, maxBytes: 3000 });
    await second.write(name('d'), entry(3));
    expect(existsSync(name('a'))).toBe(false);
    expect(existsSync(name('b'))).toBe(true);
    expect(existsSync(stale)).toBe(false);
    expect(readFileSync(join(root, 'notes.json'), 'utf8')).toBe('the user’s own file');
  });

  it('an answer bigger than the whole cache is not kept', async () => {
    const root = tempDir();
    const store = createCacheStore({ root, maxBytes: 500 });
    const file = join(root, `${'e'.repeat(64)}.json`);
    await store.write(file, entry(1));
    expect(existsSync(file)).toBe(false);
    expect(statSync(root).isDirectory()).toBe(true);
  });
});
