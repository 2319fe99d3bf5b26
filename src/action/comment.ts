import { readFile } from 'node:fs/promises';
import { type PullRequestRef, upsertComment } from '../sources/github-comments.js';
import type { TeamStatus } from '../types.js';

/** The `comment` input's values: when the Action writes its pull-request comment. */
export const COMMENT_MODES = ['never', 'always', 'on-failure'] as const;

/** GitHub's limit on a comment body, in characters. */
export const COMMENT_LIMIT = 65_536;

/**
 * The hidden first line the comment is found by: one comment per workflow and job, so a PR check
 * and a self-scan on the same pull request keep a comment each. `-->` is kept out of the names.
 */
export function commentMarker(env: Record<string, string | undefined>): string {
  const clean = (s: string | undefined) => (s ?? '').replace(/--+>?/g, '-').trim();
  return `<!-- openquota comment: ${clean(env.GITHUB_WORKFLOW) || 'workflow'} / ${clean(env.GITHUB_JOB) || 'job'} -->`;
}

/** The pull request of this run's event (`pull_request`, `pull_request_target`, a PR's `issue_comment`). */
export async function pullRequestOf(
  env: Record<string, string | undefined>,
): Promise<PullRequestRef | undefined> {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  if (!owner || !repo || !env.GITHUB_EVENT_PATH) return undefined;
  const event = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, 'utf8').catch(() => '{}')) as {
    pull_request?: { number?: unknown };
    issue?: { number?: unknown; pull_request?: unknown };
  };
  const number = event.pull_request?.number ?? (event.issue?.pull_request ? event.issue.number : undefined);
  return typeof number === 'number' && Number.isInteger(number) ? { owner, repo, number } : undefined;
}

/** The comment: marker, the Markdown summary, and a link to the run; never past GitHub's limit. */
export function commentBody(
  marker: string,
  markdown: string,
  env: Record<string, string | undefined>,
): string {
  const run =
    env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID
      ? `\n[Workflow run](${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}) (job summary, report artifact).\n`
      : '';
  const body = `${marker}\n${markdown.trimEnd()}\n${run}`;
  if (body.length <= COMMENT_LIMIT) return body;
  return `${marker}\nThe openquota summary (${markdown.length} characters) is longer than a pull-request comment may be (${COMMENT_LIMIT}); read it in the job summary.\n${run}`;
}

/** What the comment step needs from main.ts. */
export interface CommentRequest {
  mode: (typeof COMMENT_MODES)[number];
  status: TeamStatus;
  /** The Markdown summary, sized to fit a comment: rendered only when a comment is written. */
  markdown: () => string;
  env: Record<string, string | undefined>;
  timeoutMs: number;
  info: (message: string) => void;
  warn: (message: string) => void;
}

/**
 * Writes or updates the sticky comment as `comment:` says: `always`; `on-failure` when the status
 * is not a pass (and, after a pass, updates a comment an earlier failure left, so it does not stay
 * red). Returns the comment's URL, or '' when none was written. A failure to write is a warning
 * naming the permission it most likely lacks; it never changes the verdict.
 */
export async function writeComment(request: CommentRequest): Promise<string> {
  const { mode, status, env } = request;
  if (mode === 'never') return '';
  const pr = await pullRequestOf(env);
  if (!pr) {
    request.info(`comment: ${mode}, but this run's event is not a pull request; no comment written`);
    return '';
  }
  // octokit loads only when a comment is written.
  const { createGitHubApiClient } = await import('../sources/create.js');
  const client = createGitHubApiClient(env, { timeoutMs: request.timeoutMs });
  const marker = commentMarker(env);
  const result = await upsertComment(client, pr, marker, commentBody(marker, request.markdown(), env), {
    create: mode === 'always' || status !== 'pass',
  });
  if (!result.ok) {
    const { failure } = result;
    const hint =
      failure.status === 403 || failure.status === 401 || failure.status === 404
        ? ' Give the job `permissions: pull-requests: write` (and pass `github-token` if you override it); pull requests from forks get a read-only token.'
        : '';
    request.warn(
      `openquota could not write the pull-request comment: ${failure.message} [${failure.url}].${hint}`,
    );
    return '';
  }
  if (result.value.action === 'none') return '';
  request.info(`comment ${result.value.action}: ${result.value.url}`);
  return result.value.url;
}
