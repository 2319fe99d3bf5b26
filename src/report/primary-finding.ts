import type { Finding, ModelResult } from '../types.js';

/** What the primary finding is chosen from: the findings, and the verdict when known. */
export type Explained = Pick<ModelResult, 'reasons'> & Partial<Pick<ModelResult, 'verdict'>>;

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

/**
 * The finding that explains a verdict best, the one every renderer shows beside it (table and
 * Markdown rows, the dashboard's reason and its groups, SARIF's rule, the Action's annotations):
 * a blocking one (it decides the verdict alone) first, then by severity, then in the report's order.
 * For `LICENCE_UNIDENTIFIED` (warning) followed by `LICENCE_NON_COMMERCIAL` (blocking error) it is
 * the second: the licence forbids commercial use. For an excluded release with nothing above info,
 * it is the finding that excluded it, which is its last (judgement stops there):
 * `EXCLUDED_BY_PROGRAMME` with the programme's reason ("quantised copy of a counted release
 * (LGAI-EXAONE/*-GGUF)"), `NO_WEIGHTS`, …, not a `RENAMED` note before it, so no row says
 * "excluded" without saying why.
 */
export function primaryFinding(model: Explained): Finding | undefined {
  let best: Finding | undefined;
  const rank = (f: Finding) => (f.blocking ? 0 : 3) + SEVERITY_RANK[f.severity];
  for (const f of model.reasons) if (!best || rank(f) < rank(best)) best = f;
  if (model.verdict === 'excluded' && (!best || rank(best) >= 3 + SEVERITY_RANK.info))
    return model.reasons.at(-1);
  return best;
}
