/**
 * Multi-licence results: turns the licence texts found in one file, plus what the text around them
 * states, into one SPDX expression (`ISC OR MIT`, `Apache-2.0 AND LicenseRef-nvidia-open-model-license`,
 * `GPL-2.0-or-later`).
 */
import { isException } from '../corpus.js';
import { canonicalId } from '../licences.js';
import { type ReferenceResult, withoutLaterVersionClause } from './reference.js';

/** One licence text found in a file. */
export interface Segment {
  id: string;
  confidence: number;
}

// The FSF notice's "or (at your option) any later version", "version 2 or later": the text of a GNU
// licence says nothing about later versions, the notice next to it does.
const OR_LATER =
  /\bor\s+(?:\(at your option\)\s+)?(?:any\s+)?later\s+version\b|\bversion\s+\d(?:\.\d)?\s+or\s+later\b/i;
// Choice between licences ("dual-licensed ... EITHER of the following", "at your option").
const CHOICE =
  /\beither\b|\bat your (?:option|choice)\b|\byou may (?:choose|use .{0,40}? under the terms of either)\b/i;
// Licences for different parts ("Different components are under different terms", code vs weights):
// they all apply, so AND.
const PARTS =
  /\bdifferent (?:components|terms|parts)\b|\bmodel weights\b|\bsource code\b[^\n]{0,30}\blicen[cs]e\b/i;

function orLater(id: string): string {
  const m = /^((?:A|L)?GPL-\d\.\d|GFDL-1\.\d)-only$/.exec(id);
  return m ? (canonicalId(`${m[1]}-or-later`) ?? id) : id;
}

/** Joins the found texts (and a statement around them) into an expression; null when it is unclear. */
export function combine(
  segmentsIn: Segment[],
  stated: ReferenceResult | null,
  around: string,
): { licence: string; confidence: number } | null {
  const segments = segmentsIn;
  const later = OR_LATER.test(around);
  // "either version 2 ..., or (at your option) any later version" chooses a version, not a licence.
  const choice = CHOICE.test(withoutLaterVersionClause(around));
  // An exception text applies to the licence before it (or the one the notice states): "WITH".
  const exceptions = segments.filter((s) => isException(s.id)).map((s) => s.id);
  const licences = segments.filter((s) => !isException(s.id));
  if (exceptions.length > 0 && licences.length === 0) {
    const base = stated?.licence.split(/ (?:OR|AND) /);
    if (!stated || base?.length !== 1) return null;
    return {
      licence: `${base[0]} WITH ${exceptions[0]}`,
      confidence: Math.min(stated.confidence, ...segments.map((s) => s.confidence)),
    };
  }
  const ids = licences.map((s) => (later ? orLater(s.id) : s.id));
  if (exceptions.length > 0 && ids.length > 0) ids[0] = `${ids[0]} WITH ${exceptions[0]}`;

  let confidence = Math.min(...segments.map((s) => s.confidence));
  // Only a file that says it is multi-licensed adds the licences it names around the texts; otherwise a
  // name there is a bundled component ("This product also includes ... Licensed under the MIT license").
  if (stated && (PARTS.test(around) || choice)) {
    // A statement around the text may add a licence (GR00T: the Apache notice beside the NVIDIA text);
    // an OR or AND inside the statement itself is kept as a unit.
    for (const id of stated.licence.split(/ (?:OR|AND) /)) {
      const c = later ? orLater(id) : id;
      if (!ids.includes(c) && segments.length > 0 && !ids.some((x) => x.startsWith(c.replace(/-only$/, ''))))
        ids.push(c);
    }
    confidence = Math.min(confidence, stated.confidence);
  }
  const distinct = [...new Set(ids)];
  if (distinct.length === 1) return { licence: distinct[0]!, confidence };
  if (PARTS.test(around)) return { licence: distinct.join(' AND '), confidence };
  if (choice) return { licence: distinct.join(' OR '), confidence };
  // Several licences with no word on how they relate: a bundle of notices more often than the
  // project's own terms, so no claim.
  return null;
}
