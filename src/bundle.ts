import { createHash, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { ConfigError } from './errors.js';
import type { ScanResult } from './scan.js';
import type { Evidence, RequestStats, SourceFailure } from './types.js';
import { VERSION } from './version.js';

/** The index of an evidence bundle (`bundle.json`). */
const bundleSchema = z.object({
  schema: z.literal('openquota/evidence-bundle@1'),
  createdAt: z.string(),
  tool: z.object({ name: z.literal('openquota'), version: z.string() }),
  programme: z.object({
    file: z.string(),
    path: z.string(),
    sha256: z.string(),
    commit: z.string().nullish(),
  }),
  policy: z.object({ ref: z.string(), file: z.string(), sha256: z.string() }),
  teams: z.array(z.string()),
  failures: z.record(z.string(), z.array(z.any())),
  records: z.array(z.string()),
  requests: z.any().optional(),
});

/** What a bundle holds, as read back. */
export interface Bundle {
  dir: string;
  createdAt: string;
  programme: { path: string; text: string; sha256: string; commit?: string | null };
  policy: { ref: string; text: string; file: string };
  teams: string[];
  failures: Record<string, SourceFailure[]>;
  evidence: Evidence[];
  requests?: RequestStats;
}

/** A file name for a release id: `LGAI-EXAONE/EXAONE-4.0-32B` -> `LGAI-EXAONE__EXAONE-4.0-32B.json`. */
function recordName(id: string): string {
  const safe = id.replace(/^[a-z]+:\/\//i, '').replace(/[^A-Za-z0-9._-]+/g, '__');
  return `${safe.slice(0, 120)}-${createHash('sha256').update(id).digest('hex').slice(0, 8)}.json`;
}

/**
 * Writes every evidence record plus the programme and policy texts to `dir`, atomically: the new
 * bundle is built beside it and swapped in, so a failure leaves any earlier bundle untouched.
 */
export async function saveBundle(
  dir: string,
  bundle: Omit<Bundle, 'dir' | 'policy'> & { policy: { ref: string; text: string } },
): Promise<void> {
  const target = resolve(dir);
  await mkdir(dirname(target), { recursive: true });
  const temp = `${target}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    const records: string[] = [];
    for (const e of bundle.evidence) {
      const rel = join('evidence', e.team, e.facts.source, recordName(e.facts.id));
      await mkdir(join(temp, dirname(rel)), { recursive: true });
      await writeFile(join(temp, rel), `${JSON.stringify(e, null, 2)}\n`);
      records.push(rel.split('\\').join('/'));
    }
    await writeFile(join(temp, 'programme.yml'), bundle.programme.text);
    await writeFile(join(temp, 'policy.yml'), bundle.policy.text);
    const index: z.input<typeof bundleSchema> = {
      schema: 'openquota/evidence-bundle@1',
      createdAt: bundle.createdAt,
      tool: { name: 'openquota', version: VERSION },
      programme: {
        file: 'programme.yml',
        path: bundle.programme.path,
        sha256: bundle.programme.sha256,
        commit: bundle.programme.commit ?? null,
      },
      policy: { ref: bundle.policy.ref, file: 'policy.yml', sha256: sha256(bundle.policy.text) },
      teams: bundle.teams,
      failures: bundle.failures,
      records: records.sort(),
      ...(bundle.requests ? { requests: bundle.requests } : {}),
    };
    await writeFile(join(temp, 'bundle.json'), `${JSON.stringify(index, null, 2)}\n`);
    const old = `${target}.${randomBytes(4).toString('hex')}.old`;
    if (existsSync(target)) await rename(target, old);
    await rename(temp, target);
    await rm(old, { recursive: true, force: true });
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Reads a bundle written by saveBundle; a missing or malformed one is a ConfigError naming the file. */
export async function loadBundle(dir: string): Promise<Bundle> {
  const indexFile = join(dir, 'bundle.json');
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(indexFile, 'utf8'));
  } catch (error) {
    throw new ConfigError([
      {
        file: indexFile,
        path: '',
        message: `not an evidence bundle: ${(error as Error).message.split('\n')[0]}`,
        fix: 'give the directory written by `openquota scan --save-evidence DIR`',
      },
    ]);
  }
  const parsed = bundleSchema.safeParse(raw);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => ({
        file: indexFile,
        path: i.path.join('.'),
        message: i.message,
        fix: 'the bundle index is damaged; write the bundle again with --save-evidence',
      })),
    );
  }
  const index = parsed.data;
  const evidence: Evidence[] = [];
  for (const rel of index.records) {
    const file = join(dir, rel);
    try {
      evidence.push(JSON.parse(await readFile(file, 'utf8')) as Evidence);
    } catch (error) {
      throw new ConfigError([
        { file, path: '', message: `evidence record unreadable: ${(error as Error).message}` },
      ]);
    }
  }
  return {
    dir,
    createdAt: index.createdAt,
    programme: {
      path: index.programme.path,
      text: await readFile(join(dir, basename(index.programme.file)), 'utf8'),
      sha256: index.programme.sha256,
      commit: index.programme.commit ?? null,
    },
    policy: {
      ref: index.policy.ref,
      file: join(dir, basename(index.policy.file)),
      text: await readFile(join(dir, basename(index.policy.file)), 'utf8'),
    },
    teams: index.teams,
    failures: index.failures as Record<string, SourceFailure[]>,
    evidence,
    ...(index.requests ? { requests: index.requests as RequestStats } : {}),
  };
}

/** Saves what a scan found as a bundle: the one way `scan --save-evidence` and the Action write evidence. */
export async function saveScanEvidence(
  dir: string,
  result: Pick<ScanResult, 'report' | 'teams' | 'failures' | 'evidence'>,
  programme: { path: string; text: string; sha256: string; commit?: string | null },
  policy: { ref: string; text: string },
): Promise<void> {
  await saveBundle(dir, {
    createdAt: result.report.generatedAt,
    programme,
    policy,
    teams: result.teams,
    failures: result.failures,
    evidence: result.evidence,
    ...(result.report.requests ? { requests: result.report.requests } : {}),
  });
}
