/**
 * The octokit client the GitHub source calls through (retry and throttling plugins bundled), and
 * how a call becomes a value: every failure comes back as a SourceFailure with status, URL and
 * request id, never as a throw, and always redacted (octokit's messages repeat what the server
 * said, which may echo the token). Rate-limit waits are taken only when they end before the
 * scan's deadline; once GitHub looks down, calls try once.
 */
import { Octokit as OctokitCore } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { SourceError } from '../errors.js';
import type { SourceFailure } from '../types.js';
import { type Budget, createBudget } from './budget.js';
import { limitedUntil } from './http-retry.js';
import { createRedactor, type Redact } from './redact.js';

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
  /** The scan's deadline and rate-limited hosts (the transport under `fetch` shares it). */
  budget?: Budget;
  /** Redacts upstream texts; the token is always redacted. */
  redact?: Redact;
}

/**
 * The client class: `@octokit/core` with exactly the plugins the endpoint functions rely on (the
 * `octokit` umbrella would add an App, OAuth and GraphQL client, 38 MB installed, that nothing here uses).
 */
const Octokit = OctokitCore.plugin(paginateRest, retry, throttling);
type Octokit = InstanceType<typeof Octokit>;

/** The octokit instance the endpoint functions share, and how many calls in a row found GitHub down. */
export interface GitHubClient {
  octokit: Octokit;
  state: { outage: number };
  baseUrl: string;
  budget: Budget;
  redact: Redact;
  /** Longest rate-limit wait taken, ms. */
  maxWaitMs: number;
  /** Told of every failed call: a per-inspection view (`{ ...client, onFailure }`) collects its own. */
  onFailure?: (failure: SourceFailure) => void;
}

// As in our HttpClient: once this many calls in a row used up their retries on 5xx, network
// errors or rate limits, later calls try once, so a scan against a dead GitHub ends in seconds.
const FAIL_FAST_AFTER = 3;

/** Longest rate-limit wait (seconds): rides out a short primary window or GitHub's usual secondary `retry-after: 60`. */
export const GITHUB_MAX_WAIT_SECONDS = 60;
const MAX_SECONDARY_RETRIES = 2;

// A stand-in for the plugin's Bottleneck group that runs each job at once (`key(id).schedule(options, job, ...args)`).
const UNQUEUED = {
  key: () => ({
    schedule: (_options: unknown, job: (...args: unknown[]) => unknown, ...args: unknown[]) =>
      Promise.resolve().then(() => job(...args)),
  }),
};

/** Creates the octokit client with our rate-limit policy: wait when the wait is short and ends before the deadline. */
export function createGitHubClient(options: GitHubClientOptions): GitHubClient {
  const maxWait = options.maxRateLimitWait ?? GITHUB_MAX_WAIT_SECONDS;
  const budget = options.budget ?? createBudget();
  const redactToken = createRedactor([options.token]);
  const redact: Redact = options.redact ? (t) => redactToken(options.redact!(t)) : redactToken;
  const fits = (retryAfter: number) => retryAfter <= maxWait && retryAfter * 1000 < budget.remainingMs();
  const silent = () => {};
  const octokit = new Octokit({
    baseUrl: options.baseUrl,
    ...(options.token ? { auth: options.token } : {}),
    userAgent: options.userAgent,
    request: { fetch: options.fetch },
    log: { debug: silent, info: silent, warn: silent, error: silent },
    throttle: {
      // Reads are bounded by the transport's GitHub pool (src/sources/pools.ts), one limit in one
      // place: the plugin's own group of 10 reads at once (shared by every client) would cap it
      // unseen. Writes keep the plugin's serialising group. (The plugin takes its groups from these
      // options, `Object.assign(state, throttle)`; its types do not list them: a test checks it.)
      ...({ global: UNQUEUED } as object),
      retryAfterBaseValue: options.retryAfterBaseValue ?? 1000,
      // Primary limit: retry once, only when the window resets soon; else the release is unknown.
      onRateLimit: (retryAfter: number, _o: unknown, _k: unknown, retryCount: number) =>
        retryCount < 1 && fits(retryAfter),
      // Secondary limit: honour `retry-after`, a bounded number of times.
      onSecondaryRateLimit: (retryAfter: number, _o: unknown, _k: unknown, retryCount: number) =>
        retryCount < MAX_SECONDARY_RETRIES && fits(retryAfter),
    },
    retry: {
      retries: options.retries ?? 2,
      // The plugin waits (retry number)^2 x this: 0.5 s, then 2 s.
      retryAfterBaseValue: Math.min(options.retryAfterBaseValue ?? 500, 500),
    },
  });
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  return { octokit, state: { outage: 0 }, baseUrl, budget, redact, maxWaitMs: maxWait * 1000 };
}

/** A call's answer or the failure that stopped it. */
export type Result<T> = { ok: true; value: T } | { ok: false; failure: SourceFailure };

/** Runs one octokit call, turning a thrown RequestError into a SourceFailure value. */
export async function attempt<T>(
  client: GitHubClient,
  call: (request: { retries?: number }) => Promise<T>,
  url: string,
): Promise<Result<T>> {
  // A deadline that passed, or a host limited past it, answers without a request.
  const refused = client.budget.refusal(`${client.baseUrl}${url}`, client.maxWaitMs);
  if (refused) {
    client.state.outage++;
    const failure = { code: refused.code, message: client.redact(refused.message), url };
    client.onFailure?.(failure);
    return { ok: false, failure };
  }
  try {
    const value = await call(client.state.outage >= FAIL_FAST_AFTER ? { retries: 0 } : {});
    client.state.outage = 0;
    return { ok: true, value };
  } catch (error) {
    const failure = failureOf(error, url, client.redact, client.budget.now());
    const down =
      ['NETWORK_ERROR', 'TIMEOUT', 'RATE_LIMITED', 'DEADLINE'].includes(failure.code) ||
      (failure.status ?? 0) >= 500;
    client.state.outage = down ? client.state.outage + 1 : 0;
    client.onFailure?.(failure);
    return { ok: false, failure };
  }
}

/**
 * A SourceFailure from an octokit error: budget stops and rate limits named as such (saying when
 * to retry); no headers copied but the request id; every text redacted.
 */
export function failureOf(
  error: unknown,
  url: string,
  redact: Redact = createRedactor(),
  now = Date.now(),
): SourceFailure {
  const e = error as {
    status?: number;
    message?: string;
    name?: string;
    cause?: unknown;
    response?: { headers?: Record<string, string | undefined> };
  };
  // The transport's refusal (deadline, host rate-limited past it), passed through by octokit as is.
  const stop = error instanceof SourceError ? error : e.cause instanceof SourceError ? e.cause : undefined;
  if (stop) return { code: stop.code, message: redact(stop.message), url };
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
  const until = limited && status ? limitedUntil(status, toHeaders(headers), now) : undefined;
  const retry = until ? `; retry after ${new Date(until).toISOString().replace(/\.\d{3}Z$/, 'Z')}` : '';
  const message = status ? `HTTP ${status} (${firstLine(e.message)})${retry}` : firstLine(e.message);
  return {
    code,
    message: redact(message),
    url,
    ...(status ? { status } : {}),
    ...(requestId ? { requestId: redact(requestId) } : {}),
  };
}

function toHeaders(record: Record<string, string | undefined>): Headers {
  const headers = new Headers();
  for (const [k, v] of Object.entries(record)) if (typeof v === 'string') headers.set(k, v);
  return headers;
}

function firstLine(text: string | undefined): string {
  return (text ?? 'request failed').split('\n')[0]!.slice(0, 200);
}
