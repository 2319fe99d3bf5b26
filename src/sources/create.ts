/**
 * The one place that reads registry endpoints and tokens from the environment and builds the
 * sources with them. Entry points pass `process.env`; tests pass a plain object pointing at a
 * loopback server. The tokens are returned as `secrets` so entry points can redact them.
 */

import { pickLicenceFiles } from '../detect/candidates.js';
import { ConfigError } from '../errors.js';
import { VERSION } from '../version.js';
import { createHttpClient, type HttpClientOptions } from './http.js';
import { createHuggingFaceSource } from './huggingface.js';
import type { Source } from './source.js';

/** Transport knobs shared by every source; all optional. */
export interface CreateSourcesOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
  concurrency?: number;
  /** For ETag caching (not used yet: the GitHub source will keep its cache here). */
  cacheDir?: string;
  /** Retry tuning; tests inject `sleep` to assert waits without waiting. */
  retry?: Pick<HttpClientOptions, 'retries' | 'baseDelayMs' | 'maxRetryDelayMs' | 'sleep' | 'random'>;
}

/** The sources of a scan, and the secrets they hold. */
export interface CreatedSources {
  sources: Source[];
  /** Every token read, so entry points can register them for redaction. */
  secrets: string[];
}

const HF_DEFAULT = 'https://huggingface.co';

/** Builds every source from the environment (`HF_ENDPOINT`, `HF_TOKEN` / `HUGGING_FACE_HUB_TOKEN`). */
export function createSources(
  env: Record<string, string | undefined>,
  options: CreateSourcesOptions = {},
): CreatedSources {
  const secrets: string[] = [];
  const headers = { 'user-agent': `openquota/${VERSION}` };
  const transport = { fetch: options.fetch, timeoutMs: options.timeoutMs, headers, ...options.retry };

  const hfEndpoint = endpointFrom(env, 'HF_ENDPOINT', HF_DEFAULT);
  const hfToken = tokenFrom(env, 'HF_TOKEN') ?? tokenFrom(env, 'HUGGING_FACE_HUB_TOKEN');
  if (hfToken) secrets.push(hfToken);
  const huggingface = createHuggingFaceSource({
    endpoint: hfEndpoint,
    http: createHttpClient({ ...transport, token: hfToken }),
    concurrency: options.concurrency,
    pickFiles: pickLicenceFiles,
  });

  // The GitHub source (GITHUB_API_URL, GITHUB_TOKEN) and the git source are added here, each with
  // its own HttpClient so that its counters and token stay its own.
  return { sources: [huggingface], secrets };
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

function tokenFrom(env: Record<string, string | undefined>, name: string): string | undefined {
  return env[name]?.trim() || undefined;
}
