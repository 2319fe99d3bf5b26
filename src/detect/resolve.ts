import { createHash } from 'node:crypto';
import { LIMITS } from '../read/limits.js';
import { andAll, parseExpression } from '../spdx/expression.js';
import type { Detection, Evidence, LicenceText, SourceFailure } from '../types.js';
import { hubLicence, licenseRef } from './hub-ids.js';

/**
 * The identification stage's picture of one release's licence, before any policy is applied:
 * what metadata names, and what each licence-bearing text is. Which licence stands is decided
 * from this, once, by `policy/licence-stands.ts`.
 */
export interface ResolvedLicence {
  /** Expression named by metadata (AND of a list), or null when metadata names none (absent, `other`, NOASSERTION). */
  declared: string | null;
  /** Where `declared` came from (`hub-card`, `github-api`, …). */
  declaredOrigin: string | null;
  /** Metadata points at the text for at least one part (`other`, `unknown`, NOASSERTION, or no metadata). */
  seeText: boolean;
  /** `license_name` that came with `other`, as `LicenseRef-<name>`. */
  namedRef: string | null;
  /** `other` is listed beside named licences (`[apache-2.0, other]`): that part is another text's, or the name's. */
  otherBeside: boolean;
  /** Expression of the licence-bearing texts read whole and identified: all of them apply (AND). */
  detected: string | null;
  /** Lowest confidence among the detections that make up `detected`. */
  detectedConfidence: number | null;
  /** One detection per text read (null licence = read but not identified), for the evidence. */
  detections: Detection[];
  /** The licence-bearing detections `detected` is made of. */
  identified: Detection[];
  /** Licence-bearing texts read but not identified (or below the confidence threshold). */
  unidentified: Detection[];
  /**
   * README statements that name a licence below the confidence threshold (`licensed under
   * Apache-2.0` is a `reference` match at 0.9; osi-strict asks 0.95). They add no terms when
   * metadata already names what they name; otherwise they count as unidentified.
   */
  weakStatements: Detection[];
  /** Texts that may bear licence terms but were not read whole: failed, refused, capped or cut (`error` says why). */
  unreadable: LicenceText[];
  /** Metadata that had the wrong shape (`cardData.license: {id: …}`): the declared licence is not established. */
  malformed: SourceFailure[];
  /**
   * False when the release's file list is unknown: then its licence files could not all be chosen
   * and read, so whatever was read cannot establish the licence (it can still fail it).
   */
  filesKnown: boolean;
}

/** Identifies one text; the engine's `identifyText`, injected so this stage stays pure and testable. */
export type Identify = (text: string, options: { file: string; role: 'licence' | 'readme' }) => Detection;

/**
 * An Identify that identifies each distinct text once (keyed by its role and SHA-256): a programme's
 * releases share a few hundred licence texts (7,600 texts read at 8,400 releases, 455 distinct), and
 * the engine's answer depends only on the text and its role; the file name is only reported back.
 * Each caller gets its own copy, so no stage can change another release's detection.
 */
export function memoiseIdentify(identify: Identify): Identify {
  const seen = new Map<string, Detection>();
  return (text, options) => {
    const key = `${options.role}:${createHash('sha256').update(text).digest('hex')}`;
    let detection = seen.get(key);
    if (!detection) {
      detection = identify(text, options);
      seen.set(key, detection);
    }
    return { ...structuredClone(detection), file: options.file };
  };
}

/**
 * Texts longer than this are not given to the engine: the read cap itself (LIMITS.licenceText, 512
 * KiB), so a text read whole is identified whatever its role, and a longer one (a saved bundle edited
 * by hand) is licence-bearing and unidentified, with a finding. The engine's cost is bounded on any
 * input: the word diff stops at an edit budget set by the reference's length, at most 8 candidates are
 * compared in each of 4 passes, and every pattern over the text runs in linear time, so a 1 MiB README
 * of junk takes about 1-2 s and a 512 KiB licence of repeated clauses under 1 s
 * (`npm run bench:hostile`). The earlier 64 KiB stopgap (128 KiB for a README) predates those bounds.
 */
export const MAX_IDENTIFY_BYTES = { licence: LIMITS.licenceText, readme: LIMITS.licenceText } as const;

/** Identifies one text, never throwing: a text too long, or one the engine fails on, is unidentified. */
function identifySafely(
  identify: Identify,
  text: string,
  file: string,
  role: LicenceText['role'],
): Detection {
  const none = (matcher: string, reason: string): Detection => ({
    licence: null,
    confidence: 0,
    matcher,
    file,
    bearing: true,
    extra: [reason],
  });
  const max = MAX_IDENTIFY_BYTES[role];
  if (Buffer.byteLength(text) > max)
    return none('too-long', `longer than ${max / 1024} KiB, more than any licence text`);
  try {
    return { ...identify(text, { file, role }), file };
  } catch (error) {
    return none(
      'failed',
      `the licence engine failed on it (${String((error as Error)?.message ?? error).slice(0, 120)})`,
    );
  }
}

/** Values of GitHub's licence API that identify nothing. */
const NOT_IDENTIFIED = new Set(['noassertion', 'other', 'none', '']);

/** Reads the declared licence from metadata: a Hub list means all apply (AND). */
function declaredFrom(
  evidence: Evidence,
): Pick<ResolvedLicence, 'declared' | 'declaredOrigin' | 'seeText' | 'namedRef' | 'otherBeside'> {
  const declared = evidence.facts.declaredLicences;
  // The Hub card is the team's own statement; tags repeat it. Prefer the card, then tags, then the rest.
  const order = ['hub-card', 'readme-front-matter', 'spdx-tag', 'github-api', 'hub-tag'] as const;
  for (const origin of order) {
    const entries = declared.filter((d) => d.origin === origin);
    if (entries.length === 0) continue;
    const expressions: string[] = [];
    let seeText = false;
    let namedRef: string | null = null;
    for (const entry of entries) {
      if (origin === 'github-api' && NOT_IDENTIFIED.has(entry.value.toLowerCase())) {
        seeText = true;
        continue;
      }
      const mapped = hubLicence(entry.value, entry.name);
      if (mapped.kind === 'see-text') {
        seeText = true;
        if (mapped.name) namedRef = licenseRef(mapped.name);
      } else expressions.push(mapped.expression);
    }
    const otherBeside = seeText && expressions.length > 0;
    return { declared: andAll(expressions), declaredOrigin: origin, seeText, namedRef, otherBeside };
  }
  return { declared: null, declaredOrigin: null, seeText: true, namedRef: null, otherBeside: false };
}

/**
 * Whether a read text states licence terms. The engine says so in `bearing`; when it does not
 * (an older engine, a saved bundle), a licence file is taken as bearing and a README as bearing
 * when something in it named a licence.
 */
export function isBearing(detection: Detection, role: LicenceText['role']): boolean {
  return detection.bearing ?? (role === 'licence' ? true : detection.licence !== null);
}

/**
 * Identifies every text of a release and reads its metadata into one picture: what metadata
 * declares, which licence-bearing texts were identified, which were not, which were not read.
 */
export function resolveLicence(
  evidence: Evidence,
  identify: Identify,
  minConfidence: number,
): ResolvedLicence {
  const detections: Detection[] = [];
  const identified: Detection[] = [];
  const unidentified: Detection[] = [];
  const weakStatements: Detection[] = [];
  const unreadable: LicenceText[] = [];
  for (const text of evidence.texts) {
    if (text.text === undefined) {
      unreadable.push(text);
      continue;
    }
    if (text.truncated) {
      // Part of a text is not the text: what follows the cut may be the terms that matter.
      unreadable.push({ ...text, error: text.error ?? 'longer than the byte cap: only its start was read' });
      continue;
    }
    // The engine reads a README's front matter as the declaration it is, never also as a detection.
    const detection = identifySafely(identify, text.text, text.path, text.role);
    detections.push(detection);
    if (!isBearing(detection, text.role)) continue;
    const confident = detection.licence !== null && detection.confidence >= minConfidence;
    const parsed = confident ? parseExpression(detection.licence!) : undefined;
    const weak = text.role === 'readme' && detection.licence !== null && !confident;
    const named = weak ? parseExpression(detection.licence!) : undefined;
    if (parsed?.ok) identified.push({ ...detection, licence: parsed.expression });
    else if (named?.ok) weakStatements.push({ ...detection, licence: named.expression });
    else unidentified.push(detection);
  }
  return {
    ...declaredFrom(evidence),
    detected: andAll(identified.map((d) => d.licence!)),
    detectedConfidence: identified.length ? Math.min(...identified.map((d) => d.confidence)) : null,
    detections,
    identified,
    unidentified,
    weakStatements,
    unreadable,
    malformed: (evidence.facts.problems ?? []).filter((p) => p.code === 'MALFORMED_METADATA'),
    filesKnown: evidence.facts.files !== null,
  };
}
