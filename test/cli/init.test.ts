import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProgramme } from '../../src/config/load.js';
import { runCli, tempDir } from '../support/cli.js';
import { type HubServer, startHubServer } from '../support/hub-server.js';

let hub: HubServer;
beforeAll(async () => {
  hub = await startHubServer();
});
afterAll(async () => {
  await hub.close();
});

describe('openquota init', () => {
  it('writes a commented programme file from the organisations given, offline, that scan reads', async () => {
    const dir = tempDir();
    const before = hub.requests.length;
    const run = await runCli(
      [
        'init',
        '--team',
        'lg-ai-research',
        '--hf',
        'LGAI-EXAONE',
        '--github',
        'LG-AI-EXAONE',
        '--team',
        'upstage',
        '--hf',
        'upstage',
      ],
      { cwd: dir, env: { HF_ENDPOINT: hub.url } },
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('note: wrote openquota.yml; edit it, then run openquota scan\n');
    // Offline: nothing was asked of any registry.
    expect(hub.requests.length).toBe(before);
    const text = readFileSync(join(dir, 'openquota.yml'), 'utf8');
    // Every key is explained beside it.
    for (const key of [
      'programme:',
      'policy:',
      'id:',
      'name:',
      'huggingface:',
      'github:',
      'git:',
      'models:',
      'exclude:',
    ])
      expect(text.split('\n').find((l) => l.replace(/^[\s-]+/, '').startsWith(key))).toMatch(/ # \w/);
    const loaded = await loadProgramme(join(dir, 'openquota.yml'));
    expect(loaded.programme.policy).toBe('msit-sovereign-ai-2025');
    expect(loaded.programme.teams.map((t) => [t.id, t.huggingface, t.github])).toEqual([
      ['lg-ai-research', ['LGAI-EXAONE'], ['LG-AI-EXAONE']],
      ['upstage', ['upstage'], []],
    ]);
  });

  it('without --team, one team named after the first organisation; -o FILE, --title and --policy', async () => {
    const dir = tempDir();
    const run = await runCli(
      [
        'init',
        '--hf',
        'LGAI-EXAONE',
        '--hf',
        'LGAI-Labs',
        '-o',
        'conf/lg.yml',
        '--title',
        'Round 2: 2026',
        '--policy',
        'osi-strict',
      ],
      { cwd: dir },
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('then run openquota scan --config conf/lg.yml');
    const loaded = await loadProgramme(join(dir, 'conf/lg.yml'));
    expect(loaded.programme).toMatchObject({ programme: 'Round 2: 2026', policy: 'osi-strict' });
    expect(loaded.programme.teams).toMatchObject([
      { id: 'lgai-exaone', huggingface: ['LGAI-EXAONE', 'LGAI-Labs'] },
    ]);
  });

  it('without any organisation, a template whose example team is commented out: scan says to list a team', async () => {
    const dir = tempDir();
    const run = await runCli(['init', '-q'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const text = readFileSync(join(dir, 'openquota.yml'), 'utf8');
    expect(text).toContain('teams: []');
    expect(text).toContain('#  - id: my-team');
    const scan = await runCli(['scan'], { cwd: dir, env: { HF_ENDPOINT: hub.url } });
    expect(scan.code).toBe(2);
    expect(scan.stderr).toContain('teams: list at least one team');
  });

  it('never overwrites a file: an existing one is refused, unchanged', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'openquota.yml'), 'mine\n');
    const run = await runCli(['init', '--hf', 'x'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--output: openquota.yml: already exists; init never overwrites a file');
    expect(run.stderr).toContain('fix: give another -o FILE, or move the file away first');
    expect(readFileSync(join(dir, 'openquota.yml'), 'utf8')).toBe('mine\n');
  });

  it('prints to stdout with -o -', async () => {
    const dir = tempDir();
    const run = await runCli(['init', '--github', 'SKT-AI', '-o', '-'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('github: [SKT-AI]');
    expect(existsSync(join(dir, 'openquota.yml'))).toBe(false);
  });

  it('checks every value by the programme file’s own rules, all at once, and writes nothing', async () => {
    const dir = tempDir();
    const run = await runCli(
      [
        'init',
        '--team',
        'Bad Team',
        '--hf',
        'https://huggingface.co/x',
        '--github',
        'a/b',
        '--policy',
        'nosuch',
        'extra',
      ],
      { cwd: dir },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^openquota init: 5 problems to fix:/);
    expect(run.stderr).toContain('--team: "Bad Team": a team id is lower-case letters, digits and dashes');
    expect(run.stderr).toContain('--hf: "https://huggingface.co/x": a Hub author is an org or user name');
    expect(run.stderr).toContain('--github: "a/b": a GitHub org is a login');
    expect(run.stderr).toContain('unknown policy "nosuch"');
    expect(run.stderr).toContain('unexpected argument "extra"');
    expect(existsSync(join(dir, 'openquota.yml'))).toBe(false);
    const twice = await runCli(['init', '--team', 'a', '--hf', 'x', '--team', 'a', '--hf', 'y'], {
      cwd: dir,
    });
    expect(twice.stderr).toContain('team id "a" is given twice');
  });
});
