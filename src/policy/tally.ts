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
): { status: TeamStatus; code: string; message: string } {
  const { counted, compliant, unknown } = counts;
  const pct = (n: number) => `${((n / Math.max(counted, 1)) * 100).toFixed(1)}%`;
  if (listingFailed)
    return {
      status: 'incomplete',
      code: 'LISTING_FAILED',
      message: 'a registry of this team could not be listed, so its releases are not all known',
    };
  if (counted === 0)
    return { status: 'fail', code: 'NOTHING_COUNTED', message: 'no release counts towards the quota' };
  if (compliant / counted > threshold)
    return {
      status: 'pass',
      code: 'ABOVE_THRESHOLD',
      message: `${compliant} of ${counted} compliant (${pct(compliant)}) > ${threshold * 100}%${unknown ? `, even with ${unknown} unknown counted as failing` : ''}`,
    };
  if ((compliant + unknown) / counted <= threshold)
    return {
      status: 'fail',
      code: 'AT_OR_BELOW_THRESHOLD',
      message: `${compliant} of ${counted} compliant (${pct(compliant)}) <= ${threshold * 100}%${unknown ? `, even with ${unknown} unknown counted as compliant` : ''}`,
    };
  return {
    status: 'incomplete',
    code: 'DEPENDS_ON_UNKNOWN',
    message: `${compliant} of ${counted} compliant; the ${unknown} unknown decide whether the share exceeds ${threshold * 100}%`,
  };
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
  if (counted.length === 0)
    return { status: 'fail', code: 'NOTHING_COUNTED', message: 'no release counts towards the quota' };
  if (counted.some((m) => m.parameters === null))
    return {
      status: 'incomplete',
      code: 'PARAMETERS_UNKNOWN',
      message:
        'a counted release has no established parameter count, so the parameter share cannot be weighed',
    };
  const sum = (v: ModelResult['verdict'][]) =>
    counted.filter((m) => v.includes(m.verdict)).reduce((a, m) => a + (m.parameters ?? 0), 0);
  const total = sum(['compliant', 'non-compliant', 'unknown']);
  const share = (n: number) => `${((n / Math.max(total, 1)) * 100).toFixed(1)}%`;
  if (total > 0 && sum(['compliant']) / total > threshold)
    return {
      status: 'pass',
      code: 'PARAMETERS_ABOVE_THRESHOLD',
      message: `${share(sum(['compliant']))} of parameters compliant > ${threshold * 100}%`,
    };
  if (total === 0 || sum(['compliant', 'unknown']) / total <= threshold)
    return {
      status: 'fail',
      code: 'PARAMETERS_AT_OR_BELOW_THRESHOLD',
      message: `${share(sum(['compliant']))} of parameters compliant <= ${threshold * 100}%`,
    };
  return {
    status: 'incomplete',
    code: 'PARAMETERS_DEPEND_ON_UNKNOWN',
    message: `${share(sum(['compliant']))} of parameters compliant; the unknown decide whether the share exceeds ${threshold * 100}%`,
  };
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
