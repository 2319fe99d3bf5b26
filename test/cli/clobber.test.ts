import { createHash } from 'node:crypto';
import {
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actionInputsSchema } from '../../src/action/inputs.js';
import { scanProgramme } from '../../src/action/produce.js';
import { problemsIn, runCli, tempDir } from '../support/cli.js';
import { type HubServer, startHubServer } from '../support/hub-server.js';

let hub: HubServer;
beforeAll(async () => {
  hub = await startHubServer();
});
afterAll(async () => {
  await hub.close();
});

/** Every path under `dir` with what it holds: nothing may change when a command refuses. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (rel: string) => {
    for (const name of readdirSync(join(dir, rel))) {
      const path = rel ? `${rel}/${name}` : name;
      const info = lstatSync(join(dir, path));
      if (info.isSymbolicLink()) out[path] = `-> ${readlinkSync(join(dir, path))}`;
      else if (info.isDirectory()) {
        out[path] = 'dir';
        walk(path);
      } else
        out[path] = createHash('sha256')
          .update(readFileSync(join(dir, path)))
          .digest('hex');
    }
  };
  walk('');
  return out;
}

/** A workspace: a programme, a policy that extends a base file, a folder of the user's, a report. */
async function workspace(): Promise<string> {
  const dir = tempDir();
  writeFileSync(
    join(dir, 'openquota.yml'),
    'programme: T\npolicy: policy.yml\nteams:\n  - id: open\n    name: Open\n    models: [example-k-ai-team/open-apache-7b]\n',
  );
  writeFileSync(join(dir, 'base.yml'), readFileSync('rules/msit-sovereign-ai-2025.yml'));
  writeFileSync(join(dir, 'policy.yml'), 'extends: ./base.yml\nid: local\ntitle: Local\n');
  mkdirSync(join(dir, 'notes'));
  writeFileSync(join(dir, 'notes', 'todo.txt'), 'mine');
  writeFileSync(join(dir, 'file.txt'), 'mine');
  symlinkSync('openquota.yml', join(dir, 'link.json'));
  const scan = await runCli(['scan', '--output', 'r.json', '--save-evidence', 'ev', '--format', 'json'], {
    cwd: dir,
    env: { HF_ENDPOINT: hub.url },
  });
  expect(problemsIn(scan.stderr)).toBe('');
  expect(scan.code).toBe(0);
  writeFileSync(join(dir, 'r2.json'), readFileSync(join(dir, 'r.json')));
  return dir;
}

/** Runs a command that must be refused: exit 2 naming the flag, no request, nothing on disk changed. */
async function refused(dir: string, argv: string[], message: RegExp) {
  const before = snapshot(dir);
  const requests = hub.requests.length;
  const run = await runCli(argv, { cwd: dir, env: { HF_ENDPOINT: hub.url } });
  expect(run.stderr).toMatch(message);
  expect(run.code).toBe(2);
  expect(hub.requests.length).toBe(requests);
  expect(snapshot(dir)).toEqual(before);
}

describe('outputs never overwrite inputs (exit 2 before any request, nothing changed)', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await workspace();
  });

  it.each([
    [
      'scan --output the programme file',
      ['scan', '--output', 'openquota.yml'],
      /--output: openquota\.yml: is the programme file/,
    ],
    ['scan --output ./the programme file', ['scan', '--output', './openquota.yml'], /is the programme file/],
    [
      'scan --output a symlink to the programme file',
      ['scan', '--output', 'link.json'],
      /link\.json: is the programme file/,
    ],
    ['scan --output the policy file', ['scan', '--output', 'policy.yml'], /policy\.yml: is the policy file/],
    [
      'scan --output the file the policy extends',
      ['scan', '--output', 'base.yml'],
      /base\.yml: is the policy file/,
    ],
    [
      'scan --output a preset the policy reads',
      ['scan', '--policy', 'osi-strict', '--output', join(process.cwd(), 'rules', 'osi-strict.yml')],
      /is the policy file/,
    ],
    ['scan --output an existing directory', ['scan', '--output', 'notes'], /--output: notes: is a directory/],
    [
      'scan --save-evidence . (the checkout)',
      ['scan', '--save-evidence', '.'],
      /--save-evidence: \.: holds the programme file/,
    ],
    [
      'scan --save-evidence the programme file',
      ['scan', '--save-evidence', 'openquota.yml'],
      /--save-evidence: openquota\.yml: is the programme file/,
    ],
    [
      'scan --save-evidence a folder of the user’s',
      ['scan', '--save-evidence', 'notes'],
      /notes: will not be replaced: it is a folder that is not an evidence bundle/,
    ],
    [
      'scan --save-evidence an existing file',
      ['scan', '--save-evidence', 'file.txt'],
      /file\.txt: will not be replaced: it exists and is not a directory/,
    ],
    [
      'scan --output inside the bundle it writes',
      ['scan', '--save-evidence', 'ev', '--output', 'ev/r.json'],
      /ev\/r\.json: is inside the evidence bundle ev/,
    ],
    [
      'evaluate --output inside the bundle evaluated',
      ['evaluate', 'ev', '--output', 'ev/bundle.json'],
      /is inside the evidence bundle being evaluated/,
    ],
    [
      'evaluate --output the bundle evaluated',
      ['evaluate', 'ev', '--output', './ev'],
      /is the evidence bundle being evaluated/,
    ],
    [
      'evaluate --output the --policy file',
      ['evaluate', 'ev', '--policy', 'policy.yml', '--output', 'policy.yml'],
      /is the policy file/,
    ],
    [
      'merge --output a report merged',
      ['merge', 'r.json', '--output', 'r.json'],
      /r\.json: is a report being merged/,
    ],
    [
      'merge --output the programme file',
      ['merge', 'r.json', '--config', 'openquota.yml', '--output', 'openquota.yml'],
      /is the programme file/,
    ],
    [
      'render --output the report rendered',
      ['render', 'r.json', '--format', 'markdown', '--output', 'r.json'],
      /is the report being rendered/,
    ],
    [
      'diff --output the old report',
      ['diff', 'r.json', 'r2.json', '--output', 'r.json'],
      /is the old report/,
    ],
    [
      'diff --output the new report',
      ['diff', 'r.json', 'r2.json', '--output', './r2.json'],
      /is the new report/,
    ],
  ])('%s', async (_name, argv, message) => {
    await refused(dir, argv, message);
  });

  it('the Action: report, sarif and save-evidence inputs follow the same rule', async () => {
    const before = snapshot(dir);
    const inputs = actionInputsSchema.parse({
      output: 'openquota.yml',
      sarif: 'base.yml',
      saveEvidence: 'notes',
    });
    const error = await scanProgramme(inputs, {
      workspace: dir,
      sources: () => {
        throw new Error('no request may be made');
      },
      commitOf: async () => null,
    }).catch((e) => e);
    expect(error.problems.map((p: { file: string; path: string }) => `${p.file}: ${p.path}`)).toEqual([
      'action inputs: report',
      'action inputs: sarif',
      'action inputs: save-evidence',
    ]);
    expect(snapshot(dir)).toEqual(before);
  });

  it('every bad output named at once', async () => {
    await refused(
      dir,
      ['scan', '--output', 'openquota.yml', '--save-evidence', 'notes'],
      /2 problems to fix/,
    );
  });

  it('honest: a new report and a bundle replacing the earlier bundle are written', async () => {
    const run = await runCli(
      ['scan', '--output', 'out/r3.json', '--save-evidence', 'ev', '--format', 'json'],
      {
        cwd: dir,
        env: { HF_ENDPOINT: hub.url },
      },
    );
    expect(problemsIn(run.stderr)).toBe('');
    expect(run.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'out/r3.json'), 'utf8')).status).toBe('pass');
    const again = await runCli(['evaluate', 'ev', '--output', 'r4.json', '--format', 'json'], { cwd: dir });
    expect(again.code).toBe(0);
    const render = await runCli(['render', 'r.json', '--format', 'markdown', '--output', 'r.md'], {
      cwd: dir,
    });
    expect(render.code).toBe(0);
  });
});
