/**
 * Evidence bundles: what `scan --save-evidence DIR` writes and `evaluate DIR` judges again.
 * A bundle is `bundle.json` (the index, with the SHA-256 of every file), `programme.yml`,
 * `policy.yml` and one record per release under `evidence/<team>/<source>/`. Loading verifies every
 * hash, refuses files the index does not list, and validates each record with the one evidence
 * schema (src/evidence-schema.ts): a bundle that does not match is a ConfigError naming the file.
 */
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { z } from 'zod';
import { replaceableByBundle } from './bundle-dir.js';
import {
  BUNDLE_SCHEMA,
  type BundleIndex,
  type bundleIndexSchema,
  indexDigest,
  recordPath,
  sha256Of,
} from './bundle-index.js';
import { verifyBundle } from './bundle-verify.js';
import { renderPath } from './config/problems.js';
import { ConfigError, InternalError } from './errors.js';
import { evidenceSchema } from './evidence-schema.js';
import { escapeRegExp, removeLeftovers, siblingOf } from './report/write.js';
import type { ScanResult } from './scan.js';
import type { Evidence, LicenceText, RequestStats, SourceFailure } from './types.js';
import { VERSION } from './version.js';

/** What a bundle holds, as read back. */
export interface Bundle {
  dir: string;
  createdAt: string;
  programme: { path: string; text: string; sha256: string; commit?: string | null };
  /** The policy saved with the bundle; `sha256` is the policy's identity as in the scan's report. */
  policy: { ref: string; text: string; file: string; sha256: string };
  teams: string[];
  failures: Record<string, SourceFailure[]>;
  evidence: Evidence[];
  requests?: RequestStats;
}

/** What saveBundle writes. */
export type BundleContent = Omit<Bundle, 'dir' | 'policy'> & {
  policy: { ref: string; text: string; sha256: string };
};

// Names openquota 0.1.0 gave to an interrupted bundle write: `evidence.1a2b3c4d.tmp` / `.old`.
const legacyLeftover = (target: string) =>
  new RegExp(`^${escapeRegExp(basename(target))}\\.[0-9a-f]{8}\\.(tmp|old)$`);

/**
 * The record as saved: exactly the evidence schema's fields. candidates.ts ranks licence files with
 * a `score` that sources spread into texts; it is not evidence and is left out.
 */
function recordOf(e: Evidence): Evidence {
  const texts = e.texts.map(({ score: _score, ...t }: LicenceText & { score?: unknown }) => t);
  const parsed = evidenceSchema.safeParse({ ...e, texts });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InternalError(
      `evidence record of ${e.facts.id} does not match its schema at ${renderPath(issue.path)}: ${issue.message}`,
    );
  }
  return parsed.data as Evidence;
}

async function writeHashed(file: string, content: string): Promise<string> {
  const bytes = Buffer.from(content, 'utf8');
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, bytes);
  return sha256Of(bytes);
}

/**
 * Writes every evidence record plus the programme and policy texts to `dir`, atomically: the new
 * bundle is built beside it and swapped in, so a failure leaves any earlier bundle untouched. A
 * bundle with no record at all (a team with no releases) is a valid bundle.
 */
export async function saveBundle(dir: string, bundle: BundleContent): Promise<void> {
  const target = resolve(dir);
  const replaceable = await replaceableByBundle(target);
  if (!replaceable.ok) {
    throw new ConfigError([
      {
        file: dir,
        path: '--save-evidence',
        message: `will not write the evidence bundle here: ${replaceable.why}`,
        fix: 'give a new or empty directory, or one written by --save-evidence before',
      },
    ]);
  }
  await mkdir(dirname(target), { recursive: true });
  await removeLeftovers(target, legacyLeftover(target));
  const temp = siblingOf(target, 'tmp', false);
  try {
    await mkdir(temp);
    const records: BundleIndex['records'] = [];
    for (const e of bundle.evidence) {
      const record = recordOf(e);
      const rel = recordPath(record.team, record.facts.source, record.facts.id);
      const sha256 = await writeHashed(join(temp, rel), `${JSON.stringify(record, null, 2)}\n`);
      records.push({
        file: rel,
        sha256,
        texts: record.texts.map((t) => (t.text === undefined ? null : sha256Of(t.text))),
      });
    }
    const index: Omit<z.input<typeof bundleIndexSchema>, 'digest'> = {
      schema: BUNDLE_SCHEMA,
      createdAt: bundle.createdAt,
      tool: { name: 'openquota', version: VERSION },
      programme: {
        file: 'programme.yml',
        path: bundle.programme.path,
        sha256: bundle.programme.sha256,
        fileSha256: await writeHashed(join(temp, 'programme.yml'), bundle.programme.text),
        commit: bundle.programme.commit ?? null,
      },
      policy: {
        ref: bundle.policy.ref,
        file: 'policy.yml',
        sha256: bundle.policy.sha256,
        fileSha256: await writeHashed(join(temp, 'policy.yml'), bundle.policy.text),
      },
      teams: bundle.teams,
      failures: bundle.failures,
      records: records.sort((a, b) => a.file.localeCompare(b.file)),
      ...(bundle.requests ? { requests: bundle.requests } : {}),
    };
    const indexWithDigest = { ...index, digest: indexDigest(index) };
    await writeFile(join(temp, 'bundle.json'), `${JSON.stringify(indexWithDigest, null, 2)}\n`);
    const old = siblingOf(target, 'old', false);
    const existed = await stat(target).then(
      () => true,
      () => false,
    );
    if (existed) await rename(target, old);
    await rename(temp, target);
    if (existed) await rm(old, { recursive: true, force: true });
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
}

/** Reads and verifies a bundle written by saveBundle; any mismatch is a ConfigError naming the file. */
export async function loadBundle(dir: string): Promise<Bundle> {
  const { index, evidence, programmeText, policyText } = await verifyBundle(dir);
  return {
    dir,
    createdAt: index.createdAt,
    programme: {
      path: index.programme.path,
      text: programmeText,
      sha256: index.programme.sha256,
      commit: index.programme.commit ?? null,
    },
    policy: {
      ref: index.policy.ref,
      file: join(dir, 'policy.yml'),
      text: policyText,
      sha256: index.policy.sha256,
    },
    teams: index.teams,
    failures: index.failures as Record<string, SourceFailure[]>,
    evidence,
    ...(index.requests ? { requests: index.requests } : {}),
  };
}

/** Saves what a scan found as a bundle: the one way `scan --save-evidence` and the Action write evidence. */
export async function saveScanEvidence(
  dir: string,
  result: Pick<ScanResult, 'report' | 'teams' | 'failures' | 'evidence'>,
  programme: { path: string; text: string; sha256: string; commit?: string | null },
  policy: { ref: string; text: string; sha256: string },
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
