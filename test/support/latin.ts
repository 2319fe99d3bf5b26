/**
 * Latin-script fragments left in text that should be wholly Korean: what the i18n completeness test
 * asserts is empty and what bench/i18n-latin.ts counts in the example's Korean outputs. A fragment
 * is a run of Latin words (two letters or more) on one line with no Hangul between them:
 * "no weight files: this repository does not count as a release" is one fragment.
 *
 * Allowed (not prose, so not counted), in this order:
 * - exact data strings the caller passes (team names, programme and policy titles, licence names,
 *   the programme's own exclusion reasons): these are names and quotes, not our sentences;
 * - quoted text ("…", “…”, 「…」) and `code`: a licence's own words, identifiers;
 * - URLs and host names; any token holding a digit, `/`, `.`, `_`, `@`, `:` or `=` inside, or
 *   starting with `-` (ids, versions, file names, paths, FINDING_CODES, flags);
 * - ALL-CAPS words (LICENSE, MIT, EXAONE, NC), SPDX licence ids and `LicenseRef-` ids, and the
 *   product names of registries (Hugging Face, GitHub, git, SPDX).
 */
import { spdxLicenceIds } from '../../src/spdx/ids.js';

const SPDX = new Set(spdxLicenceIds.map((id) => id.toLowerCase()));
const PRODUCTS =
  /\b(?:Hugging Face Hub|Hugging Face|GitHub Enterprise|GitHub|openquota|git|SPDX|Markdown|JavaScript|CycloneDX|SARIF|JSON|CSV|HTML)\b/g;
const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function allowedToken(token: string): boolean {
  // Punctuation around a token is not part of it: `(MIT`, `CC-BY-NC*)`, `LICENSE:`.
  const bare = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  if (!/[A-Za-z]/.test(bare)) return true;
  // A flag (`--output`, `-f`), even in brackets.
  if (/^[^\p{L}\p{N}-]*--?[A-Za-z]/u.test(token)) return true;
  if (/^-/.test(bare) || /[0-9/._@:=]/.test(bare)) return true;
  if (/^[A-Z][A-Z0-9-]+$/.test(bare)) return true;
  if (/^LicenseRef-/i.test(bare) || SPDX.has(bare.toLowerCase())) return true;
  return false;
}

/** The Latin-script fragments of `text` (see the module comment), each as it appears. */
export function latinFragments(text: string, allowed: Iterable<string> = []): string[] {
  let rest = text;
  // Longest first, so a licence name is removed before a team name inside it.
  // Whole names only: `hyperclovax` (a Hub licence name) is not removed from an id containing it.
  for (const name of [...new Set(allowed)].filter((n) => n.trim()).sort((a, b) => b.length - a.length))
    rest = rest.replace(new RegExp(`(?<![\\w/.-])${escapeRegExp(name)}(?![\\w/.-])`, 'g'), ' ');
  rest = rest
    .replace(/"[^"\n]*"|“[^”\n]*”|「[^」\n]*」|`[^`\n]*`/g, ' ')
    .replace(/\bhttps?:\/\/\S+/g, ' ')
    .replace(PRODUCTS, ' ');
  const out: string[] = [];
  for (const line of rest.split('\n')) {
    let run: string[] = [];
    const flush = () => {
      if (run.length) out.push(run.join(' '));
      run = [];
    };
    for (const token of line.split(/[\s|]+/)) {
      if (HANGUL.test(token)) {
        // `exact로`: the Latin part of a mixed token is a fragment of its own, unless allowed.
        flush();
        const latin = token.split(HANGUL).filter(Boolean);
        for (const part of latin) if (!allowedToken(part)) run.push(...(part.match(/[A-Za-z]{2,}/g) ?? []));
        flush();
        continue;
      }
      if (allowedToken(token)) continue;
      const words = token.match(/[A-Za-z]{2,}/g);
      if (words) run.push(...words);
    }
    flush();
  }
  return out;
}
