/**
 * What may surround a licence text without changing it. An explicit, small model: copyright and
 * authorship lines, a title, URLs and file names, a pointer naming the same licence ("This project is
 * licensed under the MIT licence:", "See LICENSE for details"), a note that other parts have their own
 * licences, and lines of code or markup around a licence embedded in a source file. Everything else is
 * substance: a sentence before, between or after the licence text, whatever its words, makes the text
 * a modified licence (identify.ts), quoted for a reviewer.
 */

import { titlesOf } from './corpus.js';
import { loose, namesIn } from './matchers/reference.js';
import { isSubstantiveWord } from './matchers/substance-words.js';
import { wordsOf } from './normalise.js';

/** How the text around the licence text(s) of a file reads. */
export interface Surroundings {
  /** Sentences of substance, quoted as written (after markup removal). */
  substance: string[];
  /** Sentences that name another licence in a grant or for a part ("weights under CC-BY-NC-4.0"). */
  statements: string[];
  /** Lines of code or markup (a licence in a source header, a man page). */
  codeLines: number;
}

// Unexplained words tolerated in total (a stray project name, "END"), none of them a negation,
// modal verb or restrictive word.
const TOLERANCE = 3;

// Words a title line may hold besides the licence's own name: "The MIT License (MIT)", "Full licence
// text", "LICENSE", "Version 2.0", "Terms and conditions".
const TITLE_WORDS = new Set(
  'the a an license licenses licensing agreement terms and of conditions version v text full copy software project notice legal for this is document standard open source public distributed with included in to by files file code'.split(
    ' ',
  ),
);
// A product name before a licence may run to a few words ("Actions Http Client for Node.js", the
// @actions/http-client LICENSE's first line).
const MAX_TITLE_OTHER_WORDS = 6;
// Words that scope who may use the work or for what: never part of an honest title. "MIT License
// for Academic Research Purposes" holds no grammar word, yet it narrows the grant.
const SCOPING_WORDS = new Set(
  'research academic evaluation personal internal educational education commercial noncommercial purpose purposes trial demonstration demo scientific study testing evaluative nonprofit'.split(
    ' ',
  ),
);

// Stray words are tolerated unless they scope the grant, however they are glued or hyphenated: MIT
// followed by a line "non-commercial", "NONCOMMERCIAL" or "ResearchOnly" (one or two words, no grammar
// word) answered MIT, approved.
const SCOPING_STEM =
  /commercial|research|academic|evaluat|personal|internal|educat|non-?profit|only|solely|exclusiv|prohibit|forbid|restrict|militar|scientific|demonstrat|trial|testing/i;
// One "word" longer than any word of a language is not a stray name: it is text glued together.
const LONG_TOKEN = /[^\s]{41,}/;

// Pointers: "X is licensed under the MIT License:", "Licensed under the Apache License, Version 2.0",
// "The following license applies to all parts of this software except as documented below", "See
// LICENSE for details", "The full text of the licence follows", "SPDX-License-Identifier: MIT".
const POINTERS: RegExp[] = [
  /^(?:(?:[\w.'-]+ ){0,8}(?:is|are) )?(?:dual |multi |triple )?(?:licensed|released|distributed|made available|available|provided|published|offered|covered) (?:to you )?(?:under|by) (?:the )?(?:terms (?:and conditions )?of (?:the )?)?/,
  /^(?:the )?following licenses? (?:text )?(?:applies|apply|is|governs?)\b/,
  /^(?:for (?:[\w-]+ ){1,4})?(?:please )?(?:see|refer to|read|check) (?:the )?(?:[\w./-]+ ){0,6}/,
  /^(?:the )?(?:full |complete )?(?:text|terms) of (?:the |this )?(?:[\w.-]+ ){0,6}(?:licenses? )?(?:is|are|follows?|below|reproduced)/,
  /^(?:a )?copy of (?:the |this )?(?:[\w.-]+ ){0,6}licenses? (?:is|can be|may be) (?:found|obtained|included)/,
  /^spdx license identifier /,
  /^(?:[\w.'-]+ ){0,8}(?:licen[cs]e )?(?:terms|text|conditions)(?: and conditions)? (?:can be|are|is|may be) (?:found|included|available|provided) (?:in|at|below|above)\b/,
  /^you (?:may|can) (?:use|choose|redistribute|distribute) (?:[\w.'-]+ ){0,6}under (?:the terms of )?(?:either|any|one) of (?:the following|these|two|the two)\b/,
  /^(?:[\w.'-]+ ){0,8}(?:is|are) (?:dual |multi )?licensed under (?:the terms of )?(?:either|both|each of|any of|one of)\b/,
];
// The limit a pointer may add ("except as documented below"): it points, it does not restrict.
const POINTER_TAIL =
  / ?(?:except as (?:documented|noted|stated|described|otherwise noted) (?:below|above|herein))?$/;

// Authorship and origin: "Minizlib was created by Isaac Z. Schlueter", "It is a derivative work of
// the Node.js project", "Based on Underscore.js, copyright Jeremy Ashkenas", "This software consists
// of voluntary contributions made by many individuals".
const ATTRIBUTION =
  /\b(?:created|written|developed|authored|maintained|originally (?:written|developed)|contributed) by\b|\bderivative work of\b|\b(?:a )?(?:fork|port) of\b|\bbased on\b|\bderived from\b|\bvoluntary contributions\b|\bcontribution history\b|\bcopyright\b|\(c\)|©/i;

// Other material under its own terms (it says nothing about the terms of this one): "Files located in
// the node_modules and vendor directories are externally maintained libraries used by this software
// which have their own licenses", "sample code ... waived via CC0".
const OTHER_MATERIAL =
  /\b(?:their|its) own licen[cs]es?\b|\btheir respective\s+(?:licen[cs]es?|terms)\b|\bexternally maintained\b|\bseparate licen[cs]e terms\b|\bwaived via cc0\b|\bthis product (?:also )?includes? (?:the following )?software\b|\bis (?:a )?registered trademark of\b/i;

// The FSF's standard notice ("How to Apply These Terms"), as a project writes it above the GNU text it
// applies: "Widget is free software: you can redistribute it and/or modify it under the terms of the GNU
// General Public License as published by the Free Software Foundation, either version 3 of the License,
// or (at your option) any later version." It says which version applies (combine.ts reads "or later"
// from it) and adds no term; each sentence must be the notice's own, whole (in loose() form), so a
// clause added to it ("... for non-commercial purposes only") is still substance.
const GNU_NAME = 'the gnu (?:affero |lesser |library )?general public license';
const GNU_NOTICE: RegExp[] = [
  new RegExp(
    `^(?:(?:[\\w.'+-]+ ){1,6}(?:is|are) free software )?(?:you can )?redistribute (?:it|them) and or modify (?:it|them) under the terms of ${GNU_NAME} (?:version \\d(?:\\.\\d)? )?(?:as published by the free software foundation )?(?:either )?(?:version \\d(?:\\.\\d)? )?(?:of the license )?(?:or at your option any later version )?$`,
  ),
  /^(?:[\w.'+-]+ ){1,6}(?:is|are) free software $/,
  /^(?:[\w.'+-]+ ){1,6}(?:is|are) distributed in the hope that (?:it|they) will be useful but without any warranty without even the implied warranty of merchantability or fitness for a particular purpose /,
  new RegExp(`^see ${GNU_NAME} for more details $`),
  new RegExp(
    `^you should have received a copy of ${GNU_NAME} along with (?:[\\w.'+-]+ ){1,3}(?:if not see |if not write to the free software foundation [\\w ]*)?$`,
  ),
];

// The ASF's standard notice (Apache-2.0's appendix), as a project writes it above or below the text:
// "Licensed under the Apache License, Version 2.0 (the "License"); you may not use this file except in
// compliance with the License. You may obtain a copy of the License at <url>. Unless required by ...
// either express or implied. See the License for the specific language governing permissions and
// limitations under the License." Whole sentences in loose() form, as for the GNU notice.
const ASF_NOTICE: RegExp[] = [
  /^licensed under the apache license version 2\.0 the license you may not use this file except in compliance with the license $/,
  /^you may obtain a copy of the license at $/,
  /^unless required by applicable law or agreed to in writing software distributed under the license is distributed on an as is basis without warranties or conditions of any kind either express or implied $/,
  /^see the license for the specific language governing permissions and limitations under the license $/,
];
// The FSF's postal address on a GNU text moved (675 Mass Ave, 59 Temple Place, 51 Franklin Street): a
// copy printing another one than the reference is the same licence.
const FSF_ADDRESS =
  /^(?:(?:free software foundation|inc)\s+)*\d+ (?:franklin st(?:reet)?|temple place|mass ave) (?:fifth floor |suite 330 )?(?:boston|cambridge) ma \d{5}(?: \d{4})? usa $/;

const THIRD_PARTY_SECTION = /\bthis product (?:also )?includes? (?:the following )?software\b/i;
const RESTRICTIVE = /\b(?:not|no|only|solely|exclusively|except|unless|never|non-?commercial)\b/i;

// A grant or a part line naming a licence: joins the expression (combine.ts), never substance.
const GRANT_LIKE =
  /\b(?:licen[cs]ed|released|distributed|available|provided|governed|covered|waived|redistribute it|modify it|subject)\b[^.]{0,60}\b(?:under|by|via|to the terms of)\b|^\s*(?:the )?(?:source code|code|model weights|weights|model|checkpoints|datasets?|data|documentation)\b[^.]{0,30}\b(?:under|:|-)\s/i;

// Code and markup: a licence quoted in a source file or a man page keeps company with these.
const CODE_LINE =
  /[{}]\s*$|\w\([^)]*\)\s*;\s*$|^\s*(?:#include|#define|import |from \S+ import|package |using |def |class |function |const |let |var |return\b|public |private |static )|^\s*[A-Za-z_$][\w$.]*\s*(?:\(|=[^=])/;
// roff (a man page): a request line (".SH COPYRIGHT", ".B widget") or a line with font escapes
// ("[\fB-v\fR] \fIINPUT\fR"). Markup only while its words hold no negation or modal verb: a request
// or a bold escape can carry a sentence (".B Not for commercial use."), which is then prose.
const ROFF =
  /^\s*\.(?:TH|SH|SS|PP|LP|P|TP|IP|HP|RS|RE|B|I|BR|BI|IB|IR|RB|RI|SM|br|sp|nf|fi|in|ti)\b|\\f[BIRP]/;
const ROFF_MARKUP = /^\s*\.[A-Za-z]+|\\f[BIRP]|\\-/g;
// A holder line continued or signed: "1995-2024 Jean-loup Gailly and Mark Adler", "Jean-loup Gailly
// Mark Adler jloup@gzip.org": years and capitalised names, nothing else. Each name reads one way only
// (an optional parenthesis, a capital, letters): with two ways to read "WIDGET" ([A-Z][\p{L}]* or
// [A-Z]+), a line of 32 capitalised words that failed at its end backtracked 2^32 times.
const HOLDER =
  /^\s*(?:\d{4}(?:\s*[-–,]\s*\d{4})*,?\s+)?(?:\(?[A-Z][\p{L}.'’-]*\)?(?:\s*,\s*|\s+(?:and|&)\s+|\s+|$))+$/u;
// An address starts where its token does (the lookbehind): from every word boundary inside a long
// token ("1.1x1.1x..."), `[\w.+-]+@` rescanned the rest of the token, quadratic in its length.
const URL = /\b(?:https?|ftp):\/\/\S+|\bwww\.\S+|<[^>\s]+>|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+\b/gi;
const FILE_NAME =
  /(?:^|\s)(?:\.{0,2}\/)?[\w./-]*\b(?:licen[cs]e|copying|notice|readme)[\w.-]*(?=\s|$|[.,;:)])/gi;

/**
 * Judges the text outside the licence text(s) of a file: `lines` are the cleaned lines no licence text
 * covers, `ids` the licences found. Returns the substance (sentences outside the model above), the
 * statements naming other licences, and how many lines are code.
 */
export function judgeSurroundings(lines: string[], ids: string[]): Surroundings {
  const named = new Set(ids.map((id) => id.replace(/-(?:only|or-later)$/, '').toLowerCase()));
  const nameWords = new Set(ids.flatMap((id) => wordsOf(id.replace(/-/g, ' '))));
  const titles = ids.flatMap(titlesOf).map((t) => ` ${t} `);
  const substance: string[] = [];
  const statements: string[] = [];
  let codeLines = 0;
  let thirdParty = false;
  let looseWords = 0;
  let grammar = false;
  const prose: string[] = [];
  const flush = () => {
    const paragraph = prose.join(' ').replace(/\s+/g, ' ').trim();
    prose.length = 0;
    if (paragraph === '') return;
    // A paragraph about other material ("sample code ... waived via CC0. Sample code is defined as
    // ...") is a scope note as a whole, unless it negates or restricts.
    if (OTHER_MATERIAL.test(paragraph) && !RESTRICTIVE.test(paragraph)) {
      // "This product also includes the following software:" opens a section about other software:
      // what follows it (its names, URLs, licences, changes made to it) is about that software.
      thirdParty ||= THIRD_PARTY_SECTION.test(paragraph);
      return;
    }
    if (thirdParty && !RESTRICTIVE.test(paragraph)) return;
    for (const s of sentences(paragraph)) {
      const kind = classify(s, named, nameWords, titles);
      if (kind === 'explained') continue;
      if (kind === 'statement') {
        statements.push(s);
        continue;
      }
      const words = wordsOf(s);
      looseWords += words.length;
      grammar ||= words.some(isSubstantiveWord);
      substance.push(s);
    }
  };
  for (const line of lines) {
    if (line.trim() === '') {
      flush();
      continue;
    }
    const bare = line.replace(URL, ' ').trim();
    // A holder line names who holds the copyright; "NOT FOR COMMERCIAL USE" is capitalised words too.
    if (bare === '' || (HOLDER.test(bare) && wordsOf(bare).length <= 10 && !scopes(bare))) {
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
  return { substance: tolerated ? [] : substance, statements, codeLines };
}

/** Text that may narrow a grant: a negation or modal verb, a scoping stem, a glued-together token. */
function scopes(text: string): boolean {
  return wordsOf(text).some(isSubstantiveWord) || SCOPING_STEM.test(text) || LONG_TOKEN.test(text);
}

/** A roff request or escaped line whose words say nothing of substance (see ROFF). */
function isRoffMarkup(line: string): boolean {
  return ROFF.test(line) && !wordsOf(line.replace(ROFF_MARKUP, ' ')).some(isSubstantiveWord);
}

/** Splits a paragraph into sentences (at ". ", ": ", "! ", "? "), keeping the punctuation. */
function sentences(paragraph: string): string[] {
  return paragraph
    .split(/(?<=[.:!?])\s+(?=\S)/)
    .map((s) => s.trim())
    .filter((s) => /[\p{L}\p{N}]/u.test(s));
}

type Kind = 'explained' | 'statement' | 'substance';

function classify(sentence: string, named: Set<string>, nameWords: Set<string>, titles: string[]): Kind {
  const bare = sentence.replace(URL, ' ').replace(FILE_NAME, ' ');
  const words = wordsOf(bare);
  // The found licence's own title, or a line of it, repeated ("No Copyright" over CC-PDM-1.0).
  const said = ` ${wordsOf(sentence).join(' ')} `;
  if (said.trim() !== '' && titles.some((t) => t.includes(said))) return 'explained';
  if (words.length <= 1 && !scopes(bare)) return 'explained';
  const hasGrammar = words.some(isSubstantiveWord);
  const ids = namesIn(loose(sentence));
  const others = ids.filter((id) => !named.has(id.replace(/-(?:only|or-later)$/, '').toLowerCase()));
  if (others.length > 0 && GRANT_LIKE.test(sentence)) return 'statement';
  if (!hasGrammar && isTitle(sentence, words, nameWords)) return 'explained';
  const l = loose(sentence).trim();
  if (others.length === 0 && POINTERS.some((re) => re.test(l)) && pointerIsBare(l, words, nameWords))
    return 'explained';
  if (!hasGrammar && ATTRIBUTION.test(sentence)) return 'explained';
  if (isStandardNotice(sentence.replace(URL, ' '), ids, named)) return 'explained';
  return 'substance';
}

/**
 * A sentence of the standard notice of the licence found beside it (the FSF's for a GNU licence, with
 * the FSF's address; the ASF's for Apache-2.0), naming no other licence.
 */
function isStandardNotice(text: string, ids: string[], named: Set<string>): boolean {
  if (ids.some((id) => !named.has(id.replace(/-(?:only|or-later)$/, '').toLowerCase()))) return false;
  const l = loose(text).trimStart();
  const gnu = [...named].some((id) => /^(?:(?:a|l)?gpl|gfdl)-/.test(id));
  if (gnu && (GNU_NOTICE.some((re) => re.test(l)) || FSF_ADDRESS.test(l))) return true;
  return named.has('apache-2.0') && ASF_NOTICE.some((re) => re.test(l));
}

/** A title: no sentence end, short, its words the licence's name and title words plus a project name. */
function isTitle(sentence: string, words: string[], nameWords: Set<string>): boolean {
  if (/;\s*$/.test(sentence) || words.length > 14) return false;
  const other = words.filter((w) => !TITLE_WORDS.has(w) && !nameWords.has(w) && !/^\d+(?:\.\d+)*$/.test(w));
  return (
    other.length <= MAX_TITLE_OTHER_WORDS &&
    !other.some((w) => SCOPING_WORDS.has(w) || SCOPING_STEM.test(w) || LONG_TOKEN.test(w))
  );
}

/**
 * A pointer says where the licence is and which it is, nothing more: besides its pointer words and
 * the licence's name it holds a subject of a few words ("This project", "The Foo library").
 */
function pointerIsBare(l: string, words: string[], nameWords: Set<string>): boolean {
  const stripped = l.replace(POINTER_TAIL, '');
  const grammar = words.filter(isSubstantiveWord);
  // "you may not use this file except in compliance with the License" belongs to the ASF notice,
  // which is itself a reference text; a pointer sentence needs no modal or negation.
  // A choice pointer ("You may use this software under EITHER of the following licenses") grants a
  // choice among the licences below, which is what the expression says already.
  const choice = /\b(?:either|any|one) of (?:the following|these|two|the two)\b/.test(l);
  const where = /\b(?:can|may) be (?:found|obtained|read|viewed|seen)\b/.test(l);
  const allowed = (w: string) =>
    (w === 'except' && stripped !== l) || ((choice || where) && (w === 'may' || w === 'can'));
  if (!grammar.every(allowed)) return false;
  const content = words.filter((w) => !TITLE_WORDS.has(w) && !nameWords.has(w));
  return content.length <= 16;
}
