/**
 * Optional tails: the Apache "APPENDIX: How to apply" and GNU "How to Apply These Terms" sections a copy
 * of a licence may keep or drop. A tail is skipped only when it IS the standard text (its template
 * fields filled in or not); whatever else stands after the heading is substance, e.g. "APPENDIX ...
 * The model weights may only be used for research." after Apache's text.
 */
import { corpus, toIds } from '../corpus.js';
import type { Normalised } from '../normalise.js';
import { SUBSTANTIVE_WORDS } from './changes.js';
import { bagDistance, diffWords } from './diff.js';
import { isSubstantiveWord } from './substance-words.js';

// A filled template field may be longer than the field ("[name of copyright owner]" -> "Acme Research
// Laboratories of Seoul"): up to this many words more than the reference field it replaces.
const FIELD_SLACK = 8;
// A template field is a few words ("[yyyy] [name of copyright owner]", "<one line to give the
// program's name and a brief idea of what it does.>"): a longer replaced stretch is not a field.
const MAX_FIELD = 16;
// Unexplained words tolerated in a tail (a program name written beside the sample notice).
const TAIL_TOLERANCE = 3;

/** The lines of a text's tails that are not the standard tail text, quoted; empty when all are standard. */
export function unexplainedTails(n: Normalised): string[] {
  const out: string[] = [];
  for (const tail of n.tails) {
    if (tail.words.length === 0) continue;
    // Per line, so an unexplained word can be quoted with its line.
    const lineOfWord: number[] = [];
    tail.lineWords.forEach((ws, k) => {
      for (let i = 0; i < ws.length; i++) lineOfWord.push(k);
    });
    const bad = unexplainedWords(tail.words);
    for (const k of new Set(bad.map((i) => lineOfWord[i]!))) {
      const text = tail.text[k]!.trim();
      if (text) out.push(text);
    }
  }
  return out;
}

/** Indices of the tail words no standard tail explains (best-aligned standard tail). */
function unexplainedWords(words: string[]): number[] {
  const { tails, vocabulary } = corpus();
  const input = toIds(words, vocabulary, false);
  let best: number[] | null = null;
  let bestRank = -1;
  // A tail is compared with the standard tails of its own kind (the same heading words: "how to apply
  // these terms", "creative commons notice"), not with all sixty: each diff of a 300-word GNU tail with
  // a Creative Commons notice costs a full O(ND) search and explains nothing.
  const sameKind = tails.filter((t) => t.words[0] === input[0] && t.words[1] === input[1]);
  // Nearest word counts first: the standard tail a copy keeps usually explains every word, and the
  // search stops there (118 diffs over the corpus's 28 tails in list order). The answer is as in list
  // order: an empty list is the same whichever tail gave it, and otherwise the fewest unexplained words
  // win, ties going to the tail listed first.
  const ordered = (sameKind.length > 0 ? sameKind : tails)
    .map((t, rank) => ({ t, rank, distance: bagDistance(input, t.words) }))
    .sort((x, y) => x.distance - y.distance || x.rank - y.rank);
  for (const { t, rank } of ordered) {
    const budget = input.length + t.words.length;
    const al = diffWords(input, t.words, budget);
    if (!al) continue;
    const bad: number[] = [];
    const own = new Set(t.words);
    // Negations and modal verbs the alignment removed from the standard text: the same words inserted
    // elsewhere were moved (a Markdown copy reorders the sample notice), not added.
    const removed = new Map<number, number>();
    for (const h of al.hunks)
      for (let j = h.bStart; j < h.bStart + h.bLen; j++)
        removed.set(t.words[j]!, (removed.get(t.words[j]!) ?? 0) + 1);
    for (const h of al.hunks) {
      const filledField = h.bLen > 0 && h.bLen <= MAX_FIELD && h.aLen <= h.bLen + FIELD_SLACK;
      const added: number[] = [];
      for (let i = h.aStart; i < h.aStart + h.aLen; i++) {
        // The tail's own words moved by a reflow ("<name of author>" joined to the line above) are
        // explained; a new word, or a negation / modal verb that was not moved, is not.
        const left = removed.get(input[i]!) ?? 0;
        const moved = left > 0;
        if (moved) removed.set(input[i]!, left - 1);
        else added.push(i);
        if ((isSubstantiveWord(words[i]!) && !moved) || (!filledField && !own.has(input[i]!))) bad.push(i);
      }
      // A sentence added in the tail's own words is still a sentence: "Commercial use of the Work
      // requires a separate licence from the Licensor." inside the Creative Commons Notice.
      if (!filledField && added.length >= SUBSTANTIVE_WORDS) {
        const marked = new Set(bad);
        for (const i of added) if (!marked.has(i)) bad.push(i);
      }
    }
    if (!best || bad.length < best.length || (bad.length === best.length && rank < bestRank)) {
      best = bad;
      bestRank = rank;
    }
    if (best.length === 0) break;
  }
  const bad = best ?? words.map((_, i) => i);
  const grammar = bad.some((i) => isSubstantiveWord(words[i]!));
  return bad.length > TAIL_TOLERANCE || grammar ? bad : [];
}
