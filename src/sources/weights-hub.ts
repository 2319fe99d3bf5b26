/**
 * How much weight a Hub model really holds, at the lowest request cost:
 *   1. the listing's own fields (`safetensors` parameters by dtype, `gguf.total`, `usedStorage`),
 *      expanded into the listing call already made, so no further request;
 *   2. only when they state no parameter count: the tree API
 *      (`/api/models/{id}/tree/{sha}?recursive=true`: every file's size, LFS size and oid), one
 *      `/api` call per page;
 *   3. only when the tree shows safetensors files the Hub did not count: each file's header, read
 *      with two `Range` requests on its resolver URL (the 8-byte length, then the JSON), which
 *      spend the resolver budget, not the `/api` one.
 * A figure that cannot be established is left out with the reason in `problem`, never guessed.
 */

import { headerLength, MAX_HEADER_BYTES, parseSafetensorsHeader } from '../detect/safetensors.js';
import { SourceError } from '../errors.js';
import type { WeightFacts } from '../types.js';
import type { HttpClient } from './http.js';
import { nextLink, toFailure } from './huggingface-api.js';
import { isWeightPath } from './repo-files.js';

// A loop guard on tree pages (1000 files a page on the Hub): far beyond any model repository.
const MAX_TREE_PAGES = 100;
// Headers read per repository: a sharded checkpoint of more files leaves its parameter count to the
// Hub's own figure; its bytes still come from the tree.
const MAX_HEADERS = 8;

/** The figures the listing item (or model info) already states; undefined when it states none. */
export function listingWeights(raw: unknown): WeightFacts | undefined {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const out: WeightFacts = { source: 'hub-listing' };
  const st = r.safetensors as { parameters?: unknown; total?: unknown } | undefined;
  if (st && Number.isSafeInteger(st.total) && (st.total as number) >= 0) {
    out.parameters = st.total as number;
    const dtypes = numbers(st.parameters);
    if (dtypes) out.dtypes = dtypes;
  }
  const gguf = r.gguf as { total?: unknown } | undefined;
  if (out.parameters === undefined && gguf && Number.isSafeInteger(gguf.total) && (gguf.total as number) >= 0)
    out.parameters = gguf.total as number;
  if (Number.isSafeInteger(r.usedStorage) && (r.usedStorage as number) >= 0)
    out.storageBytes = r.usedStorage as number;
  return out.parameters !== undefined || out.storageBytes !== undefined ? out : undefined;
}

/** True when the listing's figures leave the parameter count open, so the tree must be read. */
export function needsTree(weights: WeightFacts | undefined): boolean {
  return weights?.parameters === undefined;
}

interface TreeFile {
  path: string;
  size: number;
  oid?: string;
}

/**
 * The figures from the tree (and, for safetensors files the Hub did not count, their headers).
 * `listing` is what the listing said, kept beside the new figures.
 */
export async function treeWeights(
  http: HttpClient,
  endpoint: string,
  model: { id: string; sha?: string },
  listing: WeightFacts | undefined,
  signal?: AbortSignal,
): Promise<WeightFacts> {
  const kept: WeightFacts = {
    source: 'hub-tree',
    ...(listing?.storageBytes !== undefined ? { storageBytes: listing.storageBytes } : {}),
  };
  const rev = model.sha ?? 'main';
  const repo = model.id.split('/').map(encodeURIComponent).join('/');
  let files: TreeFile[];
  try {
    files = await readTree(
      http,
      endpoint,
      `${endpoint}/api/models/${repo}/tree/${encodeURIComponent(rev)}?recursive=true`,
      signal,
    );
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    return { ...kept, problem: `the file tree could not be read: ${toFailure(error).message}` };
  }
  const weights = files.filter((f) => isWeightPath(f.path));
  const out: WeightFacts = { ...kept, bytes: weights.reduce((a, f) => a + f.size, 0) };
  const digests = weights.flatMap((f) => (f.oid ? [f.oid] : []));
  if (digests.length === weights.length && digests.length > 0) out.digests = digests.sort();
  const shards = weights.filter((f) => f.path.toLowerCase().endsWith('.safetensors'));
  if (shards.length === 0) return out;
  if (shards.length > MAX_HEADERS)
    return {
      ...out,
      problem: `${shards.length} safetensors files: only ${MAX_HEADERS} headers are read, so the parameter count is not established`,
    };
  const dtypes: Record<string, number> = {};
  let parameters = 0;
  for (const shard of shards) {
    const url = `${endpoint}/${repo}/resolve/${encodeURIComponent(rev)}/${shard.path.split('/').map(encodeURIComponent).join('/')}`;
    const read = await readHeader(http, url, shard.size, signal);
    if ('problem' in read) return { ...out, problem: `${shard.path}: ${read.problem}` };
    parameters += read.parameters;
    for (const [d, n] of Object.entries(read.dtypes)) dtypes[d] = (dtypes[d] ?? 0) + n;
  }
  return { ...out, source: 'safetensors-header', parameters, dtypes };
}

async function readTree(
  http: HttpClient,
  endpoint: string,
  first: string,
  signal?: AbortSignal,
): Promise<TreeFile[]> {
  const files: TreeFile[] = [];
  let url: string | undefined = first;
  for (let page = 0; url; page++) {
    if (page >= MAX_TREE_PAGES) throw malformedTree('tree pages loop', url);
    const res = await http.getJson(url, { kind: 'api', signal });
    if (!Array.isArray(res.body)) throw malformedTree('the tree answer is not a list', res.url);
    for (const item of res.body) {
      const e = item as {
        type?: unknown;
        path?: unknown;
        size?: unknown;
        lfs?: { size?: unknown; oid?: unknown };
      };
      if (e?.type !== 'file') continue;
      // The LFS size is the file's; `size` of an LFS file may be its pointer's on older answers.
      const size = Number.isSafeInteger(e.lfs?.size) ? (e.lfs!.size as number) : e.size;
      if (typeof e.path !== 'string' || !Number.isSafeInteger(size))
        throw malformedTree('a tree entry has no `path` or size', res.url);
      files.push({
        path: e.path,
        size: size as number,
        ...(typeof e.lfs?.oid === 'string' ? { oid: e.lfs.oid } : {}),
      });
    }
    url = nextLink(res.headers.get('link'), endpoint);
  }
  return files;
}

function malformedTree(message: string, url: string): SourceError {
  return new SourceError('MALFORMED_RESPONSE', message, { url });
}

/**
 * One safetensors header by two Range reads: bytes 0-7 (the length), then the JSON. A server that
 * ignores Range and sends the whole file is cut at the bytes asked for (`maxBytes`).
 */
export async function readHeader(
  http: HttpClient,
  url: string,
  fileBytes: number | undefined,
  signal?: AbortSignal,
): Promise<{ parameters: number; dtypes: Record<string, number> } | { problem: string }> {
  try {
    const head = await http.get(url, { kind: 'file', range: 'bytes=0-7', maxBytes: 8, signal });
    const len = headerLength(head.bytes, fileBytes);
    if (!len.ok) return { problem: len.reason };
    if (len.length > MAX_HEADER_BYTES) return { problem: 'header over the cap' };
    const body = await http.get(url, {
      kind: 'file',
      range: `bytes=8-${7 + len.length}`,
      maxBytes: len.length,
      signal,
    });
    const bytes = new Uint8Array(8 + body.bytes.length);
    bytes.set(head.bytes.subarray(0, 8), 0);
    bytes.set(body.bytes, 8);
    const parsed = parseSafetensorsHeader(bytes, fileBytes);
    if (!parsed.ok) return { problem: parsed.reason };
    return { parameters: parsed.figures.parameters, dtypes: parsed.figures.dtypes };
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    return { problem: `the header could not be read: ${toFailure(error).message}` };
  }
}

function numbers(value: unknown): Record<string, number> | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(value)) {
    if (!Number.isSafeInteger(v) || (v as number) < 0) return undefined;
    out[k] = v as number;
  }
  return out;
}
