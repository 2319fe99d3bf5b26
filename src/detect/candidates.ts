/**
 * Which files of a repository to read for its licence: LICENSE-like files first, then the README or
 * model card. Used on a Hub sibling list and on a local directory listing alike.
 */

/** A file worth reading, why, and how likely it holds the licence (higher first). */
export interface LicenceCandidate {
  path: string;
  role: 'licence' | 'readme';
  score: number;
}

// Scores by file name (the base name, case-insensitive). A plain LICENSE beats variants; a file naming
// the model or weights (LICENSE_MODEL, LICENSE-MODEL, MODEL_LICENSE, LICENSE_weights) is as good as
// LICENSE for a model release; LICENSE-MIT style files are one licence of several.
const LICENCE_NAMES: [RegExp, number][] = [
  [/^(?:licen[cs]e|copying|unlicen[cs]e)$/, 1],
  [/^(?:licen[cs]e|copying|unlicen[cs]e)\.(?:md|markdown|txt|rst|html?)$/, 0.95],
  [/^(?:licen[cs]e|model)[-_. ]?(?:model|weights|licen[cs]e)(?:\.(?:md|txt))?$/, 0.93],
  [/^copying\.(?:lesser|lib|lgpl|gpl)$/, 0.9],
  [/^(?:licen[cs]e|copying)[-_.][\w.+-]+$/, 0.8],
  [/^[\w.+-]+[-_.](?:licen[cs]e|copying)(?:\.(?:md|txt))?$/, 0.7],
  [/^(?:licen[cs]e|licen[cs]ing|terms)[\w .+-]*$/, 0.6],
  [/\blicen[cs]e agreement\b/, 0.75], // "Tongyi Qianwen LICENSE AGREEMENT"
];
const README = /^(?:readme|model[-_]?card)(?:\.(?:md|markdown|txt|rst))?$/;
// Read for their notices but never as the licence: they quote other projects' licences.
const NEVER =
  /^(?:notice|notices|third[-_]party[\w.-]*|acknowledg(?:e)?ments?|use[-_]policy|acceptable[-_]use[-_]policy|contributing|authors|changelog|code[-_]of[-_]conduct)(?:\.\w+)?$/;
// Source files and data are never licence texts even when named like one (license.py, LICENSE.json).
const NOT_TEXT = /\.(?:py|js|ts|json|ya?ml|toml|go|rs|c|h|java|rb|sh|safetensors|bin|png|jpe?g|svg)$/;

/** Picks and ranks the files to read for a licence; paths are repository-relative with `/`. */
export function pickLicenceFiles(paths: string[]): LicenceCandidate[] {
  const out: LicenceCandidate[] = [];
  for (const path of paths) {
    const parts = path.split('/');
    const base = parts[parts.length - 1]!.toLowerCase();
    const depth = parts.length - 1;
    if (NEVER.test(base) || NOT_TEXT.test(base)) continue;
    // REUSE layout: every file under LICENSES/ is a licence text.
    const inLicences = depth >= 1 && parts[parts.length - 2]!.toLowerCase() === 'licenses';
    let score = inLicences ? 0.85 : 0;
    for (const [re, s] of LICENCE_NAMES) if (re.test(base)) score = Math.max(score, s);
    // Files deeper in the tree are less likely to be the release's own licence.
    const penalty = Math.min(0.3, (inLicences ? depth - 1 : depth) * 0.15);
    if (score > 0) out.push({ path, role: 'licence', score: round(score - penalty) });
    else if (README.test(base) && depth <= 1) out.push({ path, role: 'readme', score: round(0.5 - penalty) });
  }
  return out.sort(
    (a, b) => b.score - a.score || a.path.length - b.path.length || a.path.localeCompare(b.path),
  );
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
