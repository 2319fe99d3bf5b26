/**
 * Full-text matching: finds which reference licences occur in a text, where, and how closely. A cheap
 * word-set prefilter over the inverted index picks a few candidates; each is located by shingles and
 * then compared word by word (diff), so a reordered, abridged or modified text does not pass.
 */
import { corpus, type Reference, SHINGLE, shingleAt, shinglesOf, toIds } from '../corpus.js';
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

/** Whether one hunk is a change of substance (a clause or a version), with the reason. */
function substance(h: Hunk, input: string[], ref: Reference, words: string[]): string | undefined {
  let refWords = 0;
  for (let i = h.bStart; i < h.bStart + h.bLen; i++) if (!ref.title[i]) refWords++;
  if (refWords === 0 && h.bLen > 0 && h.aLen <= 12) return undefined; // a title line reworded or dropped
  if (h.aLen >= SUBSTANTIVE_WORDS || refWords >= SUBSTANTIVE_WORDS) {
    return `${h.aLen} words replace ${h.bLen} reference words`;
  }
  // Version fingerprint: "3.1" where the reference says "3.2", "1.1" for "1.2" (Llama, EXAONE, GPL).
  const del: string[] = [];
  for (let i = h.bStart; i < h.bStart + h.bLen; i++) {
    const w = words[ref.words[i]!];
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

/** Finds the input range where a reference's shingles concentrate (maximum-sum subarray). */
function locate(input: Int32Array, ref: Reference): [number, number] | null {
  if (ref.words.length < SHINGLE || input.length < SHINGLE) return null;
  const set = shinglesOf(ref);
  let best = 0;
  let bestStart = 0;
  let bestEnd = -1;
  let sum = 0;
  let start = 0;
  for (let i = 0; i + SHINGLE <= input.length; i++) {
    const hit = input[i]! >= 0 && set.has(shingleAt(input, i));
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
function similarityOf(al: Alignment, ref: Reference, regionLength: number): number {
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
function compare(input: Int32Array, text: string[], ref: Reference, words: string[]): TextMatch | null {
  const where = locate(input, ref);
  if (!where) return null;
  const [start, end] = where;
  const region = input.subarray(start, end);
  const budget = Math.ceil((1 - MATCH_THRESHOLD + 0.1) * (region.length + ref.words.length)) + 8;
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
    modified = substance({ ...h, aStart: h.aStart + start }, text, ref, words);
    if (modified) break;
  }
  const exact = kept.every((h) => h.aLen === 0 && isTitle(ref, h));
  return { id: ref.id, similarity, start: from, end: to, exact, ...(modified ? { modified } : {}) };
}

function isTitle(ref: Reference, h: Hunk): boolean {
  for (let i = h.bStart; i < h.bStart + h.bLen; i++) if (!ref.title[i]) return false;
  return true;
}

/** Ranks references by the share of their distinct words present in the input (the prefilter). */
function candidates(input: Int32Array): { ref: number; containment: number; dice: number }[] {
  const { refs, postings } = corpus();
  const distinct = new Set<number>();
  for (const w of input) if (w >= 0) distinct.add(w);
  const overlap = new Int32Array(refs.length);
  for (const w of distinct) {
    const list = postings.get(w);
    if (list) for (const r of list) overlap[r]!++;
  }
  const out: { ref: number; containment: number; dice: number }[] = [];
  for (let r = 0; r < refs.length; r++) {
    const o = overlap[r]!;
    if (o === 0) continue;
    const size = refs[r]!.distinct.length;
    out.push({ ref: r, containment: o / size, dice: (2 * o) / (size + distinct.size) });
  }
  out.sort((x, y) => y.containment - x.containment || y.dice - x.dice);
  return out;
}

let wordList: string[] | undefined;

/** Finds every reference licence in the normalised words (several for dual-licence files), best first. */
export function findLicences(text: string[]): FullTextResult {
  const { refs, vocabulary } = corpus();
  if (!wordList || wordList.length !== vocabulary.size) wordList = [...vocabulary.keys()];
  const words = wordList;
  const work = toIds(text, vocabulary, false);
  const matches: TextMatch[] = [];
  let closest: FullTextResult['closest'];
  const noteClosest = (id: string, confidence: number, modified?: string) => {
    if (!closest || confidence > closest.confidence)
      closest = { licence: id, confidence, ...(modified ? { modified } : {}) };
  };
  for (let pass = 0; pass < 4; pass++) {
    const live = work.reduce((n, w) => n + (w >= 0 ? 1 : 0), 0);
    if (live < 8) break;
    const ranked = candidates(work);
    if (pass === 0 && ranked[0])
      noteClosest(refs[ranked[0].ref]!.id, Math.round(ranked[0].dice * 1000) / 1000);
    let best: TextMatch | null = null;
    for (const c of ranked.slice(0, MAX_CANDIDATES)) {
      if (c.containment < MIN_CONTAINMENT) break;
      // A second licence in the same file must be a real text, not a two-line licence that any
      // leftover sentence resembles (diffmark, "1. you can do what you want with it").
      if (pass > 0 && refs[c.ref]!.words.length < MIN_SECOND_WORDS) continue;
      const m = compare(work, text, refs[c.ref]!, words);
      if (!m) continue;
      if (m.similarity < MATCH_THRESHOLD || m.modified) {
        noteClosest(m.id, m.similarity, m.modified);
        continue;
      }
      if (!best || m.similarity > best.similarity || (m.exact && !best.exact)) best = m;
    }
    if (!best) break;
    matches.push(best);
    for (let i = best.start; i < best.end; i++) work[i] = -1;
  }
  return { matches, ...(closest && matches.length === 0 ? { closest } : {}) };
}
