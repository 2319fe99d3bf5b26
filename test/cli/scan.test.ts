import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/types.js';
import { filesContaining, problemsIn, runCli, tempDir } from '../support/cli.js';
import { type GitHubServer, startGitHubServer } from '../support/github-server.js';
import { type HubServer, startHubServer } from '../support/hub-server.js';

const EXAMPLE = 'examples/sovereign-ai-2025/openquota.yml';
const TOKEN = 'hf_TESTtokenDoNotLeak1234567890';

let hub: HubServer;
// The example names GitHub orgs too: they are read from the loopback GitHub.
let github: GitHubServer;
beforeAll(async () => {
  hub = await startHubServer({ pageSize: 4, tokens: [TOKEN] });
  github = await startGitHubServer();
});
afterAll(async () => {
  await hub.close();
  await github.close();
});

function programme(dir: string, body: string): string {
  const file = join(dir, 'openquota.yml');
  writeFileSync(file, body);
  return file;
}

describe('openquota scan against the loopback Hub', () => {
  it('scans the five teams: JSON report, verdicts per world model, exit code from the statuses', async () => {
    const dir = tempDir();
    const githubBefore = github.requests.length;
    const run = await runCli(
      ['scan', '--config', EXAMPLE, '--format', 'json', '--json', join(dir, 'r.json')],
      {
        env: { HF_ENDPOINT: hub.url, GITHUB_API_URL: github.url },
      },
    );
    expect(problemsIn(run.stderr)).toBe('');
    const report = JSON.parse(run.stdout) as Report;
    expect(JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'))).toEqual(report);
    expect(report.schema).toBe('openquota/report@1');
    expect(report.teams.map((t) => t.id)).toEqual([
      'lg-ai-research',
      'naver-cloud',
      'sk-telecom',
      'upstage',
      'nc-ai',
    ]);
    const model = (id: string) => report.teams.flatMap((t) => t.models).find((m) => m.id === id);
    expect(model('LGAI-EXAONE/EXAONE-4.0-32B')).toMatchObject({
      verdict: 'non-compliant',
      availability: 'public',
      licence: { detected: 'LicenseRef-exaone-1.2-nc', approved: false },
    });
    expect(model('LGAI-EXAONE/EXAONE-4.0-32B-GGUF')?.verdict).toBe('excluded');
    // A.X 4.0 is built on Qwen2.5-72B, whose Qwen licence binds derivatives: its Apache-2.0 card
    // does not lift it (issue 11).
    expect(model('skt/A.X-4.0')?.verdict).toBe('non-compliant');
    expect(model('skt/A.X-4.0')?.reasons.map((r) => r.code)).toEqual(
      expect.arrayContaining(['THIRD_PARTY_BASE', 'LICENCE_INHERITED']),
    );
    const status = Object.fromEntries(report.teams.map((t) => [t.id, t.status]));
    expect(status['lg-ai-research']).toBe('fail');
    expect(status['sk-telecom']).toBe('pass');
    expect(run.code).toBe(1);
    // Budget: listings carry every field, so /api calls stay near one per page of each author.
    // (`requests.api` counts GitHub API requests too: about five per repository.)
    const githubRequests = github.requests.length - githubBefore;
    expect(report.requests!.api - githubRequests).toBeLessThan(40);
  });

  it('--team limits the scan', async () => {
    const run = await runCli(['scan', '--config', EXAMPLE, '--team', 'sk-telecom', '--format', 'json'], {
      env: { HF_ENDPOINT: hub.url, GITHUB_API_URL: github.url },
    });
    const report = JSON.parse(run.stdout) as Report;
    expect(report.teams.map((t) => t.id)).toEqual(['sk-telecom']);
    expect(run.code).toBe(0);
  });

  it('an unknown --team is a usage error listing the teams', async () => {
    const run = await runCli(['scan', '--config', EXAMPLE, '--team', 'kakao'], {
      env: { HF_ENDPOINT: hub.url, GITHUB_API_URL: github.url },
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no team "kakao".*lg-ai-research/s);
  });

  it('a malformed programme file: every problem reported together, exit 2', async () => {
    const dir = tempDir();
    const file = programme(
      dir,
      'programme: X\nteams:\n  - id: Bad Id\n    name: A\n    hugginface: [x]\n  - id: b\n    name: B\n    huggingface: x\n',
    );
    const run = await runCli(['scan', '--config', file], {
      env: { HF_ENDPOINT: hub.url, GITHUB_API_URL: github.url },
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/3 problems to fix/);
    expect(run.stderr).toMatch(/openquota\.yml:3: teams\[0\]\.id/);
    expect(run.stderr).toMatch(
      /teams\[0\]\.hugginface: unknown key "hugginface"\n\s+fix: did you mean "huggingface"\?/,
    );
    expect(run.stderr).toMatch(/teams\[1\]\.huggingface: expected array, got string/);
  });

  it('an unknown policy name: exit 2 with the presets', async () => {
    const run = await runCli(['scan', '--config', EXAMPLE, '--policy', 'msit-2024'], {
      env: { HF_ENDPOINT: hub.url, GITHUB_API_URL: github.url },
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/unknown policy "msit-2024"[\s\S]*msit-sovereign-ai-2025, osi-strict/);
  });

  it('a passing programme exits 0', async () => {
    const dir = tempDir();
    const file = programme(
      dir,
      'programme: T\nteams:\n  - id: open\n    name: Open\n    models: [example-k-ai-team/open-apache-7b, example-k-ai-team/open-mit-1b, example-k-ai-team/nc-research-2b]\n',
    );
    const run = await runCli(['scan', '--config', file, '--format', 'json'], {
      env: { HF_ENDPOINT: hub.url, GITHUB_API_URL: github.url },
    });
    const report = JSON.parse(run.stdout) as Report;
    expect(report.teams[0]).toMatchObject({ status: 'pass', counted: 3, compliant: 2 });
    expect(run.code).toBe(0);
  });
});

describe('when every request fails', () => {
  it('reports unknown / incomplete and exits 3, never 0', async () => {
    const broken = await startHubServer({ failAll: 503 });
    try {
      const run = await runCli(['scan', '--config', EXAMPLE, '--format', 'json', '--timeout', '2'], {
        env: { HF_ENDPOINT: broken.url, GITHUB_API_URL: broken.url },
      });
      const report = JSON.parse(run.stdout) as Report;
      expect(run.code).toBe(3);
      expect(report.status).toBe('incomplete');
      for (const team of report.teams) {
        expect(team.status).toBe('incomplete');
        for (const m of team.models) expect(m.verdict).toBe('unknown');
      }
    } finally {
      await broken.close();
    }
  }, 60_000);
});

describe('evidence bundles', () => {
  it('--save-evidence then evaluate gives the same report, offline', async () => {
    const dir = tempDir();
    const scanned = await runCli(
      ['scan', '--config', EXAMPLE, '--format', 'json', '--save-evidence', join(dir, 'evidence')],
      { env: { HF_ENDPOINT: hub.url, GITHUB_API_URL: github.url, HF_TOKEN: TOKEN } },
    );
    const again = await runCli(['evaluate', join(dir, 'evidence'), '--format', 'json'], { env: {} });
    expect(again.code).toBe(scanned.code);
    expect(JSON.parse(again.stdout)).toEqual(JSON.parse(scanned.stdout));
    // The token is never written anywhere, nor printed.
    expect(filesContaining(dir, TOKEN)).toEqual([]);
    expect(scanned.stdout + scanned.stderr).not.toContain(TOKEN);
  });

  it('evaluate --policy answers "what if" with another policy', async () => {
    const dir = tempDir();
    await runCli(['scan', '--config', EXAMPLE, '--save-evidence', join(dir, 'ev'), '--format', 'json'], {
      env: { HF_ENDPOINT: hub.url, GITHUB_API_URL: github.url },
    });
    const strict = await runCli(['evaluate', join(dir, 'ev'), '--policy', 'osi-strict', '--format', 'json']);
    expect((JSON.parse(strict.stdout) as Report).policy.id).toBe('osi-strict');
  });

  it('a failed run leaves an earlier bundle untouched', async () => {
    const dir = tempDir();
    const target = join(dir, 'ev');
    await runCli(
      ['scan', '--config', EXAMPLE, '--team', 'upstage', '--save-evidence', target, '--format', 'json'],
      {
        env: { HF_ENDPOINT: hub.url, GITHUB_API_URL: github.url },
      },
    );
    const before = readFileSync(join(target, 'bundle.json'), 'utf8');
    const bad = await runCli(['scan', '--config', join(dir, 'missing.yml'), '--save-evidence', target]);
    expect(bad.code).toBe(2);
    expect(existsSync(join(target, 'bundle.json'))).toBe(true);
    expect(readFileSync(join(target, 'bundle.json'), 'utf8')).toBe(before);
  });
});

describe('credential notices', () => {
  it('says what an anonymous scan cannot see, and nothing once tokens are set', async () => {
    const anonymous = await runCli(
      ['scan', '--config', EXAMPLE, '--team', 'sk-telecom', '--format', 'json'],
      {
        env: { HF_ENDPOINT: hub.url, GITHUB_API_URL: github.url },
      },
    );
    expect(anonymous.stderr).toMatch(
      /^note: HF_TOKEN is not set: Hub listings show public repositories only/m,
    );
    expect(anonymous.stderr).toMatch(/^note: GITHUB_TOKEN is not set/m);
    const withTokens = await runCli(
      ['scan', '--config', EXAMPLE, '--team', 'sk-telecom', '--format', 'json'],
      {
        env: { HF_ENDPOINT: hub.url, HF_TOKEN: TOKEN, GITHUB_API_URL: github.url, GITHUB_TOKEN: 'ghp_test' },
      },
    );
    expect(withTokens.stderr).toBe('');
  });
});
