import { andAll, parseExpression } from '../spdx/expression.js';
import type { Detection, Evidence, LicenceText } from '../types.js';
import { hubLicence, licenseRef } from './hub-ids.js';

/** The identification stage's view of one release's licence, before any policy is applied. */
export interface ResolvedLicence {
  /** Expression named by metadata, or null when metadata names none (absent, `other`, NOASSERTION). */
  declared: string | null;
  /** Where `declared` came from (`hub-card`, `github-api`, …). */
  declaredOrigin: string | null;
  /** Metadata points at the text (`other`, `unknown`, NOASSERTION): the text is the licence. */
  seeText: boolean;
  /** `license_name` that came with `other`, as `LicenseRef-<name>`. */
  namedRef: string | null;
  /** Expression identified from licence files (AND of every identified licence file). */
  detected: string | null;
  /** Lowest confidence among the detections that make up `detected`. */
  detectedConfidence: number | null;
  /** One detection per text read (null licence = read but not identified). */
  detections: Detection[];
  /** Licence texts that exist but could not be read. */
  unreadable: LicenceText[];
  /** Licence-role texts that were read but not identified. */
  unidentified: Detection[];
}

/** Identifies one text; the engine's `identifyText`, injected so this stage stays pure and testable. */
export type Identify = (text: string, options: { file: string; role: 'licence' | 'readme' }) => Detection;

/** Values of GitHub's licence API that identify nothing. */
const NOT_IDENTIFIED = new Set(['noassertion', 'other', 'none', '']);

/** Reads the declared licence from metadata: a Hub list means all apply (AND). */
function declaredFrom(
  evidence: Evidence,
): Pick<ResolvedLicence, 'declared' | 'declaredOrigin' | 'seeText' | 'namedRef'> {
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
    return { declared: andAll(expressions), declaredOrigin: origin, seeText, namedRef };
  }
  return { declared: null, declaredOrigin: null, seeText: true, namedRef: null };
}

/**
 * Identifies every licence text of a release and reads its metadata into one picture:
 * what metadata declares, what the texts are, which texts could not be read.
 */
export function resolveLicence(
  evidence: Evidence,
  identify: Identify,
  minConfidence: number,
): ResolvedLicence {
  const detections: Detection[] = [];
  const unreadable: LicenceText[] = [];
  for (const text of evidence.texts) {
    if (text.text === undefined) {
      unreadable.push(text);
      continue;
    }
    detections.push({ ...identify(text.text, { file: text.path, role: text.role }), file: text.path });
  }
  const confident = (d: Detection) => d.licence !== null && d.confidence >= minConfidence;
  const roleOf = (d: Detection) => evidence.texts.find((t) => t.path === d.file)?.role;
  // Licence files decide; a README statement is used only when no licence file was identified.
  let used = detections.filter((d) => confident(d) && roleOf(d) === 'licence');
  if (used.length === 0) used = detections.filter((d) => confident(d) && roleOf(d) === 'readme');
  const expressions = used
    .map((d) => parseExpression(d.licence!))
    .filter((p) => p.ok)
    .map((p) => (p as { expression: string }).expression);
  return {
    ...declaredFrom(evidence),
    detected: andAll(expressions),
    detectedConfidence: used.length ? Math.min(...used.map((d) => d.confidence)) : null,
    detections,
    unreadable,
    unidentified: detections.filter((d) => !confident(d) && roleOf(d) === 'licence'),
  };
}
