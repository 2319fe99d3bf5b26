/**
 * The `reference` matcher: README, model-card and notice statements that name a licence without its text
 * ("licensed under the Apache License, Version 2.0", a "## License" section, a licence badge, "dual-licensed
 * under the Unlicense and MIT"). Only statements count: a licence name in passing is not a grant.
 */
import { licenceEntries, spdxMeta } from '../corpus.js';
import { canonicalId } from '../licences.js';

/** Lower-cases and reduces a text to letters, digits, dots between digits and "+" (for name matching). */
export function loose(text: string): string {
  return ` ${text
    .toLowerCase()
    .replace(/licen[cs]/g, 'licens')
    .replace(/\bv\.?\s?(\d)/g, 'v $1') // "v2.0", "v. 2.0" -> "v 2.0"
    .replace(/[‐-―]/g, '-')
    .replace(/(\d)\.(\d)/g, '$1\u0000$2')
    .replace(/[^a-z0-9+\u0000]+/g, ' ')
    .replace(/\u0000/g, '.')
    .replace(/\s+/g, ' ')
    .trim()} `;
}

type NamePattern = { re: RegExp; id: string };

// GNU family in prose: "GNU General Public License version 2 or later", "GPLv3", "LGPL v2.1+",
// "GNU Affero General Public License v3.0". A bare version says nothing about "or later": ambiguous,
// so such a name alone gives no id (la-batata's "Licencia GPL v3.0").
const GNU =
  / (?:gnu )?(affero |lesser |library )?(?:general public license|(a|l)?gpl)(?: license)?(?: gpl)? ?(?:as published by the free software foundation )?(?:either )?(?:version |v ?)?(\d(?:\.\d)?)(\+)?(?: as published by the free software foundation)?( (?:of the license )?(?:or (?:at your option )?(?:any )?later(?: version)?|only))?/g;

// Hand-written names of common licences as READMEs write them (facts: the names projects use).
const COMMON: [RegExp, string][] = [
  [/ apache(?: software)?(?: license)?(?: version| v)? 2(?:\.0)? /, 'Apache-2.0'],
  [/ mit(?: license)? /, 'MIT'],
  [/ (?:bsd 3 clause|3 clause bsd|new bsd|modified bsd|revised bsd)(?: license)? /, 'BSD-3-Clause'],
  [/ (?:bsd 2 clause|2 clause bsd|simplified bsd|freebsd)(?: license)? /, 'BSD-2-Clause'],
  [/ isc(?: license)? /, 'ISC'],
  [/ (?:the )?unlicense /, 'Unlicense'],
  [/ (?:cc0|creative commons zero)(?: 1\.0)?(?: universal)? /, 'CC0-1.0'],
  [/ (?:cc by|creative commons attribution) 4\.0 /, 'CC-BY-4.0'],
  [/ (?:cc by sa|creative commons attribution sharealike) 4\.0 /, 'CC-BY-SA-4.0'],
  [/ (?:cc by nc|creative commons attribution noncommercial) 4\.0 /, 'CC-BY-NC-4.0'],
  [/ (?:cc by nc sa|creative commons attribution noncommercial sharealike) 4\.0 /, 'CC-BY-NC-SA-4.0'],
  [/ (?:cc by nc nd|creative commons attribution noncommercial noderivatives) 4\.0 /, 'CC-BY-NC-ND-4.0'],
  [/ (?:cc by nd|creative commons attribution noderivatives) 4\.0 /, 'CC-BY-ND-4.0'],
  [/ (?:mozilla public license|mpl)(?: version| v)? 2\.0 /, 'MPL-2.0'],
  [/ (?:eclipse public license|epl)(?: version| v)? 2\.0 /, 'EPL-2.0'],
  // Older source headers: "Version: MPL 1.1", "Eclipse Public License v1.0".
  [/ (?:mozilla public license|mpl)(?: version| v)? 1\.1 /, 'MPL-1.1'],
  [/ (?:mozilla public license|mpl)(?: version| v)? 1\.0 /, 'MPL-1.0'],
  [/ (?:eclipse public license|epl)(?: version| v)? 1\.0 /, 'EPL-1.0'],
  [/ boost software license /, 'BSL-1.0'],
  [/ zlib license /, 'Zlib'],
  [/ openmdw(?: license)?(?: 1\.0)? /, 'OpenMDW-1.0'],
];

// Licence pages and badges: apache.org/licenses/LICENSE-2.0, opensource.org/licenses/MIT,
// creativecommons.org/licenses/by-nc/4.0, img.shields.io/badge/License-Apache_2.0-blue.
const URLS: [RegExp, (m: RegExpExecArray) => string | null][] = [
  [/apache\.org\/licenses\/LICENSE-2\.0/i, () => 'Apache-2.0'],
  [
    /opensource\.org\/licen[cs]es?\/([A-Za-z0-9.-]+?)(?:\.php|\.html)?(?=[)\s"'>\]]|$)/i,
    (m) => canonicalId(m[1]!),
  ],
  [
    /creativecommons\.org\/licenses\/(by(?:-nc)?(?:-sa|-nd)?)\/(\d\.\d)/i,
    (m) => canonicalId(`CC-${m[1]!.toUpperCase()}-${m[2]}`),
  ],
  [/creativecommons\.org\/publicdomain\/zero\/1\.0/i, () => 'CC0-1.0'],
];
// A licence badge: img.shields.io/badge/License-Apache_2.0-blue.svg.
const BADGE = /shields\.io\/badge\/licen[cs]e-([A-Za-z0-9._%+]+?)-[a-z]+/i;
// A badge is a claim by the project but a terse one.
const BADGE_CONFIDENCE = 0.8;

function badgeId(name: string): string | null {
  const ids = namesIn(loose(name));
  return ids.length === 1 ? ids[0]! : canonicalId(name.replace(/ /g, '-'));
}

let patterns: NamePattern[] | undefined;
function namePatterns(): NamePattern[] {
  if (patterns) return patterns;
  const out: NamePattern[] = [];
  for (const e of licenceEntries()) {
    for (const n of e.names ?? []) {
      const l = loose(n).trim().replace(/\./g, '\\.').replace(/\+/g, '\\+');
      out.push({ re: new RegExp(` ${l} `), id: e.id });
    }
  }
  // Longest names first, so "EXAONE AI Model License Agreement 1.2 NC" wins over "EXAONE AI Model License".
  out.sort((a, b) => b.re.source.length - a.re.source.length);
  for (const [re, id] of COMMON) out.push({ re, id });
  patterns = out;
  return out;
}

let literalIds: Map<string, string> | undefined;
// SPDX ids written literally ("BSD-3-Clause License", "Apache-2.0"); only ids with a digit or a hyphen,
// since bare words ("JSON", "Ruby", "curl") are too often something else.
function spdxLiteral(token: string): string | null {
  if (!literalIds) {
    literalIds = new Map();
    for (const id of Object.keys(spdxMeta().data)) if (/[\d-]/.test(id)) literalIds.set(id.toLowerCase(), id);
  }
  const id = literalIds.get(token.toLowerCase().replace(/\.$/, ''));
  return id ? canonicalId(id) : null;
}

/** Licence ids named in a loose string, in order of appearance, without repeats. */
export function namesIn(l: string): string[] {
  const found: { at: number; id: string }[] = [];
  let rest = l;
  for (const p of namePatterns()) {
    const m = p.re.exec(rest);
    if (!m) continue;
    found.push({ at: m.index, id: p.id });
    rest = rest.slice(0, m.index) + ' '.repeat(m[0].length - 1) + rest.slice(m.index + m[0].length - 1);
  }
  for (const m of rest.matchAll(GNU)) {
    const kind = m[1]
      ? { 'affero ': 'AGPL', 'lesser ': 'LGPL', 'library ': 'LGPL' }[m[1]]
      : m[2]
        ? `${m[2].toUpperCase()}GPL`
        : 'GPL';
    let version = m[3]!;
    if (!version.includes('.')) version = kind === 'LGPL' && version === '2' ? '2.0' : `${version}.0`;
    const later = m[4] === '+' || /later/.test(m[5] ?? '');
    const only = /only/.test(m[5] ?? '') || / of the license /.test(m[5] ?? '');
    // "as published by the Free Software Foundation, version 3" names one version: -only. A bare
    // "GPL v3": only or later? Not ours to guess.
    // The kernel's "version 2 as published by the Free Software Foundation" names it after the version.
    const published = / as published by the free software foundation\b/.test(m[0]);
    if (!later && !only && !published) continue;
    const id = canonicalId(`${kind}-${version}-${later ? 'or-later' : 'only'}`);
    if (id) found.push({ at: m.index, id });
  }
  found.sort((a, b) => a.at - b.at);
  return [...new Set(found.map((f) => f.id))];
}

/** Licence ids written as SPDX ids or licence URLs/badges in raw text. */
function literalsIn(raw: string): string[] {
  const out: string[] = [];
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

// A statement grants a licence: "licensed under", "released under the terms of", "is governed by",
// "provided under and subject to" (DBRX), "available under". The name must follow within the sentence.
// The MPL 1.x header grants by "The contents of this file are subject to the Mozilla Public License".
const GRANT =
  /\b(?:(?:licen[cs]ed|licen[cs]es\s+(?:this|the)\s[^.]{0,30}?\bto\s+you|released|distributed|available|provided|offered|governed|published|covered|redistribute it|modify it|subject)\b[^.]{0,40}?\b(?:under|by|subject to|to the terms of)|(?:is|are) subject to)\b([\s\S]{0,300})/gi;
// The statement ends at the sentence end or a blank line: "... Version 2.0 (the "License");\nyou may".
// "v." and "Inc." do not end a sentence ("the Mozilla Public License, v. 2.0").
const SENTENCE_END = /(?<!\b(?:v|ver|vol|no|inc|ltd|co|corp))\.(?=\s|$)|\n\s*\n/i;

function sentence(tail: string): string {
  const end = SENTENCE_END.exec(tail);
  return end ? tail.slice(0, end.index) : tail;
}

// A "License" heading (Markdown, setext, reST) or a "**License:**" label.
const HEADING = /^(?:#{1,6}\s*|\*\*)?\s*licen[cs](?:e|es|ing)\b\s*(?:\*\*)?\s*:?\s*(?:\*\*)?\s*(.*)$/i;
// "1. SOURCE CODE - Apache License 2.0", "Model weights: CC-BY-NC-4.0": one licence per part of a release.
const PART_LINE =
  /^\s*(?:\d+\.\s*)?(?:the\s+)?(?:source code|code|model weights|weights|model checkpoints|checkpoints|datasets?|documentation)\s*(?:[-:–—]|is licensed under|are licensed under)\s*([^\n]+)$/gim;
const PARTS = /\bdifferent (?:components|terms|parts)\b|\bmodel weights\b|\bweights\b|\bcheckpoints\b/i;
// A part of a release named with its licence, no verb needed: "code under Apache-2.0, weights under
// CC-BY-NC-ND-4.0", "the model weights are released under ...". The licence ends at ",", ";", "." or "and".
const PART_GRANT =
  /\b(?:source code|code(?:base)?|model weights|weights|checkpoints|parameters|models?|datasets?|data|documentation|docs)\b(?:\s+(?:is|are))?(?:\s+(?:licensed|released|distributed|made available|available|provided|published|offered))?\s+under\s+((?:the\s+)?[^,;\n]{1,80}?)(?=\s*(?:,|;|\.(?:\s|$)|\band\b|\bwhile\b|\bwhereas\b|$))/gim;
const DUAL = /\b(?:dual[- ]licen[cs]ed|either|at your (?:option|choice)|choose)\b/i;
// The GNU notice's "either version 2 of the License, or (at your option) any later version" chooses a
// version of one licence, not between licences: read as a choice, the GPL notice in a file that also
// holds MIT made it "MIT OR GPL-2.0-or-later" (approvable through either branch) instead of AND.
const LATER_VERSION_CLAUSE =
  /\b(?:either\s+)?version\s+\d(?:\.\d)?(?:\s+of\s+the\s+licen[cs]e)?\s*(?:,\s*)?(?:as\s+published\s+by\s+the\s+free\s+software\s+foundation\s*(?:,\s*)?)?or\s+(?:\(\s*)?at\s+your\s+option\s*(?:\)\s*)?(?:,\s*)?any\s+later\s+version\b/gi;

// The ASF notice's warranty disclaimer, "WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express
// or implied", chooses nothing either (a Debian copyright file holding it and a BSD text: "... OR Apache-2.0").
const EXPRESS_OR_IMPLIED = /\beither\s+express\s+or\s+implied\b/gi;

/**
 * The text without the phrases whose "either" or "at your option" choose no licence (the GNU notices'
 * later version, the ASF disclaimer), for asking whether it offers a choice between licences.
 */
export function withoutLaterVersionClause(text: string): string {
  return text.replace(LATER_VERSION_CLAUSE, ' ').replace(EXPRESS_OR_IMPLIED, ' ');
}
// A choice between licences; "dual-licensed" alone may mean one licence per part (GR00T: code and weights).
const CHOICE = /\b(?:either|at your (?:option|choice)|choose)\b/i;

/** True when a "weights: …" style part line names a licence that no known name matches. */
function unnamedPart(text: string): boolean {
  for (const m of text.matchAll(PART_LINE)) {
    const tail = m[1]!.trim();
    // "Code: see below", "Weights: (link)" name nothing: only a tail that looks like a licence name counts.
    if (!/\blicen[cs]e\b/i.test(tail) && !/[A-Z]{2,}|-\d|\d\.\d/.test(tail)) continue;
    if (namesIn(loose(tail)).length === 0 && literalsIn(tail).length === 0) return true;
  }
  return false;
}

/** Statements in a text, each with the ids it names. */
export function statements(text: string): string[][] {
  const out: string[][] = [];
  const whole: string[][] = [];
  for (const m of text.matchAll(GRANT)) {
    const body = sentence(m[1]!);
    const ids = [...new Set([...namesIn(loose(body)), ...literalsIn(body)])];
    if (ids.length === 0) continue;
    out.push(ids);
    // "mpv as a whole is licensed under ..." outranks the conditional statements that follow it.
    if (/\bas a whole\b/i.test(text.slice(Math.max(0, m.index - 60), m.index))) whole.push(ids);
  }
  if (whole.length > 0) return whole;
  for (const m of text.matchAll(PART_GRANT)) {
    const ids = [...new Set([...namesIn(loose(m[1]!)), ...literalsIn(m[1]!)])];
    if (ids.length === 1) out.push(ids);
  }
  for (const m of text.matchAll(PART_LINE)) {
    const ids = [...new Set([...namesIn(loose(m[1]!)), ...literalsIn(m[1]!)])];
    if (ids.length === 1) out.push(ids);
  }
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const h = HEADING.exec(lines[i]!);
    if (!h) continue;
    // The section body: the heading's own tail plus the next lines up to the next heading (~600 chars).
    // A line that is itself a licence heading ends it too (it is read as its own section), so the
    // sections do not overlap and the names searched stay linear in the text's length.
    let body = h[1] ?? '';
    for (let j = i + 1; j < lines.length && body.length < 600; j++) {
      if (/^\s*#{1,6}\s/.test(lines[j]!) || HEADING.test(lines[j]!)) break;
      body += `\n${lines[j]}`;
    }
    const first = body.split(/\n\s*\n/).find((p) => p.trim() !== '' && !/^[=\-~^]+$/.test(p.trim())) ?? '';
    const ids = [...new Set([...namesIn(loose(first)), ...literalsIn(first)])];
    if (ids.length > 0) out.push(ids);
  }
  return out;
}

/** What the reference matcher found: an expression, or nothing. */
export interface ReferenceResult {
  licence: string;
  confidence: number;
}

// Statements name the licence rather than quote it, so they never reach the certainty of a text match.
const STATEMENT_CONFIDENCE = 0.9;
const TITLE_CONFIDENCE = 0.85;

/** Finds the licence a README, model card or notice states; null when none or when statements disagree. */
export function referenceMatch(text: string): ReferenceResult | null {
  // A part of the release given a licence no name of ours matches ("Weights: OpenRAIL-M v9") is a
  // licence not established: answering with the other parts alone would drop it.
  if (unnamedPart(text)) return null;
  const found = statements(text);
  const b = BADGE.exec(text);
  const badge = b ? badgeId(decodeURIComponent(b[1]!.replace(/_/g, ' ').replace(/--/g, '-'))) : null;
  if (found.length === 0 && badge) return { licence: badge, confidence: BADGE_CONFIDENCE };
  if (found.length === 0) {
    // A short page titled by a licence ("BSD-3-Clause License" over an include directive).
    const title = text.split('\n').find((l) => l.trim() !== '') ?? '';
    if (text.length < 400 && /licen[cs]e\s*$/i.test(title.trim())) {
      const ids = [...new Set([...namesIn(loose(title)), ...literalsIn(title)])];
      if (ids.length === 1) return { licence: ids[0]!, confidence: TITLE_CONFIDENCE };
    }
    return null;
  }
  const all = [...new Set(found.flat())];
  if (all.length === 1) return { licence: all[0]!, confidence: STATEMENT_CONFIDENCE };
  // Code under one licence, weights under another: every part's licence applies (AND). A choice
  // ("either ... or", "at your option") between the licences named: OR.
  const oneEach = found.every((ids) => ids.length === 1);
  const choosing = withoutLaterVersionClause(text);
  if (PARTS.test(text) && (oneEach || !CHOICE.test(choosing)))
    return { licence: all.join(' AND '), confidence: STATEMENT_CONFIDENCE };
  const distinct = [...new Set(found.map((ids) => ids.join('\u0000')))];
  if (distinct.length !== 1) {
    // Several statements naming different licences: only a single-licence consensus is safe.
    const singles = new Set(found.filter((ids) => ids.length === 1).map((ids) => ids[0]!));
    if (singles.size !== 1 || found.some((ids) => ids.length > 1)) return null;
    return { licence: [...singles][0]!, confidence: STATEMENT_CONFIDENCE };
  }
  return DUAL.test(choosing) ? { licence: all.join(' OR '), confidence: STATEMENT_CONFIDENCE } : null;
}
