/**
 * The GitHub REST calls the GitHub source makes, one function per endpoint, on the client of
 * github-client.ts. Org listings are paged by hand (a self-linking or off-host `next` is refused);
 * a body that is not JSON is asked for once more, then is MALFORMED_RESPONSE.
 */
import { SourceError } from '../errors.js';
import { attempt, type GitHubClient, type Result } from './github-client.js';

export {
  attempt,
  createGitHubClient,
  failureOf,
  GITHUB_MAX_WAIT_SECONDS,
  type GitHubClient,
  type GitHubClientOptions,
  type Result,
} from './github-client.js';

// A loop guard: 100 pages of 100 repositories is far beyond any team's org.
const MAX_PAGES = 100;

/**
 * Every repository of an org (all pages of 100), as GitHub lists them. Pages are followed by hand,
 * not by octokit's paginate: a `Link: next` that points back at a page already read, or off the
 * configured API host (where the token would follow it), is a MALFORMED_RESPONSE, not a loop or a leak.
 */
export function listOrgRepos(
  client: GitHubClient,
  org: string,
  signal?: AbortSignal,
): Promise<Result<Record<string, unknown>[]>> {
  const path = `/orgs/${encodeURIComponent(org)}/repos`;
  return attempt(
    client,
    async (retry) => {
      const items: Record<string, unknown>[] = [];
      const seen = new Set<string>();
      let next: string | undefined = `${client.baseUrl}${path}?type=all&per_page=100`;
      while (next) {
        if (seen.has(next) || seen.size >= MAX_PAGES)
          throw new SourceError('MALFORMED_RESPONSE', 'org listing pages loop', { url: path });
        seen.add(next);
        const page = await client.octokit.request({
          method: 'GET',
          url: next,
          request: { signal, ...retry },
        });
        const body = await ensureJson(client, page.data, next, signal);
        if (!Array.isArray(body))
          throw new SourceError('MALFORMED_RESPONSE', 'org listing is not a JSON array', { url: path });
        items.push(...(body as Record<string, unknown>[]));
        next = nextPage(page.headers.link, client.baseUrl, path);
      }
      return items;
    },
    path,
  );
}

/** The `rel="next"` URL of a GitHub `Link` header, refused when it leaves the API's origin. */
function nextPage(link: string | undefined, baseUrl: string, path: string): string | undefined {
  const match = /<([^<>]+)>;\s*rel="next"/.exec(link ?? '');
  if (!match) return undefined;
  const next = new URL(match[1]!, baseUrl);
  if (next.origin !== new URL(baseUrl).origin || next.username || next.password)
    throw new SourceError('MALFORMED_RESPONSE', 'next page on another host', { url: path });
  return next.toString();
}

/**
 * The body as JSON (an object or array). A body octokit could not parse (cut short, an HTML page
 * from a proxy) comes back as a string: it is asked for once more, past the cache; a second bad
 * body is MALFORMED_RESPONSE.
 */
async function ensureJson(
  client: GitHubClient,
  data: unknown,
  url: string,
  signal?: AbortSignal,
): Promise<unknown> {
  if (typeof data === 'object' && data !== null) return data;
  const again = await client.octokit.request({
    method: 'GET',
    url,
    headers: { 'cache-control': 'no-cache' },
    request: { signal },
  });
  if (typeof again.data === 'object' && again.data !== null) return again.data;
  throw new SourceError('MALFORMED_RESPONSE', 'response is not JSON', { url: new URL(url).pathname });
}

/** GET with path parameters; the JSON body. `headers` go with the request (e.g. the cache's valid-while tag). */
export async function getJson(
  client: GitHubClient,
  route: string,
  params: Record<string, string | number>,
  signal?: AbortSignal,
  headers?: Record<string, string>,
): Promise<Result<unknown>> {
  const url = route.replace(/^GET /, '').replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
  // Routes are built at run time, so octokit's per-route types cannot apply.
  const request = client.octokit.request as unknown as (
    r: string | object,
    p?: object,
  ) => Promise<{ data: unknown; url: string }>;
  return attempt(
    client,
    async (retry) => {
      const res = await request(route, {
        ...params,
        ...(headers ? { headers } : {}),
        request: { signal, ...retry },
      });
      return ensureJson(client, res.data, res.url, signal);
    },
    url,
  );
}
