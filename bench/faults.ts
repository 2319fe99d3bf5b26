/**
 * How long one `openquota check` of a Hub model takes when the Hub misbehaves: every request
 * answered 429 with `RateLimit: "api";r=0;t=3600` (an hour-long window), only the file resolver
 * rate-limited, or every request hanging. Prints the wall time and the verdict; run it on two
 * checkouts to compare (`node --import tsx bench/faults.ts [case] [-- extra check flags]`).
 * Cases: rate-all, rate-files, hang (default: all three).
 *
 * Measured (2 shared cores), before the scan-wide budget -> after:
 *   rate-all    240.2 s unknown            -> 0.1 s unknown (RATE_LIMITED, "retry after <time>")
 *   rate-files  240.2 s compliant (!)      -> 0.1 s unknown (the LICENSE was never read)
 *   hang        158.3 s unknown            -> 61.0 s unknown (one retry per timeout); 20.1 s with --deadline 20s
 */
import { runCli } from '../test/support/cli.js';
import { type HubServerOptions, startHubServer } from '../test/support/hub-server.js';

const MODEL = 'example-k-ai-team/open-apache-7b';
const FOREVER = 1_000_000;

const CASES: Record<string, HubServerOptions> = {
  'rate-all': { faults: [{ match: /./, status: 429, count: FOREVER, resetSeconds: 3600 }] },
  'rate-files': { faults: [{ match: /\/resolve\//, status: 429, count: FOREVER, resetSeconds: 3600 }] },
  hang: { hang: [/./] },
};

const dash = process.argv.indexOf('--');
const extra = dash >= 0 ? process.argv.slice(dash + 1) : [];
const names = (dash >= 0 ? process.argv.slice(2, dash) : process.argv.slice(2)).filter(Boolean);

for (const name of names.length ? names : Object.keys(CASES)) {
  const server = await startHubServer(CASES[name]);
  const started = performance.now();
  const run = await runCli(['check', MODEL, '--format', 'json', '--no-cache', ...extra], {
    env: { HF_ENDPOINT: server.url, GITHUB_API_URL: 'http://127.0.0.1:9', PATH: process.env.PATH },
  });
  const seconds = (performance.now() - started) / 1000;
  let verdict = 'no JSON';
  try {
    const doc = JSON.parse(run.stdout) as { model: { verdict: string; reasons: { code: string }[] } };
    verdict = `${doc.model.verdict} (${doc.model.reasons.map((r) => r.code).join(', ')})`;
  } catch {
    verdict = run.stderr.split('\n')[0] ?? '';
  }
  console.log(
    `${name.padEnd(10)} ${seconds.toFixed(1).padStart(7)} s  exit ${run.code}  requests ${server.requests.length}  ${verdict}`,
  );
  await server.close();
}
