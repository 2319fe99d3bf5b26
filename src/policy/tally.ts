import { type TeamReasonCode, t, teamReasonArgs } from '../report/i18n/index.js';
import type { ModelResult, SourceFailure, TeamResult, TeamStatus } from '../types.js';

/**
 * A team's status by DESIGN.md's rule: `pass` when even with every unknown counted non-compliant
 * the share is > threshold; `fail` when even with every unknown compliant it is <= threshold;
 * otherwise `incomplete`. Nothing counted is `fail`, but a source that could not be listed makes
 * the team `incomplete` whatever the count, since its releases are unknown.
 */
export function teamStatus(
  counts: { counted: number; compliant: number; unknown: number },
  threshold: number,
  listingFailed: boolean,
): { status: TeamStatus; code: TeamReasonCode; message: string } {
  const { counted, compliant, unknown } = counts;
  // The English reason is the i18n catalogue's (`reason.CODE`), so every language says the same.
  const said = (status: TeamStatus, code: TeamReasonCode) => ({
    status,
    code,
    message: t('en', `reason.${code}`, teamReasonArgs({ ...counts, threshold })),
  });
  if (listingFailed) return said('incomplete', 'LISTING_FAILED');
  if (counted === 0) return said('fail', 'NOTHING_COUNTED');
  if (compliant / counted > threshold) return said('pass', 'ABOVE_THRESHOLD');
  if ((compliant + unknown) / counted <= threshold) return said('fail', 'AT_OR_BELOW_THRESHOLD');
  return said('incomplete', 'DEPENDS_ON_UNKNOWN');
}

/** Counts a team's releases and decides its status. */
export function tallyTeam(
  team: { id: string; name: string },
  models: ModelResult[],
  threshold: number,
  failures: SourceFailure[],
): TeamResult {
  const count = (v: ModelResult['verdict']) => models.filter((m) => m.verdict === v).length;
  const compliant = count('compliant');
  const nonCompliant = count('non-compliant');
  const unknown = count('unknown');
  const counted = compliant + nonCompliant + unknown;
  const { status, code, message } = teamStatus(
    { counted, compliant, unknown },
    threshold,
    failures.length > 0,
  );
  return {
    id: team.id,
    name: team.name,
    status,
    counted,
    compliant,
    nonCompliant,
    unknown,
    excluded: count('excluded'),
    share: counted === 0 ? 0 : compliant / counted,
    threshold,
    reason: { code, message },
    failures,
    models,
  };
}

/** The programme's status: fail if any team fails, else incomplete if any is, else pass. */
export function overallStatus(teams: TeamResult[]): TeamStatus {
  if (teams.some((t) => t.status === 'fail')) return 'fail';
  if (teams.some((t) => t.status === 'incomplete')) return 'incomplete';
  return 'pass';
}
