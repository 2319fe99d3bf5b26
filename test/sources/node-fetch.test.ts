import type { IncomingMessage, ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { createNodeFetch } from '../../src/sources/node-fetch.js';
import { listenLoopback } from '../support/loopback.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
const servers: { close(): void }[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) s.close();
});

async function serve(handle: Handler) {
  const seen: IncomingMessage[] = [];
  const { server, base, flight } = await listenLoopback((req, res) => {
    seen.push(req);
    handle(req, res);
  });
  servers.push({ close: () => server.close() });
  return { base, seen, flight };
}

describe('node:http fetch', () => {
  it('answers as fetch does: status, headers, body, url; keeps the connection alive', async () => {
    const { base, seen, flight } = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', etag: '"1"' });
      res.end('{"a":1}');
    });
    const fetch = createNodeFetch();
    for (let i = 0; i < 3; i++) {
      const res = await fetch(`${base}/x?i=${i}`, { headers: { accept: 'application/json' } });
      expect(res.status).toBe(200);
      expect(res.headers.get('etag')).toBe('"1"');
      expect(res.url).toBe(`${base}/x?i=${i}`);
      expect(res.redirected).toBe(false);
      expect(await res.json()).toEqual({ a: 1 });
    }
    expect(seen[0]!.headers.accept).toBe('application/json');
    expect(seen[0]!.headers['accept-encoding']).toBe('gzip, deflate, br');
    expect(flight.connections).toBe(1);
  });

  it('decodes gzip, and asks for no coding on a Range read', async () => {
    const { base, seen } = await serve((req, res) => {
      if (req.headers.range) {
        res.writeHead(206, { 'content-range': 'bytes 0-1/10' });
        res.end('ab');
        return;
      }
      res.writeHead(200, { 'content-encoding': 'gzip' });
      res.end(gzipSync('hello, licence'));
    });
    const fetch = createNodeFetch();
    expect(await (await fetch(`${base}/z`)).text()).toBe('hello, licence');
    expect(await (await fetch(`${base}/r`, { headers: { range: 'bytes=0-1' } })).text()).toBe('ab');
    expect(seen[1]!.headers['accept-encoding']).toBe('identity');
  });

  it('returns a redirect itself when asked (manual); follows it otherwise, dropping credentials off-origin', async () => {
    const other = await serve((_req, res) => res.end('elsewhere'));
    const { base, seen } = await serve((req, res) => {
      if (req.url === '/moved') {
        res.writeHead(301, { location: '/here' });
        res.end();
      } else if (req.url === '/away') {
        res.writeHead(302, { location: `${other.base}/there` });
        res.end();
      } else res.end('here');
    });
    const fetch = createNodeFetch();
    const manual = await fetch(`${base}/moved`, { redirect: 'manual' });
    expect(manual.status).toBe(301);
    expect(manual.headers.get('location')).toBe('/here');
    const followed = await fetch(`${base}/moved`, { headers: { authorization: 'Bearer T' } });
    expect([followed.status, followed.url, followed.redirected]).toEqual([200, `${base}/here`, true]);
    expect(await followed.text()).toBe('here');
    expect(seen.at(-1)!.headers.authorization).toBe('Bearer T');
    const away = await fetch(`${base}/away`, { headers: { authorization: 'Bearer T' } });
    expect(await away.text()).toBe('elsewhere');
    expect(other.seen[0]!.headers.authorization).toBeUndefined();
  });

  it('rejects with the signal’s reason (a timeout stays a TimeoutError), before or during the body', async () => {
    const { base } = await serve((req, res) => {
      if (req.url === '/slow-body') {
        res.writeHead(200);
        res.write('part');
      } // otherwise never answers
    });
    const fetch = createNodeFetch();
    await expect(fetch(`${base}/hang`, { signal: AbortSignal.timeout(50) })).rejects.toMatchObject({
      name: 'TimeoutError',
    });
    const res = await fetch(`${base}/slow-body`, { signal: AbortSignal.timeout(100) });
    await expect(res.text()).rejects.toMatchObject({ name: 'TimeoutError' });
  });

  it('a refused connection is TypeError("fetch failed") with the system code as cause', async () => {
    const { base } = await serve((_req, res) => res.end());
    for (const s of servers.splice(0)) s.close();
    await new Promise((r) => setTimeout(r, 20));
    const error = await createNodeFetch()(`${base}/x`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expect((error as TypeError).message).toBe('fetch failed');
    expect(((error as TypeError).cause as { code?: string }).code).toBe('ECONNREFUSED');
  });

  it('a body cut short fails as terminated; a cancelled body closes the connection', async () => {
    const { base } = await serve((req, res) => {
      if (req.url === '/cut') {
        res.writeHead(200, { 'content-length': '100' });
        res.write('only a part');
        setTimeout(() => res.socket?.destroy(), 10);
      } else {
        res.writeHead(200);
        res.write('x'.repeat(70_000));
      }
    });
    const fetch = createNodeFetch();
    const cut = await fetch(`${base}/cut`);
    await expect(cut.text()).rejects.toMatchObject({ name: 'TypeError', message: 'terminated' });
    const endless = await fetch(`${base}/endless`);
    const reader = endless.body!.getReader();
    expect((await reader.read()).value!.length).toBeGreaterThan(0);
    await reader.cancel();
  });
});
