import type { ConfigProblem } from '../errors.js';
import { overallStatus } from '../policy/tally.js';
import type { Report, RequestStats } from '../types.js';

/** One report to merge, with the file it came from (named in every problem). */
export interface MergeInput {
  file: string;
  report: Report;
}

/** The merged report, or every reason the reports cannot be merged. */
export type MergeResult = { report: Report } | { problems: ConfigProblem[] };

function sumRequests(reports: Report[]): RequestStats | undefined {
  const present = reports.map((r) => r.requests).filter((r): r is RequestStats => r !== undefined);
  if (present.length === 0) return undefined;
  const total: RequestStats = { api: 0, files: 0, retries: 0, notModified: 0, cacheHits: 0 };
  for (const r of present) for (const k of Object.keys(total) as (keyof RequestStats)[]) total[k] += r[k];
  return total;
}

/**
 * Combines reports of jobs that each scanned some teams (a matrix of one job per team) into one
 * report: teams in `programmeOrder` when given, else in input order; overall status recomputed;
 * request counters summed; the latest `generatedAt` kept. Reports made with another policy (id or
 * sha256) or another programme file (sha256) than the first, and a team present twice, are refused.
 */
export function mergeReports(inputs: MergeInput[], programmeOrder?: string[]): MergeResult {
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
  if (problems.length > 0) return { problems };

  const inputOrder = inputs.flatMap((i) => i.report.teams);
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
