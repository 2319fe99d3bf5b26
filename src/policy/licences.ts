import spdxListData from 'spdx-license-list/spdx.json' with { type: 'json' };
import { expressionApproved, leaves, parseExpression } from '../spdx/expression.js';
import { matchesGlob } from './glob.js';
import type { Policy } from './schema.js';

const spdxList: Record<string, { osiApproved: boolean }> = spdxListData;

/**
 * Every flag a licence may carry, as data (rules/licences/index.json sets them per licence):
 * - `restricted-use`: use restrictions beyond an open licence's (an AUP, a field-of-use ban, a user cap);
 * - `non-commercial`: commercial use is not granted;
 * - `binds-derivatives`: the licence's terms apply to derivatives of the work (fine-tunes, modified
 *   weights: Llama, Gemma, Qwen, RAIL, CC NC/SA/ND, GPL), so a model built on it carries them;
 * - `attribution`: copies (and derivatives) must carry notices or credit.
 * A policy denies by flag only through `licences.denyFlags`; the presets deny only the first two.
 */
export const LICENCE_FLAGS = [
  'restricted-use',
  'non-commercial',
  'binds-derivatives',
  'attribution',
] as const;

/** Flags a licence carries that a policy may deny. */
export type LicenceFlag = (typeof LICENCE_FLAGS)[number];

/**
 * What the licence engine knows about an id (display name, flags), injected for testability.
 * `variantOf` is set for ids the engine derives from a known licence: `LicenseRef-<base>-modified`
 * (the base text with substantive additions) and `LicenseRef-<base>-renamed` (a template clone with
 * the licensor and model names changed); such ids carry the base's flags and are never the base.
 * `binds` is set with the `binds-derivatives` flag: the licence's own clause that carries its terms to
 * derivatives, quoted (for a family id, a note naming its versions), so that a lineage finding can
 * cite it.
 */
export type LicenceLookup = (id: string) =>
  | {
      name: string;
      flags: LicenceFlag[];
      variantOf?: { id: string; how: 'modified' | 'renamed' };
      binds?: string;
    }
  | undefined;

/** The policy's answer for one licence leaf. */
export interface LeafJudgement {
  leaf: string;
  approved: boolean;
  /** Why: `osi`, `listed`, `denied:<glob>`, `flag:<flag>`, `not-listed`. */
  why: string;
  flags: LicenceFlag[];
}

/** OSI approval from SPDX data (spdx-license-list), for a base id without exception or `+`. */
function osiApproved(id: string): boolean {
  return spdxList[id]?.osiApproved === true;
}

/**
 * Judges one leaf (`MIT`, `Apache-2.0 WITH LLVM-exception`, `LicenseRef-llama3.1`). An exception
 * only adds permissions, so the base licence decides. Deny globs and flags win over approvals.
 */
export function judgeLeaf(leaf: string, policy: Policy, lookup: LicenceLookup): LeafJudgement {
  const base = leaf.split(' WITH ')[0]!.replace(/\+$/, '');
  const flags = lookup(base)?.flags ?? [];
  const denied = policy.licences.deny.find((glob) => matchesGlob(base, glob));
  if (denied) return { leaf, approved: false, why: `denied:${denied}`, flags };
  const flag = flags.find((f) => policy.licences.denyFlags.includes(f));
  if (flag) return { leaf, approved: false, why: `flag:${flag}`, flags };
  if (policy.licences.approve.some((id) => id.toLowerCase() === base.toLowerCase())) {
    return { leaf, approved: true, why: 'listed', flags };
  }
  if (policy.licences.osiApproved && osiApproved(base)) return { leaf, approved: true, why: 'osi', flags };
  return { leaf, approved: false, why: 'not-listed', flags };
}

/** Judges a whole expression: approved when some choice of its ORs has every AND-ed leaf approved. */
export function judgeExpression(
  expression: string,
  policy: Policy,
  lookup: LicenceLookup,
): { approved: boolean; leaves: LeafJudgement[] } {
  const parsed = parseExpression(expression);
  if (!parsed.ok) return { approved: false, leaves: [] };
  const judged = leaves(parsed.tree).map((leaf) => judgeLeaf(leaf, policy, lookup));
  const approvedSet = new Set(judged.filter((j) => j.approved).map((j) => j.leaf));
  return { approved: expressionApproved(parsed.expression, (leaf) => approvedSet.has(leaf)), leaves: judged };
}

/** Every SPDX id the policy approves by OSI status or by listing, for `policy show`. */
export function approvedSpdxIds(policy: Policy): string[] {
  const ids = new Set<string>();
  if (policy.licences.osiApproved)
    for (const [id, v] of Object.entries(spdxList)) if (v.osiApproved) ids.add(id);
  for (const id of policy.licences.approve) ids.add(id);
  return [...ids].filter((id) => !policy.licences.deny.some((g) => matchesGlob(id, g))).sort();
}
