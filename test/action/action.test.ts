import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { indexDigest } from '../../src/bundle-index.js';
import { lineOfPath } from '../../src/config/parse.js';
import type { Report } from '../../src/types.js';
import { type ActionRun, exampleWorkspace, runAction } from '../support/action.js';
import { filesContaining } from '../support/cli.js';
import { type GitHubServer, startGitHubServer } from '../support/github-server.js';
import { type HubServer, startHubServer } from '../support/hub-server.js';
import { buildSafetensors } from '../support/safetensors.js';

const HF_TOKEN = 'hf_ACTIONtokenDoNotLeak0987654321';
const GH_TOKEN = 'ghs_ACTIONgithubTokenDoNotLeak42';

let hub: HubServer;
// The example names GitHub orgs too: they are read from the loopback GitHub.
let github: GitHubServer;
let ws: { dir: string; commit: string };
let full: ActionRun;

beforeAll(async () => {
  hub = await startHubServer({ pageSize: 4, tokens: [HF_TOKEN] });
  github = await startGitHubServer({ tokens: [GH_TOKEN] });
  ws = exampleWorkspace();
  full = await runAction(
    {
      'hf-token': HF_TOKEN,
      'github-token': GH_TOKEN,
      sarif: 'out/openquota.sarif',
      'save-evidence': 'evidence',
    },
    { workspace: ws.dir, env: { HF_ENDPOINT: hub.url, GITHUB_API_URL: github.url } },
  );
}, 60_000);
afterAll(async () => {
  await hub.close();
  await github.close();
});

const readJson = <T>(file: string) => JSON.parse(readFileSync(file, 'utf8')) as T;

describe('the Action (node dist/action.js, as the runner runs it) against the loopback Hub', () => {
  it('scans every team: outputs, report with the programme commit, exit 1 because a team fails', () => {
    expect(full.stderr).toBe('');
    const report = readJson<Report>(join(ws.dir, 'openquota-report.json'));
    expect(report.teams.map((t) => t.id)).toEqual([
      'lg-ai-research',
      'naver-cloud',
      'sk-telecom',
      'upstage',
      'nc-ai',
    ]);
    expect(report.programme).toMatchObject({ file: 'openquota.yml', commit: ws.commit });
    const failing = report.teams.filter((t) => t.status === 'fail').map((t) => t.id);
    const passing = report.teams.filter((t) => t.status === 'pass').map((t) => t.id);
    expect(failing).toContain('lg-ai-research');
    expect(full.outputs).toEqual({
      status: report.status,
      'failing-teams': failing.join(','),
      'passing-teams': passing.join(','),
      report: 'openquota-report.json',
      sarif: 'out/openquota.sarif',
      'report-json': JSON.stringify(
        report.teams.map((t) => ({
          id: t.id,
          name: t.name,
          status: t.status,
          counted: t.counted,
          compliant: t.compliant,
          nonCompliant: t.nonCompliant,
          unknown: t.unknown,
          excluded: t.excluded,
          share: t.share,
          threshold: t.threshold,
        })),
      ),
      // comment: never (the default) writes none.
      'comment-url': '',
    });
    expect(report.status).toBe('fail');
    expect(full.code).toBe(1);
    expect(full.stdout).toMatch(/^::error::openquota: the programme status is fail \(fail-on: fail\)/m);
  });

  it('writes the job summary: one table of teams with share, threshold and status as symbol and word', () => {
    const report = readJson<Report>(join(ws.dir, 'openquota-report.json'));
    expect(full.summary).toMatch(
      /\| team \| counted \| compliant \| unknown \| share \|(?: by parameters \|)? threshold \| status \|/,
    );
    for (const team of report.teams) {
      const row = full.summary.split('\n').find((l) => l.startsWith(`| ${team.name} |`));
      expect(row, team.id).toContain(`${(team.share * 100).toFixed(1)}%`);
      expect(row).toContain({ pass: '✔ pass', fail: '✘ fail', incomplete: '? incomplete' }[team.status]);
    }
    expect(full.summary.match(/<details>/g)).toHaveLength(report.teams.length);
    expect(full.summary).toContain('msit-sovereign-ai-2025');
    expect(full.summary).toContain(ws.commit);
  });

  it('annotates each non-compliant model (error) and unknown one (warning) at its programme-file line', () => {
    const report = readJson<Report>(join(ws.dir, 'openquota-report.json'));
    const annotations = full.stdout.split('\n').filter((l) => /^::(error|warning) /.test(l));
    const flagged = report.teams.flatMap((t) =>
      t.models.filter((m) => m.verdict === 'non-compliant' || m.verdict === 'unknown'),
    );
    expect(annotations).toHaveLength(flagged.length);
    const exaone = flagged.find((m) => m.id === 'LGAI-EXAONE/EXAONE-4.0-32B')!;
    const code = exaone.reasons.find((r) => r.severity === 'error')!.code;
    // `:` and `,` in properties are escaped (%3A, %2C); GitHub shows the title unescaped.
    const text = readFileSync(join(ws.dir, 'openquota.yml'), 'utf8');
    const teamLine = lineOfPath(text, ['teams', 0]);
    expect(annotations).toContainEqual(
      `::error title=LGAI-EXAONE/EXAONE-4.0-32B%3A ${code},file=openquota.yml,line=${teamLine}::LGAI-EXAONE/EXAONE-4.0-32B (team LG AI Research) is non-compliant: ${exaone.reasons.find((r) => r.severity === 'error')!.message}`,
    );
    // A declared model points at its `models:` entry, not at its team.
    const declared = annotations.find((a) => a.includes('title=LGAI-EXAONE/K-EXAONE-236B-A23B%3A'));
    expect(declared).toContain(`,line=${lineOfPath(text, ['teams', 0, 'models', 0])}::`);
  });

  it('writes SARIF 2.1.0 valid against the schema, one result per annotation', () => {
    const sarif = readJson<{
      runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    }>(join(ws.dir, 'out/openquota.sarif'));
    const schema = readJson<Record<string, unknown>>('test/fixtures/sarif/sarif-2.1.0-rtm.5.json');
    delete schema.id;
    delete schema.$schema;
    const ajv = new Ajv({ strict: false, unicodeRegExp: false });
    addFormats.default(ajv);
    expect(ajv.validate(schema, sarif), JSON.stringify(ajv.errors)).toBe(true);
    const annotations = full.stdout.split('\n').filter((l) => /^::(error|warning) /.test(l));
    expect(sarif.runs[0]!.results).toHaveLength(annotations.length);
    expect(sarif.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe(
      'openquota.yml',
    );
  });

  it('never lets a token into any artefact: summary, outputs, report, SARIF, evidence, cache, logs', () => {
    // The only place a token may appear is the runner's own `::add-mask::` command, and first.
    const lines = full.stdout.split('\n');
    expect(lines.slice(0, 2).sort()).toEqual([`::add-mask::${GH_TOKEN}`, `::add-mask::${HF_TOKEN}`].sort());
    const logs = lines.filter((l) => !l.startsWith('::add-mask::')).join('\n') + full.stderr;
    for (const token of [HF_TOKEN, GH_TOKEN]) {
      expect(logs).not.toContain(token);
      expect(filesContaining(ws.dir, token)).toEqual([]);
      expect(filesContaining(full.runnerDir, token)).toEqual([]);
    }
    // The hf-token reached the Hub: the server saw authorised requests.
    expect(hub.requests.some((r) => r.authorized)).toBe(true);
  });

  it('fail-on decides the exit code; team limits the scan', async () => {
    const never = await runAction(
      { 'fail-on': 'never', report: 'never.json' },
      { workspace: ws.dir, env: { HF_ENDPOINT: hub.url, GITHUB_API_URL: github.url } },
    );
    expect([never.code, never.outputs.status]).toEqual([0, 'fail']);
    const passing = await runAction(
      { team: 'sk-telecom', 'fail-on': 'incomplete', report: 'sk.json' },
      { workspace: ws.dir, env: { HF_ENDPOINT: hub.url, GITHUB_API_URL: github.url } },
    );
    expect([passing.code, passing.outputs.status, passing.outputs['passing-teams']]).toEqual([
      0,
      'pass',
      'sk-telecom',
    ]);
  });

  it('an incomplete team (a registry that could not be listed): fail-on fail passes, incomplete fails', async () => {
    // The saved evidence with one listing failure added: the team's releases are then not all known.
    const dir = join(ws.dir, 'evidence-down');
    cpSync(join(ws.dir, 'evidence'), dir, { recursive: true });
    const index = readJson<{ failures: Record<string, unknown[]> }>(join(dir, 'bundle.json'));
    index.failures['sk-telecom'] = [
      { code: 'HTTP_ERROR', message: 'HTTP 503', status: 503, origin: 'huggingface: skt' },
    ];
    // Re-digested, as the bundle a scan with that failure would have written (an edit is refused).
    writeFileSync(join(dir, 'bundle.json'), JSON.stringify({ ...index, digest: indexDigest(index) }));
    const inputs = { evidence: 'evidence-down', team: 'sk-telecom', report: 'down.json' };
    const lenient = await runAction(inputs, { workspace: ws.dir });
    expect([lenient.code, lenient.outputs.status, lenient.outputs['failing-teams']]).toEqual([
      0,
      'incomplete',
      '',
    ]);
    const strict = await runAction({ ...inputs, 'fail-on': 'incomplete' }, { workspace: ws.dir });
    expect([strict.code, strict.outputs.status]).toEqual([1, 'incomplete']);
    expect(strict.stdout).toMatch(
      /^::error::openquota: the programme status is incomplete \(fail-on: incomplete\)/m,
    );
  });

  it('a bad input fails the step with a message naming it', async () => {
    const bad = await runAction({ 'fail-on': 'sometimes' }, { workspace: ws.dir });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('Input "fail-on" must be one of fail, incomplete, never; got "sometimes"');
    expect(bad.outputs).toEqual({});
    const team = await runAction({ team: 'kakao' }, { workspace: ws.dir });
    expect(team.code).toBe(1);
    expect(team.stdout).toMatch(/::error::.*no team "kakao"/);
    const missing = await runAction({ config: 'nope.yml' }, { workspace: ws.dir });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toMatch(/::error::.*nope\.yml/);
  });

  it('evidence: judges the saved bundle with no network, with the verdicts of the scan', async () => {
    const run = await runAction(
      { evidence: 'evidence', report: 'again.json', 'fail-on': 'never' },
      { workspace: ws.dir },
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const before = readJson<Report>(join(ws.dir, 'openquota-report.json'));
    const after = readJson<Report>(join(ws.dir, 'again.json'));
    expect(after.teams).toEqual(before.teams);
    expect(after.programme.commit).toBe(ws.commit);
  });

  it('mode merge: two shards merged equal the one-job report (but times and request counters)', async () => {
    const env = { HF_ENDPOINT: hub.url, GITHUB_API_URL: github.url };
    await runAction(
      { team: 'naver-cloud,upstage', report: 'shards/a.json', 'fail-on': 'never' },
      { workspace: ws.dir, env },
    );
    await runAction(
      { team: 'lg-ai-research\nsk-telecom', report: 'shards/b.json', 'fail-on': 'never' },
      { workspace: ws.dir, env },
    );
    await runAction({ team: 'nc-ai', report: 'c.json', 'fail-on': 'never' }, { workspace: ws.dir, env });
    // A directory stands for its *.json files (as download-artifact leaves them); files may be listed too.
    const merged = await runAction(
      { mode: 'merge', reports: 'shards\nc.json', report: 'merged.json', sarif: 'merged.sarif' },
      { workspace: ws.dir },
    );
    expect(merged.code).toBe(1);
    const strip = ({ generatedAt: _g, requests: _r, ...rest }: Report) =>
      JSON.parse(
        JSON.stringify(rest)
          .replace(/fetched [\d:.TZ-]+/g, 'fetched <time>')
          .replace(/"fetchedAt":"[^"]*"/g, '"fetchedAt":"<time>"'),
      );
    expect(strip(readJson<Report>(join(ws.dir, 'merged.json')))).toEqual(
      strip(readJson<Report>(join(ws.dir, 'openquota-report.json'))),
    );
    expect(merged.stdout).toMatch(/^::error title=LGAI-EXAONE\/EXAONE-4\.0-32B%3A/m);
  });
});

describe('the Action, mode: check', () => {
  function checkout(licence: string, readme: string): string {
    const dir = exampleWorkspace().dir;
    writeFileSync(join(dir, 'LICENSE'), readFileSync(join('test/fixtures/licences/files', licence)));
    writeFileSync(join(dir, 'README.md'), readme);
    // Real weights by the policy's floors (1M parameters, 1 MiB): a few bytes would be a stub.
    writeFileSync(
      join(dir, 'model.safetensors'),
      buildSafetensors([{ name: 'w', dtype: 'F32', shape: [1024, 1024] }]),
    );
    return dir;
  }

  it('checks the checked-out repository by default: compliant, exit 0, the check document as report', async () => {
    const dir = checkout('npm-json-parse-mit.LICENSE.md', '---\nlicense: mit\n---\n# A model\n');
    const run = await runAction(
      { mode: 'check', report: 'check.json' },
      { workspace: dir, env: { GITHUB_REPOSITORY: 'example-k-ai-team/open-7b' } },
    );
    expect(run.stderr).toBe('');
    expect([run.code, run.outputs.status]).toEqual([0, 'pass']);
    const doc = readJson<{ schema: string; model: { verdict: string; licence: { expression: string } } }>(
      join(dir, 'check.json'),
    );
    expect(doc).toMatchObject({
      schema: 'openquota/check@1',
      model: { verdict: 'compliant', licence: { expression: 'MIT' } },
    });
    expect(run.summary).toContain('## openquota check — example-k-ai-team/open-7b');
    expect(run.summary).toContain('✔ compliant');
  });

  it('a non-commercial licence fails the step with one annotation per finding, titled with the repository', async () => {
    const dir = checkout('model-exaone-1.2-nc.LICENSE', '# A model\n');
    const run = await runAction(
      { mode: 'check', report: 'check.json' },
      { workspace: dir, env: { GITHUB_REPOSITORY: 'LG-AI-EXAONE/EXAONE-4.0' } },
    );
    expect([run.code, run.outputs.status]).toEqual([1, 'fail']);
    expect(run.stdout).toMatch(
      /^::error title=LG-AI-EXAONE\/EXAONE-4\.0%3A LICENCE_NON_COMMERCIAL::.*%0AFix: /m,
    );
    expect(run.summary).toMatch(/- \*\*LICENCE_NON_COMMERCIAL\*\* \(error\): .*\n {2}- fix: /);
  });

  it('a Hub id as target, against the loopback Hub', async () => {
    const run = await runAction(
      { mode: 'check', target: 'LGAI-EXAONE/EXAONE-4.0-32B', 'fail-on': 'never', 'hf-token': HF_TOKEN },
      { workspace: ws.dir, env: { HF_ENDPOINT: hub.url, GITHUB_API_URL: github.url } },
    );
    expect([run.code, run.outputs.status]).toEqual([0, 'fail']);
    expect(run.stdout).toMatch(/^::error title=LGAI-EXAONE\/EXAONE-4\.0-32B%3A LICENCE_NON_COMMERCIAL::/m);
    expect(
      run.stdout
        .split('\n')
        .filter((l) => !l.startsWith('::add-mask::'))
        .join('\n'),
    ).not.toContain(HF_TOKEN);
  });

  it('sarif is refused with mode check, naming the input', async () => {
    const run = await runAction({ mode: 'check', sarif: 'x.sarif' }, { workspace: ws.dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Input "sarif" is used only with mode: scan or merge');
  });
});
