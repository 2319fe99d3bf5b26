/**
 * Verifies an evidence bundle before anything in it is judged: the index is a bundle this version
 * reads, every file the index lists is there with the SHA-256 it lists, no file is there that the
 * index does not list, and every record is a valid evidence record filed where its team, source and
 * id say. Every problem is collected, so one run names every file that does not match.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  BUNDLE_SCHEMA,
  type BundleIndex,
  bundleIndexSchema,
  indexDigest,
  recordPath,
  sha256Of,
} from './bundle-index.js';
import { capProblems, keysAt } from './config/parse.js';
import { problemsFromZod, renderPath } from './config/problems.js';
import { ConfigError, type ConfigProblem } from './errors.js';
import { evidenceSchema } from './evidence-schema.js';
import { formatBytes, readBounded } from './read/bounded.js';
import { decodeText } from './read/decode.js';
import { LIMITS, nestsDeeperThan } from './read/limits.js';
import type { Evidence } from './types.js';

/** A verified bundle's contents. */
export interface VerifiedBundle {
  index: BundleIndex;
  evidence: Evidence[];
  programmeText: string;
  policyText: string;
}

const REWRITE = 'write the bundle again with `openquota scan --save-evidence DIR`';
const EDITED = `the bundle was changed after it was written; ${REWRITE}`;

function problem(file: string, message: string, fix = EDITED, path = ''): ConfigProblem {
  return { file, path, message, fix };
}

/** Parses JSON bytes, within the depth limit; a failure is a problem naming the file. */
function parseJson(
  file: string,
  bytes: Uint8Array,
): { ok: true; value: unknown } | { ok: false; problem: ConfigProblem } {
  let value: unknown;
  try {
    value = JSON.parse(decodeText(bytes));
  } catch (error) {
    return { ok: false, problem: problem(file, `not JSON: ${(error as Error).message.split('\n')[0]}`) };
  }
  if (nestsDeeperThan(value, LIMITS.depth))
    return { ok: false, problem: problem(file, `nested more than ${LIMITS.depth} levels deep`) };
  return { ok: true, value };
}

async function readIndex(dir: string): Promise<BundleIndex> {
  const file = join(dir, 'bundle.json');
  const fix = 'give the directory written by `openquota scan --save-evidence DIR`';
  const read = await readBounded(file, LIMITS.bundleIndex);
  if (!read.ok)
    throw new ConfigError([problem(file, `not an evidence bundle: bundle.json ${read.message}`, fix)]);
  if (read.truncated)
    throw new ConfigError([
      problem(file, `bundle.json is larger than ${formatBytes(LIMITS.bundleIndex)}`, fix),
    ]);
  const json = parseJson(file, read.bytes);
  if (!json.ok) throw new ConfigError([json.problem]);
  const schema = (json.value as { schema?: unknown } | null)?.schema;
  if (schema === 'openquota/evidence-bundle@1') {
    // A @1 bundle carries no hashes: nothing shows it is the bundle the scan wrote, so it is not judged.
    throw new ConfigError([
      problem(
        file,
        'this bundle (openquota/evidence-bundle@1) carries no SHA-256 of its files, so edits to it cannot be detected; this version does not judge it',
        `scan again with --save-evidence to write an ${BUNDLE_SCHEMA} bundle`,
        'schema',
      ),
    ]);
  }
  const parsed = bundleIndexSchema.safeParse(json.value);
  if (parsed.success && indexDigest(json.value as Record<string, unknown>) !== parsed.data.digest) {
    throw new ConfigError([
      problem(file, 'its digest does not match its content: bundle.json was edited', EDITED, 'digest'),
    ]);
  }
  if (!parsed.success) {
    throw new ConfigError(
      capProblems(
        parsed.error.issues.map((i) =>
          problem(file, i.message, `the bundle index is damaged; ${REWRITE}`, renderPath(i.path)),
        ),
      ),
    );
  }
  return parsed.data;
}

/** Every path under `dir`, relative and with `/`; directories end in `/`, non-regular files are flagged. */
async function listBundle(dir: string, problems: ConfigProblem[]): Promise<Set<string>> {
  const files = new Set<string>();
  const queue = [''];
  while (queue.length > 0) {
    const rel = queue.shift()!;
    for (const entry of await readdir(join(dir, rel), { withFileTypes: true })) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) queue.push(path);
      else if (entry.isFile()) files.add(path);
      else
        problems.push(problem(join(dir, path), 'not a regular file (a symlink, FIFO or device) in a bundle'));
      if (files.size > LIMITS.bundleRecords + 3) {
        throw new ConfigError([problem(dir, `holds more than ${LIMITS.bundleRecords} files`, REWRITE)]);
      }
    }
  }
  return files;
}

/** Reads a listed file and checks its hash; returns its bytes when they match. */
async function readListed(
  dir: string,
  rel: string,
  expected: string,
  maxBytes: number,
  problems: ConfigProblem[],
): Promise<Buffer | undefined> {
  const file = join(dir, rel);
  const read = await readBounded(file, maxBytes);
  if (!read.ok) {
    problems.push(
      problem(
        file,
        read.reason === 'missing' ? 'listed in bundle.json but missing' : `the file ${read.message}`,
      ),
    );
    return undefined;
  }
  if (read.truncated) {
    problems.push(
      problem(file, `larger than ${formatBytes(maxBytes)}, more than any record openquota writes`),
    );
    return undefined;
  }
  if (sha256Of(read.bytes) !== expected) {
    problems.push(problem(file, 'its SHA-256 does not match bundle.json: the file was edited'));
    return undefined;
  }
  return read.bytes;
}

/** Checks one record's content: schema, where it is filed, its team, and the hashes of its texts. */
function checkRecord(
  file: string,
  entry: BundleIndex['records'][number],
  value: unknown,
  index: BundleIndex,
  problems: ConfigProblem[],
): Evidence | undefined {
  const parsed = evidenceSchema.safeParse(value, { reportInput: true });
  if (!parsed.success) {
    const found = problemsFromZod(
      file,
      parsed.error,
      (p) => keysAt(evidenceSchema, p),
      () => undefined,
    );
    for (const p of found.slice(0, 10))
      problems.push({ ...p, message: `not a valid evidence record: ${p.message}` });
    return undefined;
  }
  const e = parsed.data as Evidence;
  const before = problems.length;
  if (entry.file !== recordPath(e.team, e.facts.source, e.facts.id))
    problems.push(
      problem(file, `filed under another name than its release ${e.facts.id} of team ${e.team} gives`),
    );
  if (e.release.team !== e.team)
    problems.push(problem(file, 'release.team differs from team', EDITED, 'release.team'));
  if (!index.teams.includes(e.team))
    problems.push(problem(file, `team "${e.team}" is not a team of the bundle`, EDITED, 'team'));
  const texts = e.texts.map((t) => (t.text === undefined ? null : sha256Of(t.text)));
  if (texts.length !== entry.texts.length || texts.some((h, i) => h !== entry.texts[i]))
    problems.push(problem(file, 'its texts do not match the SHA-256 listed in bundle.json', EDITED, 'texts'));
  return problems.length === before ? e : undefined;
}

/** Verifies the bundle in `dir`; throws one ConfigError listing every file that does not match. */
export async function verifyBundle(dir: string): Promise<VerifiedBundle> {
  const index = await readIndex(dir);
  const problems: ConfigProblem[] = [];
  const present = await listBundle(dir, problems);
  const listed = new Set(['bundle.json', 'programme.yml', 'policy.yml']);
  const evidence: Evidence[] = [];
  let total = 0;
  for (const entry of index.records) {
    if (listed.has(entry.file)) {
      problems.push(problem(join(dir, entry.file), 'listed twice in bundle.json'));
      continue;
    }
    listed.add(entry.file);
    const bytes = await readListed(dir, entry.file, entry.sha256, LIMITS.bundleRecord, problems);
    if (!bytes) continue;
    total += bytes.length;
    if (total > LIMITS.bundleTotal) {
      throw new ConfigError([
        problem(dir, `its records hold more than ${formatBytes(LIMITS.bundleTotal)}`, REWRITE),
      ]);
    }
    const json = parseJson(join(dir, entry.file), bytes);
    if (!json.ok) problems.push(json.problem);
    else {
      const e = checkRecord(join(dir, entry.file), entry, json.value, index, problems);
      if (e) evidence.push(e);
    }
  }
  for (const path of present) {
    if (!listed.has(path))
      problems.push(
        problem(join(dir, path), 'not listed in bundle.json: added after the bundle was written'),
      );
  }
  for (const team of Object.keys(index.failures)) {
    if (!index.teams.includes(team))
      problems.push(
        problem(
          join(dir, 'bundle.json'),
          `failures of "${team}", not a team of the bundle`,
          EDITED,
          'failures',
        ),
      );
  }
  const programme = await readListed(
    dir,
    'programme.yml',
    index.programme.fileSha256,
    LIMITS.configFile,
    problems,
  );
  const policy = await readListed(dir, 'policy.yml', index.policy.fileSha256, LIMITS.configFile, problems);
  if (problems.length > 0 || !programme || !policy) throw new ConfigError(capProblems(problems));
  return { index, evidence, programmeText: decodeText(programme), policyText: decodeText(policy) };
}
