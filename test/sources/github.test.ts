import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { githubRepoId } from '../../src/sources/github.js';
import type { ModelResult, Report } from '../../src/types.js';
import { problemsIn, runCli, tempDir } from '../support/cli.js';
import { type GitHubServer, type GitHubServerOptions, startGitHubServer } from '../support/github-server.js';
import { FILLERS, SYNTHETIC_ORG } from '../support/github-world.js';
import { buildGitHubWorld } from '../support/redteam-world.js';

const TOKEN = 'ghp_TESTtokenDoNotLeak1234567890';
let server: GitHubServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function scanOrg(
  options: GitHubServerOptions,
  extra: { args?: string[]; env?: Record<string, string>; models?: string[]; org?: string } = {},
) {
  server ??= await startGitHubServer(options);
  const dir = tempDir();
  const file = join(dir, 'openquota.yml');
  const models = extra.models?.length ? `\n    models: [${extra.models.join(', ')}]` : '';
  writeFileSync(
    file,
    `programme: T\nteams:\n  - id: t\n    name: T\n    github: [${extra.org ?? SYNTHETIC_ORG}]${models}\n`,
  );
  const run = await runCli(['scan', '--config', file, '--format', 'json', ...(extra.args ?? [])], {
    env: { GITHUB_API_URL: server.url, ...extra.env },
  });
  const report = JSON.parse(run.stdout || '{}') as Report;
  const model = (name: string) =>
    report.teams?.[0]?.models.find((m) =>
      m.id.toLowerCase().endsWith(`/${name.toLowerCase()}`),
    ) as ModelResult;
  return { run, report, model, server };
}

describe('GitHub source against the loopback GitHub', () => {
  it('lists every page of an org and classifies model and code repositories', async () => {
    const { run, report, model, server } = await scanOrg({ pageSize: 4 });
    expect(problemsIn(run.stderr)).toBe('');
    const listings = server.requests.filter((r) => r.pathname === `/orgs/${SYNTHETIC_ORG}/repos`);
    const publicRepos = 8 + FILLERS; // the private one is invisible without a token
    expect(listings).toHaveLength(Math.ceil(publicRepos / 4));
    expect(report.teams[0]!.models).toHaveLength(publicRepos);

    expect(model('open-weights-7b')).toMatchObject({
      source: 'github',
      verdict: 'compliant',
      availability: 'public',
      weights: ['model.safetensors'],
      licence: { declared: 'Apache-2.0', detected: 'Apache-2.0', approved: true },
    });
    expect(model('open-weights-7b').kind).toBeUndefined();
    expect(model('open-weights-7b').revision).toMatch(/^[0-9a-f]{40}$/);
    expect(model('archived-weights')).toMatchObject({ verdict: 'compliant', availability: 'public' });
    expect(model('release-assets-model')).toMatchObject({
      verdict: 'compliant',
      weights: ['release:v1.0/model-q4.gguf'],
    });
    // Code repositories: listed with their licence, never counted.
    expect(model('forked-tool')).toMatchObject({
      verdict: 'excluded',
      kind: 'code',
      licence: { expression: 'MIT', approved: true },
    });
    expect(model('code-only')).toMatchObject({ kind: 'code', licence: { expression: 'Apache-2.0' } });
    expect(model('no-licence-weights').verdict).toBe('non-compliant');
    expect(model('no-licence-weights').reasons.map((r) => r.code)).toContain('LICENCE_MISSING');
    const counted = report.teams[0]!.counted;
    expect(counted).toBe(6);
  });

  it('an org listing item without full_name is a listing failure: the team is incomplete', async () => {
    const world = buildGitHubWorld([
      { id: 'odd-org/tool', files: { 'README.md': '# tool\n', 'tool.py': '' } },
      { id: 'odd-org/x', files: {}, listingItem: { name: 'x', visibility: 'public' } },
    ]);
    const { report } = await scanOrg({ world }, { org: 'odd-org' });
    expect(report.teams[0]).toMatchObject({ status: 'incomplete', reason: { code: 'LISTING_FAILED' } });
    expect(report.teams[0]!.failures).toEqual([
      expect.objectContaining({
        code: 'MALFORMED_RESPONSE',
        message: 'listing item 1 is not a repository with a full_name',
      }),
    ]);
  });

  it('a tree answer without a tree list leaves the files unknown, never "code"', async () => {
    const world = buildGitHubWorld([
      {
        id: 'odd-org/weights',
        files: { 'README.md': '# w\n', LICENSE: 'x', 'model.safetensors': '' },
        treeBody: { sha: 'f'.repeat(40) },
      },
    ]);
    const { model } = await scanOrg({ world }, { org: 'odd-org' });
    expect(model('weights')).toMatchObject({ verdict: 'unknown', weights: null });
    expect(model('weights').kind).toBeUndefined();
    expect(model('weights').reasons.map((r) => r.code)).toContain('MALFORMED_RESPONSE');
  });

  it('NOASSERTION is never approved: the text decides, identified by our engine', async () => {
    const { model } = await scanOrg({});
    const custom = model('custom-licence-weights');
    expect(custom.licence).toMatchObject({
      declared: null,
      detected: 'LicenseRef-exaone-1.2-nc',
      approved: false,
    });
    expect(custom.verdict).toBe('non-compliant');
    expect(custom.evidence).toContain('declared by github-api: NOASSERTION');
    const vague = model('unidentified-licence-weights');
    expect(vague.licence.approved).toBeNull();
    expect(vague.verdict).toBe('unknown');
  });

  it('a token sees private repositories, which are not public; the token never appears in the report', async () => {
    const { run, model } = await scanOrg({ tokens: [TOKEN] }, { env: { GITHUB_TOKEN: TOKEN } });
    expect(model('private-weights')).toMatchObject({ verdict: 'non-compliant', availability: 'private' });
    expect(run.stdout).not.toContain(TOKEN);
  });

  it('a declared repository that does not exist is missing, hence not public', async () => {
    const { model } = await scanOrg({}, { models: [`github:${SYNTHETIC_ORG}/gone`] });
    expect(model('gone')).toMatchObject({
      declared: true,
      availability: 'missing',
      verdict: 'non-compliant',
    });
  });

  it('reads the world orgs: licence texts behind NOASSERTION, READMEs linking Hub models', async () => {
    const { model, report } = await scanOrg({}, { org: 'LG-AI-EXAONE' });
    const repo = model('EXAONE-4.0');
    expect(repo).toMatchObject({ kind: 'code', licence: { detected: 'LicenseRef-exaone-1.2-nc' } });
    expect(repo.links).toContain('https://huggingface.co/LGAI-EXAONE/EXAONE-4.0-32B');
    expect(report.teams[0]!.models).toHaveLength(5);
  });

  it('a truncated tree with no weight in it leaves the file list unknown, never "code"', async () => {
    const { model } = await scanOrg({ truncatedTrees: ['code-only', 'open-weights-7b'] });
    // What GitHub did send holds no weights, which does not show the repository holds none.
    expect(model('code-only')).toMatchObject({ verdict: 'unknown', weights: [] });
    expect(model('code-only').kind).toBeUndefined();
    expect(model('code-only').reasons.map((r) => r.code)).toContain('FILES_TRUNCATED');
    // Weights seen in the part GitHub did send, and a licence decided, still decide the release.
    expect(model('open-weights-7b').weights).toContain('model.safetensors');
    expect(model('open-weights-7b').verdict).toBe('compliant');
    expect(model('open-weights-7b').reasons.map((r) => r.code)).toContain('FILES_TRUNCATED');
  });

  it('a secondary rate limit is waited out as retry-after asks', async () => {
    const started = Date.now();
    const { model, report, server } = await scanOrg({
      faults: [{ match: /\/repos\/[^/]+\/code-only\/branches\//, kind: 'secondary', count: 1, seconds: 1 }],
    });
    expect(model('code-only').kind).toBe('code');
    expect(server.requests.filter((r) => r.status === 403)).toHaveLength(1);
    expect(report.requests?.retries).toBe(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
  });

  it('a primary rate limit with a long reset is not waited for: the release is unknown', async () => {
    const { model } = await scanOrg({
      faults: [{ match: /\/repos\/[^/]+\/code-only\/branches\//, kind: 'primary', count: 5, seconds: 3600 }],
    });
    expect(model('code-only').verdict).toBe('unknown');
    expect(model('code-only').reasons[0]).toMatchObject({
      code: 'SOURCE_FAILED',
      args: { code: 'RATE_LIMITED' },
    });
  });

  it('with the cache, a second run is >= 90% conditional requests answered by 304s', async () => {
    const cache = tempDir('openquota-cache-');
    const first = await scanOrg({ pageSize: 4 }, { args: ['--cache-dir', cache] });
    const firstRequests = first.server.requests.length;
    const second = await scanOrg({ pageSize: 4 }, { args: ['--cache-dir', cache] });
    const again = second.server.requests.slice(firstRequests);
    const conditional = again.filter((r) => r.conditional).length;
    expect(conditional / again.length).toBeGreaterThanOrEqual(0.9);
    expect(again.filter((r) => r.status !== 304).map((r) => `${r.status} ${r.path}`)).toEqual([]);
    expect(second.report.requests).toMatchObject({ api: again.length, notModified: again.length });
    expect(second.report.requests!.cacheHits).toBeGreaterThan(0);
    // Same verdicts from the cached answers.
    const verdicts = (r: Report) => r.teams[0]!.models.map((m) => [m.id, m.verdict, m.licence.expression]);
    expect(verdicts(second.report)).toEqual(verdicts(first.report));
    console.log(
      `GitHub requests: first run ${firstRequests}, second run ${again.length} (${conditional} conditional, ` +
        `${second.report.requests!.notModified} answered 304, ${second.report.requests!.cacheHits} served from disk)`,
    );
  });

  it('a rerun asks for a branch only when the listing says a push happened (pushed_at, default branch)', async () => {
    const cache = tempDir('openquota-cache-');
    const first = await scanOrg({}, { args: ['--cache-dir', cache] });
    const branches = (from: number) =>
      first.server.requests.slice(from).filter((r) => r.pathname.includes('/branches/'));
    expect(branches(0).length).toBeGreaterThan(5);
    const n1 = first.server.requests.length;
    const second = await scanOrg({}, { args: ['--cache-dir', cache] });
    expect(branches(n1)).toEqual([]);
    const head = (r: Report, name: string) => r.teams[0]!.models.find((m) => m.id.endsWith(`/${name}`))!;
    expect(head(second.report, 'open-weights-7b').revision).toBe(
      head(first.report, 'open-weights-7b').revision,
    );

    // A push: pushed_at moves with the head; the new licence text is read at the new commit.
    const world = first.server.world;
    const pushed = world.repos.get(`${SYNTHETIC_ORG}/open-weights-7b`.toLowerCase())!;
    pushed.repo.pushed_at = '2026-11-30T00:00:00Z';
    pushed.commit = 'c'.repeat(40);
    const licencePath = pushed.licence!.path;
    pushed.files.set(licencePath, 'All rights reserved. You may not use, copy or share these weights.\n');
    pushed.licence = undefined;
    // A default branch switched to another branch (a setting, no push): the listing says so.
    const switched = world.repos.get(`${SYNTHETIC_ORG}/archived-weights`.toLowerCase())!;
    switched.repo.default_branch = 'release';
    const n2 = first.server.requests.length;
    const third = await scanOrg({}, { args: ['--cache-dir', cache] });
    expect(
      branches(n2)
        .map((r) => r.pathname)
        .sort(),
    ).toEqual([
      `/repos/${SYNTHETIC_ORG}/archived-weights/branches/release`,
      `/repos/${SYNTHETIC_ORG}/open-weights-7b/branches/main`,
    ]);
    expect(head(third.report, 'open-weights-7b').revision).toBe('c'.repeat(40));
    expect(head(third.report, 'open-weights-7b').verdict).not.toBe('compliant');
    // The cache's tag never goes upstream, with the cache or without it.
    await scanOrg({}, { args: ['--no-cache'] });
    expect(first.server.requests.some((r) => r.headerNames.some((h) => h.startsWith('x-openquota')))).toBe(
      false,
    );
  });

  it('--no-cache sends no conditional request', async () => {
    const cache = tempDir('openquota-cache-');
    await scanOrg({}, { args: ['--cache-dir', cache] });
    const n = server!.requests.length;
    await scanOrg({}, { args: ['--cache-dir', cache, '--no-cache'] });
    expect(server!.requests.slice(n).some((r) => r.conditional)).toBe(false);
  });
});

describe('githubRepoId', () => {
  it.each([
    ['github:LG-AI-EXAONE/EXAONE-4.0', 'LG-AI-EXAONE/EXAONE-4.0'],
    ['https://github.com/wbl-ncai/VAETKI', 'wbl-ncai/VAETKI'],
    ['https://github.com/wbl-ncai/VAETKI.git', 'wbl-ncai/VAETKI'],
    ['https://github.com/wbl-ncai/VAETKI/tree/main', 'wbl-ncai/VAETKI'],
    ['LGAI-EXAONE/EXAONE-4.0-32B', undefined],
    ['https://gitlab.com/a/b', undefined],
    ['github:nope', undefined],
  ])('%s -> %s', (input, expected) => {
    expect(githubRepoId(input)).toBe(expected);
  });
});

describe('one scan over Hub, GitHub and git', () => {
  it('judges every release by one policy and shows a Hub model beside the code repository linking it', async () => {
    const { startHubServer } = await import('../support/hub-server.js');
    const { makeRepo } = await import('../support/git-repos.js');
    const spdx = (await import('spdx-license-list/full.js')).default;
    const hub = await startHubServer();
    const gh = await startGitHubServer();
    try {
      const repo = makeRepo({ files: { LICENSE: spdx.MIT!.licenseText, 'w.safetensors': '' } });
      const dir = tempDir();
      const file = join(dir, 'openquota.yml');
      writeFileSync(
        file,
        `programme: T\nteams:\n  - id: lg\n    name: LG\n    huggingface: [LGAI-EXAONE]\n    github: [LG-AI-EXAONE]\n    git: ["${repo.url}"]\n`,
      );
      const run = await runCli(['scan', '--config', file, '--format', 'json'], {
        env: { HF_ENDPOINT: hub.url, GITHUB_API_URL: gh.url },
      });
      const report = JSON.parse(run.stdout) as Report;
      const models = report.teams[0]!.models;
      expect(new Set(models.map((m) => m.source))).toEqual(new Set(['huggingface', 'github', 'git']));
      const model = models.find((m) => m.id === 'LGAI-EXAONE/EXAONE-4.0-32B')!;
      expect(model.code).toEqual([
        {
          source: 'github',
          id: 'LG-AI-EXAONE/EXAONE-4.0',
          url: 'https://github.com/LG-AI-EXAONE/EXAONE-4.0',
          licence: 'LicenseRef-exaone-1.2-nc',
        },
      ]);
      const git = models.find((m) => m.source === 'git')!;
      expect(git).toMatchObject({
        verdict: 'compliant',
        revision: repo.commit,
        licence: { expression: 'MIT' },
      });
      // Code repositories are listed but not counted.
      const code = models.filter((m) => m.kind === 'code');
      expect(code.length).toBe(5);
      expect(report.teams[0]!.counted).toBe(models.filter((m) => m.verdict !== 'excluded').length);
    } finally {
      await hub.close();
      await gh.close();
    }
  });
});

describe('GitHub client: pages and failures', () => {
  it('an org listing whose next page is on another host is refused; the token never goes there', async () => {
    const { createServer } = await import('node:http');
    const { createGitHubClient, listOrgRepos, failureOf } = await import('../../src/sources/github-api.js');
    const seen: (string | undefined)[] = [];
    const other = createServer((req, res) => {
      seen.push(req.headers.authorization);
      res.writeHead(200, { 'content-type': 'application/json' }).end('[]');
    });
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve));
    const otherUrl = `http://127.0.0.1:${(other.address() as { port: number }).port}`;
    const api = createServer((_req, res) => {
      res.writeHead(200, {
        'content-type': 'application/json',
        link: `<${otherUrl}/orgs/o/repos?page=2>; rel="next"`,
      });
      res.end('[{"full_name":"o/a"}]');
    });
    await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
    const client = createGitHubClient({
      baseUrl: `http://127.0.0.1:${(api.address() as { port: number }).port}`,
      token: TOKEN,
      fetch: globalThis.fetch,
      userAgent: 'test',
    });
    const listed = await listOrgRepos(client, 'o');
    expect(listed).toMatchObject({
      ok: false,
      failure: { code: 'MALFORMED_RESPONSE', message: 'next page on another host' },
    });
    expect(seen).toEqual([]);
    // octokit's message repeats what the server said; the failure does not repeat the token.
    const echoed = failureOf(
      { status: 503, message: `bad gateway: Authorization: token ${TOKEN}` },
      '/repos/o/a',
    );
    expect(JSON.stringify(echoed)).not.toContain(TOKEN);
    api.close();
    other.close();
  });
});
