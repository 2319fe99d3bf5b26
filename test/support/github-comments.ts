/**
 * The issue-comment routes of the loopback GitHub (pull requests are issues to this API): list a
 * pull request's comments (paged, `Link: rel="next"`), create one, edit one. Writes need a token;
 * a token in `readOnlyTokens` gets GitHub's 403 for a job without `pull-requests: write`.
 */
import type { IncomingMessage } from 'node:http';

/** One stored comment, as GitHub returns it (the fields the Action reads, and a few more). */
export interface IssueComment {
  id: number;
  node_id: string;
  body: string;
  user: { login: string; type: 'User' | 'Bot' };
  html_url: string;
  created_at: string;
  updated_at: string;
}

/** Comments per `owner/repo#number`, shared by the server and the test. */
export type CommentStore = Map<string, IssueComment[]>;

/** What the comment routes need from the server. */
export interface CommentContext {
  send: (status: number, body: unknown, headers?: Record<string, string>) => void;
  base: string;
  store: CommentStore;
  pageSize: number;
  token: string | undefined;
  readOnlyTokens: string[];
}

let nextId = 1000;

/** Adds a comment as `user` (a test seeds other people's comments this way). */
export function addComment(
  store: CommentStore,
  key: string,
  body: string,
  user: IssueComment['user'] = { login: 'github-actions[bot]', type: 'Bot' },
): IssueComment {
  const now = new Date().toISOString();
  const id = nextId++;
  const [repo, number] = key.split('#');
  const comment: IssueComment = {
    id,
    node_id: `IC_${id}`,
    body,
    user,
    html_url: `https://github.com/${repo}/pull/${number}#issuecomment-${id}`,
    created_at: now,
    updated_at: now,
  };
  store.set(key, [...(store.get(key) ?? []), comment]);
  return comment;
}

function readBody(req: IncomingMessage): Promise<{ body?: unknown }> {
  return new Promise((done) => {
    let raw = '';
    req.on('data', (chunk) => {
      raw += chunk;
    });
    req.on('end', () => {
      try {
        done(JSON.parse(raw) as { body?: unknown });
      } catch {
        done({});
      }
    });
  });
}

const NOT_FOUND = { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' };

/** Whether this request is one of the comment routes. */
export function isCommentRoute(pathname: string): boolean {
  return /^\/repos\/[^/]+\/[^/]+\/issues\/(?:\d+\/comments|comments\/\d+)$/.test(pathname);
}

/** Serves `GET|POST /repos/o/r/issues/N/comments` and `PATCH /repos/o/r/issues/comments/ID`. */
export async function serveComments(req: IncomingMessage, url: URL, ctx: CommentContext): Promise<void> {
  const [, , owner, repo, , a, b] = url.pathname.split('/');
  const repoKey = `${owner}/${repo}`.toLowerCase();
  const method = req.method ?? 'GET';
  if (method !== 'GET') {
    if (ctx.token === undefined) return ctx.send(401, { message: 'Requires authentication' });
    if (ctx.readOnlyTokens.includes(ctx.token))
      return ctx.send(403, { message: 'Resource not accessible by integration' });
  }
  if (a === 'comments' && method === 'PATCH') {
    const id = Number(b);
    const found = [...ctx.store.entries()]
      .filter(([key]) => key.startsWith(`${repoKey}#`))
      .flatMap(([, list]) => list)
      .find((c) => c.id === id);
    if (!found) return ctx.send(404, NOT_FOUND);
    // GITHUB_TOKEN may edit only its own comments.
    if (found.user.type !== 'Bot')
      return ctx.send(403, { message: 'Resource not accessible by integration' });
    const { body } = await readBody(req);
    if (typeof body !== 'string') return ctx.send(422, { message: 'Invalid request: body is required' });
    found.body = body;
    found.updated_at = new Date().toISOString();
    return ctx.send(200, found);
  }
  const key = `${repoKey}#${a}`;
  if (b === 'comments' && method === 'POST') {
    const { body } = await readBody(req);
    if (typeof body !== 'string') return ctx.send(422, { message: 'Invalid request: body is required' });
    if (body.length > 65536)
      return ctx.send(422, { message: 'Body is too long (maximum is 65536 characters)' });
    return ctx.send(201, addComment(ctx.store, key, body));
  }
  if (b === 'comments' && method === 'GET') {
    const all = ctx.store.get(key) ?? [];
    const size = Math.min(Number(url.searchParams.get('per_page') ?? 30) || 30, ctx.pageSize);
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
    const last = Math.max(1, Math.ceil(all.length / size));
    const headers: Record<string, string> = {};
    if (page < last) {
      const next = new URL(url.pathname + url.search, ctx.base);
      next.searchParams.set('page', String(page + 1));
      headers.link = `<${next.toString()}>; rel="next"`;
    }
    return ctx.send(200, all.slice((page - 1) * size, page * size), headers);
  }
  ctx.send(404, NOT_FOUND);
}
