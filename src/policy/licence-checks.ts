/**
 * The coded findings of the licence decision (`licence-stands.ts`): texts that leave the licence
 * not established, leaves the policy does not approve and why, and derived (modified or renamed)
 * licences with the text that makes them differ quoted for a reviewer.
 */
import type { ResolvedLicence } from '../detect/resolve.js';
import { leaves, parseExpression } from '../spdx/expression.js';
import type { Detection, Finding } from '../types.js';
import { finding } from './findings.js';
import { judgeExpression, type LicenceLookup } from './licences.js';
import type { Policy } from './schema.js';

/** Whether a detected id refines a declared one; the licence engine's `refines`, injected. */
export type Refines = (general: string, specific: string) => boolean;

/** Findings for texts that leave the licence not established, and for malformed metadata. */
export function textFindings(resolved: ResolvedLicence): Finding[] {
  const out: Finding[] = [];
  for (const d of resolved.unidentified) {
    if (d.matcher === 'too-long' || d.matcher === 'failed') {
      out.push(
        finding('LICENCE_UNIDENTIFIED', 'warning', {
          file: d.file ?? '',
          variant: 'notRead',
          matcher: d.matcher,
          detail: d.extra?.[0] ?? d.matcher,
        }),
      );
      continue;
    }
    const near = d.licence ?? d.closest?.licence;
    const confidence = d.licence ? d.confidence : d.closest?.confidence;
    out.push(
      finding('LICENCE_UNIDENTIFIED', 'warning', {
        file: d.file ?? '',
        ...(near ? { closest: near, confidence: `${Math.round((confidence ?? 0) * 100)}%` } : {}),
      }),
    );
  }
  for (const t of resolved.unreadable) {
    out.push(finding('LICENCE_UNREADABLE', 'warning', { file: t.path, error: t.error }));
  }
  for (const p of resolved.malformed) {
    out.push(finding('MALFORMED_METADATA', 'warning', { code: p.code, detail: p.message }));
  }
  return out;
}

/** Findings for an expression the policy does not approve: which leaf, and why. */
export function notApprovedFindings(expression: string, policy: Policy, lookup: LicenceLookup): Finding[] {
  const { leaves: judged } = judgeExpression(expression, policy, lookup);
  const out: Finding[] = [];
  for (const leaf of judged.filter((l) => !l.approved)) {
    const name = lookup(leaf.leaf.split(' WITH ')[0]!)?.name ?? leaf.leaf;
    // Every denied flag is reported (EXAONE 1.2-NC is both non-commercial and use-restricted).
    const denied = leaf.flags.filter((f) => policy.licences.denyFlags.includes(f));
    if (denied.includes('non-commercial'))
      out.push(finding('LICENCE_NON_COMMERCIAL', 'error', { licence: leaf.leaf, name }));
    if (denied.includes('restricted-use'))
      out.push(finding('LICENCE_RESTRICTED_USE', 'error', { licence: leaf.leaf, name }));
    if (leaf.why.startsWith('denied:'))
      out.push(finding('LICENCE_DENIED', 'error', { licence: leaf.leaf, rule: leaf.why.slice(7) }));
  }
  out.push(finding('LICENCE_NOT_APPROVED', 'error', { licence: expression, policy: policy.id }));
  return out;
}

/** A reviewer reads the quote; a few sentences are enough to see what was added. */
export const MAX_QUOTE = 300;

/** The unexplained text of a detection, as one quoted line of at most MAX_QUOTE characters. */
export function quoteExtra(extra: string[] | undefined): string | undefined {
  const text = (extra ?? [])
    .map((e) => e.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(' … ');
  if (!text) return undefined;
  return text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 1)}…` : text;
}

function leavesOf(expression: string): string[] {
  const parsed = parseExpression(expression);
  return parsed.ok ? leaves(parsed.tree) : [];
}

/** The detection a leaf of the standing expression came from, when a text gave it. */
function sourceOf(leaf: string, detections: Detection[]): Detection | undefined {
  return detections.find((d) => d.licence && leavesOf(d.licence).includes(leaf));
}

/**
 * One LICENCE_MODIFIED error per derived leaf (`LicenseRef-MIT-modified`): the base licence, how
 * it was changed, the file, and the text the reference does not explain, quoted.
 */
export function modifiedFindings(
  expression: string,
  resolved: ResolvedLicence,
  lookup: LicenceLookup,
): Finding[] {
  const out: Finding[] = [];
  for (const leaf of leavesOf(expression)) {
    const variant = lookup(leaf.split(' WITH ')[0]!)?.variantOf;
    if (!variant) continue;
    const from = sourceOf(leaf, resolved.identified);
    const quote = quoteExtra(from?.extra);
    out.push(
      finding('LICENCE_MODIFIED', 'error', {
        licence: leaf,
        base: variant.id,
        how: variant.how,
        file: from?.file,
        extra: quote,
      }),
    );
  }
  return out;
}
