/**
 * Facts every repository-shaped source (GitHub, git, a local directory) reads the same way: which
 * paths look like weights, Git LFS pointer files, README front matter, and links to the Hub.
 * Pure functions over paths and texts.
 */
import { parse } from 'yaml';
import { frontMatter } from '../detect/front-matter.js';
import type { DeclaredLicence } from '../types.js';

/**
 * Weight-file extensions a source looks for where it must choose what to list (release assets,
 * LFS pointers to read); the policy's own list still decides what counts as weights.
 */
export const WEIGHT_EXTENSIONS = [
  '.safetensors',
  '.bin',
  '.pt',
  '.pth',
  '.ckpt',
  '.gguf',
  '.ggml',
  '.onnx',
  '.h5',
  '.msgpack',
  '.tflite',
  '.nemo',
  '.pkl',
  '.mlmodel',
  '.keras',
  '.npz',
];

/** True when the path ends in a weight-file extension. */
export function isWeightPath(path: string): boolean {
  const lower = path.toLowerCase();
  return WEIGHT_EXTENSIONS.some((e) => lower.endsWith(e));
}

/** A Git LFS pointer as stored in the repository instead of the file. */
export interface LfsPointer {
  path: string;
  oid: string;
  size: number;
}

// A pointer file is tiny and starts with the spec line (https://github.com/git-lfs/git-lfs/blob/main/docs/spec.md).
const LFS_HEADER = 'version https://git-lfs.github.com/spec/v1';
/** Pointer files are at most a few hundred bytes; anything larger is the real file. */
export const MAX_POINTER_BYTES = 1024;

/** Parses a Git LFS pointer; undefined when the text is not one. */
export function parseLfsPointer(path: string, text: string): LfsPointer | undefined {
  if (!text.startsWith(LFS_HEADER) || text.length > MAX_POINTER_BYTES) return undefined;
  const oid = /^oid sha256:([0-9a-f]{64})$/m.exec(text)?.[1];
  const size = /^size (\d+)$/m.exec(text)?.[1];
  return oid && size ? { path, oid, size: Number(size) } : undefined;
}

/** The `license:` of a README's YAML front matter (a Hub model card), as declared licences. */
export function frontMatterLicences(readme: string): DeclaredLicence[] {
  const block = frontMatter(readme);
  if (!block) return [];
  let data: unknown;
  try {
    data = parse(block.yaml);
  } catch {
    return [];
  }
  if (typeof data !== 'object' || data === null) return [];
  const card = data as Record<string, unknown>;
  const values = (Array.isArray(card.license) ? card.license : [card.license]).filter(
    (v): v is string => typeof v === 'string' && v.trim() !== '',
  );
  const name = typeof card.license_name === 'string' ? card.license_name : undefined;
  const link = typeof card.license_link === 'string' ? card.license_link : undefined;
  return values.map((value) => ({
    origin: 'readme-front-matter' as const,
    value: value.trim(),
    ...(name ? { name } : {}),
    ...(link ? { link } : {}),
  }));
}

// Hub model pages and GitHub repositories named in a README; datasets, spaces and docs are not releases.
const LINK = /https?:\/\/(?:www\.)?(?:huggingface\.co|hf\.co|github\.com)\/[\w.-]+\/[\w.-]+/g;
const NOT_OWNERS = new Set([
  'datasets',
  'spaces',
  'docs',
  'collections',
  'papers',
  'blog',
  'api',
  'orgs',
  'organizations',
]);
const MAX_LINKS = 20;

/** Hub model and GitHub repository URLs in a text, normalised to `https://host/owner/name`, de-duplicated. */
export function repoLinks(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(LINK)) {
    const url = new URL(m[0].replace(/\.git$/, '').replace(/[.,;:]+$/, ''));
    const [owner, name] = url.pathname.split('/').filter(Boolean);
    if (!owner || !name || NOT_OWNERS.has(owner.toLowerCase())) continue;
    const host = url.host.replace(/^www\./, '').replace(/^hf\.co$/, 'huggingface.co');
    found.add(`https://${host}/${owner}/${name}`);
    if (found.size >= MAX_LINKS) break;
  }
  return [...found];
}
