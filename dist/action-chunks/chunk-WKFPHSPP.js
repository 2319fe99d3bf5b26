import {
  external_exports
} from "./chunk-F2ZSLCTL.js";

// src/evidence-schema.ts
var sourceKind = external_exports.enum(["huggingface", "github", "git", "local"]);
var availability = external_exports.enum(["public", "gated-auto", "gated-manual", "private", "disabled", "missing"]);
var sha256 = external_exports.string().regex(/^[0-9a-f]{64}$/, "a SHA-256 is 64 lower-case hex digits");
var sourceFailureSchema = external_exports.strictObject({
  code: external_exports.string().min(1),
  message: external_exports.string(),
  url: external_exports.string().optional(),
  status: external_exports.number().int().optional(),
  requestId: external_exports.string().optional(),
  origin: external_exports.string().optional()
});
var declaredLicence = external_exports.strictObject({
  origin: external_exports.enum(["hub-card", "hub-tag", "github-api", "spdx-tag", "readme-front-matter"]),
  value: external_exports.string(),
  name: external_exports.string().optional(),
  link: external_exports.string().optional()
});
var licenceText = external_exports.strictObject({
  path: external_exports.string().min(1),
  role: external_exports.enum(["licence", "readme"]),
  text: external_exports.string().optional(),
  error: external_exports.string().optional(),
  url: external_exports.string().optional(),
  sha256: sha256.optional(),
  truncated: external_exports.boolean().optional()
});
var weightFacts = external_exports.strictObject({
  bytes: external_exports.number().int().nonnegative().optional(),
  bytesAtLeast: external_exports.number().int().nonnegative().optional(),
  parameters: external_exports.number().int().nonnegative().optional(),
  dtypes: external_exports.record(external_exports.string(), external_exports.number().nonnegative()).optional(),
  storageBytes: external_exports.number().int().nonnegative().optional(),
  source: external_exports.enum([
    "hub-listing",
    "hub-tree",
    "safetensors-header",
    "github-tree",
    "lfs-pointer",
    "file-size"
  ]),
  digests: external_exports.array(external_exports.string()).optional(),
  problem: external_exports.string().optional()
});
var baseModelFacts = external_exports.strictObject({
  id: external_exports.string().min(1),
  relation: external_exports.string(),
  own: external_exports.boolean(),
  declaredLicences: external_exports.array(declaredLicence),
  failure: sourceFailureSchema.optional()
});
var release = external_exports.strictObject({
  source: sourceKind,
  id: external_exports.string().min(1),
  team: external_exports.string().min(1),
  declared: external_exports.boolean(),
  origin: external_exports.string()
});
var facts = external_exports.strictObject({
  source: sourceKind,
  id: external_exports.string().min(1),
  requestedId: external_exports.string().optional(),
  url: external_exports.string().optional(),
  revision: external_exports.string().optional(),
  availability: availability.nullable(),
  files: external_exports.array(external_exports.string()).nullable(),
  parameters: external_exports.number().nonnegative().optional(),
  declaredLicences: external_exports.array(declaredLicence),
  baseModels: external_exports.array(external_exports.string()).optional(),
  weights: weightFacts.optional(),
  baseRelation: external_exports.string().optional(),
  fork: external_exports.strictObject({ parent: external_exports.string().nullable() }).optional(),
  lineage: external_exports.array(baseModelFacts).optional(),
  links: external_exports.array(external_exports.string()).optional(),
  failure: sourceFailureSchema.optional(),
  problems: external_exports.array(sourceFailureSchema).optional(),
  // Raw metadata as fetched: shown to reviewers, never judged, so its shape is not checked.
  raw: external_exports.unknown().optional()
});
var evidenceSchema = external_exports.strictObject({
  schema: external_exports.literal("openquota/evidence@1"),
  team: external_exports.string().min(1),
  release,
  facts,
  texts: external_exports.array(licenceText),
  fetchedAt: external_exports.iso.datetime()
});

// src/bundle-index.ts
import { createHash } from "node:crypto";
var BUNDLE_SCHEMA = "openquota/evidence-bundle@2";
var sha2562 = external_exports.string().regex(/^[0-9a-f]{64}$/, "a SHA-256 is 64 lower-case hex digits");
var RECORD_PATH = /^evidence\/[a-z0-9][a-z0-9-]*\/(huggingface|github|git|local)\/[A-Za-z0-9._-]+\.json$/;
var recordEntry = external_exports.strictObject({
  file: external_exports.string().regex(RECORD_PATH, "a record is evidence/<team>/<source>/<name>.json"),
  sha256: sha2562,
  // In the order of the record's `texts`; null for a text that was not read (it has an `error`).
  texts: external_exports.array(sha2562.nullable())
});
var bundleIndexSchema = external_exports.strictObject({
  schema: external_exports.literal(BUNDLE_SCHEMA),
  createdAt: external_exports.iso.datetime(),
  tool: external_exports.strictObject({ name: external_exports.literal("openquota"), version: external_exports.string() }),
  programme: external_exports.strictObject({
    file: external_exports.literal("programme.yml"),
    /** The programme file's path as the scan named it (shown in reports). */
    path: external_exports.string(),
    /** SHA-256 of the programme file the scan read, as in the report's `programme.sha256`. */
    sha256: sha2562,
    /** SHA-256 of `programme.yml` in the bundle (equal to `sha256` for a UTF-8 file). */
    fileSha256: sha2562,
    commit: external_exports.string().nullish()
  }),
  policy: external_exports.strictObject({
    ref: external_exports.string(),
    file: external_exports.literal("policy.yml"),
    /** The policy's SHA-256 as in the report's `policy.sha256`. */
    sha256: sha2562,
    /** SHA-256 of `policy.yml` in the bundle. */
    fileSha256: sha2562
  }),
  teams: external_exports.array(external_exports.string()),
  failures: external_exports.record(external_exports.string(), external_exports.array(sourceFailureSchema)),
  records: external_exports.array(recordEntry),
  /**
   * SHA-256 of this index itself: of its JSON (compact, keys in written order) without this field,
   * so an edit of the index (a listing failure removed, a team added) is detected like any other.
   */
  digest: sha2562,
  requests: external_exports.strictObject({
    api: external_exports.number(),
    files: external_exports.number(),
    retries: external_exports.number(),
    notModified: external_exports.number(),
    cacheHits: external_exports.number()
  }).optional()
});
function indexDigest(index) {
  const { digest: _digest, ...rest } = index;
  return sha256Of(JSON.stringify(rest));
}
function sha256Of(data) {
  return createHash("sha256").update(data).digest("hex");
}
function recordName(id) {
  const safe = id.replace(/^[a-z]+:\/\//i, "").replace(/[^A-Za-z0-9._-]+/g, "__");
  return `${safe.slice(0, 120)}-${sha256Of(id).slice(0, 8)}.json`;
}
function recordPath(team, source, id) {
  return `evidence/${team}/${source}/${recordName(id)}`;
}

export {
  evidenceSchema,
  BUNDLE_SCHEMA,
  bundleIndexSchema,
  indexDigest,
  sha256Of,
  recordPath
};
