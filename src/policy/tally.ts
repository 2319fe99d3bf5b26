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

/**
 * Parameters of compliant releases over parameters of counted ones: a 0.5B model and a 236B
 * flagship weigh what they weigh. Null when nothing is counted or a counted release's parameter
 * count is not established (an unknown size cannot be weighed, in either direction).
 */
export function parameterShare(models: ModelResult[]): number | null {
  const counted = models.filter((m) => m.verdict !== 'excluded');
  if (counted.length === 0 || counted.some((m) => m.parameters === null)) return null;
  const total = counted.reduce((a, m) => a + (m.parameters ?? 0), 0);
  if (total === 0) return null;
  return (
    counted.filter((m) => m.verdict === 'compliant').reduce((a, m) => a + (m.parameters ?? 0), 0) / total
  );
}

/** Counts a team's releases and decides its status. */
export function tallyTeam(
  team: { id: string; name: string },
  models: ModelResult[],
  threshold: number,
  failures: SourceFailure[],
  measure: 'releases' | 'parameters' | 'both' = 'releases',
): TeamResult {
  const count = (v: ModelResult['verdict']) => models.filter((m) => m.verdict === v).length;
  const compliant = count('compliant');
  const nonCompliant = count('non-compliant');
  const unknown = count('unknown');
  const counted = compliant + nonCompliant + unknown;
  const byReleases = teamStatus({ counted, compliant, unknown }, threshold, failures.length > 0);
  const { status, code, message } =
    measure === 'releases' ? byReleases : byMeasure(byReleases, byParameters(models, threshold), measure);
  return {
    id: team.id,
    name: team.name,
    status,
    counted,
    parameterShare: parameterShare(models),
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

/**
 * The status by parameters: the same rule as by releases, each release weighing its parameter
 * count. A counted release whose size is not established cannot be weighed: incomplete.
 */
export function byParameters(
  models: ModelResult[],
  threshold: number,
): { status: TeamStatus; code: string; message: string } {
  const counted = models.filter((m) => m.verdict !== 'excluded');
  const share = parameterShare(models);
  const said = (status: TeamStatus, code: TeamReasonCode) => ({
    status,
    code,
    message: t(
      'en',
      `reason.${code}`,
      teamReasonArgs({ counted: 0, compliant: 0, unknown: 0, threshold, parameterShare: share }),
    ),
  });
  if (counted.length === 0) return said('fail', 'NOTHING_COUNTED');
  if (counted.some((m) => m.parameters === null)) return said('incomplete', 'PARAMETERS_UNKNOWN');
  const sum = (v: ModelResult['verdict'][]) =>
    counted.filter((m) => v.includes(m.verdict)).reduce((a, m) => a + (m.parameters ?? 0), 0);
  const total = sum(['compliant', 'non-compliant', 'unknown']);
  if (total > 0 && sum(['compliant']) / total > threshold) return said('pass', 'PARAMETERS_ABOVE_THRESHOLD');
  if (total === 0 || sum(['compliant', 'unknown']) / total <= threshold)
    return said('fail', 'PARAMETERS_AT_OR_BELOW_THRESHOLD');
  return said('incomplete', 'PARAMETERS_DEPEND_ON_UNKNOWN');
}

/** `parameters` alone, or `both`: a team passes only when both shares pass, fails when either fails. */
function byMeasure(
  releases: { status: TeamStatus; code: string; message: string },
  parameters: { status: TeamStatus; code: string; message: string },
  measure: 'parameters' | 'both',
): { status: TeamStatus; code: string; message: string } {
  if (measure === 'parameters' || releases.code === 'LISTING_FAILED')
    return releases.code === 'LISTING_FAILED' ? releases : parameters;
  if (releases.status === 'fail') return releases;
  if (parameters.status === 'fail') return parameters;
  if (releases.status === 'incomplete') return releases;
  return parameters.status === 'incomplete' ? parameters : releases;
}

/** The programme's status: fail if any team fails, else incomplete if any is, else pass. */
export function overallStatus(teams: TeamResult[]): TeamStatus {
  if (teams.some((t) => t.status === 'fail')) return 'fail';
  if (teams.some((t) => t.status === 'incomplete')) return 'incomplete';
  return 'pass';
}
