/**
 * Which licence stands: the one decision, made here only, from every licence-bearing text of a
 * release (licence files, the `license_link` file, the README's licence section, tags) and its
 * metadata (Hub card, GitHub's licence API). DESIGN.md "Which licence stands":
 *
 * - every licence-bearing text applies (AND), and every one must be identified: an unidentified,
 *   unreadable, capped or cut text leaves the licence not established (`approved: null`), never
 *   a fallback to friendlier metadata; unless what was read already fails, which stands;
 * - metadata joins the texts: a text that refines it is agreement, a disagreement raises
 *   LICENCE_MISMATCH and the stricter stands; `other` points at a text, else at `license_name`;
 * - metadata alone, with no licence text at all, stands as `licences.metadataOnly` says.
 */
import type { ResolvedLicence } from '../detect/resolve.js';
import { andAll, leaves, parseExpression } from '../spdx/expression.js';
import type { Finding, LicenceResult } from '../types.js';
import { finding } from './findings.js';
import { modifiedFindings, notApprovedFindings, type Refines, textFindings } from './licence-checks.js';
import { judgeExpression, type LicenceLookup } from './licences.js';
import type { Policy } from './schema.js';

/** The licence a verdict rests on, and the coded findings that explain it. */
export interface LicenceDecision {
  licence: LicenceResult;
  findings: Finding[];
}

function leavesOf(expression: string | null): string[] {
  if (!expression) return [];
  const parsed = parseExpression(expression);
  return parsed.ok ? leaves(parsed.tree) : [expression];
}

function same(a: string, b: string, refines: Refines): boolean {
  return a.toLowerCase() === b.toLowerCase() || refines(a, b) || refines(b, a);
}

/** True when every leaf of `declared` is named, or refined, by some leaf of `detected`. */
function covers(detected: string, declared: string, refines: Refines): boolean {
  const found = leavesOf(detected);
  return leavesOf(declared).every((d) => found.some((f) => same(d, f, refines)));
}

/** Leaves of `detected` that no part of `declared` accounts for: the text `other` pointed at. */
function beyond(detected: string | null, declared: string | null, refines: Refines): string[] {
  const named = leavesOf(declared);
  return leavesOf(detected).filter((f) => !named.some((d) => same(d, f, refines)));
}

/** Metadata and texts as one expression, with LICENCE_MISMATCH when they disagree. */
function combine(
  resolved: ResolvedLicence,
  approvedOf: (e: string) => boolean,
  refines: Refines,
  findings: Finding[],
): string | null {
  const { declared, detected } = resolved;
  if (!declared || !detected) return detected ?? declared;
  if (covers(detected, declared, refines)) return detected;
  findings.push(
    finding('LICENCE_MISMATCH', 'warning', {
      origin: resolved.declaredOrigin ?? 'metadata',
      declared,
      detected,
    }),
  );
  // The stricter stands: an unapproved side decides; when both agree on approval, the text does.
  return approvedOf(declared) && !approvedOf(detected)
    ? detected
    : !approvedOf(declared) && approvedOf(detected)
      ? declared
      : detected;
}

/** Decides the licence of a release under a policy; pure. */
export function decideLicence(
  picture: ResolvedLicence,
  policy: Policy,
  lookup: LicenceLookup,
  refines: Refines,
): LicenceDecision {
  // A weak README statement naming only what metadata names adds nothing; any other is unidentified.
  const weak = picture.weakStatements.filter(
    (d) => !(picture.declared && covers(picture.declared, d.licence!, refines)),
  );
  const resolved = { ...picture, unidentified: [...picture.unidentified, ...weak] };
  const findings = textFindings(resolved);
  const base = { declared: resolved.declared, detected: resolved.detected, detections: resolved.detections };
  const approvedOf = (e: string) => judgeExpression(e, policy, lookup).approved;
  const hasText = resolved.identified.length + resolved.unidentified.length + resolved.unreadable.length > 0;
  let established =
    resolved.filesKnown &&
    resolved.unidentified.length === 0 &&
    resolved.unreadable.length === 0 &&
    resolved.malformed.length === 0;

  let expression = combine(resolved, approvedOf, refines, findings);
  // `other` names no licence: its part is a text beyond the named parts. With every text identified
  // and none beyond them, that part has no text: `license_name` stands for it, or nothing does.
  const otherPart = resolved.seeText && (resolved.otherBeside || !resolved.declared);
  const textsIdentified = resolved.unidentified.length === 0 && resolved.unreadable.length === 0;
  if (otherPart && textsIdentified && beyond(resolved.detected, resolved.declared, refines).length === 0) {
    if (resolved.namedRef) expression = andAll([expression, resolved.namedRef].filter(isString));
    else if (resolved.otherBeside && established) {
      established = false;
      findings.push(
        finding('LICENCE_TEXT_MISSING', 'warning', {
          declared: resolved.declared ?? '',
          variant: 'other',
        }),
      );
    }
  }
  if (!hasText && expression && policy.licences.metadataOnly === 'unknown' && approvedOf(expression)) {
    established = false;
    findings.push(finding('LICENCE_TEXT_MISSING', 'warning', { licence: expression, policy: policy.id }));
  }

  if (!expression) {
    if (!established) return { licence: { ...base, expression: null, approved: null }, findings };
    findings.push(finding('LICENCE_MISSING', 'error'));
    return { licence: { ...base, expression: null, approved: false }, findings };
  }
  findings.push(...modifiedFindings(expression, resolved, lookup));
  const approved = approvedOf(expression);
  // What was read already fails: whatever the unread part says, the AND cannot be approved.
  if (!approved) {
    findings.push(...notApprovedFindings(expression, policy, lookup));
    return { licence: { ...base, expression, approved: false }, findings };
  }
  if (!established) return { licence: { ...base, expression: null, approved: null }, findings };
  return { licence: { ...base, expression, approved: true }, findings };
}

function isString(value: string | null): value is string {
  return value !== null;
}
