import type { TeamStatus, Verdict } from '../types.js';

/** A status as symbol and word: never colour alone. */
export const STATUS_LABEL: Record<TeamStatus, string> = {
  pass: '✔ pass',
  fail: '✘ fail',
  incomplete: '? incomplete',
};

/** A verdict as symbol and word. */
export const VERDICT_LABEL: Record<Verdict, string> = {
  compliant: '✔ compliant',
  'non-compliant': '✘ non-compliant',
  unknown: '? unknown',
  excluded: '– excluded',
};

/** A share as a percentage with one decimal: 0.6 -> `60.0%`. */
export function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}
