/**
 * The licence identification engine's public surface: identify one text, look up licence facts, and
 * tell whether a detected id refines a declared one.
 */
import type { Detection } from '../types.js';
import { cardBody } from './card.js';
import { licenceEntries } from './corpus.js';
import { bindsDerivatives, type LicenceInfo, lookupLicence, refinesId } from './licences.js';
import { combine, type Segment } from './matchers/combine.js';
import {
  debianShortName,
  isDebianCopyright,
  licenceFields,
  outsideLicenceFields,
} from './matchers/debian-copyright.js';
import { findLicences, type TextMatch } from './matchers/fulltext.js';
import { referenceMatch } from './matchers/reference.js';
import { spdxTag } from './matchers/spdx-tag.js';
import { unexplainedTails } from './matchers/tails.js';
import { type Normalised, normalise } from './normalise.js';
import { type StatedRestriction, statedRestrictions } from './restrictions.js';
import { judgeSurroundings } from './surroundings.js';
import { derivedId } from './variants.js';

export type { LicenceInfo } from './licences.js';
/** Whether a licence id binds derivatives, with its clause (see licences.ts). */
export { bindsDerivatives };

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
// Quoted extra text is cut to this many characters per sentence and this many sentences.
const QUOTE_CHARS = 300;
const QUOTE_MAX = 12;

/** Identifies the licence(s) in one text; `licence: null` with `closest` when nothing matches for sure. */
export function identifyText(input: string, options: IdentifyOptions = {}): Detection {
  const file = options.file !== undefined ? { file: options.file } : {};
  const readme = options.role === 'readme';
  // A card's front matter is its declaration, read apart (card.ts): never also a detection.
  const text = readme ? cardBody(input) : input;
  if (!readme && isDebianCopyright(text)) return debianCopyright(text, file);
  const tag = spdxTag(text);
  const n = normalise(text);
  // A tag decides for a source header or a short file; a long text may be a licence that carries a tag
  // for its own documentation (Community-Spec-1.0 quotes "SPDX-License-Identifier: CC-BY-4.0").
  if (tag && n.words.length < TAG_ONLY_WORDS) {
    return { licence: tag.licence, confidence: tag.confidence, matcher: 'spdx-tag', bearing: true, ...file };
  }
  const full = findLicences(n.words, n.slots);
  if (tag && full.matches.length === 0) {
    return { licence: tag.licence, confidence: tag.confidence, matcher: 'spdx-tag', bearing: true, ...file };
  }
  const covered = new Uint8Array(n.words.length);
  for (const m of full.matches) covered.fill(1, m.start, m.end);
  const outside = linesOutside(n.lines, n.lineOf, covered, n.words);
  const remainderText = outside.join('\n');
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
    bearing: true,
    ...file,
    ...closest,
    ...extra,
  });
  if (compilation) return none({ matcher: 'compilation' });

  if (full.matches.length > 0) {
    // A use policy (Llama's AUP) beside its licence is part of that licence's terms; alone it is a
    // policy, not a licence.
    const licences = full.matches.filter((m) => !isPolicy(m.id));
    if (licences.length === 0) return none({ matcher: 'use-policy' });
    return fromLicenceTexts(n, licences, covered, outside, readme, none, file);
  }

  // No licence text: a statement may name it, unless the file is itself a licence document that did not
  // match (a rewritten "GNU GPL" keeps its title and notice but is not the GPL).
  const firstLine = n.lines.find((l) => l.trim() !== '') ?? '';
  const licenceDocument = n.words.length > 150 && LICENCE_TITLE.test(firstLine);
  // A long text 80% like a licence is a modified or abridged licence: what it states about itself is
  // not to be trusted either.
  const nearMiss = (full.closest?.confidence ?? 0) >= NEAR_MISS && n.words.length > NOTICE_WORDS;
  if (!licenceDocument && !nearMiss && (readme || n.words.length <= NOTICE_WORDS * 4)) {
    const ref = referenceMatch(text);
    // A restriction is read from a README or a short notice, not from a long text that did not match
    // (a licence's own clauses say "must not be used" too).
    const restrictions = readme || n.words.length <= NOTICE_WORDS ? statedRestrictions(text) : [];
    if (ref) {
      const joined = withRestrictions(ref.licence, restrictions);
      return {
        licence: joined.licence,
        confidence: ref.confidence,
        matcher: 'reference',
        bearing: true,
        ...file,
        ...(joined.extra.length > 0 ? { extra: joined.extra } : {}),
      };
    }
    // A restriction stated with no licence named: the terms are the restriction alone.
    if (restrictions.length > 0) {
      return {
        licence: restrictions.map((r) => r.id).join(' AND '),
        confidence: STATED_CONFIDENCE,
        matcher: 'reference',
        bearing: true,
        ...file,
        extra: restrictions.map((r) => r.sentence),
      };
    }
    if (readme) return { ...none(), bearing: licenceSection(text) };
  }
  return none();
}

// A machine-readable copyright file lists a licence per group of files; more fields than this is no
// package's file (Debian's largest hold about 100) and is not read: the cost stays bounded.
const MAX_DEBIAN_FIELDS = 400;
// Debian's short names are declarations, like a card's front matter.
const DEBIAN_CONFIDENCE = 0.9;

/**
 * A Debian machine-readable copyright file: every licence its `License:` fields name (AND). A text
 * given under a name decides what that licence is (identified as the engine would any text: "Expat"
 * over a BSD-3-Clause text is BSD-3-Clause); a name with no text, or with only a pointer to the
 * system's copy, stands as named. Anything else leaves the file unidentified (see debian-copyright.ts).
 */
function debianCopyright(text: string, file: { file?: string }): Detection {
  const none = (why: string): Detection => ({
    licence: null,
    confidence: 0,
    matcher: 'debian-copyright',
    bearing: true,
    ...file,
    extra: [why],
  });
  const fields = licenceFields(text);
  if (fields.length === 0) return none('a machine-readable copyright file with no License field');
  if (fields.length > MAX_DEBIAN_FIELDS)
    return none(`more than ${MAX_DEBIAN_FIELDS} License fields: not read`);
  const lookup = (id: string) => lookupLicence(id)?.id ?? null;
  const identified = new Map<string, string | null>();
  // What a field's text says its licence is: the text's own answer, the name when the text only points
  // at the system's copy (or is absent), null when the text is something the engine cannot tell.
  const resolve = (id: string, body: string): string | null => {
    if (body.trim() === '') return id;
    let got = identified.get(body);
    if (got === undefined) {
      got = identifyText(body, { role: 'licence' }).licence;
      identified.set(body, got);
    }
    if (got !== null) return got;
    return /\/usr\/share\/common-licenses\//.test(body) ? id : null;
  };
  const defined = new Map<string, string | null>();
  for (const f of fields.filter((x) => !x.files && x.text.trim() !== '')) {
    const id = debianShortName(f.names, lookup);
    defined.set(f.names.toLowerCase(), id ? resolve(id, f.text) : null);
  }
  const parts: string[] = [];
  for (const f of fields.filter((x) => x.files)) {
    if (/with/i.test(f.names)) return none(`"${f.names}": an exception is not read here`);
    const tokens = f.names.split(/\s+(or|and)\s+/i);
    // A text under several names cannot be checked against any one of them.
    if (tokens.length > 1 && f.text.trim() !== '')
      return none(`"${f.names}": a text under several names is not read`);
    const out: string[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (i % 2 === 1) {
        out.push(t.toUpperCase());
        continue;
      }
      const id = debianShortName(t, lookup);
      if (!id) return none(`"${t}" names no licence the engine knows`);
      // A text under the stanza's own field speaks for a single name only.
      const own = tokens.length === 1 && f.text.trim() !== '' ? resolve(id, f.text) : undefined;
      const got = own !== undefined ? own : defined.has(t.toLowerCase()) ? defined.get(t.toLowerCase())! : id;
      if (!got) return none(`the text given for "${t}" is not identified`);
      out.push(/ (?:AND|OR|WITH) /.test(got) ? `(${got})` : got);
    }
    const expression = out.join(' ');
    parts.push(out.length > 1 ? `(${expression})` : expression);
  }
  const distinct = [...new Set(parts)];
  if (distinct.length === 0) return none('no Files stanza names a licence');
  const named = distinct.length === 1 ? distinct[0]!.replace(/^\((.*)\)$/, '$1') : distinct.join(' AND ');
  // A restriction stated in another field joins the licences, as in a README.
  const joined = withRestrictions(named, statedRestrictions(outsideLicenceFields(text)));
  return {
    licence: joined.licence,
    confidence: DEBIAN_CONFIDENCE,
    matcher: 'debian-copyright',
    bearing: true,
    ...file,
    ...(joined.extra.length > 0 ? { extra: joined.extra } : {}),
  };
}

let policies: Set<string> | undefined;
function isPolicy(id: string): boolean {
  policies ??= new Set(
    licenceEntries()
      .filter((e) => e.companion)
      .map((e) => e.id),
  );
  return policies.has(id);
}

// Share of a tail's unexplained words a licence found there must cover to explain it.
const TAIL_COVERED = 0.8;

// A stated restriction is a claim in prose, as certain as a statement naming a licence.
const STATED_CONFIDENCE = 0.9;

/** A README's "## License" heading with something under it: the README means to state terms. */
function licenceSection(text: string): boolean {
  return /^\s*(?:#{1,6}\s*|\*\*)?\s*licen[cs](?:e|es|ing)\b[^\n]*\n+\s*[^\s#]/im.test(text);
}

/** The detection for a text holding one or more reference licence texts. */
function fromLicenceTexts(
  n: Normalised,
  matches: TextMatch[],
  covered: Uint8Array,
  outside: string[],
  readme: boolean,
  none: (extra?: Partial<Detection>) => Detection,
  file: { file?: string },
): Detection {
  const remainderText = outside.join('\n');
  const coveredWords = covered.reduce((a, b) => a + b, 0);
  const rest = n.words.length - coveredWords;
  const inOrder = [...matches].sort((a, b) => a.start - b.start);
  const ids = inOrder.map((m) => m.id);
  // What surrounds the licence text in a licence file: copyright lines, a title, a pointer are
  // fine; any other sentence is substance (a README's body is not: its statements are read below).
  const around = readme ? undefined : judgeSurroundings(outside, ids);
  // A licence lost in a long unrelated prose text is not claimed; one in a source file or a man page
  // (code and markup around it) is the file's licence, and the detection says what else is there.
  const prose = around ? wordCount(around.substance.join(' ')) : 0;
  if (!readme && rest > coveredWords && prose > coveredWords) {
    return none({ closest: { licence: inOrder[0]!.id, confidence: round(inOrder[0]!.similarity) } });
  }
  // Other text beside the licence lowers the confidence (lodash's MIT with its CC0 note: 0.8).
  const share = coveredWords / (coveredWords + rest / 2);
  const segments: Segment[] = inOrder.map((m) => ({ id: m.id, confidence: m.similarity * share }));
  // A tail runs to the end of the file or a separator, so a text after the GNU how-to-apply section
  // (the Classpath exception, a second licence) lands in it: what a tail does not explain is matched
  // on its own, and a licence or exception found there is one more part of the file.
  let tails = readme ? [] : unexplainedTails(n);
  if (tails.length > 0) {
    const tailText = normalise(tails.join('\n'));
    const inTail = findLicences(tailText.words, tailText.slots);
    const tailWords = wordCount(tails.join(' '));
    const tailCovered = inTail.matches.reduce((a, m) => a + m.end - m.start, 0);
    if (
      inTail.matches.length > 0 &&
      !inTail.matches.some((m) => m.change) &&
      tailCovered >= tailWords * TAIL_COVERED
    ) {
      for (const m of inTail.matches) segments.push({ id: m.id, confidence: m.similarity * share });
      tails = [];
    }
  }
  const statementText = around ? around.statements.join('\n') : remainderText;
  const stated = wordCount(statementText) >= 4 ? referenceMatch(statementText) : null;
  const result = combine(segments, stated, remainderText);
  if (!result) return none();
  const extra: string[] = [];
  // A variant (a clause added inside the text, names replaced) or substance around it, or a tail that
  // is not the standard appendix: a modified licence, never the licence.
  const variant = inOrder.find((m) => m.change);
  const substance = [...(around?.substance ?? []), ...tails];
  let licence = result.licence;
  let matcher = inOrder.length === 1 && inOrder[0]!.exact && rest <= 12 ? 'exact' : 'dice';
  if (variant?.change?.kind === 'renamed' && substance.length === 0) {
    licence = licence.replace(variant.id, derivedId(variant.id, 'renamed'));
    extra.push(...(variant.change.renames ?? []));
    matcher = 'renamed';
  } else if (variant || substance.length > 0) {
    licence = modifyAll(licence, ids);
    if (variant?.change) extra.push(...quoteRanges(n, variant.change.inserted));
    extra.push(...substance);
    if (variant?.change?.kind === 'renamed') extra.push(...(variant.change.renames ?? []));
    matcher = 'modified';
  }
  if (around && around.codeLines > 0)
    extra.push(`the file also holds ${around.codeLines} lines of code or markup`);
  // In a README the body may state a restriction the licence section does not ("the weights are for
  // non-commercial use only"): it joins the expression.
  if (readme) {
    const joined = withRestrictions(licence, statedRestrictions(remainderText));
    licence = joined.licence;
    extra.push(...joined.extra);
  }
  return {
    licence,
    confidence: round(result.confidence),
    matcher,
    bearing: true,
    ...file,
    ...(extra.length > 0 ? { extra: quoteLimit(extra) } : {}),
  };
}

/** Every licence id of an expression that was found as a text becomes its `-modified` variant. */
function modifyAll(expression: string, ids: string[]): string {
  return expression
    .split(/( (?:AND|OR|WITH) |[()])/)
    .map((part) => {
      const base = part.trim();
      const found = ids.find(
        (id) => id === base || id.replace(/-only$/, '') === base.replace(/-or-later$/, ''),
      );
      return found ? part.replace(base, derivedId(base, 'modified')) : part;
    })
    .join('');
}

/** Joins stated restrictions to an expression as AND, unless every branch already carries their flags. */
function withRestrictions(
  expression: string,
  restrictions: StatedRestriction[],
): { licence: string; extra: string[] } {
  const leaves = expression.split(/ (?:AND|OR|WITH) /).map((l) => l.replace(/[()]/g, '').trim());
  const carried = (flag: string) => leaves.every((l) => lookupLicence(l)?.flags.includes(flag as never));
  const adding = restrictions.filter((r) => !(lookupLicence(r.id)?.flags ?? []).every(carried));
  if (adding.length === 0) return { licence: expression, extra: [] };
  const base = / OR /.test(expression) ? `(${expression})` : expression;
  return {
    licence: [base, ...adding.map((r) => r.id)].join(' AND '),
    extra: adding.map((r) => r.sentence),
  };
}

/** The cleaned lines holding the given input word ranges, quoted. */
function quoteRanges(n: Normalised, ranges: [number, number][]): string[] {
  const out: string[] = [];
  for (const [a, b] of ranges) {
    const lines = new Set<number>();
    for (let i = a; i < b && i < n.lineOf.length; i++) lines.add(n.lineOf[i]!);
    const quoted = [...lines]
      .map((li) => n.lines[li]!.trim())
      .join(' ')
      .trim();
    if (quoted) out.push(quoted);
  }
  return out;
}

function quoteLimit(extra: string[]): string[] {
  const distinct = [
    ...new Set(extra.map((e) => (e.length > QUOTE_CHARS ? `${e.slice(0, QUOTE_CHARS)}…` : e))),
  ];
  return distinct.length > QUOTE_MAX
    ? [...distinct.slice(0, QUOTE_MAX), `… and ${distinct.length - QUOTE_MAX} more`]
    : distinct;
}

const COMPILATION_MIN_WORDS = 150;

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /\w/.test(w)).length;
}

/**
 * The lines not covered by matched licence texts (for statements, "or later" notices and substance).
 * A line holding covered and uncovered words keeps only its uncovered words, normalised
 * ("...OR OTHER DEALINGS IN THE SOFTWARE. Not for use in Ohio." keeps "not for use in ohio").
 */
function linesOutside(lines: string[], lineOf: number[], covered: Uint8Array, words: string[]): string[] {
  // Per line: 1 = holds a covered word, 2 = holds an uncovered one.
  const kinds = new Uint8Array(lines.length);
  for (let i = 0; i < lineOf.length; i++) kinds[lineOf[i]!]! |= covered[i] ? 1 : 2;
  const mixed = new Map<number, string[]>();
  for (let i = 0; i < lineOf.length; i++) {
    const li = lineOf[i]!;
    if (kinds[li] !== 3 || covered[i]) continue;
    const list = mixed.get(li);
    if (list) list.push(words[i]!);
    else mixed.set(li, [words[i]!]);
  }
  const out: string[] = [];
  lines.forEach((line, li) => {
    if (kinds[li] === 1) return;
    // No word at all (blank, a separator, an optional phrase already dropped): a paragraph break.
    if (kinds[li] === 0) {
      if (out.length > 0 && out[out.length - 1] !== '') out.push('');
      return;
    }
    out.push(kinds[li] === 3 ? mixed.get(li)!.join(' ') : line);
  });
  return out;
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
