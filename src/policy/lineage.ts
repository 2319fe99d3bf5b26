/**
 * Lineage: what a release inherits from the models it was built on. Pure: the base models' facts
 * (read by the scan's lineage step, facts.lineage) and the release's own licence decision in; the
 * findings and the licence that stands out.
 * - A base of another owner is THIRD_PARTY_BASE (owner, model, relation), whatever its licence;
 *   policy `lineage.thirdPartyBase` makes it an info (allow), a warning (flag) or not counted.
 * - When a third-party base's licence binds derivatives (the `binds-derivatives` flag of the licence
 *   engine's data: Llama, Gemma, Qwen, RAIL, CC NC/SA, GPL; an id the engine does not know binds),
 *   the release is under its own licence AND the base's (LICENCE_INHERITED, naming the base, its
 *   licence and the clause); relabelling a fine-tune does not lift the base's terms.
 * - A base whose metadata could not be read, or whose card names no licence, leaves that part of
 *   the licence unknown (BASE_UNREADABLE).
 */
import { hubLicence, licenseRef } from '../detect/hub-ids.js';
import { andAll, leaves, parseExpression } from '../spdx/expression.js';
import type { BaseModelFacts, Finding, LicenceResult, LineageStep } from '../types.js';
import { finding } from './findings.js';
import { judgeExpression, type LicenceLookup } from './licences.js';
import type { Policy } from './schema.js';

/** What lineage changes about one release. */
export interface LineageOutcome {
  findings: Finding[];
  licence: LicenceResult;
  /** True when policy `lineage.thirdPartyBase: not-counted` sets the release aside. */
  excluded: boolean;
  steps: LineageStep[];
}

/** The licence a base's card declares, as one expression; null when it names none we can read. */
export function baseLicence(base: BaseModelFacts): string | null {
  const parts = base.declaredLicences.map((d) => {
    const mapped = hubLicence(d.value, d.name);
    if (mapped.kind === 'licence') return mapped.expression;
    return mapped.name ? licenseRef(mapped.name) : null;
  });
  if (parts.length === 0 || parts.some((p) => p === null)) return null;
  return andAll(parts as string[]);
}

/** The leaves of an expression whose licence binds derivatives, with the clause where the data quotes one. */
function binding(expression: string, lookup: LicenceLookup): { id: string; clause?: string }[] {
  const parsed = parseExpression(expression);
  if (!parsed.ok) return [{ id: expression }];
  return leaves(parsed.tree).flatMap((leaf) => {
    const id = leaf.split(' WITH ')[0]!.replace(/\+$/, '');
    const info = lookup(id);
    // What a licence nobody has read says about derivatives is not established: it binds.
    if (!info) return [{ id }];
    if (!info.flags.includes('binds-derivatives')) return [];
    return [{ id, ...(info.binds ? { clause: info.binds } : {}) }];
  });
}

/** Applies a release's lineage to its licence decision. */
export function applyLineage(
  lineage: BaseModelFacts[] | undefined,
  licence: LicenceResult,
  policy: Policy,
  lookup: LicenceLookup,
): LineageOutcome {
  const steps: LineageStep[] = (lineage ?? []).map((b) => ({
    id: b.id,
    relation: b.relation,
    own: b.own,
    licence: b.failure ? null : baseLicence(b),
    ...(b.failure ? { failure: b.failure.message } : {}),
  }));
  const findings: Finding[] = [];
  let result = licence;
  let excluded = false;
  let open = false;
  for (const [i, base] of (lineage ?? []).entries()) {
    if (base.own) continue;
    const step = steps[i]!;
    const owner = base.id.split('/')[0]!;
    const severity = policy.lineage.thirdPartyBase === 'allow' ? 'info' : 'warning';
    findings.push(finding('THIRD_PARTY_BASE', severity, { owner, model: base.id, relation: base.relation }));
    if (policy.lineage.thirdPartyBase === 'not-counted') excluded = true;
    if (base.failure || step.licence === null) {
      open = true;
      findings.push(
        finding(
          'BASE_UNREADABLE',
          'warning',
          base.failure
            ? { base: base.id, error: base.failure.message }
            : { base: base.id, variant: 'noLicence' },
        ),
      );
      continue;
    }
    const binds = binding(step.licence, lookup);
    if (binds.length === 0) continue;
    const own = result.expression;
    const combined = own ? `(${own}) AND (${step.licence})` : null;
    const judged = combined ? judgeExpression(combined, policy, lookup).approved : null;
    const clause = binds.find((b) => b.clause)?.clause;
    findings.push(
      finding('LICENCE_INHERITED', judged === false ? 'error' : 'info', {
        base: base.id,
        licence: step.licence,
        ...(clause ? { clause } : {}),
      }),
    );
    if (combined) result = { ...result, expression: combined, approved: judged };
  }
  if (open && result.approved === true) result = { ...result, approved: null };
  return { findings, licence: result, excluded, steps };
}
