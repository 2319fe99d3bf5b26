/**
 * The reference corpus: every current SPDX licence text (read from the `spdx-license-list` package) plus
 * the model licences shipped in `rules/licences/`, normalised and indexed once per process, lazily.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalise, quickWords } from './normalise.js';

/** Flags the policy reads: use restrictions, non-commercial terms. */
export type LicenceFlag = 'restricted-use' | 'non-commercial';

/** One licence of `rules/licences/index.json` (model licences and other texts SPDX lacks). */
export interface LicenceEntry {
  id: string;
  name: string;
  flags: LicenceFlag[];
  aliases: string[];
  /** A broader id this licence refines (`LicenseRef-exaone` for EXAONE 1.2-NC). */
  family?: string;
  /** Text file under rules/licences/, absent for family-only entries. */
  file?: string;
  /** Names a README or model card uses for it ("Llama 3.1 Community License"). */
  names?: string[];
  source?: string;
  note?: string;
}

/** One reference text, ready for matching. */
export interface Reference {
  id: string;
  /** Sorted distinct word ids (from quick tokenisation: the prefilter's view). */
  distinct: Int32Array;
  /** The raw text, normalised on first use by `full()`. */
  text: string;
  /** Word ids of the normalised text (set by `full()`). */
  words?: Int32Array;
  /** 1 where a word belongs to the leading title lines, which real copies drop or repeat. */
  title?: Uint8Array;
  /** Shingle hashes, built on first use. */
  shingles?: Set<number>;
}

/** A reference with its normalised form computed. */
export type FullReference = Reference & { words: Int32Array; title: Uint8Array };

/** The indexed corpus. */
export interface Corpus {
  refs: Reference[];
  /** word id -> indices into refs of the references containing it. */
  postings: Map<number, number[]>;
  vocabulary: Map<string, number>;
  entries: LicenceEntry[];
  spdx: Record<string, { name: string; osiApproved: boolean; licenseText: string }>;
  spdxIds: Set<string>;
}

/** Finds `rules/licences` by walking up from this module (works from src/, test/ and a bundled dist/). */
export function rulesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const candidate = join(dir, 'rules', 'licences');
    if (existsSync(join(candidate, 'index.json'))) return candidate;
    dir = dirname(dir);
  }
  throw new Error('rules/licences/index.json not found above the openquota module');
}

/** The shape of `rules/licences/index.json`. */
export interface LicenceIndexFile {
  licences: LicenceEntry[];
  /** Other names of SPDX ids (`LicenseRef-pixar-modified-apache` -> `Pixar`). */
  spdxAliases?: Record<string, string>;
}

let indexCache: LicenceIndexFile | undefined;
/** The model-licence index (`rules/licences/index.json`), read once. */
export function licenceIndex(): LicenceIndexFile {
  indexCache ??= JSON.parse(readFileSync(join(rulesDir(), 'index.json'), 'utf8')) as LicenceIndexFile;
  return indexCache;
}

/** The licences of the index. */
export function licenceEntries(): LicenceEntry[] {
  return licenceIndex().licences;
}

type SpdxData = Corpus['spdx'];
let spdxCache: { data: SpdxData; ids: Set<string> } | undefined;
/** SPDX licence data (names, OSI flag, texts) and the current (non-deprecated) ids. */
export function spdxData(): { data: SpdxData; ids: Set<string> } {
  if (!spdxCache) {
    const require = createRequire(import.meta.url);
    const data = JSON.parse(
      readFileSync(require.resolve('spdx-license-list/spdx-full.json'), 'utf8'),
    ) as SpdxData;
    const ids = new Set(require('spdx-license-ids') as string[]);
    spdxCache = { data, ids };
  }
  return spdxCache;
}

// SPDX lists GNU "-or-later" ids with the same text as "-only"; the text alone says "-only" (the
// or-later is read from a notice), so only the "-only" texts are indexed.
const SAME_TEXT_AS_ONLY = /-or-later$/;

// The corpus vocabulary by id (the inverse of `vocabulary`), kept in step as references are normalised.
const wordList: string[] = [];
let building: Map<string, number> | undefined;

/** The word with a given id in the corpus vocabulary. */
export function wordOf(id: number): string | undefined {
  return wordList[id];
}

/** Word ids for a normalised text, extending the vocabulary. */
export function toIds(words: string[], vocabulary: Map<string, number>, extend: boolean): Int32Array {
  const ids = new Int32Array(words.length);
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    let id = vocabulary.get(w);
    if (id === undefined) {
      if (extend) {
        id = vocabulary.size;
        vocabulary.set(w, id);
        if (vocabulary === corpusCache?.vocabulary || vocabulary === building) wordList.push(w);
      } else id = -1 - i; // unknown word: unique negative id, matches nothing
    }
    ids[i] = id;
  }
  return ids;
}

/** Marks the words of leading title lines: short lines before the first sentence-like line. */
function titleMask(lines: string[], lineOf: number[]): Uint8Array {
  const mask = new Uint8Array(lineOf.length);
  const titleLines = new Set<number>();
  let seen = 0;
  for (let li = 0; li < lines.length && seen < 4; li++) {
    const line = lines[li]!.trim();
    if (line === '') continue;
    seen++;
    // "Apache License", "Version 2.0, January 2004", "GNU GENERAL PUBLIC LICENSE": short, no full stop.
    if (line.split(/\s+/).length <= 10 && !/[.;:]$/.test(line)) titleLines.add(li);
    else break;
  }
  for (let i = 0; i < lineOf.length; i++) if (titleLines.has(lineOf[i]!)) mask[i] = 1;
  return mask;
}

function makeReference(id: string, text: string, vocabulary: Map<string, number>): Reference {
  const distinct = Int32Array.from(new Set(toIds(quickWords(text), vocabulary, true))).sort();
  return { id, distinct, text };
}

/** Normalises a reference on first use (only prefilter candidates ever are: about one in five). */
export function full(ref: Reference): FullReference {
  if (!ref.words) {
    const n = normalise(ref.text);
    ref.words = toIds(n.words, corpus().vocabulary, true);
    ref.title = titleMask(n.lines, n.lineOf);
  }
  return ref as FullReference;
}

let corpusCache: Corpus | undefined;

/** The corpus, built on first call (about 700 texts) and shared by every later identification. */
export function corpus(): Corpus {
  if (corpusCache) return corpusCache;
  const vocabulary = new Map<string, number>();
  building = vocabulary;
  const refs: Reference[] = [];
  const byText = new Map<string, number>();
  const add = (ref: Reference) => {
    // Ids sharing one text (GFDL-1.3-only / -invariants-only / -no-invariants-only, OFL-1.1 / -RFN,
    // MPL-2.0 / -no-copyleft-exception): the text cannot tell them apart, so the plainest (shortest) id stands.
    const key = ref.text.replace(/\s+/g, ' ').trim();
    const seen = byText.get(key);
    if (seen === undefined) {
      byText.set(key, refs.length);
      refs.push(ref);
    } else if (ref.id.length < refs[seen]!.id.length) refs[seen] = ref;
  };
  const { data, ids } = spdxData();
  for (const id of [...ids].sort()) {
    const entry = data[id];
    if (!entry?.licenseText || SAME_TEXT_AS_ONLY.test(id)) continue;
    add(makeReference(id, entry.licenseText, vocabulary));
    // SPDX's LGPL-3.0 text is the LGPL's additional permissions followed by the whole GPL-3.0; real
    // COPYING.LESSER files hold only the first part, so that part is a reference of its own.
    const gpl = entry.licenseText.indexOf('\nGNU GENERAL PUBLIC LICENSE\n');
    if (id.startsWith('LGPL-3.0') && gpl > 0)
      add(makeReference(id, entry.licenseText.slice(0, gpl), vocabulary));
  }
  const entries = licenceEntries();
  const dir = rulesDir();
  for (const e of entries) {
    if (!e.file) continue;
    add(makeReference(e.id, readFileSync(join(dir, e.file), 'utf8'), vocabulary));
  }
  const postings = new Map<number, number[]>();
  refs.forEach((ref, r) => {
    for (const w of ref.distinct) {
      const list = postings.get(w);
      if (list) list.push(r);
      else postings.set(w, [r]);
    }
  });
  corpusCache = { refs, postings, vocabulary, entries, spdx: data, spdxIds: ids };
  return corpusCache;
}

/** Width of the word shingles used to locate a reference inside a longer text. */
export const SHINGLE = 3;

/** Hash of the shingle starting at `i` (32-bit; collisions only blur region finding, never the diff). */
export function shingleAt(words: Int32Array, i: number): number {
  return (
    (Math.imul(words[i]!, 73856093) ^
      Math.imul(words[i + 1]!, 19349663) ^
      Math.imul(words[i + 2]!, 83492791)) |
    0
  );
}

/** The shingle set of a reference, computed once. */
export function shinglesOf(ref: Reference): Set<number> {
  if (!ref.shingles) {
    const { words } = full(ref);
    const s = new Set<number>();
    for (let i = 0; i + SHINGLE <= words.length; i++) s.add(shingleAt(words, i));
    ref.shingles = s;
  }
  return ref.shingles;
}
