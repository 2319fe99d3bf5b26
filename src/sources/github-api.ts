/**
 * The GitHub REST calls the GitHub source makes, on `@octokit/core` with the paginate, retry and
 * throttling plugins (the `octokit` umbrella would add an App, OAuth and GraphQL client, 38 MB
 * installed, that nothing here uses). One function per endpoint; every failure comes back as a SourceFailure value
 * with status, URL and request id, never as a throw, and never with the token in it.
 */
import { Octokit as OctokitCore } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import type { SourceFailure } from '../types.js';

/** Construction options of the GitHub client. */
export interface GitHubClientOptions {
  /** e.g. `https://api.github.com` or `https://ghe.example.com/api/v3`. */
  baseUrl: string;
  token?: string;
  fetch: typeof fetch;
  userAgent: string;
  /** Longest wait (seconds) a rate limit may ask for and still be waited out. */
  maxRateLimitWait?: number;
  /** Milliseconds per second of `retry-after` (tests shrink it to keep the suite fast). */
  retryAfterBaseValue?: number;
  /** Retries of 5xx answers. */
  retries?: number;
}

/** The client class: core with exactly the plugins the endpoint functions rely on. */
const Octokit = OctokitCore.plugin(paginateRest, retry, throttling);
type Octokit = InstanceType<typeof Octokit>;

/** The octokit instance the endpoint functions share, and how many calls in a row found GitHub down. */
export interface GitHubClient {
  octokit: Octokit;
  state: { outage: number };
}

// As in our HttpClient: once this many calls in a row used up their retries on 5xx or network
// errors, later calls try once, so a scan against a dead GitHub ends in seconds, not minutes.
const FAIL_FAST_AFTER = 3;

// Enough to ride out a short primary-limit window or GitHub's usual secondary `retry-after: 60`.
const MAX_WAIT_SECONDS = 60;
const MAX_SECONDARY_RETRIES = 2;

/** Creates the octokit client with our rate-limit policy: wait when the wait is short and bounded. */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const maxWait = options.maxRateLimitWait ?? MAX_WAIT_SECONDS;
  const silent = () => {};
  const octokit = new Octokit({
    baseUrl: options.baseUrl,
    ...(options.token ? { auth: options.token } : {}),
    userAgent: options.userAgent,
    request: { fetch: options.fetch },
    log: { debug: silent, info: silent, warn: silent, error: silent },
    throttle: {
      retryAfterBaseValue: options.retryAfterBaseValue ?? 1000,
      // Primary limit: retry once, only when the window resets soon; else the release is unknown.
      onRateLimit: (retryAfter: number, _o: unknown, _k: unknown, retryCount: number) =>
        retryCount < 1 && retryAfter <= maxWait,
      // Secondary limit: honour `retry-after`, a bounded number of times.
      onSecondaryRateLimit: (retryAfter: number, _o: unknown, _k: unknown, retryCount: number) =>
        retryCount < MAX_SECONDARY_RETRIES && retryAfter <= maxWait,
    },
    retry: {
      retries: options.retries ?? 2,
      // The plugin waits (retry number)^2 x this: 0.5 s, then 2 s.
      retryAfterBaseValue: Math.min(options.retryAfterBaseValue ?? 500, 500),
    },
  });
  return { octokit, state: { outage: 0 } };
}

/** A call's answer or the failure that stopped it. */
export type Result<T> = { ok: true; value: T } | { ok: false; failure: SourceFailure };

/** Runs one octokit call, turning a thrown RequestError into a SourceFailure value. */
export async function attempt<T>(
  client: GitHubClient,
  call: (request: { retries?: number }) => Promise<T>,
  url: string,
): Promise<Result<T>> {
  try {
    const value = await call(client.state.outage >= FAIL_FAST_AFTER ? { retries: 0 } : {});
    client.state.outage = 0;
    return { ok: true, value };
  } catch (error) {
    const failure = failureOf(error, url);
    const down =
      failure.code === 'NETWORK_ERROR' || failure.code === 'TIMEOUT' || (failure.status ?? 0) >= 500;
    client.state.outage = down ? client.state.outage + 1 : 0;
    return { ok: false, failure };
  }
}

/** A SourceFailure from an octokit error: rate limits named as such; no headers copied but the request id. */
export function failureOf(error: unknown, url: string): SourceFailure {
  const e = error as {
    status?: number;
    message?: string;
    name?: string;
    response?: { headers?: Record<string, string | undefined> };
  };
  const headers = e.response?.headers ?? {};
  const requestId = headers['x-github-request-id'];
  const status = typeof e.status === 'number' && e.status > 0 ? e.status : undefined;
  const limited =
    status === 429 ||
    (status === 403 && (headers['x-ratelimit-remaining'] === '0' || /rate limit/i.test(e.message ?? '')));
  const code = limited
    ? 'RATE_LIMITED'
    : status
      ? 'HTTP_ERROR'
      : e.name === 'AbortError' || e.name === 'TimeoutError'
        ? 'TIMEOUT'
        : 'NETWORK_ERROR';
  const message = status ? `HTTP ${status} (${firstLine(e.message)})` : firstLine(e.message);
  return { code, message, url, ...(status ? { status } : {}), ...(requestId ? { requestId } : {}) };
}

function firstLine(text: string | undefined): string {
  return (text ?? 'request failed').split('\n')[0]!.slice(0, 200);
}

/** Every repository of an org (all pages of 100), as GitHub lists them. */
export function listOrgRepos(
  client: GitHubClient,
  org: string,
  signal?: AbortSignal,
): Promise<Result<Record<string, unknown>[]>> {
  const paginate = client.octokit.paginate as unknown as (
    r: string,
    p: object,
  ) => Promise<Record<string, unknown>[]>;
  return attempt(
    client,
    (retry) =>
      paginate('GET /orgs/{org}/repos', { org, type: 'all', per_page: 100, request: { signal, ...retry } }),
    `/orgs/${org}/repos`,
  );
}

/** GET with path parameters; the JSON body (or text, for raw media types). */
export async function getJson(
  client: GitHubClient,
  route: string,
  params: Record<string, string | number>,
  signal?: AbortSignal,
): Promise<Result<unknown>> {
  const url = route.replace(/^GET /, '').replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
  // Routes are built at run time, so octokit's per-route types cannot apply.
  const request = client.octokit.request as unknown as (r: string, p: object) => Promise<{ data: unknown }>;
  return attempt(
    client,
    async (retry) => (await request(route, { ...params, request: { signal, ...retry } })).data,
    url,
  );
}
