import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBundle, saveBundle } from '../../src/bundle.js';
import { InternalError } from '../../src/errors.js';
import { writeFileAtomic } from '../../src/report/write.js';
import type { Evidence, Report } from '../../src/types.js';
import { problemsIn, runCli, tempDir } from '../support/cli.js';
import { hubEvidence } from '../support/evidence.js';
import { type HubServer, startHubServer } from '../support/hub-server.js';

let hub: HubServer;
beforeAll(async () => {
  hub = await startHubServer();
});
afterAll(async () => {
  await hub.close();
});

const content = (evidence: Evidence[]) => ({
  createdAt: '2026-11-28T00:00:00.000Z',
  programme: {
    path: 'openquota.yml',
    text: 'programme: T\nteams:\n  - id: team-a\n    name: A\n    models: [org/a]\n',
    sha256: 'a'.repeat(64),
  },
  policy: { ref: 'msit-sovereign-ai-2025', text: 'id: x\n', sha256: 'b'.repeat(64) },
  teams: ['team-a'],
  failures: { 'team-a': [] },
  evidence,
});

/** The pid of a process that has exited: no process of this machine has it now. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid!;
}

describe('a team with no releases writes a valid bundle', () => {
  it('an empty Hub author: scan --save-evidence, then evaluate gives the same report', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'openquota.yml'),
      'programme: E\nteams:\n  - id: empty\n    name: Empty\n    huggingface: [nobody-here]\n',
    );
    const scan = await runCli(
      ['scan', '--config', 'openquota.yml', '--save-evidence', 'ev', '--format', 'json'],
      {
        cwd: dir,
        env: { HF_ENDPOINT: hub.url },
      },
    );
    expect(problemsIn(scan.stderr)).toBe('');
    expect(scan.code).toBe(1); // nothing counted is `fail`
    expect(readdirSync(join(dir, 'ev')).sort()).toEqual(['bundle.json', 'policy.yml', 'programme.yml']);
    const again = await runCli(['evaluate', 'ev', '--format', 'json'], { cwd: dir });
    expect(again.code).toBe(1);
    expect(JSON.parse(again.stdout)).toEqual(JSON.parse(scan.stdout));
  });

  it('a listing that failed: the bundle keeps the failure, evaluate says incomplete (exit 3)', async () => {
    const broken = await startHubServer({ failAll: 503 });
    try {
      const dir = tempDir();
      writeFileSync(
        join(dir, 'openquota.yml'),
        'programme: E\nteams:\n  - id: down\n    name: Down\n    huggingface: [org]\n',
      );
      const scan = await runCli(
        ['scan', '--config', 'openquota.yml', '--save-evidence', 'ev', '--format', 'json', '--timeout', '2'],
        { cwd: dir, env: { HF_ENDPOINT: broken.url } },
      );
      expect(scan.code).toBe(3);
      const again = await runCli(['evaluate', 'ev', '--format', 'json'], { cwd: dir });
      expect(again.code).toBe(3);
      expect((JSON.parse(again.stdout) as Report).teams[0]!.reason.code).toBe('LISTING_FAILED');
    } finally {
      await broken.close();
    }
  }, 60_000);
});

describe('saveBundle', () => {
  it('writes exactly the evidence schema: the candidate ranking `score` is not evidence', async () => {
    const dir = join(tempDir(), 'ev');
    const e = hubEvidence('org/a', {}, [
      { path: 'LICENSE', role: 'licence', text: 'MIT', score: 1 } as never,
    ]);
    await saveBundle(dir, content([e]));
    const bundle = await loadBundle(dir);
    expect(bundle.evidence[0]!.texts[0]).toEqual({ path: 'LICENSE', role: 'licence', text: 'MIT' });
  });

  it('a record a source got wrong is our bug, not a bundle written anyway', async () => {
    const dir = join(tempDir(), 'ev');
    const e = hubEvidence('org/a', { availability: 'PRIVATE' as never });
    await expect(saveBundle(dir, content([e]))).rejects.toBeInstanceOf(InternalError);
    expect(existsSync(dir)).toBe(false);
  });

  it('refuses to replace a folder that is not a bundle, and leaves it as it was', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    await expect(saveBundle(dir, content([]))).rejects.toThrow(/folder that is not an evidence bundle/);
    expect(readdirSync(dir)).toEqual(['notes.txt']);
  });

  it('refuses to replace a bundle holding a file of the user’s too', async () => {
    const dir = join(tempDir(), 'ev');
    await saveBundle(dir, content([]));
    writeFileSync(join(dir, 'review-notes.md'), 'mine');
    await expect(saveBundle(dir, content([]))).rejects.toThrow(
      /not part of an evidence bundle \(review-notes\.md\)/,
    );
    expect(readFileSync(join(dir, 'review-notes.md'), 'utf8')).toBe('mine');
  });

  it('replaces an earlier bundle and an empty folder (the honest cases)', async () => {
    const parent = tempDir();
    const dir = join(parent, 'ev');
    mkdirSync(dir);
    await saveBundle(dir, content([hubEvidence('org/a')]));
    await saveBundle(dir, content([]));
    expect((await loadBundle(dir)).evidence).toEqual([]);
    expect(readdirSync(parent)).toEqual(['ev']);
  });

  it('cleans what an interrupted write left: its own names of exited processes, and 0.1.0’s', async () => {
    const parent = tempDir();
    const dir = join(parent, 'evidence');
    const dead = deadPid();
    for (const name of [
      `evidence.openquota-${dead}-0123456789ab.tmp`,
      `evidence.openquota-${dead}-0123456789ab.old`,
      'evidence.1a2b3c4d.old',
      'evidence.1a2b3c4d.tmp',
    ]) {
      mkdirSync(join(parent, name));
      writeFileSync(join(parent, name, 'bundle.json'), '{}');
    }
    // A write in progress by a live process, and files that only look alike, are left alone.
    mkdirSync(join(parent, `evidence.openquota-${process.ppid}-0123456789ab.tmp`));
    writeFileSync(join(parent, 'evidence.backup.old'), 'mine');
    writeFileSync(join(parent, 'other.1a2b3c4d.tmp'), 'mine');
    await saveBundle(dir, content([]));
    expect(readdirSync(parent).sort()).toEqual(
      [
        'evidence',
        'evidence.backup.old',
        `evidence.openquota-${process.ppid}-0123456789ab.tmp`,
        'other.1a2b3c4d.tmp',
      ].sort(),
    );
  });

  it('writeFileAtomic cleans the temp file an interrupted report write left', async () => {
    const dir = tempDir();
    const dead = deadPid();
    writeFileSync(join(dir, `.report.json.openquota-${dead}-0123456789ab.tmp`), '{"half":');
    await writeFileAtomic(join(dir, 'report.json'), '{}\n');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });
});
