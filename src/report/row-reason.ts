import type { Finding, ModelResult } from '../types.js';
import { primaryFinding } from './sarif.js';

/**
 * The finding a model's row shows beside its verdict (table, Markdown): the primary finding (the
 * first error, else the first warning), or for an excluded release the finding that excluded it,
 * which is its last (judgement stops there): `EXCLUDED_BY_PROGRAMME` with the programme's reason
 * ("quantised copy of a counted release (LGAI-EXAONE/*-GGUF)"), `NO_WEIGHTS`, …, so no row says
 * "excluded" without saying why.
 */
export function rowReason(model: Pick<ModelResult, 'reasons' | 'verdict'>): Finding | undefined {
  const primary = primaryFinding(model as ModelResult);
  if (primary || model.verdict !== 'excluded') return primary;
  return model.reasons.at(-1);
}
