/**
 * The GitHub source: lists every repository of each team org (all pages) plus declared
 * repositories, and inspects each at its default branch's commit. Requests per repository: the
 * branch (for the commit), the licence API (its answer and the LICENSE text in one), the tree, the
 * README and the releases; the org listing already carries the repository object. Reads pinned to
 * the commit are immutable, so with the cache a second run asks only for the listing and the
 * releases, each conditionally, and for the branch only when the listing says a push happened
 * (headTag).
 */
import type { Evidence, Facts, Release, RequestStats, SourceFailure } from '../types.js';
import { VALID_WHILE_HEADER } from './cache.js';
import { type GitHubClient, getJson, listOrgRepos } from './github-api.js';
import { readContents } from './github-inspect.js';
import { githubRepoId, readRepo, repoAvailability, trimRepo } from './github-repo.js';
import type { CallOptions, Discovery, PickFiles, Source, TeamTarget } from './source.js';

export { githubRepoId } from './github-repo.js';

/** Construction options of the GitHub source; the client (and its transport) is injected. */
export interface GitHubSourceOptions {
  client: GitHubClient;
  /** Base of human links, `https://github.com` (or the GitHub Enterprise host). */
  webUrl: string;
  pickFiles: PickFiles;
  stats: () => RequestStats;
  now?: () => Date;
}

/** Creates the GitHub source. */
export function createGitHubSource(options: GitHubSourceOptions): Source {
  const { client, pickFiles } = options;
  const now = options.now ?? (() => new Date());
  const webUrl = options.webUrl.replace(/\/+$/, '');

  async function discover(team: TeamTarget, call: CallOptions = {}): Promise<Discovery> {
    const releases = new Map<string, Release>();
    const failures: Discovery['failures'] = [];
    const listings = await Promise.all(
      team.github.map((org) => {
        call.onProgress?.({ phase: 'discover', id: org });
        return listOrgRepos(client, org, call.signal);
      }),
    );
    team.github.forEach((org, i) => {
      const listing = listings[i]!;
      if (!listing.ok) {
        failures.push({ ...listing.failure, origin: `github: ${org}` });
        return;
      }
      for (const [index, raw] of listing.value.entries()) {
        const repo = readRepo(raw);
        if (!repo) {
          // An item we cannot name may be a weights repository: the listing is incomplete, not shorter.
          failures.push({
            code: 'MALFORMED_RESPONSE',
            message: `listing item ${index} is not a repository with a full_name`,
            url: `/orgs/${org}/repos`,
            origin: `github: ${org}`,
          });
          continue;
        }
        if (releases.has(repo.fullName.toLowerCase())) continue;
        releases.set(repo.fullName.toLowerCase(), {
          source: 'github',
          id: repo.fullName,
          team: team.id,
          declared: false,
          origin: `github: ${org}`,
          listing: raw,
        });
      }
    });
    for (const declared of team.models) {
      const id = githubRepoId(declared);
      if (!id) continue;
      const found = releases.get(id.toLowerCase());
      if (found) found.declared = true;
      else
        releases.set(id.toLowerCase(), {
          source: 'github',
          id,
          team: team.id,
          declared: true,
          origin: `models: ${declared}`,
        });
    }
    return { releases: [...releases.values()], failures };
  }

  async function inspect(target: Release, call: CallOptions = {}): Promise<Evidence> {
    // The requests in flight are bounded by the transport's GitHub pool, not per repository.
    call.onProgress?.({ phase: 'inspect', id: target.id });
    const fetchedAt = now().toISOString();
    const facts = await factsOf(target, call.signal);
    const { texts = [], ...rest } = facts;
    const { listing: _listing, ...release } = target;
    return { schema: 'openquota/evidence@1', team: target.team, release, facts: rest, texts, fetchedAt };
  }

  async function factsOf(
    target: Release,
    signal?: AbortSignal,
  ): Promise<Facts & { texts?: Evidence['texts'] }> {
    const [owner, name] = target.id.split('/') as [string, string];
    const base = {
      source: 'github' as const,
      id: target.id,
      url: `${webUrl}/${target.id}`,
      declaredLicences: [],
    };
    let raw = target.listing;
    if (raw === undefined) {
      const got = await getJson(client, 'GET /repos/{owner}/{repo}', { owner, repo: name }, signal);
      if (!got.ok && got.failure.status === 404)
        // Not found (or private without a token that can see it): a fact, not a failure.
        return { ...base, availability: 'missing', files: null, raw: { notFound: got.failure } };
      if (!got.ok) return { ...base, availability: null, files: null, failure: got.failure };
      raw = got.value;
    }
    const repo = readRepo(raw);
    if (!repo) {
      const failure = {
        code: 'MALFORMED_RESPONSE',
        message: 'not a repository object',
        url: `/repos/${target.id}`,
      };
      return { ...base, availability: null, files: null, failure };
    }
    const [o, r] = repo.fullName.split('/') as [string, string];
    const renamed = repo.fullName !== target.id ? { requestedId: target.id } : {};
    const url = repo.htmlUrl ?? `${webUrl}/${repo.fullName}`;
    const known = { ...base, ...renamed, id: repo.fullName, url, availability: repoAvailability(repo) };
    const tag = headTag(raw);
    const branch = await getJson(
      client,
      'GET /repos/{owner}/{repo}/branches/{branch}',
      { owner: o, repo: r, branch: repo.defaultBranch },
      signal,
      tag ? { [VALID_WHILE_HEADER]: tag } : undefined,
    );
    const commit = branch.ok ? (branch.value as { commit?: { sha?: unknown } }).commit?.sha : undefined;
    if (!branch.ok || typeof commit !== 'string') {
      const failure = branch.ok
        ? { code: 'MALFORMED_RESPONSE', message: 'branch without a commit', url: `/repos/${repo.fullName}` }
        : branch.failure;
      return { ...known, files: null, failure, raw: { repository: trimRepo(repo) } };
    }
    // Every call of this inspection that failed: a licence, README or contents read that failed for
    // GitHub's reasons (5xx, rate limit, timeout, deadline; not a 404 "no such file", not 409 "empty")
    // leaves the facts unestablished, so the release is unknown, whatever its metadata says.
    const failed: SourceFailure[] = [];
    const contents = await readContents(
      { ...client, onFailure: (f) => failed.push(f) },
      { owner: o, name: r, htmlUrl: url },
      commit,
      pickFiles,
      signal,
    );
    const unread = failed.find((f) => f.status !== 404 && f.status !== 409);
    return {
      ...known,
      revision: commit,
      files: contents.files ? [...contents.files, ...contents.releaseAssets] : null,
      declaredLicences: contents.declared,
      ...(repo.fork ? { fork: { parent: repo.parent ?? null } } : {}),
      ...(contents.weights ? { weights: contents.weights } : {}),
      ...(contents.links.length ? { links: contents.links } : {}),
      ...(contents.failure || unread ? { failure: contents.failure ?? unread } : {}),
      ...(contents.problems.length ? { problems: contents.problems } : {}),
      raw: {
        repository: trimRepo(repo),
        ...(contents.lfs.length ? { lfs: contents.lfs } : {}),
        ...(contents.releaseAssets.length ? { releaseAssets: contents.releaseAssets } : {}),
      },
      texts: contents.texts,
    };
  }

  return {
    kind: 'github',
    claims: (declaredId) => githubRepoId(declaredId) !== undefined,
    discover,
    inspect,
    stats: options.stats,
  };
}

/** True for GitHub API URLs pinned to a full commit SHA: their answers never change. */
export function isCommitPinned(url: string): boolean {
  return /\/git\/trees\/[0-9a-f]{40}(?:[?#]|$)|[?&]ref=[0-9a-f]{40}(?:&|$)/.test(url);
}

/**
 * What keeps a default branch's head where it was: the repository (its id and name), the branch
 * it names default and the listing's `pushed_at`, which GitHub moves on every push to any branch
 * (a commit, a merge, a force-push). While all of them are unchanged the head read last time is
 * still the head, so the cache answers the branch request without asking. A listing that does not
 * say all of them gives no tag: the branch is asked for. Releases are not tagged: assets change
 * without a push.
 */
export function headTag(raw: unknown): string | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const r = raw as Record<string, unknown>;
  if (
    typeof r.full_name !== 'string' ||
    typeof r.default_branch !== 'string' ||
    typeof r.pushed_at !== 'string'
  )
    return undefined;
  const id = typeof r.id === 'number' ? r.id : '';
  return JSON.stringify([id, r.full_name, r.default_branch, r.pushed_at]);
}
