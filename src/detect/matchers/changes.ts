/**
 * What a located licence text changes relative to its reference, from the diff's hunks: nothing of
 * substance (a holder name, a reworded title, line noise), a different version ("3.1" where the
 * reference says "3.2", in the title too), renamed licensor/model names (a template clone), or a
 * modification (an added or removed clause, a reversed word such as "must not" for "must").
 */
import { corpus, type FullReference, licenceEntries, wordOf } from '../corpus.js';
import type { Hunk } from './diff.js';
import { isSubstantiveWord } from './substance-words.js';

/** A change of substance between a text and its reference. */
export interface Change {
  kind: 'version' | 'renamed' | 'modified';
  reason: string;
  /** Input word ranges [start, end) that the reference does not explain (for quoting). */
  inserted: [number, number][];
  /** For `renamed`: "reference name -> text's name" pairs, distinct. */
  renames?: string[];
  /** Words of the hunks that replace names (a renamed clone's edits that are not changes of terms). */
  renameEdits?: number;
  /** Number of hunks that replace a name: each occurrence of a name replaced is one substitution. */
  renameHunks?: number;
}

/**
 * A hunk that inserts or deletes this many words is a clause, not noise. Noise hunks seen in real files
 * are holder names ("the copyright holder" -> "Ben Balter", 3 words) and "Apple Computer, Inc." ->
 * "Apple Inc."; Pixar's change to Apache §6 deletes 9 words, DeepFloyd's MIT adds a 50-word clause.
 */
export const SUBSTANTIVE_WORDS = 7;
// Small hunks add up: more than this many words inserted by noise-sized hunks is an edited text.
const SMALL_TOTAL = 24;
// A name has at least two letters: "chatglm2", "codegeex4", "yi", "meta"; not a size or a version
// ("130b", "7b", "3.1"), which versionChange reads.
const NAME_WORD = /\p{L}.*\p{L}/u;
const ENUMERATOR = /^(?:[a-z]|[ivx]{1,5}|\d{1,3}(?:\.\d{1,3})*)$/;
// "3.1", "2", "1.3c"; not a model size ("130b", "7b").
const VERSION = /^\d+(?:\.\d+)*[ac-z]?$/;
// A word is a name of the licence's own (licensor, model) when the text uses it twice and few other
// texts do: at most this share of the SPDX texts ("llama", "meta", "deepfloyd", "exaone" are in none)
// and at most MODEL_NAME_SHARE of the model licences (counted by id, so that the halves of a bilingual
// text and a family of versions count once each). "llama" is in eleven model licences (the Llama
// versions, their use policies, CogVLM's); "model" and "weights" are in nearly all of them.
const NAME_SHARE = 0.015;
const MODEL_NAME_SHARE = 0.25;

let modelIds: Set<string> | undefined;

/** Classifies the hunks of one alignment (input positions absolute); undefined when nothing substantive. */
export function classifyHunks(hunks: Hunk[], input: string[], ref: FullReference): Change | undefined {
  const inserted: [number, number][] = [];
  const renames: string[] = [];
  let version: string | undefined;
  let reason: string | undefined;
  let small = 0;
  let renameEdits = 0;
  let renameHunks = 0;
  const names = modelNames(ref);
  for (const h of hunks) {
    let refWords = 0;
    for (let i = h.bStart; i < h.bStart + h.bLen; i++) if (!ref.title[i]) refWords++;
    const titleOnly = refWords === 0 && h.bLen > 0 && h.aLen <= 12;
    // A version change decides first: "Llama 3.4" for "Llama 3.1" is another version, not a rename.
    const v = versionChange(h, input, ref) ?? elementChange(h, input, ref);
    if (v) {
      version ??= v;
      continue;
    }
    const renamed =
      names.size > 0 && h.bLen > 0 && h.bLen <= 4 && h.aLen > 0 && h.aLen <= 6 && deletesName(h, ref, names);
    // "andlibraries" for "and libraries" is spacing, not a name.
    const respaced = input.slice(h.aStart, h.aStart + h.aLen).join('') === refText(h, ref).replace(/ /g, '');
    if (renamed && !respaced) {
      renameEdits += h.aLen + h.bLen;
      renameHunks++;
      renames.push(`${refText(h, ref)} -> ${input.slice(h.aStart, h.aStart + h.aLen).join(' ')}`);
      continue;
    }
    if (titleOnly || respaced || (h.bLen === 0 && repeatsTitle(h, input, ref))) continue;
    const grammar = changesGrammar(h, input, ref);
    if (h.aLen >= SUBSTANTIVE_WORDS || refWords >= SUBSTANTIVE_WORDS || grammar) {
      reason ??= grammar
        ? `"${input.slice(h.aStart, h.aStart + h.aLen).join(' ') || '(removed)'}" where the reference says "${refText(h, ref) || '(nothing)'}"`
        : `${h.aLen} words replace ${h.bLen} reference words`;
      inserted.push([h.aStart, h.aStart + Math.max(h.aLen, 1)]);
      continue;
    }
    // Enumerators a reflow moved into a line ("... herein. c. “Documentation” shall") are not words.
    let counted = 0;
    for (let i = h.aStart; i < h.aStart + h.aLen; i++) if (!ENUMERATOR.test(input[i]!)) counted++;
    small += counted;
    if (counted > 0) inserted.push([h.aStart, h.aStart + h.aLen]);
  }
  if (version) return { kind: 'version', reason: version, inserted: [] };
  if (!reason && small > SMALL_TOTAL) reason = `${small} words changed in small edits`;
  if (reason) return { kind: 'modified', reason, inserted: merge(inserted), renameEdits, renameHunks };
  // One name replaced once is a filled-in field; a licence whose names are replaced throughout is a clone.
  if (renames.length >= 2) {
    const distinct = [...new Set(renames)];
    return {
      kind: 'renamed',
      reason: `names changed: ${distinct.join(', ')}`,
      inserted: [],
      renames: distinct,
      renameEdits,
      renameHunks,
    };
  }
  return undefined;
}

function refText(h: Hunk, ref: FullReference): string {
  const out: string[] = [];
  for (let i = h.bStart; i < h.bStart + h.bLen; i++) out.push(wordOf(ref.words[i]!) ?? '');
  return out.join(' ');
}

/**
 * Version fingerprint: "3.1" where the reference says "3.2", "1.1" for "1.0" (title lines included).
 * A number without a dot counts only in the title or after "version" ("Version 3", not "Section 4").
 * Undefined when the hunk changes no version.
 */
export function versionChange(
  h: Hunk,
  input: string[],
  ref: FullReference,
  dottedOnly = false,
): string | undefined {
  const del: string[] = [];
  for (let i = h.bStart; i < h.bStart + h.bLen; i++) {
    const w = wordOf(ref.words[i]!);
    if (!w || !VERSION.test(w)) continue;
    const before = i > 0 ? wordOf(ref.words[i - 1]!) : '';
    if (w.includes('.') || ref.title[i] || before === 'version' || before === 'v') del.push(w);
  }
  if (del.length === 0) return undefined;
  for (let i = h.aStart; i < h.aStart + h.aLen; i++) {
    const w = input[i]!;
    if (VERSION.test(w) && (!dottedOnly || w.includes('.')) && !del.includes(w))
      return `version ${w} where reference says ${del[0]}`;
  }
  return undefined;
}

// The Creative Commons licence elements a title names ("Attribution-NonCommercial-ShareAlike 2.5",
// "CC BY-NC", "Namensnennung - Keine Bearbeitungen"), by the element of the SPDX id they stand for.
const CC_ELEMENTS = new Map<string, string>([
  ['noncommercial', 'NC'],
  ['nc', 'NC'],
  ['nichtkommerziell', 'NC'],
  ['kommerzielle', 'NC'],
  ['noderivs', 'ND'],
  ['noderivatives', 'ND'],
  ['nd', 'ND'],
  ['bearbeitungen', 'ND'],
  ['sharealike', 'SA'],
  ['alike', 'SA'],
  ['sa', 'SA'],
  ['bedingungen', 'SA'],
]);

/**
 * For a Creative Commons reference: a licence element ("NonCommercial", "NoDerivs", "ShareAlike") the
 * text names and the reference's licence lacks, e.g. the CC BY 2.5 terms under the title
 * "Attribution-NoDerivs 2.5". The title then claims another licence than the terms: like a version
 * change, no answer. (A title naming the licence's own elements, "CC BY-NC 3.0", is no change.)
 */
export function elementChange(h: Hunk, input: string[], ref: FullReference): string | undefined {
  if (!ref.id.startsWith('CC-') || h.aLen === 0) return undefined;
  const own = new Set(ref.id.split('-'));
  for (let i = h.aStart; i < h.aStart + h.aLen; i++) {
    const element = CC_ELEMENTS.get(input[i]!);
    if (element && !own.has(element)) return `the text names ${element}, which ${ref.id} does not have`;
  }
  return undefined;
}

/** A negation, modal verb or restrictive word added or removed ("must not" for "must"). */
function changesGrammar(h: Hunk, input: string[], ref: FullReference): boolean {
  const added = input.slice(h.aStart, h.aStart + h.aLen).filter(isSubstantiveWord);
  const removed: string[] = [];
  for (let i = h.bStart; i < h.bStart + h.bLen; i++) {
    const w = wordOf(ref.words[i]!) ?? '';
    if (isSubstantiveWord(w) && !ref.title[i]) removed.push(w);
  }
  if (added.length !== removed.length) return true;
  return added.some((w, i) => w !== removed[i]);
}

/** Whether inserted words only repeat the reference's title ("EXAONE AI Model License 1.2 - NC" twice). */
function repeatsTitle(h: Hunk, input: string[], ref: FullReference): boolean {
  const title = new Set<string>();
  for (let i = 0; i < ref.words.length && ref.title[i]; i++) title.add(wordOf(ref.words[i]!) ?? '');
  if (title.size === 0 || h.aLen > 16) return false;
  for (let i = h.aStart; i < h.aStart + h.aLen; i++) if (!title.has(input[i]!)) return false;
  return true;
}

function deletesName(h: Hunk, ref: FullReference, names: Set<number>): boolean {
  for (let i = h.bStart; i < h.bStart + h.bLen; i++) if (names.has(ref.words[i]!)) return true;
  return false;
}

const nameCache = new WeakMap<FullReference, Set<number>>();

/**
 * The names of a model licence (its licensor, its model): words that few references use and that it
 * uses at least twice. Only model licences (rules/licences) have names that are their identity; in an
 * SPDX text a name is a template field (BSD's "Regents of the University of California").
 */
function modelNames(ref: FullReference): Set<number> {
  const cached = nameCache.get(ref);
  if (cached) return cached;
  modelIds ??= new Set(licenceEntries().map((e) => e.id));
  const names = new Set<number>();
  if (modelIds.has(ref.id)) {
    const { postings, refs } = corpus();
    const { postStart, postRefs } = postings;
    const spdxRefs = refs.filter((r) => !modelIds!.has(r.id)).length;
    const spdxLimit = Math.max(2, Math.floor(spdxRefs * NAME_SHARE));
    const modelLimit = Math.max(2, Math.floor(modelIds.size * MODEL_NAME_SHARE));
    const count = new Map<number, number>();
    for (const w of ref.words) count.set(w, (count.get(w) ?? 0) + 1);
    for (const [w, n] of count) {
      const word = wordOf(w) ?? '';
      if (n < 2 || !NAME_WORD.test(word) || isSubstantiveWord(word)) continue;
      let spdx = 0;
      const models = new Set<string>();
      for (let p = postStart[w]!; p < postStart[w + 1]!; p++) {
        const id = refs[postRefs[p]!]!.id;
        if (modelIds.has(id)) models.add(id);
        else spdx++;
      }
      if (spdx <= spdxLimit && models.size <= modelLimit) names.add(w);
    }
  }
  nameCache.set(ref, names);
  return names;
}

function merge(ranges: [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1] + 3) last[1] = Math.max(last[1], r[1]);
    else out.push([...r]);
  }
  return out;
}
