/**
 * A loopback server that speaks the Hugging Face Hub's real API shapes over the offline world
 * (test/fixtures/world): listings with `expand[]`, `Link` cursors and `X-Total-Count`, model info
 * with 307 renames and 401/404 answers, file resolvers with gated/disabled/missing answers. Knobs
 * inject 429/503 bursts, hanging requests and total failure, and a fault plan per path
 * (test/support/fault-plan.ts); a request log lets tests count `/api` calls.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createFaultPlan, deliver, type FaultPlan, type PlannedFault, replacesAnswer } from './fault-plan.js';
import { type ErrorAnswer, loadWorld, modelCard, type World, type WorldModel } from './hub-world.js';
import { listenLoopback } from './loopback.js';

/** A burst of error answers on matching requests, then normal service. */
export interface Fault {
  /** Exact pathname, or a RegExp tested against pathname + query. */
  match: string | RegExp;
  status: 429 | 500 | 502 | 503 | 504;
  /** How many matching requests fail before service resumes. */
  count: number;
  /** 429 only: seconds in `Retry-After`. */
  retryAfter?: number;
  /** 429 only: `t` of `RateLimit: "api";r=0;t=…`. */
  resetSeconds?: number;
}

/** Knobs of the loopback Hub. */
export interface HubServerOptions {
  /** Upper bound of listing page size, whatever `limit` asks (forces several pages). */
  pageSize?: number;
  /** Bearer tokens the server accepts; any other token gets 401 invalid credentials. */
  tokens?: string[];
  /** Repo ids whose gated files an accepted token may read. */
  gatedAccess?: string[];
  faults?: Fault[];
  /** Requests that never get an answer (exact pathname or RegExp on pathname + query). */
  hang?: (string | RegExp)[];
  /** Every request fails: with this status, or by resetting the connection. */
  failAll?: number | 'reset';
  /** Faults per path (status codes, rate-limit forms, hangs, cut bodies, echoed credentials, …). */
  plan?: PlannedFault[];
  /** The world to serve instead of test/fixtures/world (a built one: test/support/redteam-world.ts). */
  world?: World;
  /**
   * The Hub's rate limits, per bucket in fixed windows from the server's start (research/apis.md A6):
   * every answer of the bucket states `RateLimit` and `RateLimit-Policy`; a request over the quota
   * gets 429 with `r=0`. Counted: `limited()`.
   */
  rateLimits?: Partial<Record<'api' | 'resolvers', { quota: number; windowSeconds: number }>>;
  /** Milliseconds each answer waits before it is made (a far registry, for benchmarks). */
  latencyMs?: number;
}

/** One request the server saw. */
export interface LoggedRequest {
  method: string;
  /** Pathname plus query, as sent. */
  path: string;
  pathname: string;
  authorized: boolean;
  status: number;
}

/** A running loopback Hub. */
export interface HubServer {
  /** Base URL, e.g. `http://127.0.0.1:54321` (no trailing slash): what `HF_ENDPOINT` is set to. */
  url: string;
  requests: LoggedRequest[];
  /** Requests to `/api/*` so far. */
  apiCalls(): number;
  world: World;
  /** The fault plan: how often each planned fault struck. */
  plan: FaultPlan;
  /** The most requests in flight at once so far, and the TCP connections opened (keep-alive reuses them). */
  flight(): { max: number; connections: number };
  /** Requests refused with 429 by `rateLimits` so far. */
  limited(): number;
  close(): Promise<void>;
}

const LISTING_DEFAULT_FIELDS = [
  'likes',
  'private',
  'downloads',
  'tags',
  'pipeline_tag',
  'library_name',
  'createdAt',
];

/** Starts the loopback Hub on 127.0.0.1 and an ephemeral port. */
export async function startHubServer(options: HubServerOptions = {}): Promise<HubServer> {
  const world = options.world ?? loadWorld();
  const requests: LoggedRequest[] = [];
  const faults = (options.faults ?? []).map((fault) => ({ ...fault, left: fault.count }));
  const plan = createFaultPlan(options.plan);
  const hanging = new Set<ServerResponse>();
  let base = '';
  const started = Date.now();
  const windows = new Map<string, { index: number; used: number }>();
  let refused = 0;
  /** The bucket's headers for one more request now, and whether it is over the quota. */
  const rateLimited = (pathname: string) => {
    const bucket = pathname.startsWith('/api/')
      ? 'api'
      : /\/(resolve|raw)\//.test(pathname)
        ? 'resolvers'
        : undefined;
    const policy = bucket && options.rateLimits?.[bucket];
    if (!bucket || !policy) return undefined;
    const elapsed = (Date.now() - started) / 1000;
    const index = Math.floor(elapsed / policy.windowSeconds);
    const window = windows.get(bucket);
    const current = window?.index === index ? window : { index, used: 0 };
    windows.set(bucket, current);
    current.used++;
    const over = current.used > policy.quota;
    if (over) refused++;
    const reset = Math.ceil((index + 1) * policy.windowSeconds - elapsed);
    return {
      over,
      headers: {
        ratelimit: `"${bucket}";r=${Math.max(0, policy.quota - current.used)};t=${reset}`,
        'ratelimit-policy': `"fixed window";"${bucket}";q=${policy.quota};w=${policy.windowSeconds}`,
      },
    };
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', base);
    const auth = req.headers.authorization;
    const entry: LoggedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname + url.search,
      pathname: url.pathname,
      authorized: Boolean(auth),
      status: 0,
    };
    requests.push(entry);
    const planned = plan.pick(entry.path, url.pathname, req.headers);
    let send = (status: number, headers: Record<string, string>, body: unknown) => {
      const text = typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
      // The Hub sends an ETag with its answers (captured: weak on /api, the blob's on resolvers).
      const etag = status === 200 ? `W/"${createHash('sha1').update(text).digest('hex')}"` : undefined;
      const common = { 'x-request-id': `Root=1-test-${requests.length}`, ...(etag ? { etag } : {}) };
      const answer =
        etag && req.headers['if-none-match'] === etag
          ? { status: 304, headers: common, body: '' }
          : { status, headers: { ...common, ...headers }, body: text };
      entry.status = deliver(req, res, answer, planned, (r) => hanging.add(r));
    };
    const limit = rateLimited(url.pathname);
    if (limit?.over) return send(429, limit.headers, 'Too Many Requests');
    const plain = send;
    if (limit) send = (status, headers, body) => plain(status, { ...limit.headers, ...headers }, body);
    const matches = (m: string | RegExp) => (typeof m === 'string' ? m === url.pathname : m.test(entry.path));
    if (replacesAnswer(planned)) return send(200, {}, '');

    if (options.failAll === 'reset') return req.socket.destroy();
    if (options.failAll)
      return send(options.failAll, { 'content-type': 'text/plain' }, 'Service Unavailable');
    if (options.hang?.some(matches)) return void hanging.add(res);
    const fault = faults.find((f) => f.left > 0 && matches(f.match));
    if (fault) {
      fault.left--;
      return send(
        fault.status,
        faultHeaders(fault, world),
        fault.status === 429 ? 'Too Many Requests' : 'Unavailable',
      );
    }
    const token = auth?.replace(/^Bearer\s+/i, '');
    if (token !== undefined && !options.tokens?.includes(token))
      return answer(send, world.errors['401-invalid-token']);
    const range = req.headers.range;
    route(url, {
      world,
      send,
      base,
      authenticated: token !== undefined,
      options,
      ...(range ? { range } : {}),
    });
  };
  // A round trip's latency, as a far registry has; requests in flight, as a client's pools let through.
  const listening = await listenLoopback(handle, options.latencyMs ?? 0);
  const { server, flight } = listening;
  base = listening.base;

  return {
    url: base,
    requests,
    world,
    plan,
    apiCalls: () => requests.filter((r) => r.pathname.startsWith('/api/')).length,
    flight: () => ({ max: flight.max, connections: flight.connections }),
    limited: () => refused,
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

type Send = (status: number, headers: Record<string, string>, body: unknown) => void;
interface Context {
  /** The request's `Range` header, if any. */
  range?: string;
  world: World;
  send: Send;
  base: string;
  authenticated: boolean;
  options: HubServerOptions;
}

const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' };

function route(url: URL, ctx: Context) {
  const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (url.pathname === '/api/models') return listModels(url, ctx);
  if (parts[0] === 'api' && parts[1] === 'models' && parts.length >= 4) {
    const id = `${parts[2]}/${parts[3]}`;
    const rest = parts.slice(4);
    if (rest.length === 0 || (rest[0] === 'revision' && rest.length === 2))
      return modelInfo(id, rest[1], url, ctx);
    if (rest[0] === 'tree' && rest.length >= 2) return tree(id, rest[1]!, ctx);
  }
  if (parts.length >= 5 && (parts[2] === 'resolve' || parts[2] === 'raw')) {
    return file(`${parts[0]}/${parts[1]}`, parts[3]!, parts.slice(4).join('/'), url, ctx);
  }
  ctx.send(404, { 'content-type': 'text/plain' }, 'Not Found');
}

/** `GET /api/models?author=…`: a bare array, paged with an opaque cursor in `Link: rel="next"`. */
function listModels(url: URL, ctx: Context) {
  const author = url.searchParams.get('author')?.toLowerCase();
  const all = [...ctx.world.models.values()]
    .filter((m) => !author || m.id.toLowerCase().startsWith(`${author}/`))
    .filter((m) => ctx.authenticated || m.info.private !== true)
    .sort(
      (a, b) => String(b.info.createdAt).localeCompare(String(a.info.createdAt)) || a.id.localeCompare(b.id),
    );
  const limit = Math.min(Number(url.searchParams.get('limit') ?? 1000) || 1000, ctx.options.pageSize ?? 1000);
  const offset = decodeCursor(url.searchParams.get('cursor'));
  const page = all.slice(offset, offset + limit).map((m) => project(m.info, expandFields(url), true));
  // The Hub lists X-Total-Count among its exposed headers (captured answers); a listing states its total.
  const headers: Record<string, string> = { ...JSON_TYPE, 'x-total-count': String(all.length) };
  if (offset + limit < all.length) {
    const next = new URLSearchParams(url.searchParams);
    next.set('cursor', Buffer.from(JSON.stringify({ o: offset + limit })).toString('base64url'));
    headers.link = `<${ctx.base}/api/models?${next}>; rel="next"`;
  }
  ctx.send(200, headers, page);
}

/** `GET /api/models/{id}[/revision/{rev}]`. */
function modelInfo(id: string, revision: string | undefined, url: URL, ctx: Context) {
  const renamed = ctx.world.renames.get(id.toLowerCase());
  if (renamed) {
    const location = `/api/models/${renamed}${revision ? `/revision/${revision}` : ''}${url.search}`;
    return ctx.send(
      307,
      { 'content-type': 'text/plain; charset=utf-8', location },
      `Temporary Redirect. Redirecting to ${location}`,
    );
  }
  const model = readable(id, ctx);
  if (!model) return;
  if (revision && !knownRevision(model, revision))
    return answer(ctx.send, ctx.world.errors['404-revision-not-found']);
  const fields = expandFields(url);
  ctx.send(200, JSON_TYPE, fields.length > 0 ? project(model.info, fields, false) : model.info);
}

/**
 * `GET /api/models/{id}/tree/{rev}?recursive=true`: every file with its size and, for LFS files,
 * `lfs: {oid, size, pointerSize}` (the Hub's `ApiIndexTreeEntry`). Sizes come from the world's
 * `sizes`, else from the content the resolver would serve.
 */
function tree(id: string, revision: string, ctx: Context) {
  const model = readable(id, ctx);
  if (!model) return;
  if (!knownRevision(model, revision)) return answer(ctx.send, ctx.world.errors['404-revision-not-found']);
  const entries = model.info.siblings.map(({ rfilename: path }) => {
    const stated = model.sizes?.[path];
    const content = model.binary?.[path] ?? model.files?.[path];
    const size =
      stated?.size ?? (typeof content === 'string' ? Buffer.byteLength(content) : (content?.length ?? 0));
    const oid = createHash('sha1').update(path).digest('hex');
    return {
      type: 'file',
      oid,
      size: stated?.lfsOid ? 134 : size,
      path,
      ...(stated?.lfsOid ? { lfs: { oid: stated.lfsOid, size, pointerSize: 134 } } : {}),
    };
  });
  ctx.send(200, JSON_TYPE, entries);
}

/** `GET /{id}/resolve|raw/{rev}/{path}`: licence texts, a generated model card, else EntryNotFound. */
function file(id: string, revision: string, filePath: string, url: URL, ctx: Context) {
  const range = ctx.range;
  const renamed = ctx.world.renames.get(id.toLowerCase());
  if (renamed) {
    const location = url.pathname.replace(/^\/[^/]+\/[^/]+/, `/${renamed}`);
    return ctx.send(307, { 'content-type': 'text/plain; charset=utf-8', location }, 'Temporary Redirect.');
  }
  const model = readable(id, ctx);
  if (!model) return;
  if (model.info.disabled === true)
    return answer(ctx.send, ctx.world.errors['403-disabled-repo-resolve'], model.id);
  if (model.info.gated && !(ctx.authenticated && ctx.options.gatedAccess?.includes(model.id))) {
    const recorded = ctx.authenticated ? '403-gated-resolve-not-authorized' : '401-gated-resolve-anonymous';
    return answer(ctx.send, ctx.world.errors[recorded], model.id);
  }
  if (!knownRevision(model, revision)) return answer(ctx.send, ctx.world.errors['404-revision-not-found']);
  const listed =
    Array.isArray(model.info.siblings) && model.info.siblings.some((s) => s?.rfilename === filePath);
  if (!listed) {
    return answer(ctx.send, ctx.world.errors['404-entry-not-found']);
  }
  const headers = { 'content-type': 'text/plain; charset=utf-8', 'x-repo-commit': model.info.sha };
  const bytes = model.binary?.[filePath];
  if (bytes !== undefined) return sendBytes(ctx, bytes, range);
  const own = model.files?.[filePath];
  if (own !== undefined) return ctx.send(200, headers, own);
  if (filePath === 'README.md') return ctx.send(200, headers, modelCard(model));
  if (/^(licen[cs]e|copying)/i.test(filePath.split('/').pop() ?? ''))
    return ctx.send(200, headers, model.licenceText);
  answer(ctx.send, ctx.world.errors['404-entry-not-found']);
}

/** Binary content; `Range: bytes=a-b` answers 206 with that slice, as the Hub's resolver (and its CDN) do. */
function sendBytes(ctx: Context, bytes: Uint8Array, range: string | undefined) {
  const type = { 'content-type': 'application/octet-stream', 'accept-ranges': 'bytes' };
  const m = range ? /^bytes=(\d+)-(\d*)$/.exec(range) : null;
  if (!m) return ctx.send(200, type, Buffer.from(bytes));
  const start = Number(m[1]);
  const end = Math.min(m[2] ? Number(m[2]) : bytes.length - 1, bytes.length - 1);
  if (start >= bytes.length)
    return ctx.send(416, { 'content-range': `bytes */${bytes.length}` }, 'Range Not Satisfiable');
  ctx.send(
    206,
    { ...type, 'content-range': `bytes ${start}-${end}/${bytes.length}` },
    Buffer.from(bytes.subarray(start, end + 1)),
  );
}

/** The model, or sends the Hub's "not found" answer (401 anonymous, 404 authenticated) and returns undefined. */
function readable(id: string, ctx: Context): WorldModel | undefined {
  const model = ctx.world.models.get(id.toLowerCase());
  if (model && (model.info.private !== true || ctx.authenticated)) return model;
  answer(
    ctx.send,
    ctx.world.errors[ctx.authenticated ? '404-missing-repo-authenticated' : '401-missing-repo-anonymous'],
  );
  return undefined;
}

function knownRevision(model: WorldModel, revision: string): boolean {
  return ['main', 'HEAD', model.info.sha].includes(revision);
}

function expandFields(url: URL): string[] {
  return [...url.searchParams.getAll('expand[]'), ...url.searchParams.getAll('expand')];
}

/** With `expand`, the Hub returns only `_id`, `id` and the expanded fields; listings default to a small set. */
function project(info: Record<string, unknown>, fields: string[], listing: boolean): Record<string, unknown> {
  const keep = fields.length > 0 ? fields : listing ? LISTING_DEFAULT_FIELDS : Object.keys(info);
  const out: Record<string, unknown> = { _id: info._id, id: info.id };
  for (const key of keep) if (key in info) out[key] = info[key];
  if (listing && fields.length === 0) out.modelId = info.id;
  return out;
}

function decodeCursor(cursor: string | null): number {
  if (!cursor) return 0;
  try {
    return Number((JSON.parse(Buffer.from(cursor, 'base64url').toString()) as { o: number }).o) || 0;
  } catch {
    return 0;
  }
}

/** Sends a recorded error answer, re-targeting its messages to the repo at hand. */
function answer(send: Send, recorded: ErrorAnswer | undefined, id?: string): void {
  if (!recorded) throw new Error('error fixture missing from test/fixtures/world/_synthetic/hf/errors');
  const retarget = (text: string) =>
    id ? text.replaceAll('example-k-ai-team/gated-manual-mit-3b', id) : text;
  const headers = Object.fromEntries(Object.entries(recorded.headers).map(([k, v]) => [k, retarget(v)]));
  const body = typeof recorded.body === 'string' ? recorded.body : retarget(JSON.stringify(recorded.body));
  send(recorded.status, headers, body);
}

function faultHeaders(fault: Fault, world: World): Record<string, string> {
  if (fault.status !== 429) return { 'content-type': 'text/plain' };
  const recorded = world.errors['429-rate-limited']?.headers ?? {};
  const headers: Record<string, string> = { ...recorded };
  if (fault.resetSeconds !== undefined) headers.ratelimit = `"api";r=0;t=${fault.resetSeconds}`;
  else delete headers.ratelimit;
  if (fault.retryAfter !== undefined) headers['retry-after'] = String(fault.retryAfter);
  return headers;
}
