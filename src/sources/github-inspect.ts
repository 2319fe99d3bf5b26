/**
 * Inspecting one GitHub repository at its default branch's commit: the licence API answer and its
 * text, the README, the tree (weights, LFS pointers), other licence files, and release assets with
 * weight extensions. Every read is pinned to the commit, so the cache may serve it without asking.
 */

import { createHash } from 'node:crypto';
import type { DeclaredLicence, LicenceText, SourceFailure, WeightFacts } from '../types.js';
import { type GitHubClient, getJson, type Result } from './github-api.js';
import { licenceFilesToRead } from './licence-files.js';
import {
  isWeightPath,
  type LfsPointer,
  MAX_POINTER_BYTES,
  parseLfsPointer,
  repoLinks,
} from './repo-files.js';
import type { PickFiles } from './source.js';
import { releaseAssetSizes, repoWeights } from './weights-repo.js';

/** What inspecting a repository at a commit found. */
export interface RepoContents {
  files: string[] | null;
  declared: DeclaredLicence[];
  texts: LicenceText[];
  links: string[];
  lfs: LfsPointer[];
  releaseAssets: string[];
  /** Sizes of the weight files (tree blobs, LFS pointers, release assets); absent when there are none. */
  weights?: WeightFacts;
  failure?: SourceFailure;
  /** A tree without a `tree` list, a cut tree: the release is unknown unless what was read decides it. */
  problems: SourceFailure[];
}

// Licence texts beyond this are cut (real licences are well under it); it bounds a hostile README.
const MAX_TEXT_BYTES = 512 * 1024;
// Pointer files read for their sizes; a repository with hundreds of shards needs only a sample.
const MAX_POINTERS = 4;

/** Reads everything but the repository object itself, pinned to `commit`. */
export async function readContents(
  client: GitHubClient,
  repo: { owner: string; name: string; htmlUrl: string },
  commit: string,
  pickFiles: PickFiles,
  signal?: AbortSignal,
): Promise<RepoContents> {
  const p = { owner: repo.owner, repo: repo.name };
  const blobUrl = (path: string) => `${repo.htmlUrl}/blob/${commit}/${path}`;
  const out: RepoContents = {
    files: null,
    declared: [],
    texts: [],
    links: [],
    lfs: [],
    releaseAssets: [],
    problems: [],
  };

  const licence = await getJson(client, 'GET /repos/{owner}/{repo}/license', { ...p, ref: commit }, signal);
  const licencePath = addFileText(out, licence, 'licence', blobUrl, (body) => {
    const spdx = (body as { license?: { spdx_id?: unknown } }).license?.spdx_id;
    if (typeof spdx === 'string') out.declared.push({ origin: 'github-api', value: spdx });
  });

  const tree = await getJson(
    client,
    'GET /repos/{owner}/{repo}/git/trees/{tree_sha}',
    { ...p, tree_sha: commit, recursive: 1 },
    signal,
  );
  let entries: { path: string; type: string; size?: number }[] = [];
  if (tree.ok) {
    const read = treeEntries(tree.value);
    if ('problem' in read)
      out.problems.push({ ...read.problem, url: `/repos/${p.owner}/${p.repo}/git/trees` });
    else {
      entries = read.entries;
      out.files = entries.filter((e) => e.type === 'blob').map((e) => e.path);
    }
    // GitHub cuts recursive trees past 100,000 entries or 7 MB (`truncated: true`): what lies beyond
    // the cut is unknown, so judgement keeps the release open unless the files read decide it.
    if ((tree.value as { truncated?: unknown }).truncated === true)
      out.problems.push({
        code: 'TRUNCATED',
        message: `GitHub cut the file tree short at ${out.files?.length ?? 0} files (truncated: true)`,
      });
  } else if (tree.failure.status === 409)
    out.files = []; // 409: an empty repository has no tree
  else return { ...out, failure: tree.failure };

  const readme = await getJson(client, 'GET /repos/{owner}/{repo}/readme', { ...p, ref: commit }, signal);
  addFileText(out, readme, 'readme', blobUrl);

  const chosen = licenceFilesToRead(out.files ?? [], pickFiles, {
    alreadyRead: licencePath ? [licencePath] : [],
  });
  // The README came from its own endpoint above; every other licence file is read here, past the cap none.
  const extra = chosen.read.filter((f) => f.role === 'licence');
  out.texts.push(...chosen.unread);
  const pointers = entries
    .filter((e) => e.type === 'blob' && isWeightPath(e.path) && (e.size ?? 0) <= MAX_POINTER_BYTES)
    .slice(0, MAX_POINTERS);
  for (const file of [...extra.map((f) => f.path), ...pointers.map((e) => e.path)]) {
    const content = await getJson(
      client,
      'GET /repos/{owner}/{repo}/contents/{path}',
      { ...p, path: file, ref: commit },
      signal,
    );
    const isPointer = pointers.some((e) => e.path === file);
    if (!isPointer) addFileText(out, content, 'licence', blobUrl);
    else if (content.ok) {
      const pointer = parseLfsPointer(file, decode(content.value).text);
      if (pointer) out.lfs.push(pointer);
    }
  }

  const releases = await getJson(
    client,
    'GET /repos/{owner}/{repo}/releases',
    { ...p, per_page: 100 },
    signal,
  );
  if (!releases.ok) return { ...out, failure: releases.failure };
  out.releaseAssets = releaseWeightAssets(releases.value);
  const sized = [...entries.filter((e) => e.type === 'blob'), ...releaseAssetSizes(releases.value)];
  const weights = repoWeights(sized, out.lfs, new Set(pointers.map((e) => e.path)));
  if (weights) out.weights = weights;
  return out;
}

/**
 * Adds a contents-API answer (base64 `content`) as a licence text; 404 adds nothing (no such file),
 * any other failure adds the text with its error. Returns the file's path when one was read.
 */
function addFileText(
  out: RepoContents,
  result: Result<unknown>,
  role: 'licence' | 'readme',
  blobUrl: (path: string) => string,
  onBody?: (body: unknown) => void,
): string | undefined {
  if (!result.ok) {
    if (result.failure.status === 404) return undefined;
    out.texts.push({
      path: role === 'readme' ? 'README.md' : 'LICENSE',
      role,
      error: result.failure.message,
    });
    return undefined;
  }
  onBody?.(result.value);
  const path = (result.value as { path?: unknown }).path;
  if (typeof path !== 'string') return undefined;
  const { text, sha256, truncated } = decode(result.value);
  out.texts.push({ path, role, text, url: blobUrl(path), ...(truncated ? { truncated: true } : { sha256 }) });
  if (role === 'readme') out.links.push(...repoLinks(text));
  return path;
}

/** Decodes a contents-API body (base64), bounded by MAX_TEXT_BYTES. */
function decode(body: unknown): { text: string; sha256: string; truncated: boolean } {
  const content = (body as { content?: unknown }).content;
  const all = typeof content === 'string' ? Buffer.from(content, 'base64') : Buffer.alloc(0);
  const bytes = all.subarray(0, MAX_TEXT_BYTES);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { text: bytes.toString('utf8'), sha256, truncated: all.length > MAX_TEXT_BYTES };
}

type TreeEntry = { path: string; type: string; size?: number };

/**
 * The entries of a tree answer. A body without a `tree` list, or an entry without a string `path`
 * and `type`, is a shape we do not know: the file list is then unknown (never "no files", which
 * would set a weights repository aside as code).
 */
function treeEntries(body: unknown): { entries: TreeEntry[] } | { problem: SourceFailure } {
  const tree = (body as { tree?: unknown } | null)?.tree;
  const problem = (message: string) => ({ problem: { code: 'MALFORMED_RESPONSE', message } });
  if (!Array.isArray(tree)) return problem('the tree answer has no `tree` list');
  const entries: TreeEntry[] = [];
  for (const e of tree) {
    const entry = e as { path?: unknown; type?: unknown; size?: unknown } | null;
    if (typeof entry?.path !== 'string' || typeof entry.type !== 'string')
      return problem('a tree entry has no `path` or `type`');
    entries.push({
      path: entry.path,
      type: entry.type,
      ...(typeof entry.size === 'number' ? { size: entry.size } : {}),
    });
  }
  return { entries };
}

/** Release assets with weight extensions, named `release:<tag>/<asset>` so they read as files. */
export function releaseWeightAssets(body: unknown): string[] {
  if (!Array.isArray(body)) return [];
  return body.flatMap((release) => {
    const r = release as { tag_name?: unknown; assets?: unknown; draft?: unknown };
    if (typeof r.tag_name !== 'string' || !Array.isArray(r.assets) || r.draft === true) return [];
    return r.assets.flatMap((a) => {
      const name = (a as { name?: unknown }).name;
      return typeof name === 'string' && isWeightPath(name) ? [`release:${r.tag_name}/${name}`] : [];
    });
  });
}
