// Rebuilds examples/sovereign-ai-2025/evidence by scanning the offline world (test/fixtures/world)
// through the loopback Hub and GitHub servers, exactly as a real scan would run against them.
//
// The scan is told it talks to the public registries (HF_ENDPOINT=https://huggingface.co,
// GITHUB_API_URL=https://api.github.com), and a fetch that stands in for the network sends each of
// those requests to the loopback server instead (rewriting `Link` and `Location` back). So every URL
// the evidence and report record is the public one the loopback world stands in for, never
// `http://127.0.0.1:PORT/...` (which would be a dead link in a dashboard). Nothing leaves the machine:
// a request to any other host fails the build, and so does a loopback URL left in the output.
//
// Usage: npm run example [-- --out DIR]   (default examples/sovereign-ai-2025)
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { main } from '../src/cli/main.js';
import { startGitHubServer } from '../test/support/github-server.js';
import { startHubServer } from '../test/support/hub-server.js';

const PUBLIC_HUB = 'https://huggingface.co';
const PUBLIC_GITHUB_API = 'https://api.github.com';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const out = values.out ?? 'examples/sovereign-ai-2025';

/** A fetch that answers requests to the public registries from the loopback servers standing in for them. */
function standIn(routes: [publicBase: string, loopback: string][]): typeof fetch {
  const real = globalThis.fetch;
  const swap = (text: string, from: 0 | 1) =>
    routes.reduce((t, route) => t.split(route[from]).join(route[from === 0 ? 1 : 0]), text);
  return async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const route = routes.find(([publicBase]) => url === publicBase || url.startsWith(`${publicBase}/`));
    if (!route) throw new Error(`the example build asked for ${url}: only the stand-in registries answer`);
    const response = await real(route[1] + url.slice(route[0].length), init);
    const headers = new Headers(response.headers);
    for (const name of ['link', 'location']) {
      const value = headers.get(name);
      if (value) headers.set(name, swap(value, 1));
    }
    const body = [101, 204, 205, 304].includes(response.status) ? null : response.body;
    return new Response(body, { status: response.status, statusText: response.statusText, headers });
  };
}

/** Every file under `dir` that still names a loopback address. */
function loopbackLeft(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile() && /127\.0\.0\.1|localhost:\d/.test(readFileSync(f, 'utf8')));
}

const hub = await startHubServer();
const github = await startGitHubServer();
// A fresh cache: a cache of the real huggingface.co must never answer for the stand-in world.
const cache = mkdtempSync(join(tmpdir(), 'openquota-example-cache-'));
globalThis.fetch = standIn([
  [PUBLIC_HUB, hub.url],
  [PUBLIC_GITHUB_API, github.url],
]);
try {
  const code = await main(
    [
      'scan',
      '--config',
      'examples/sovereign-ai-2025/openquota.yml',
      '--save-evidence',
      join(out, 'evidence'),
      '--json',
      join(out, 'report.json'),
      '--format',
      'table',
      '--verbose',
    ],
    {
      stdout: (t) => process.stdout.write(t),
      stderr: (t) => process.stderr.write(t),
      env: { HF_ENDPOINT: PUBLIC_HUB, GITHUB_API_URL: PUBLIC_GITHUB_API, XDG_CACHE_HOME: cache },
      cwd: process.cwd(),
      stdoutIsTTY: false,
      stderrIsTTY: false,
    },
  );
  console.error(
    `scan exit code ${code}; Hub: ${hub.apiCalls()} /api calls, ${hub.requests.length} requests in all; ` +
      `GitHub: ${github.requests.length} requests`,
  );
  const left = loopbackLeft(out);
  if (left.length) {
    console.error(`loopback URLs left in ${left.length} files, e.g. ${left[0]}`);
    process.exitCode = 1;
  }
} finally {
  await hub.close();
  await github.close();
  rmSync(cache, { recursive: true, force: true });
}
