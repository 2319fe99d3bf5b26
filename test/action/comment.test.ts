// The Action's pull-request comment (one sticky comment, found again by its marker) against the
// loopback GitHub, and the outputs beside it. Runs judge the example's saved evidence (`evidence:`),
// so only the comment talks to GitHub.
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAction } from '../support/action.js';
import { tempDir } from '../support/cli.js';
import { addComment } from '../support/github-comments.js';
import { type GitHubServer, startGitHubServer } from '../support/github-server.js';

const TOKEN = 'ghs_COMMENTtokenDoNotLeak000111';
const READ_ONLY = 'ghs_READONLYtokenDoNotLeak22233';
const MARKER = '<!-- openquota comment: openquota check / check -->';

let github: GitHubServer;
beforeAll(async () => {
  github = await startGitHubServer({ tokens: [TOKEN, READ_ONLY], readOnlyTokens: [READ_ONLY], pageSize: 2 });
});
afterAll(() => github.close());

/** A workspace with the example's evidence, and a pull_request event for PR `number` of `repo`. */
function pullRequestRun(repo: string, number: number, event = 'pull_request') {
  const dir = tempDir('openquota-ws-');
  cpSync('examples/sovereign-ai-2025/evidence', join(dir, 'evidence'), { recursive: true });
  const eventFile = join(dir, '..', `${dir.split('/').pop()}-event.json`);
  writeFileSync(
    eventFile,
    JSON.stringify(event === 'pull_request' ? { pull_request: { number } } : { ref: 'refs/heads/main' }),
  );
  const env = {
    GITHUB_API_URL: github.url,
    GITHUB_REPOSITORY: repo,
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_WORKFLOW: 'openquota check',
    GITHUB_JOB: 'check',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '42',
  };
  return (inputs: Record<string, string>) =>
    runAction(
      { evidence: 'evidence', 'fail-on': 'never', 'github-token': TOKEN, ...inputs },
      { workspace: dir, env },
    );
}

const commentsOf = (key: string) => github.comments.get(key) ?? [];
const writes = (repo: string) =>
  github.requests.filter((r) => r.pathname.startsWith(`/repos/${repo}/issues`) && r.method !== 'GET');

describe('comment: always', () => {
  it('creates one comment on the first run and updates the same one on the next', async () => {
    const run = pullRequestRun('team-a/model', 7);
    const first = await run({ comment: 'always', team: 'lg-ai-research' });
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    const [comment, ...others] = commentsOf('team-a/model#7');
    expect(others).toEqual([]);
    expect(comment!.body.startsWith(`${MARKER}\n`)).toBe(true);
    expect(comment!.body).toMatch(/\| LG AI Research \|.*✘ fail/);
    expect(comment!.body).toContain('[Workflow run](https://github.com/team-a/model/actions/runs/42)');
    expect(first.outputs['comment-url']).toBe(comment!.html_url);
    expect(first.stdout).toContain(`comment created: ${comment!.html_url}`);

    const second = await run({ comment: 'always', team: 'sk-telecom' });
    expect(second.code).toBe(0);
    const after = commentsOf('team-a/model#7');
    expect(after.map((c) => c.id)).toEqual([comment!.id]);
    expect(after[0]!.body).toMatch(/\| SK Telecom \|.*✔ pass/);
    expect(after[0]!.body).not.toContain('LG AI Research');
    expect(second.outputs['comment-url']).toBe(comment!.html_url);
    expect(writes('team-a/model').map((r) => r.method)).toEqual(['POST', 'PATCH']);
  });

  it("leaves a person's comment that copies the marker alone and writes its own beside it", async () => {
    // Thinking like the team: a green table of their own, under openquota's marker.
    const fake = addComment(github.comments, 'team-b/model#3', `${MARKER}\n| Team B | ✔ pass |`, {
      login: 'team-b-dev',
      type: 'User',
    });
    const run = pullRequestRun('team-b/model', 3);
    const result = await run({ comment: 'always', team: 'lg-ai-research' });
    const list = commentsOf('team-b/model#3');
    expect(list).toHaveLength(2);
    expect(list[0]).toEqual(fake);
    expect(list[1]!.user.type).toBe('Bot');
    expect(list[1]!.body).toMatch(/✘ fail/);
    expect(result.outputs['comment-url']).toBe(list[1]!.html_url);
  });

  it('finds its comment on a later page of a long discussion', async () => {
    const key = 'team-c/model#9';
    for (let i = 0; i < 5; i++)
      addComment(github.comments, key, `review note ${i}`, { login: 'r', type: 'User' });
    const run = pullRequestRun('team-c/model', 9);
    await run({ comment: 'always', team: 'lg-ai-research' });
    for (let i = 5; i < 10; i++)
      addComment(github.comments, key, `review note ${i}`, { login: 'r', type: 'User' });
    await run({ comment: 'always', team: 'nc-ai' });
    const ours = commentsOf(key).filter((c) => c.user.type === 'Bot');
    expect(ours).toHaveLength(1);
    expect(ours[0]!.body).toContain('NC AI');
  });
});

describe('comment: on-failure', () => {
  it('writes nothing while the status passes, comments on a failure, then turns that comment green', async () => {
    const run = pullRequestRun('team-d/model', 11);
    const passing = await run({ comment: 'on-failure', team: 'sk-telecom' });
    expect(passing.outputs.status).toBe('pass');
    expect(commentsOf('team-d/model#11')).toEqual([]);
    expect(passing.outputs['comment-url']).toBe('');

    const failing = await run({ comment: 'on-failure', team: 'lg-ai-research' });
    expect(failing.outputs.status).toBe('fail');
    expect(commentsOf('team-d/model#11')).toHaveLength(1);

    // A stale red comment would tell reviewers the PR still fails: it is updated, not left.
    const fixed = await run({ comment: 'on-failure', team: 'sk-telecom' });
    const [only, ...rest] = commentsOf('team-d/model#11');
    expect(rest).toEqual([]);
    expect(only!.body).toMatch(/✔ pass/);
    expect(fixed.outputs['comment-url']).toBe(only!.html_url);
  });
});

describe('when no comment can be written', () => {
  it('a token without pull-requests: write is a warning naming the permission; the verdict stands', async () => {
    const run = pullRequestRun('team-e/model', 5);
    const result = await run({ comment: 'always', team: 'lg-ai-research', 'github-token': READ_ONLY });
    expect(result.code).toBe(0);
    expect(result.outputs.status).toBe('fail');
    expect(result.outputs['comment-url']).toBe('');
    expect(result.stdout).toMatch(
      /^::warning title=openquota pull-request comment::.*HTTP 403.*pull-requests: write/m,
    );
    const shown = result.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::'));
    expect(shown.join('\n')).not.toContain(READ_ONLY);
    expect(commentsOf('team-e/model#5')).toEqual([]);
  });

  it('a run that is not for a pull request says so and calls no comment route', async () => {
    const run = pullRequestRun('team-f/model', 0, 'push');
    const result = await run({ comment: 'always' });
    expect(result.stdout).toContain("comment: always, but this run's event is not a pull request");
    expect(github.requests.filter((r) => r.pathname.startsWith('/repos/team-f/'))).toEqual([]);
  });

  it('comment: never (the default) calls no comment route', async () => {
    const run = pullRequestRun('team-g/model', 1);
    const result = await run({});
    expect(result.outputs['comment-url']).toBe('');
    expect(github.requests.filter((r) => r.pathname.startsWith('/repos/team-g/'))).toEqual([]);
  });

  it('a bad comment input names its values', async () => {
    const run = pullRequestRun('team-h/model', 1);
    const result = await run({ comment: 'sometimes' });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'Input "comment" must be one of never, always, on-failure; got "sometimes"',
    );
  });
});
