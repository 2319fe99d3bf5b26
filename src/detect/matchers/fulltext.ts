/**
 * Full-text matching: finds which reference licences occur in a text, where, and how closely. A cheap
 * word-set prefilter over the inverted index picks a few candidates; each is located by shingles and
 * then compared word by word (diff), so a reordered, abridged or modified text does not pass.
 */
import { corpus, type FullReference, full, type Reference, shinglesOf, toIds, wordOf } from '../corpus.js';
import { SHINGLE, shingleHashes } from '../shingles.js';
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
  /** Why the region is not the reference though similar: an added/removed clause or a version change. */
  modified?: string;
}

/** What full-text matching found. */
export interface FullTextResult {
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
/**
 * A hunk that inserts or deletes this many words is a clause, not noise. Noise hunks seen in real files
 * are holder names ("the copyright holder" -> "Ben Balter", 3 words) and "Apple Computer, Inc." ->
 * "Apple Inc."; Pixar's change to Apache §6 deletes 9 words, DeepFloyd's MIT adds a 50-word clause.
 */
export const SUBSTANTIVE_WORDS = 7;
// Region search: a shingle shared with the reference scores +1, any other -0.6, so short edits inside
// a licence are bridged but an unrelated paragraph ends the region.
const MISS_PENALTY = 0.6;

const HAS_DIGIT = /\d/;
const MIN_SECOND_WORDS = 40;
// Candidates this much less contained than the best one are not compared word by word: variants of one
// licence (Llama 3.1/3.2) sit within a few points of each other.
const CONTAINMENT_SPREAD = 0.15;

/** Whether one hunk is a change of substance (a clause or a version), with the reason. */
function substance(h: Hunk, input: string[], ref: FullReference): string | undefined {
  let refWords = 0;
  for (let i = h.bStart; i < h.bStart + h.bLen; i++) if (!ref.title[i]) refWords++;
  if (refWords === 0 && h.bLen > 0 && h.aLen <= 12) return undefined; // a title line reworded or dropped
  if (h.bLen === 0 && repeatsTitle(h, input, ref)) return undefined; // the title written twice
  if (h.aLen >= SUBSTANTIVE_WORDS || refWords >= SUBSTANTIVE_WORDS) {
    return `${h.aLen} words replace ${h.bLen} reference words`;
  }
  // Version fingerprint: "3.1" where the reference says "3.2", "1.1" for "1.2" (Llama, EXAONE, GPL).
  const del: string[] = [];
  for (let i = h.bStart; i < h.bStart + h.bLen; i++) {
    const w = wordOf(ref.words[i]!);
    if (w && HAS_DIGIT.test(w)) del.push(w);
  }
  if (del.length > 0) {
    for (let i = h.aStart; i < h.aStart + h.aLen; i++) {
      const w = input[i]!;
      if (HAS_DIGIT.test(w) && !del.includes(w)) return `version ${w} where reference says ${del[0]}`;
    }
  }
  return undefined;
}

/** Whether inserted words only repeat the reference's title ("EXAONE AI Model License 1.2 - NC" twice). */
function repeatsTitle(h: Hunk, input: string[], ref: FullReference): boolean {
  const title = new Set<string>();
  for (let i = 0; i < ref.words.length && ref.title[i]; i++) title.add(wordOf(ref.words[i]!) ?? '');
  if (title.size === 0 || h.aLen > 16) return false;
  for (let i = h.aStart; i < h.aStart + h.aLen; i++) if (!title.has(input[i]!)) return false;
  return true;
}

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
  const [start, end] = where;
  const region = input.subarray(start, end);
  // Dice can reach the threshold only if the lengths allow it; the diff is skipped otherwise.
  const lengths = (2 * Math.min(region.length, ref.words.length)) / (region.length + ref.words.length);
  if (lengths < MATCH_THRESHOLD - 0.05)
    return { id: ref.id, similarity: lengths * 0.9, start, end, exact: false };
  // Edits allowed before giving up: similarity 0.9 means at most 10% of words inserted or deleted, plus
  // slack for titles (not counted against similarity).
  const budget = Math.ceil((1 - MATCH_THRESHOLD) * (region.length + ref.words.length)) + 40;
  const al = diffWords(region, ref.words, budget);
  if (!al) return { id: ref.id, similarity: 0, start, end, exact: false };
  // Words inserted before the reference starts or after it ends are not part of the match (a preamble,
  // a trailing pointer); identify judges them as the text around the licence.
  let from = start;
  let to = end;
  const hunks = al.hunks.map((h) => ({ ...h }));
  const first = hunks[0];
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
  let modified: string | undefined;
  for (const h of kept) {
    modified = substance({ ...h, aStart: h.aStart + start }, text, ref);
    if (modified) break;
  }
  const exact = kept.every((h) => h.aLen === 0 && isTitle(ref, h));
  return { id: ref.id, similarity, start: from, end: to, exact, ...(modified ? { modified } : {}) };
}

function isTitle(ref: FullReference, h: Hunk): boolean {
  for (let i = h.bStart; i < h.bStart + h.bLen; i++) if (!ref.title[i]) return false;
  return true;
}

function better(a: TextMatch, b: TextMatch): boolean {
  const spanA = a.end - a.start;
  const spanB = b.end - b.start;
  if (Math.abs(a.similarity - b.similarity) <= 0.02 && spanA !== spanB) return spanA > spanB;
  if (a.similarity !== b.similarity) return a.similarity > b.similarity;
  return a.exact && !b.exact;
}

/** The `exact` path: the whole normalised text equals a reference (only references of its length are tried). */
function exactMatch(input: Int32Array): TextMatch | null {
  const { refs, byLength } = corpus();
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
  const { refs, postStart, postRefs, vocabulary } = corpus();
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
    const size = refs[r]!.size;
    const dice = (2 * o) / (size + distinct);
    if (!best || dice > best.dice) best = { ref: r, dice };
    if (o / size >= MIN_CONTAINMENT) ranked.push({ ref: r, containment: o / size });
  }
  ranked.sort((x, y) => y.containment - x.containment);
  return { ranked, ...(best ? { best } : {}) };
}

/** Finds every reference licence in the normalised words (several for dual-licence files), best first. */
export function findLicences(text: string[]): FullTextResult {
  const { refs, vocabulary } = corpus();
  const work = toIds(text, vocabulary, false);
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
    for (const c of ranked.slice(0, MAX_CANDIDATES)) {
      // Far below the best-contained candidate: cannot beat what is already there.
      if (c.containment < ranked[0]!.containment - CONTAINMENT_SPREAD) break;
      if (best?.exact && best.end - best.start >= live * 0.95) break;
      // A second licence in the same file must be a real text, not a two-line licence that any
      // leftover sentence resembles (diffmark, "1. you can do what you want with it").
      if (pass > 0 && refs[c.ref]!.length < MIN_SECOND_WORDS) continue;
      const m = compare(work, hashes, text, refs[c.ref]!);
      if (!m) continue;
      if (m.similarity < MATCH_THRESHOLD || m.modified) {
        noteClosest(m.id, m.similarity, m.modified);
        continue;
      }
      // Prefer the candidate covering more of the text when similarities are close: SPDX's LGPL-3.0
      // (LGPL + GPL texts) over the LGPL-only part, a licence over a licence it quotes.
      if (!best || better(m, best)) best = m;
    }
    if (!best) break;
    matches.push(best);
    for (let i = best.start; i < best.end; i++) work[i] = -1;
  }
  return { matches, ...(closest && matches.length === 0 ? { closest } : {}) };
}
