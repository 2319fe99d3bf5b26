import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionInputsSchema } from '../../src/action/inputs.js';
import { mergeInputs } from '../../src/action/produce.js';
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
    ['scan', '--config', EXAMPLE, ...teams.flatMap((t) => ['--team', t]), '--format', 'json', '--json', file],
    { env: { HF_ENDPOINT: hub.url } },
  );
  expect(problemsIn(run.stderr)).toBe('');
  return JSON.parse(run.stdout) as Report;
}

// Times of the run (generatedAt, each record's fetch time) and request counters differ between runs.
const comparable = ({ generatedAt: _g, requests: _r, ...rest }: Report) =>
  JSON.parse(
    JSON.stringify(rest)
      .replace(/fetched \d{4}-[\d-]+T[\d:.]+Z/g, 'fetched <time>')
      .replace(/"fetchedAt":"[^"]+"/g, '"fetchedAt":"<time>"'),
  );

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
      '--json',
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

describe('merge knows the programme’s teams', () => {
  let only: Report;
  beforeAll(async () => {
    // One job's report: the two teams that pass. The other jobs produced nothing.
    only = await scanTo(join(dir, 'passing.json'), ['sk-telecom', 'nc-ai']);
    expect(only.status).toBe('pass');
  });

  it('red team: the failing teams’ reports left out; before, the programme passed; now each is incomplete NO_REPORT, exit 3', async () => {
    const run = await runCli(['merge', join(dir, 'passing.json'), '--format', 'json']);
    expect(problemsIn(run.stderr)).toBe('');
    const merged = JSON.parse(run.stdout) as Report;
    expect(merged.teams.map((t) => [t.id, t.status, t.reason.code])).toEqual([
      ['lg-ai-research', 'incomplete', 'NO_REPORT'],
      ['naver-cloud', 'incomplete', 'NO_REPORT'],
      ['sk-telecom', 'pass', 'ABOVE_THRESHOLD'],
      ['upstage', 'incomplete', 'NO_REPORT'],
      ['nc-ai', 'pass', 'ABOVE_THRESHOLD'],
    ]);
    expect(merged.teams[0]).toMatchObject({ name: 'LG AI Research', counted: 0, models: [] });
    expect(merged.status).toBe('incomplete');
    expect(run.code).toBe(3);
  });

  it('honest: --teams names the subset merged on purpose (exit from its statuses)', async () => {
    const run = await runCli([
      'merge',
      join(dir, 'passing.json'),
      '--teams',
      'sk-telecom,nc-ai',
      '--format',
      'json',
    ]);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as Report).teams.map((t) => t.id)).toEqual(['sk-telecom', 'nc-ai']);
  });

  it('--teams naming a team with no report: that team is NO_REPORT', async () => {
    const run = await runCli([
      'merge',
      join(dir, 'passing.json'),
      '--teams',
      'sk-telecom',
      '--teams',
      'nc-ai,upstage',
      '--format',
      'json',
    ]);
    expect(run.code).toBe(3);
    const upstage = (JSON.parse(run.stdout) as Report).teams.find((t) => t.id === 'upstage');
    expect(upstage?.reason.code).toBe('NO_REPORT');
  });

  it('--teams leaving out a team a report holds, or naming a team the programme lacks: refused', async () => {
    const narrow = await runCli(['merge', join(dir, 'passing.json'), '--teams', 'sk-telecom']);
    expect(narrow.code).toBe(2);
    expect(narrow.stderr).toMatch(
      /passing\.json: teams: team "nc-ai" is not among the teams named by --teams/,
    );
    const ghost = await runCli(['merge', join(dir, 'passing.json'), '--teams', 'sk-telecom,nc-ai,kakao']);
    expect(ghost.code).toBe(2);
    expect(ghost.stderr).toMatch(/--teams: no team "kakao" in the programme file/);
  });

  it('without the programme file nor --teams the teams cannot be known: exit 2 saying how', async () => {
    const elsewhere = tempDir();
    writeFileSync(join(elsewhere, 'passing.json'), readFileSync(join(dir, 'passing.json')));
    const run = await runCli(['merge', 'passing.json'], { cwd: elsewhere });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /cannot tell which teams the programme has[\s\S]*--config FILE[\s\S]*--teams a,b/,
    );
    const subset = await runCli(
      ['merge', 'passing.json', '--teams', 'sk-telecom,nc-ai', '--format', 'json'],
      {
        cwd: elsewhere,
      },
    );
    expect(subset.code).toBe(0);
  });

  it('the Action’s merge path uses the same rule', async () => {
    const inputs = actionInputsSchema.parse({
      mode: 'merge',
      reports: join(dir, 'passing.json'),
      config: EXAMPLE,
    });
    const produced = await mergeInputs(inputs, {
      workspace: process.cwd(),
      sources: () => {
        throw new Error('merge makes no request');
      },
      commitOf: async () => null,
    });
    expect(produced.report.status).toBe('incomplete');
    expect(produced.report.teams.filter((t) => t.reason.code === 'NO_REPORT').map((t) => t.id)).toEqual([
      'lg-ai-research',
      'naver-cloud',
      'upstage',
    ]);
    const subset = await mergeInputs(
      actionInputsSchema.parse({
        mode: 'merge',
        reports: join(dir, 'passing.json'),
        config: EXAMPLE,
        team: 'sk-telecom,nc-ai',
      }),
      { workspace: process.cwd(), sources: () => ({}) as never, commitOf: async () => null },
    );
    expect(subset.report.status).toBe('pass');
  });
});
