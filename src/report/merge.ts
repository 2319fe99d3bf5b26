import type { ConfigProblem } from '../errors.js';
import { overallStatus } from '../policy/tally.js';
import type { Report, RequestStats, TeamResult } from '../types.js';

/** One report to merge, with the file it came from (named in every problem). */
export interface MergeInput {
  file: string;
  report: Report;
}

/** The merged report, or every reason the reports cannot be merged. */
export type MergeResult = { report: Report } | { problems: ConfigProblem[] };

/**
 * Which teams the merged report must hold: the programme's (in its order, with their names) and,
 * when a subset is merged on purpose (`--teams a,b`), those. At least one of the two is given.
 */
export interface MergeExpectation {
  /** The programme file's teams, when the file the reports were made from is at hand. */
  programme?: { id: string; name: string }[];
  /** Team ids merged on purpose; every programme team when absent. */
  subset?: string[];
  /** Where the subset was named, for problems (`--teams`). */
  subsetFrom?: string;
}

/**
 * A team of the programme that no report holds: its job produced nothing, so nothing is known of
 * its releases. It is `incomplete`, never left out: a merge that drops a team would read as a pass.
 */
export function noReportTeam(team: { id: string; name: string }, threshold: number): TeamResult {
  const message = 'no report holds this team: its job produced none, so its releases are not known';
  return {
    id: team.id,
    name: team.name,
    status: 'incomplete',
    counted: 0,
    compliant: 0,
    nonCompliant: 0,
    unknown: 0,
    excluded: 0,
    share: 0,
    threshold,
    reason: { code: 'NO_REPORT', message },
    failures: [{ code: 'NO_REPORT', message }],
    models: [],
  };
}

/** The teams expected, and problems with the reports' teams against them. */
function expectedTeams(
  inputs: MergeInput[],
  expect: MergeExpectation,
  problems: ConfigProblem[],
): { id: string; name: string }[] {
  const programme = expect.programme;
  const from = expect.subsetFrom ?? '--teams';
  if (!programme && !expect.subset) {
    problems.push({
      file: 'openquota merge',
      path: 'programme',
      message: `cannot tell which teams the programme has: its file (${inputs[0]?.report.programme.file ?? 'not named'}) is not here unchanged, so a team whose job produced no report would go unseen`,
      fix: `give the programme file the jobs scanned (--config FILE), or name the teams merged on purpose (${from} a,b)`,
    });
    return [];
  }
  for (const id of expect.subset ?? []) {
    if (programme && !programme.some((t) => t.id === id)) {
      problems.push({
        file: 'openquota merge',
        path: from,
        message: `no team "${id}" in the programme file`,
        fix: `use some of: ${programme.map((t) => t.id).join(', ')}`,
      });
    }
  }
  const wanted = expect.subset
    ? expect.subset.map((id) => programme?.find((t) => t.id === id) ?? { id, name: id })
    : (programme ?? []);
  for (const { file, report } of inputs) {
    for (const team of report.teams) {
      if (programme && !programme.some((t) => t.id === team.id)) {
        problems.push({
          file,
          path: 'teams',
          message: `team "${team.id}" is not in the programme file the report names`,
          fix: 'merge only reports of this programme file',
        });
      } else if (expect.subset && !expect.subset.includes(team.id)) {
        problems.push({
          file,
          path: 'teams',
          message: `team "${team.id}" is not among the teams named by ${from}`,
          fix: `add it to ${from}, or leave this report out`,
        });
      }
    }
  }
  return wanted;
}

function sumRequests(reports: Report[]): RequestStats | undefined {
  const present = reports.map((r) => r.requests).filter((r): r is RequestStats => r !== undefined);
  if (present.length === 0) return undefined;
  const total: RequestStats = { api: 0, files: 0, retries: 0, notModified: 0, cacheHits: 0 };
  for (const r of present) for (const k of Object.keys(total) as (keyof RequestStats)[]) total[k] += r[k];
  return total;
}

/**
 * Combines reports of jobs that each scanned some teams (a matrix of one job per team) into one
 * report: teams in the programme's order when it is known, else in input order; overall status
 * recomputed; request counters summed; the latest `generatedAt` kept. Every expected team (see
 * MergeExpectation) that no report holds is in the result as `incomplete` with reason `NO_REPORT`.
 * Reports made with another policy (id or sha256) or another programme file (sha256) than the
 * first, a team present twice, and a team that is not expected are refused.
 */
export function mergeReports(inputs: MergeInput[], expect: MergeExpectation): MergeResult {
  const problems: ConfigProblem[] = [];
  const first = inputs[0];
  if (!first)
    return { problems: [{ file: 'openquota merge', path: 'REPORT', message: 'no report to merge' }] };
  const base = first.report;
  for (const { file, report } of inputs.slice(1)) {
    if (report.policy.id !== base.policy.id || report.policy.sha256 !== base.policy.sha256) {
      problems.push({
        file,
        path: 'policy',
        message: `made with policy ${report.policy.id} (sha256 ${report.policy.sha256.slice(0, 12)}), but ${first.file} with ${base.policy.id} (sha256 ${base.policy.sha256.slice(0, 12)})`,
        fix: 'merge only reports of one run: every job must use the same policy file',
      });
    }
    if (report.programme.sha256 !== base.programme.sha256) {
      problems.push({
        file,
        path: 'programme.sha256',
        message: `made from another programme file than ${first.file} (sha256 ${String(report.programme.sha256).slice(0, 12)} vs ${String(base.programme.sha256).slice(0, 12)})`,
        fix: 'merge only reports of one run: every job must check out the same commit of the programme file',
      });
    }
  }
  const owner = new Map<string, string>();
  for (const { file, report } of inputs) {
    for (const team of report.teams) {
      const prior = owner.get(team.id);
      if (prior !== undefined) {
        problems.push({
          file,
          path: 'teams',
          message: `team "${team.id}" is also in ${prior}`,
          fix: 'give each team to exactly one job (matrix: one team per job)',
        });
      } else owner.set(team.id, file);
    }
  }
  const wanted = expectedTeams(inputs, expect, problems);
  if (problems.length > 0) return { problems };

  const missing = wanted.filter((t) => !owner.has(t.id)).map((t) => noReportTeam(t, base.policy.threshold));
  const inputOrder = [...inputs.flatMap((i) => i.report.teams), ...missing];
  const programmeOrder = expect.programme?.map((t) => t.id);
  const rank = (id: string) => {
    const i = programmeOrder?.indexOf(id) ?? -1;
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  const teams = inputOrder
    .map((team, i) => ({ team, i }))
    .sort((a, b) => rank(a.team.id) - rank(b.team.id) || a.i - b.i)
    .map((x) => x.team);
  const commits = new Set(inputs.map((i) => i.report.programme.commit ?? null));
  const requests = sumRequests(inputs.map((i) => i.report));
  const { requests: _dropped, ...rest } = base;
  return {
    report: {
      ...rest,
      // ISO times sort as strings: the latest job's time.
      generatedAt: inputs
        .map((i) => i.report.generatedAt)
        .sort()
        .at(-1)!,
      programme: {
        ...base.programme,
        // Jobs of one run check out one commit; if they did not, no single commit describes the result.
        ...(base.programme.commit !== undefined || commits.size > 1
          ? { commit: commits.size === 1 ? (base.programme.commit ?? null) : null }
          : {}),
      },
      status: overallStatus(teams),
      teams,
      ...(requests ? { requests } : {}),
    },
  };
}
