import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/read/limits.js';
import { runCli, tempDir } from '../support/cli.js';
import { type HubServer, startHubServer } from '../support/hub-server.js';

// Each input here used to hang, fill memory or end in "This is a bug" (exit 3). Each must now end
// at once with exit 2 naming the file, before any request. No timing assertions: a hang would hit
// vitest's timeout and fail.
let hub: HubServer;
let dir: string;
beforeAll(async () => {
  hub = await startHubServer();
  dir = tempDir();
  execFileSync('mkfifo', [join(dir, 'fifo')]);
  mkdirSync(join(dir, 'folder'));
  writeFileSync(join(dir, 'big.yml'), `programme: x\nteams:\n${'  - id: t\n    nmae: n\n'.repeat(60_000)}`);
  writeFileSync(join(dir, 'junk.yml'), `programme: x\nteams:\n${'  - id: t\n    nmae: n\n'.repeat(2_000)}`);
  const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (const [name, prev] of [
    ['b', 'a'],
    ['c', 'b'],
    ['d', 'c'],
    ['e', 'd'],
    ['f', 'e'],
    ['g', 'f'],
  ])
    laughs.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
  writeFileSync(join(dir, 'laughs.yml'), `${laughs.join('\n')}\nprogramme: x\nteams: [*g]\n`);
  writeFileSync(join(dir, 'deep-flow.yml'), `programme: x\nteams: ${'['.repeat(5000)}${']'.repeat(5000)}\n`);
  // `- - - …`: 5,000 nested block lists on one line.
  writeFileSync(join(dir, 'deep-block.yml'), `programme: x\nteams:\n  ${'- '.repeat(5000)}x\n`);
  // One alias: a 40-deep list placed inside another 40-deep list. The file nests 40 levels; the
  // value it expands to nests 80.
  const forty = (inner: string) => `${'['.repeat(40)}${inner}${']'.repeat(40)}`;
  writeFileSync(join(dir, 'stacked.yml'), `a: &a ${forty('1')}\nprogramme: x\nteams: ${forty('*a')}\n`);
});
afterAll(async () => {
  await hub.close();
});

async function scanRefused(config: string, message: RegExp, extra: string[] = []) {
  const requests = hub.requests.length;
  const run = await runCli(['scan', '--config', config, ...extra], {
    cwd: dir,
    env: { HF_ENDPOINT: hub.url },
  });
  expect(run.stderr).toMatch(message);
  expect(run.stderr).not.toMatch(/This is a bug/);
  expect(run.code).toBe(2);
  expect(hub.requests.length).toBe(requests);
  return run;
}

describe('programme and policy files that are not what they say', () => {
  it.each([
    ['a FIFO', 'fifo', /fifo: programme file is a FIFO \(named pipe\), not a regular file/],
    ['a directory', 'folder', /folder: programme file is a directory, not a regular file/],
    ['/dev/zero', '/dev/zero', /\/dev\/zero: programme file is a character device, not a regular file/],
    ['a file over the cap', 'big.yml', /big\.yml: programme file is larger than 1 MiB, so it was not read/],
    ['a billion-laughs YAML', 'laughs.yml', /laughs\.yml: expands too many YAML aliases/],
    ['a 5,000-deep flow list', 'deep-flow.yml', /deep-flow\.yml: nested more than 64 levels deep/],
    ['a 5,000-deep block list', 'deep-block.yml', /deep-block\.yml: nested more than 64 levels deep/],
    ['aliases stacked deeper than the limit', 'stacked.yml', /stacked\.yml: nested more than 64 levels deep/],
  ])('--config %s: exit 2 naming it', async (_name, config, message) => {
    await scanRefused(config, message);
  });

  it('a policy file that is a FIFO or a YAML bomb', async () => {
    writeFileSync(join(dir, 'p.yml'), 'programme: x\nteams:\n  - id: a\n    name: A\n    models: [org/a]\n');
    await scanRefused('p.yml', /fifo: policy file is a FIFO/, ['--policy', './fifo']);
    await scanRefused('p.yml', /laughs\.yml: expands too many YAML aliases/, ['--policy', './laughs.yml']);
  });

  it('a junk file: the first 50 problems and a count of the rest', async () => {
    const run = await scanRefused('junk.yml', /junk\.yml: … and \d+ more problems/);
    expect(run.stderr).toMatch(/51 problems to fix/);
  });
});

describe('reports and bundles that are not files', () => {
  it.each([
    ['render a FIFO', ['render', 'fifo'], /fifo: cannot read the report: it is a FIFO/],
    [
      'merge /dev/zero',
      ['merge', '/dev/zero'],
      /\/dev\/zero: cannot read the report: it is a character device/,
    ],
    [
      'diff a directory',
      ['diff', 'folder', 'fifo'],
      /folder: cannot read the report: it is a directory[\s\S]*fifo: cannot read the report/,
    ],
    [
      'evaluate a folder whose bundle.json is a FIFO',
      ['evaluate', 'bundle-fifo'],
      /bundle\.json: not an evidence bundle: bundle\.json is a FIFO/,
    ],
  ])('%s: exit 2', async (_name, argv, message) => {
    mkdirSync(join(dir, 'bundle-fifo'), { recursive: true });
    try {
      execFileSync('mkfifo', [join(dir, 'bundle-fifo', 'bundle.json')]);
    } catch {
      // made by an earlier case
    }
    const run = await runCli(argv, { cwd: dir });
    expect(run.stderr).toMatch(message);
    expect(run.code).toBe(2);
  });
});

describe('licence identify: bounded, decoded, fail closed', () => {
  const apache = readFileSync('LICENSE', 'utf8');

  it('a FIFO and /dev/zero given by name: exit 2 at once', async () => {
    for (const target of ['fifo', '/dev/zero']) {
      const run = await runCli(['licence', 'identify', target], { cwd: dir });
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/is not a regular file/);
    }
  });

  it('red team: a licence text past the cap (whatever follows may restrict it) is not identified from its start', async () => {
    writeFileSync(
      join(dir, 'LONG-LICENSE'),
      `${apache}\n${'\n'.repeat(LIMITS.licenceText)}For non-commercial use only.\n`,
    );
    const run = await runCli(['licence', 'identify', 'LONG-LICENSE', '--json'], { cwd: dir });
    expect(run.code).toBe(3);
    expect(JSON.parse(run.stdout)[0]).toMatchObject({
      licence: null,
      unread: expect.stringMatching(/larger than 512 KiB/),
    });
  });

  it('honest: the same text within the cap is identified', async () => {
    writeFileSync(join(dir, 'LICENSE'), apache);
    const run = await runCli(['licence', 'identify', 'LICENSE', '--json'], { cwd: dir });
    expect(JSON.parse(run.stdout)[0]).toMatchObject({ licence: 'Apache-2.0' });
    expect(run.code).toBe(0);
  });

  it('UTF-16 LE and BE licence files (with a BOM) are decoded and identified', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(apache, 'utf16le')]);
    const be = Buffer.from(apache, 'utf16le').swap16();
    writeFileSync(join(dir, 'LICENSE-LE'), le);
    writeFileSync(join(dir, 'LICENSE-BE'), Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
    const run = await runCli(['licence', 'identify', 'LICENSE-LE', 'LICENSE-BE', '--json'], { cwd: dir });
    expect(JSON.parse(run.stdout).map((r: { licence: string }) => r.licence)).toEqual([
      'Apache-2.0',
      'Apache-2.0',
    ]);
  });

  it('a directory whose COPYING is a FIFO: listed as not read, not skipped silently', async () => {
    const repo = join(dir, 'repo');
    mkdirSync(repo);
    writeFileSync(join(repo, 'LICENSE'), apache);
    execFileSync('mkfifo', [join(repo, 'COPYING')]);
    const run = await runCli(['licence', 'identify', 'repo', '--json'], { cwd: dir });
    expect(run.code).toBe(3);
    expect(JSON.parse(run.stdout)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: 'repo/COPYING',
          unread: 'the file is a FIFO (named pipe), not a regular file',
        }),
        expect.objectContaining({ file: 'repo/LICENSE', licence: 'Apache-2.0' }),
      ]),
    );
  });
});
