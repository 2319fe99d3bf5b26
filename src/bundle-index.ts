/**
 * The index of an evidence bundle (`bundle.json`, `openquota/evidence-bundle@2`): what the bundle
 * holds and the SHA-256 of every file in it, so `evaluate` can tell an edited, removed or added
 * file from the bundle the scan wrote. The hashes detect edits; they do not prove who wrote the
 * bundle (anyone can recompute them): signing can come later.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { sourceFailureSchema } from './evidence-schema.js';

/** The bundle format this version writes and reads. */
export const BUNDLE_SCHEMA = 'openquota/evidence-bundle@2';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 is 64 lower-case hex digits');

// Records live at evidence/<team>/<source>/<name>.json: nothing else, so an index cannot point
// evaluate at a file outside the bundle (`../../etc/passwd`).
const RECORD_PATH = /^evidence\/[a-z0-9][a-z0-9-]*\/(huggingface|github|git|local)\/[A-Za-z0-9._-]+\.json$/;

/** One record of the bundle: its file, the file's SHA-256, and the SHA-256 of each text it holds. */
const recordEntry = z.strictObject({
  file: z.string().regex(RECORD_PATH, 'a record is evidence/<team>/<source>/<name>.json'),
  sha256,
  // In the order of the record's `texts`; null for a text that was not read (it has an `error`).
  texts: z.array(sha256.nullable()),
});

/** `bundle.json` as this version writes it. */
export const bundleIndexSchema = z.strictObject({
  schema: z.literal(BUNDLE_SCHEMA),
  createdAt: z.iso.datetime(),
  tool: z.strictObject({ name: z.literal('openquota'), version: z.string() }),
  programme: z.strictObject({
    file: z.literal('programme.yml'),
    /** The programme file's path as the scan named it (shown in reports). */
    path: z.string(),
    /** SHA-256 of the programme file the scan read, as in the report's `programme.sha256`. */
    sha256,
    /** SHA-256 of `programme.yml` in the bundle (equal to `sha256` for a UTF-8 file). */
    fileSha256: sha256,
    commit: z.string().nullish(),
  }),
  policy: z.strictObject({
    ref: z.string(),
    file: z.literal('policy.yml'),
    /** The policy's SHA-256 as in the report's `policy.sha256`. */
    sha256,
    /** SHA-256 of `policy.yml` in the bundle. */
    fileSha256: sha256,
  }),
  teams: z.array(z.string()),
  failures: z.record(z.string(), z.array(sourceFailureSchema)),
  records: z.array(recordEntry),
  /**
   * SHA-256 of this index itself: of its JSON (compact, keys in written order) without this field,
   * so an edit of the index (a listing failure removed, a team added) is detected like any other.
   */
  digest: sha256,
  requests: z
    .strictObject({
      api: z.number(),
      files: z.number(),
      retries: z.number(),
      notModified: z.number(),
      cacheHits: z.number(),
    })
    .optional(),
});

/** A validated bundle index. */
export type BundleIndex = z.output<typeof bundleIndexSchema>;

/** The digest of an index: SHA-256 of its compact JSON without the `digest` field. */
export function indexDigest(index: Record<string, unknown>): string {
  const { digest: _digest, ...rest } = index;
  return sha256Of(JSON.stringify(rest));
}

/** SHA-256 of bytes or of a string's UTF-8, in hex. */
export function sha256Of(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** A file name for a release id: `LGAI-EXAONE/EXAONE-4.0-32B` -> `LGAI-EXAONE__EXAONE-4.0-32B-9167c224.json`. */
export function recordName(id: string): string {
  const safe = id.replace(/^[a-z]+:\/\//i, '').replace(/[^A-Za-z0-9._-]+/g, '__');
  return `${safe.slice(0, 120)}-${sha256Of(id).slice(0, 8)}.json`;
}

/** Where a record of `team` about a release of `source` with id `id` lives in a bundle. */
export function recordPath(team: string, source: string, id: string): string {
  return `evidence/${team}/${source}/${recordName(id)}`;
}
