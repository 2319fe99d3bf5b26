/**
 * Small worlds for the loopback Hub and GitHub servers, built from a few lines of data per model or
 * repository: the red-team suite (test/redteam) describes each trap and each honest control this way.
 * Shapes follow the real APIs (research/apis.md); a spec may override one on purpose (`siblings`,
 * `treeBody`, `listingItem`) to send what the registries should not.
 */
import { createHash } from 'node:crypto';
import type { GitHubWorld, WorldRepo } from './github-world.js';
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
}

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

function hubModel(spec: HubModelSpec, index: number): WorldModel {
  const card = spec.card ?? {};
  const paths = [...new Set(['README.md', ...Object.keys(spec.files ?? {})])];
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
    tags: spec.tags ?? licenceTags(card),
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
    fork: false,
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
    files: new Map(Object.entries(spec.files)),
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
