/**
 * The `fetch` the scan's sources send their requests with: node:http/https over keep-alive agents.
 * The platform's fetch (undici) spends about 0.3 ms of CPU per request in its spec machinery, and a
 * scan of thousands of releases is CPU-bound on it; this one does the part of fetch our callers
 * rely on, with the same shapes: a real `Response` (status, `Headers`, a streamed body that can be
 * cancelled, `url` and `redirected`), the signal's reason as the rejection (a timeout stays a
 * `TimeoutError`), a network failure as `TypeError('fetch failed', { cause })` whose cause carries
 * the system's code, `redirect: 'manual'` returning the 3xx itself and `'follow'` following up to
 * 20 hops (GET stays GET; credentials are dropped when a hop leaves the origin, as fetch does),
 * gzip/deflate/br bodies decoded (never asked for on a Range read). Anything else (a body to send,
 * a `Request` object, another scheme) goes to the platform's fetch unchanged.
 */
import http from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';

const MAX_FOLLOWED = 20;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
// Statuses whose answer has no body (a Response with one cannot be built).
const NULL_BODY = new Set([101, 103, 204, 205, 304]);
// Headers that must not follow a redirect to another origin (fetch's own list).
const ORIGIN_BOUND = ['authorization', 'cookie', 'proxy-authorization'];
// Idle keep-alive sockets close after this (or sooner when the server's Keep-Alive hint says so),
// before a server closes them under a request: undici's default.
const IDLE_MS = 4000;

/** Creates a fetch with its own keep-alive agents (idle sockets never keep the process alive). */
export function createNodeFetch(fallback: typeof fetch = globalThis.fetch): typeof fetch {
  const agents = {
    'http:': new http.Agent({ keepAlive: true, timeout: IDLE_MS }),
    'https:': new https.Agent({ keepAlive: true, timeout: IDLE_MS }),
  };

  return async (input, init) => {
    const method = (init?.method ?? 'GET').toUpperCase();
    if (typeof input !== 'string' && !(input instanceof URL)) return fallback(input, init);
    const start = new URL(input);
    if (start.username || start.password) return fallback(input, init);
    if ((method !== 'GET' && method !== 'HEAD') || init?.body != null || !(start.protocol in agents))
      return fallback(input, init);
    const signal = init?.signal ?? undefined;
    signal?.throwIfAborted();
    const headers = new Headers(init?.headers);
    if (!headers.has('accept')) headers.set('accept', '*/*');
    if (!headers.has('accept-encoding'))
      headers.set('accept-encoding', headers.has('range') ? 'identity' : 'gzip, deflate, br');
    if (!headers.has('user-agent')) headers.set('user-agent', 'node');
    const redirect = init?.redirect ?? 'follow';
    let url = start;
    for (let hop = 0; ; hop++) {
      const res = await send(url, method, headers, signal);
      const status = res.statusCode ?? 0;
      const location = res.headers.location;
      if (!REDIRECTS.has(status) || location === undefined || redirect === 'manual')
        return respond(res, method, url, hop > 0, signal);
      res.resume();
      if (redirect === 'error' || hop >= MAX_FOLLOWED)
        throw new TypeError('fetch failed', {
          cause: new Error(redirect === 'error' ? 'unexpected redirect' : 'redirect count exceeded'),
        });
      const next = new URL(location, url);
      if (next.protocol !== 'http:' && next.protocol !== 'https:')
        throw new TypeError('fetch failed', { cause: new Error('URL scheme must be a HTTP(S) scheme') });
      // Userinfo in a Location would be sent as Basic credentials by node:http: refused, as fetch
      // refuses a URL that carries credentials (an upstream echoing a token back must not reuse it).
      if (next.username || next.password)
        throw new TypeError('fetch failed', {
          cause: new Error('redirect to a URL that includes credentials'),
        });
      if (next.origin !== url.origin) for (const name of ORIGIN_BOUND) headers.delete(name);
      url = next;
    }
  };

  /** Sends one request; resolves on its answer's head, rejects as fetch does. */
  function send(url: URL, method: string, headers: Headers, signal?: AbortSignal) {
    return new Promise<http.IncomingMessage>((resolve, reject) => {
      const out: Record<string, string> = {};
      headers.forEach((value, name) => {
        out[name] = value;
      });
      const protocol = url.protocol as keyof typeof agents;
      const request = (protocol === 'https:' ? https : http).request(url, {
        method,
        headers: out,
        agent: agents[protocol],
      });
      const onAbort = () => {
        request.destroy();
        reject(signal!.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      if (signal?.aborted) onAbort();
      request.on('response', (res) => {
        signal?.removeEventListener('abort', onAbort);
        resolve(res);
      });
      request.on('error', (error) => {
        signal?.removeEventListener('abort', onAbort);
        reject(signal?.aborted ? signal.reason : new TypeError('fetch failed', { cause: error }));
      });
      request.end();
    });
  }
}

/** The answer as a Response whose body streams from the socket, decoded, and stops on abort or cancel. */
function respond(
  res: http.IncomingMessage,
  method: string,
  url: URL,
  redirected: boolean,
  signal?: AbortSignal,
): Response {
  const status = res.statusCode ?? 0;
  const headers = new Headers();
  const raw = res.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) headers.append(raw[i]!, raw[i + 1]!);
  if (status < 200 || status > 599) {
    res.destroy();
    throw new TypeError('fetch failed', { cause: new Error(`invalid status ${status}`) });
  }
  let body: ReadableStream<Uint8Array> | null = null;
  if (method === 'HEAD' || NULL_BODY.has(status)) res.resume();
  else body = stream(res, decoded(res), signal);
  const response = new Response(body, { status, statusText: res.statusMessage ?? '', headers });
  // Both are read-only getters on a constructed Response; callers resolve relative links against `url`.
  Object.defineProperty(response, 'url', { value: url.href });
  if (redirected) Object.defineProperty(response, 'redirected', { value: true });
  return response;
}

/** The body decoded as its Content-Encoding says (identity, or one coding we know); others as sent. */
function decoded(res: http.IncomingMessage): Readable {
  const coding = (res.headers['content-encoding'] ?? '').trim().toLowerCase();
  // Flushing as fetch does: a body cut short ends what was decoded so far rather than failing it.
  const loose = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
  const decoder =
    coding === 'gzip' || coding === 'x-gzip'
      ? zlib.createGunzip(loose)
      : coding === 'deflate'
        ? zlib.createInflate(loose)
        : coding === 'br'
          ? zlib.createBrotliDecompress({
              flush: zlib.constants.BROTLI_OPERATION_FLUSH,
              finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH,
            })
          : undefined;
  if (!decoder) return res;
  res.on('error', (error) => decoder.destroy(error));
  return res.pipe(decoder);
}

/**
 * A web stream over a Node stream, with backpressure: the source pauses while the reader is behind.
 * A failure mid-body is fetch's `TypeError('terminated')` (its cause the socket's error); an abort
 * errors it with the signal's reason; cancelling it closes the connection.
 */
function stream(res: http.IncomingMessage, source: Readable, signal?: AbortSignal) {
  let done = false;
  const finish = () => {
    done = true;
    signal?.removeEventListener('abort', onAbort);
  };
  let fail: (reason: unknown) => void = () => {};
  const onAbort = () => {
    fail(signal!.reason);
    res.destroy();
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  return new ReadableStream<Uint8Array>({
    start(controller) {
      fail = (reason) => {
        if (done) return;
        finish();
        controller.error(reason);
      };
      source.on('data', (chunk: Buffer) => {
        if (done) return;
        controller.enqueue(chunk);
        if ((controller.desiredSize ?? 0) <= 0) source.pause();
      });
      source.on('end', () => {
        if (done) return;
        finish();
        controller.close();
      });
      source.on('error', (error) => fail(new TypeError('terminated', { cause: error })));
      // A connection closed before the body was whole (IncomingMessage says so by 'aborted').
      res.on('aborted', () => fail(new TypeError('terminated', { cause: new Error('other side closed') })));
    },
    pull() {
      source.resume();
    },
    cancel() {
      finish();
      res.destroy();
    },
  });
}
