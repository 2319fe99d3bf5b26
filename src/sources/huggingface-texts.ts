/**
 * Which files of a Hub model may state its licence, and reading them from the file resolver
 * pinned to the model's `sha` (the resolver bucket, not `/api`, so texts do not spend the
 * 500-per-5-minutes API budget).
 */

import { SourceError } from '../errors.js';
import type { DeclaredLicence, LicenceText, SourceFailure } from '../types.js';
import { type HttpClient, HttpError } from './http.js';
import { toFailure } from './huggingface-api.js';
import type { HubModel } from './huggingface-model.js';
import { type FileToRead, licenceFilesToRead } from './licence-files.js';
import type { PickFiles } from './source.js';

/** Licence texts beyond this are cut: real licences are under 100 KiB; this bounds a hostile README. */
export const MAX_TEXT_BYTES = 512 * 1024;

/**
 * The files to read: the `license_link` file first, every licence file of the release, and the
 * README on every release (its licence section may restrict what the card says). Licence files past
 * the cap, and a `license_link` naming a file the repository does not list, come back as `unread`.
 */
export function filesToRead(
  model: HubModel,
  declared: DeclaredLicence[],
  pickFiles: PickFiles,
  endpoint: string,
): { read: FileToRead[]; unread: LicenceText[] } {
  if (!model.files) return { read: [], unread: [] };
  const link = declared.find((d) => d.link)?.link;
  const linked = link ? linkedPath(link, model.id, endpoint) : undefined;
  const listed = linked !== undefined && model.files.includes(linked);
  const chosen = licenceFilesToRead(model.files, pickFiles, { first: listed ? [linked] : [] });
  if (linked === undefined || listed) return chosen;
  // The card says its licence is in a file the repository does not have: those terms cannot be read.
  const missing = {
    path: linked,
    role: 'licence' as const,
    error: `license_link names ${linked}, which the repository does not list`,
  };
  return { read: chosen.read, unread: [missing, ...chosen.unread] };
}

/**
 * The repo path a `license_link` names: a relative path (`LICENSE`, `./LICENSE.md`), or an absolute
 * link into the same repo (`https://huggingface.co/<id>/blob/main/LICENSE`); undefined otherwise.
 */
export function linkedPath(link: string, id: string, endpoint: string): string | undefined {
  if (!/^[a-z][a-z0-9+.-]*:|^\/\//i.test(link)) {
    const clean = link.split(/[?#]/)[0]!.replace(/^(\.\/|\/)+/, '');
    return clean || undefined;
  }
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return undefined;
  }
  const hubHosts = new Set(['huggingface.co', 'www.huggingface.co', safeHost(endpoint)]);
  if (!hubHosts.has(url.host)) return undefined;
  const match = /^\/([^/]+\/[^/]+)\/(?:blob|resolve|raw)\/[^/]+\/(.+)$/.exec(url.pathname);
  if (!match || decodeURIComponent(match[1]!).toLowerCase() !== id.toLowerCase()) return undefined;
  return decodeURIComponent(match[2]!);
}

/** The resolver URL of one file, pinned to `revision`. */
export function resolveUrl(endpoint: string, id: string, revision: string, path: string): string {
  const encode = (p: string) => p.split('/').map(encodeURIComponent).join('/');
  return `${endpoint}/${encode(id)}/resolve/${encodeURIComponent(revision)}/${encode(path)}`;
}

// `/{org}/{name}/resolve/{40-hex commit}/…`: a read pinned to a commit, whose answer never changes.
const PINNED_RESOLVE = /^\/[^/]+\/[^/]+\/resolve\/[0-9a-f]{40}\//i;

/** True for a resolver URL pinned to a commit sha (what readTexts asks for when the model has one). */
export function isPinnedResolveUrl(url: string): boolean {
  try {
    return PINNED_RESOLVE.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

/**
 * Reads each file (all at once: each waits for a slot in the resolver pool); a read that fails keeps its entry with `error` (gated files say so). The first
 * failure that is not the Hub's answer about the file (a 5xx, a rate limit, a timeout, the
 * deadline, a malformed answer) is returned as `failure`: the text exists but was not read, so the
 * facts are not established and the release is unknown, whatever its metadata says.
 */
export async function readTexts(
  http: HttpClient,
  endpoint: string,
  model: HubModel,
  files: { path: string; role: 'licence' | 'readme' }[],
  signal?: AbortSignal,
): Promise<{ texts: LicenceText[]; failure?: SourceFailure }> {
  let failure: SourceFailure | undefined;
  const read = await Promise.allSettled(
    files.map((file) =>
      http.getText(resolveUrl(endpoint, model.id, model.sha ?? 'main', file.path), {
        kind: 'file',
        maxBytes: MAX_TEXT_BYTES,
        signal,
      }),
    ),
  );
  if (signal?.aborted) throw signal.reason;
  // In the order the files were chosen, whichever answered first.
  const texts = files.map((file, i): LicenceText => {
    const url = resolveUrl(endpoint, model.id, model.sha ?? 'main', file.path);
    const outcome = read[i]!;
    if (outcome.status === 'rejected') {
      if (!failure && isUpstreamFailure(outcome.reason)) failure = toFailure(outcome.reason);
      return { ...file, url, error: describeReadError(outcome.reason) };
    }
    const res = outcome.value;
    // A cut text gets no hash: a hash of part of a file would look like the file's identity.
    return {
      ...file,
      text: res.text,
      url,
      ...(res.truncated ? { truncated: true } : { sha256: res.sha256 }),
    };
  });
  return { texts, ...(failure ? { failure } : {}) };
}

// Answers about the file itself (gated, disabled, not there), given in the Hub's own words (an
// `X-Error-Code`, or the disabled message): facts the policy judges, not failures. A bare 403/404
// from something in front of the Hub says nothing about the file.
const ANSWERS = new Set([401, 403, 404, 410]);

/** True for a read that failed for the upstream's reasons, not because of what the file is. */
function isUpstreamFailure(error: unknown): error is SourceError {
  if (!(error instanceof SourceError)) return false;
  if (!(error instanceof HttpError) || error.code !== 'HTTP_ERROR' || !ANSWERS.has(error.status ?? 0))
    return true;
  const spoken = error.errorCode !== undefined || /disabled/i.test(error.serverMessage ?? '');
  return !spoken;
}
/** One line saying why a file could not be read; gated and missing files are named as such. */
export function describeReadError(error: unknown): string {
  if (error instanceof HttpError) {
    if (error.errorCode === 'GatedRepo') return `gated: files need accepted access (${error.message})`;
    if (error.errorCode === 'EntryNotFound') return `file listed but not found (${error.message})`;
    if (error.status === 403 && /disabled/i.test(error.serverMessage ?? ''))
      return `disabled (${error.message})`;
  }
  const coded = error as { code?: string; message?: string };
  return coded.code ? `${coded.code}: ${coded.message}` : String(coded.message ?? error);
}

function safeHost(endpoint: string): string {
  try {
    return new URL(endpoint).host;
  } catch {
    return '';
  }
}
