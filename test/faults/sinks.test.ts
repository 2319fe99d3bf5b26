/**
 * No secret reaches any sink, with upstreams that echo credentials in error bodies and headers,
 * in 200 bodies, and in redirect URLs, and a programme whose git URL carries a password: the JSON
 * report file, the evidence bundle, every --format on stdout, stderr, `check`'s header and JSON,
 * and the Action's report, SARIF, annotations (`::warning`/`::error` lines), log and summary.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ActionIO, run as runAction } from '../../src/action/main.js';
import { FORMATS } from '../../src/options.js';
import { filesContaining, runCli, tempDir } from '../support/cli.js';
import { type GitHubServer, startGitHubServer } from '../support/github-server.js';
import { type HubServer, startHubServer } from '../support/hub-server.js';
import { GITHUB_TOKEN, HF_TOKEN } from './harness.js';
import { GITHUB_REPO } from './table.js';

const GIT_PASSWORD = 'GitPassw0rd-do-not-print';
const GIT_URL = `https://oq-user:${GIT_PASSWORD}@127.0.0.1:9/team/model.git`;
const SECRETS = [HF_TOKEN, GITHUB_TOKEN, GIT_PASSWORD];
const DECLARED = 'LGAI-EXAONE/EXAONE-4.0-32B';

let hub: HubServer;
let github: GitHubServer;
let dir: string;
let config: string;
let env: Record<string, string | undefined>;

beforeAll(async () => {
  hub = await startHubServer({
    tokens: [HF_TOKEN],
    plan: [
      { match: '/api/models', fault: { kind: 'echo-200' } },
      { match: `/api/models/${DECLARED}`, fault: { kind: 'echo-error', status: 403 } },
      { match: /open-apache-7b\/resolve\//, fault: { kind: 'echo-redirect' } },
      { match: /open-mit-1b\/resolve\//, fault: { kind: 'echo-error', status: 403 } },
    ],
  });
  github = await startGitHubServer({
    tokens: [GITHUB_TOKEN],
    plan: [
      { match: `/repos/${GITHUB_REPO}/license`, fault: { kind: 'echo-error', status: 403 } },
      { match: `/repos/${GITHUB_REPO}/readme`, fault: { kind: 'echo-redirect' } },
      { match: /\/releases(\?|$)/, fault: { kind: 'echo-200' } },
    ],
  });
  dir = tempDir('openquota-sinks-');
  config = join(dir, 'openquota.yml');
  writeFileSync(
    config,
    `programme: Sinks\npolicy: msit-sovereign-ai-2025\nteams:\n  - id: t\n    name: T\n` +
      `    huggingface: [example-k-ai-team]\n    github: [example-k-ai-team]\n` +
      `    git: ["${GIT_URL}"]\n    models: [${DECLARED}]\n`,
  );
  env = {
    HF_ENDPOINT: hub.url,
    HF_TOKEN,
    GITHUB_API_URL: github.url,
    GITHUB_TOKEN,
    PATH: process.env.PATH,
    HOME: dir,
  };
});
afterAll(async () => {
  await hub.close();
  await github.close();
});

/** The secrets a text holds, named by their first characters (the test output must not leak them either). */
function leaks(text: string): string[] {
  return SECRETS.filter((s) => text.includes(s) || text.includes(encodeURIComponent(s))).map(
    (s) => `${s.slice(0, 6)}…`,
  );
}

describe('no secret in any artefact when upstreams echo credentials', () => {
  it.each(FORMATS)(
    'scan --format %s: stdout, stderr, report.json and the evidence bundle',
    async (format) => {
      const out = join(dir, `out-${format}`);
      const run = await runCli(
        [
          'scan',
          '--config',
          config,
          '--format',
          format,
          '--no-cache',
          '--timeout',
          '2',
          '--output',
          `${out}.json`,
          '--save-evidence',
          `${out}-evidence`,
        ],
        { env },
      );
      expect(run.code, run.stderr).not.toBe(2);
      expect(run.stdout.length).toBeGreaterThan(100);
      expect(leaks(run.stdout)).toEqual([]);
      expect(leaks(run.stderr)).toEqual([]);
      expect(leaks(readFileSync(`${out}.json`, 'utf8'))).toEqual([]);
      for (const secret of SECRETS) expect(filesContaining(`${out}-evidence`, secret)).toEqual([]);
      // The echoes did reach the report, redacted: the failures are there, the secrets are not.
      if (format === 'json') expect(run.stdout).toMatch(/\*\*\*/);
    },
  );

  it('stderr: a message quoting a token (an unknown --team) is redacted', async () => {
    const run = await runCli(['scan', '--config', config, '--team', GITHUB_TOKEN], { env });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/no team/);
    expect(leaks(run.stderr)).toEqual([]);
    const shaped = await runCli(['check', 'hf_AbCdEfGhIjKlMnOpQrStUvWxYz0123456789'], { env: {} });
    expect(shaped.stderr).not.toContain('AbCdEfGhIjKlMnOpQrStUvWxYz0123456789');
  });

  it('check https://user:SECRET@host/r.git: header, JSON target, id and origin carry the URL without it', async () => {
    for (const format of ['table', 'json']) {
      const run = await runCli(['check', GIT_URL, '--format', format, '--no-cache', '--timeout', '2'], {
        env,
      });
      expect(leaks(run.stdout + run.stderr)).toEqual([]);
      if (format === 'json') {
        const doc = JSON.parse(run.stdout) as { target: string; model: { id: string; origin?: string } };
        expect(doc.target).toBe('https://127.0.0.1:9/team/model.git');
        expect(doc.model.id).toBe('https://127.0.0.1:9/team/model.git');
      } else expect(run.stdout).toContain('openquota check https://127.0.0.1:9/team/model.git');
    }
  });

  it('the Action: report, SARIF, ::warning/::error lines, log, summary and failure message', async () => {
    const lines: string[] = [];
    let summary = '';
    const inputs: Record<string, string> = {
      config: 'openquota.yml',
      report: 'report.json',
      sarif: 'report.sarif',
      'hf-token': HF_TOKEN,
      'github-token': GITHUB_TOKEN,
      'fail-on': 'never',
    };
    const io: ActionIO = {
      getInput: (name) => inputs[name] ?? '',
      setOutput: (name, value) => lines.push(`output ${name}=${value}`),
      setSecret: () => {},
      setFailed: (message) => lines.push(`::error::${message}`),
      // As @actions/core prints an annotation: `::warning title=…,file=…,line=…::message`.
      annotate: (level, message, properties) =>
        lines.push(
          `::${level} ${Object.entries(properties)
            .map(([k, v]) => `${k}=${v}`)
            .join(',')}::${message}`,
        ),
      info: (message) => lines.push(message),
      appendSummary: async (markdown) => {
        summary += markdown;
      },
      env: { ...env, HF_TOKEN: undefined, GITHUB_TOKEN: undefined, GITHUB_WORKSPACE: dir },
      cwd: dir,
    };
    await runAction(io);
    expect(lines.some((l) => /^::(warning|error) /.test(l))).toBe(true);
    expect(lines.filter((l) => l.startsWith('::error::'))).toEqual([]);
    expect(leaks(lines.join('\n'))).toEqual([]);
    expect(leaks(summary)).toEqual([]);
    expect(leaks(readFileSync(join(dir, 'report.json'), 'utf8'))).toEqual([]);
    expect(leaks(readFileSync(join(dir, 'report.sarif'), 'utf8'))).toEqual([]);
  });

  it('the upstreams really echoed them (the tests above test something)', () => {
    expect(hub.plan.hits.map((n) => n > 0)).toEqual([true, true, true, true]);
    expect(github.plan.hits.map((n) => n > 0)).toEqual([true, true, true]);
  });
});
