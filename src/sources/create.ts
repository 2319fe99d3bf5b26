/**
 * The one place that reads registry endpoints and tokens from the environment and builds the
 * sources with them. Entry points pass `process.env`; tests pass a plain object pointing at a
 * loopback server. Every source shares one budget (the scan's deadline, rate-limited hosts) and
 * one redactor, and every release, failure and evidence record a source returns passes through
 * that redactor here, so no upstream text reaches a report unredacted. The tokens are returned as
 * `secrets`, and the redactor as `redact`, so entry points redact their own output the same way.
 */

import { join } from 'node:path';
import { pickLicenceFiles } from '../detect/candidates.js';
import { ConfigError } from '../errors.js';
import { VERSION } from '../version.js';
import { type Budget, createBudget } from './budget.js';
import { createCachedFetch } from './cache.js';
import { createCacheStore, DEFAULT_CACHE_MAX_MB } from './cache-store.js';
import { createGitSource } from './git.js';
import { createGitHubSource, isCommitPinned } from './github.js';
import { createGitHubClient, GITHUB_MAX_WAIT_SECONDS, type GitHubClient } from './github-api.js';
import { createHttpClient, type HttpClientOptions } from './http.js';
import { createHuggingFaceSource } from './huggingface.js';
import { isPinnedResolveUrl } from './huggingface-texts.js';
import { createLocalSource } from './local.js';
import { createNodeFetch } from './node-fetch.js';
import { createLimiters, DEFAULT_POOLS, type HostFigures, type PoolKind, type Pools } from './pools.js';
import { createRedactor, type Redact } from './redact.js';
import { redacting } from './redacting-source.js';
import type { Source } from './source.js';
import { secretsFrom, tokenFrom } from './tokens.js';
import { createTransport } from './transport.js';

/** Transport knobs shared by every source; all optional. */
export interface CreateSourcesOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
  /** Requests in flight at once per host kind (`--concurrency`); DEFAULT_POOLS when absent. */
  pools?: Pools;
  /** ETag cache directory; default `$XDG_CACHE_HOME/openquota` or `~/.cache/openquota`. */
  cacheDir?: string;
  /** No on-disk cache at all (`--no-cache`). */
  noCache?: boolean;
  /** Cap of the on-disk cache in MiB (`--cache-max-mb`); least recently used entries go first. */
  cacheMaxMb?: number;
  /** The scan's budget; a fresh one (no deadline until scan() sets it) when absent. */
  budget?: Budget;
  /** Directory local paths (`check DIR`) resolve against. */
  cwd?: string;
  /** Milliseconds per second of a GitHub `retry-after` (tests shrink it). */
  githubRetryAfterBaseValue?: number;
  /** Retry tuning; tests inject `sleep` to assert waits without waiting. */
  retry?: Pick<HttpClientOptions, 'retries' | 'baseDelayMs' | 'maxRetryDelayMs' | 'sleep' | 'random'>;
}

/** The sources of a scan, the secrets they hold, and what they share. */
export interface CreatedSources {
  sources: Source[];
  /** Every token read, so entry points can register them for redaction. */
  secrets: string[];
  /** The redactor every source's output went through; entry points use it on their own output. */
  redact: Redact;
  /** The deadline and rate-limit state the sources share; pass it to scan(). */
  budget: Budget;
  /** Requests so far by host kind (`scan --stats`). */
  figures(): Record<PoolKind, HostFigures>;
}

export { secretsFrom, TOKEN_VARIABLES } from './tokens.js';

const HF_DEFAULT = 'https://huggingface.co';
const GITHUB_DEFAULT = 'https://api.github.com';

/**
 * Builds every source from the environment: `HF_ENDPOINT`, `HF_TOKEN` / `HUGGING_FACE_HUB_TOKEN`,
 * `GITHUB_API_URL`, `GITHUB_TOKEN` / `GH_TOKEN`, `XDG_CACHE_HOME` / `HOME` for the cache, and
 * `PATH` / `HOME` for git.
 */
export function createSources(
  env: Record<string, string | undefined>,
  options: CreateSourcesOptions = {},
): CreatedSources {
  const secrets = secretsFrom(env);
  const limiters = createLimiters(options.pools ?? DEFAULT_POOLS);
  const redact = createRedactor(secrets);
  const budget = options.budget ?? createBudget();
  const headers = { 'user-agent': `openquota/${VERSION}` };
  // One set of keep-alive connections for every source, over node:http (node-fetch.ts says why).
  const send = options.fetch ?? createNodeFetch();
  const transport = {
    fetch: send,
    timeoutMs: options.timeoutMs,
    headers,
    budget,
    redact,
    ...options.retry,
  };

  const hfEndpoint = endpointFrom(env, 'HF_ENDPOINT', HF_DEFAULT);
  const hfToken = tokenFrom(env, 'HF_TOKEN') ?? tokenFrom(env, 'HUGGING_FACE_HUB_TOKEN');
  const cacheDir = options.noCache ? undefined : (options.cacheDir ?? defaultCacheDir(env));
  // One cap over both upstreams' entries: the least recently used go first, whichever upstream.
  const store = cacheDir
    ? createCacheStore({
        root: cacheDir,
        maxBytes: (options.cacheMaxMb ?? DEFAULT_CACHE_MAX_MB) * 1024 * 1024,
      })
    : undefined;
  // The Hub gets the cache too: it answers conditionally where it sends ETags (README "Cache").
  const hubCache =
    cacheDir && store
      ? createCachedFetch({
          dir: join(cacheDir, 'huggingface'),
          store,
          fetch: send,
          // A file read at a commit sha never changes: a rerun serves it from disk, asking nothing.
          immutable: isPinnedResolveUrl,
        })
      : undefined;
  // The client counts what the cache below served (from disk, or after a 304) by kind itself.
  const hubHttp = createHttpClient({
    ...transport,
    ...(hubCache ? { fetch: hubCache.fetch } : {}),
    token: hfToken,
    limiters: { api: limiters['hub-api'], file: limiters['hub-files'] },
  });
  const huggingface = createHuggingFaceSource({
    endpoint: hfEndpoint,
    http: hubHttp,
    pickFiles: pickLicenceFiles,
  });

  const githubApi = endpointFrom(env, 'GITHUB_API_URL', GITHUB_DEFAULT);
  const githubToken = tokenFrom(env, 'GITHUB_TOKEN') ?? tokenFrom(env, 'GH_TOKEN');
  const githubTransport = createTransport({
    fetch: send,
    timeoutMs: options.timeoutMs,
    ...(cacheDir ? { cacheDir: join(cacheDir, 'github'), cacheStore: store } : {}),
    immutable: isCommitPinned,
    limiter: limiters.github,
    budget,
    maxWaitMs: GITHUB_MAX_WAIT_SECONDS * 1000,
  });
  const github = createGitHubSource({
    client: createGitHubClient({
      baseUrl: githubApi,
      token: githubToken,
      fetch: githubTransport.fetch,
      userAgent: headers['user-agent'],
      budget,
      redact,
      ...(options.githubRetryAfterBaseValue !== undefined
        ? { retryAfterBaseValue: options.githubRetryAfterBaseValue }
        : {}),
    }),
    webUrl: githubWebUrl(githubApi),
    pickFiles: pickLicenceFiles,
    stats: () => {
      const { conditional: _conditional, ...stats } = githubTransport.stats();
      return stats;
    },
  });

  // A whole clone may take several request timeouts (default 4 x 30 s).
  const git = createGitSource({
    pickFiles: pickLicenceFiles,
    env: { PATH: env.PATH, HOME: env.HOME },
    timeoutMs: (options.timeoutMs ?? 30_000) * 4,
    stop: budget.signal,
    redact,
  });
  const local = createLocalSource({ pickFiles: pickLicenceFiles, cwd: options.cwd ?? '.' });
  const sources = [huggingface, github, git, local].map((s) => redacting(s, redact));
  const figures = (): Record<PoolKind, HostFigures> => {
    const hub = hubHttp.figures();
    const gh = githubTransport.stats();
    return {
      'hub-api': hub.api,
      'hub-files': hub.file,
      github: { made: gh.api, cached: gh.cacheHits, revalidated: gh.notModified, retried: gh.retries },
    };
  };
  return { sources, secrets, redact, budget, figures };
}

/**
 * A GitHub API client from the same environment as the GitHub source (`GITHUB_API_URL`,
 * `GITHUB_TOKEN` / `GH_TOKEN`), with its rate-limit policy and no cache: for what is not a source,
 * the Action's pull-request comment.
 */
export function createGitHubApiClient(
  env: Record<string, string | undefined>,
  options: Pick<CreateSourcesOptions, 'fetch' | 'timeoutMs' | 'githubRetryAfterBaseValue'> = {},
): GitHubClient {
  const token = tokenFrom(env, 'GITHUB_TOKEN') ?? tokenFrom(env, 'GH_TOKEN');
  return createGitHubClient({
    baseUrl: endpointFrom(env, 'GITHUB_API_URL', GITHUB_DEFAULT),
    token,
    fetch: createTransport({ fetch: options.fetch, timeoutMs: options.timeoutMs }).fetch,
    userAgent: `openquota/${VERSION}`,
    redact: createRedactor(secretsFrom(env)),
    ...(options.githubRetryAfterBaseValue !== undefined
      ? { retryAfterBaseValue: options.githubRetryAfterBaseValue }
      : {}),
  });
}

/** `$XDG_CACHE_HOME/openquota`, else `$HOME/.cache/openquota`; none when neither is set. */
function defaultCacheDir(env: Record<string, string | undefined>): string | undefined {
  const xdg = env.XDG_CACHE_HOME?.trim();
  if (xdg) return join(xdg, 'openquota');
  const home = (env.HOME ?? env.USERPROFILE)?.trim();
  return home ? join(home, '.cache', 'openquota') : undefined;
}

/** The web host of a GitHub API URL: api.github.com -> github.com; GHES `host/api/v3` -> `host`. */
function githubWebUrl(api: string): string {
  const url = new URL(api);
  if (url.host === 'api.github.com') return 'https://github.com';
  return `${url.origin}${url.pathname.replace(/\/api\/v3\/?$/, '')}`.replace(/\/+$/, '');
}

/** A base URL from the environment: http(s) only, trailing slashes trimmed. */
function endpointFrom(env: Record<string, string | undefined>, name: string, fallback: string): string {
  const value = env[name]?.trim() || fallback;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError([
      { file: '', path: name, message: `${name} is not a URL`, fix: `e.g. ${fallback}` },
    ]);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError([
      { file: '', path: name, message: `${name} must be http or https`, fix: `e.g. ${fallback}` },
    ]);
  }
  return value.replace(/\/+$/, '');
}

/**
 * What a scan cannot see for lack of a token, said before it starts: an anonymous Hub listing
 * omits private repositories (so a team's count covers public ones only), and anonymous GitHub
 * callers get 60 requests an hour.
 */
export function credentialNotices(
  env: Record<string, string | undefined>,
  teams: { huggingface: string[]; github: string[] }[],
): string[] {
  const notices: string[] = [];
  if (
    teams.some((t) => t.huggingface.length > 0) &&
    !tokenFrom(env, 'HF_TOKEN') &&
    !tokenFrom(env, 'HUGGING_FACE_HUB_TOKEN')
  )
    notices.push(
      'HF_TOKEN is not set: Hub listings show public repositories only, so private releases cannot be counted. Set HF_TOKEN to a token of an org member to see them.',
    );
  if (
    teams.some((t) => t.github.length > 0) &&
    !tokenFrom(env, 'GITHUB_TOKEN') &&
    !tokenFrom(env, 'GH_TOKEN')
  )
    notices.push(
      'GITHUB_TOKEN is not set: GitHub allows 60 anonymous requests an hour and lists public repositories only.',
    );
  return notices;
}
