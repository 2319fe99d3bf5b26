/**
 * The reference corpus: every current SPDX licence text (read from the `spdx-license-list` package) plus
 * the model licences shipped in `rules/licences/`, normalised and indexed once per process, lazily.
 */
import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import spdxIds from 'spdx-license-ids/index.json' with { type: 'json' };
import spdxListPackage from 'spdx-license-list/package.json' with { type: 'json' };
import spdxNames from 'spdx-license-list/spdx.json' with { type: 'json' };
import type { LicenceFlag } from '../policy/licences.js';
import { rulesPath } from '../rules-path.js';
import { bagDistance, editDistance } from './matchers/diff.js';
import { HAS_CJK, normalise, type WordSlots, wordsOf } from './normalise.js';
import { ShingleSet, shingleHashes } from './shingles.js';

export type { LicenceFlag } from '../policy/licences.js';

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
  /**
   * For a bilingual text: the lines (trimmed) that start each further language part ("1. Definitions"
   * after the Chinese half of ChatGLM-6B); each part is indexed on its own as well as the whole.
   */
  parts?: string[];
  /**
   * The text's own clause that makes its terms apply to derivatives (fine-tunes, modifications),
   * quoted, for an entry flagged `binds-derivatives`; for a family entry, a note naming its versions.
   */
  binds?: string;
  source?: string;
  note?: string;
  /**
   * For a stated restriction (`LicenseRef-statement-non-commercial`): the phrases, as regular
   * expressions over the loose text (lower case, letters and digits), that state it.
   */
  statement?: string[];
  /**
   * For a use policy (an AUP): the licence it accompanies. Its text is explained where it stands in
   * one file with a licence; on its own it answers no licence.
   */
  companion?: string;
}

/**
 * One reference text. Its words stay encoded until the reference is first compared (`full`): the
 * prefilter needs only the inverted index, and a run over 226 files decodes about 150 of 711 texts.
 */
export interface Reference {
  id: string;
  /** Number of words. */
  length: number;
  /** Word ids as base64 Uint16 (from the index file), until decoded into `words`. */
  encoded: string;
  /** Number of leading title words. */
  titleWords: number;
  /** Word ids of the normalised text, once decoded. */
  words?: Int32Array;
  /** 1 where a word belongs to the leading title lines, which real copies drop or repeat. */
  title?: Uint8Array;
  /** Shingle hashes, built on first use (only references that survive the prefilter pay for them). */
  shingles?: ShingleSet;
}

/** A reference with its normalised form decoded. */
export type FullReference = Reference & { words: Int32Array; title: Uint8Array };

/**
 * The inverted index, flat (CSR): the references containing word `w` are
 * `postRefs[postStart[w]] .. postRefs[postStart[w + 1] - 1]`, in reference order. Two typed arrays
 * build in a few milliseconds where a Map of 11,500 growing arrays took tens of milliseconds.
 */
export interface Postings {
  postStart: Int32Array;
  postRefs: Uint16Array;
  /** Per reference, its number of distinct words (the prefilter's denominator). */
  sizes: Int32Array;
}

/** The indexed corpus. */
export interface Corpus {
  refs: Reference[];
  /**
   * The inverted index, decoded on first use: a text that is a reference word for word (the exact
   * matcher, the common LICENSE) never needs it, and decoding it took about 5 ms of such a run.
   */
  readonly postings: Postings;
  vocabulary: Map<string, number>;
  entries: LicenceEntry[];
  /** word count -> indices of the references that long, for the exact matcher (no hashing at start). */
  byLength: Map<number, number[]>;
  /** The standard optional tails (Apache appendix, GNU how-to-apply sections), as word ids. */
  tails: { id: string; words: Int32Array }[];
  /**
   * For close pairs of long references, how many words the two have in common in order (their
   * longest common subsequence), keyed `a * refs.length + b` (see pairKey):
   * decoded on first use. A text found to be one of them cannot match the other much better than the
   * two match each other, which lets the matcher skip that diff (fulltext.ts cannotWin).
   */
  readonly common: Map<number, number>;
}

/** The key of a pair of references in `Corpus.common`. */
export function pairKey(a: number, b: number, refCount: number): number {
  return a * refCount + b;
}

/** The `rules/licences` folder (found from src/, test/ and a bundled dist/ alike). */
export function rulesDir(): string {
  return rulesPath('licences');
}

/**
 * One row of the SPDX flags table: `ids` is a regular expression over SPDX ids (`^GPL-2\\.0-`);
 * `binds`, where given, is the clause of those licences' texts that binds derivatives, quoted
 * (test/detect/licence-flags.test.ts checks it stands in every matched id's text).
 */
export interface SpdxFlagRow {
  ids: string;
  flags: LicenceFlag[];
  binds?: string;
}

/** The shape of `rules/licences/index.json`. */
export interface LicenceIndexFile {
  licences: LicenceEntry[];
  /** Other names of SPDX ids (`LicenseRef-pixar-modified-apache` -> `Pixar`). */
  spdxAliases?: Record<string, string>;
  /** Flags of SPDX ids, as data: rows of an id pattern, the flags it adds and the clause quoted. */
  spdxFlags?: SpdxFlagRow[];
  /** Standard tail text SPDX's copy lacks, appended to the tail of the SPDX text `after`. */
  tails?: { after: string; file: string; source: string }[];
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

type SpdxData = Record<string, { name: string; osiApproved: boolean; licenseText: string }>;
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

let metaCache: { data: Record<string, { name: string; osiApproved: boolean }>; ids: Set<string> } | undefined;
/**
 * SPDX names and OSI flags without the texts, and the current ids. Imported as JSON (about 100 KB) so
 * the bundles in dist/ carry them and run without node_modules; the 5 MB texts are only read when
 * the committed corpus index must be rebuilt.
 */
export function spdxMeta(): {
  data: Record<string, { name: string; osiApproved: boolean }>;
  ids: Set<string>;
} {
  metaCache ??= { data: spdxNames, ids: new Set(spdxIds) };
  return metaCache;
}

// SPDX lists GNU "-or-later" ids with the same text as "-only"; the text alone says "-only" (the
// or-later is read from a notice), so only the "-only" texts are indexed.
const SAME_TEXT_AS_ONLY = /-or-later$/;

/** Deprecated SPDX ids whose text is an exception alone, and that exception's id. */
const EXCEPTION_TEXTS: Record<string, string> = {
  'GPL-2.0-with-classpath-exception': 'Classpath-exception-2.0',
  'GPL-2.0-with-GCC-exception': 'GCC-exception-2.0',
  'GPL-2.0-with-bison-exception': 'Bison-exception-2.2',
  'GPL-2.0-with-font-exception': 'Font-exception-2.0',
  'GPL-2.0-with-autoconf-exception': 'Autoconf-exception-2.0',
  'GPL-3.0-with-GCC-exception': 'GCC-exception-3.1',
  'GPL-3.0-with-autoconf-exception': 'Autoconf-exception-3.0',
};

/** True for an id the corpus holds as a licence exception (`Classpath-exception-2.0`), not a licence. */
export function isException(id: string): boolean {
  return Object.values(EXCEPTION_TEXTS).includes(id);
}

// The corpus vocabulary by id (the inverse of `vocabulary`), kept in step as references are normalised.
const wordList: string[] = [];

/** The word with a given id in the corpus vocabulary. */
export function wordOf(id: number): string | undefined {
  return wordList[id];
}

/**
 * The title words of each reference text with this id, joined by spaces ("no copyright" for
 * CC-PDM-1.0): a copy that repeats its title repeats these.
 */
export function titlesOf(id: string): string[] {
  // Every reference's titles by id, built on the first call: a scan of all 711 references per file
  // judged was a tenth of the time spent on the text around a licence.
  if (!titleCache) {
    titleCache = new Map();
    for (const r of corpus().refs) {
      if (r.titleWords === 0) continue;
      // The title words only, decoded apart: the whole reference stays encoded until it is compared.
      const words = decodeIds(r.encoded, r.titleWords);
      const list = titleCache.get(r.id) ?? [];
      list.push(Array.from(words, (w) => wordOf(w) ?? '').join(' '));
      titleCache.set(r.id, list);
    }
  }
  return titleCache.get(id) ?? [];
}
let titleCache: Map<string, string[]> | undefined;

/**
 * Word ids for a normalised text, extending the vocabulary. With the text's `slots` (normalise), each
 * distinct word is looked up once: the vocabulary's 12,000 entries are cold in the cache after a diff,
 * and a lookup per word was the costliest line of an identification.
 */
export function toIds(
  words: string[],
  vocabulary: Map<string, number>,
  extend: boolean,
  slots?: WordSlots,
): Int32Array {
  const idOf = (w: string): number => {
    let id = vocabulary.get(w);
    if (id === undefined && extend) {
      id = vocabulary.size;
      vocabulary.set(w, id);
    }
    return id ?? -1;
  };
  const ids = new Int32Array(words.length);
  if (slots) {
    const bySlot = new Int32Array(slots.distinct.length);
    for (let k = 0; k < bySlot.length; k++) bySlot[k] = idOf(slots.distinct[k]!);
    // An unknown word (-1) gets a unique negative id, which matches nothing, not even itself elsewhere.
    for (let i = 0; i < words.length; i++) {
      const id = bySlot[slots.slot[i]!]!;
      ids[i] = id >= 0 ? id : -1 - i;
    }
    return ids;
  }
  for (let i = 0; i < words.length; i++) {
    const id = idOf(words[i]!);
    ids[i] = id >= 0 ? id : -1 - i;
  }
  return ids;
}

// A CJK title runs to about this many characters ("【Orion-14B系列】 模型社区许可协议" is 15).
const CJK_TITLE_WORDS = 20;

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
    // A CJK line has no spaces: its words are its characters ("雅意 YAYI 2 模型社区许可协议" is 12),
    // and "。", "；", "：" end a sentence.
    const length = HAS_CJK.test(line) ? wordsOf(line).length : line.split(/\s+/).length;
    if (length <= (HAS_CJK.test(line) ? CJK_TITLE_WORDS : 10) && !/[.;:。；：]$/.test(line))
      titleLines.add(li);
    else break;
  }
  for (let i = 0; i < lineOf.length; i++) if (titleLines.has(lineOf[i]!)) mask[i] = 1;
  return mask;
}

/** A reference with its words and title mask decoded (on first use, then kept). */
export function full(ref: Reference): FullReference {
  if (!ref.words) {
    ref.words = decodeIds(ref.encoded);
    ref.title = new Uint8Array(ref.length);
    ref.title.fill(1, 0, ref.titleWords);
  }
  return ref as FullReference;
}

function encodeIds(ids: ArrayLike<number>): string {
  return Buffer.from(Uint16Array.from(ids).buffer).toString('base64');
}

/** The word ids of a base64 Uint16 string; the first `count` only, when given. */
function decodeIds(base64: string, count?: number): Int32Array {
  // A prefix of n ids takes ceil(2n / 3) * 4 base64 characters (whole groups of three bytes).
  const raw = Buffer.from(
    count === undefined ? base64 : base64.slice(0, Math.ceil((2 * count) / 3) * 4),
    'base64',
  );
  const length = count === undefined ? raw.byteLength / 2 : Math.min(count, raw.byteLength >> 1);
  return Int32Array.from(new Uint16Array(raw.buffer, raw.byteOffset, length));
}

let corpusCache: Corpus | undefined;

/** The corpus index (`rules/licences/corpus-index.txt`, built by scripts/build-licence-index.ts), as loaded. */
export interface CorpusData {
  schema: typeof SCHEMA;
  /** Version of spdx-license-list the SPDX texts came from, and a hash of index.json + texts/. */
  spdxListVersion: string;
  sourcesSha256: string;
  vocabulary: string[];
  /** Per reference: id, number of leading title words, words as base64 Uint16 ids. */
  refs: { id: string; title: number; words: string }[];
  /**
   * The inverted index, so that loading does not rebuild it from every reference's words: per word id
   * (in order) the number of references containing it (`postingCounts`, base64 Uint16), and those
   * references' numbers one word after the other (`postings`, base64 Uint16).
   */
  postingCounts: string;
  postings: string;
  /** The standard optional tails found in the SPDX texts (id of the first text holding each, words). */
  tails: { id: string; words: string }[];
  /** Close pairs of long references and their common words in order (Corpus.common), as base64 Uint16 triples. */
  common: string;
}

const SCHEMA = 'openquota/licence-corpus@5';

const CORPUS_FILE = 'corpus-index.txt';

/** The index's first line: CorpusData without the references' words, which follow it. */
type CorpusHead = Omit<CorpusData, 'refs'> & { refs: Omit<CorpusData['refs'][number], 'words'>[] };

/** Version of the installed spdx-license-list and a hash of the shipped model-licence data. */
export function corpusSources(): { spdxListVersion: string; sourcesSha256: string } {
  const pkg = spdxListPackage;
  const hash = createHash('sha256');
  const dir = rulesDir();
  hash.update(readFileSync(join(dir, 'index.json')));
  for (const e of licenceEntries()) if (e.file) hash.update(readFileSync(join(dir, e.file)));
  for (const t of licenceIndex().tails ?? []) hash.update(readFileSync(join(dir, t.file)));
  return { spdxListVersion: pkg.version, sourcesSha256: hash.digest('hex') };
}

/**
 * Builds the corpus index from the sources: every SPDX text and every shipped model licence, normalised.
 * `common: false` leaves out the pairs' common words (a second of diffs): a process that builds the
 * index in memory, its committed copy being stale, then diffs those pairs as it meets them, to the
 * same answers.
 */
export function buildCorpusData(options: { common?: boolean } = {}): CorpusData {
  const vocabulary = new Map<string, number>();
  const texts: { id: string; text: string }[] = [];
  const byText = new Map<string, number>();
  const add = (id: string, text: string) => {
    // Ids sharing one text (GFDL-1.3-only / -invariants-only / -no-invariants-only, OFL-1.1 / -RFN,
    // MPL-2.0 / -no-copyleft-exception): the text cannot tell them apart, so the plainest (shortest) id stands.
    const key = text.replace(/\s+/g, ' ').trim();
    const seen = byText.get(key);
    if (seen === undefined) {
      byText.set(key, texts.length);
      texts.push({ id, text });
    } else if (id.length < texts[seen]!.id.length) texts[seen] = { id, text };
  };
  const { data, ids } = spdxData();
  for (const id of [...ids].sort()) {
    const entry = data[id];
    if (!entry?.licenseText || SAME_TEXT_AS_ONLY.test(id)) continue;
    add(id, entry.licenseText);
    // SPDX's LGPL-3.0 text is the LGPL's additional permissions followed by the whole GPL-3.0; real
    // COPYING.LESSER files hold only the first part, so that part is a reference of its own.
    const gpl = entry.licenseText.indexOf('\nGNU GENERAL PUBLIC LICENSE\n');
    if (id.startsWith('LGPL-3.0') && gpl > 0) add(id, entry.licenseText.slice(0, gpl));
  }
  // Licence exceptions: SPDX keeps their texts under the deprecated "GPL-2.0-with-classpath-exception"
  // style ids (the exception text alone); indexed under the exception's id, so that a GPL text
  // followed by the exception becomes "GPL-2.0-only WITH Classpath-exception-2.0".
  for (const [deprecated, exception] of Object.entries(EXCEPTION_TEXTS)) {
    // Without SPDX's placeholder line ("insert GPL v2 license text here").
    const text = data[deprecated]?.licenseText?.replace(/^\s*insert .{0,40} here\s*$/im, '');
    if (text) add(exception, text);
  }
  const dir = rulesDir();
  for (const e of licenceEntries()) {
    if (!e.file) continue;
    const text = readFileSync(join(dir, e.file), 'utf8');
    add(e.id, text);
    // A bilingual licence is also indexed one language at a time: a LICENSE holding only its English
    // (or only its Chinese) half is the same licence, and the half alone is far below a match of the whole.
    for (const part of languageParts(text, e.parts ?? [])) add(e.id, part);
  }
  const tails: { id: string; words: Int32Array }[] = [];
  const seenTails = new Set<string>();
  const normalised = texts.map(({ id, text }) => {
    const n = normalise(text);
    const words = toIds(n.words, vocabulary, true);
    // The appendix / how-to-apply sections the SPDX texts carry are the standard tails a copy may keep.
    for (const t of n.tails) {
      const key = t.words.join(' ');
      if (t.words.length < 8 || seenTails.has(key)) continue;
      seenTails.add(key);
      tails.push({ id, words: toIds(t.words, vocabulary, true) });
    }
    return { id, words, title: titleMask(n.lines, n.lineOf).reduce((a, b) => a + b, 0) };
  });
  // Tails as the FSF publishes them, where SPDX's copy stops short (GPL-2.0's closing paragraph).
  for (const extra of licenceIndex().tails ?? []) {
    const more = normalise(readFileSync(join(dir, extra.file), 'utf8')).words;
    for (const t of tails.filter((x) => x.id === extra.after))
      tails.push({ id: t.id, words: Int32Array.from([...t.words, ...toIds(more, vocabulary, true)]) });
  }
  if (vocabulary.size >= 65536) throw new Error('licence vocabulary outgrew 16-bit word ids');
  const refWords = normalised.map((r) => r.words);
  const { postStart, postRefs } = invertedIndex(refWords, vocabulary.size);
  return {
    schema: SCHEMA,
    ...corpusSources(),
    vocabulary: [...vocabulary.keys()],
    refs: normalised.map(({ id, title, words }) => ({ id, title, words: encodeIds(words) })),
    postingCounts: encodeIds(postStart.subarray(1).map((end, w) => end - postStart[w]!)),
    postings: encodeIds(postRefs),
    tails: tails.map((t) => ({ id: t.id, words: encodeIds(t.words) })),
    common: options.common === false ? '' : encodeIds(commonWords(refWords, vocabulary.size)),
  };
}

// Pairs of references are measured only when both are this long (a shorter diff costs little to run)
// and this share of the second's distinct words is in the first (a text that is the first can then
// make the second a candidate: the prefilter asks for 0.7 of it, some of which may come from words
// around the licence).
const COMMON_MIN_WORDS = 400;
const COMMON_MIN_CONTAINMENT = 0.6;
// Edits searched for, as a share of the pair's words: a pair further apart is not stored (its diffs
// are the ones the matcher's word-count bound or the similarity threshold already cut short).
const COMMON_EDIT_SHARE = 0.15;

/**
 * Corpus.common as flat triples (a, b, common words): for each ordered pair of long references where
 * b is mostly made of a's words and the shortest edit script is within the budget, the length of their
 * longest common subsequence (n + m - 2 * common = edits). The matcher relies on it as an upper bound.
 */
function commonWords(refs: Int32Array[], vocabularySize: number): Uint16Array {
  const long = refs.flatMap((words, r) => (words.length >= COMMON_MIN_WORDS ? [r] : []));
  const distinct = long.map((r) => new Set(refs[r]));
  const inA = new Uint8Array(vocabularySize);
  const out: number[] = [];
  long.forEach((a, i) => {
    for (const w of distinct[i]!) inA[w] = 1;
    long.forEach((b, j) => {
      if (a === b) return;
      let shared = 0;
      for (const w of distinct[j]!) shared += inA[w]!;
      if (shared < COMMON_MIN_CONTAINMENT * distinct[j]!.size) return;
      const A = refs[a]!;
      const B = refs[b]!;
      const budget = Math.ceil(COMMON_EDIT_SHARE * (A.length + B.length));
      // Words more often in one than in the other are edits whatever the order: a pair that far apart
      // is no closer than the matcher's own word-count bound tells (cannotWin), and is not stored.
      if (bagDistance(A, B) > budget) return;
      const d = editDistance(A, B, budget);
      if (d < 0) return;
      const common = (A.length + B.length - d) / 2;
      if (a >= 65536 || b >= 65536 || common >= 65536) throw new Error('licence corpus outgrew 16-bit pairs');
      out.push(a, b, common);
    });
    for (const w of distinct[i]!) inA[w] = 0;
  });
  return Uint16Array.from(out);
}

/**
 * The parts of a text that starts a new part at each line equal (trimmed) to one of `starts`: the
 * English and Chinese halves of a bilingual licence. Empty when no start line is found (a `parts`
 * entry that names no line of its text is a data error the corpus test reports).
 */
export function languageParts(text: string, starts: string[]): string[] {
  if (starts.length === 0) return [];
  const lines = text.split(/\r?\n/);
  const cuts = lines.flatMap((l, i) => (i > 0 && starts.includes(l.trim()) ? [i] : []));
  if (cuts.length === 0) return [];
  const bounds = [0, ...cuts, lines.length];
  return bounds.slice(1).map((end, k) => lines.slice(bounds[k], end).join('\n'));
}

/**
 * The index file's text: a first line of JSON (the vocabulary, each reference's id and title, the
 * inverted index, the tails), then each reference's words (base64 Uint16 ids) on a line of its own, in
 * the order of the JSON's refs. The words are 2 of the file's 2.7 MB: out of the JSON they load as
 * slices of one string, where JSON.parse scanned and copied them string by string (and the garbage
 * collector then moved each copy). Every non-ASCII character of the JSON is escaped (`\u00e9`), so
 * the file is ASCII and loads as a one-byte string: reading 2.4 MB as UTF-8 with a few thousand
 * non-ASCII words (MulanPSL's Chinese, accents) took 5-10 ms and made a two-byte string that parsed
 * slower still. One file, written at once, so the words cannot come from another build than the JSON.
 */
export function serialiseCorpusData(data: CorpusData): string {
  const head: CorpusHead = { ...data, refs: data.refs.map(({ id, title }) => ({ id, title })) };
  const json = JSON.stringify(head).replace(
    /[\u0080-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return `${json}\n${data.refs.map((r) => `${r.words}\n`).join('')}`;
}

/** The committed index when it matches the installed sources, else null (then it is built in memory). */
function loadCorpusData(): CorpusData | null {
  const file = join(rulesDir(), CORPUS_FILE);
  if (!existsSync(file)) return null;
  const bytes = readFileSync(file);
  // ASCII as written by serialiseCorpusData; a hand-edited UTF-8 file still loads.
  const lines = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8').split('\n');
  const head = JSON.parse(lines[0]!) as CorpusHead;
  const now = corpusSources();
  // One line of words per reference, then the final newline: a file cut short is not used.
  const whole = lines.length === head.refs.length + 2 && lines.at(-1) === '';
  return whole &&
    head.schema === SCHEMA &&
    head.spdxListVersion === now.spdxListVersion &&
    head.sourcesSha256 === now.sourcesSha256
    ? { ...head, refs: head.refs.map((r, i) => ({ ...r, words: lines[i + 1]! })) }
    : null;
}

/** The corpus, loaded (or built) on first call and shared by every later identification. */
export function corpus(): Corpus {
  if (corpusCache) return corpusCache;
  const data = loadCorpusData() ?? buildCorpusData({ common: false });
  // A plain loop over the 12,000 words: a callback per word (forEach) took three times as long
  // at start, before the engine had compiled it.
  const words = data.vocabulary;
  const vocabulary = new Map<string, number>();
  wordList.length = 0;
  for (let i = 0; i < words.length; i++) {
    vocabulary.set(words[i]!, i);
    wordList.push(words[i]!);
  }
  // Every field present from the start (the lazy ones undefined): a reference keeps one shape as it is
  // decoded, so the matcher's code compiled for it is not thrown away when it meets another.
  const refs: Reference[] = data.refs.map((r) => ({
    id: r.id,
    length: Buffer.byteLength(r.words, 'base64') / 2,
    encoded: r.words,
    titleWords: r.title,
    words: undefined,
    title: undefined,
    shingles: undefined,
  }));
  let postings: Postings | undefined;
  const { postingCounts, postings: encodedPostings } = data;
  const byLength = new Map<number, number[]>();
  refs.forEach((ref, r) => {
    const list = byLength.get(ref.length);
    if (list) list.push(r);
    else byLength.set(ref.length, [r]);
  });
  const tails = data.tails.map((t) => ({ id: t.id, words: decodeIds(t.words) }));
  let common: Map<number, number> | undefined;
  const encodedCommon = data.common;
  corpusCache = {
    refs,
    get postings() {
      postings ??= decodePostings(postingCounts, encodedPostings, refs.length);
      return postings;
    },
    get common() {
      common ??= decodeCommon(encodedCommon, refs.length);
      return common;
    },
    vocabulary,
    entries: licenceEntries(),
    byLength,
    tails,
  };
  titleCache = undefined;
  return corpusCache;
}

/** Corpus.common from the index file's triples. */
function decodeCommon(encoded: string, refCount: number): Map<number, number> {
  const triples = decodeIds(encoded);
  const common = new Map<number, number>();
  for (let i = 0; i + 2 < triples.length; i += 3)
    common.set(pairKey(triples[i]!, triples[i + 1]!, refCount), triples[i + 2]!);
  return common;
}

/** The inverted index from the index file's encoding (CorpusData's postingCounts and postings). */
function decodePostings(postingCounts: string, encoded: string, refCount: number): Postings {
  const counts = decodeIds(postingCounts);
  const postStart = new Int32Array(counts.length + 1);
  for (let w = 0; w < counts.length; w++) postStart[w + 1] = postStart[w]! + counts[w]!;
  const raw = Buffer.from(encoded, 'base64');
  const postRefs = new Uint16Array(raw.buffer, raw.byteOffset, raw.byteLength / 2).slice();
  const sizes = new Int32Array(refCount);
  for (let i = 0; i < postRefs.length; i++) sizes[postRefs[i]!]!++;
  return { postStart, postRefs, sizes };
}

/**
 * Builds the flat inverted index in two passes over every reference's words: count each word's
 * references, then fill. `seen[w] === r` marks a word already counted for reference r, so a reference
 * counts once per word (GPL-3.0's 5,000 words hold 800 distinct ones).
 */
function invertedIndex(
  refs: Int32Array[],
  vocabularySize: number,
): { postStart: Int32Array; postRefs: Uint16Array } {
  if (refs.length > 65536) throw new Error('licence corpus outgrew 16-bit reference numbers');
  const seen = new Int32Array(vocabularySize).fill(-1);
  const postStart = new Int32Array(vocabularySize + 1);
  refs.forEach((words, r) => {
    for (const w of words) {
      if (seen[w] === r) continue;
      seen[w] = r;
      postStart[w + 1]!++;
    }
  });
  for (let w = 0; w < vocabularySize; w++) postStart[w + 1]! += postStart[w]!;
  const postRefs = new Uint16Array(postStart[vocabularySize]!);
  const next = postStart.slice(0, vocabularySize);
  seen.fill(-1);
  refs.forEach((words, r) => {
    for (const w of words) {
      if (seen[w] === r) continue;
      seen[w] = r;
      postRefs[next[w]!++] = r;
    }
  });
  return { postStart, postRefs };
}

/** The shingle set of a reference, computed once. */
export function shinglesOf(ref: Reference): ShingleSet {
  ref.shingles ??= new ShingleSet(shingleHashes(full(ref).words));
  return ref.shingles;
}
