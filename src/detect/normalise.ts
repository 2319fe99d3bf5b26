/**
 * Normalisation of licence texts: turns what real files do (markup, copyright lines, titles, bullets,
 * smart punctuation, British spellings, CRLF, BOM, invalid UTF-8) into a word sequence that compares
 * equal for the same licence. Both reference texts and inputs go through exactly this function.
 */

import { decodeText } from '../read/decode.js';

/** A normalised text: its words in order, and for each word the (cleaned) line it came from. */
export interface Normalised {
  words: string[];
  /** lineOf[i] is the index in `lines` of words[i]. */
  lineOf: number[];
  /** Lines after markup removal, before lower-casing: used to find headings and statements. */
  lines: string[];
  /**
   * The optional tails set aside (the Apache appendix, the GNU "How to Apply" section), each as its
   * words and the cleaned lines it spans: not part of `words`, so matching ignores them, but kept so
   * that a tail which is not the standard text ("APPENDIX" followed by a restriction) is still read.
   */
  tails: Tail[];
  /** Which words are the same word, for looking each distinct one up once (see WordSlots). */
  slots?: WordSlots;
}

/**
 * The words of a text numbered by distinct word: `words[i]` is `distinct[slot[i]]`. A word may have
 * several slots (a joined word gets one of its own), never a slot holding another word. The corpus's
 * vocabulary is then asked once per slot rather than once per word (corpus.ts toIds).
 */
export interface WordSlots {
  distinct: string[];
  slot: number[];
}

/** One optional tail section of a text: from its heading to a separator line or the end. */
export interface Tail {
  words: string[];
  /** Indices into `Normalised.lines` of the tail's lines. */
  lines: number[];
  /** The tail's cleaned lines (copyright lines blank), and each line's words. */
  text: string[];
  lineWords: string[][];
}

/**
 * Decodes file bytes (BOM-marked UTF-8 / UTF-16 LE / UTF-16 BE, else UTF-8, else Latin-1). The
 * decision lives in src/read/decode.ts, the one rule every reader of files uses.
 */
export const decodeLicenceBytes: (bytes: Uint8Array, truncated?: boolean) => string = decodeText;

// British and other variant spellings folded to one form, so "licence" and "license" compare equal.
// Facts from the SPDX matching guidelines' equivalent-words list, extended with words seen in our corpus.
const SPELLINGS = new Map<string, string>(
  Object.entries({
    licence: 'license',
    licences: 'licenses',
    licenced: 'licensed',
    licencing: 'licensing',
    licensor: 'licensor',
    acknowledgement: 'acknowledgment',
    acknowledgements: 'acknowledgments',
    analogue: 'analog',
    analyse: 'analyze',
    artefact: 'artifact',
    artefacts: 'artifacts',
    authorisation: 'authorization',
    authorised: 'authorized',
    calibre: 'caliber',
    cancelled: 'canceled',
    catalogue: 'catalog',
    categorise: 'categorize',
    centre: 'center',
    favour: 'favor',
    fulfil: 'fulfill',
    fulfilment: 'fulfillment',
    initialise: 'initialize',
    judgement: 'judgment',
    labelling: 'labeling',
    labour: 'labor',
    maximise: 'maximize',
    modelled: 'modeled',
    modelling: 'modeling',
    offence: 'offense',
    optimise: 'optimize',
    organisation: 'organization',
    organise: 'organize',
    practise: 'practice',
    programme: 'program',
    realise: 'realize',
    recognise: 'recognize',
    signalling: 'signaling',
    utilisation: 'utilization',
    whilst: 'while',
    wilful: 'willful',
    owner: 'holder',
    owners: 'holders',
  }),
);

// Prefixes written both joined and hyphenated ("non-exclusive" / "nonexclusive", "sub-license").
const JOINABLE_PREFIXES = new Set(['non', 'sub', 'co', 're', 'pre', 'multi']);

// A line that is only a copyright statement, e.g. "Copyright (c) 2016 Ben Balter", "(C) 1995-2024 Jean-loup",
// "© 2023 Acme", "Copyright notice:" (zlib), "Copyright [yyyy] [name of copyright owner]" (Apache appendix).
// "Copyright and Related Rights" (a CC0 heading) and "copyright notice and this permission notice" are not.
const COPYRIGHT_LINE =
  /^\s*(?:copyright\s*(?:\(c\)|©|\d|\[|<|{|by\b|notice:|holders?:|\s*$)|\(c\)\s*\d|©|all rights reserved)/i;
const RIGHTS_RESERVED = /\ball rights reserved\.?/gi;

// Optional instruction tails that licence files keep or drop at will: the Apache appendix and the GNU
// "How to Apply These Terms" section. Dropped up to the end or a separator line (e.g. "=====" before
// a second licence in the same file).
const OPTIONAL_TAIL = new RegExp(
  `^\\s*(?:${[
    'appendix:? how to apply the apache license',
    'how to apply these terms to your new (?:programs?|librar(?:y|ies))',
    '(?:addendum:? )?how to use this license for your documents',
    // The notice closing Creative Commons 1.0-3.0 legalcode ("Creative Commons is not a party to this
    // License ... may be contacted at creativecommons.org"), which says it is no part of the licence,
    // in English and in the ported versions' languages; with or without its "Creative Commons Notice"
    // heading (only a heading line, so that a sentence about "Creative Commons notices" is not one).
    'creative commons notice\\s*:?\\s*$',
    'creative commons is not a party to this licen[cs]e',
    'creative commons ist nicht partei dieser lizenz',
    'creative commons is geen partij bij deze licentie',
    "creative commons n[’']est pas partie à ce contrat",
  ]
    .join('|')
    .replace(/ /g, '\\s+')})`,
  'i',
);

// Sentences that copies of a licence keep or drop without changing it (facts from licensee's and SPDX's
// optional-text markup), matched on the normalised word string: CC0's "not a law firm" banner, the CC
// 4.0 footer, the Unlicense and CC0 "for more information" pointers. Each with one of its words that
// every match holds whole (`hint`): a phrase is only searched in a text holding that word.
const OPTIONAL_PHRASES: { hint: string; re: RegExp }[] = [
  {
    hint: 'firm',
    re: /creative commons corporation is not a law firm and does not provide legal services distribution of this document (?:\S+ ){0,50}?works provided hereunder(?: and disclaims liability for damages resulting from the use of this document or the information or works provided hereunder)?/g,
  },
  {
    hint: 'cc0',
    re: /the text of the creative commons public licenses is dedicated to the public domain under the cc0 public domain dedication/g,
  },
  { hint: 'contacted', re: /creative commons may be contacted at creativecommons\.org/g },
  {
    hint: 'please',
    re: /for more information please (?:refer to unlicense\.org|see creativecommons\.org publicdomain zero 1\.0)/g,
  },
  // The banner over Creative Commons 1.0-3.0 legalcode, in English and in the ported versions'
  // languages (German, Dutch, French): a notice about Creative Commons, not a term of the licence.
  {
    hint: 'firm',
    re: /creative commons corporation is not a law firm and does not provide legal services distribution of this (?:draft )?license does not create an attorney client relationship creative commons provides this information on an as is basis creative commons makes no warranties regarding the information provided and disclaims liability for damages resulting from its use/g,
  },
  {
    hint: 'rechtsanwaltskanzlei',
    re: /creative commons ist keine rechtsanwaltskanzlei und leistet keine rechtsberatung (?:\S+ ){0,40}?die sich aus deren gebrauch ergeben/g,
  },
  {
    hint: 'advocatenpraktijk',
    re: /creative commons corporation is geen advocatenpraktijk (?:\S+ ){0,60}?uit het gebruik van deze informatie(?: indien en voorzover de wet niet anders bepaalt)?/g,
  },
  {
    hint: "d'avocats",
    re: /creative commons n'est pas un cabinet d'avocats (?:\S+ ){0,70}?de l'utilisation de ce contrat/g,
  },
];
const OPTIONAL_TAIL_ANYWHERE = new RegExp(`^[\\s#*]*${OPTIONAL_TAIL.source.replace('^\\s*', '')}`, 'im');
const SEPARATOR = /^\s*(?:[=\-_*~#+]\s*){5,}$/;

// List markers at the start of a line: "-", "*", "•", "1.", "1)", "(a)", "a.", "iv." (BSD clauses are
// numbered in one copy and bulleted in another). "\." handles Markdown-escaped numbers like "1\.".
const BULLET = /^\s*[-*+•·▪◦‣]\s+/;
const LIST_MARKER = /^\s*(?:[-*+•·▪◦‣]|\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-z]|[ivx]{1,5})\\?[.)](?=\s))\s+/i;

/** Removes HTML tags and decodes the common entities, keeping block boundaries as line breaks. */
function stripHtml(text: string): string {
  const t = text
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<(script|style|head)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<\/?(?:p|br|div|h[1-6]|li|ul|ol|tr|table|pre|blockquote|hr|dt|dd|section)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, ' ');
  return decodeEntities(t);
}

/** Decodes the HTML entities licence files use. */
function decodeEntities(text: string): string {
  if (!text.includes('&')) return text; // every entity starts with "&"; most licence files have none
  return text
    .replace(/&nbsp;/g, ' ')
    .replace(/&copy;/g, '©')
    .replace(/&(?:ldquo|rdquo|quot);/g, '"')
    .replace(/&(?:lsquo|rsquo|apos|#39);/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
}

// Characters that start any of the markup handled below.
const MARKUP_HINT = /[#>*_[\]`\\:/;(•·▪◦‣+]|^\s*(?:-|\d|[a-z][.)]|[ivx]+[.)]|\.\.)/i;

// First characters of the line-start markup: comment leaders, block quotes, headings, reST, emphasis.
const MARKUP_LEADS = '/*;->#.:_';

/** Cleans one line of Markdown / reST / comment markup. */
function stripLineMarkup(line: string, prev?: string): string {
  // Most lines of a plain licence have no markup: skip the regexes (a third of normalisation time).
  if (!MARKUP_HINT.test(line)) return line;
  let s = line;
  // The line-start rewrites below only apply to a line whose first non-blank character is one of
  // these (and none of them can make a line start with one that it did not): "a) The work" or
  // "(c) the Licensor" skip seven regexes.
  if (MARKUP_LEADS.includes(line.trimStart().charAt(0) || ' ')) {
    s = s
      .replace(/^\s*(?:\/\*+|\*+\/|\/\/+|;;+|--(?=\s))\s?/, '') // comment leaders of source headers
      .replace(/^\s*>+\s?/, '') // block quotes
      .replace(/^\s*#{1,6}\s+/, '') // Markdown headings
      .replace(/^\s*\.\.\s+\S+::.*$/, '') // reST directives (".. literalinclude:: ../LICENSE.txt")
      .replace(/^\s*:\w+:.*$/, '') // reST directive options (":language: text")
      .replace(/\*\*|__/g, '') // bold: "* **a)** The work" must lose its list markers below
      .replace(/^(\s*)[*_](?=\S)/, '$1'); // emphasis at the edges: "_Copyright © 2007 FSF_"
  } else if (s.includes('**') || s.includes('__')) s = s.replace(/\*\*|__/g, ''); // bold inside the line
  s = dropClosingEmphasis(s);
  // An enumerator is a list marker only where a list item can start: after a blank line or a line
  // ending a clause. Mid-paragraph, "Section\n4. The" is a reflowed sentence, and "4" is a word.
  const itemStart = prev === undefined || /^\s*$|[.:;)]\s*$/.test(prev);
  // Up to three nested markers ("1. (a) - "); a pass that removes nothing ends the loop.
  for (let i = 0; i < 3; i++) {
    const before = s.length;
    s = s.replace(itemStart ? LIST_MARKER : BULLET, '');
    if (s.length === before) break;
  }
  // The link and escape rewrites only where their characters occur (most lines have neither).
  if (s.includes('[')) {
    s = s
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1') // images: keep the alt text (badges say "license MIT")
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1') // links: keep the text
      .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
      .replace(/^\s*\[[^\]]+\]:\s*\S+.*$/, ''); // link reference definitions
  }
  if (s.includes('\\')) s = s.replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1'); // Markdown escapes
  return s.includes('`') ? s.replace(/`+/g, ' ') : s;
}

const SPACE = /\s/;

/**
 * Drops a closing emphasis mark and the spaces after it: "FSF_ " -> "FSF", "free*" -> "free", not " * "
 * (what `/(?<=\S)[*_]\s*$/` does, without a lookbehind tried at every position of every line).
 */
function dropClosingEmphasis(s: string): string {
  let end = s.length;
  while (end > 0 && SPACE.test(s[end - 1]!)) end--;
  const mark = s[end - 1];
  return end >= 2 && (mark === '*' || mark === '_') && !SPACE.test(s[end - 2]!) ? s.slice(0, end - 1) : s;
}

/**
 * Cleans a whole text into lines: decoding noise, markup, copyright lines. Optional tails are blanked
 * in `lines` and returned apart (`tails`, line indices per tail, with the cleaned tail text).
 */
export function cleanLines(text: string): { lines: string[]; tails: { lines: number[]; text: string[] }[] } {
  let t = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (/<(?:p|br|div|html|body|h[1-6])\b[^>]*>/i.test(t)) t = stripHtml(t);
  else t = decodeEntities(t); // Markdown copies escape "<fsf.org>" as "&lt;fsf.org&gt;"
  // Hyphenated line breaks: "distri-\nbution" -> "distribution" (only between lower-case letters).
  t = t.replace(/([a-z])-\n\s*([a-z])/g, '$1$2');
  const out: string[] = [];
  const tails: { lines: number[]; text: string[] }[] = [];
  let skipping = false;
  let continuing = false; // the previous line was a copyright line that may go on
  let prev: string | undefined;
  for (const raw of t.split('\n')) {
    const before = prev;
    prev = raw;
    if (skipping) {
      if (SEPARATOR.test(raw)) skipping = false;
      else {
        const tail = tails[tails.length - 1]!;
        const cleaned = stripLineMarkup(raw, before);
        tail.lines.push(out.length);
        // Copyright lines stay: the sample notices of tails are copyright lines with fields.
        tail.text.push(cleaned);
      }
      out.push('');
      continue;
    }
    const line = stripLineMarkup(raw, before);
    // "(C) 1995-2024 Jean-loup Gailly": the list-marker rule reads "(C)" as an item letter.
    if (RAW_COPYRIGHT.test(raw)) {
      out.push('');
      continuing = true;
      continue;
    }
    // A copyright statement wrapped over lines: "Copyright (c) 2009-2015 Fraunhofer Institute for Wind
    // Energy\nand Energy System Technology (IEE) Kassel and individual contributors".
    if (continuing && CONTINUATION.test(line)) {
      continuing = false;
      out.push('');
      continue;
    }
    continuing = false;
    // The three line tests below start with one of these characters (after blanks); most lines don't.
    if (!LINE_TEST_LEADS.includes(line.trimStart().charAt(0) || ' ')) {
      out.push(line);
      continue;
    }
    if (OPTIONAL_TAIL.test(line)) {
      skipping = true;
      tails.push({ lines: [out.length], text: [line] });
      out.push('');
      continue;
    }
    if (SEPARATOR.test(line) || COPYRIGHT_LINE.test(line)) {
      continuing = COPYRIGHT_LINE.test(line) && !/[.:]\s*$/.test(line);
      out.push('');
      continue;
    }
    out.push(line);
  }
  // "All rights reserved" inside a line is dropped; one scan of the text says whether any line has it.
  if (!RIGHTS_HINT.test(out.join('\n'))) return { lines: out, tails };
  return { lines: out.map((line) => line.replace(RIGHTS_RESERVED, ' ')), tails };
}

// First characters of OPTIONAL_TAIL ("appendix", "how to", "addendum"), SEPARATOR and COPYRIGHT_LINE
// ("copyright", "(c)", "©", "all rights reserved"). Case-insensitive regexes match no non-ASCII letter
// to an ASCII one, so these are all.
const LINE_TEST_LEADS = 'aAhH=-_*~#+cC(©';
const RIGHTS_HINT = /all rights reserved/i;
const RAW_COPYRIGHT = /^\s*(?:[#*;/]+\s*)?\(c\)\s*\d{4}/i;
// The next line of a wrapped copyright statement starts with "and"/"&" (one line; a licence text that
// follows a copyright line in lower case, "everyone is welcome to use this code", is not one).
const CONTINUATION = /^\s*(?:and|&)\s/;

// Scripts written without spaces between words (Chinese, Japanese kana): each character is a word,
// so that "您不得出于任何军事目的使用" is eleven words a diff can align, not one word that any edit
// changes whole (an added "不" must be a hunk of its own, like an added "not").
const CJK = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}';
// A word: letters/digits, keeping inner dots and apostrophes ("2.0", "e.g", "licensor's"); or one CJK
// character.
const WORD = new RegExp(`[${CJK}]|[[\\p{L}\\p{N}]--[${CJK}]]+(?:[.'][[\\p{L}\\p{N}]--[${CJK}]]+)*`, 'gv');
/** True when a text holds a character of a script written without spaces (a CJK ideograph or kana). */
export const HAS_CJK = new RegExp(`[${CJK}]`, 'v');
// The same on ASCII text, where \p{L} and \p{N} are [A-Za-z] and [0-9]: twice as fast as the Unicode
// class, and most licence files are ASCII.
const ASCII_WORD = /[A-Za-z0-9]+(?:[.'][A-Za-z0-9]+)*/g;
// The same patterns, each also matching a line break: normalise takes a whole text's words and line
// breaks from one `match` call (an `exec` per word cost a match object and a call each, a third of
// normalisation). A word never holds a line break, so the words found are the same.
const WORD_OR_BREAK = new RegExp(`${WORD.source}|\n`, 'gv');
const ASCII_WORD_OR_BREAK = new RegExp(`${ASCII_WORD.source}|\n`, 'g');
const NON_ASCII = /[^\x00-\x7f]/;

// Any character the three punctuation folds below rewrite: one scan decides whether they run.
const FOLDED_PUNCTUATION = /[\u2018\u2019\u201b\u2032`\u201c\u201d\u201e\u2033\u2010-\u2015\u2212]/;

/**
 * Lower-cases and folds punctuation variants: smart quotes, dashes, "&", URL schemes. Each rewrite runs
 * only when the text holds what it rewrites (a plain-ASCII licence needs none of the first three).
 */
function foldLine(line: string): string {
  // Full-width forms that CJK texts use ("ＭＩＴ", "２.０") and ligatures ("ﬁ") are the plain letters.
  let s = (NON_ASCII.test(line) ? line.normalize('NFKC') : line).toLowerCase();
  if (FOLDED_PUNCTUATION.test(s)) {
    s = s
      .replace(/[\u2018\u2019\u201b\u2032`]/g, "'")
      .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
      .replace(/[\u2010-\u2015\u2212]/g, '-');
  }
  if (s.includes('&')) s = s.replace(/&/g, ' and ');
  if (s.includes('://')) s = s.replace(/\b(?:https?|ftp):\/\/(?:www\.)?/g, ' ');
  if (s.includes('www.')) s = s.replace(/\bwww\./g, '');
  return s.includes("'s") ? s.replace(/'s\b/g, 's') : s;
}

/**
 * The distinct words of a text without line-level cleaning: the inverted index is built from these (a
 * few markup or copyright words more or less do not move a prefilter), so that only references that
 * become candidates pay for full normalisation.
 */
export function quickWords(text: string): string[] {
  // The optional tail ("How to Apply These Terms", 300 words in GPL-2.0) is cut as normalise() does.
  const tail = OPTIONAL_TAIL_ANYWHERE.exec(text);
  const body = tail ? text.slice(0, tail.index) : text;
  return (foldLine(body).match(WORD) ?? []).map((w) => SPELLINGS.get(w) ?? w);
}

/** Normalises a text to its word sequence (see the module comment for what is folded). */
export function normalise(text: string): Normalised {
  const { lines, tails: rawTails } = cleanLines(text);
  const tails: Tail[] = rawTails.map((t) => {
    const lineWords = t.text.map(wordsOf);
    return { words: lineWords.flat(), lines: t.lines, text: t.text, lineWords };
  });
  // Folded as one string: seven regex passes over the text instead of seven per line. Same result, as
  // no fold crosses a line break and "\n" is a word boundary like the end of a line.
  const folded = foldLine(lines.join('\n'));
  const words: string[] = [];
  const lineOf: number[] = [];
  let hinted = 0; // the hint bits of the optional-phrase words seen (see dropOptional)
  let prevJoinable = false; // the last word pushed is one of JOINABLE_PREFIXES
  // What is known of each distinct word of this text (as matched, before spelling folds), found once.
  const known = new Map<string, { word: string; joinable: boolean; hint: number; slot: number }>();
  const distinct: string[] = [];
  const slot: number[] = [];
  // One regex scan over the whole text (a regex call per line cost more, most of all before the JIT
  // warms up); `li` counts the line breaks passed, `lineStart` is where that line starts.
  const tokens = folded.match(NON_ASCII.test(folded) ? WORD_OR_BREAK : ASCII_WORD_OR_BREAK) ?? [];
  let li = 0;
  let lineStart = 0;
  for (let t = 0; t < tokens.length; t++) {
    const w = tokens[t]!;
    if (w === '\n') {
      li++;
      lineStart = folded.indexOf('\n', lineStart) + 1;
      continue;
    }
    let info = known.get(w);
    if (info === undefined) {
      const facts = WORD_FACTS.get(w);
      const word = facts?.word ?? w;
      info = { word, joinable: facts?.joinable ?? false, hint: facts?.hint ?? 0, slot: distinct.length };
      distinct.push(word);
      known.set(w, info);
    }
    const word = info.word;
    // "non-exclusive" and "nonexclusive" become one word; the hyphen was dropped by WORD.
    if (
      prevJoinable &&
      lineOf[lineOf.length - 1] === li &&
      folded.slice(lineStart, endOfLine(folded, lineStart)).includes(`${words[words.length - 1]!}-`)
    ) {
      const joined = words[words.length - 1]! + word;
      words[words.length - 1] = joined;
      slot[slot.length - 1] = distinct.push(joined) - 1;
      hinted |= OPTIONAL_HINTS.get(joined) ?? 0;
      prevJoinable = JOINABLE_PREFIXES.has(joined);
      continue;
    }
    words.push(word);
    lineOf.push(li);
    slot.push(info.slot);
    hinted |= info.hint;
    prevJoinable = info.joinable;
  }
  const n = { words, lineOf, lines, tails, slots: { distinct, slot } };
  return hinted !== 0 ? dropOptional(n, hinted) : n;
}

/** The normalised words of a short text (a tail section), without line bookkeeping. */
export function wordsOf(text: string): string[] {
  const folded = foldLine(text);
  // ASCII_WORD on an ASCII text (as normalise does): the same words, twice as fast.
  return (folded.match(NON_ASCII.test(folded) ? WORD : ASCII_WORD) ?? []).map((w) => SPELLINGS.get(w) ?? w);
}

// The hint words of OPTIONAL_PHRASES, each with a bit: normalise notes the bits of the hints it reads,
// and only a text with some bit set is searched, for the phrases of those bits alone (most texts
// have none of the words; "please" alone, the commonest, leaves one phrase of eight to search).
const OPTIONAL_HINTS = new Map<string, number>();
for (const { hint } of OPTIONAL_PHRASES)
  if (!OPTIONAL_HINTS.has(hint)) OPTIONAL_HINTS.set(hint, 1 << OPTIONAL_HINTS.size);

// What normalise needs to know of a word, in one lookup: its folded spelling, and (as spelled) whether
// it is a joinable prefix and its optional-phrase hint bit (0: none). Only words with some fact are keys.
const WORD_FACTS = new Map<string, { word: string; joinable: boolean; hint: number }>(
  [...SPELLINGS.keys(), ...JOINABLE_PREFIXES, ...OPTIONAL_HINTS.keys()].map((w) => {
    const word = SPELLINGS.get(w) ?? w;
    return [w, { word, joinable: JOINABLE_PREFIXES.has(word), hint: OPTIONAL_HINTS.get(word) ?? 0 }];
  }),
);

function endOfLine(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}

/** Removes OPTIONAL_PHRASES from a normalised text holding the hint words of `hints` (bits). */
function dropOptional(n: Normalised, hints: number): Normalised {
  const joined = n.words.join(' ');
  const drop: [number, number][] = [];
  for (const { hint, re } of OPTIONAL_PHRASES) {
    if ((hints & OPTIONAL_HINTS.get(hint)!) === 0) continue;
    for (const m of joined.matchAll(re)) drop.push([m.index, m.index + m[0].length]);
  }
  if (drop.length === 0) return n;
  const words: string[] = [];
  const lineOf: number[] = [];
  const slot: number[] = [];
  let offset = 0;
  for (let i = 0; i < n.words.length; i++) {
    const w = n.words[i]!;
    if (!drop.some(([a, b]) => offset >= a && offset < b)) {
      words.push(w);
      lineOf.push(n.lineOf[i]!);
      if (n.slots) slot.push(n.slots.slot[i]!);
    }
    offset += w.length + 1;
  }
  return {
    words,
    lineOf,
    lines: n.lines,
    tails: n.tails,
    ...(n.slots ? { slots: { distinct: n.slots.distinct, slot } } : {}),
  };
}
