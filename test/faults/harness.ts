/**
 * One scan of a one-team programme against the loopback Hub and GitHub with a fault plan, through
 * the real createSources and scan() (short timeouts, a short deadline, injected sleeps), plus a
 * "CDN" on another port for cross-host redirects. Tokens are realistic fakes the servers accept,
 * so upstreams that echo credentials echo these.
 */

import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { loadProgramme } from '../../src/config/load.js';
import { defaultEngine } from '../../src/detect/engine.js';
import { loadPolicy } from '../../src/policy/load.js';
import { scan } from '../../src/scan.js';
import { createSources } from '../../src/sources/create.js';
import type { Evidence, Report } from '../../src/types.js';
import { tempDir } from '../support/cli.js';
import { EXEMPT, type PlannedFault } from '../support/fault-plan.js';
import { type GitHubServer, startGitHubServer } from '../support/github-server.js';
import { type HubServer, startHubServer } from '../support/hub-server.js';

/** A Hub token of the real shape (hf_ + 34), accepted by the loopback Hub. */
export const HF_TOKEN = 'hf_FaultSuiteToken0123456789abcdefghijk';
/** A GitHub token of the real shape (ghp_ + 36), accepted by the loopback GitHub. */
export const GITHUB_TOKEN = 'ghp_FaultSuiteToken0123456789abcdefghijkl';
/** Every secret no artefact may hold. */
export const SECRETS = [HF_TOKEN, GITHUB_TOKEN];

/** The team a path is exercised through (the programme's only team). */
export interface TeamSpec {
  huggingface?: string[];
  github?: string[];
  models?: string[];
}

/** What one faulted scan left. */
export interface FaultRun {
  report: Report;
  evidence: Evidence[];
  ms: number;
  /** Requests each planned fault struck (Hub plan, then GitHub plan). */
  hits: number;
  /** Authorization headers the other host (the CDN a redirect names) received. */
  cdnAuthorization: (string | undefined)[];
}

/** A loopback host on another port that answers as `origin` does, with its own credentials. */
async function startCdn(origin: () => string, token: string) {
  const seen: (string | undefined)[] = [];
  const server: Server = createServer(async (req, res) => {
    seen.push(req.headers.authorization);
    try {
      const answer = await fetch(`${origin()}${req.url}`, {
        headers: { authorization: `Bearer ${token}`, accept: req.headers.accept ?? '*/*', [EXEMPT]: '1' },
        redirect: 'manual',
      });
      const headers: Record<string, string> = {};
      answer.headers.forEach((v, k) => {
        if (!['content-length', 'content-encoding', 'transfer-encoding', 'connection'].includes(k))
          headers[k] = v;
      });
      res.writeHead(answer.status, headers);
      res.end(Buffer.from(await answer.arrayBuffer()));
    } catch {
      res.writeHead(502).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Options of one run. */
export interface RunOptions {
  team: TeamSpec;
  hub?: PlannedFault[];
  github?: PlannedFault[];
  /** Whole-scan deadline, ms (default 8 s). */
  deadlineMs?: number;
  /** Per-request timeout, ms (default 300). */
  timeoutMs?: number;
  /** Real sleeps instead of injected ones (the deadline tests). */
  realSleep?: boolean;
  /** Builds the plan once the CDN's origin is known (redirect faults). */
  plan?: (cdn: { hub: string; github: string }) => { hub?: PlannedFault[]; github?: PlannedFault[] };
}

/** Runs one scan under a fault plan; servers are closed afterwards. */
export async function runFaulted(options: RunOptions): Promise<FaultRun> {
  let hub: HubServer | undefined;
  let github: GitHubServer | undefined;
  const hubCdn = await startCdn(() => hub!.url, HF_TOKEN);
  const githubCdn = await startCdn(() => github!.url, GITHUB_TOKEN);
  const planned = options.plan?.({ hub: hubCdn.url, github: githubCdn.url }) ?? {};
  hub = await startHubServer({ tokens: [HF_TOKEN], pageSize: 4, plan: planned.hub ?? options.hub });
  github = await startGitHubServer({ tokens: [GITHUB_TOKEN], plan: planned.github ?? options.github });
  try {
    const dir = tempDir('openquota-faults-');
    const file = join(dir, 'openquota.yml');
    const list = (xs?: string[]) => `[${(xs ?? []).map((x) => JSON.stringify(x)).join(', ')}]`;
    writeFileSync(
      file,
      `programme: Faults\npolicy: msit-sovereign-ai-2025\nteams:\n  - id: t\n    name: T\n` +
        `    huggingface: ${list(options.team.huggingface)}\n    github: ${list(options.team.github)}\n` +
        `    models: ${list(options.team.models)}\n`,
    );
    const programme = await loadProgramme(file);
    const policy = await loadPolicy(programme.programme.policy, dir);
    const { sources, budget } = createSources(
      {
        HF_ENDPOINT: hub.url,
        HF_TOKEN,
        GITHUB_API_URL: github.url,
        GITHUB_TOKEN,
        PATH: process.env.PATH,
      },
      {
        timeoutMs: options.timeoutMs ?? 300,
        noCache: true,
        githubRetryAfterBaseValue: 1,
        retry: {
          retries: 2,
          baseDelayMs: 5,
          ...(options.realSleep ? {} : { sleep: async () => {} }),
        },
      },
    );
    const started = performance.now();
    const result = await scan({
      programme,
      policy,
      sources,
      engine: defaultEngine(),
      budget,
      deadlineMs: options.deadlineMs ?? 8000,
    });
    const ms = performance.now() - started;
    budget.dispose();
    return {
      report: result.report,
      evidence: result.evidence,
      ms,
      hits: [...hub.plan.hits, ...github.plan.hits].reduce((a, b) => a + b, 0),
      cdnAuthorization: [...hubCdn.seen, ...githubCdn.seen],
    };
  } finally {
    await hub.close();
    await github.close();
    await hubCdn.close();
    await githubCdn.close();
  }
}

/** Secrets found in a run's report and evidence (none, or the test fails naming them). */
export function leakedSecrets(run: FaultRun): string[] {
  const text = JSON.stringify({ report: run.report, evidence: run.evidence });
  return SECRETS.filter((s) => text.includes(s) || text.includes(encodeURIComponent(s)));
}
