import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeReports } from '../../src/report/merge.js';
import type { Report } from '../../src/types.js';
import { fixtureReport } from '../report/golden.js';
import { problemsIn, runCli, tempDir } from '../support/cli.js';
import { type HubServer, startHubServer } from '../support/hub-server.js';

const EXAMPLE = 'test/fixtures/action/openquota.yml';

let hub: HubServer;
let dir: string;
beforeAll(async () => {
  hub = await startHubServer();
  dir = tempDir();
});
afterAll(async () => {
  await hub.close();
});

async function scanTo(file: string, teams: string[]): Promise<Report> {
  const run = await runCli(
    [
      'scan',
      '--config',
      EXAMPLE,
      ...teams.flatMap((t) => ['--team', t]),
      '--format',
      'json',
      '--output',
      file,
    ],
    { env: { HF_ENDPOINT: hub.url } },
  );
  expect(problemsIn(run.stderr)).toBe('');
  return JSON.parse(run.stdout) as Report;
}

// Times of the run (generatedAt, each record's fetch time) and request counters differ between runs.
const comparable = ({ generatedAt: _g, requests: _r, ...rest }: Report) =>
  JSON.parse(JSON.stringify(rest).replace(/fetched \d{4}-[\d-]+T[\d:.]+Z/g, 'fetched <time>'));

describe('openquota merge', () => {
  it('two shards merged give the same report as one scan (but generatedAt and requests)', async () => {
    const whole = await scanTo(join(dir, 'whole.json'), []);
    // Shards given out of programme order: the merge restores it from the programme file.
    const a = await scanTo(join(dir, 'a.json'), ['upstage', 'lg-ai-research']);
    const b = await scanTo(join(dir, 'b.json'), ['nc-ai', 'sk-telecom', 'naver-cloud']);
    const run = await runCli([
      'merge',
      join(dir, 'b.json'),
      join(dir, 'a.json'),
      '--output',
      join(dir, 'm.json'),
    ]);
    expect(problemsIn(run.stderr)).toBe('');
    const merged = JSON.parse(readFileSync(join(dir, 'm.json'), 'utf8')) as Report;
    expect(JSON.parse(run.stdout)).toEqual(merged);
    expect(comparable(merged)).toEqual(comparable(whole));
    expect(merged.requests?.api).toBe((a.requests?.api ?? 0) + (b.requests?.api ?? 0));
    expect(run.code).toBe(whole.status === 'fail' ? 1 : whole.status === 'pass' ? 0 : 3);
  });

  it('--format sarif points at the programme file the reports name', async () => {
    const run = await runCli(['merge', join(dir, 'a.json'), join(dir, 'b.json'), '--format', 'sarif']);
    const sarif = JSON.parse(run.stdout);
    const lines = sarif.runs[0].results.map(
      (r: { locations: { physicalLocation: { region: { startLine: number } } }[] }) =>
        r.locations[0]!.physicalLocation.region.startLine,
    );
    expect(lines.some((l: number) => l > 1)).toBe(true);
  });

  it('refuses a team present twice, naming both files (exit 2)', async () => {
    const run = await runCli(['merge', join(dir, 'a.json'), join(dir, 'whole.json')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/whole\.json: teams: team "lg-ai-research" is also in .*a\.json/);
  });

  it('refuses reports made with another policy or programme file, naming the files', async () => {
    const other = JSON.parse(readFileSync(join(dir, 'b.json'), 'utf8')) as Report;
    other.policy.sha256 = 'f'.repeat(64);
    other.programme.sha256 = 'e'.repeat(64);
    writeFileSync(join(dir, 'other.json'), JSON.stringify(other));
    const run = await runCli(['merge', join(dir, 'a.json'), join(dir, 'other.json')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /other\.json: policy: made with policy msit-sovereign-ai-2025 .* but .*a\.json/,
    );
    expect(run.stderr).toMatch(/other\.json: programme\.sha256: made from another programme file/);
  });

  it('refuses a file that is not an openquota/report@1', async () => {
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ schema: 'openquota/report@1', teams: 'x' }));
    const run = await runCli(['merge', join(dir, 'a.json'), join(dir, 'bad.json')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/bad\.json/);
  });

  it('pure: input order without a programme (a subset named on purpose), overall status recomputed, commits that differ become null', () => {
    const r = fixtureReport('round-1');
    const part = (ids: string[], commit: string): Report => ({
      ...r,
      programme: { ...r.programme, commit },
      teams: r.teams.filter((t) => ids.includes(t.id)),
      status: 'pass',
    });
    const result = mergeReports(
      [
        { file: 'x.json', report: part(['sk-telecom'], 'c1') },
        { file: 'y.json', report: part(['lg-ai-research', 'kt'], 'c2') },
      ],
      { subset: ['sk-telecom', 'lg-ai-research', 'kt'] },
    );
    if (!('report' in result)) throw new Error('expected a report');
    expect(result.report.teams.map((t) => t.id)).toEqual(['sk-telecom', 'lg-ai-research', 'kt']);
    expect(result.report.status).toBe(
      r.teams.some((t) => ['lg-ai-research', 'kt', 'sk-telecom'].includes(t.id) && t.status === 'fail')
        ? 'fail'
        : 'incomplete',
    );
    expect(result.report.programme.commit).toBeNull();
  });
});
