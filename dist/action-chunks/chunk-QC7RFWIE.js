import {
  frontMatter
} from "./chunk-V5RXXIFA.js";
import {
  SHINGLE,
  bagDistance,
  canonicalId,
  corpus,
  derivedId,
  diffWords,
  full,
  isException,
  licenceEntries,
  lookupLicence,
  normalise,
  pairKey,
  refinesId,
  shingleHashes,
  shinglesOf,
  spdxMeta,
  titlesOf,
  toIds,
  wordOf,
  wordsOf
} from "./chunk-GQK6FFKG.js";
import {
  parseExpression
} from "./chunk-ENIKLIDM.js";

// src/detect/matchers/reference.ts
function loose(text) {
  return ` ${text.toLowerCase().replace(/licen[cs]/g, "licens").replace(/\bv\.?\s?(\d)/g, "v $1").replace(/[‐-―]/g, "-").replace(/(\d)\.(\d)/g, "$1\0$2").replace(/[^a-z0-9+\u0000]+/g, " ").replace(/\u0000/g, ".").replace(/\s+/g, " ").trim()} `;
}
var GNU = / (?:gnu )?(affero |lesser |library )?(?:general public license|(a|l)?gpl)(?: license)?(?: gpl)? ?(?:as published by the free software foundation )?(?:either )?(?:version |v ?)?(\d(?:\.\d)?)(\+)?(?: as published by the free software foundation)?( (?:of the license )?(?:or (?:at your option )?(?:any )?later(?: version)?|only))?/g;
var COMMON = [
  [/ apache(?: software)?(?: license)?(?: version| v)? 2(?:\.0)? /, "Apache-2.0"],
  [/ mit(?: license)? /, "MIT"],
  [/ (?:bsd 3 clause|3 clause bsd|new bsd|modified bsd|revised bsd)(?: license)? /, "BSD-3-Clause"],
  [/ (?:bsd 2 clause|2 clause bsd|simplified bsd|freebsd)(?: license)? /, "BSD-2-Clause"],
  [/ isc(?: license)? /, "ISC"],
  [/ (?:the )?unlicense /, "Unlicense"],
  [/ (?:cc0|creative commons zero)(?: 1\.0)?(?: universal)? /, "CC0-1.0"],
  [/ (?:cc by|creative commons attribution) 4\.0 /, "CC-BY-4.0"],
  [/ (?:cc by sa|creative commons attribution sharealike) 4\.0 /, "CC-BY-SA-4.0"],
  [/ (?:cc by nc|creative commons attribution noncommercial) 4\.0 /, "CC-BY-NC-4.0"],
  [/ (?:cc by nc sa|creative commons attribution noncommercial sharealike) 4\.0 /, "CC-BY-NC-SA-4.0"],
  [/ (?:cc by nc nd|creative commons attribution noncommercial noderivatives) 4\.0 /, "CC-BY-NC-ND-4.0"],
  [/ (?:cc by nd|creative commons attribution noderivatives) 4\.0 /, "CC-BY-ND-4.0"],
  [/ (?:mozilla public license|mpl)(?: version| v)? 2\.0 /, "MPL-2.0"],
  [/ (?:eclipse public license|epl)(?: version| v)? 2\.0 /, "EPL-2.0"],
  // Older source headers: "Version: MPL 1.1", "Eclipse Public License v1.0".
  [/ (?:mozilla public license|mpl)(?: version| v)? 1\.1 /, "MPL-1.1"],
  [/ (?:mozilla public license|mpl)(?: version| v)? 1\.0 /, "MPL-1.0"],
  [/ (?:eclipse public license|epl)(?: version| v)? 1\.0 /, "EPL-1.0"],
  [/ boost software license /, "BSL-1.0"],
  [/ zlib license /, "Zlib"],
  [/ openmdw(?: license)?(?: 1\.0)? /, "OpenMDW-1.0"]
];
var URLS = [
  [/apache\.org\/licenses\/LICENSE-2\.0/i, () => "Apache-2.0"],
  [
    /opensource\.org\/licen[cs]es?\/([A-Za-z0-9.-]+?)(?:\.php|\.html)?(?=[)\s"'>\]]|$)/i,
    (m) => canonicalId(m[1])
  ],
  [
    /creativecommons\.org\/licenses\/(by(?:-nc)?(?:-sa|-nd)?)\/(\d\.\d)/i,
    (m) => canonicalId(`CC-${m[1].toUpperCase()}-${m[2]}`)
  ],
  [/creativecommons\.org\/publicdomain\/zero\/1\.0/i, () => "CC0-1.0"]
];
var BADGE = /shields\.io\/badge\/licen[cs]e-([A-Za-z0-9._%+]+?)-[a-z]+/i;
var BADGE_CONFIDENCE = 0.8;
function badgeId(name) {
  const ids = namesIn(loose(name));
  return ids.length === 1 ? ids[0] : canonicalId(name.replace(/ /g, "-"));
}
var patterns;
function namePatterns() {
  if (patterns) return patterns;
  const out = [];
  for (const e of licenceEntries()) {
    for (const n of e.names ?? []) {
      const l = loose(n).trim().replace(/\./g, "\\.").replace(/\+/g, "\\+");
      out.push({ re: new RegExp(` ${l} `), id: e.id });
    }
  }
  out.sort((a, b) => b.re.source.length - a.re.source.length);
  for (const [re, id] of COMMON) out.push({ re, id });
  patterns = out;
  return out;
}
var literalIds;
function spdxLiteral(token) {
  if (!literalIds) {
    literalIds = /* @__PURE__ */ new Map();
    for (const id2 of Object.keys(spdxMeta().data)) if (/[\d-]/.test(id2)) literalIds.set(id2.toLowerCase(), id2);
  }
  const id = literalIds.get(token.toLowerCase().replace(/\.$/, ""));
  return id ? canonicalId(id) : null;
}
function namesIn(l) {
  const found = [];
  let rest = l;
  for (const p of namePatterns()) {
    const m = p.re.exec(rest);
    if (!m) continue;
    found.push({ at: m.index, id: p.id });
    rest = rest.slice(0, m.index) + " ".repeat(m[0].length - 1) + rest.slice(m.index + m[0].length - 1);
  }
  for (const m of rest.matchAll(GNU)) {
    const kind = m[1] ? { "affero ": "AGPL", "lesser ": "LGPL", "library ": "LGPL" }[m[1]] : m[2] ? `${m[2].toUpperCase()}GPL` : "GPL";
    let version = m[3];
    if (!version.includes(".")) version = kind === "LGPL" && version === "2" ? "2.0" : `${version}.0`;
    const later = m[4] === "+" || /later/.test(m[5] ?? "");
    const only = /only/.test(m[5] ?? "") || / of the license /.test(m[5] ?? "");
    const published = / as published by the free software foundation\b/.test(m[0]);
    if (!later && !only && !published) continue;
    const id = canonicalId(`${kind}-${version}-${later ? "or-later" : "only"}`);
    if (id) found.push({ at: m.index, id });
  }
  found.sort((a, b) => a.at - b.at);
  return [...new Set(found.map((f) => f.id))];
}
function literalsIn(raw) {
  const out = [];
  for (const t of raw.match(/[A-Za-z0-9][A-Za-z0-9.+-]*[A-Za-z0-9+]/g) ?? []) {
    const id = spdxLiteral(t);
    if (id) out.push(id);
  }
  for (const [re, f] of URLS) {
    const m = re.exec(raw);
    const id = m ? f(m) : null;
    if (id) out.push(id);
  }
  return [...new Set(out)];
}
var GRANT = /\b(?:(?:licen[cs]ed|licen[cs]es\s+(?:this|the)\s[^.]{0,30}?\bto\s+you|released|distributed|available|provided|offered|governed|published|covered|redistribute it|modify it|subject)\b[^.]{0,40}?\b(?:under|by|subject to|to the terms of)|(?:is|are) subject to)\b([\s\S]{0,300})/gi;
var SENTENCE_END = /(?<!\b(?:v|ver|vol|no|inc|ltd|co|corp))\.(?=\s|$)|\n\s*\n/i;
function sentence(tail) {
  const end = SENTENCE_END.exec(tail);
  return end ? tail.slice(0, end.index) : tail;
}
var HEADING = /^(?:#{1,6}\s*|\*\*)?\s*licen[cs](?:e|es|ing)\b\s*(?:\*\*)?\s*:?\s*(?:\*\*)?\s*(.*)$/i;
var PART_LINE = /^\s*(?:\d+\.\s*)?(?:the\s+)?(?:source code|code|model weights|weights|model checkpoints|checkpoints|datasets?|documentation)\s*(?:[-:–—]|is licensed under|are licensed under)\s*([^\n]+)$/gim;
var PARTS = /\bdifferent (?:components|terms|parts)\b|\bmodel weights\b|\bweights\b|\bcheckpoints\b/i;
var PART_GRANT = /\b(?:source code|code(?:base)?|model weights|weights|checkpoints|parameters|models?|datasets?|data|documentation|docs)\b(?:\s+(?:is|are))?(?:\s+(?:licensed|released|distributed|made available|available|provided|published|offered))?\s+under\s+((?:the\s+)?[^,;\n]{1,80}?)(?=\s*(?:,|;|\.(?:\s|$)|\band\b|\bwhile\b|\bwhereas\b|$))/gim;
var DUAL = /\b(?:dual[- ]licen[cs]ed|either|at your (?:option|choice)|choose)\b/i;
var LATER_VERSION_CLAUSE = /\b(?:either\s+)?version\s+\d(?:\.\d)?(?:\s+of\s+the\s+licen[cs]e)?\s*(?:,\s*)?(?:as\s+published\s+by\s+the\s+free\s+software\s+foundation\s*(?:,\s*)?)?or\s+(?:\(\s*)?at\s+your\s+option\s*(?:\)\s*)?(?:,\s*)?any\s+later\s+version\b/gi;
var EXPRESS_OR_IMPLIED = /\beither\s+express\s+or\s+implied\b/gi;
function withoutLaterVersionClause(text) {
  return text.replace(LATER_VERSION_CLAUSE, " ").replace(EXPRESS_OR_IMPLIED, " ");
}
var CHOICE = /\b(?:either|at your (?:option|choice)|choose)\b/i;
function unnamedPart(text) {
  for (const m of text.matchAll(PART_LINE)) {
    const tail = m[1].trim();
    if (!/\blicen[cs]e\b/i.test(tail) && !/[A-Z]{2,}|-\d|\d\.\d/.test(tail)) continue;
    if (namesIn(loose(tail)).length === 0 && literalsIn(tail).length === 0) return true;
  }
  return false;
}
function statements(text) {
  const out = [];
  const whole = [];
  for (const m of text.matchAll(GRANT)) {
    const body = sentence(m[1]);
    const ids = [.../* @__PURE__ */ new Set([...namesIn(loose(body)), ...literalsIn(body)])];
    if (ids.length === 0) continue;
    out.push(ids);
    if (/\bas a whole\b/i.test(text.slice(Math.max(0, m.index - 60), m.index))) whole.push(ids);
  }
  if (whole.length > 0) return whole;
  for (const m of text.matchAll(PART_GRANT)) {
    const ids = [.../* @__PURE__ */ new Set([...namesIn(loose(m[1])), ...literalsIn(m[1])])];
    if (ids.length === 1) out.push(ids);
  }
  for (const m of text.matchAll(PART_LINE)) {
    const ids = [.../* @__PURE__ */ new Set([...namesIn(loose(m[1])), ...literalsIn(m[1])])];
    if (ids.length === 1) out.push(ids);
  }
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const h = HEADING.exec(lines[i]);
    if (!h) continue;
    let body = h[1] ?? "";
    for (let j = i + 1; j < lines.length && body.length < 600; j++) {
      if (/^\s*#{1,6}\s/.test(lines[j]) || HEADING.test(lines[j])) break;
      body += `
${lines[j]}`;
    }
    const first = body.split(/\n\s*\n/).find((p) => p.trim() !== "" && !/^[=\-~^]+$/.test(p.trim())) ?? "";
    const ids = [.../* @__PURE__ */ new Set([...namesIn(loose(first)), ...literalsIn(first)])];
    if (ids.length > 0) out.push(ids);
  }
  return out;
}
var STATEMENT_CONFIDENCE = 0.9;
var TITLE_CONFIDENCE = 0.85;
function referenceMatch(text) {
  if (unnamedPart(text)) return null;
  const found = statements(text);
  const b = BADGE.exec(text);
  const badge = b ? badgeId(decodeURIComponent(b[1].replace(/_/g, " ").replace(/--/g, "-"))) : null;
  if (found.length === 0 && badge) return { licence: badge, confidence: BADGE_CONFIDENCE };
  if (found.length === 0) {
    const title = text.split("\n").find((l) => l.trim() !== "") ?? "";
    if (text.length < 400 && /licen[cs]e\s*$/i.test(title.trim())) {
      const ids = [.../* @__PURE__ */ new Set([...namesIn(loose(title)), ...literalsIn(title)])];
      if (ids.length === 1) return { licence: ids[0], confidence: TITLE_CONFIDENCE };
    }
    return null;
  }
  const all = [...new Set(found.flat())];
  if (all.length === 1) return { licence: all[0], confidence: STATEMENT_CONFIDENCE };
  const oneEach = found.every((ids) => ids.length === 1);
  const choosing = withoutLaterVersionClause(text);
  if (PARTS.test(text) && (oneEach || !CHOICE.test(choosing)))
    return { licence: all.join(" AND "), confidence: STATEMENT_CONFIDENCE };
  const distinct = [...new Set(found.map((ids) => ids.join("\0")))];
  if (distinct.length !== 1) {
    const singles = new Set(found.filter((ids) => ids.length === 1).map((ids) => ids[0]));
    if (singles.size !== 1 || found.some((ids) => ids.length > 1)) return null;
    return { licence: [...singles][0], confidence: STATEMENT_CONFIDENCE };
  }
  return DUAL.test(choosing) ? { licence: all.join(" OR "), confidence: STATEMENT_CONFIDENCE } : null;
}

// src/detect/restrictions.ts
var kinds;
function restrictionKinds() {
  kinds ??= licenceEntries().filter((e) => e.statement && e.statement.length > 0).map((e) => ({ id: e.id, phrases: e.statement.map((p) => new RegExp(p)) }));
  return kinds;
}
function statedRestrictions(text) {
  const out = [];
  const found = /* @__PURE__ */ new Set();
  for (const sentence2 of text.split(/(?<=[.;!?])\s+|\n\s*\n/)) {
    if (!/\w/.test(sentence2)) continue;
    const l = loose(sentence2);
    for (const k of restrictionKinds()) {
      if (found.has(k.id) || !k.phrases.some((re) => re.test(l))) continue;
      found.add(k.id);
      out.push({ id: k.id, sentence: sentence2.replace(/\s+/g, " ").trim().slice(0, 300) });
    }
  }
  if (found.has("LicenseRef-statement-research-only") && found.has("LicenseRef-statement-non-commercial"))
    return out.filter((r) => r.id !== "LicenseRef-statement-non-commercial");
  return out;
}

// src/detect/card.ts
function cardBody(text) {
  const block = frontMatter(text);
  return block ? text.slice(block.bodyStart) : text;
}

// src/detect/matchers/combine.ts
var OR_LATER = /\bor\s+(?:\(at your option\)\s+)?(?:any\s+)?later\s+version\b|\bversion\s+\d(?:\.\d)?\s+or\s+later\b/i;
var CHOICE2 = /\beither\b|\bat your (?:option|choice)\b|\byou may (?:choose|use .{0,40}? under the terms of either)\b/i;
var PARTS2 = /\bdifferent (?:components|terms|parts)\b|\bmodel weights\b|\bsource code\b[^\n]{0,30}\blicen[cs]e\b/i;
function orLater(id) {
  const m = /^((?:A|L)?GPL-\d\.\d|GFDL-1\.\d)-only$/.exec(id);
  return m ? canonicalId(`${m[1]}-or-later`) ?? id : id;
}
function combine(segmentsIn, stated, around) {
  const segments = segmentsIn;
  const later = OR_LATER.test(around);
  const choice = CHOICE2.test(withoutLaterVersionClause(around));
  const exceptions = segments.filter((s) => isException(s.id)).map((s) => s.id);
  const licences = segments.filter((s) => !isException(s.id));
  if (exceptions.length > 0 && licences.length === 0) {
    const base = stated?.licence.split(/ (?:OR|AND) /);
    if (!stated || base?.length !== 1) return null;
    return {
      licence: `${base[0]} WITH ${exceptions[0]}`,
      confidence: Math.min(stated.confidence, ...segments.map((s) => s.confidence))
    };
  }
  const ids = licences.map((s) => later ? orLater(s.id) : s.id);
  if (exceptions.length > 0 && ids.length > 0) ids[0] = `${ids[0]} WITH ${exceptions[0]}`;
  let confidence = Math.min(...segments.map((s) => s.confidence));
  if (stated && (PARTS2.test(around) || choice)) {
    for (const id of stated.licence.split(/ (?:OR|AND) /)) {
      const c = later ? orLater(id) : id;
      if (!ids.includes(c) && segments.length > 0 && !ids.some((x) => x.startsWith(c.replace(/-only$/, ""))))
        ids.push(c);
    }
    confidence = Math.min(confidence, stated.confidence);
  }
  const distinct = [...new Set(ids)];
  if (distinct.length === 1) return { licence: distinct[0], confidence };
  if (PARTS2.test(around)) return { licence: distinct.join(" AND "), confidence };
  if (choice) return { licence: distinct.join(" OR "), confidence };
  return null;
}

// src/detect/matchers/debian-copyright.ts
var FORMAT = /^Format:[ \t]*https?:\/\/(?:www\.)?debian\.org\/doc\/packaging-manuals\/copyright-format\/1\.0\/?[ \t]*$/m;
var FIELD = /^([!-9;-~]+):[ \t]*(.*)$/;
function isDebianCopyright(text) {
  const first = text.replace(/^\uFEFF/, "").split("\n", 1)[0] ?? "";
  return FORMAT.test(first);
}
function licenceFields(text) {
  const out = [];
  for (const stanza of text.replace(/\r\n?/g, "\n").split(/\n[ \t]*\n/)) {
    const lines = stanza.split("\n");
    let files = false;
    let field = null;
    for (const line of lines) {
      const m = /^[ \t]/.test(line) ? null : FIELD.exec(line);
      if (m) {
        if (field) out.push(field);
        field = null;
        const name = m[1].toLowerCase();
        if (name === "files") files = true;
        if (name === "license") field = { names: m[2].trim(), text: "", files };
        continue;
      }
      if (field && /^[ \t]/.test(line)) {
        const body = line.replace(/^[ \t]/, "");
        field.text += `${body.trim() === "." ? "" : body}
`;
      }
    }
    if (field) {
      field.files = field.files || files;
      out.push(field);
    }
  }
  return out;
}
function outsideLicenceFields(text) {
  const out = [];
  let inLicence = false;
  for (const line of text.replace(/\r\n?/g, "\n").split("\n")) {
    const m = /^[ \t]/.test(line) ? null : FIELD.exec(line);
    if (m) inLicence = m[1].toLowerCase() === "license";
    else if (line.trim() === "") inLicence = false;
    if (!inLicence || m) out.push(m && inLicence ? "" : line);
  }
  return out.join("\n");
}
var NAMES = { expat: "MIT", "apache-2": "Apache-2.0", cc0: "CC0-1.0" };
function debianShortName(name, lookup) {
  const n = name.trim();
  if (NAMES[n.toLowerCase()]) return NAMES[n.toLowerCase()];
  const gnu = /^(A?GPL|LGPL|GFDL)-?v?(\d(?:\.\d)?)(\+)?$/i.exec(n);
  if (gnu) {
    const family = gnu[1].toUpperCase();
    const version = family === "GFDL" || gnu[2].includes(".") ? gnu[2] : `${gnu[2]}.0`;
    return lookup(`${family}-${version}-${gnu[3] ? "or-later" : "only"}`);
  }
  return lookup(n);
}

// src/detect/matchers/substance-words.ts
var WORDS = /* @__PURE__ */ new Set([
  // negation
  "not",
  "no",
  "nor",
  "never",
  "none",
  "neither",
  "cannot",
  "can't",
  "don't",
  "doesn't",
  "won't",
  "without",
  // modal verbs
  "must",
  "shall",
  "may",
  "might",
  "should",
  "will",
  "would",
  "can",
  "could",
  // restrictive focus
  "only",
  "solely",
  "exclusively",
  "except",
  "unless",
  // The same classes in Chinese, where each character is a word (normalise.ts): 不 (not, 不得 must
  // not), 非 (non-, 非商业 non-commercial), 无 (without), 未 (not, 未经 without), 勿 (do not), 禁 (forbid),
  // 仅 / 只 (only), 须 / 必 (must). Ambiguous characters stay out: 可 is in 许可 (licence), 应 in 应用
  // (application), 得 in 获得 (obtain), 除 in 删除 (delete).
  "\u4E0D",
  "\u975E",
  "\u65E0",
  "\u672A",
  "\u52FF",
  "\u7981",
  "\u4EC5",
  "\u53EA",
  "\u987B",
  "\u5FC5"
]);
var NEGATING_PREFIX = /^non[a-z]/;
function isSubstantiveWord(word) {
  return WORDS.has(word) || NEGATING_PREFIX.test(word);
}

// src/detect/matchers/changes.ts
var SUBSTANTIVE_WORDS = 7;
var SMALL_TOTAL = 24;
var NAME_WORD = new RegExp("\\p{L}.*\\p{L}", "u");
var ENUMERATOR = /^(?:[a-z]|[ivx]{1,5}|\d{1,3}(?:\.\d{1,3})*)$/;
var VERSION = /^\d+(?:\.\d+)*[ac-z]?$/;
var NAME_SHARE = 0.015;
var MODEL_NAME_SHARE = 0.25;
var modelIds;
function classifyHunks(hunks, input, ref) {
  const inserted = [];
  const renames = [];
  let version;
  let reason;
  let small = 0;
  let renameEdits = 0;
  let renameHunks = 0;
  const names = modelNames(ref);
  for (const h of hunks) {
    let refWords = 0;
    for (let i = h.bStart; i < h.bStart + h.bLen; i++) if (!ref.title[i]) refWords++;
    const titleOnly = refWords === 0 && h.bLen > 0 && h.aLen <= 12;
    const v = versionChange(h, input, ref) ?? elementChange(h, input, ref);
    if (v) {
      version ??= v;
      continue;
    }
    const renamed = names.size > 0 && h.bLen > 0 && h.bLen <= 4 && h.aLen > 0 && h.aLen <= 6 && deletesName(h, ref, names);
    const respaced = input.slice(h.aStart, h.aStart + h.aLen).join("") === refText(h, ref).replace(/ /g, "");
    if (renamed && !respaced) {
      renameEdits += h.aLen + h.bLen;
      renameHunks++;
      renames.push(`${refText(h, ref)} -> ${input.slice(h.aStart, h.aStart + h.aLen).join(" ")}`);
      continue;
    }
    if (titleOnly || respaced || h.bLen === 0 && repeatsTitle(h, input, ref)) continue;
    const grammar = changesGrammar(h, input, ref);
    if (h.aLen >= SUBSTANTIVE_WORDS || refWords >= SUBSTANTIVE_WORDS || grammar) {
      reason ??= grammar ? `"${input.slice(h.aStart, h.aStart + h.aLen).join(" ") || "(removed)"}" where the reference says "${refText(h, ref) || "(nothing)"}"` : `${h.aLen} words replace ${h.bLen} reference words`;
      inserted.push([h.aStart, h.aStart + Math.max(h.aLen, 1)]);
      continue;
    }
    let counted = 0;
    for (let i = h.aStart; i < h.aStart + h.aLen; i++) if (!ENUMERATOR.test(input[i])) counted++;
    small += counted;
    if (counted > 0) inserted.push([h.aStart, h.aStart + h.aLen]);
  }
  if (version) return { kind: "version", reason: version, inserted: [] };
  if (!reason && small > SMALL_TOTAL) reason = `${small} words changed in small edits`;
  if (reason) return { kind: "modified", reason, inserted: merge(inserted), renameEdits, renameHunks };
  if (renames.length >= 2) {
    const distinct = [...new Set(renames)];
    return {
      kind: "renamed",
      reason: `names changed: ${distinct.join(", ")}`,
      inserted: [],
      renames: distinct,
      renameEdits,
      renameHunks
    };
  }
  return void 0;
}
function refText(h, ref) {
  const out = [];
  for (let i = h.bStart; i < h.bStart + h.bLen; i++) out.push(wordOf(ref.words[i]) ?? "");
  return out.join(" ");
}
function versionChange(h, input, ref, dottedOnly = false) {
  const del = [];
  for (let i = h.bStart; i < h.bStart + h.bLen; i++) {
    const w = wordOf(ref.words[i]);
    if (!w || !VERSION.test(w)) continue;
    const before = i > 0 ? wordOf(ref.words[i - 1]) : "";
    if (w.includes(".") || ref.title[i] || before === "version" || before === "v") del.push(w);
  }
  if (del.length === 0) return void 0;
  for (let i = h.aStart; i < h.aStart + h.aLen; i++) {
    const w = input[i];
    if (VERSION.test(w) && (!dottedOnly || w.includes(".")) && !del.includes(w))
      return `version ${w} where reference says ${del[0]}`;
  }
  return void 0;
}
var CC_ELEMENTS = /* @__PURE__ */ new Map([
  ["noncommercial", "NC"],
  ["nc", "NC"],
  ["nichtkommerziell", "NC"],
  ["kommerzielle", "NC"],
  ["noderivs", "ND"],
  ["noderivatives", "ND"],
  ["nd", "ND"],
  ["bearbeitungen", "ND"],
  ["sharealike", "SA"],
  ["alike", "SA"],
  ["sa", "SA"],
  ["bedingungen", "SA"]
]);
function elementChange(h, input, ref) {
  if (!ref.id.startsWith("CC-") || h.aLen === 0) return void 0;
  const own = new Set(ref.id.split("-"));
  for (let i = h.aStart; i < h.aStart + h.aLen; i++) {
    const element = CC_ELEMENTS.get(input[i]);
    if (element && !own.has(element)) return `the text names ${element}, which ${ref.id} does not have`;
  }
  return void 0;
}
function changesGrammar(h, input, ref) {
  const added = input.slice(h.aStart, h.aStart + h.aLen).filter(isSubstantiveWord);
  const removed = [];
  for (let i = h.bStart; i < h.bStart + h.bLen; i++) {
    const w = wordOf(ref.words[i]) ?? "";
    if (isSubstantiveWord(w) && !ref.title[i]) removed.push(w);
  }
  if (added.length !== removed.length) return true;
  return added.some((w, i) => w !== removed[i]);
}
function repeatsTitle(h, input, ref) {
  const title = /* @__PURE__ */ new Set();
  for (let i = 0; i < ref.words.length && ref.title[i]; i++) title.add(wordOf(ref.words[i]) ?? "");
  if (title.size === 0 || h.aLen > 16) return false;
  for (let i = h.aStart; i < h.aStart + h.aLen; i++) if (!title.has(input[i])) return false;
  return true;
}
function deletesName(h, ref, names) {
  for (let i = h.bStart; i < h.bStart + h.bLen; i++) if (names.has(ref.words[i])) return true;
  return false;
}
var nameCache = /* @__PURE__ */ new WeakMap();
function modelNames(ref) {
  const cached = nameCache.get(ref);
  if (cached) return cached;
  modelIds ??= new Set(licenceEntries().map((e) => e.id));
  const names = /* @__PURE__ */ new Set();
  if (modelIds.has(ref.id)) {
    const { postings, refs } = corpus();
    const { postStart, postRefs } = postings;
    const spdxRefs = refs.filter((r) => !modelIds.has(r.id)).length;
    const spdxLimit = Math.max(2, Math.floor(spdxRefs * NAME_SHARE));
    const modelLimit = Math.max(2, Math.floor(modelIds.size * MODEL_NAME_SHARE));
    const count = /* @__PURE__ */ new Map();
    for (const w of ref.words) count.set(w, (count.get(w) ?? 0) + 1);
    for (const [w, n] of count) {
      const word = wordOf(w) ?? "";
      if (n < 2 || !NAME_WORD.test(word) || isSubstantiveWord(word)) continue;
      let spdx = 0;
      const models = /* @__PURE__ */ new Set();
      for (let p = postStart[w]; p < postStart[w + 1]; p++) {
        const id = refs[postRefs[p]].id;
        if (modelIds.has(id)) models.add(id);
        else spdx++;
      }
      if (spdx <= spdxLimit && models.size <= modelLimit) names.add(w);
    }
  }
  nameCache.set(ref, names);
  return names;
}
function merge(ranges) {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1] + 3) last[1] = Math.max(last[1], r[1]);
    else out.push([...r]);
  }
  return out;
}

// src/detect/matchers/fulltext.ts
var MIN_CONTAINMENT = 0.7;
var MAX_CANDIDATES = 8;
var MATCH_THRESHOLD = 0.9;
var MISS_PENALTY = 0.6;
var VARIANT_COVERAGE = 0.9;
var MAX_GROWTH = 2;
var MAX_EDITS = 1500;
var EDGE_WORDS = 6;
var TITLE_LOOKBACK = 16;
var MIN_SECOND_WORDS = 40;
var CONTAINMENT_SPREAD = 0.15;
function locate(input, hashes, ref) {
  if (ref.words.length < SHINGLE || input.length < SHINGLE) return null;
  const set = shinglesOf(ref);
  let best = 0;
  let bestStart = 0;
  let bestEnd = -1;
  let sum = 0;
  let start = 0;
  for (let i = 0; i < hashes.length; i++) {
    const hit = input[i] >= 0 && set.has(hashes[i]);
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
function similarityOf(al, ref, regionLength) {
  let titleOnly = 0;
  for (const h of al.hunks) {
    let t = 0;
    for (let i = h.bStart; i < h.bStart + h.bLen; i++) t += ref.title[i];
    if (t === h.bLen && h.aLen <= 12) titleOnly += h.bLen + h.aLen;
  }
  const total = regionLength + ref.words.length - titleOnly;
  return total <= 0 ? 0 : 2 * al.matched / (total + 0);
}
function compare(input, hashes, text, lazy) {
  const ref = full(lazy);
  const where = locate(input, hashes, ref);
  if (!where) return null;
  if (input.length - where[1] <= EDGE_WORDS) where[1] = input.length;
  const m = compareAt(input, text, ref, where[0], where[1]);
  const coverage = m.coverage ?? 0;
  if (coverage >= VARIANT_COVERAGE || m.similarity < 0.75 || where[0] === 0 && where[1] === input.length)
    return m;
  const missing = Math.ceil((1 - coverage) * ref.words.length) + 10;
  const wider = compareAt(
    input,
    text,
    ref,
    Math.max(0, where[0] - missing),
    Math.min(input.length, where[1] + missing)
  );
  return wider.change && (wider.coverage ?? 0) > coverage ? wider : m;
}
function compareAt(input, text, ref, start, end) {
  const region = input.subarray(start, end);
  const lengths = 2 * Math.min(region.length, ref.words.length) / (region.length + ref.words.length);
  const variantLength = region.length >= ref.words.length && region.length <= ref.words.length * MAX_GROWTH;
  if (lengths < MATCH_THRESHOLD - 0.05 && !variantLength)
    return { id: ref.id, similarity: lengths * 0.9, start, end, exact: false };
  const base = Math.ceil((1 - MATCH_THRESHOLD) * (region.length + ref.words.length)) + 40;
  const budget = variantLength ? Math.min(
    MAX_EDITS,
    Math.max(base, region.length - ref.words.length + Math.ceil(0.1 * ref.words.length) + 40)
  ) : base;
  const al = diffWords(region, ref.words, budget);
  if (!al) return { id: ref.id, similarity: 0, start, end, exact: false };
  let from = start;
  let to = end;
  const hunks = al.hunks.map((h) => ({ ...h }));
  const first = hunks[0];
  const before = first && first.aStart === 0 ? Math.min(start, TITLE_LOOKBACK) : 0;
  const lead = first ? { ...first, aStart: first.aStart + start - before, aLen: first.aLen + before } : void 0;
  const leadingVersion = first && lead && (first.bLen > 0 || first.aStart === 0) ? (first.bLen > 0 ? versionChange(
    lead,
    text,
    ref,
    before > 0
    // before the region only "x.y" reads as a version (not a year in a preamble)
  ) : void 0) ?? (first.aStart === 0 ? elementChange(lead, text, ref) : void 0) : void 0;
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
  const trimmed = { matched: al.matched, hunks: kept };
  const similarity = Math.min(1, similarityOf(trimmed, ref, to - from));
  const change = leadingVersion ? { kind: "version", reason: leadingVersion, inserted: [] } : classifyHunks(
    kept.map((h) => ({ ...h, aStart: h.aStart + start })),
    text,
    ref
  );
  const exact = kept.every((h) => h.aLen === 0 && isTitle(ref, h));
  const coverage = al.matched / Math.max(1, ref.words.length);
  const missing = [];
  const added = [];
  for (const h of kept) {
    if (h.aLen === 0 && !isTitle(ref, h))
      for (let i = h.bStart; i < h.bStart + h.bLen; i++) missing.push(ref.words[i]);
    if (h.bLen === 0) for (let i = h.aStart; i < h.aStart + h.aLen; i++) added.push(region[i]);
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
    ...change ? { modified: change.reason, change } : {}
  };
}
function titleEdits(hunks, ref) {
  let n = 0;
  for (const h of hunks) if (h.bLen > 0 && h.aLen <= 12 && isTitle(ref, h)) n += h.aLen + h.bLen;
  return n;
}
function isTitle(ref, h) {
  for (let i = h.bStart; i < h.bStart + h.bLen; i++) if (!ref.title[i]) return false;
  return true;
}
function betterVariant(a, b, textLength) {
  const ra = a.change?.kind === "renamed";
  if (ra !== (b.change?.kind === "renamed")) return ra;
  if (a.id === b.id && a.end - a.start !== b.end - b.start) return a.end - a.start > b.end - b.start;
  const ta = (a.edits ?? 0) + (a.change?.renameHunks ?? 0) + textLength - (a.end - a.start);
  const tb = (b.edits ?? 0) + (b.change?.renameHunks ?? 0) + textLength - (b.end - b.start);
  if (ta !== tb) return ta < tb;
  return (a.coverage ?? 0) > (b.coverage ?? 0);
}
function lacking(a, b) {
  if ((a.missing?.length ?? 0) + (a.added?.length ?? 0) === 0) return 0;
  const other = new Set(b.refWords ?? []);
  const own = new Set(a.refWords ?? []);
  const lost = (a.missing ?? []).filter((w) => !other.has(w)).length;
  const unexplained = (a.added ?? []).filter((w) => w >= 0 && !own.has(w) && other.has(w)).length;
  return lost + unexplained;
}
var CLOSE_FIT = 0.03;
function better(a, b) {
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
function wordCounts(words, vocabularySize) {
  const counts = new Int32Array(vocabularySize);
  for (const w of words) if (w >= 0) counts[w]++;
  return counts;
}
var NO_BOUND = 1073741823;
var paired = new Int32Array(0);
function cannotWin(counts, ref, bestSimilarity, inOrder) {
  const words = ref.words;
  if (paired.length < counts.length) paired = new Int32Array(counts.length);
  let most = 0;
  for (const w of words) {
    if (w < counts.length && paired[w] < counts[w]) {
      paired[w]++;
      most++;
    }
  }
  for (const w of words) if (w < counts.length) paired[w] = 0;
  most = Math.min(most, inOrder);
  const untitled = words.length - ref.titleWords;
  const bound = most >= untitled ? 1 : 2 * most / (most + untitled);
  return bound < bestSimilarity - CLOSE_FIT - 1e-9;
}
function exactMatch(input) {
  const { refs, byLength } = corpus();
  if (input.length === 0) return null;
  for (const r of byLength.get(input.length) ?? []) {
    const ref = refs[r];
    if (full(ref).words.every((w, i) => w === input[i]))
      return { id: ref.id, similarity: 1, start: 0, end: input.length, exact: true };
  }
  return null;
}
function candidates(input) {
  const { refs, postings, vocabulary } = corpus();
  const { postStart, postRefs, sizes } = postings;
  const seen = new Uint8Array(vocabulary.size);
  let distinct = 0;
  const overlap = new Int32Array(refs.length);
  for (const w of input) {
    if (w < 0 || seen[w]) continue;
    seen[w] = 1;
    distinct++;
    for (let p = postStart[w], end = postStart[w + 1]; p < end; p++) overlap[postRefs[p]]++;
  }
  const ranked = [];
  let best;
  for (let r = 0; r < refs.length; r++) {
    const o = overlap[r];
    if (o === 0) continue;
    const size = sizes[r];
    const dice = 2 * o / (size + distinct);
    if (!best || dice > best.dice) best = { ref: r, dice };
    if (o / size >= MIN_CONTAINMENT) ranked.push({ ref: r, containment: o / size });
  }
  ranked.sort((x, y) => y.containment - x.containment);
  return { ranked, ...best ? { best } : {} };
}
function findLicences(text, slots) {
  const { refs, vocabulary } = corpus();
  const work = toIds(text, vocabulary, false, slots);
  const exact = exactMatch(work);
  if (exact) return { matches: [exact] };
  const matches = [];
  let closest;
  const noteClosest = (id, confidence, modified) => {
    if (!closest || confidence > closest.confidence)
      closest = { licence: id, confidence, ...modified ? { modified } : {} };
  };
  for (let pass = 0; pass < 4; pass++) {
    const live = work.reduce((n, w) => n + (w >= 0 ? 1 : 0), 0);
    if (live < 8) break;
    const { ranked, best: top } = candidates(work);
    const hashes = shingleHashes(work);
    if (pass === 0 && top) noteClosest(refs[top.ref].id, Math.round(top.dice * 1e3) / 1e3);
    let best = null;
    let bestRef = -1;
    let variant = null;
    const considered = ranked.slice(0, MAX_CANDIDATES);
    const oneRefPerId = new Set(considered.map((c) => refs[c.ref].id)).size === considered.length;
    let counts;
    for (const c of considered) {
      if (c.containment < ranked[0].containment - CONTAINMENT_SPREAD) break;
      if (best?.exact && best.end - best.start >= live * 0.95) break;
      if (pass > 0 && refs[c.ref].length < MIN_SECOND_WORDS) continue;
      if (best && oneRefPerId) {
        counts ??= wordCounts(work, vocabulary.size);
        const common = best.matched === void 0 ? void 0 : corpus().common.get(pairKey(bestRef, c.ref, refs.length));
        const inOrder = common === void 0 ? NO_BOUND : common + live - best.matched;
        if (cannotWin(counts, full(refs[c.ref]), best.similarity, inOrder)) continue;
      }
      const m = compare(work, hashes, text, refs[c.ref]);
      if (!m) continue;
      if (m.change || m.similarity < MATCH_THRESHOLD) {
        noteClosest(m.id, m.similarity, m.modified);
        if (m.change && (m.coverage ?? 0) >= VARIANT_COVERAGE) {
          if (!variant || betterVariant(m, variant, work.length)) variant = m;
        }
        continue;
      }
      if (!best || better(m, best)) {
        best = m;
        bestRef = c.ref;
      }
    }
    if (!best && pass === 0 && variant && variant.change?.kind !== "version") best = variant;
    if (best && pass === 0 && variant && variant.id === best.id && variant.change?.kind !== "version" && variant.end - variant.start > best.end - best.start)
      best = variant;
    if (!best) break;
    matches.push(best);
    for (let i = best.start; i < best.end; i++) work[i] = -1;
  }
  return { matches, ...closest && matches.length === 0 ? { closest } : {} };
}

// src/detect/matchers/spdx-tag.ts
var TAG = /SPDX-License-Identifier:\s*(.+?)\s*(?:\*\/|-->|$)/im;
function spdxTag(text) {
  const m = TAG.exec(text);
  if (!m) return null;
  const parsed = parseExpression(m[1].trim());
  return parsed.ok ? { licence: parsed.expression, confidence: 1 } : null;
}

// src/detect/matchers/tails.ts
var FIELD_SLACK = 8;
var MAX_FIELD = 16;
var TAIL_TOLERANCE = 3;
function unexplainedTails(n) {
  const out = [];
  for (const tail of n.tails) {
    if (tail.words.length === 0) continue;
    const lineOfWord = [];
    tail.lineWords.forEach((ws, k) => {
      for (let i = 0; i < ws.length; i++) lineOfWord.push(k);
    });
    const bad = unexplainedWords(tail.words);
    for (const k of new Set(bad.map((i) => lineOfWord[i]))) {
      const text = tail.text[k].trim();
      if (text) out.push(text);
    }
  }
  return out;
}
function unexplainedWords(words) {
  const { tails, vocabulary } = corpus();
  const input = toIds(words, vocabulary, false);
  let best = null;
  let bestRank = -1;
  const sameKind = tails.filter((t) => t.words[0] === input[0] && t.words[1] === input[1]);
  const ordered = (sameKind.length > 0 ? sameKind : tails).map((t, rank) => ({ t, rank, distance: bagDistance(input, t.words) })).sort((x, y) => x.distance - y.distance || x.rank - y.rank);
  for (const { t, rank } of ordered) {
    const budget = input.length + t.words.length;
    const al = diffWords(input, t.words, budget);
    if (!al) continue;
    const bad2 = [];
    const own = new Set(t.words);
    const removed = /* @__PURE__ */ new Map();
    for (const h of al.hunks)
      for (let j = h.bStart; j < h.bStart + h.bLen; j++)
        removed.set(t.words[j], (removed.get(t.words[j]) ?? 0) + 1);
    for (const h of al.hunks) {
      const filledField = h.bLen > 0 && h.bLen <= MAX_FIELD && h.aLen <= h.bLen + FIELD_SLACK;
      const added = [];
      for (let i = h.aStart; i < h.aStart + h.aLen; i++) {
        const left = removed.get(input[i]) ?? 0;
        const moved = left > 0;
        if (moved) removed.set(input[i], left - 1);
        else added.push(i);
        if (isSubstantiveWord(words[i]) && !moved || !filledField && !own.has(input[i])) bad2.push(i);
      }
      if (!filledField && added.length >= SUBSTANTIVE_WORDS) {
        const marked = new Set(bad2);
        for (const i of added) if (!marked.has(i)) bad2.push(i);
      }
    }
    if (!best || bad2.length < best.length || bad2.length === best.length && rank < bestRank) {
      best = bad2;
      bestRank = rank;
    }
    if (best.length === 0) break;
  }
  const bad = best ?? words.map((_, i) => i);
  const grammar = bad.some((i) => isSubstantiveWord(words[i]));
  return bad.length > TAIL_TOLERANCE || grammar ? bad : [];
}

// src/detect/surroundings.ts
var TOLERANCE = 3;
var TITLE_WORDS = new Set(
  "the a an license licenses licensing agreement terms and of conditions version v text full copy software project notice legal for this is document standard open source public distributed with included in to by files file code".split(
    " "
  )
);
var MAX_TITLE_OTHER_WORDS = 6;
var SCOPING_WORDS = new Set(
  "research academic evaluation personal internal educational education commercial noncommercial purpose purposes trial demonstration demo scientific study testing evaluative nonprofit".split(
    " "
  )
);
var SCOPING_STEM = /commercial|research|academic|evaluat|personal|internal|educat|non-?profit|only|solely|exclusiv|prohibit|forbid|restrict|militar|scientific|demonstrat|trial|testing/i;
var LONG_TOKEN = /[^\s]{41,}/;
var POINTERS = [
  /^(?:(?:[\w.'-]+ ){0,8}(?:is|are) )?(?:dual |multi |triple )?(?:licensed|released|distributed|made available|available|provided|published|offered|covered) (?:to you )?(?:under|by) (?:the )?(?:terms (?:and conditions )?of (?:the )?)?/,
  /^(?:the )?following licenses? (?:text )?(?:applies|apply|is|governs?)\b/,
  /^(?:for (?:[\w-]+ ){1,4})?(?:please )?(?:see|refer to|read|check) (?:the )?(?:[\w./-]+ ){0,6}/,
  /^(?:the )?(?:full |complete )?(?:text|terms) of (?:the |this )?(?:[\w.-]+ ){0,6}(?:licenses? )?(?:is|are|follows?|below|reproduced)/,
  /^(?:a )?copy of (?:the |this )?(?:[\w.-]+ ){0,6}licenses? (?:is|can be|may be) (?:found|obtained|included)/,
  /^spdx license identifier /,
  /^(?:[\w.'-]+ ){0,8}(?:licen[cs]e )?(?:terms|text|conditions)(?: and conditions)? (?:can be|are|is|may be) (?:found|included|available|provided) (?:in|at|below|above)\b/,
  /^you (?:may|can) (?:use|choose|redistribute|distribute) (?:[\w.'-]+ ){0,6}under (?:the terms of )?(?:either|any|one) of (?:the following|these|two|the two)\b/,
  /^(?:[\w.'-]+ ){0,8}(?:is|are) (?:dual |multi )?licensed under (?:the terms of )?(?:either|both|each of|any of|one of)\b/
];
var POINTER_TAIL = / ?(?:except as (?:documented|noted|stated|described|otherwise noted) (?:below|above|herein))?$/;
var ATTRIBUTION = /\b(?:created|written|developed|authored|maintained|originally (?:written|developed)|contributed) by\b|\bderivative work of\b|\b(?:a )?(?:fork|port) of\b|\bbased on\b|\bderived from\b|\bvoluntary contributions\b|\bcontribution history\b|\bcopyright\b|\(c\)|©/i;
var OTHER_MATERIAL = /\b(?:their|its) own licen[cs]es?\b|\btheir respective\s+(?:licen[cs]es?|terms)\b|\bexternally maintained\b|\bseparate licen[cs]e terms\b|\bwaived via cc0\b|\bthis product (?:also )?includes? (?:the following )?software\b|\bis (?:a )?registered trademark of\b/i;
var GNU_NAME = "the gnu (?:affero |lesser |library )?general public license";
var GNU_NOTICE = [
  new RegExp(
    `^(?:(?:[\\w.'+-]+ ){1,6}(?:is|are) free software )?(?:you can )?redistribute (?:it|them) and or modify (?:it|them) under the terms of ${GNU_NAME} (?:version \\d(?:\\.\\d)? )?(?:as published by the free software foundation )?(?:either )?(?:version \\d(?:\\.\\d)? )?(?:of the license )?(?:or at your option any later version )?$`
  ),
  /^(?:[\w.'+-]+ ){1,6}(?:is|are) free software $/,
  /^(?:[\w.'+-]+ ){1,6}(?:is|are) distributed in the hope that (?:it|they) will be useful but without any warranty without even the implied warranty of merchantability or fitness for a particular purpose /,
  new RegExp(`^see ${GNU_NAME} for more details $`),
  new RegExp(
    `^you should have received a copy of ${GNU_NAME} along with (?:[\\w.'+-]+ ){1,3}(?:if not see |if not write to the free software foundation [\\w ]*)?$`
  )
];
var ASF_NOTICE = [
  /^licensed under the apache license version 2\.0 the license you may not use this file except in compliance with the license $/,
  /^you may obtain a copy of the license at $/,
  /^unless required by applicable law or agreed to in writing software distributed under the license is distributed on an as is basis without warranties or conditions of any kind either express or implied $/,
  /^see the license for the specific language governing permissions and limitations under the license $/
];
var FSF_ADDRESS = /^(?:(?:free software foundation|inc)\s+)*\d+ (?:franklin st(?:reet)?|temple place|mass ave) (?:fifth floor |suite 330 )?(?:boston|cambridge) ma \d{5}(?: \d{4})? usa $/;
var THIRD_PARTY_SECTION = /\bthis product (?:also )?includes? (?:the following )?software\b/i;
var RESTRICTIVE = /\b(?:not|no|only|solely|exclusively|except|unless|never|non-?commercial)\b/i;
var GRANT_LIKE = /\b(?:licen[cs]ed|released|distributed|available|provided|governed|covered|waived|redistribute it|modify it|subject)\b[^.]{0,60}\b(?:under|by|via|to the terms of)\b|^\s*(?:the )?(?:source code|code|model weights|weights|model|checkpoints|datasets?|data|documentation)\b[^.]{0,30}\b(?:under|:|-)\s/i;
var CODE_LINE = /[{}]\s*$|\w\([^)]*\)\s*;\s*$|^\s*(?:#include|#define|import |from \S+ import|package |using |def |class |function |const |let |var |return\b|public |private |static )|^\s*[A-Za-z_$][\w$.]*\s*(?:\(|=[^=])/;
var ROFF = /^\s*\.(?:TH|SH|SS|PP|LP|P|TP|IP|HP|RS|RE|B|I|BR|BI|IB|IR|RB|RI|SM|br|sp|nf|fi|in|ti)\b|\\f[BIRP]/;
var ROFF_MARKUP = /^\s*\.[A-Za-z]+|\\f[BIRP]|\\-/g;
var HOLDER = /^\s*(?:\d{4}(?:\s*[-–,]\s*\d{4})*,?\s+)?(?:\(?[A-Z][\p{L}.'’-]*\)?(?:\s*,\s*|\s+(?:and|&)\s+|\s+|$))+$/u;
var URL = /\b(?:https?|ftp):\/\/\S+|\bwww\.\S+|<[^>\s]+>|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+\b/gi;
var FILE_NAME = /(?:^|\s)(?:\.{0,2}\/)?[\w./-]*\b(?:licen[cs]e|copying|notice|readme)[\w.-]*(?=\s|$|[.,;:)])/gi;
function judgeSurroundings(lines, ids) {
  const named = new Set(ids.map((id) => id.replace(/-(?:only|or-later)$/, "").toLowerCase()));
  const nameWords = new Set(ids.flatMap((id) => wordsOf(id.replace(/-/g, " "))));
  const titles = ids.flatMap(titlesOf).map((t) => ` ${t} `);
  const substance = [];
  const statements2 = [];
  let codeLines = 0;
  let thirdParty = false;
  let looseWords = 0;
  let grammar = false;
  const prose = [];
  const flush = () => {
    const paragraph = prose.join(" ").replace(/\s+/g, " ").trim();
    prose.length = 0;
    if (paragraph === "") return;
    if (OTHER_MATERIAL.test(paragraph) && !RESTRICTIVE.test(paragraph)) {
      thirdParty ||= THIRD_PARTY_SECTION.test(paragraph);
      return;
    }
    if (thirdParty && !RESTRICTIVE.test(paragraph)) return;
    for (const s of sentences(paragraph)) {
      const kind = classify(s, named, nameWords, titles);
      if (kind === "explained") continue;
      if (kind === "statement") {
        statements2.push(s);
        continue;
      }
      const words = wordsOf(s);
      looseWords += words.length;
      grammar ||= words.some(isSubstantiveWord);
      substance.push(s);
    }
  };
  for (const line of lines) {
    if (line.trim() === "") {
      flush();
      continue;
    }
    const bare = line.replace(URL, " ").trim();
    if (bare === "" || HOLDER.test(bare) && wordsOf(bare).length <= 10 && !scopes(bare)) {
      flush();
      continue;
    }
    if (CODE_LINE.test(line) || isRoffMarkup(line)) {
      flush();
      codeLines++;
      continue;
    }
    prose.push(line.trim());
  }
  flush();
  const tolerated = looseWords <= TOLERANCE && !grammar && !substance.some(scopes);
  return { substance: tolerated ? [] : substance, statements: statements2, codeLines };
}
function scopes(text) {
  return wordsOf(text).some(isSubstantiveWord) || SCOPING_STEM.test(text) || LONG_TOKEN.test(text);
}
function isRoffMarkup(line) {
  return ROFF.test(line) && !wordsOf(line.replace(ROFF_MARKUP, " ")).some(isSubstantiveWord);
}
function sentences(paragraph) {
  return paragraph.split(/(?<=[.:!?])\s+(?=\S)/).map((s) => s.trim()).filter((s) => /[\p{L}\p{N}]/u.test(s));
}
function classify(sentence2, named, nameWords, titles) {
  const bare = sentence2.replace(URL, " ").replace(FILE_NAME, " ");
  const words = wordsOf(bare);
  const said = ` ${wordsOf(sentence2).join(" ")} `;
  if (said.trim() !== "" && titles.some((t) => t.includes(said))) return "explained";
  if (words.length <= 1 && !scopes(bare)) return "explained";
  const hasGrammar = words.some(isSubstantiveWord);
  const ids = namesIn(loose(sentence2));
  const others = ids.filter((id) => !named.has(id.replace(/-(?:only|or-later)$/, "").toLowerCase()));
  if (others.length > 0 && GRANT_LIKE.test(sentence2)) return "statement";
  if (!hasGrammar && isTitle2(sentence2, words, nameWords)) return "explained";
  const l = loose(sentence2).trim();
  if (others.length === 0 && POINTERS.some((re) => re.test(l)) && pointerIsBare(l, words, nameWords))
    return "explained";
  if (!hasGrammar && ATTRIBUTION.test(sentence2)) return "explained";
  if (isStandardNotice(sentence2.replace(URL, " "), ids, named)) return "explained";
  return "substance";
}
function isStandardNotice(text, ids, named) {
  if (ids.some((id) => !named.has(id.replace(/-(?:only|or-later)$/, "").toLowerCase()))) return false;
  const l = loose(text).trimStart();
  const gnu = [...named].some((id) => /^(?:(?:a|l)?gpl|gfdl)-/.test(id));
  if (gnu && (GNU_NOTICE.some((re) => re.test(l)) || FSF_ADDRESS.test(l))) return true;
  return named.has("apache-2.0") && ASF_NOTICE.some((re) => re.test(l));
}
function isTitle2(sentence2, words, nameWords) {
  if (/;\s*$/.test(sentence2) || words.length > 14) return false;
  const other = words.filter((w) => !TITLE_WORDS.has(w) && !nameWords.has(w) && !/^\d+(?:\.\d+)*$/.test(w));
  return other.length <= MAX_TITLE_OTHER_WORDS && !other.some((w) => SCOPING_WORDS.has(w) || SCOPING_STEM.test(w) || LONG_TOKEN.test(w));
}
function pointerIsBare(l, words, nameWords) {
  const stripped = l.replace(POINTER_TAIL, "");
  const grammar = words.filter(isSubstantiveWord);
  const choice = /\b(?:either|any|one) of (?:the following|these|two|the two)\b/.test(l);
  const where = /\b(?:can|may) be (?:found|obtained|read|viewed|seen)\b/.test(l);
  const allowed = (w) => w === "except" && stripped !== l || (choice || where) && (w === "may" || w === "can");
  if (!grammar.every(allowed)) return false;
  const content = words.filter((w) => !TITLE_WORDS.has(w) && !nameWords.has(w));
  return content.length <= 16;
}

// src/detect/identify.ts
var COMPILATION = /\bthird[- ]party (?:components?|software components|librar(?:y|ies))\b|\bsubcomponents?\b|\bportions of this software\b|^\s*acknowledg(?:e)?ments?\s*$|\bthis product includes software\b|\bopen source software notice\b|\bcomponents? (?:listed )?below\b/im;
var LICENCE_TITLE = /^\s*(?:#+\s*)?(?![^\n]*\bnotice\b)[^\n.]{0,80}\b(?:licen[cs]e|agreement|terms of use)\b[^\n.]{0,40}$/i;
var NOTICE_WORDS = 400;
var NEAR_MISS = 0.8;
var TAG_ONLY_WORDS = 300;
var QUOTE_CHARS = 300;
var QUOTE_MAX = 12;
function identifyText(input, options = {}) {
  const file = options.file !== void 0 ? { file: options.file } : {};
  const readme = options.role === "readme";
  const text = readme ? cardBody(input) : input;
  if (!readme && isDebianCopyright(text)) return debianCopyright(text, file);
  const tag = spdxTag(text);
  const n = normalise(text);
  if (tag && n.words.length < TAG_ONLY_WORDS) {
    return { licence: tag.licence, confidence: tag.confidence, matcher: "spdx-tag", bearing: true, ...file };
  }
  const full2 = findLicences(n.words, n.slots);
  if (tag && full2.matches.length === 0) {
    return { licence: tag.licence, confidence: tag.confidence, matcher: "spdx-tag", bearing: true, ...file };
  }
  const covered = new Uint8Array(n.words.length);
  for (const m of full2.matches) covered.fill(1, m.start, m.end);
  const outside = linesOutside(n.lines, n.lineOf, covered, n.words);
  const remainderText = outside.join("\n");
  const around = full2.matches.length > 0 ? remainderText : text;
  const compilation = COMPILATION.test(around) && (full2.matches.length > 1 || wordCount(around) > COMPILATION_MIN_WORDS);
  const closest = full2.closest ? { closest: { licence: full2.closest.licence, confidence: round(full2.closest.confidence) } } : {};
  const none = (extra = {}) => ({
    licence: null,
    confidence: 0,
    matcher: "none",
    bearing: true,
    ...file,
    ...closest,
    ...extra
  });
  if (compilation) return none({ matcher: "compilation" });
  if (full2.matches.length > 0) {
    const licences = full2.matches.filter((m) => !isPolicy(m.id));
    if (licences.length === 0) return none({ matcher: "use-policy" });
    return fromLicenceTexts(n, licences, covered, outside, readme, none, file);
  }
  const firstLine = n.lines.find((l) => l.trim() !== "") ?? "";
  const licenceDocument = n.words.length > 150 && LICENCE_TITLE.test(firstLine);
  const nearMiss = (full2.closest?.confidence ?? 0) >= NEAR_MISS && n.words.length > NOTICE_WORDS;
  if (!licenceDocument && !nearMiss && (readme || n.words.length <= NOTICE_WORDS * 4)) {
    const ref = referenceMatch(text);
    const restrictions = readme || n.words.length <= NOTICE_WORDS ? statedRestrictions(text) : [];
    if (ref) {
      const joined = withRestrictions(ref.licence, restrictions);
      return {
        licence: joined.licence,
        confidence: ref.confidence,
        matcher: "reference",
        bearing: true,
        ...file,
        ...joined.extra.length > 0 ? { extra: joined.extra } : {}
      };
    }
    if (restrictions.length > 0) {
      return {
        licence: restrictions.map((r) => r.id).join(" AND "),
        confidence: STATED_CONFIDENCE,
        matcher: "reference",
        bearing: true,
        ...file,
        extra: restrictions.map((r) => r.sentence)
      };
    }
    if (readme) return { ...none(), bearing: licenceSection(text) };
  }
  return none();
}
var MAX_DEBIAN_FIELDS = 400;
var DEBIAN_CONFIDENCE = 0.9;
function debianCopyright(text, file) {
  const none = (why) => ({
    licence: null,
    confidence: 0,
    matcher: "debian-copyright",
    bearing: true,
    ...file,
    extra: [why]
  });
  const fields = licenceFields(text);
  if (fields.length === 0) return none("a machine-readable copyright file with no License field");
  if (fields.length > MAX_DEBIAN_FIELDS)
    return none(`more than ${MAX_DEBIAN_FIELDS} License fields: not read`);
  const lookup = (id) => lookupLicence(id)?.id ?? null;
  const identified = /* @__PURE__ */ new Map();
  const resolve = (id, body) => {
    if (body.trim() === "") return id;
    let got = identified.get(body);
    if (got === void 0) {
      got = identifyText(body, { role: "licence" }).licence;
      identified.set(body, got);
    }
    if (got !== null) return got;
    return /\/usr\/share\/common-licenses\//.test(body) ? id : null;
  };
  const defined = /* @__PURE__ */ new Map();
  for (const f of fields.filter((x) => !x.files && x.text.trim() !== "")) {
    const id = debianShortName(f.names, lookup);
    defined.set(f.names.toLowerCase(), id ? resolve(id, f.text) : null);
  }
  const parts = [];
  for (const f of fields.filter((x) => x.files)) {
    if (/with/i.test(f.names)) return none(`"${f.names}": an exception is not read here`);
    const tokens = f.names.split(/\s+(or|and)\s+/i);
    if (tokens.length > 1 && f.text.trim() !== "")
      return none(`"${f.names}": a text under several names is not read`);
    const out = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      if (i % 2 === 1) {
        out.push(t.toUpperCase());
        continue;
      }
      const id = debianShortName(t, lookup);
      if (!id) return none(`"${t}" names no licence the engine knows`);
      const own = tokens.length === 1 && f.text.trim() !== "" ? resolve(id, f.text) : void 0;
      const got = own !== void 0 ? own : defined.has(t.toLowerCase()) ? defined.get(t.toLowerCase()) : id;
      if (!got) return none(`the text given for "${t}" is not identified`);
      out.push(/ (?:AND|OR|WITH) /.test(got) ? `(${got})` : got);
    }
    const expression = out.join(" ");
    parts.push(out.length > 1 ? `(${expression})` : expression);
  }
  const distinct = [...new Set(parts)];
  if (distinct.length === 0) return none("no Files stanza names a licence");
  const named = distinct.length === 1 ? distinct[0].replace(/^\((.*)\)$/, "$1") : distinct.join(" AND ");
  const joined = withRestrictions(named, statedRestrictions(outsideLicenceFields(text)));
  return {
    licence: joined.licence,
    confidence: DEBIAN_CONFIDENCE,
    matcher: "debian-copyright",
    bearing: true,
    ...file,
    ...joined.extra.length > 0 ? { extra: joined.extra } : {}
  };
}
var policies;
function isPolicy(id) {
  policies ??= new Set(
    licenceEntries().filter((e) => e.companion).map((e) => e.id)
  );
  return policies.has(id);
}
var TAIL_COVERED = 0.8;
var STATED_CONFIDENCE = 0.9;
function licenceSection(text) {
  return /^\s*(?:#{1,6}\s*|\*\*)?\s*licen[cs](?:e|es|ing)\b[^\n]*\n+\s*[^\s#]/im.test(text);
}
function fromLicenceTexts(n, matches, covered, outside, readme, none, file) {
  const remainderText = outside.join("\n");
  const coveredWords = covered.reduce((a, b) => a + b, 0);
  const rest = n.words.length - coveredWords;
  const inOrder = [...matches].sort((a, b) => a.start - b.start);
  const ids = inOrder.map((m) => m.id);
  const around = readme ? void 0 : judgeSurroundings(outside, ids);
  const prose = around ? wordCount(around.substance.join(" ")) : 0;
  if (!readme && rest > coveredWords && prose > coveredWords) {
    return none({ closest: { licence: inOrder[0].id, confidence: round(inOrder[0].similarity) } });
  }
  const share = coveredWords / (coveredWords + rest / 2);
  const segments = inOrder.map((m) => ({ id: m.id, confidence: m.similarity * share }));
  let tails = readme ? [] : unexplainedTails(n);
  if (tails.length > 0) {
    const tailText = normalise(tails.join("\n"));
    const inTail = findLicences(tailText.words, tailText.slots);
    const tailWords = wordCount(tails.join(" "));
    const tailCovered = inTail.matches.reduce((a, m) => a + m.end - m.start, 0);
    if (inTail.matches.length > 0 && !inTail.matches.some((m) => m.change) && tailCovered >= tailWords * TAIL_COVERED) {
      for (const m of inTail.matches) segments.push({ id: m.id, confidence: m.similarity * share });
      tails = [];
    }
  }
  const statementText = around ? around.statements.join("\n") : remainderText;
  const stated = wordCount(statementText) >= 4 ? referenceMatch(statementText) : null;
  const result = combine(segments, stated, remainderText);
  if (!result) return none();
  const extra = [];
  const variant = inOrder.find((m) => m.change);
  const substance = [...around?.substance ?? [], ...tails];
  let licence = result.licence;
  let matcher = inOrder.length === 1 && inOrder[0].exact && rest <= 12 ? "exact" : "dice";
  if (variant?.change?.kind === "renamed" && substance.length === 0) {
    licence = licence.replace(variant.id, derivedId(variant.id, "renamed"));
    extra.push(...variant.change.renames ?? []);
    matcher = "renamed";
  } else if (variant || substance.length > 0) {
    licence = modifyAll(licence, ids);
    if (variant?.change) extra.push(...quoteRanges(n, variant.change.inserted));
    extra.push(...substance);
    if (variant?.change?.kind === "renamed") extra.push(...variant.change.renames ?? []);
    matcher = "modified";
  }
  if (around && around.codeLines > 0)
    extra.push(`the file also holds ${around.codeLines} lines of code or markup`);
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
    ...extra.length > 0 ? { extra: quoteLimit(extra) } : {}
  };
}
function modifyAll(expression, ids) {
  return expression.split(/( (?:AND|OR|WITH) |[()])/).map((part) => {
    const base = part.trim();
    const found = ids.find(
      (id) => id === base || id.replace(/-only$/, "") === base.replace(/-or-later$/, "")
    );
    return found ? part.replace(base, derivedId(base, "modified")) : part;
  }).join("");
}
function withRestrictions(expression, restrictions) {
  const leaves = expression.split(/ (?:AND|OR|WITH) /).map((l) => l.replace(/[()]/g, "").trim());
  const carried = (flag) => leaves.every((l) => lookupLicence(l)?.flags.includes(flag));
  const adding = restrictions.filter((r) => !(lookupLicence(r.id)?.flags ?? []).every(carried));
  if (adding.length === 0) return { licence: expression, extra: [] };
  const base = / OR /.test(expression) ? `(${expression})` : expression;
  return {
    licence: [base, ...adding.map((r) => r.id)].join(" AND "),
    extra: adding.map((r) => r.sentence)
  };
}
function quoteRanges(n, ranges) {
  const out = [];
  for (const [a, b] of ranges) {
    const lines = /* @__PURE__ */ new Set();
    for (let i = a; i < b && i < n.lineOf.length; i++) lines.add(n.lineOf[i]);
    const quoted = [...lines].map((li) => n.lines[li].trim()).join(" ").trim();
    if (quoted) out.push(quoted);
  }
  return out;
}
function quoteLimit(extra) {
  const distinct = [
    ...new Set(extra.map((e) => e.length > QUOTE_CHARS ? `${e.slice(0, QUOTE_CHARS)}\u2026` : e))
  ];
  return distinct.length > QUOTE_MAX ? [...distinct.slice(0, QUOTE_MAX), `\u2026 and ${distinct.length - QUOTE_MAX} more`] : distinct;
}
var COMPILATION_MIN_WORDS = 150;
function wordCount(text) {
  return text.split(/\s+/).filter((w) => /\w/.test(w)).length;
}
function linesOutside(lines, lineOf, covered, words) {
  const kinds2 = new Uint8Array(lines.length);
  for (let i = 0; i < lineOf.length; i++) kinds2[lineOf[i]] |= covered[i] ? 1 : 2;
  const mixed = /* @__PURE__ */ new Map();
  for (let i = 0; i < lineOf.length; i++) {
    const li = lineOf[i];
    if (kinds2[li] !== 3 || covered[i]) continue;
    const list = mixed.get(li);
    if (list) list.push(words[i]);
    else mixed.set(li, [words[i]]);
  }
  const out = [];
  lines.forEach((line, li) => {
    if (kinds2[li] === 1) return;
    if (kinds2[li] === 0) {
      if (out.length > 0 && out[out.length - 1] !== "") out.push("");
      return;
    }
    out.push(kinds2[li] === 3 ? mixed.get(li).join(" ") : line);
  });
  return out;
}
function round(x) {
  return Math.round(x * 1e3) / 1e3;
}
function licenceInfo(id) {
  return lookupLicence(id);
}
function refines(general, specific) {
  return refinesId(general, specific);
}

// src/detect/engine.ts
function defaultEngine() {
  return {
    identify: (text, options) => identifyText(text, options),
    lookup: (id) => {
      const info = licenceInfo(id);
      return info ? {
        name: info.name,
        flags: info.flags,
        ...info.variantOf ? { variantOf: info.variantOf } : {},
        ...info.binds ? { binds: info.binds } : {}
      } : void 0;
    },
    refines
  };
}

export {
  defaultEngine
};
