/**
 * A loopback server that speaks the GitHub REST API's shapes over the GitHub world
 * (test/support/github-world.ts): org listings paged with `Link: rel="next"`, repositories,
 * branches, `/license` (404 when none), trees, README and contents (base64), releases. Every 200
 * carries an ETag and `If-None-Match` gets a 304. Knobs inject secondary and primary rate limits,
 * and a fault plan per path (test/support/fault-plan.ts); a request log lets tests count requests
 * and conditional ones.
 */
import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createFaultPlan, deliver, type FaultPlan, type PlannedFault, replacesAnswer } from './fault-plan.js';
import { type CommentStore, isCommentRoute, serveComments } from './github-comments.js';
import { type GitHubWorld, loadGitHubWorld, type WorldRepo } from './github-world.js';
import { listenLoopback } from './loopback.js';

/** A burst of rate-limit answers on matching requests, then normal service. */
export interface RateLimitFault {
  /** RegExp tested against pathname + query. */
  match: RegExp;
  kind: 'secondary' | 'primary';
  count: number;
  /** Secondary: `retry-after` seconds. Primary: seconds until `x-ratelimit-reset`. */
  seconds: number;
}

/** Knobs of the loopback GitHub. */
export interface GitHubServerOptions {
  /** Upper bound of a listing page, whatever `per_page` asks (forces several pages). */
  pageSize?: number;
  /** Tokens the server accepts; any other gets 401 "Bad credentials". Accepted tokens see private repos. */
  tokens?: string[];
  faults?: RateLimitFault[];
  /** Repository names whose recursive tree GitHub cuts short (`truncated: true`), as for huge repositories. */
  truncatedTrees?: string[];
  /** Faults per path (status codes, rate-limit forms, hangs, cut bodies, echoed credentials, …). */
  plan?: PlannedFault[];
  /** The world to serve instead of the fixture world (a built one: test/support/redteam-world.ts). */
  world?: GitHubWorld;
  /** Milliseconds each answer waits before it is made (a far registry, for benchmarks). */
  latencyMs?: number;
  /** Accepted tokens that may not write (a job without `pull-requests: write`): 403 on comment writes. */
  readOnlyTokens?: string[];
}

/** One request the server saw. */
export interface GitHubRequest {
  method: string;
  path: string;
  pathname: string;
  conditional: boolean;
  authorized: boolean;
  status: number;
  /** Names of the request's headers (lower case), to check what a client sends upstream. */
  headerNames: string[];
}

/** A running loopback GitHub. */
export interface GitHubServer {
  /** What `GITHUB_API_URL` is set to (no trailing slash). */
  url: string;
  requests: GitHubRequest[];
  world: GitHubWorld;
  /** The fault plan: how often each planned fault struck. */
  plan: FaultPlan;
  /** Pull-request comments per `owner/repo#number` (test/support/github-comments.ts). */
  comments: CommentStore;
  /** The most requests in flight at once so far, and the TCP connections opened (keep-alive reuses them). */
  flight(): { max: number; connections: number };
  close(): Promise<void>;
}

const JSON_TYPE = 'application/json; charset=utf-8';

/** Starts the loopback GitHub on 127.0.0.1 and an ephemeral port. */
export async function startGitHubServer(options: GitHubServerOptions = {}): Promise<GitHubServer> {
  const world = options.world ?? loadGitHubWorld();
  const requests: GitHubRequest[] = [];
  const faults = (options.faults ?? []).map((f) => ({ ...f, left: f.count }));
  const plan = createFaultPlan(options.plan);
  const hanging = new Set<ServerResponse>();
  const comments: CommentStore = new Map();
  let base = '';

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', base);
    const token = req.headers.authorization?.replace(/^(Bearer|token)\s+/i, '');
    const entry: GitHubRequest = {
      method: req.method ?? 'GET',
      path: url.pathname + url.search,
      pathname: url.pathname,
      conditional: req.headers['if-none-match'] !== undefined,
      authorized: token !== undefined,
      status: 0,
      headerNames: Object.keys(req.headers),
    };
    requests.push(entry);
    const planned = plan.pick(entry.path, url.pathname, req.headers);
    const send = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      const text = JSON.stringify(body);
      const etag = `W/"${createHash('sha1').update(text).digest('hex')}"`;
      const common = {
        'x-github-request-id': `TEST:${requests.length}`,
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '4999',
        'x-ratelimit-resource': 'core',
      };
      const answer =
        status === 200 && req.headers['if-none-match'] === etag
          ? { status: 304, headers: { ...common, etag }, body: '' }
          : {
              status,
              headers: {
                ...common,
                'content-type': JSON_TYPE,
                ...(status === 200 ? { etag } : {}),
                ...headers,
              },
              body: text,
            };
      entry.status = deliver(req, res, answer, planned, (r) => hanging.add(r));
    };
    if (replacesAnswer(planned)) return send(200, '');
    const fault = faults.find((f) => f.left > 0 && f.match.test(entry.path));
    if (fault) {
      fault.left--;
      if (fault.kind === 'secondary')
        return send(
          403,
          {
            message:
              'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
          },
          { 'retry-after': String(fault.seconds) },
        );
      const reset = Math.ceil(Date.now() / 1000) + fault.seconds;
      return send(
        403,
        { message: 'API rate limit exceeded for 127.0.0.1.' },
        { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) },
      );
    }
    if (token !== undefined && !options.tokens?.includes(token))
      return send(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
    if (isCommentRoute(url.pathname)) {
      const readOnlyTokens = options.readOnlyTokens ?? [];
      return void serveComments(req, url, {
        send,
        base,
        store: comments,
        pageSize: options.pageSize ?? 100,
        token,
        readOnlyTokens,
      });
    }
    route(url, {
      world,
      send,
      base,
      seesPrivate: token !== undefined,
      pageSize: options.pageSize ?? 100,
      truncatedTrees: options.truncatedTrees ?? [],
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
    comments,
    flight: () => ({ max: flight.max, connections: flight.connections }),
    close: () =>
      new Promise<void>((resolve) => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

type Send = (status: number, body: unknown, headers?: Record<string, string>) => void;
interface Context {
  world: GitHubWorld;
  send: Send;
  base: string;
  seesPrivate: boolean;
  pageSize: number;
  truncatedTrees: string[];
}

const NOT_FOUND = { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' };

function route(url: URL, ctx: Context) {
  const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'orgs' && parts[2] === 'repos' && parts.length === 3) return listOrg(parts[1]!, url, ctx);
  if (parts[0] !== 'repos' || parts.length < 3) return ctx.send(404, NOT_FOUND);
  const repo = ctx.world.repos.get(`${parts[1]}/${parts[2]}`.toLowerCase());
  if (!repo || (repo.repo.visibility !== 'public' && !ctx.seesPrivate)) return ctx.send(404, NOT_FOUND);
  const rest = parts.slice(3);
  const ref = url.searchParams.get('ref');
  if (ref && ref !== repo.commit && ref !== repo.repo.default_branch)
    return ctx.send(404, { message: `No commit found for the ref ${ref}` });
  if (rest.length === 0) return ctx.send(200, repo.repo);
  if (rest[0] === 'branches' && rest.length === 2) {
    if (rest[1] !== repo.repo.default_branch) return ctx.send(404, { message: 'Branch not found' });
    return ctx.send(200, {
      name: rest[1],
      commit: { sha: repo.commit, commit: { tree: { sha: treeSha(repo) } } },
    });
  }
  if (rest[0] === 'license' && rest.length === 1) {
    if (!repo.licence) return ctx.send(404, NOT_FOUND);
    const l = repo.licence;
    return ctx.send(200, {
      ...content(repo, l.path),
      license: { key: l.key, name: l.name, spdx_id: l.spdxId, url: null, node_id: 'MDc6TGljZW5zZTA=' },
    });
  }
  if (rest[0] === 'git' && rest[1] === 'trees' && rest.length === 3) {
    if (rest[2] !== repo.commit && rest[2] !== treeSha(repo)) return ctx.send(404, NOT_FOUND);
    if (repo.treeBody !== undefined) return ctx.send(200, repo.treeBody);
    const cut = ctx.truncatedTrees.includes(repo.repo.name as string);
    return ctx.send(200, { ...tree(repo, url.searchParams.get('recursive') !== null), truncated: cut });
  }
  if (rest[0] === 'readme' && rest.length === 1) {
    const path = [...repo.files.keys()].find((p) => /^readme(\.md)?$/i.test(p));
    return path ? ctx.send(200, content(repo, path)) : ctx.send(404, NOT_FOUND);
  }
  if (rest[0] === 'contents' && rest.length >= 2) {
    const path = rest.slice(1).join('/');
    return repo.files.has(path) ? ctx.send(200, content(repo, path)) : ctx.send(404, NOT_FOUND);
  }
  if (rest[0] === 'releases' && rest.length === 1) {
    return ctx.send(
      200,
      repo.releases.map((r, i) => ({
        id: i + 1,
        tag_name: r.tag_name,
        draft: r.draft ?? false,
        assets: r.assets.map((a, j) => ({ id: j + 1, name: a.name, size: a.size, state: 'uploaded' })),
      })),
    );
  }
  ctx.send(404, NOT_FOUND);
}

/** `GET /orgs/{org}/repos`: pages of at most `pageSize`, `Link` with rel="next" and "last". */
function listOrg(org: string, url: URL, ctx: Context) {
  const all = (ctx.world.orgs.get(org.toLowerCase()) ?? []).filter(
    (r) => r.repo.visibility === 'public' || ctx.seesPrivate,
  );
  if (!ctx.world.orgs.has(org.toLowerCase())) return ctx.send(404, NOT_FOUND);
  const size = Math.min(Number(url.searchParams.get('per_page') ?? 30) || 30, ctx.pageSize);
  const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
  const last = Math.max(1, Math.ceil(all.length / size));
  const headers: Record<string, string> = {};
  if (page < last) {
    const link = (n: number) => {
      const next = new URL(url.pathname + url.search, ctx.base);
      next.searchParams.set('page', String(n));
      return next.toString();
    };
    headers.link = `<${link(page + 1)}>; rel="next", <${link(last)}>; rel="last"`;
  }
  ctx.send(
    200,
    all.slice((page - 1) * size, page * size).map((r) => r.repo),
    headers,
  );
}

function blobSha(text: string): string {
  return createHash('sha1')
    .update(`blob ${Buffer.byteLength(text)}\0${text}`)
    .digest('hex');
}

function treeSha(repo: WorldRepo): string {
  return createHash('sha1').update(`tree:${repo.commit}`).digest('hex');
}

function content(repo: WorldRepo, path: string) {
  const text = repo.files.get(path)!;
  return {
    name: path.split('/').pop(),
    path,
    sha: blobSha(text),
    size: Buffer.byteLength(text),
    type: 'file',
    encoding: 'base64',
    content: Buffer.from(text)
      .toString('base64')
      .replace(/(.{60})/g, '$1\n'),
  };
}

function tree(repo: WorldRepo, recursive: boolean) {
  const dirs = new Set<string>();
  const entries = [...repo.files.entries()]
    .filter(([path]) => recursive || !path.includes('/'))
    .map(([path, text]) => {
      const segments = path.split('/');
      for (let i = 1; i < segments.length; i++) dirs.add(segments.slice(0, i).join('/'));
      return { path, mode: '100644', type: 'blob', sha: blobSha(text), size: Buffer.byteLength(text) };
    });
  const trees = [...dirs].map((path) => ({ path, mode: '040000', type: 'tree', sha: blobSha(path) }));
  return { sha: treeSha(repo), truncated: false, tree: [...trees, ...entries] };
}
