/**
 * The vocabulary of openquota, shared by every stage of the pipeline.
 *
 * facts     what a source observed about one release, with provenance
 * evidence  a release's facts plus the licence texts read (what `--save-evidence` writes)
 * detection what a licence matcher found in one text, with a confidence
 * finding   a coded answer to one policy question
 * verdict   per release; status per team
 */

/** Where a release was found. */
export type SourceKind = 'huggingface' | 'github' | 'git' | 'local';

/** How reachable a release is without credentials. */
export type Availability = 'public' | 'gated-auto' | 'gated-manual' | 'private' | 'disabled' | 'missing';

/** The judgement on one release. */
export type Verdict = 'compliant' | 'non-compliant' | 'unknown' | 'excluded';

/** The judgement on one team. */
export type TeamStatus = 'pass' | 'fail' | 'incomplete';

/** A release a source listed or a programme file declared, before inspection. */
export interface Release {
  source: SourceKind;
  /** Hub repo id (`org/name`), GitHub `owner/repo`, git URL or local path, as the source names it. */
  id: string;
  team: string;
  /** True when the programme file names it in `models:`; declared releases always count. */
  declared: boolean;
  /** The programme-file entry that led to it, e.g. `huggingface: LGAI-EXAONE` or `models: org/name`. */
  origin: string;
  /** A listing item already fetched for this release, so inspect() needs no further metadata call. */
  listing?: unknown;
}

/** A licence named by metadata (not by text), with where it was read. */
export interface DeclaredLicence {
  /** Where it was read: Hub card `license`, a `license:` tag, GitHub's licence API, an SPDX tag… */
  origin: 'hub-card' | 'hub-tag' | 'github-api' | 'spdx-tag' | 'readme-front-matter';
  /** The raw value as the source gave it (`apache-2.0`, `other`, `NOASSERTION`, …). */
  value: string;
  /** Hub `license_name` for `other`. */
  name?: string;
  /** Hub `license_link`. */
  link?: string;
}

/** One file read because it may state a licence. */
export interface LicenceText {
  /** Path inside the repository (`LICENSE`, `README.md`). */
  path: string;
  /** Why it was read: the file named by `license_link`, a LICENSE-like file, or the README/model card. */
  role: 'licence' | 'readme';
  /** The text; absent when it could not be read. */
  text?: string;
  /** Why the text is absent (HTTP status and message, symlink refused, …); set only when reading failed. */
  error?: string;
  /** Where it was read from, pinned to a revision where the source allows it. */
  url?: string;
  sha256?: string;
  /**
   * True when the file was longer than the byte cap and only its start was kept: a cut text is
   * not the whole licence, so the licence it is part of is not established.
   */
  truncated?: boolean;
}

/** Provenance of a failure that stopped a fact from being established. */
export interface SourceFailure {
  /** Stable code: `HTTP_ERROR`, `TIMEOUT`, `RATE_LIMITED`, `MALFORMED_RESPONSE`, `NETWORK_ERROR`, … */
  code: string;
  message: string;
  url?: string;
  status?: number;
  requestId?: string;
  /** The programme-file entry whose listing failed (`huggingface: ORG`); set on listing failures. */
  origin?: string;
}

/**
 * How much weight a release really holds, as its source established it: the figures behind
 * "weights that are really there" (policy `weights.minBytes`, `weights.minParameters`). Each figure
 * is absent when it could not be established; none is ever guessed.
 */
export interface WeightFacts {
  /** Total bytes of the weight files (every one's size known: tree sizes, LFS pointers, file sizes). */
  bytes?: number;
  /** When some sizes were not read: the bytes of those that were, a lower bound of the total. */
  bytesAtLeast?: number;
  /** Parameters, where the format states them (safetensors headers, GGUF metadata). */
  parameters?: number;
  /** Parameters per dtype (Hub `safetensors.parameters`, or the headers read). */
  dtypes?: Record<string, number>;
  /**
   * Hub `usedStorage`: every byte the repository stores (all files, all revisions), so an upper
   * bound of the weights: a repository storing less than its header's tensors take cannot hold them.
   */
  storageBytes?: number;
  /** Where the figures came from. */
  source: 'hub-listing' | 'hub-tree' | 'safetensors-header' | 'github-tree' | 'lfs-pointer' | 'file-size';
  /** SHA-256 of each weight file's content where the source states it (LFS oids): re-uploads share them. */
  digests?: string[];
  /** Why a figure could not be established (a header that did not parse, a size not listed). */
  problem?: string;
}

/** One base model as read for a release's lineage: its own metadata, never the release's. */
export interface BaseModelFacts {
  /** Hub id of the base. */
  id: string;
  /** The relation of the model before it in the chain to this base (`finetune`, `quantized`, …; `base` when unstated). */
  relation: string;
  /** True when the base is a release of the same team (no request was made for it). */
  own: boolean;
  /** The licences its card (or tags) declare; empty when it declares none. */
  declaredLicences: DeclaredLicence[];
  /** Why its metadata could not be read; its licence is then not established. */
  failure?: SourceFailure;
}

/** What a source observed about one release. Everything after inspect is a pure function of this. */
export interface Facts {
  source: SourceKind;
  /** Canonical id (after renames). */
  id: string;
  /** The id the release was asked for by, when a rename changed it. */
  requestedId?: string;
  /** Human link to the release (Hub page, GitHub repo). */
  url?: string;
  /** Commit the facts describe (Hub `sha`, git commit). */
  revision?: string;
  /** Null when it could not be established. */
  availability: Availability | null;
  /** Every file path at the revision; null when unknown (e.g. gated files, failed listing). */
  files: string[] | null;
  /** Parameter count, when the source reports it (Hub `safetensors.total`). */
  parameters?: number;
  declaredLicences: DeclaredLicence[];
  /** Hub `cardData.base_model` and friends, for lineage display. */
  baseModels?: string[];
  /** The figures of the weights (bytes, parameters); absent when the source established none. */
  weights?: WeightFacts;
  /**
   * How the release relates to its `baseModels`: the card's `base_model_relation`, else the Hub's
   * own inference (`base_model:quantized:<id>` tags): `quantized`, `finetune`, `merge`, `adapter`.
   */
  baseRelation?: string;
  /** A GitHub fork: the repository it forks (`owner/name`), null when GitHub did not say. */
  fork?: { parent: string | null };
  /** The base models read for lineage (scan's lineage step), nearest first, up to three levels. */
  lineage?: BaseModelFacts[];
  /** Links to sibling releases or code repositories found in metadata. */
  links?: string[];
  /** Set when the source could not establish the facts; the release is then `unknown`. */
  failure?: SourceFailure;
  /**
   * Parts of the facts the source could not read as expected, short of a failure: a malformed
   * entry (`MALFORMED_RESPONSE`: a Hub `siblings` item that is not `{rfilename}`), a card licence
   * field of the wrong type (`MALFORMED_METADATA`), a file listing cut short (`TRUNCATED`). Each
   * becomes a finding, and the release is `unknown` unless what was read already decides it.
   */
  problems?: SourceFailure[];
  /** Raw metadata as fetched (tokens never included). */
  raw?: unknown;
}

/** One release's facts plus the texts read: the unit saved by `--save-evidence`. */
export interface Evidence {
  schema: 'openquota/evidence@1';
  team: string;
  release: Omit<Release, 'listing'>;
  facts: Facts;
  texts: LicenceText[];
  /** ISO time the facts were fetched. */
  fetchedAt: string;
}

/** What one licence matcher found in one text. */
export interface Detection {
  /** SPDX id, LicenseRef id or SPDX expression; null when nothing matched above the threshold. */
  licence: string | null;
  /** 0–1. */
  confidence: number;
  /** Name of the matcher that decided (`spdx-tag`, `exact`, `dice`, `reference`, …). */
  matcher: string;
  /** The file the text came from, when known. */
  file?: string;
  /** The best candidate below the threshold, when there was no match. */
  closest?: { licence: string; confidence: number };
  /**
   * Whether the text states licence terms at all: a licence text, a grant ("licensed under …"), a
   * licence section, or use restrictions ("for non-commercial use only"). False for a README that
   * says nothing about its licence. A licence-bearing text whose `licence` is null (or below the
   * policy's confidence) means the licence is not established. Absent: true for `licence`-role
   * files, false for READMEs.
   */
  bearing?: boolean;
  /**
   * Text the match left unexplained, quoted for a reviewer: the sentences a modified licence adds
   * to its reference (`LicenseRef-MIT-modified`), or the names a renamed template clone changed.
   */
  extra?: string[];
}

/** Severity of a finding: errors make a release non-compliant, warnings are shown, info is context. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * Every finding code: the vocabulary of coded answers to policy questions, as a runtime list so
 * that what checks a code (report schema, policy waivers) cannot drift from the type. A new code
 * is added here, and nowhere else; the compiler then asks for its help text (policy/findings.ts).
 */
export const FINDING_CODES = [
  'NOT_PUBLIC',
  'GATED_AUTO',
  'NO_WEIGHTS',
  'EXCLUDED_BY_PROGRAMME',
  'LICENCE_NOT_APPROVED',
  'LICENCE_DENIED',
  'LICENCE_MISSING',
  'LICENCE_UNREADABLE',
  'LICENCE_UNIDENTIFIED',
  'LICENCE_MISMATCH',
  'LICENCE_RESTRICTED_USE',
  'LICENCE_NON_COMMERCIAL',
  'SOURCE_FAILED',
  'FILES_UNKNOWN',
  'RENAMED',
  'WAIVED',
  'LICENCE_MODIFIED',
  'LICENCE_TEXT_MISSING',
  'MALFORMED_METADATA',
  'MALFORMED_RESPONSE',
  'FILES_TRUNCATED',
  'DECLARED_NOT_EXCLUDED',
  'AVAILABILITY_NOT_CHECKED',
  'WEIGHTS_STUB',
  'WEIGHTS_UNKNOWN',
  'FAMILY_COPY',
  'COPY_LESS_OPEN',
  'ADAPTER',
  'FORK',
  'THIRD_PARTY_BASE',
  'LICENCE_INHERITED',
  'BASE_UNREADABLE',
] as const;

/** Coded answers to policy questions; renderers turn codes into text. */
export type FindingCode = (typeof FINDING_CODES)[number];

/**
 * The arguments each finding code carries: every fact its sentence needs, as data, so that the
 * i18n layer (src/report/i18n) renders it in any language from `code` + `args` (its catalogue
 * entry `finding.CODE.message`, or `finding.CODE.message.VARIANT` for `variant`). Ids, file names,
 * licence ids and names are shown as they are; words (`availability`, `how`, `matcher`, `origin`)
 * are codes the catalogue translates. `detail` is text a registry or a parser wrote (English,
 * upstream's own words), quoted by the renderers. `waived` marks a finding a waiver accepted.
 */
export interface FindingArgs {
  NOT_PUBLIC: { availability: Availability };
  GATED_AUTO: Record<string, never>;
  NO_WEIGHTS: Record<string, never>;
  /** `reason` is the programme file's own words; `variant: 'default'` when it gives none. */
  EXCLUDED_BY_PROGRAMME: { pattern: string; reason: string } | { pattern: string; variant: 'default' };
  LICENCE_NOT_APPROVED: { licence: string; policy: string };
  /** `rule`: the policy's deny glob that matched (`CC-BY-NC*`). */
  LICENCE_DENIED: { licence: string; rule: string };
  LICENCE_MISSING: Record<string, never>;
  LICENCE_UNREADABLE: { file: string; error?: string };
  /** A text that matched nothing (`closest` below the threshold), or `variant: 'notRead'`: not given to the engine. */
  LICENCE_UNIDENTIFIED:
    | { file: string; closest?: string; confidence?: string }
    | { file: string; variant: 'notRead'; matcher: string; detail: string };
  LICENCE_MISMATCH: { origin: string; declared: string; detected: string };
  /** `name`: the licence's display name (`EXAONE AI Model License Agreement 1.1 - NC`). */
  LICENCE_RESTRICTED_USE: { licence: string; name: string };
  LICENCE_NON_COMMERCIAL: { licence: string; name: string };
  /** `code`: the failure's code (`NETWORK_ERROR`); `url`: what failed (redacted). */
  SOURCE_FAILED: { code: string; detail: string; url?: string };
  FILES_UNKNOWN: Record<string, never>;
  RENAMED: { from: string; to: string };
  WAIVED: { code: string; approvedBy: string; reason: string; expires?: string };
  /** `how`: `modified` (terms added or changed) or `renamed` (a template with its names changed). */
  LICENCE_MODIFIED: { licence: string; base: string; how: string; file?: string; extra?: string };
  /** Metadata alone names the licence and the policy wants its text; `variant: 'other'`: `other` beside named licences. */
  LICENCE_TEXT_MISSING: { licence: string; policy: string } | { declared: string; variant: 'other' };
  MALFORMED_METADATA: { code: string; detail: string };
  MALFORMED_RESPONSE: { code: string; detail: string };
  FILES_TRUNCATED: { code: string; detail: string };
  DECLARED_NOT_EXCLUDED: { pattern: string };
  AVAILABILITY_NOT_CHECKED: Record<string, never>;
  /** The figures below a floor; `variant` says which figure decided (weights.ts). */
  WEIGHTS_STUB:
    | { variant: 'parameters'; parameters: number; minParameters: number }
    | { variant: 'bytes'; bytes: number; minBytes: number }
    | { variant: 'storage'; storageBytes: number; minBytes: number }
    | { variant: 'header'; parameters: number; neededBytes: number; storageBytes: number };
  /** `detail`: the source's own words on what could not be read (a header that did not parse). */
  WEIGHTS_UNKNOWN: { detail?: string };
  /** `relation`: quantized, re-upload or same-model; `verdict`: the copy's verdict judged alone. */
  FAMILY_COPY: { original: string; relation: string; verdict: Verdict };
  /** What makes the copy less open: its availability, and/or its licence beside the original's. */
  COPY_LESS_OPEN: { copy: string; availability?: string; licence?: string; originalLicence?: string };
  ADAPTER: { base?: string };
  FORK: { parent?: string };
  THIRD_PARTY_BASE: { owner: string; model: string; relation: string };
  /** `error`: why the base could not be read; `variant: 'noLicence'`: read, but it names no licence. */
  BASE_UNREADABLE: { base: string; error?: string } | { base: string; variant: 'noLicence' };
  /** `clause`: the base licence's words that bind derivatives, where the engine knows them. */
  LICENCE_INHERITED: { base: string; licence: string; clause?: string };
}

// A code without its args is a compile error here (add it to FindingArgs).
const _everyCodeHasArgs: [Exclude<FindingCode, keyof FindingArgs>] extends [never] ? true : never = true;
void _everyCodeHasArgs;

/** A coded answer to one policy question about one release. */
export interface Finding {
  code: FindingCode;
  severity: Severity;
  /**
   * English text, kept for readers of the JSON: the English rendering of `code` + `args`, which
   * is what every renderer shows (in the report's language); a report written before a code had
   * its args falls back to this text.
   */
  message: string;
  args?: Record<string, string | number>;
  /** Would this finding alone, if resolved differently, decide the verdict? `blocking` findings do. */
  blocking?: boolean;
}

/**
 * Every provenance code: one line of a release's `evidence`, as data (`provenance` in the report)
 * so that the i18n layer says it in any language (`evidence.CODE.message` in src/report/i18n).
 */
export const EVIDENCE_CODES = [
  'METADATA',
  'DECLARED',
  'NOT_READ',
  'IDENTIFIED',
  'UNIDENTIFIED',
  'EXTRA',
  'UNREADABLE',
  'PROBLEM',
] as const;

/** A provenance code. */
export type EvidenceCode = (typeof EVIDENCE_CODES)[number];

/** The args of each provenance code (`source`, `origin`, `matcher` are codes the catalogue translates). */
export interface EvidenceArgs {
  /** The source's metadata, at a revision (12 hex digits), fetched at an ISO time. */
  METADATA: { source: SourceKind; revision?: string | undefined; fetchedAt: string };
  /** A licence named by metadata: where (`hub-card`), its value, the Hub `license_name`. */
  DECLARED: { origin: DeclaredLicence['origin']; value: string; name?: string | undefined };
  /** A text not given to the engine (`too-long`) or on which it failed (`failed`), and why. */
  NOT_READ: { file: string; matcher: string; detail: string };
  IDENTIFIED: { file: string; licence: string; matcher: string; confidence: string };
  UNIDENTIFIED: { file: string; closest?: string | undefined; confidence?: string | undefined };
  /** The text a modified licence adds to its reference, quoted. */
  EXTRA: { file: string; quote: string };
  UNREADABLE: { file: string; error?: string | undefined };
  /** A part of the facts the source could not read as expected (SourceFailure code and message). */
  PROBLEM: { code: string; detail: string; url?: string | undefined };
}

/** One provenance line as data; `evidence[i]` of the same release is its English text. */
export interface ProvenanceItem {
  code: EvidenceCode;
  args: Record<string, string | number>;
}

/** The licence picture of one release after identification. */
export interface LicenceResult {
  /** SPDX expression from metadata (Hub card, GitHub API), mapped to SPDX/LicenseRef ids. */
  declared: string | null;
  /** SPDX expression identified from licence texts. */
  detected: string | null;
  /** The expression the verdict rests on. */
  expression: string | null;
  /** Whether the policy approves `expression`; null when it could not be decided. */
  approved: boolean | null;
  /** Which matcher decided `detected`, with its confidence. */
  detections: Detection[];
}

/** One release as it appears in the report. */
export interface ModelResult {
  source: SourceKind;
  id: string;
  url?: string;
  revision: string | null;
  declared: boolean;
  origin: string;
  verdict: Verdict;
  availability: Availability | null;
  licence: LicenceResult;
  /** Weight files found; null when the file list is unknown. */
  weights: string[] | null;
  parameters: number | null;
  /**
   * The figures of the weights (facts.weights): bytes of the weight files, parameters, and where
   * they were read. `weights` stays the file list (report@1 grows, no field changes meaning).
   */
  weightFigures?: { bytes: number | null; parameters: number | null; source: WeightFacts['source'] | null };
  reasons: Finding[];
  /** Short provenance lines: what was read from where, and when (English). */
  evidence: string[];
  /** The same lines as data, one item per line of `evidence`, for renderers in other languages. */
  provenance?: ProvenanceItem[];
  /** Code repositories or models linked from this release. */
  links?: string[];
  /**
   * `code` for a GitHub, git or local repository that holds no weights: listed with its licence,
   * never counted. Absent for model releases.
   */
  kind?: 'model' | 'code';
  /** The code repositories of the same scan that this model links or that link it, with their licences. */
  code?: LinkedCode[];
  /** The id of the family's original: set on the original (with copies) and on each copy. */
  family?: string;
  /** On an original: its copies, listed here and not counted. */
  copies?: CopyRef[];
  /** The models this release was built on, nearest first (up to three levels). */
  lineage?: LineageStep[];
}

/** A copy of a release (quantised, converted, re-uploaded, or the same model on another registry). */
export interface CopyRef {
  source: SourceKind;
  id: string;
  url?: string;
  /** How it copies the original: `quantized`, `converted`, `re-upload`, `same-model`. */
  relation: string;
  /** The copy judged on its own, before it was set aside under its original. */
  verdict: Verdict;
}

/** One step of a release's lineage: a model it was built on, nearest first. */
export interface LineageStep {
  /** Hub id of the base model. */
  id: string;
  /** `finetune`, `merge`, `quantized`, `adapter`, or `base` when the card states no relation. */
  relation: string;
  /** True when the base is a release of the same team. */
  own: boolean;
  /** The base's licence expression as its card states it; null when not established. */
  licence: string | null;
  /** Why the base could not be read, when it could not. */
  failure?: string;
}

/** A code repository shown beside a model because one links the other. */
export interface LinkedCode {
  source: SourceKind;
  id: string;
  url?: string;
  /** The code repository's licence expression; null when none was established. */
  licence: string | null;
}

/** One team in the report. */
export interface TeamResult {
  id: string;
  name: string;
  status: TeamStatus;
  /** Releases that count: compliant + non-compliant + unknown. */
  counted: number;
  compliant: number;
  nonCompliant: number;
  unknown: number;
  excluded: number;
  /** compliant / counted; 0 when nothing is counted. */
  share: number;
  /**
   * Parameters of compliant releases over parameters of counted ones; null when a counted
   * release's parameter count is not established (an unknown size cannot be weighed).
   */
  parameterShare?: number | null;
  /** The share must be strictly greater than this. */
  threshold: number;
  /** Why the team has this status, in one coded line. */
  reason: { code: string; message: string };
  /** Sources that could not be listed; they make the team incomplete. */
  failures: SourceFailure[];
  models: ModelResult[];
}

/** Counters of network work, for the report's `requests` block. */
export interface RequestStats {
  api: number;
  files: number;
  retries: number;
  notModified: number;
  cacheHits: number;
}

/** The versioned JSON report (`openquota/report@1`). */
export interface Report {
  schema: 'openquota/report@1';
  tool: { name: 'openquota'; version: string };
  generatedAt: string;
  programme: { title: string; file: string | null; sha256: string | null; commit?: string | null };
  policy: { id: string; title: string; sha256: string; threshold: number };
  status: TeamStatus;
  teams: TeamResult[];
  requests?: RequestStats;
}
