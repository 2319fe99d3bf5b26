/**
 * How much weight a repository (GitHub, a git clone, a local directory) really holds: each weight
 * file's size from the tree or the file system, the size a Git LFS pointer states for the file it
 * stands for, and, on disk, the parameter count of safetensors headers. A pointer not read (past
 * the sample) leaves the exact total open; the sizes known are then a lower bound (`bytesAtLeast`),
 * which is enough to show the weights are there but never that they are a stub.
 */
import { lstat } from 'node:fs/promises';
import { join } from 'node:path';
import { headerLength, parseSafetensorsHeader } from '../detect/safetensors.js';
import { readBounded } from '../read/bounded.js';
import type { WeightFacts } from '../types.js';
import { isWeightPath, type LfsPointer, MAX_POINTER_BYTES } from './repo-files.js';

/** One file with the size its listing states (a GitHub tree blob, a release asset). */
export interface SizedFile {
  path: string;
  size?: number;
}

/**
 * The figures from listed sizes and the LFS pointers read. `checked` are the small weight blobs
 * whose content was read: those that were no pointer are real (tiny) files of their listed size.
 */
export function repoWeights(
  files: SizedFile[],
  lfs: LfsPointer[],
  checked: ReadonlySet<string>,
): WeightFacts | undefined {
  const weights = files.filter((f) => isWeightPath(f.path));
  if (weights.length === 0) return undefined;
  const pointers = new Map(lfs.map((p) => [p.path, p]));
  let known = 0;
  const unknown: string[] = [];
  for (const f of weights) {
    const pointer = pointers.get(f.path);
    if (pointer) known += pointer.size;
    else if (f.size !== undefined && (f.size > MAX_POINTER_BYTES || checked.has(f.path))) known += f.size;
    else unknown.push(f.path);
  }
  const source = lfs.length > 0 ? ('lfs-pointer' as const) : ('github-tree' as const);
  const digests = weights.length === lfs.length ? { digests: lfs.map((p) => p.oid).sort() } : {};
  if (unknown.length === 0) return { source, bytes: known, ...digests };
  return {
    source,
    bytesAtLeast: known,
    problem: `the sizes of ${unknown.length} weight file(s) (${unknown.slice(0, 3).join(', ')}) were not read`,
  };
}

/** Release assets with weight extensions and their sizes (GitHub's releases answer). */
export function releaseAssetSizes(body: unknown): SizedFile[] {
  if (!Array.isArray(body)) return [];
  return body.flatMap((release) => {
    const r = release as { tag_name?: unknown; assets?: unknown; draft?: unknown };
    if (typeof r.tag_name !== 'string' || !Array.isArray(r.assets) || r.draft === true) return [];
    return r.assets.flatMap((a) => {
      const { name, size } = a as { name?: unknown; size?: unknown };
      if (typeof name !== 'string' || !isWeightPath(name)) return [];
      return [
        {
          path: `release:${r.tag_name}/${name}`,
          ...(Number.isSafeInteger(size) ? { size: size as number } : {}),
        },
      ];
    });
  });
}

/**
 * The figures of the weight files in a directory: sizes of regular files (a symlink is not
 * followed: its size stays unknown), LFS pointers' sizes, and safetensors headers' parameters.
 */
export async function directoryWeights(
  root: string,
  files: string[],
  lfs: LfsPointer[],
): Promise<WeightFacts | undefined> {
  const paths = files.filter(isWeightPath);
  if (paths.length === 0) return undefined;
  const pointers = new Map(lfs.map((p) => [p.path, p]));
  let bytes = 0;
  let parameters = 0;
  const dtypes: Record<string, number> = {};
  const problems: string[] = [];
  const headerProblems: string[] = [];
  let headers = 0;
  for (const path of paths) {
    const pointer = pointers.get(path);
    if (pointer) {
      bytes += pointer.size;
      continue;
    }
    const info = await lstat(join(root, path)).catch(() => undefined);
    if (!info?.isFile()) {
      problems.push(`${path} is not a regular file`);
      continue;
    }
    bytes += info.size;
    if (!path.toLowerCase().endsWith('.safetensors')) continue;
    const read = await fileHeader(join(root, path), info.size);
    if ('problem' in read) headerProblems.push(`${path}: ${read.problem}`);
    else {
      headers++;
      parameters += read.parameters;
      for (const [d, n] of Object.entries(read.dtypes)) dtypes[d] = (dtypes[d] ?? 0) + n;
    }
  }
  const digests = paths.length === lfs.length ? { digests: lfs.map((p) => p.oid).sort() } : {};
  const figures: WeightFacts = {
    source: headers > 0 ? 'safetensors-header' : lfs.length > 0 ? 'lfs-pointer' : 'file-size',
    ...digests,
  };
  // A header that did not parse: the file's bytes say nothing of what it holds.
  if (headerProblems.length > 0)
    return {
      ...figures,
      ...(problems.length === 0 ? { bytes } : {}),
      problem: [...headerProblems, ...problems].slice(0, 3).join('; '),
    };
  if (problems.length > 0)
    return { ...figures, bytesAtLeast: bytes, problem: problems.slice(0, 3).join('; ') };
  return { ...figures, bytes, ...(headers > 0 ? { parameters, dtypes } : {}) };
}

async function fileHeader(
  file: string,
  size: number,
): Promise<{ parameters: number; dtypes: Record<string, number> } | { problem: string }> {
  const head = await readBounded(file, 8);
  if (!head.ok) return { problem: 'not readable' };
  const len = headerLength(head.bytes, size);
  if (!len.ok) return { problem: len.reason };
  const all = await readBounded(file, 8 + len.length);
  if (!all.ok) return { problem: 'not readable' };
  const parsed = parseSafetensorsHeader(all.bytes, size);
  return parsed.ok
    ? { parameters: parsed.figures.parameters, dtypes: parsed.figures.dtypes }
    : { problem: parsed.reason };
}
