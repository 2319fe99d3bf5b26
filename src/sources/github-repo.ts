/**
 * GitHub repository metadata read defensively and mapped to facts; and the repository a declared
 * id names. Pure: no I/O, so every mapping rule is testable on plain objects.
 */
import type { Availability, DeclaredLicence } from '../types.js';

/** The fields of a GitHub repository object that judgement needs. */
export interface GitHubRepo {
  /** `owner/repo` as GitHub spells it now (after a rename). */
  fullName: string;
  visibility: string;
  archived: boolean;
  fork: boolean;
  /** The repository a fork forks (`parent.full_name`, only in `GET /repos/{o}/{r}`). */
  parent?: string;
  disabled: boolean;
  defaultBranch: string;
  topics: string[];
  htmlUrl?: string;
  description?: string;
  pushedAt?: string;
  /** `license.spdx_id` of the repository object, when it has one. */
  spdxId?: string;
}

/** Reads a repository object (a listing item or `GET /repos/{o}/{r}`); null when it is not one. */
export function readRepo(raw: unknown): GitHubRepo | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (typeof r.full_name !== 'string' || !r.full_name.includes('/')) return null;
  const licence = r.license as { spdx_id?: unknown } | null | undefined;
  return {
    fullName: r.full_name,
    visibility: typeof r.visibility === 'string' ? r.visibility : r.private === true ? 'private' : 'public',
    archived: r.archived === true,
    fork: r.fork === true,
    ...(typeof (r.parent as { full_name?: unknown } | undefined)?.full_name === 'string'
      ? { parent: (r.parent as { full_name: string }).full_name }
      : {}),
    disabled: r.disabled === true,
    defaultBranch: typeof r.default_branch === 'string' ? r.default_branch : 'main',
    topics: Array.isArray(r.topics) ? r.topics.filter((t): t is string => typeof t === 'string') : [],
    ...(typeof r.html_url === 'string' ? { htmlUrl: r.html_url } : {}),
    ...(typeof r.description === 'string' ? { description: r.description } : {}),
    ...(typeof r.pushed_at === 'string' ? { pushedAt: r.pushed_at } : {}),
    ...(typeof licence?.spdx_id === 'string' ? { spdxId: licence.spdx_id } : {}),
  };
}

/**
 * Reachability without credentials: `internal` (GitHub Enterprise: visible to the enterprise's
 * members only) is not public; an archived repository stays public (read-only, still downloadable).
 */
export function repoAvailability(repo: GitHubRepo): Availability {
  if (repo.disabled) return 'disabled';
  return repo.visibility === 'public' ? 'public' : 'private';
}

/** GitHub's licence API answer as a declared licence: `spdx_id` as given (NOASSERTION included). */
export function apiLicence(spdxId: string | undefined): DeclaredLicence[] {
  return spdxId ? [{ origin: 'github-api', value: spdxId }] : [];
}

/** The smaller record kept as `facts.raw`: what was read, without GitHub's dozens of URL templates. */
export function trimRepo(repo: GitHubRepo): Record<string, unknown> {
  return {
    full_name: repo.fullName,
    visibility: repo.visibility,
    archived: repo.archived,
    fork: repo.fork,
    disabled: repo.disabled,
    default_branch: repo.defaultBranch,
    topics: repo.topics,
    ...(repo.pushedAt ? { pushed_at: repo.pushedAt } : {}),
    ...(repo.spdxId ? { license_spdx_id: repo.spdxId } : {}),
  };
}

// GitHub's owner and repository name rules: letters, digits, `-` (owner), plus `.` and `_` (repository).
const OWNER_REPO = /^([A-Za-z0-9][A-Za-z0-9-]*)\/([\w.-]+)$/;
const GITHUB_HOSTS = new Set(['github.com', 'www.github.com']);

/**
 * The `owner/repo` a declared entry names, or undefined when it is not a GitHub repository:
 * `github:owner/repo` or `https://github.com/owner/repo[.git][/…]`.
 */
export function githubRepoId(declared: string): string | undefined {
  const value = declared.trim();
  if (/^github:/i.test(value)) {
    const id = value.slice('github:'.length).replace(/\.git$/, '');
    return OWNER_REPO.test(id) ? id : undefined;
  }
  if (!/^https:\/\//i.test(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return undefined;
  }
  if (!GITHUB_HOSTS.has(url.host.toLowerCase())) return undefined;
  const [owner, name] = url.pathname.split('/').filter(Boolean);
  if (!owner || !name) return undefined;
  const id = `${owner}/${name.replace(/\.git$/, '')}`;
  return OWNER_REPO.test(id) ? id : undefined;
}
