/**
 * One sticky pull-request comment, found again by a hidden marker: the Action writes it on the
 * first run and edits it on every later one, so a pull request shows one openquota comment, not
 * one per push. Pull requests are issues to this API (`/issues/{number}/comments`).
 */
import { attempt, type GitHubClient, type Result } from './github-api.js';

/** The pull request to comment on. */
export interface PullRequestRef {
  owner: string;
  repo: string;
  number: number;
}

/** What was done: a comment created or edited (with its address), or none (nothing to update). */
export type CommentOutcome = { action: 'created' | 'updated'; url: string } | { action: 'none' };

interface ListedComment {
  id: number;
  body?: string;
  html_url: string;
  user?: { type?: string } | null;
}

type Request = (route: string, params: object) => Promise<{ data: unknown }>;
type Paginate = (route: string, params: object) => Promise<ListedComment[]>;

/**
 * Creates or updates the comment carrying `marker` (the newest one, when several do). Only a bot's
 * comment is taken for ours: a person can paste the marker into a comment of their own (a team
 * "pre-answering" with a green table), and editing it would fail or, worse, endorse it; ours is
 * then written beside it. With `create: false` an existing comment is updated but none is created
 * (`comment: on-failure` after a pass: the earlier failure must not stay on display).
 */
export async function upsertComment(
  client: GitHubClient,
  pr: PullRequestRef,
  marker: string,
  body: string,
  options: { create: boolean },
): Promise<Result<CommentOutcome>> {
  const base = `/repos/${pr.owner}/${pr.repo}/issues`;
  const paginate = client.octokit.paginate as unknown as Paginate;
  const request = client.octokit.request as unknown as Request;
  const listed = await attempt(
    client,
    (retry) =>
      paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        owner: pr.owner,
        repo: pr.repo,
        issue_number: pr.number,
        per_page: 100,
        request: retry,
      }),
    `${base}/${pr.number}/comments`,
  );
  if (!listed.ok) return listed;
  const ours = listed.value.filter((c) => c.user?.type === 'Bot' && c.body?.startsWith(marker)).at(-1);
  if (ours) {
    const updated = await attempt(
      client,
      async (retry) =>
        (
          await request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', {
            owner: pr.owner,
            repo: pr.repo,
            comment_id: ours.id,
            body,
            request: retry,
          })
        ).data as ListedComment,
      `${base}/comments/${ours.id}`,
    );
    return updated.ok ? { ok: true, value: { action: 'updated', url: updated.value.html_url } } : updated;
  }
  if (!options.create) return { ok: true, value: { action: 'none' } };
  const created = await attempt(
    client,
    async (retry) =>
      (
        await request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
          owner: pr.owner,
          repo: pr.repo,
          issue_number: pr.number,
          body,
          request: retry,
        })
      ).data as ListedComment,
    `${base}/${pr.number}/comments`,
  );
  return created.ok ? { ok: true, value: { action: 'created', url: created.value.html_url } } : created;
}
