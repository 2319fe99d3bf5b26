/**
 * The two Hub metadata endpoints openquota calls: the author listing (`/api/models?author=`,
 * every field judgement needs via `expand[]`, paged by following `Link: rel="next"`) and one
 * model's info (`/api/models/{id}`, following 307 renames).
 *
 * A listing is complete only when its last page has no `next` link AND, where the Hub states a
 * total (`X-Total-Count`, which the Hub lists in `Access-Control-Expose-Headers` on every answer,
 * see shared/fixtures/captured/hf/model-info.bert-base-uncased.redirect-and-200.json), it holds at
 * least that many models; a listing that ends short of the total is LISTING_INCOMPLETE.
 */
import { SourceError } from '../errors.js';
import type { SourceFailure } from '../types.js';
import { type HttpClient, HttpError } from './http.js';
import { type HubModel, readHubModel } from './huggingface-model.js';

/**
 * Every field inspect and judgement read, so a listed model costs no further `/api` call.
 * `siblings` is the file list (weights, LICENSE); `baseModels` is left out: `cardData.base_model` says it.
 */
export const EXPAND_FIELDS = [
  'author',
  'cardData',
  'createdAt',
  'disabled',
  'downloads',
  'gated',
  // Parameter count of GGUF repositories (`total`), as `safetensors` is for safetensors ones.
  'gguf',
  'lastModified',
  'library_name',
  'likes',
  'pipeline_tag',
  'private',
  'safetensors',
  'sha',
  'siblings',
  'tags',
  // Bytes the repository stores: with the parameter count, shows whether the weights are there.
  'usedStorage',
] as const;

/**
 * Page size asked for: the most the Hub serves. Pages follow each other (each names the next), so
 * at 100 a team of 1,600 models cost 16 round trips in a row; at 1,000 it costs 2.
 */
export const PAGE_SIZE = 1000;
// A loop guard: 1000 pages is far beyond any team.
const MAX_PAGES = 1000;

/** The URL of the first listing page of one author. */
export function listingUrl(endpoint: string, author: string): string {
  const query = new URLSearchParams({ author, limit: String(PAGE_SIZE) });
  for (const field of EXPAND_FIELDS) query.append('expand[]', field);
  return `${endpoint}/api/models?${query}`;
}

/**
 * Lists an author's models page by page; items read so far are kept when a later page fails.
 * `maxPages` stops early (for a namespace read only to find some declared ids, where what the
 * pages read did not find is looked up one by one): `truncated` then says pages were left.
 */
export async function listAuthor(
  http: HttpClient,
  endpoint: string,
  author: string,
  signal?: AbortSignal,
  maxPages = MAX_PAGES,
): Promise<{ items: { raw: unknown; model: HubModel }[]; failure?: SourceFailure; truncated?: boolean }> {
  const items: { raw: unknown; model: HubModel }[] = [];
  const seen = new Set<string>();
  const ids = new Set<string>();
  let stated: number | undefined;
  let url: string | undefined = listingUrl(endpoint, author);
  try {
    while (url) {
      if (seen.has(url) || seen.size >= MAX_PAGES) throw malformed('listing pages loop', url);
      seen.add(url);
      const res = await http.getJson(url, { kind: 'api', signal });
      if (!Array.isArray(res.body)) throw malformed('listing is not a JSON array', res.url);
      for (const raw of res.body) {
        const model = readHubModel(raw);
        if (!model) throw malformed('listing item without a model id', res.url);
        items.push({ raw, model });
        ids.add(model.id.toLowerCase());
      }
      // The largest total any page stated: a count that shrinks between pages does not excuse a short listing.
      const total = totalCount(res.headers.get('x-total-count'));
      if (total !== undefined) stated = Math.max(stated ?? 0, total);
      url = nextLink(res.headers.get('link'), endpoint);
      if (url && seen.size >= maxPages) return { items, truncated: true };
    }
    if (stated !== undefined && ids.size < stated) {
      const failure = toFailure(
        new SourceError(
          'LISTING_INCOMPLETE',
          `the Hub says ${author} has ${stated} models (X-Total-Count) but its listing ended after ${ids.size}; models left out cannot be counted`,
          { url: listingUrl(endpoint, author) },
        ),
      );
      return { items, failure };
    }
    return { items };
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    return { items, failure: toFailure(error) };
  }
}

/** `X-Total-Count` as a count, or undefined when absent or not a whole number. */
function totalCount(header: string | null): number | undefined {
  const text = header?.trim();
  return text && /^\d{1,9}$/.test(text) ? Number(text) : undefined;
}

/** The `rel="next"` URL of a `Link` header; the cursor is opaque, so it is followed as given. */
export function nextLink(header: string | null, endpoint: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(/,\s*(?=<)/)) {
    const match = /^<([^>]+)>\s*;(.*)$/.exec(part.trim());
    if (!match || !/\brel="?next"?/.test(match[2]!)) continue;
    const next = new URL(match[1]!, endpoint);
    // The token goes with every request: never follow a page link off the configured Hub.
    if (next.origin !== new URL(endpoint).origin) throw malformed('next page on another host', next.origin);
    return next.toString();
  }
  return undefined;
}

/** Outcome of reading one model's info. */
export type ModelLookup =
  | { kind: 'found'; raw: unknown; model: HubModel }
  | { kind: 'missing'; failure: SourceFailure }
  | { kind: 'failed'; failure: SourceFailure };

/** Reads `/api/models/{id}`, following a rename; a 401/404 "repository not found" is `missing`. */
export async function getModel(
  http: HttpClient,
  endpoint: string,
  id: string,
  signal?: AbortSignal,
): Promise<ModelLookup> {
  const url = `${endpoint}/api/models/${id.split('/').map(encodeURIComponent).join('/')}`;
  try {
    const res = await http.getJson(url, { kind: 'api', signal });
    const model = readHubModel(res.body);
    if (!model) throw malformed('model info without a model id', res.url);
    return { kind: 'found', raw: res.body, model };
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    return { kind: isNotFound(error) ? 'missing' : 'failed', failure: toFailure(error) };
  }
}

/**
 * The Hub answers a missing repo, and a private one the caller cannot read, with 401 (anonymous)
 * or 404 (authenticated) and `RepoNotFound`; a 401 never tells private from missing. A rejected
 * token is also a 401, but says so, and is a failure, not a fact about the model.
 */
function isNotFound(error: unknown): boolean {
  if (!(error instanceof HttpError)) return false;
  if (error.status === 401)
    return !/invalid credentials/i.test(error.serverMessage ?? '') && error.errorCode !== 'GatedRepo';
  return error.status === 404 && (error.errorCode === 'RepoNotFound' || error.errorCode === undefined);
}

/** A SourceError as the SourceFailure recorded in evidence; anything else is our bug and is rethrown. */
export function toFailure(error: unknown): SourceFailure {
  if (!(error instanceof SourceError)) throw error;
  return {
    code: error.code,
    message: error.message,
    ...(error.url ? { url: error.url } : {}),
    ...(error.status ? { status: error.status } : {}),
    ...(error.requestId ? { requestId: error.requestId } : {}),
  };
}

function malformed(message: string, url: string): SourceError {
  return new SourceError('MALFORMED_RESPONSE', message, { url });
}
