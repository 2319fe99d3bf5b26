import { writeFileSync } from 'node:fs';
import { createServer as createTcpServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createBudget, defaultDeadlineMs } from '../../src/sources/budget.js';
import { createGitSource } from '../../src/sources/git.js';
import type { Report } from '../../src/types.js';
import { runCli, tempDir } from '../support/cli.js';
import { startHubServer } from '../support/hub-server.js';
import { runFaulted } from './harness.js';
import { HUB_MODEL } from './table.js';

const EVERYTHING = /./;
const ISO = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/;

describe('the budget', () => {
  it('expires at its deadline, refuses hosts limited past it, and says when to retry', () => {
    let now = 1_000_000;
    const budget = createBudget({ now: () => now });
    expect(budget.remainingMs()).toBe(Number.POSITIVE_INFINITY);
    budget.setDeadline(now + 60_000);
    expect(budget.expired()).toBeUndefined();
    budget.limitHost('http://hub.test/api/models', now + 10_000);
    // A 10 s wait fits under a 60 s wait cap and before the deadline: not refused.
    expect(budget.refusal('http://hub.test/x', 60_000)).toBeUndefined();
    // Past the wait cap: refused, naming the reset.
    expect(budget.refusal('http://hub.test/x', 5_000)).toMatchObject({
      code: 'RATE_LIMITED',
      message: expect.stringMatching(/hub\.test rate-limits this client until .*retry after/),
    });
    budget.limitHost('http://hub.test/', now + 3_600_000);
    expect(budget.refusal('http://hub.test/x', Number.POSITIVE_INFINITY)?.message).toMatch(
      /after the scan's deadline/,
    );
    expect(budget.refusal('http://other.test/x', 1)).toBeUndefined();
    now += 60_000;
    expect(budget.expired()).toMatchObject({ code: 'DEADLINE', message: expect.stringMatching(ISO) });
    expect(budget.signal.aborted).toBe(true);
    expect(budget.refusal('http://other.test/x', 1)?.code).toBe('DEADLINE');
    budget.dispose();
  });

  it('defaults to 10 minutes plus 5 per thousand releases', () => {
    expect(defaultDeadlineMs(0)).toBe(600_000);
    expect(defaultDeadlineMs(1000)).toBe(900_000);
    expect(defaultDeadlineMs(200)).toBe(660_000);
  });
});

describe('a scan-wide deadline, with real waits', () => {
  it('an hour-long rate limit (RateLimit r=0;t=3600) ends at once: the release unknown, saying when to retry', async () => {
    const run = await runFaulted({
      team: { models: [HUB_MODEL] },
      hub: [{ match: EVERYTHING, fault: { kind: 'rate-limit', form: 'ratelimit', seconds: 3600 } }],
      realSleep: true,
      deadlineMs: 3000,
    });
    expect(run.ms).toBeLessThan(3000);
    const model = run.report.teams[0]!.models[0]!;
    expect(model.verdict).toBe('unknown');
    const failure = run.evidence[0]!.facts.failure!;
    expect(failure.code).toBe('RATE_LIMITED');
    expect(failure.message).toMatch(new RegExp(`retry after ${ISO.source}`));
  });

  it('a short window that resets after the deadline is not waited for either', async () => {
    const run = await runFaulted({
      team: { models: [HUB_MODEL] },
      hub: [{ match: EVERYTHING, fault: { kind: 'rate-limit', form: 'retry-after', seconds: 5 } }],
      realSleep: true,
      deadlineMs: 1500,
    });
    expect(run.ms).toBeLessThan(1500);
    expect(run.evidence[0]!.facts.failure?.code).toBe('RATE_LIMITED');
  });

  it('a hung Hub (30 s timeout) is cut at the deadline: in-flight and later releases are DEADLINE, the report written', async () => {
    const models = ['open-apache-7b', 'open-mit-1b', 'nc-research-2b'].map((n) => `example-k-ai-team/${n}`);
    const run = await runFaulted({
      team: { models },
      hub: [{ match: EVERYTHING, fault: { kind: 'hang' } }],
      realSleep: true,
      timeoutMs: 30_000,
      deadlineMs: 1200,
    });
    expect(run.ms).toBeLessThan(5000);
    expect(run.report.teams[0]!.status).toBe('incomplete');
    for (const e of run.evidence) {
      expect(e.facts.failure?.code).toBe('DEADLINE');
      expect(e.facts.failure?.message).toMatch(/deadline .* passed .* run the scan again/);
    }
    expect(run.report.teams[0]!.models.every((m) => m.verdict === 'unknown')).toBe(true);
  });

  it('GitHub primary limit an hour away: not waited for, the host not asked again', async () => {
    const run = await runFaulted({
      team: { github: ['example-k-ai-team'] },
      github: [
        {
          match: /\/repos\//,
          fault: { kind: 'rate-limit', form: 'github-reset', seconds: 3600, status: 403 },
        },
      ],
      realSleep: true,
      deadlineMs: 5000,
    });
    expect(run.ms).toBeLessThan(5000);
    const failures = run.evidence.map((e) => e.facts.failure);
    expect(failures.every((f) => f?.code === 'RATE_LIMITED')).toBe(true);
    expect(failures.some((f) => /retry after/.test(f?.message ?? ''))).toBe(true);
  });

  it('a git clone still running at the deadline is killed: DEADLINE', async () => {
    // A TLS server that never answers: git waits on the handshake until it is killed.
    const silent = createTcpServer(() => {});
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as { port: number }).port;
    const budget = createBudget();
    budget.setDeadline(Date.now() + 700);
    const git = createGitSource({
      pickFiles: () => [],
      env: { PATH: process.env.PATH, HOME: tempDir() },
      timeoutMs: 30_000,
      stop: budget.signal,
    });
    const started = Date.now();
    const evidence = await git.inspect({
      source: 'git',
      id: `https://127.0.0.1:${port}/r.git`,
      team: 't',
      declared: true,
      origin: 'models',
      listing: `https://user:SECRET-pw@127.0.0.1:${port}/r.git`,
    });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(evidence.facts.failure?.code).toBe('DEADLINE');
    expect(JSON.stringify(evidence)).not.toContain('SECRET-pw');
    silent.close();
  });
});

describe('--deadline and --cache-max-mb on the command line', () => {
  it('scan --deadline 1s against a hung Hub writes its report and exits 3', async () => {
    const hub = await startHubServer({ plan: [{ match: EVERYTHING, fault: { kind: 'hang' } }] });
    try {
      const dir = tempDir();
      const file = join(dir, 'openquota.yml');
      writeFileSync(file, `programme: T\nteams:\n  - id: t\n    name: T\n    models: [${HUB_MODEL}]\n`);
      const started = Date.now();
      const run = await runCli(
        [
          'scan',
          '--config',
          file,
          '--format',
          'json',
          '--deadline',
          '1s',
          '--no-cache',
          '--output',
          join(dir, 'r.json'),
        ],
        { env: { HF_ENDPOINT: hub.url } },
      );
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(run.code).toBe(3);
      const report = JSON.parse(run.stdout) as Report;
      expect(report.teams[0]!.models[0]!.verdict).toBe('unknown');
      expect(JSON.stringify(report)).toMatch(/DEADLINE/);
    } finally {
      await hub.close();
    }
  });

  it('a bad duration or cap is exit 2 naming the flag, before any request', async () => {
    const bad = await runCli(['scan', '--config', 'nope.yml', '--deadline', 'soon']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--deadline: "soon" is not a duration/);
    const cap = await runCli(['scan', '--config', 'nope.yml', '--cache-max-mb', '0']);
    expect(cap.code).toBe(2);
    expect(cap.stderr).toMatch(/--cache-max-mb/);
    const check = await runCli(['check', HUB_MODEL, '--deadline', '0s']);
    expect(check.code).toBe(2);
    expect(check.stderr).toMatch(/--deadline/);
  });
});

describe('scan() arms the deadline', () => {
  async function fakeScan(
    budget: ReturnType<typeof createBudget>,
    deadlineMs?: number,
    onInspect?: () => void,
  ) {
    const { scan } = await import('../../src/scan.js');
    const { loadPolicy } = await import('../../src/policy/load.js');
    const { defaultEngine } = await import('../../src/detect/engine.js');
    const { hubEvidence } = await import('../support/evidence.js');
    const ids = ['o/a', 'o/b', 'o/c'];
    const source = {
      kind: 'huggingface' as const,
      claims: () => true,
      discover: async () => ({
        releases: ids.map((id) => ({
          source: 'huggingface' as const,
          id,
          team: 't',
          declared: true,
          origin: 'models',
        })),
        failures: [],
      }),
      inspect: async (release: { id: string }) => {
        onInspect?.();
        return { ...hubEvidence(release.id), team: 't' };
      },
      stats: () => ({ api: 0, files: 0, retries: 0, notModified: 0, cacheHits: 0 }),
    };
    const team = { id: 't', name: 'T', huggingface: [], github: [], git: [], models: ids, exclude: [] };
    return scan({
      programme: {
        file: 'p.yml',
        text: '',
        sha256: '',
        programme: { programme: 'P', policy: 'x', teams: [team] },
      } as never,
      policy: await loadPolicy('msit-sovereign-ai-2025'),
      sources: [source],
      engine: defaultEngine(),
      budget,
      concurrency: 1,
      ...(deadlineMs !== undefined ? { deadlineMs } : {}),
    });
  }

  it('by default: the base for discovery, then 10 minutes plus 5 per thousand releases from the start', async () => {
    const now = 5_000_000;
    const budget = createBudget({ now: () => now });
    await fakeScan(budget);
    expect(budget.deadline()).toBe(now + defaultDeadlineMs(3));
    const given = createBudget({ now: () => now });
    await fakeScan(given, 90_000);
    expect(given.deadline()).toBe(now + 90_000);
  });

  it('releases not begun when the deadline passes are not inspected: unknown, DEADLINE', async () => {
    let now = 5_000_000;
    const budget = createBudget({ now: () => now });
    let inspected = 0;
    // The first inspection uses up the whole budget.
    const result = await fakeScan(budget, 1000, () => {
      inspected++;
      now += 2000;
    });
    expect(inspected).toBe(1);
    const stopped = result.evidence.filter((e) => e.facts.failure?.code === 'DEADLINE');
    expect(stopped.map((e) => e.facts.id)).toEqual(['o/b', 'o/c']);
    const verdicts = result.report.teams[0]!.models.map((m) => [m.id, m.verdict]);
    expect(verdicts.filter(([, v]) => v === 'unknown').map(([id]) => id)).toEqual(['o/b', 'o/c']);
  });
});
