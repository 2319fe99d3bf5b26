/**
 * The licence identification engine's public surface: identify one text, look up licence facts, and
 * tell whether a detected id refines a declared one.
 */
import type { Detection } from '../types.js';
import { type LicenceInfo, lookupLicence, refinesId } from './licences.js';
import { combine, type Segment } from './matchers/combine.js';
import { findLicences } from './matchers/fulltext.js';
import { referenceMatch } from './matchers/reference.js';
import { spdxTag } from './matchers/spdx-tag.js';
import { normalise } from './normalise.js';

export type { LicenceInfo } from './licences.js';

/** Options of identifyText: the file name (reported back) and why the file was read. */
export interface IdentifyOptions {
  file?: string;
  role?: 'licence' | 'readme';
}

// Compilations of third-party notices quote whole licences that are not the project's licence
// (Qwen NOTICE, Apple ACKNOWLEDGEMENTS, Tencent "Notice", OmniServe NOTICE). Their tell-tale phrases:
const COMPILATION =
  /\bthird[- ]party (?:components?|software components|librar(?:y|ies))\b|\bsubcomponents?\b|\bportions of this software\b|^\s*acknowledg(?:e)?ments?\s*$|\bthis product includes software\b|\bopen source software notice\b|\bcomponents? (?:listed )?below\b/im;

// A text that presents itself as a licence document: a title line naming a licence or agreement.
// ("DUAL LICENSE NOTICE" over a list of parts is a statement, not a licence text.)
const LICENCE_TITLE =
  /^\s*(?:#+\s*)?(?![^\n]*\bnotice\b)[^\n.]{0,80}\b(?:licen[cs]e|agreement|terms of use)\b[^\n.]{0,40}$/i;

// Around this many words a text is a notice or pointer rather than a licence text, so a statement in it
// can be taken as the licence (the ASF header has 130 words, the GPL-2.0 text 2,900).
const NOTICE_WORDS = 400;
const NEAR_MISS = 0.8;
// Under this many words a tag is the file's licence statement (a source header, a short notice).
const TAG_ONLY_WORDS = 300;
// Words that impose terms: "must", "shall", "may not", "prohibited", "you agree".
const OPERATIVE =
  /\b(?:must|shall|may not|prohibited|restrict(?:ed|ion|ions)?|you agree|not permitted|forbidden)\b/i;
// Files that say they hold several licences (combine.ts handles those).
const PARTS_OR_CHOICE =
  /\bdual[- ]licen[cs]ed\b|\beither\b|\bat your (?:option|choice)\b|\bdifferent (?:components|terms|parts)\b/i;

/** Identifies the licence(s) in one text; `licence: null` with `closest` when nothing matches for sure. */
export function identifyText(text: string, options: IdentifyOptions = {}): Detection {
  const file = options.file !== undefined ? { file: options.file } : {};
  const tag = spdxTag(text);
  const n = normalise(text);
  // A tag decides for a source header or a short file; a long text may be a licence that carries a tag
  // for its own documentation (Community-Spec-1.0 quotes "SPDX-License-Identifier: CC-BY-4.0").
  if (tag && n.words.length < TAG_ONLY_WORDS) {
    return { licence: tag.licence, confidence: tag.confidence, matcher: 'spdx-tag', ...file };
  }
  const full = findLicences(n.words);
  if (tag && full.matches.length === 0) {
    return { licence: tag.licence, confidence: tag.confidence, matcher: 'spdx-tag', ...file };
  }
  const covered = new Uint8Array(n.words.length);
  for (const m of full.matches) covered.fill(1, m.start, m.end);
  const remainderText = textOutside(n.lines, n.lineOf, covered);
  // A compilation quotes several licences, or wraps one in a long text about other components; a
  // licence file that merely points at its ACKNOWLEDGEMENTS ("includes a number of subcomponents with
  // separate copyright notices", Apple's sample-code licence) is not one.
  const around = full.matches.length > 0 ? remainderText : text;
  const compilation =
    COMPILATION.test(around) && (full.matches.length > 1 || wordCount(around) > COMPILATION_MIN_WORDS);
  const closest = full.closest
    ? { closest: { licence: full.closest.licence, confidence: round(full.closest.confidence) } }
    : {};
  const none = (extra: Partial<Detection> = {}): Detection => ({
    licence: null,
    confidence: 0,
    matcher: 'none',
    ...file,
    ...closest,
    ...extra,
  });
  if (compilation) return none({ matcher: 'compilation' });

  if (full.matches.length > 0) {
    const coveredWords = covered.reduce((a, b) => a + b, 0);
    const rest = n.words.length - coveredWords;
    // Text around a licence is fine when it is smaller than the licence (a preamble, a pointer, a
    // README around a "## License" section); a licence lost in a long unrelated text is not claimed.
    if (options.role !== 'readme' && rest > coveredWords) {
      return none({
        closest: { licence: full.matches[0]!.id, confidence: round(full.matches[0]!.similarity) },
      });
    }
    const inOrder = [...full.matches].sort((a, b) => a.start - b.start);
    // Terms around a licence text ("You must not use this software on Tuesdays." before an MIT text)
    // make it a different licence; a preamble or pointer does not.
    if (options.role !== 'readme' && OPERATIVE.test(remainderText) && !PARTS_OR_CHOICE.test(remainderText)) {
      return none({ closest: { licence: inOrder[0]!.id, confidence: round(inOrder[0]!.similarity) } });
    }
    // Other text beside the licence lowers the confidence (lodash's MIT with its CC0 note: 0.8).
    const share = coveredWords / (coveredWords + rest / 2);
    const segments: Segment[] = inOrder.map((m) => ({ id: m.id, confidence: m.similarity * share }));
    const stated = rest >= 8 ? referenceMatch(remainderText) : null;
    const result = combine(segments, stated, remainderText);
    if (!result) return none();
    const exact = full.matches.length === 1 && full.matches[0]!.exact && rest <= 12;
    return {
      licence: result.licence,
      confidence: round(result.confidence),
      matcher: exact ? 'exact' : 'dice',
      ...file,
    };
  }

  // No licence text: a statement may name it, unless the file is itself a licence document that did not
  // match (a rewritten "GNU GPL" keeps its title and notice but is not the GPL).
  const firstLine = n.lines.find((l) => l.trim() !== '') ?? '';
  const licenceDocument = n.words.length > 150 && LICENCE_TITLE.test(firstLine);
  // A long text 80% like a licence is a modified or abridged licence: what it states about itself is
  // not to be trusted either.
  const nearMiss = (full.closest?.confidence ?? 0) >= NEAR_MISS && n.words.length > NOTICE_WORDS;
  if (!licenceDocument && !nearMiss && (options.role === 'readme' || n.words.length <= NOTICE_WORDS * 4)) {
    const ref = referenceMatch(text);
    if (ref) return { licence: ref.licence, confidence: ref.confidence, matcher: 'reference', ...file };
  }
  return none();
}

const COMPILATION_MIN_WORDS = 150;

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /\w/.test(w)).length;
}

/** The lines not covered by matched licence texts, as text (for statements and "or later" notices). */
function textOutside(lines: string[], lineOf: number[], covered: Uint8Array): string {
  // Per line: 1 = holds a covered word, 2 = holds an uncovered one; a line is kept unless only covered.
  const kinds = new Uint8Array(lines.length);
  for (let i = 0; i < lineOf.length; i++) kinds[lineOf[i]!]! |= covered[i] ? 1 : 2;
  return lines.filter((_, li) => kinds[li] !== 1).join('\n');
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Facts about a licence id or alias the engine knows (SPDX ids, model-licence LicenseRefs, Hub aliases). */
export function licenceInfo(id: string): LicenceInfo | undefined {
  return lookupLicence(id);
}

/** True when a detected id refines (or equals) a declared one, following the index's families. */
export function refines(general: string, specific: string): boolean {
  return refinesId(general, specific);
}
