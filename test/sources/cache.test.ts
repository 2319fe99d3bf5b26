import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCachedFetch } from '../../src/sources/cache.js';
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
});
