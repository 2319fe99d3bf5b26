/**
 * Reads a repository on disk (a local checkout or a fresh clone) into facts: every file path, README
 * front matter `license:`, the licence and README texts, Git LFS pointers among the weights, and Hub
 * or GitHub links in the README. Only regular files inside the directory are read: a LICENSE that
 * is a symlink pointing out of it is refused and reported as an unreadable text, with the reason.
 */

import { createHash } from 'node:crypto';
import { lstat, readdir, realpath } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { readBounded } from '../read/bounded.js';
import { decodeText } from '../read/decode.js';
import type { DeclaredLicence, LicenceText, SourceFailure, WeightFacts } from '../types.js';
import { licenceFilesToRead } from './licence-files.js';
import {
  frontMatterLicences,
  isWeightPath,
  type LfsPointer,
  MAX_POINTER_BYTES,
  parseLfsPointer,
  repoLinks,
} from './repo-files.js';
import type { PickFiles } from './source.js';
import { directoryWeights } from './weights-repo.js';

/** What a directory holds, as facts. */
export interface DirectoryFacts {
  files: string[];
  declared: DeclaredLicence[];
  texts: LicenceText[];
  links: string[];
  lfs: LfsPointer[];
  /** Sizes (and safetensors parameters) of the weight files; absent when there are none. */
  weights?: WeightFacts;
  /** True when the walk stopped at MAX_FILES. */
  truncated: boolean;
  /** The walk's truncation, as a problem the judgement sees (`TRUNCATED`); empty when it read everything. */
  problems: SourceFailure[];
}

// A model repository has tens to a few thousand files; a walk past this is a wrong directory (a home dir).
const MAX_FILES = 20_000;
const MAX_TEXT_BYTES = 512 * 1024;
const SKIP_DIRS = new Set(['.git', 'node_modules', '.venv', '__pycache__']);

/** Reads a directory's facts; `urlOf` turns a repository path into the link recorded with a text. */
export async function readDirectory(
  root: string,
  pickFiles: PickFiles,
  urlOf?: (path: string) => string,
): Promise<DirectoryFacts> {
  const realRoot = await realpath(root);
  const { files, truncated } = await walk(realRoot);
  // Only the release's own licence paths and the top-level README: not licences of test fixtures.
  const chosen = licenceFilesToRead(files, pickFiles);
  const texts: LicenceText[] = [];
  for (const pick of chosen.read) {
    const read = await readInside(realRoot, pick.path, MAX_TEXT_BYTES);
    const url = urlOf ? { url: urlOf(pick.path) } : {};
    if ('error' in read) texts.push({ ...pick, ...url, error: read.error });
    else
      texts.push({
        ...pick,
        ...url,
        text: read.text,
        ...(read.truncated ? { truncated: true } : { sha256: read.sha256 }),
      });
  }
  texts.push(...chosen.unread);
  const readmeText = texts.find((t) => t.role === 'readme')?.text ?? '';
  const lfs: LfsPointer[] = [];
  for (const path of files.filter(isWeightPath)) {
    const read = await readInside(realRoot, path, MAX_POINTER_BYTES + 1);
    const pointer = 'text' in read ? parseLfsPointer(path, read.text) : undefined;
    if (pointer) lfs.push(pointer);
  }
  const weights = await directoryWeights(realRoot, files, lfs);
  return {
    files,
    ...(weights ? { weights } : {}),
    declared: frontMatterLicences(readmeText),
    texts,
    links: repoLinks(readmeText),
    lfs,
    truncated,
    problems: truncated
      ? [
          {
            code: 'TRUNCATED',
            message: `the file walk stopped at ${MAX_FILES.toLocaleString('en')} files; the rest of the repository was not listed`,
          },
        ]
      : [],
  };
}

/** Every file path under `root` (symlinks included as paths, never followed), sorted. */
async function walk(root: string): Promise<{ files: string[]; truncated: boolean }> {
  const files: string[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const dir = queue.shift()!;
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) queue.push(full);
      } else if (entry.isFile() || entry.isSymbolicLink()) {
        files.push(relative(root, full).split(sep).join('/'));
        if (files.length >= MAX_FILES) return { files: files.sort(), truncated: true };
      }
    }
  }
  return { files: files.sort(), truncated: false };
}

/**
 * Reads at most `maxBytes` of a file if it is a regular file inside `root` (after resolving
 * symlinks); otherwise says why not. Guards against a repository pointing us at /etc/passwd.
 */
export async function readInside(
  root: string,
  path: string,
  maxBytes: number,
): Promise<{ text: string; sha256: string; truncated: boolean } | { error: string }> {
  const full = join(root, path);
  try {
    const link = await lstat(full);
    const real = await realpath(full);
    const rel = relative(root, real);
    if (rel.startsWith('..') || rel === '' || rel.split(sep)[0] === '..' || /^[\\/]/.test(rel))
      return { error: 'refused: a symlink to a path outside the repository' };
    if (link.isSymbolicLink() && !(await lstat(real)).isFile())
      return { error: 'refused: a symlink to something other than a regular file' };
    // The shared bounded reader: regular files only (never blocks on a FIFO), at most maxBytes.
    const read = await readBounded(real, maxBytes);
    if (!read.ok) {
      if (read.reason === 'not-regular') return { error: 'refused: not a regular file' };
      if (read.reason === 'missing') return { error: 'refused: a symlink to a missing file' };
      return { error: `not readable (${read.code ?? read.message})` };
    }
    return {
      text: decodeText(read.bytes, read.truncated),
      sha256: createHash('sha256').update(read.bytes).digest('hex'),
      truncated: read.truncated,
    };
  } catch (error) {
    const code = (error as { code?: string }).code;
    return {
      error: code === 'ENOENT' ? 'refused: a symlink to a missing file' : `not readable (${code ?? error})`,
    };
  }
}
