import type { ResolvedLicence } from '../detect/resolve.js';
import type { Finding, LicenceResult } from '../types.js';
import { finding } from './findings.js';
import { judgeExpression, type LicenceLookup } from './licences.js';
import type { Policy } from './schema.js';

/** Whether a detected id refines a declared one; the licence engine's `refines`, injected. */
export type Refines = (general: string, specific: string) => boolean;

function agree(a: string, b: string, refines: Refines): boolean {
  return a.toLowerCase() === b.toLowerCase() || refines(a, b) || refines(b, a);
}

/** Findings for an expression the policy does not approve: which leaf, and why. */
function notApprovedFindings(expression: string, policy: Policy, lookup: LicenceLookup): Finding[] {
  const { leaves } = judgeExpression(expression, policy, lookup);
  const out: Finding[] = [];
  for (const leaf of leaves.filter((l) => !l.approved)) {
    const name = lookup(leaf.leaf.split(' WITH ')[0]!)?.name ?? leaf.leaf;
    // Every denied flag is reported (EXAONE 1.2-NC is both non-commercial and use-restricted).
    const denied = leaf.flags.filter((f) => policy.licences.denyFlags.includes(f));
    if (denied.includes('non-commercial'))
      out.push(
        finding('LICENCE_NON_COMMERCIAL', 'error', `${name} forbids commercial use`, { licence: leaf.leaf }),
      );
    if (denied.includes('restricted-use'))
      out.push(finding('LICENCE_RESTRICTED_USE', 'error', `${name} restricts use`, { licence: leaf.leaf }));
    if (leaf.why.startsWith('denied:'))
      out.push(
        finding('LICENCE_DENIED', 'error', `${leaf.leaf} is denied by the policy (${leaf.why.slice(7)})`, {
          licence: leaf.leaf,
        }),
      );
  }
  out.push(
    finding(
      'LICENCE_NOT_APPROVED',
      'error',
      `${expression} is not an approved open licence under ${policy.id}`,
      {
        licence: expression,
      },
    ),
  );
  return out;
}

/**
 * Decides the licence of a release under a policy, DESIGN.md "Declared vs detected": the text is
 * the licence when metadata points at it; metadata and text disagreeing raises LICENCE_MISMATCH and
 * the stricter stands; nothing readable is `unknown`, nothing at all is LICENCE_MISSING.
 */
export function checkLicence(
  resolved: ResolvedLicence,
  policy: Policy,
  lookup: LicenceLookup,
  refines: Refines,
): { licence: LicenceResult; findings: Finding[] } {
  const findings: Finding[] = [];
  const { declared, detected } = resolved;
  const base = { declared, detected, detections: resolved.detections };
  const approvedOf = (e: string) => judgeExpression(e, policy, lookup).approved;
  for (const d of resolved.unidentified) {
    findings.push(
      finding(
        'LICENCE_UNIDENTIFIED',
        resolved.seeText && !detected ? 'warning' : 'info',
        `${d.file} matches no known licence${d.closest ? ` (closest: ${d.closest.licence} at ${Math.round(d.closest.confidence * 100)}%)` : ''}`,
        { file: d.file ?? '' },
      ),
    );
  }
  for (const t of resolved.unreadable) {
    findings.push(
      finding('LICENCE_UNREADABLE', 'warning', `${t.path} could not be read: ${t.error ?? 'unknown error'}`, {
        file: t.path,
      }),
    );
  }

  let expression: string | null = null;
  if (declared && detected) {
    if (agree(declared, detected, refines)) expression = detected;
    else {
      const declaredOk = approvedOf(declared);
      const detectedOk = approvedOf(detected);
      // The stricter result stands: an unapproved side decides; if both agree on approval, the text does.
      expression = declaredOk && !detectedOk ? detected : !declaredOk && detectedOk ? declared : detected;
      findings.push(
        finding(
          'LICENCE_MISMATCH',
          'warning',
          `metadata (${resolved.declaredOrigin}) says ${declared} but the licence text is ${detected}`,
          { declared, detected },
        ),
      );
    }
  } else if (detected) expression = detected;
  else if (declared && !resolved.seeText) expression = declared;
  else if (declared)
    expression = declared; // e.g. a Hub list with `other` and a named licence
  else if (resolved.unreadable.length > 0 || resolved.unidentified.length > 0) {
    // The text exists but could not be read or identified: the licence is not established.
    if (resolved.namedRef && resolved.unreadable.length === 0) expression = resolved.namedRef;
    else return { licence: { ...base, expression: null, approved: null }, findings };
  } else if (resolved.namedRef) expression = resolved.namedRef;

  if (!expression) {
    findings.push(
      finding('LICENCE_MISSING', 'error', 'no licence is declared and no licence file was found'),
    );
    return { licence: { ...base, expression: null, approved: false }, findings };
  }
  const approved = approvedOf(expression);
  if (!approved) findings.push(...notApprovedFindings(expression, policy, lookup));
  return { licence: { ...base, expression, approved }, findings };
}
