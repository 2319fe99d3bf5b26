/**
 * The zod schema of an evidence record (`openquota/evidence@1`), the one place it is defined: what
 * `--save-evidence` writes and `evaluate` accepts. Values that decide a verdict are strict enums
 * (availability, source, text role, licence origin): a record claiming `availability: "PRIVATE"` or
 * an unknown key is refused (exit 2), never judged. A compile-time check below fails when
 * src/types.ts gains a field this schema lacks, so the two cannot drift.
 *
 * A new field of Release, Facts, Evidence, LicenceText, DeclaredLicence or SourceFailure is added
 * here, in the matching object below, with the same optionality as in src/types.ts.
 */
import { z } from 'zod';
import type {
  BaseModelFacts,
  DeclaredLicence,
  Evidence,
  Facts,
  LicenceText,
  Release,
  SourceFailure,
  WeightFacts,
} from './types.js';

const sourceKind = z.enum(['huggingface', 'github', 'git', 'local']);
const availability = z.enum(['public', 'gated-auto', 'gated-manual', 'private', 'disabled', 'missing']);
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 is 64 lower-case hex digits');

/** A failure that stopped a fact (or a listing) from being established. */
export const sourceFailureSchema = z.strictObject({
  code: z.string().min(1),
  message: z.string(),
  url: z.string().optional(),
  status: z.number().int().optional(),
  requestId: z.string().optional(),
  origin: z.string().optional(),
});

const declaredLicence = z.strictObject({
  origin: z.enum(['hub-card', 'hub-tag', 'github-api', 'spdx-tag', 'readme-front-matter']),
  value: z.string(),
  name: z.string().optional(),
  link: z.string().optional(),
});

const licenceText = z.strictObject({
  path: z.string().min(1),
  role: z.enum(['licence', 'readme']),
  text: z.string().optional(),
  error: z.string().optional(),
  url: z.string().optional(),
  sha256: sha256.optional(),
  truncated: z.boolean().optional(),
});

const weightFacts = z.strictObject({
  bytes: z.number().int().nonnegative().optional(),
  bytesAtLeast: z.number().int().nonnegative().optional(),
  parameters: z.number().int().nonnegative().optional(),
  dtypes: z.record(z.string(), z.number().nonnegative()).optional(),
  storageBytes: z.number().int().nonnegative().optional(),
  source: z.enum([
    'hub-listing',
    'hub-tree',
    'safetensors-header',
    'github-tree',
    'lfs-pointer',
    'file-size',
  ]),
  digests: z.array(z.string()).optional(),
  problem: z.string().optional(),
});

const baseModelFacts = z.strictObject({
  id: z.string().min(1),
  relation: z.string(),
  own: z.boolean(),
  declaredLicences: z.array(declaredLicence),
  failure: sourceFailureSchema.optional(),
});

const release = z.strictObject({
  source: sourceKind,
  id: z.string().min(1),
  team: z.string().min(1),
  declared: z.boolean(),
  origin: z.string(),
});

const facts = z.strictObject({
  source: sourceKind,
  id: z.string().min(1),
  requestedId: z.string().optional(),
  url: z.string().optional(),
  revision: z.string().optional(),
  availability: availability.nullable(),
  files: z.array(z.string()).nullable(),
  parameters: z.number().nonnegative().optional(),
  declaredLicences: z.array(declaredLicence),
  baseModels: z.array(z.string()).optional(),
  weights: weightFacts.optional(),
  baseRelation: z.string().optional(),
  fork: z.strictObject({ parent: z.string().nullable() }).optional(),
  lineage: z.array(baseModelFacts).optional(),
  links: z.array(z.string()).optional(),
  failure: sourceFailureSchema.optional(),
  problems: z.array(sourceFailureSchema).optional(),
  // Raw metadata as fetched: shown to reviewers, never judged, so its shape is not checked.
  raw: z.unknown().optional(),
});

/** One evidence record as saved in a bundle. */
export const evidenceSchema = z.strictObject({
  schema: z.literal('openquota/evidence@1'),
  team: z.string().min(1),
  release,
  facts,
  texts: z.array(licenceText),
  fetchedAt: z.iso.datetime(),
});

// Compile-time proof that schema and types agree: the same keys at every level (an optional field
// added to src/types.ts but not here fails to compile), and values assignable both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Out<T extends z.ZodType> = z.output<T>;
const _sameKeys: [
  Same<keyof Evidence, keyof Out<typeof evidenceSchema>>,
  Same<keyof Omit<Release, 'listing'>, keyof Out<typeof release>>,
  Same<keyof Facts, keyof Out<typeof facts>>,
  Same<keyof LicenceText, keyof Out<typeof licenceText>>,
  Same<keyof DeclaredLicence, keyof Out<typeof declaredLicence>>,
  Same<keyof SourceFailure, keyof Out<typeof sourceFailureSchema>>,
  Same<keyof WeightFacts, keyof Out<typeof weightFacts>>,
  Same<keyof BaseModelFacts, keyof Out<typeof baseModelFacts>>,
] = [true, true, true, true, true, true, true, true];
const _sameValues: [
  Out<typeof evidenceSchema> extends Evidence ? true : false,
  Evidence extends Out<typeof evidenceSchema> ? true : false,
] = [true, true];
void _sameKeys;
void _sameValues;
