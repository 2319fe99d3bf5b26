// The Action speaks in its own terms: outputs relative to the workspace, the team table as JSON,
// and errors that name inputs, never CLI flags or files of openquota's own repository.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inActionTerms, workspacePath } from '../../src/action/errors.js';
import type { Report } from '../../src/types.js';
import { runAction } from '../support/action.js';
import { tempDir } from '../support/cli.js';

function workspace(): string {
  const dir = tempDir('openquota-ws-');
  cpSync('examples/sovereign-ai-2025/evidence', join(dir, 'evidence'), { recursive: true });
  return dir;
}

/** The `::error::` line the step failed with, as the runner shows it (`%0A` is a newline). */
const failure = (stdout: string) =>
  decodeURIComponent(stdout.split('\n').find((l) => l.startsWith('::error::')) ?? '').replace(/%0A/g, '\n');

// What a workflow author cannot act on: a CLI flag, or a path inside openquota's repository.
const CLI_TERMS = /(^|\s)--[a-z]|examples\/sovereign-ai-2025|openquota (scan|check) /;

describe('outputs', () => {
  it('report and sarif are relative to the workspace even when given as absolute paths inside it', async () => {
    const dir = workspace();
    const run = await runAction(
      {
        evidence: 'evidence',
        report: join(dir, 'out', 'report.json'),
        sarif: join(dir, 'out', 'report.sarif'),
        'fail-on': 'never',
      },
      { workspace: dir },
    );
    expect(run.code).toBe(0);
    expect(run.outputs.report).toBe('out/report.json');
    expect(run.outputs.sarif).toBe('out/report.sarif');
  });

  it('report-json is the team table, row for row the report', async () => {
    const dir = workspace();
    const run = await runAction({ evidence: 'evidence', 'fail-on': 'never' }, { workspace: dir });
    const report = JSON.parse(readFileSync(join(dir, 'openquota-report.json'), 'utf8')) as Report;
    const table = JSON.parse(run.outputs['report-json']!) as { id: string; status: string; share: number }[];
    expect(table.map((t) => [t.id, t.status, t.share])).toEqual(
      report.teams.map((t) => [t.id, t.status, t.share]),
    );
  });

  it('a path outside the workspace stays absolute (a relative one would point nowhere)', () => {
    expect(workspacePath('/ws', '/ws/a/b.json')).toBe('a/b.json');
    expect(workspacePath('/ws', '/tmp/b.json')).toBe('/tmp/b.json');
    expect(workspacePath('/ws', 'rel.json')).toBe('rel.json');
  });
});

describe('errors in terms of inputs', () => {
  it('no programme file: names the config input and what to do, no --config, no repository path', async () => {
    const dir = tempDir('openquota-ws-');
    const run = await runAction({}, { workspace: dir });
    expect(run.code).toBe(1);
    const message = failure(run.stdout);
    expect(message).toContain('Input "config": no programme file at openquota.yml in the workspace');
    expect(message).toContain('actions/checkout');
    expect(message).not.toMatch(CLI_TERMS);
    expect(message).not.toContain(dir);
  });

  it('a config that names a directory says so', async () => {
    const dir = tempDir('openquota-ws-');
    mkdirSync(join(dir, 'programme'));
    const run = await runAction({ config: 'programme' }, { workspace: dir });
    expect(failure(run.stdout)).toContain(
      'no programme file at programme in the workspace (it is a directory)',
    );
  });

  it('evidence that is not a bundle: the fix names the save-evidence input, not the CLI', async () => {
    const dir = tempDir('openquota-ws-');
    mkdirSync(join(dir, 'not-a-bundle'));
    const run = await runAction({ evidence: 'not-a-bundle' }, { workspace: dir });
    expect(run.code).toBe(1);
    const message = failure(run.stdout);
    expect(message).toContain('save-evidence');
    expect(message).not.toMatch(CLI_TERMS);
    expect(message).not.toContain(dir);
  });

  it('merge of a file that is not a report: no `openquota scan --format json` in the fix', async () => {
    const dir = tempDir('openquota-ws-');
    writeFileSync(join(dir, 'a.json'), '{"schema": "something else"}');
    const run = await runAction({ mode: 'merge', reports: 'a.json' }, { workspace: dir });
    expect(run.code).toBe(1);
    expect(failure(run.stdout)).not.toMatch(CLI_TERMS);
  });

  it('rewrites the CLI phrases the core uses, and leaves other text alone', () => {
    expect(
      inActionTerms(
        'pass --config FILE, or create openquota.yml (see examples/sovereign-ai-2025/openquota.yml)',
      ),
    ).toBe('pass the `config` input, or create openquota.yml');
    expect(inActionTerms('give the directory written by `openquota scan --save-evidence DIR`')).toBe(
      'give the directory written by the `save-evidence` input of a scan',
    );
    expect(inActionTerms('write the bundle again with --save-evidence')).toBe(
      'write the bundle again with the `save-evidence` input',
    );
    expect(inActionTerms('unknown id; check --team ID')).toBe('unknown id; check the `team` input');
    expect(inActionTerms('where --output FILE goes')).toBe('where the `report` input goes');
    expect(inActionTerms('where --json FILE goes')).toBe('where the `report` input goes');
    expect(
      inActionTerms(
        'give a JSON report written by `openquota scan --json FILE` (or `--format json`): schema x',
      ),
    ).toBe('give a JSON report written by the `report` output of a scan: schema x');
    expect(inActionTerms('e.g. openquota check ., openquota check org/name')).toBe(
      'set `target:` to a path, Hub id or git URL, e.g. ., target: org/name',
    );
    expect(inActionTerms('use one of: lg-ai-research, sk-telecom')).toBe(
      'use one of: lg-ai-research, sk-telecom',
    );
  });
});
