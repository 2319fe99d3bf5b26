import { join } from 'node:path';
import spdx from 'spdx-license-list/full.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../support/cli.js';
import { makeRepo, type RepoSpec } from '../support/git-repos.js';
import { type GitHubServer, startGitHubServer } from '../support/github-server.js';
import { lfsPointer } from '../support/github-world.js';
import { type HubServer, startHubServer } from '../support/hub-server.js';

const MIT = spdx.MIT!.licenseText;
const NC = spdx['CC-BY-NC-4.0']!.licenseText;
const WEIGHTS = { 'model.safetensors': lfsPointer(2_000_000_000, 'w') };
const TOKEN = 'ghp_TESTcheckTokenDoNotLeak123456';

let hub: HubServer;
let github: GitHubServer;
beforeAll(async () => {
  hub = await startHubServer();
  github = await startGitHubServer({ tokens: [TOKEN] });
});
afterAll(async () => {
  await hub.close();
  await github.close();
});

interface CheckJson {
  model: {
    verdict: string;
    reasons: { code: string; message: string }[];
    licence: { expression: string | null };
  };
  fixes: string[];
}

async function checkJson(target: string, env: Record<string, string> = {}, cwd?: string) {
  const run = await runCli(['check', target, '--format', 'json'], {
    env: { HF_ENDPOINT: hub.url, GITHUB_API_URL: github.url, ...env },
    ...(cwd ? { cwd } : {}),
  });
  const out = run.stdout ? (JSON.parse(run.stdout) as CheckJson) : undefined;
  const fix = (code: string) => out?.fixes[out.model.reasons.findIndex((r) => r.code === code)];
  return { run, out, codes: out?.model.reasons.map((r) => r.code) ?? [], fix };
}

const dir = (spec: RepoSpec) => makeRepo({ git: false, ...spec }).dir;

describe('openquota check on a local directory', () => {
  it('a compliant release: exit 0, no finding but that availability is not checked', async () => {
    const target = dir({ files: { LICENSE: MIT, 'README.md': '---\nlicense: mit\n---\n# m\n', ...WEIGHTS } });
    const { run, out, codes } = await checkJson(target);
    expect(run.code).toBe(0);
    expect(out?.model.verdict).toBe('compliant');
    // A directory never says it is public: availability is not established, and the reasons say so.
    expect(out?.model).toMatchObject({ availability: null });
    expect(codes).toEqual(['AVAILABILITY_NOT_CHECKED']);
    const table = await runCli(['check', target], { tty: true });
    expect(table.stdout).toContain('public    not checked (a local directory)');
    expect(table.stdout).toContain(
      '· AVAILABILITY_NOT_CHECKED: a local directory: availability is not checked',
    );
  });

  it('LICENCE_MISMATCH: the fix names the front matter value and the LICENSE licence', async () => {
    const target = dir({ files: { LICENSE: NC, 'README.md': '---\nlicense: mit\n---\n# m\n', ...WEIGHTS } });
    const { run, codes, fix } = await checkJson(target);
    expect(run.code).toBe(1);
    expect(codes).toContain('LICENCE_MISMATCH');
    expect(fix('LICENCE_MISMATCH')).toBe(
      'README.md front matter says `license: mit` but LICENSE is CC-BY-NC-4.0 — make them name the same licence',
    );
    expect(fix('LICENCE_DENIED')).toContain('CC-BY-NC-4.0 is denied by msit-sovereign-ai-2025');
    expect(fix('LICENCE_NOT_APPROVED')).toContain('release the weights under an approved licence');
  });

  it('NO_WEIGHTS: not a release, exit 1', async () => {
    const { run, out, fix } = await checkJson(dir({ files: { LICENSE: MIT } }));
    expect(run.code).toBe(1);
    expect(out?.model.verdict).toBe('excluded');
    expect(fix('NO_WEIGHTS')).toMatch(/^no weight files: this repository would not count as a release — /);
  });

  it('LICENCE_MISSING', async () => {
    const { run, fix } = await checkJson(dir({ files: { 'README.md': '# m\n', ...WEIGHTS } }));
    expect(run.code).toBe(1);
    expect(fix('LICENCE_MISSING')).toMatch(/add a LICENSE file with the full licence text/);
  });

  it('LICENCE_UNREADABLE: a LICENSE symlinked out of the directory is refused; unknown, exit 3', async () => {
    const outside = join(tempDir(), 'elsewhere.txt');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(outside, MIT);
    const { run, out, fix } = await checkJson(dir({ files: WEIGHTS, symlinks: { LICENSE: outside } }));
    expect(run.code).toBe(3);
    expect(out?.model.verdict).toBe('unknown');
    expect(fix('LICENCE_UNREADABLE')).toBe(
      'LICENSE could not be read (refused: a symlink to a path outside the repository) — make LICENSE a regular file inside the repository holding the licence text',
    );
  });

  it('LICENCE_UNIDENTIFIED: a custom text is never approved; unknown, exit 3', async () => {
    const text =
      'The Example Licence\n\nUse these weights as the Example team sees fit, on terms it sends on request.\n';
    const { run, fix } = await checkJson(dir({ files: { LICENSE: text, ...WEIGHTS } }));
    expect(run.code).toBe(3);
    expect(fix('LICENCE_UNIDENTIFIED')).toMatch(
      /^LICENSE matches no known licence.* — use the licence's standard text/,
    );
  });

  it('a relative directory resolves against the working directory', async () => {
    const target = dir({ files: { LICENSE: MIT, ...WEIGHTS } });
    const { run } = await checkJson('repo', {}, join(target, '..'));
    expect(run.code).toBe(0);
  });
});

describe('openquota check on registries', () => {
  it('a Hub repo id: the EXAONE licence forbids commercial use', async () => {
    const { run, codes, fix } = await checkJson('LGAI-EXAONE/EXAONE-4.0-32B');
    expect(run.code).toBe(1);
    expect(codes).toContain('LICENCE_NON_COMMERCIAL');
    expect(fix('LICENCE_NON_COMMERCIAL')).toMatch(/forbids commercial use — an open licence must allow it/);
  });

  it('GATED_AUTO: counted as public, with a warning', async () => {
    const { codes } = await checkJson('example-k-ai-team/gated-auto-apache-3b');
    expect(codes).toContain('GATED_AUTO');
  });

  it('NOT_PUBLIC: a private GitHub repository seen with a token', async () => {
    const { run, fix } = await checkJson('github:example-k-ai-team/private-weights', { GITHUB_TOKEN: TOKEN });
    expect(run.code).toBe(1);
    expect(fix('NOT_PUBLIC')).toBe(
      'the release is private — make it public (no manual gating) so it can be reached without credentials',
    );
    expect(run.stdout).not.toContain(TOKEN);
  });

  it('a git URL is cloned and judged', async () => {
    const repo = makeRepo({ files: { LICENSE: MIT, ...WEIGHTS } });
    const { run, out } = await checkJson(repo.url);
    expect(run.code).toBe(0);
    expect(out?.model.licence.expression).toBe('MIT');
  });

  it('SOURCE_FAILED: a URL starting with "-" is refused before git runs; exit 3', async () => {
    const run = await runCli(
      ['check', '--format', 'json', '--', '--upload-pack=touch /tmp/openquota-pwned'],
      {},
    );
    expect(run.code).toBe(3);
    const out = JSON.parse(run.stdout) as CheckJson;
    expect(out.model.reasons[0]).toMatchObject({ code: 'SOURCE_FAILED' });
    expect(out.fixes[0]).toMatch(/would be read by git as an option/);
  });
});

describe('openquota check usage', () => {
  it.each([
    [['check'], /give exactly one target/],
    [['check', '.', '--format', 'sarif'], /unknown format "sarif"/],
    [['check', 'not a target'], /is not a directory, a Hub id/],
    [['check', '.', '--bogus'], /unknown option --bogus/],
  ])('%j is a usage error (exit 2)', async (argv, message) => {
    const run = await runCli(argv, { cwd: tempDir() });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });
});
