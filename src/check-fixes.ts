/**
 * How a team fixes each finding of `openquota check`: one text per finding code, made specific
 * with the finding's args and the evidence (which file, which value, which licence). Codes without
 * a specific text fall back to the general help of FINDING_HELP.
 */
import type { ResolvedLicence } from './detect/resolve.js';
import { FINDING_HELP } from './policy/findings.js';
import type { Evidence, Finding, FindingCode } from './types.js';

/** What a fix text may draw on besides the finding itself. */
export interface FixContext {
  evidence: Evidence;
  resolved: ResolvedLicence;
  policyId: string;
}

type Fix = (finding: Finding, ctx: FixContext) => string;

const ORIGIN_LABELS: Record<string, string> = {
  'readme-front-matter': 'README.md front matter',
  'hub-card': 'the model card metadata',
  'hub-tag': 'the Hub `license:` tag',
  'github-api': 'GitHub’s licence API',
  'spdx-tag': 'an SPDX-License-Identifier tag',
};

const arg = (f: Finding, key: string) => String(f.args?.[key] ?? '');

/** The text files whose identification made up `detected`, e.g. `LICENSE`. */
function detectedFiles(ctx: FixContext): string {
  const files = ctx.resolved.detections
    .filter((d) => d.licence && ctx.evidence.texts.find((t) => t.path === d.file)?.role === 'licence')
    .map((d) => d.file);
  return files.length > 0 ? files.join(' and ') : 'the licence text';
}

const FIXES: Partial<Record<FindingCode, Fix>> = {
  LICENCE_MISMATCH: (f, ctx) => {
    const origin = ctx.resolved.declaredOrigin ?? '';
    const raw =
      ctx.evidence.facts.declaredLicences.find((d) => d.origin === origin)?.value ?? arg(f, 'declared');
    const where = ORIGIN_LABELS[origin] ?? 'the metadata';
    return `${where} says \`license: ${raw}\` but ${detectedFiles(ctx)} is ${arg(f, 'detected')} — make them name the same licence`;
  },
  NO_WEIGHTS: () =>
    'no weight files: this repository would not count as a release — add the weights (e.g. model.safetensors, with Git LFS), or declare the repository in `models:` if it is the release',
  NOT_PUBLIC: (f) =>
    `the release is ${arg(f, 'availability') || 'not public'} — make it public (no manual gating) so it can be reached without credentials`,
  LICENCE_NOT_APPROVED: (f, ctx) =>
    `${arg(f, 'licence')} is not an approved open licence under ${ctx.policyId} — release the weights under an approved licence (e.g. Apache-2.0, MIT, CC-BY-4.0)`,
  LICENCE_NON_COMMERCIAL: (f) =>
    `${arg(f, 'licence')} forbids commercial use — an open licence must allow it; choose one such as Apache-2.0 or MIT`,
  LICENCE_RESTRICTED_USE: (f) =>
    `${arg(f, 'licence')} restricts how the model may be used — an open licence has no field-of-use limits; choose one such as Apache-2.0 or MIT`,
  LICENCE_DENIED: (f, ctx) =>
    `${arg(f, 'licence')} is denied by ${ctx.policyId} — replace it with an approved open licence`,
  LICENCE_MISSING: () =>
    'no licence found — add a LICENSE file with the full licence text and name it in README.md front matter (e.g. `license: apache-2.0`)',
  LICENCE_UNREADABLE: (f, ctx) => {
    const file = arg(f, 'file');
    const error = ctx.evidence.texts.find((t) => t.path === file)?.error ?? '';
    return error.startsWith('refused')
      ? `${file} could not be read (${error}) — make ${file} a regular file inside the repository holding the licence text`
      : `${file} could not be read (${error || 'unknown error'}) — make it readable, or re-run with a token that can read it`;
  },
  LICENCE_UNIDENTIFIED: (f, ctx) => {
    const closest = ctx.resolved.detections.find((d) => d.file === arg(f, 'file'))?.closest;
    return `${arg(f, 'file')} matches no known licence${closest ? ` (closest: ${closest.licence})` : ''} — use the licence's standard text unmodified, or ask the ministry to review a custom licence`;
  },
  AVAILABILITY_NOT_CHECKED: () =>
    'nothing to fix here: publish the release without gating (or with click-through gating, where the policy allows it), then run openquota check org/name on it to check availability',
  LICENCE_MODIFIED: (f) =>
    `${arg(f, 'file') || 'the licence text'} is ${arg(f, 'base')} with ${arg(f, 'how') === 'renamed' ? 'its names changed' : 'terms added or changed'}${arg(f, 'extra') ? ` ("${arg(f, 'extra')}")` : ''} — use the standard ${arg(f, 'base')} text unmodified and state nothing that restricts it, or ask the ministry to review the changed terms`,
  LICENCE_TEXT_MISSING: () =>
    'add the full licence text as LICENSE (one file per licence the card names), so the licence rests on the text, not only on metadata',
  MALFORMED_METADATA: (f) =>
    `${f.message.split(':')[0]} — write \`license:\` as one licence id or a list of ids (e.g. \`license: apache-2.0\`), and \`license_name\` / \`license_link\` as text`,
  DECLARED_NOT_EXCLUDED: (f) =>
    `the release is declared in models:, so exclude: ${arg(f, 'pattern')} does not apply to it — remove it from models: if it should not count, or narrow the glob`,
  SOURCE_FAILED: (f) =>
    `the registry could not be asked (${f.message}) — re-run later; nothing was established`,
};

/** The fix text of one finding. */
export function fixFor(finding: Finding, ctx: FixContext): string {
  return FIXES[finding.code]?.(finding, ctx) ?? FINDING_HELP[finding.code];
}
