/**
 * Full-text matching: finds which reference licences occur in a text, where, and how closely. A cheap
 * word-set prefilter over the inverted index picks a few candidates; each is located by shingles and
 * then compared word by word (diff), so a reordered, abridged or modified text does not pass.
 */
import { corpus, type FullReference, full, pairKey, type Reference, shinglesOf, toIds } from '../corpus.js';
import type { WordSlots } from '../normalise.js';
import { SHINGLE, shingleHashes } from '../shingles.js';
import { type Change, classifyHunks, elementChange, versionChange } from './changes.js';
import { type Alignment, diffWords, type Hunk } from './diff.js';

/** A reference licence found in a text. */
export interface TextMatch {
  id: string;
  /** Similarity of the located region to the reference, 0–1 (matched words, Dice over sequences). */
  similarity: number;
  /** Input word range [start, end) the reference covers. */
  start: number;
  end: number;
  /** The region equals the reference word for word (titles aside). */
  exact: boolean;
  /** Share of the reference's words found in order in the region (additions do not lower it). */
  coverage?: number;
  /**
   * Word ids of the reference that the text lacks outright (deleted with nothing in their place, titles
   * aside): a clause of the reference not in the text ("PATENT INFRINGEMENT" of BSD-3-Clause-HP).
   */
  missing?: number[];
  /** Word ids the text adds outright (inserted with nothing replaced): a clause the reference lacks. */
  added?: number[];
  /** The reference's words (for comparing two matches' missing clauses), when compared word by word. */
  refWords?: Int32Array;
  /** Words inserted or deleted between the region and the reference. */
  edits?: number;
  /** Words of the text the diff paired with the reference's, in order (the alignment's length). */
  matched?: number;
  /** Why the region is not the reference though similar: an added/removed clause or a version change. */
  modified?: string;
  /** What differs from the reference, when something of substance does (see changes.ts). */
  change?: Change;
}

/** What full-text matching found. */
export interface FullTextResult {
  /** Clean matches; at most one of them (the first found) carries a `change` (a modified or renamed text). */
  matches: TextMatch[];
  /** The best candidate that did not match, for `closest`. */
  closest?: { licence: string; confidence: number; modified?: string };
}

// A reference is a candidate only if this share of its distinct words occurs in the text: a licence
// with a tenth of its vocabulary missing cannot reach the similarity threshold below.
const MIN_CONTAINMENT = 0.7;
// Candidates compared word by word per pass (ranked by containment); variants of one licence (Llama
// 3.1/3.2/3.3, EXAONE 1.1/1.2) all rank near the top, so a handful is enough.
const MAX_CANDIDATES = 8;
/**
 * Sequence similarity a located region needs to match: 2·matched / (region + reference words).
 * 0.9 lets through reflowed, re-bulleted and re-titled copies (the two-holder MIT scores 0.97) while a
 * word-salad with the same vocabulary falls far below; modified texts are caught by `substance` instead.
 */
export const MATCH_THRESHOLD = 0.9;
// Region search: a shingle shared with the reference scores +1, any other -0.6, so short edits inside
// a licence are bridged but an unrelated paragraph ends the region.
const MISS_PENALTY = 0.6;

// A variant must hold this share of the reference's words in order (a clause added, a word reversed,
// names replaced: all of the reference is still there).
const VARIANT_COVERAGE = 0.9;
// A variant's region may be up to this many times the reference's length (an MIT text with a 100-word
// clause added), and its diff may take up to this many edits.
const MAX_GROWTH = 2;
const MAX_EDITS = 1500;
// Words between a located region and the end of the text that are diffed with the reference.
const EDGE_WORDS = 6;
// Words before a located region read as its title when the reference's title is missing from it.
const TITLE_LOOKBACK = 16;
const MIN_SECOND_WORDS = 40;
// Candidates this much less contained than the best one are not compared word by word: variants of one
// licence (Llama 3.1/3.2) sit within a few points of each other.
const CONTAINMENT_SPREAD = 0.15;

/**
 * Finds the input range where a reference's shingles concentrate (maximum-sum subarray). `hashes` are
 * the input's shingle hashes (`shingleHashes(input)`), computed once per pass for all candidates.
 */
function locate(input: Int32Array, hashes: Int32Array, ref: FullReference): [number, number] | null {
  if (ref.words.length < SHINGLE || input.length < SHINGLE) return null;
  const set = shinglesOf(ref);
  let best = 0;
  let bestStart = 0;
  let bestEnd = -1;
  let sum = 0;
  let start = 0;
  for (let i = 0; i < hashes.length; i++) {
    const hit = input[i]! >= 0 && set.has(hashes[i]!);
    sum += hit ? 1 : -MISS_PENALTY;
    if (sum <= 0) {
      sum = 0;
      start = i + 1;
    } else if (sum > best) {
      best = sum;
      bestStart = start;
      bestEnd = i;
    }
  }
  return bestEnd < 0 ? null : [bestStart, bestEnd + SHINGLE];
}

/** Sequence similarity of an alignment, not counting a dropped or reworded title. */
function similarityOf(al: Alignment, ref: FullReference, regionLength: number): number {
  let titleOnly = 0;
  for (const h of al.hunks) {
    let t = 0;
    for (let i = h.bStart; i < h.bStart + h.bLen; i++) t += ref.title[i]!;
    if (t === h.bLen && h.aLen <= 12) titleOnly += h.bLen + h.aLen;
  }
  const total = regionLength + ref.words.length - titleOnly;
  return total <= 0 ? 0 : (2 * al.matched) / (total + 0);
}

/** Compares one candidate reference with the input; null when it cannot be located. */
function compare(input: Int32Array, hashes: Int32Array, text: string[], lazy: Reference): TextMatch | null {
  const ref = full(lazy);
  const where = locate(input, hashes, ref);
  if (!where) return null;
  // A name replaced in the last few words leaves no shared shingle there, so the region stops short of
  // them: "contact us at kwai-hanart@kuaishou.com" would end the Kolors text at "kwai", and the replaced
  // name would be read as a stray word after the licence. The last few words are diffed with the
  // reference instead; what the reference does not explain is trimmed off again in compareAt. (Not at
  // the start: words before a licence are its title, which the text around it judges, "MIT License for
  // Academic Research Purposes" included.)
  if (input.length - where[1] <= EDGE_WORDS) where[1] = input.length;
  const m = compareAt(input, text, ref, where[0], where[1]);
  // An unrelated paragraph inside a licence can end the located region early (its penalty outweighs
  // the short part of the licence before it): when part of the reference is missing, the region is
  // widened by that many words on each side and compared again.
  const coverage = m.coverage ?? 0;
  if (coverage >= VARIANT_COVERAGE || m.similarity < 0.75 || (where[0] === 0 && where[1] === input.length))
    return m;
  const missing = Math.ceil((1 - coverage) * ref.words.length) + 10;
  const wider = compareAt(
    input,
    text,
    ref,
    Math.max(0, where[0] - missing),
    Math.min(input.length, where[1] + missing),
  );
  // Only as a variant: a widened region must not turn a part-match into a clean match of a short text.
  return wider.change && (wider.coverage ?? 0) > coverage ? wider : m;
}

/** Compares a reference with the input region [start, end). */
function compareAt(
  input: Int32Array,
  text: string[],
  ref: FullReference,
  start: number,
  end: number,
): TextMatch {
  const region = input.subarray(start, end);
  // Dice can reach the threshold only if the lengths allow it; the diff is skipped otherwise.
  // A region longer than the reference may still hold all of it with a clause added (a variant).
  const lengths = (2 * Math.min(region.length, ref.words.length)) / (region.length + ref.words.length);
  const variantLength = region.length >= ref.words.length && region.length <= ref.words.length * MAX_GROWTH;
  if (lengths < MATCH_THRESHOLD - 0.05 && !variantLength)
    return { id: ref.id, similarity: lengths * 0.9, start, end, exact: false };
  // Edits allowed before giving up: similarity 0.9 means at most 10% of words inserted or deleted, plus
  // slack for titles (not counted against similarity); a variant may add the difference in length.
  const base = Math.ceil((1 - MATCH_THRESHOLD) * (region.length + ref.words.length)) + 40;
  const budget = variantLength
    ? Math.min(
        MAX_EDITS,
        Math.max(base, region.length - ref.words.length + Math.ceil(0.1 * ref.words.length) + 40),
      )
    : base;
  const al = diffWords(region, ref.words, budget);
  if (!al) return { id: ref.id, similarity: 0, start, end, exact: false };
  // Words inserted before the reference starts or after it ends are not part of the match (a preamble,
  // a trailing pointer); identify judges them as the text around the licence.
  let from = start;
  let to = end;
  const hunks = al.hunks.map((h) => ({ ...h }));
  const first = hunks[0];
  // The leading hunk is set aside as a preamble below, but a version number in it still counts
  // ("LLAMA 3.4 COMMUNITY LICENSE AGREEMENT" over the 3.1 text).
  // The located region may start after a retitled title ("version 1.1" kept it from matching): the
  // words just before the region are read as that title.
  const before = first && first.aStart === 0 ? Math.min(start, TITLE_LOOKBACK) : 0;
  const lead = first
    ? { ...first, aStart: first.aStart + start - before, aLen: first.aLen + before }
    : undefined;
  const leadingVersion =
    first && lead && (first.bLen > 0 || first.aStart === 0)
      ? ((first.bLen > 0
          ? versionChange(
              lead,
              text,
              ref,
              before > 0, // before the region only "x.y" reads as a version (not a year in a preamble)
            )
          : undefined) ?? (first.aStart === 0 ? elementChange(lead, text, ref) : undefined))
      : undefined;
  if (first && first.aStart === 0 && first.bStart === 0) {
    from += first.aLen;
    first.aLen = 0;
  }
  const last = hunks[hunks.length - 1];
  if (last && last.aStart + last.aLen === region.length && last.bStart + last.bLen === ref.words.length) {
    to -= last.aLen;
    last.aLen = 0;
  }
  const kept = hunks.filter((h) => h.aLen + h.bLen > 0);
  const trimmed: Alignment = { matched: al.matched, hunks: kept };
  const similarity = Math.min(1, similarityOf(trimmed, ref, to - from));
  const change = leadingVersion
    ? { kind: 'version' as const, reason: leadingVersion, inserted: [] }
    : classifyHunks(
        kept.map((h) => ({ ...h, aStart: h.aStart + start })),
        text,
        ref,
      );
  const exact = kept.every((h) => h.aLen === 0 && isTitle(ref, h));
  const coverage = al.matched / Math.max(1, ref.words.length);
  const missing: number[] = [];
  const added: number[] = [];
  for (const h of kept) {
    if (h.aLen === 0 && !isTitle(ref, h))
      for (let i = h.bStart; i < h.bStart + h.bLen; i++) missing.push(ref.words[i]!);
    if (h.bLen === 0) for (let i = h.aStart; i < h.aStart + h.aLen; i++) added.push(region[i]!);
  }
  return {
    id: ref.id,
    similarity,
    coverage,
    missing,
    added,
    refWords: ref.words,
    // Names replaced are the identity of a clone, not a change of its terms: not counted here; nor is a
    // dropped or reworded title (GLM-130B's "The GLM-130B License" is one word longer than CodeGeeX's,
    // which must not make a renamed GLM-130B text nearer CodeGeeX).
    edits: to - from + ref.words.length - 2 * al.matched - (change?.renameEdits ?? 0) - titleEdits(kept, ref),
    matched: al.matched,
    start: from,
    end: to,
    exact,
    ...(change ? { modified: change.reason, change } : {}),
  };
}

/** Words of the hunks that only drop or reword the reference's title (as similarityOf leaves them out). */
function titleEdits(hunks: Hunk[], ref: FullReference): number {
  let n = 0;
  for (const h of hunks) if (h.bLen > 0 && h.aLen <= 12 && isTitle(ref, h)) n += h.aLen + h.bLen;
  return n;
}

function isTitle(ref: FullReference, h: Hunk): boolean {
  for (let i = h.bStart; i < h.bStart + h.bLen; i++) if (!ref.title[i]) return false;
  return true;
}

/**
 * Of two texts a modified text may be a variant of, the one fewer words away: DeepFloyd's licence
 * renamed is nearer DeepFloyd's than the LLaMA licence it grew from; MIT with a clause added is
 * nearer MIT than JSON (MIT plus a sentence the text lacks).
 */
function betterVariant(a: TextMatch, b: TextMatch, textLength: number): boolean {
  // A clone with only its names replaced is nearer than a text with changed terms.
  const ra = a.change?.kind === 'renamed';
  if (ra !== (b.change?.kind === 'renamed')) return ra;
  // The whole of a bilingual licence over one of its languages: it explains more of the text.
  if (a.id === b.id && a.end - a.start !== b.end - b.start) return a.end - a.start > b.end - b.start;
  // Otherwise the nearer text is the one fewer changes away, each name replaced counting as one change
  // whatever its length. A DeepFloyd text renamed keeps "STABILITY AI" where it missed a name, one more
  // change from the LLaMA text it grew from; a GLM-130B text renamed keeps GLM-130B's address, which
  // CodeGeeX's lacks; CodeGeeX's text with a clause added is nearer CodeGeeX than aiXcoder (its clone).
  // Words of the text the variant leaves out count too: CogVLM2's whole bilingual text with a clause
  // added is nearer CogVLM2 than the Chinese half of CogVLM (a variant of that half alone).
  const ta = (a.edits ?? 0) + (a.change?.renameHunks ?? 0) + textLength - (a.end - a.start);
  const tb = (b.edits ?? 0) + (b.change?.renameHunks ?? 0) + textLength - (b.end - b.start);
  if (ta !== tb) return ta < tb;
  return (a.coverage ?? 0) > (b.coverage ?? 0);
}

/**
 * How much of the text's clauses `a` fails to explain where `b` does: reference words of `a` the text
 * lacks outright that `b`'s reference has nowhere, plus words the text adds outright that `b`'s
 * reference has and `a`'s does not. Words both references have are template fields that copies fill or
 * drop at will ("OR CONTRIBUTORS" after "<COPYRIGHT HOLDER>"); replaced words are fields too ("THE
 * AUTHOR" for "THE COPYRIGHT HOLDERS AND CONTRIBUTORS").
 */
function lacking(a: TextMatch, b: TextMatch): number {
  if ((a.missing?.length ?? 0) + (a.added?.length ?? 0) === 0) return 0;
  const other = new Set(b.refWords ?? []);
  const own = new Set(a.refWords ?? []);
  // The clause `a` has and the text lacks, and the clause the text adds that `b` has and `a` lacks
  // ("PATENT INFRINGEMENT" added to a BSD-3-Clause text is BSD-3-Clause-HP's).
  const lost = (a.missing ?? []).filter((w) => !other.has(w)).length;
  const unexplained = (a.added ?? []).filter((w) => w >= 0 && !own.has(w) && other.has(w)).length;
  return lost + unexplained;
}

// Two clean matches this close in similarity fit the text alike: which one it is, the clauses decide.
const CLOSE_FIT = 0.03;

/**
 * Of two clean matches, the one the text is. Among close fits: the reference whose every clause the
 * text holds (a BSD-3-Clause text "PROVIDED BY THE AUTHOR" is nearer BSD-3-Clause-HP in words, but lacks
 * HP's "PATENT INFRINGEMENT"); then the one covering more of the text (SPDX's LGPL-3.0, LGPL + GPL,
 * over its LGPL part); then the canonical licence over a vendor variant of it (`BSD-3-Clause` over
 * `BSD-3-Clause-HP`, `MIT` over `MIT-CMU`) when nothing else tells them apart.
 */
export function better(a: TextMatch, b: TextMatch): boolean {
  const spanA = a.end - a.start;
  const spanB = b.end - b.start;
  const close = Math.abs(a.similarity - b.similarity) <= CLOSE_FIT;
  if (close) {
    const lackA = lacking(a, b);
    const lackB = lacking(b, a);
    if (lackA !== lackB) return lackA < lackB;
  }
  if (Math.abs(a.similarity - b.similarity) <= 0.02 && spanA !== spanB) return spanA > spanB;
  if (close && a.id !== b.id && a.exact === b.exact) {
    if (b.id.startsWith(`${a.id}-`)) return true;
    if (a.id.startsWith(`${b.id}-`)) return false;
  }
  if (a.similarity !== b.similarity) return a.similarity > b.similarity;
  return a.exact && !b.exact;
}

/** How often each word id occurs in `words` (unknown words, negative, not counted). */
function wordCounts(words: Int32Array, vocabularySize: number): Int32Array {
  const counts = new Int32Array(vocabularySize);
  for (const w of words) if (w >= 0) counts[w]!++;
  return counts;
}

// No bound from Corpus.common: more words than any text holds (a small integer, unlike Infinity).
const NO_BOUND = 0x3fffffff;

// Per word id, how many of a reference's occurrences cannotWin has paired so far; zero between calls.
let paired = new Int32Array(0);

/**
 * True when comparing `ref` with the text cannot change the answer, the pass having found a match of
 * similarity `bestSimilarity` (`best`): its similarity cannot come within CLOSE_FIT of best's, so `better` cannot prefer it, and (with one
 * reference per id among the candidates, which the caller checks) neither can its being a variant or
 * the closest text matter: a variant replaces a match only when it has the match's id, and `closest`
 * is only reported when nothing matched.
 *
 * The bound: a diff matches at most M = sum over words of min(count in the text, count in the
 * reference) words, wherever the region; the similarity (similarityOf) is 2m / (region + reference -
 * title-only hunks), where the reference words left unmatched outside title-only hunks number at least
 * L - t - m (L words, t of them title words), so it is at most 2m / (m + L - t) <= 2M / (M + L - t).
 *
 * `inOrder` (NO_BOUND when unknown) is a second bound on M from the best match's reference A: the text T (its
 * `live` words; the others match nothing) pairs `best.matched` words with A's in order, and A has at
 * most C words in order in common with this reference B (Corpus.common). Edit distance (insertions
 * and deletions) is a metric, so d(T, B) >= d(A, B) - d(T, A), and d = |X| + |Y| - 2 LCS turns that
 * into LCS(T, B) <= LCS(A, B) + |T| - LCS(T, A) <= C + live - best.matched: B can pair at most the
 * words it shares with A and the words A left unpaired. A copy of GPL-3.0 cannot come within 0.03 of
 * its match as AGPL-3.0, 672 edits from GPL-3.0, however many words the two share.
 */
// Numbers only, no match object and no Infinity: the function is called for most candidates, and was
// deoptimised some fifty times per process on matches of other shapes and on a double where it had
// seen integers (each time run again unoptimised until recompiled).
function cannotWin(counts: Int32Array, ref: FullReference, bestSimilarity: number, inOrder: number): boolean {
  const words = ref.words;
  if (paired.length < counts.length) paired = new Int32Array(counts.length);
  let most = 0;
  for (const w of words) {
    if (w < counts.length && paired[w]! < counts[w]!) {
      paired[w]!++;
      most++;
    }
  }
  for (const w of words) if (w < counts.length) paired[w] = 0;
  most = Math.min(most, inOrder);
  const untitled = words.length - ref.titleWords;
  const bound = most >= untitled ? 1 : (2 * most) / (most + untitled);
  return bound < bestSimilarity - CLOSE_FIT - 1e-9;
}

/** The `exact` path: the whole normalised text equals a reference (only references of its length are tried). */
function exactMatch(input: Int32Array): TextMatch | null {
  const { refs, byLength } = corpus();
  if (input.length === 0) return null;
  for (const r of byLength.get(input.length) ?? []) {
    const ref = refs[r]!;
    if (full(ref).words.every((w, i) => w === input[i]))
      return { id: ref.id, similarity: 1, start: 0, end: input.length, exact: true };
  }
  return null;
}

/** A reference that passed the prefilter. */
interface Candidate {
  ref: number;
  containment: number;
}

/**
 * The prefilter: counts, through the inverted index, how many of each reference's distinct words occur
 * in the input, in one pass over the input's distinct words. Returns the references containing at least
 * MIN_CONTAINMENT of their words (best first) and the best word-set Dice, for `closest`.
 */
function candidates(input: Int32Array): { ranked: Candidate[]; best?: { ref: number; dice: number } } {
  const { refs, postings, vocabulary } = corpus();
  const { postStart, postRefs, sizes } = postings;
  // Each distinct input word once: `seen` marks words already counted.
  const seen = new Uint8Array(vocabulary.size);
  let distinct = 0;
  const overlap = new Int32Array(refs.length);
  for (const w of input) {
    if (w < 0 || seen[w]) continue;
    seen[w] = 1;
    distinct++;
    for (let p = postStart[w]!, end = postStart[w + 1]!; p < end; p++) overlap[postRefs[p]!]!++;
  }
  const ranked: Candidate[] = [];
  let best: { ref: number; dice: number } | undefined;
  for (let r = 0; r < refs.length; r++) {
    const o = overlap[r]!;
    if (o === 0) continue;
    const size = sizes[r]!;
    const dice = (2 * o) / (size + distinct);
    if (!best || dice > best.dice) best = { ref: r, dice };
    if (o / size >= MIN_CONTAINMENT) ranked.push({ ref: r, containment: o / size });
  }
  ranked.sort((x, y) => y.containment - x.containment);
  return { ranked, ...(best ? { best } : {}) };
}

/**
 * Finds every reference licence in the normalised words (several for dual-licence files), best first;
 * `slots`, the words' numbering by distinct word (normalise), spares a vocabulary lookup per word.
 */
export function findLicences(text: string[], slots?: WordSlots): FullTextResult {
  const { refs, vocabulary } = corpus();
  const work = toIds(text, vocabulary, false, slots);
  const exact = exactMatch(work);
  if (exact) return { matches: [exact] };
  const matches: TextMatch[] = [];
  let closest: FullTextResult['closest'];
  const noteClosest = (id: string, confidence: number, modified?: string) => {
    if (!closest || confidence > closest.confidence)
      closest = { licence: id, confidence, ...(modified ? { modified } : {}) };
  };
  for (let pass = 0; pass < 4; pass++) {
    const live = work.reduce((n, w) => n + (w >= 0 ? 1 : 0), 0);
    if (live < 8) break;
    const { ranked, best: top } = candidates(work);
    const hashes = shingleHashes(work);
    if (pass === 0 && top) noteClosest(refs[top.ref]!.id, Math.round(top.dice * 1000) / 1000);
    let best: TextMatch | null = null;
    let bestRef = -1;
    let variant: TextMatch | null = null;
    const considered = ranked.slice(0, MAX_CANDIDATES);
    // See cannotWin: with one reference per id among the candidates, the variant kept beside a match
    // never changes the answer, so a candidate that cannot beat the match need not be compared.
    const oneRefPerId = new Set(considered.map((c) => refs[c.ref]!.id)).size === considered.length;
    let counts: Int32Array | undefined;
    for (const c of considered) {
      // Far below the best-contained candidate: cannot beat what is already there.
      if (c.containment < ranked[0]!.containment - CONTAINMENT_SPREAD) break;
      if (best?.exact && best.end - best.start >= live * 0.95) break;
      // A second licence in the same file must be a real text, not a two-line licence that any
      // leftover sentence resembles (diffmark, "1. you can do what you want with it").
      if (pass > 0 && refs[c.ref]!.length < MIN_SECOND_WORDS) continue;
      if (best && oneRefPerId) {
        counts ??= wordCounts(work, vocabulary.size);
        const common =
          best.matched === undefined ? undefined : corpus().common.get(pairKey(bestRef, c.ref, refs.length));
        const inOrder = common === undefined ? NO_BOUND : common + live - best.matched!;
        if (cannotWin(counts, full(refs[c.ref]!), best.similarity, inOrder)) continue;
      }
      const m = compare(work, hashes, text, refs[c.ref]!);
      if (!m) continue;
      if (m.change || m.similarity < MATCH_THRESHOLD) {
        noteClosest(m.id, m.similarity, m.modified);
        // A text holding all of a reference with something of substance added or changed is that
        // licence modified (or renamed): kept in case no reference matches it as it is.
        // A candidate that differs only in its version and covers the text best says "another version
        // of this licence": then no variant stands (Llama "3.4" is neither 3.1 nor a modified Llama 4).
        if (m.change && (m.coverage ?? 0) >= VARIANT_COVERAGE) {
          if (!variant || betterVariant(m, variant, work.length)) variant = m;
        }
        continue;
      }
      // Prefer the candidate covering more of the text when similarities are close: SPDX's LGPL-3.0
      // (LGPL + GPL texts) over the LGPL-only part, a licence over a licence it quotes.
      if (!best || better(m, best)) {
        best = m;
        bestRef = c.ref;
      }
    }
    // Only the first licence of a file may be a variant: a second one would be any leftover paragraph.
    if (!best && pass === 0 && variant && variant.change?.kind !== 'version') best = variant;
    // One language of a bilingual licence matched as it is, while the whole text is that licence with a
    // clause added to the other language: the whole is the answer, with the clause quoted (not the
    // other language quoted whole as text around the licence).
    if (
      best &&
      pass === 0 &&
      variant &&
      variant.id === best.id &&
      variant.change?.kind !== 'version' &&
      variant.end - variant.start > best.end - best.start
    )
      best = variant;
    if (!best) break;
    matches.push(best);
    for (let i = best.start; i < best.end; i++) work[i] = -1;
  }
  return { matches, ...(closest && matches.length === 0 ? { closest } : {}) };
}
