import { createHash } from 'node:crypto';
import { cpSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Evidence } from '../../src/types.js';
import { runCli, tempDir } from '../support/cli.js';

// Every case starts from a copy of the example bundle, which `evaluate` accepts as written.
const EXAMPLE = 'examples/sovereign-ai-2025/evidence';
const RECORD = 'evidence/sk-telecom/huggingface/skt__A.X-4.0-';

function copy(): string {
  const dir = join(tempDir(), 'evidence');
  cpSync(EXAMPLE, dir, { recursive: true });
  return dir;
}

const sha = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');
const readJson = <T>(file: string) => JSON.parse(readFileSync(file, 'utf8')) as T;
type Index = {
  schema: string;
  teams: string[];
  failures: Record<string, unknown[]>;
  programme: { fileSha256: string; sha256: string };
  policy: { fileSha256: string };
  records: { file: string; sha256: string; texts: (string | null)[] }[];
};

/** The record of skt/A.X-4.0 (a compliant model): its file and entry. */
function record(dir: string): { file: string; rel: string; index: Index; entry: Index['records'][number] } {
  const index = readJson<Index>(join(dir, 'bundle.json'));
  const entry = index.records.find((r) => r.file.startsWith(RECORD))!;
  return { file: join(dir, entry.file), rel: entry.file, index, entry };
}

/** A forger's edit: change a record and write every hash bundle.json lists to match. */
function forge(dir: string, edit: (e: Evidence) => void, rehashTexts = true): void {
  const { file, index, entry } = record(dir);
  const e = readJson<Evidence>(file);
  edit(e);
  const text = `${JSON.stringify(e, null, 2)}\n`;
  writeFileSync(file, text);
  entry.sha256 = sha(text);
  if (rehashTexts) entry.texts = e.texts.map((t) => (t.text === undefined ? null : sha(t.text)));
  writeIndex(dir, index);
}

/** Writes bundle.json with its digest recomputed, as a forger would. */
function writeIndex(dir: string, index: Index): void {
  const { digest: _d, ...rest } = index as Index & { digest?: string };
  writeFileSync(join(dir, 'bundle.json'), JSON.stringify({ ...rest, digest: sha(JSON.stringify(rest)) }));
}

async function evaluate(dir: string) {
  // Piped, the report is JSON; errors stay text (they are JSON only when --format json is asked).
  return runCli(['evaluate', dir]);
}

describe('evaluate refuses a bundle that is not the one the scan wrote (exit 2, the file named)', () => {
  it('honest: the bundle as written is evaluated (exit by the teams’ statuses)', async () => {
    const run = await evaluate(copy());
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
  });

  it('a record edited (availability private -> public), hashes left alone', async () => {
    const dir = copy();
    const { file, rel } = record(dir);
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('"availability": "public"', '"availability": "gated-auto"'),
    );
    const run = await evaluate(dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${rel}: its SHA-256 does not match bundle.json`);
  });

  it('a record re-hashed by the forger but holding a value no source writes ("PRIVATE")', async () => {
    const dir = copy();
    forge(dir, (e) => {
      (e.facts as { availability: string }).availability = 'PRIVATE';
    });
    const run = await evaluate(dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /skt__A\.X-4\.0-\w+\.json: facts\.availability: not a valid evidence record: "PRIVATE" is not a value allowed here/,
    );
  });

  it('a record with a key the schema does not know is refused, not ignored', async () => {
    const dir = copy();
    forge(dir, (e) => {
      (e.facts as unknown as Record<string, unknown>).approvedByMinistry = true;
    });
    const run = await evaluate(dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /facts\.approvedByMinistry: not a valid evidence record: unknown key "approvedByMinistry"/,
    );
  });

  it('a licence text replaced, the record re-hashed but not the text', async () => {
    const dir = copy();
    forge(
      dir,
      (e) => {
        const t = e.texts.find((x) => x.text !== undefined)!;
        t.text = `${t.text}\nFor non-commercial research use only.`;
      },
      false,
    );
    const run = await evaluate(dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('texts: its texts do not match the SHA-256 listed in bundle.json');
  });

  it('the programme file edited (a team dropped from it)', async () => {
    const dir = copy();
    const file = join(dir, 'programme.yml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/models: \[skt\/A\.X-K1\]/, 'models: []'));
    const run = await evaluate(dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('programme.yml: its SHA-256 does not match bundle.json');
  });

  it('the policy file edited (threshold lowered)', async () => {
    const dir = copy();
    const file = join(dir, 'policy.yml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('threshold: 0.5', 'threshold: 0.1'));
    const run = await evaluate(dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('policy.yml: its SHA-256 does not match bundle.json');
  });

  it('a record removed (a failing model deleted)', async () => {
    const dir = copy();
    const { file, rel } = record(dir);
    rmSync(file);
    const run = await evaluate(dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${rel}: listed in bundle.json but missing`);
  });

  it('a record added that bundle.json does not list (a compliant model slipped in)', async () => {
    const dir = copy();
    const { file } = record(dir);
    const extra = join(dir, 'evidence/upstage/huggingface/upstage__open-7b-00000000.json');
    cpSync(file, extra);
    const run = await evaluate(dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('upstage__open-7b-00000000.json: not listed in bundle.json');
  });

  it('a record moved to another team, listed and re-hashed: filed where its content does not belong', async () => {
    const dir = copy();
    const { file, index, entry } = record(dir);
    const moved = entry.file.replace('sk-telecom', 'upstage');
    cpSync(file, join(dir, moved));
    rmSync(file);
    entry.file = moved;
    writeIndex(dir, index);
    const run = await evaluate(dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'filed under another name than its release skt/A.X-4.0 of team sk-telecom gives',
    );
  });

  it('an index pointing outside the bundle is refused by its shape', async () => {
    const dir = copy();
    const { index, entry } = record(dir);
    entry.file = '../../../etc/passwd';
    writeIndex(dir, index);
    const run = await evaluate(dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /bundle\.json: records\[\d+\]\.file: a record is evidence\/<team>\/<source>\/<name>\.json/,
    );
  });

  it('a symlink in the bundle is refused (a record that reads another file)', async () => {
    const dir = copy();
    symlinkSync('/etc/hostname', join(dir, 'evidence', 'link.json'));
    const run = await evaluate(dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('link.json: not a regular file (a symlink, FIFO or device) in a bundle');
  });

  it('bundle.json edited (a listing failure removed, so an incomplete team looks complete)', async () => {
    const dir = copy();
    const index = readJson<Index>(join(dir, 'bundle.json'));
    index.failures['sk-telecom'] = [];
    index.failures.upstage = [{ code: 'HTTP_ERROR', message: 'x' }];
    writeFileSync(join(dir, 'bundle.json'), JSON.stringify(index, null, 2));
    const run = await evaluate(dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('bundle.json: digest: its digest does not match its content');
  });

  it('a forger who recomputes every hash is not detected: the documented limit (README)', async () => {
    // The hashes detect edits, not a forged bundle: anyone can recompute them. Signing can come
    // later. What a forger cannot do is make evaluate judge a value no source writes (above).
    const dir = copy();
    forge(dir, (e) => {
      e.fetchedAt = '2026-11-28T00:00:00.000Z';
    });
    writeIndex(dir, readJson<Index>(join(dir, 'bundle.json')));
    const run = await evaluate(dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
  });

  it('an openquota/evidence-bundle@1 bundle (no hashes) is refused with the way out', async () => {
    const dir = copy();
    const index = readJson<Index>(join(dir, 'bundle.json'));
    writeIndex(dir, { ...index, schema: 'openquota/evidence-bundle@1' });
    const run = await evaluate(dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/carries no SHA-256 of its files[\s\S]*fix: scan again with --save-evidence/);
  });

  it('every problem at once: two edited files are both named', async () => {
    const dir = copy();
    writeFileSync(join(dir, 'policy.yml'), 'x');
    writeFileSync(join(dir, 'programme.yml'), 'y');
    const run = await evaluate(dir);
    expect(run.stderr).toMatch(/2 problems to fix/);
  });

  it('a team added to bundle.json that the programme file does not have', async () => {
    const dir = copy();
    const index = readJson<Index>(join(dir, 'bundle.json'));
    index.teams.push('ghost-team');
    writeIndex(dir, index);
    const run = await evaluate(dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('team "ghost-team" is not in the bundle\'s programme file');
  });
});
