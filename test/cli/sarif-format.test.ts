import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { problemsIn, runCli, tempDir } from '../support/cli.js';
import { type HubServer, startHubServer } from '../support/hub-server.js';

const PROGRAMME = 'test/fixtures/action/openquota.yml';

interface Sarif {
  version: string;
  runs: {
    results: {
      locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[];
    }[];
  }[];
}
const lines = (s: Sarif) => s.runs[0]!.results.map((r) => r.locations[0]!.physicalLocation.region.startLine);

let hub: HubServer;
beforeAll(async () => {
  hub = await startHubServer();
});
afterAll(async () => {
  await hub.close();
});

describe('--format sarif on scan, evaluate and render', () => {
  it('scan, evaluate and render point at programme-file lines; render falls back to line 1 without the file', async () => {
    const dir = tempDir();
    const scan = await runCli(
      [
        'scan',
        '--config',
        PROGRAMME,
        '--format',
        'sarif',
        '--json',
        join(dir, 'r.json'),
        '--save-evidence',
        join(dir, 'ev'),
      ],
      { env: { HF_ENDPOINT: hub.url } },
    );
    expect(problemsIn(scan.stderr)).toBe('');
    const fromScan = JSON.parse(scan.stdout) as Sarif;
    expect(fromScan.version).toBe('2.1.0');
    expect(fromScan.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe(PROGRAMME);
    expect(lines(fromScan).every((l) => l > 1)).toBe(true);

    const evaluate = await runCli(['evaluate', join(dir, 'ev'), '--format', 'sarif']);
    expect(JSON.parse(evaluate.stdout)).toEqual(fromScan);

    // An archived report carries no programme text: results keep their file, at its first line.
    // The report names its programme file; here it is present and unchanged, so render finds the lines.
    const render = await runCli(['render', join(dir, 'r.json'), '--format', 'sarif']);
    expect(render.code).toBe(0);
    expect(lines(JSON.parse(render.stdout) as Sarif)).toEqual(lines(fromScan));
    // Elsewhere (an archived report on its own) every result falls back to line 1.
    const archived = await runCli(['render', join(dir, 'r.json'), '--format', 'sarif'], { cwd: dir });
    const fromArchive = JSON.parse(archived.stdout) as Sarif;
    expect(fromArchive.runs[0]!.results).toHaveLength(fromScan.runs[0]!.results.length);
    expect(new Set(lines(fromArchive))).toEqual(new Set([1]));
  });
});
