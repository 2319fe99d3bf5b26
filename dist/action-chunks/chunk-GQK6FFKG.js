import {
  rulesPath,
  spdx_default,
  spdx_license_ids_default
} from "./chunk-ENIKLIDM.js";

// src/detect/normalise.ts
var SPELLINGS = new Map(
  Object.entries({
    licence: "license",
    licences: "licenses",
    licenced: "licensed",
    licencing: "licensing",
    licensor: "licensor",
    acknowledgement: "acknowledgment",
    acknowledgements: "acknowledgments",
    analogue: "analog",
    analyse: "analyze",
    artefact: "artifact",
    artefacts: "artifacts",
    authorisation: "authorization",
    authorised: "authorized",
    calibre: "caliber",
    cancelled: "canceled",
    catalogue: "catalog",
    categorise: "categorize",
    centre: "center",
    favour: "favor",
    fulfil: "fulfill",
    fulfilment: "fulfillment",
    initialise: "initialize",
    judgement: "judgment",
    labelling: "labeling",
    labour: "labor",
    maximise: "maximize",
    modelled: "modeled",
    modelling: "modeling",
    offence: "offense",
    optimise: "optimize",
    organisation: "organization",
    organise: "organize",
    practise: "practice",
    programme: "program",
    realise: "realize",
    recognise: "recognize",
    signalling: "signaling",
    utilisation: "utilization",
    whilst: "while",
    wilful: "willful",
    owner: "holder",
    owners: "holders"
  })
);
var JOINABLE_PREFIXES = /* @__PURE__ */ new Set(["non", "sub", "co", "re", "pre", "multi"]);
var COPYRIGHT_LINE = /^\s*(?:copyright\s*(?:\(c\)|©|\d|\[|<|{|by\b|notice:|holders?:|\s*$)|\(c\)\s*\d|©|all rights reserved)/i;
var RIGHTS_RESERVED = /\ball rights reserved\.?/gi;
var OPTIONAL_TAIL = new RegExp(
  `^\\s*(?:${[
    "appendix:? how to apply the apache license",
    "how to apply these terms to your new (?:programs?|librar(?:y|ies))",
    "(?:addendum:? )?how to use this license for your documents",
    // The notice closing Creative Commons 1.0-3.0 legalcode ("Creative Commons is not a party to this
    // License ... may be contacted at creativecommons.org"), which says it is no part of the licence,
    // in English and in the ported versions' languages; with or without its "Creative Commons Notice"
    // heading (only a heading line, so that a sentence about "Creative Commons notices" is not one).
    "creative commons notice\\s*:?\\s*$",
    "creative commons is not a party to this licen[cs]e",
    "creative commons ist nicht partei dieser lizenz",
    "creative commons is geen partij bij deze licentie",
    "creative commons n[\u2019']est pas partie \xE0 ce contrat"
  ].join("|").replace(/ /g, "\\s+")})`,
  "i"
);
var OPTIONAL_PHRASES = [
  {
    hint: "firm",
    re: /creative commons corporation is not a law firm and does not provide legal services distribution of this document (?:\S+ ){0,50}?works provided hereunder(?: and disclaims liability for damages resulting from the use of this document or the information or works provided hereunder)?/g
  },
  {
    hint: "cc0",
    re: /the text of the creative commons public licenses is dedicated to the public domain under the cc0 public domain dedication/g
  },
  { hint: "contacted", re: /creative commons may be contacted at creativecommons\.org/g },
  {
    hint: "please",
    re: /for more information please (?:refer to unlicense\.org|see creativecommons\.org publicdomain zero 1\.0)/g
  },
  // The banner over Creative Commons 1.0-3.0 legalcode, in English and in the ported versions'
  // languages (German, Dutch, French): a notice about Creative Commons, not a term of the licence.
  {
    hint: "firm",
    re: /creative commons corporation is not a law firm and does not provide legal services distribution of this (?:draft )?license does not create an attorney client relationship creative commons provides this information on an as is basis creative commons makes no warranties regarding the information provided and disclaims liability for damages resulting from its use/g
  },
  {
    hint: "rechtsanwaltskanzlei",
    re: /creative commons ist keine rechtsanwaltskanzlei und leistet keine rechtsberatung (?:\S+ ){0,40}?die sich aus deren gebrauch ergeben/g
  },
  {
    hint: "advocatenpraktijk",
    re: /creative commons corporation is geen advocatenpraktijk (?:\S+ ){0,60}?uit het gebruik van deze informatie(?: indien en voorzover de wet niet anders bepaalt)?/g
  },
  {
    hint: "d'avocats",
    re: /creative commons n'est pas un cabinet d'avocats (?:\S+ ){0,70}?de l'utilisation de ce contrat/g
  }
];
var OPTIONAL_TAIL_ANYWHERE = new RegExp(`^[\\s#*]*${OPTIONAL_TAIL.source.replace("^\\s*", "")}`, "im");
var SEPARATOR = /^\s*(?:[=\-_*~#+]\s*){5,}$/;
var BULLET = /^\s*[-*+•·▪◦‣]\s+/;
var LIST_MARKER = /^\s*(?:[-*+•·▪◦‣]|\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-z]|[ivx]{1,5})\\?[.)](?=\s))\s+/i;
function stripHtml(text) {
  const t = text.replace(/<!--[\s\S]*?-->/g, " ").replace(/<(script|style|head)\b[\s\S]*?<\/\1>/gi, " ").replace(/<\/?(?:p|br|div|h[1-6]|li|ul|ol|tr|table|pre|blockquote|hr|dt|dd|section)\b[^>]*>/gi, "\n").replace(/<[^>]+>/g, " ");
  return decodeEntities(t);
}
function decodeEntities(text) {
  if (!text.includes("&")) return text;
  return text.replace(/&nbsp;/g, " ").replace(/&copy;/g, "\xA9").replace(/&(?:ldquo|rdquo|quot);/g, '"').replace(/&(?:lsquo|rsquo|apos|#39);/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))).replace(/&amp;/g, "&");
}
var MARKUP_HINT = /[#>*_[\]`\\:/;(•·▪◦‣+]|^\s*(?:-|\d|[a-z][.)]|[ivx]+[.)]|\.\.)/i;
var MARKUP_LEADS = "/*;->#.:_";
function stripLineMarkup(line, prev) {
  if (!MARKUP_HINT.test(line)) return line;
  let s = line;
  if (MARKUP_LEADS.includes(line.trimStart().charAt(0) || " ")) {
    s = s.replace(/^\s*(?:\/\*+|\*+\/|\/\/+|;;+|--(?=\s))\s?/, "").replace(/^\s*>+\s?/, "").replace(/^\s*#{1,6}\s+/, "").replace(/^\s*\.\.\s+\S+::.*$/, "").replace(/^\s*:\w+:.*$/, "").replace(/\*\*|__/g, "").replace(/^(\s*)[*_](?=\S)/, "$1");
  } else if (s.includes("**") || s.includes("__")) s = s.replace(/\*\*|__/g, "");
  s = dropClosingEmphasis(s);
  const itemStart = prev === void 0 || /^\s*$|[.:;)]\s*$/.test(prev);
  for (let i = 0; i < 3; i++) {
    const before = s.length;
    s = s.replace(itemStart ? LIST_MARKER : BULLET, "");
    if (s.length === before) break;
  }
  if (s.includes("[")) {
    s = s.replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/\[([^\]]+)\]\([^)]*\)/g, "$1").replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1").replace(/^\s*\[[^\]]+\]:\s*\S+.*$/, "");
  }
  if (s.includes("\\")) s = s.replace(/\\([\\`*_{}[\]()#+\-.!>])/g, "$1");
  return s.includes("`") ? s.replace(/`+/g, " ") : s;
}
var SPACE = /\s/;
function dropClosingEmphasis(s) {
  let end = s.length;
  while (end > 0 && SPACE.test(s[end - 1])) end--;
  const mark = s[end - 1];
  return end >= 2 && (mark === "*" || mark === "_") && !SPACE.test(s[end - 2]) ? s.slice(0, end - 1) : s;
}
function cleanLines(text) {
  let t = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (/<(?:p|br|div|html|body|h[1-6])\b[^>]*>/i.test(t)) t = stripHtml(t);
  else t = decodeEntities(t);
  t = t.replace(/([a-z])-\n\s*([a-z])/g, "$1$2");
  const out = [];
  const tails = [];
  let skipping = false;
  let continuing = false;
  let prev;
  for (const raw of t.split("\n")) {
    const before = prev;
    prev = raw;
    if (skipping) {
      if (SEPARATOR.test(raw)) skipping = false;
      else {
        const tail = tails[tails.length - 1];
        const cleaned = stripLineMarkup(raw, before);
        tail.lines.push(out.length);
        tail.text.push(cleaned);
      }
      out.push("");
      continue;
    }
    const line = stripLineMarkup(raw, before);
    if (RAW_COPYRIGHT.test(raw)) {
      out.push("");
      continuing = true;
      continue;
    }
    if (continuing && CONTINUATION.test(line)) {
      continuing = false;
      out.push("");
      continue;
    }
    continuing = false;
    if (!LINE_TEST_LEADS.includes(line.trimStart().charAt(0) || " ")) {
      out.push(line);
      continue;
    }
    if (OPTIONAL_TAIL.test(line)) {
      skipping = true;
      tails.push({ lines: [out.length], text: [line] });
      out.push("");
      continue;
    }
    if (SEPARATOR.test(line) || COPYRIGHT_LINE.test(line)) {
      continuing = COPYRIGHT_LINE.test(line) && !/[.:]\s*$/.test(line);
      out.push("");
      continue;
    }
    out.push(line);
  }
  if (!RIGHTS_HINT.test(out.join("\n"))) return { lines: out, tails };
  return { lines: out.map((line) => line.replace(RIGHTS_RESERVED, " ")), tails };
}
var LINE_TEST_LEADS = "aAhH=-_*~#+cC(\xA9";
var RIGHTS_HINT = /all rights reserved/i;
var RAW_COPYRIGHT = /^\s*(?:[#*;/]+\s*)?\(c\)\s*\d{4}/i;
var CONTINUATION = /^\s*(?:and|&)\s/;
var CJK = "\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}";
var WORD = new RegExp(`[${CJK}]|[[\\p{L}\\p{N}]--[${CJK}]]+(?:[.'][[\\p{L}\\p{N}]--[${CJK}]]+)*`, "gv");
var HAS_CJK = new RegExp(`[${CJK}]`, "v");
var ASCII_WORD = /[A-Za-z0-9]+(?:[.'][A-Za-z0-9]+)*/g;
var WORD_OR_BREAK = new RegExp(`${WORD.source}|
`, "gv");
var ASCII_WORD_OR_BREAK = new RegExp(`${ASCII_WORD.source}|
`, "g");
var NON_ASCII = /[^\x00-\x7f]/;
var FOLDED_PUNCTUATION = /[\u2018\u2019\u201b\u2032`\u201c\u201d\u201e\u2033\u2010-\u2015\u2212]/;
function foldLine(line) {
  let s = (NON_ASCII.test(line) ? line.normalize("NFKC") : line).toLowerCase();
  if (FOLDED_PUNCTUATION.test(s)) {
    s = s.replace(/[\u2018\u2019\u201b\u2032`]/g, "'").replace(/[\u201c\u201d\u201e\u2033]/g, '"').replace(/[\u2010-\u2015\u2212]/g, "-");
  }
  if (s.includes("&")) s = s.replace(/&/g, " and ");
  if (s.includes("://")) s = s.replace(/\b(?:https?|ftp):\/\/(?:www\.)?/g, " ");
  if (s.includes("www.")) s = s.replace(/\bwww\./g, "");
  return s.includes("'s") ? s.replace(/'s\b/g, "s") : s;
}
function normalise(text) {
  const { lines, tails: rawTails } = cleanLines(text);
  const tails = rawTails.map((t) => {
    const lineWords = t.text.map(wordsOf);
    return { words: lineWords.flat(), lines: t.lines, text: t.text, lineWords };
  });
  const folded = foldLine(lines.join("\n"));
  const words = [];
  const lineOf = [];
  let hinted = 0;
  let prevJoinable = false;
  const known = /* @__PURE__ */ new Map();
  const distinct = [];
  const slot = [];
  const tokens = folded.match(NON_ASCII.test(folded) ? WORD_OR_BREAK : ASCII_WORD_OR_BREAK) ?? [];
  let li = 0;
  let lineStart = 0;
  for (let t = 0; t < tokens.length; t++) {
    const w = tokens[t];
    if (w === "\n") {
      li++;
      lineStart = folded.indexOf("\n", lineStart) + 1;
      continue;
    }
    let info = known.get(w);
    if (info === void 0) {
      const facts = WORD_FACTS.get(w);
      const word2 = facts?.word ?? w;
      info = { word: word2, joinable: facts?.joinable ?? false, hint: facts?.hint ?? 0, slot: distinct.length };
      distinct.push(word2);
      known.set(w, info);
    }
    const word = info.word;
    if (prevJoinable && lineOf[lineOf.length - 1] === li && folded.slice(lineStart, endOfLine(folded, lineStart)).includes(`${words[words.length - 1]}-`)) {
      const joined = words[words.length - 1] + word;
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
function wordsOf(text) {
  const folded = foldLine(text);
  return (folded.match(NON_ASCII.test(folded) ? WORD : ASCII_WORD) ?? []).map((w) => SPELLINGS.get(w) ?? w);
}
var OPTIONAL_HINTS = /* @__PURE__ */ new Map();
for (const { hint } of OPTIONAL_PHRASES)
  if (!OPTIONAL_HINTS.has(hint)) OPTIONAL_HINTS.set(hint, 1 << OPTIONAL_HINTS.size);
var WORD_FACTS = new Map(
  [...SPELLINGS.keys(), ...JOINABLE_PREFIXES, ...OPTIONAL_HINTS.keys()].map((w) => {
    const word = SPELLINGS.get(w) ?? w;
    return [w, { word, joinable: JOINABLE_PREFIXES.has(word), hint: OPTIONAL_HINTS.get(word) ?? 0 }];
  })
);
function endOfLine(text, from) {
  const end = text.indexOf("\n", from);
  return end < 0 ? text.length : end;
}
function dropOptional(n, hints) {
  const joined = n.words.join(" ");
  const drop = [];
  for (const { hint, re } of OPTIONAL_PHRASES) {
    if ((hints & OPTIONAL_HINTS.get(hint)) === 0) continue;
    for (const m of joined.matchAll(re)) drop.push([m.index, m.index + m[0].length]);
  }
  if (drop.length === 0) return n;
  const words = [];
  const lineOf = [];
  const slot = [];
  let offset = 0;
  for (let i = 0; i < n.words.length; i++) {
    const w = n.words[i];
    if (!drop.some(([a, b]) => offset >= a && offset < b)) {
      words.push(w);
      lineOf.push(n.lineOf[i]);
      if (n.slots) slot.push(n.slots.slot[i]);
    }
    offset += w.length + 1;
  }
  return {
    words,
    lineOf,
    lines: n.lines,
    tails: n.tails,
    ...n.slots ? { slots: { distinct: n.slots.distinct, slot } } : {}
  };
}

// src/detect/corpus.ts
import { isAscii } from "node:buffer";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

// node_modules/spdx-license-list/package.json
var package_default = JSON.parse('{"name":"spdx-license-list","version":"6.12.0","description":"List of SPDX licenses","license":"CC0-1.0","repository":"sindresorhus/spdx-license-list","funding":"https://github.com/sponsors/sindresorhus","author":{"name":"Sindre Sorhus","email":"sindresorhus@gmail.com","url":"https://sindresorhus.com"},"sideEffects":false,"engines":{"node":">=8"},"scripts":{"//test":"xo && ava && tsd","test":"xo && ava","make":"node make.js"},"files":["index.js","index.d.ts","full.js","full.d.ts","simple.js","simple.d.ts","spdx.json","spdx-full.json","spdx-simple.json","licenses"],"keywords":["spdx","license","licenses","mit","bsd","list","open source","software","id","ids","identifiers","set"],"devDependencies":{"ava":"^1.4.1","got":"^9.6.0","hard-rejection":"^2.0.0","ora":"^3.2.0","p-map":"^2.0.0","tsd":"^0.13.1","xo":"^0.24.0"},"xo":{"rules":{"import/extensions":"off"}}}');

// src/detect/matchers/diff.ts
function search(A, B, maxEdits, keepTrace) {
  const n = A.length;
  const m = B.length;
  const max = n + m;
  const off = max + 1;
  const steps = Math.min(max, maxEdits);
  const v = frontierFor(2 * max + 3);
  v.fill(0, off - steps - 1, off + steps + 2);
  const trace = keepTrace ? traceFor(steps) : traceBuffer;
  for (let d = 0; d <= steps; d++) {
    if (keepTrace)
      for (let j = 0, from = off - d - 1, to = d * d + 2 * d; j < 2 * d + 3; j++)
        trace[to + j] = v[from + j];
    for (let k = -d; k <= d; k += 2) {
      const left = v[off + k - 1];
      const right = v[off + k + 1];
      const rightFurther = left < right;
      let x = k === -d || k !== d && rightFurther ? right : left + 1;
      let y = x - k;
      while (x < n && y < m && A[x] === B[y]) {
        x++;
        y++;
      }
      v[off + k] = x;
      const endX = x >= n;
      const endY = y >= m;
      if (endX && endY) return d;
    }
  }
  return -1;
}
function walkBack(n, m, last) {
  const trace = traceBuffer;
  const runs = [];
  let x = n;
  let y = m;
  for (let d = last; d >= 0; d--) {
    if (d === 0) {
      if (x > 0) runs.push([0, 0, x]);
      break;
    }
    const t = d * d + 2 * d + d + 1;
    const k = x - y;
    const down = k === -d || k !== d && trace[t + k - 1] < trace[t + k + 1];
    const prevK = down ? k + 1 : k - 1;
    const prevX = trace[t + prevK];
    const prevY = prevX - prevK;
    const midX = down ? prevX : prevX + 1;
    const midY = down ? prevY + 1 : prevY;
    if (x > midX) runs.push([midX, midY, x - midX]);
    x = prevX;
    y = prevY;
  }
  return runs;
}
function diffWords(a, b, maxEdits) {
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf])
    suf++;
  const A = a.subarray(pre, a.length - suf);
  const B = b.subarray(pre, b.length - suf);
  const n = A.length;
  const m = B.length;
  if (n === 0 || m === 0) {
    const hunks2 = n + m > 0 ? [{ aStart: pre, aLen: n, bStart: pre, bLen: m }] : [];
    return n + m > maxEdits ? null : { matched: pre + suf, hunks: hunks2 };
  }
  if (bagDistance(A, B) > maxEdits) return null;
  const last = search(A, B, maxEdits, true);
  if (last < 0) return null;
  const runs = walkBack(n, m, last);
  runs.reverse();
  const hunks = [];
  let matched = pre + suf;
  let pa = 0;
  let pb = 0;
  for (const [rx, ry, len] of runs) {
    if (rx > pa || ry > pb) hunks.push({ aStart: pre + pa, aLen: rx - pa, bStart: pre + pb, bLen: ry - pb });
    matched += len;
    pa = rx + len;
    pb = ry + len;
  }
  if (pa < n || pb < m) hunks.push({ aStart: pre + pa, aLen: n - pa, bStart: pre + pb, bLen: m - pb });
  return { matched, hunks };
}
function editDistance(a, b, maxEdits) {
  if (a.length === 0 || b.length === 0) return a.length + b.length <= maxEdits ? a.length + b.length : -1;
  return search(a, b, maxEdits, false);
}
var traceBuffer = new Int32Array(1 << 16);
var frontier = new Int32Array(1 << 14);
function frontierFor(size) {
  if (size > frontier.length) frontier = new Int32Array(size);
  return frontier;
}
function traceFor(steps) {
  const size = (steps + 1) * (steps + 1) + 2 * (steps + 1);
  if (size > traceBuffer.length) traceBuffer = new Int32Array(size);
  return traceBuffer;
}
var counts = new Int32Array(1 << 14);
function bagDistance(a, b) {
  let distance = 0;
  for (const w of a) {
    if (w < 0) distance++;
    else {
      if (w >= counts.length) growCounts(w);
      counts[w]++;
    }
  }
  for (const w of b) {
    if (w < 0) continue;
    if (w >= counts.length) growCounts(w);
    counts[w]--;
  }
  for (const w of a) {
    if (w < 0) continue;
    distance += Math.abs(counts[w]);
    counts[w] = 0;
  }
  for (const w of b) {
    if (w < 0) continue;
    distance += Math.abs(counts[w]);
    counts[w] = 0;
  }
  return distance;
}
function growCounts(w) {
  const grown = new Int32Array(2 * w + 2);
  grown.set(counts);
  counts = grown;
}

// src/detect/shingles.ts
var SHINGLE = 3;
function shingleAt(words, i) {
  return Math.imul(words[i], 73856093) ^ Math.imul(words[i + 1], 19349663) ^ Math.imul(words[i + 2], 83492791) | 0;
}
function shingleHashes(words) {
  const out = new Int32Array(Math.max(0, words.length - SHINGLE + 1));
  for (let i = 0; i < out.length; i++) out[i] = shingleAt(words, i);
  return out;
}
var ShingleSet = class {
  slots;
  mask;
  hasZero = false;
  constructor(hashes) {
    let size = 16;
    while (size < hashes.length * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    for (const h of hashes) this.add(h);
  }
  add(h) {
    if (h === 0) {
      this.hasZero = true;
      return;
    }
    let i = Math.imul(h, 2654435761) & this.mask;
    while (this.slots[i] !== 0) {
      if (this.slots[i] === h) return;
      i = i + 1 & this.mask;
    }
    this.slots[i] = h;
  }
  has(h) {
    if (h === 0) return this.hasZero;
    let i = Math.imul(h, 2654435761) & this.mask;
    for (; ; ) {
      const s = this.slots[i];
      if (s === h) return true;
      if (s === 0) return false;
      i = i + 1 & this.mask;
    }
  }
};

// src/detect/corpus.ts
function pairKey(a, b, refCount) {
  return a * refCount + b;
}
function rulesDir() {
  return rulesPath("licences");
}
var indexCache;
function licenceIndex() {
  indexCache ??= JSON.parse(readFileSync(join(rulesDir(), "index.json"), "utf8"));
  return indexCache;
}
function licenceEntries() {
  return licenceIndex().licences;
}
var spdxCache;
function spdxData() {
  if (!spdxCache) {
    const require2 = createRequire(import.meta.url);
    const data = JSON.parse(
      readFileSync(require2.resolve("spdx-license-list/spdx-full.json"), "utf8")
    );
    const ids = new Set(require2("spdx-license-ids"));
    spdxCache = { data, ids };
  }
  return spdxCache;
}
var metaCache;
function spdxMeta() {
  metaCache ??= { data: spdx_default, ids: new Set(spdx_license_ids_default) };
  return metaCache;
}
var SAME_TEXT_AS_ONLY = /-or-later$/;
var EXCEPTION_TEXTS = {
  "GPL-2.0-with-classpath-exception": "Classpath-exception-2.0",
  "GPL-2.0-with-GCC-exception": "GCC-exception-2.0",
  "GPL-2.0-with-bison-exception": "Bison-exception-2.2",
  "GPL-2.0-with-font-exception": "Font-exception-2.0",
  "GPL-2.0-with-autoconf-exception": "Autoconf-exception-2.0",
  "GPL-3.0-with-GCC-exception": "GCC-exception-3.1",
  "GPL-3.0-with-autoconf-exception": "Autoconf-exception-3.0"
};
function isException(id) {
  return Object.values(EXCEPTION_TEXTS).includes(id);
}
var wordList = [];
function wordOf(id) {
  return wordList[id];
}
function titlesOf(id) {
  if (!titleCache) {
    titleCache = /* @__PURE__ */ new Map();
    for (const r of corpus().refs) {
      if (r.titleWords === 0) continue;
      const words = decodeIds(r.encoded, r.titleWords);
      const list = titleCache.get(r.id) ?? [];
      list.push(Array.from(words, (w) => wordOf(w) ?? "").join(" "));
      titleCache.set(r.id, list);
    }
  }
  return titleCache.get(id) ?? [];
}
var titleCache;
function toIds(words, vocabulary, extend, slots) {
  const idOf = (w) => {
    let id = vocabulary.get(w);
    if (id === void 0 && extend) {
      id = vocabulary.size;
      vocabulary.set(w, id);
    }
    return id ?? -1;
  };
  const ids = new Int32Array(words.length);
  if (slots) {
    const bySlot = new Int32Array(slots.distinct.length);
    for (let k = 0; k < bySlot.length; k++) bySlot[k] = idOf(slots.distinct[k]);
    for (let i = 0; i < words.length; i++) {
      const id = bySlot[slots.slot[i]];
      ids[i] = id >= 0 ? id : -1 - i;
    }
    return ids;
  }
  for (let i = 0; i < words.length; i++) {
    const id = idOf(words[i]);
    ids[i] = id >= 0 ? id : -1 - i;
  }
  return ids;
}
var CJK_TITLE_WORDS = 20;
function titleMask(lines, lineOf) {
  const mask = new Uint8Array(lineOf.length);
  const titleLines = /* @__PURE__ */ new Set();
  let seen = 0;
  for (let li = 0; li < lines.length && seen < 4; li++) {
    const line = lines[li].trim();
    if (line === "") continue;
    seen++;
    const length = HAS_CJK.test(line) ? wordsOf(line).length : line.split(/\s+/).length;
    if (length <= (HAS_CJK.test(line) ? CJK_TITLE_WORDS : 10) && !/[.;:。；：]$/.test(line))
      titleLines.add(li);
    else break;
  }
  for (let i = 0; i < lineOf.length; i++) if (titleLines.has(lineOf[i])) mask[i] = 1;
  return mask;
}
function full(ref) {
  if (!ref.words) {
    ref.words = decodeIds(ref.encoded);
    ref.title = new Uint8Array(ref.length);
    ref.title.fill(1, 0, ref.titleWords);
  }
  return ref;
}
function encodeIds(ids) {
  return Buffer.from(Uint16Array.from(ids).buffer).toString("base64");
}
function decodeIds(base64, count) {
  const raw = Buffer.from(
    count === void 0 ? base64 : base64.slice(0, Math.ceil(2 * count / 3) * 4),
    "base64"
  );
  const length = count === void 0 ? raw.byteLength / 2 : Math.min(count, raw.byteLength >> 1);
  return Int32Array.from(new Uint16Array(raw.buffer, raw.byteOffset, length));
}
var corpusCache;
var SCHEMA = "openquota/licence-corpus@5";
var CORPUS_FILE = "corpus-index.txt";
function corpusSources() {
  const pkg = package_default;
  const hash = createHash("sha256");
  const dir = rulesDir();
  hash.update(readFileSync(join(dir, "index.json")));
  for (const e of licenceEntries()) if (e.file) hash.update(readFileSync(join(dir, e.file)));
  for (const t of licenceIndex().tails ?? []) hash.update(readFileSync(join(dir, t.file)));
  return { spdxListVersion: pkg.version, sourcesSha256: hash.digest("hex") };
}
function buildCorpusData(options = {}) {
  const vocabulary = /* @__PURE__ */ new Map();
  const texts = [];
  const byText = /* @__PURE__ */ new Map();
  const add = (id, text) => {
    const key = text.replace(/\s+/g, " ").trim();
    const seen = byText.get(key);
    if (seen === void 0) {
      byText.set(key, texts.length);
      texts.push({ id, text });
    } else if (id.length < texts[seen].id.length) texts[seen] = { id, text };
  };
  const { data, ids } = spdxData();
  for (const id of [...ids].sort()) {
    const entry = data[id];
    if (!entry?.licenseText || SAME_TEXT_AS_ONLY.test(id)) continue;
    add(id, entry.licenseText);
    const gpl = entry.licenseText.indexOf("\nGNU GENERAL PUBLIC LICENSE\n");
    if (id.startsWith("LGPL-3.0") && gpl > 0) add(id, entry.licenseText.slice(0, gpl));
  }
  for (const [deprecated, exception] of Object.entries(EXCEPTION_TEXTS)) {
    const text = data[deprecated]?.licenseText?.replace(/^\s*insert .{0,40} here\s*$/im, "");
    if (text) add(exception, text);
  }
  const dir = rulesDir();
  for (const e of licenceEntries()) {
    if (!e.file) continue;
    const text = readFileSync(join(dir, e.file), "utf8");
    add(e.id, text);
    for (const part of languageParts(text, e.parts ?? [])) add(e.id, part);
  }
  const tails = [];
  const seenTails = /* @__PURE__ */ new Set();
  const normalised = texts.map(({ id, text }) => {
    const n = normalise(text);
    const words = toIds(n.words, vocabulary, true);
    for (const t of n.tails) {
      const key = t.words.join(" ");
      if (t.words.length < 8 || seenTails.has(key)) continue;
      seenTails.add(key);
      tails.push({ id, words: toIds(t.words, vocabulary, true) });
    }
    return { id, words, title: titleMask(n.lines, n.lineOf).reduce((a, b) => a + b, 0) };
  });
  for (const extra of licenceIndex().tails ?? []) {
    const more = normalise(readFileSync(join(dir, extra.file), "utf8")).words;
    for (const t of tails.filter((x) => x.id === extra.after))
      tails.push({ id: t.id, words: Int32Array.from([...t.words, ...toIds(more, vocabulary, true)]) });
  }
  if (vocabulary.size >= 65536) throw new Error("licence vocabulary outgrew 16-bit word ids");
  const refWords = normalised.map((r) => r.words);
  const { postStart, postRefs } = invertedIndex(refWords, vocabulary.size);
  return {
    schema: SCHEMA,
    ...corpusSources(),
    vocabulary: [...vocabulary.keys()],
    refs: normalised.map(({ id, title, words }) => ({ id, title, words: encodeIds(words) })),
    postingCounts: encodeIds(postStart.subarray(1).map((end, w) => end - postStart[w])),
    postings: encodeIds(postRefs),
    tails: tails.map((t) => ({ id: t.id, words: encodeIds(t.words) })),
    common: options.common === false ? "" : encodeIds(commonWords(refWords, vocabulary.size))
  };
}
var COMMON_MIN_WORDS = 400;
var COMMON_MIN_CONTAINMENT = 0.6;
var COMMON_EDIT_SHARE = 0.15;
function commonWords(refs, vocabularySize) {
  const long = refs.flatMap((words, r) => words.length >= COMMON_MIN_WORDS ? [r] : []);
  const distinct = long.map((r) => new Set(refs[r]));
  const inA = new Uint8Array(vocabularySize);
  const out = [];
  long.forEach((a, i) => {
    for (const w of distinct[i]) inA[w] = 1;
    long.forEach((b, j) => {
      if (a === b) return;
      let shared = 0;
      for (const w of distinct[j]) shared += inA[w];
      if (shared < COMMON_MIN_CONTAINMENT * distinct[j].size) return;
      const A = refs[a];
      const B = refs[b];
      const budget = Math.ceil(COMMON_EDIT_SHARE * (A.length + B.length));
      if (bagDistance(A, B) > budget) return;
      const d = editDistance(A, B, budget);
      if (d < 0) return;
      const common = (A.length + B.length - d) / 2;
      if (a >= 65536 || b >= 65536 || common >= 65536) throw new Error("licence corpus outgrew 16-bit pairs");
      out.push(a, b, common);
    });
    for (const w of distinct[i]) inA[w] = 0;
  });
  return Uint16Array.from(out);
}
function languageParts(text, starts) {
  if (starts.length === 0) return [];
  const lines = text.split(/\r?\n/);
  const cuts = lines.flatMap((l, i) => i > 0 && starts.includes(l.trim()) ? [i] : []);
  if (cuts.length === 0) return [];
  const bounds = [0, ...cuts, lines.length];
  return bounds.slice(1).map((end, k) => lines.slice(bounds[k], end).join("\n"));
}
function loadCorpusData() {
  const file = join(rulesDir(), CORPUS_FILE);
  if (!existsSync(file)) return null;
  const bytes = readFileSync(file);
  const lines = bytes.toString(isAscii(bytes) ? "latin1" : "utf8").split("\n");
  const head = JSON.parse(lines[0]);
  const now = corpusSources();
  const whole = lines.length === head.refs.length + 2 && lines.at(-1) === "";
  return whole && head.schema === SCHEMA && head.spdxListVersion === now.spdxListVersion && head.sourcesSha256 === now.sourcesSha256 ? { ...head, refs: head.refs.map((r, i) => ({ ...r, words: lines[i + 1] })) } : null;
}
function corpus() {
  if (corpusCache) return corpusCache;
  const data = loadCorpusData() ?? buildCorpusData({ common: false });
  const words = data.vocabulary;
  const vocabulary = /* @__PURE__ */ new Map();
  wordList.length = 0;
  for (let i = 0; i < words.length; i++) {
    vocabulary.set(words[i], i);
    wordList.push(words[i]);
  }
  const refs = data.refs.map((r) => ({
    id: r.id,
    length: Buffer.byteLength(r.words, "base64") / 2,
    encoded: r.words,
    titleWords: r.title,
    words: void 0,
    title: void 0,
    shingles: void 0
  }));
  let postings;
  const { postingCounts, postings: encodedPostings } = data;
  const byLength = /* @__PURE__ */ new Map();
  refs.forEach((ref, r) => {
    const list = byLength.get(ref.length);
    if (list) list.push(r);
    else byLength.set(ref.length, [r]);
  });
  const tails = data.tails.map((t) => ({ id: t.id, words: decodeIds(t.words) }));
  let common;
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
    tails
  };
  titleCache = void 0;
  return corpusCache;
}
function decodeCommon(encoded, refCount) {
  const triples = decodeIds(encoded);
  const common = /* @__PURE__ */ new Map();
  for (let i = 0; i + 2 < triples.length; i += 3)
    common.set(pairKey(triples[i], triples[i + 1], refCount), triples[i + 2]);
  return common;
}
function decodePostings(postingCounts, encoded, refCount) {
  const counts2 = decodeIds(postingCounts);
  const postStart = new Int32Array(counts2.length + 1);
  for (let w = 0; w < counts2.length; w++) postStart[w + 1] = postStart[w] + counts2[w];
  const raw = Buffer.from(encoded, "base64");
  const postRefs = new Uint16Array(raw.buffer, raw.byteOffset, raw.byteLength / 2).slice();
  const sizes = new Int32Array(refCount);
  for (let i = 0; i < postRefs.length; i++) sizes[postRefs[i]]++;
  return { postStart, postRefs, sizes };
}
function invertedIndex(refs, vocabularySize) {
  if (refs.length > 65536) throw new Error("licence corpus outgrew 16-bit reference numbers");
  const seen = new Int32Array(vocabularySize).fill(-1);
  const postStart = new Int32Array(vocabularySize + 1);
  refs.forEach((words, r) => {
    for (const w of words) {
      if (seen[w] === r) continue;
      seen[w] = r;
      postStart[w + 1]++;
    }
  });
  for (let w = 0; w < vocabularySize; w++) postStart[w + 1] += postStart[w];
  const postRefs = new Uint16Array(postStart[vocabularySize]);
  const next = postStart.slice(0, vocabularySize);
  seen.fill(-1);
  refs.forEach((words, r) => {
    for (const w of words) {
      if (seen[w] === r) continue;
      seen[w] = r;
      postRefs[next[w]++] = r;
    }
  });
  return { postStart, postRefs };
}
function shinglesOf(ref) {
  ref.shingles ??= new ShingleSet(shingleHashes(full(ref).words));
  return ref.shingles;
}

// src/detect/variants.ts
var DERIVED = /^LicenseRef-(.+)-(modified|renamed)$/;
function derivedId(base, how) {
  return `LicenseRef-${base.replace(/^LicenseRef-/, "")}-${how}`;
}
function parseDerived(id, known) {
  const m = DERIVED.exec(id.trim());
  if (!m) return void 0;
  const base = known(m[1]) ?? known(`LicenseRef-${m[1]}`);
  return base ? { base, how: m[2] } : void 0;
}

// src/detect/licences.ts
var SPDX_NON_COMMERCIAL = /(?:^|-)NC(?:-|$)|Noncommercial|NonCommercial/;
var DEPRECATED = /^((?:A|L)?GPL-[123]\.[01]|GFDL-1\.[123])(\+)?$/;
var table;
function build() {
  const map = /* @__PURE__ */ new Map();
  const { data, ids } = spdxMeta();
  const rows = (licenceIndex().spdxFlags ?? []).map((r) => ({ ...r, re: new RegExp(r.ids) }));
  for (const id of ids) {
    const d = data[id];
    const info = {
      id,
      name: d?.name ?? id,
      spdx: true,
      flags: SPDX_NON_COMMERCIAL.test(id) ? ["non-commercial"] : [],
      aliases: [],
      ...d ? { osiApproved: d.osiApproved } : {}
    };
    withSpdxFlags(info, rows);
    map.set(id.toLowerCase(), info);
  }
  for (const id of Object.keys(data)) {
    const m = DEPRECATED.exec(id);
    const target = m ? map.get(`${m[1]}${m[2] ? "-or-later" : "-only"}`.toLowerCase()) : void 0;
    if (target && !map.has(id.toLowerCase())) {
      target.aliases.push(id);
      map.set(id.toLowerCase(), target);
    }
  }
  const file = licenceEntries();
  for (const e of file) {
    const info = {
      id: e.id,
      name: e.name,
      spdx: false,
      flags: e.flags,
      aliases: [...e.aliases],
      ...e.family ? { family: e.family } : {},
      ...e.binds ? { binds: e.binds } : {}
    };
    map.set(e.id.toLowerCase(), info);
    for (const a of e.aliases) map.set(a.toLowerCase(), info);
  }
  for (const [alias, id] of Object.entries(licenceIndex().spdxAliases ?? {})) {
    const target = map.get(id.toLowerCase());
    if (target) {
      target.aliases.push(alias);
      map.set(alias.toLowerCase(), target);
    }
  }
  return map;
}
function lookupLicence(id) {
  table ??= build();
  const t = table;
  const direct = t.get(id.trim().toLowerCase());
  if (direct) return direct;
  const derived = parseDerived(id, (c) => t.get(c.toLowerCase())?.id);
  if (!derived) return void 0;
  const base = t.get(derived.base.toLowerCase());
  return {
    id: id.trim(),
    name: `${base.name}, ${derived.how}`,
    spdx: false,
    flags: [...base.flags],
    aliases: [],
    variantOf: { id: base.id, how: derived.how },
    ...base.binds ? { binds: base.binds } : {}
  };
}
function withSpdxFlags(info, rows) {
  for (const row of rows) {
    if (!row.re.test(info.id)) continue;
    for (const f of row.flags) if (!info.flags.includes(f)) info.flags.push(f);
    if (row.binds && !info.binds) info.binds = row.binds;
  }
}
function canonicalId(id) {
  const info = lookupLicence(id);
  if (info) return info.id;
  return /^LicenseRef-[A-Za-z0-9.-]+$/.test(id) ? id : null;
}
function refinesId(general, specific) {
  const g = lookupLicence(general)?.id ?? general;
  let cur = lookupLicence(specific);
  if (!cur) return g === specific;
  for (let depth = 0; cur && depth < 5; depth++) {
    if (cur.id === g) return true;
    cur = cur.family ? lookupLicence(cur.family) : void 0;
  }
  return false;
}

export {
  diffWords,
  bagDistance,
  normalise,
  wordsOf,
  SHINGLE,
  shingleHashes,
  pairKey,
  licenceEntries,
  spdxMeta,
  isException,
  wordOf,
  titlesOf,
  toIds,
  full,
  corpus,
  shinglesOf,
  derivedId,
  lookupLicence,
  canonicalId,
  refinesId
};
