/**
 * Small worlds for the loopback Hub and GitHub servers, built from a few lines of data per model or
 * repository: the red-team suite (test/redteam) describes each trap and each honest control this way.
 * Shapes follow the real APIs (research/apis.md); a spec may override one on purpose (`siblings`,
 * `treeBody`, `listingItem`) to send what the registries should not.
 */
import { createHash } from 'node:crypto';
import { isWeightPath } from '../../src/sources/repo-files.js';
import { type GitHubWorld, lfsPointer, type WorldRepo } from './github-world.js';
import { loadWorld, type World, type WorldModel } from './hub-world.js';

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');

/** One Hub model: its card, its files (path -> text), how it is gated. */
export interface HubModelSpec {
  /** `org/name`. */
  id: string;
  /** `cardData` (the README front matter); the Hub derives `license:` tags from it. */
  card?: Record<string, unknown>;
  /** Files with their text; weights need none (`''`). `README.md` defaults to a card from `card`. */
  files?: Record<string, string>;
  gated?: 'auto' | 'manual';
  private?: boolean;
  /** `siblings` as sent (a shape the Hub should not send); `'absent'` leaves the key out. */
  siblings?: unknown;
  tags?: string[];
  /**
   * The listing's weight figures. By default a model whose files include weights states what an
   * honest one would (1B parameters in BF16; 2 GB stored; `gguf.total` for GGUF files); `'absent'`
   * leaves the field out, as the Hub does when it could not read the files.
   */
  safetensors?: unknown;
  gguf?: unknown;
  usedStorage?: number | 'absent';
  /** Binary files (a safetensors file built byte by byte), served with Range support. */
  binary?: Record<string, Uint8Array>;
  /** Sizes (and LFS oids) the tree API states for files not served. */
  sizes?: Record<string, { size: number; lfsOid?: string }>;
}

/** Parameters a built model states by default: a small but real model. */
export const DEFAULT_PARAMETERS = 1_000_000_000;

/** The commit a built model is at: what resolver URLs are pinned to. */
export function hubSha(id: string): string {
  return sha1(`hub:${id}`);
}

/** The resolver path of one file of a built model, for a `Fault` on it. */
export function resolvePath(id: string, file: string): string {
  return `/${id}/resolve/${hubSha(id)}/${file}`;
}

function licenceTags(card: Record<string, unknown>): string[] {
  const licence = card.license;
  const values = Array.isArray(licence) ? licence : [licence];
  return values.filter((v): v is string => typeof v === 'string').map((v) => `license:${v}`);
}

/** `base_model:` tags as the Hub derives them from the card (`base_model:quantized:org/x` with a relation). */
function baseTags(card: Record<string, unknown>): string[] {
  const bases = (Array.isArray(card.base_model) ? card.base_model : [card.base_model]).filter(
    (b): b is string => typeof b === 'string',
  );
  const relation = typeof card.base_model_relation === 'string' ? card.base_model_relation : undefined;
  return bases.flatMap((b) => [`base_model:${b}`, ...(relation ? [`base_model:${relation}:${b}`] : [])]);
}

/** The listing's weight fields of a built model (see HubModelSpec.safetensors). */
function weightFields(spec: HubModelSpec, paths: string[]): Record<string, unknown> {
  const has = (ext: string) => paths.some((p) => p.toLowerCase().endsWith(ext));
  const weights = paths.some((p) => /\.(safetensors|gguf|bin|pt|pth|ckpt|onnx|h5|msgpack|npz)$/i.test(p));
  const out: Record<string, unknown> = {};
  const safetensors =
    spec.safetensors ??
    (has('.safetensors') && !spec.binary
      ? { parameters: { BF16: DEFAULT_PARAMETERS }, total: DEFAULT_PARAMETERS }
      : 'absent');
  if (safetensors !== 'absent') out.safetensors = safetensors;
  const gguf = spec.gguf ?? (has('.gguf') ? { total: DEFAULT_PARAMETERS, architecture: 'llama' } : 'absent');
  if (gguf !== 'absent') out.gguf = gguf;
  const stored = spec.usedStorage ?? (weights && !spec.binary ? DEFAULT_PARAMETERS * 2 + 10_000 : 'absent');
  if (stored !== 'absent') out.usedStorage = stored;
  return out;
}

function hubModel(spec: HubModelSpec, index: number): WorldModel {
  const card = spec.card ?? {};
  const paths = [
    ...new Set(['README.md', ...Object.keys(spec.files ?? {}), ...Object.keys(spec.binary ?? {})]),
  ];
  const info: Record<string, unknown> = {
    _id: sha1(`_id:${spec.id}`).slice(0, 24),
    id: spec.id,
    author: spec.id.split('/')[0],
    sha: hubSha(spec.id),
    private: spec.private ?? false,
    gated: spec.gated ?? false,
    disabled: false,
    // Distinct times keep the listing order stable.
    createdAt: new Date(Date.UTC(2025, 0, 1) + index * 60_000).toISOString(),
    lastModified: '2025-08-01T00:00:00.000Z',
    cardData: card,
    tags: spec.tags ?? [...licenceTags(card), ...baseTags(card)],
    ...weightFields(spec, paths),
    ...(spec.siblings === 'absent'
      ? {}
      : { siblings: spec.siblings ?? paths.map((rfilename) => ({ rfilename })) }),
  };
  return {
    id: spec.id,
    team: spec.id.split('/')[0]!,
    // The server reads `siblings` to know which files exist; a malformed one lists none.
    info: info as WorldModel['info'],
    licenceText: '',
    files: spec.files ?? {},
    ...(spec.binary ? { binary: spec.binary } : {}),
    ...(spec.sizes ? { sizes: spec.sizes } : {}),
  };
}

/** A Hub world holding exactly these models (with the recorded error answers of the fixture world). */
export function buildHubWorld(models: HubModelSpec[]): World {
  const { errors } = loadWorld();
  const built = new Map(models.map((m, i) => [m.id.toLowerCase(), hubModel(m, i)] as const));
  return { models: built, renames: new Map(), errors, teams: {} };
}

/** One GitHub repository: its files and what GitHub's licence API says about it. */
export interface RepoSpec {
  /** `owner/name`; the owner is the org that lists it. */
  id: string;
  files: Record<string, string>;
  /** The `/license` answer: the file GitHub detected and its `spdx_id` (`NOASSERTION` for other); none -> 404. */
  licence?: { path: string; spdxId: string };
  visibility?: 'public' | 'private';
  /** The tree answer to send as is (a shape GitHub should not send). */
  treeBody?: unknown;
  /** The org listing item to send instead of the repository object; the repository is then not served. */
  listingItem?: unknown;
  /** A fork of this repository (`owner/name`): `fork: true` and `parent` as GitHub states them. */
  forkOf?: string;
}

const LICENCE_KEYS: Record<string, { key: string; name: string }> = {
  MIT: { key: 'mit', name: 'MIT License' },
  'Apache-2.0': { key: 'apache-2.0', name: 'Apache License 2.0' },
  NOASSERTION: { key: 'other', name: 'Other' },
};

function worldRepo(spec: RepoSpec): WorldRepo {
  const [owner, name] = spec.id.split('/') as [string, string];
  const visibility = spec.visibility ?? 'public';
  const known = spec.licence ? (LICENCE_KEYS[spec.licence.spdxId] ?? { key: 'other', name: 'Other' }) : null;
  const repo = {
    name,
    full_name: spec.id,
    owner: { login: owner },
    private: visibility !== 'public',
    visibility,
    html_url: `https://github.com/${spec.id}`,
    fork: spec.forkOf !== undefined,
    ...(spec.forkOf ? { parent: { full_name: spec.forkOf } } : {}),
    archived: false,
    disabled: false,
    default_branch: 'main',
    topics: [],
    pushed_at: '2025-08-01T00:00:00Z',
    license: known && spec.licence ? { ...known, spdx_id: spec.licence.spdxId } : null,
  };
  return {
    repo,
    commit: sha1(`github:${spec.id}`),
    // A weight file given as '' is a real model's weights as Git LFS stores them: a pointer to 2 GB.
    files: new Map(
      Object.entries(spec.files).map(([path, text]) => [
        path,
        text === '' && isWeightPath(path) ? lfsPointer(2_000_000_000, `${spec.id}/${path}`) : text,
      ]),
    ),
    licence:
      known && spec.licence ? { path: spec.licence.path, spdxId: spec.licence.spdxId, ...known } : undefined,
    releases: [],
    ...(spec.treeBody !== undefined ? { treeBody: spec.treeBody } : {}),
  };
}

/** A GitHub world holding exactly these repositories, listed by their owners. */
export function buildGitHubWorld(repos: RepoSpec[]): GitHubWorld {
  const world: GitHubWorld = { repos: new Map(), orgs: new Map() };
  for (const spec of repos) {
    const built = worldRepo(spec);
    const org = spec.id.split('/')[0]!.toLowerCase();
    const listed =
      spec.listingItem === undefined ? built : { ...built, repo: spec.listingItem as WorldRepo['repo'] };
    world.orgs.set(org, [...(world.orgs.get(org) ?? []), listed]);
    if (spec.listingItem === undefined) world.repos.set(spec.id.toLowerCase(), built);
  }
  return world;
}
