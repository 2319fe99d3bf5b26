// A registry that refuses connections is named, with its host and the cause, in the table a
// reviewer reads, not only in the JSON.
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/types.js';
import { runCli, tempDir } from '../support/cli.js';

/** A loopback port nothing listens on: bound, then closed, so connecting is refused (ECONNREFUSED). */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as { port: number };
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

describe('a registry that refuses connections', () => {
  it('is named with host and cause in the table, verbose or not, and in the JSON; exit 3', async () => {
    const port = await closedPort();
    const dir = tempDir();
    const file = join(dir, 'openquota.yml');
    writeFileSync(
      file,
      'programme: T\nteams:\n  - id: a\n    name: Team A\n    huggingface: [someorg]\n    models: [someorg/declared-1]\n',
    );
    const env = { HF_ENDPOINT: `http://127.0.0.1:${port}`, GITHUB_API_URL: `http://127.0.0.1:${port}` };
    const host = `127.0.0.1:${port}`;
    const esc = host.replace(/\./g, '\\.');
    // One scan (each refused request is retried with backoff): the verbose table on the terminal,
    // the JSON report beside it, then the short table rendered from that report.
    const run = await runCli(
      ['scan', '--config', file, '--timeout', '5', '--quiet', '--verbose', '--json', join(dir, 'r.json')],
      { env, tty: true },
    );
    expect(run.code).toBe(3);
    const short = await runCli(['render', join(dir, 'r.json')], { tty: true });
    for (const text of [run.stdout, short.stdout]) {
      const out = text.replace(/\u001b\[\d+m/g, '');
      expect(out).toContain('Registries that could not be asked:');
      expect(out).toMatch(
        new RegExp(
          `Team A: huggingface: someorg could not be listed — ${esc}: request failed: ECONNREFUSED\\s+\\(NETWORK_ERROR\\)`,
        ),
      );
      expect(out).toMatch(
        new RegExp(`Team A: 1 release could not be inspected — ${esc}: request failed:\\s+ECONNREFUSED`),
      );
    }
    expect(run.stdout).toMatch(new RegExp(`SOURCE_FAILED: ${esc}: request\\s+failed: ECONNREFUSED`));
    const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8')) as Report;
    expect(report.teams[0]!.failures[0]).toMatchObject({
      code: 'NETWORK_ERROR',
      message: 'request failed: ECONNREFUSED',
    });
    expect(report.teams[0]!.status).toBe('incomplete');
  }, 60_000);
});
