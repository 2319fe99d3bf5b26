// Large reports for the dashboard's browser tests and benchmark: the bundled example's releases
// cloned until there are N, spread over its five teams, with counts recomputed the way tally does
// (so headline and bars stay truthful). Deterministic: the same N gives the same report.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ModelResult, Report, TeamResult } from '../../src/types.js';

const EXAMPLE = join(import.meta.dirname, '..', '..', 'examples', 'sovereign-ai-2025', 'report.json');

/** The status tally gives a team, recomputed from its models' verdicts. */
function recount(team: TeamResult): TeamResult {
  const n = (v: ModelResult['verdict']) => team.models.filter((m) => m.verdict === v).length;
  const compliant = n('compliant');
  const nonCompliant = n('non-compliant');
  const unknown = n('unknown');
  const counted = compliant + nonCompliant + unknown;
  const share = counted ? compliant / counted : 0;
  const best = counted ? (compliant + unknown) / counted : 0;
  const status = share > team.threshold ? 'pass' : best <= team.threshold ? 'fail' : 'incomplete';
  return { ...team, compliant, nonCompliant, unknown, excluded: n('excluded'), counted, share, status };
}

/** A report of `releases` releases built from the bundled example's. */
export function largeReport(releases: number): Report {
  const report = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as Report;
  const templates = report.teams.map((t) => t.models);
  const teams = report.teams.map((t) => ({ ...t, models: [] as ModelResult[] }));
  for (let i = 0; i < releases; i++) {
    const team = i % teams.length;
    const pool = templates[team]!;
    const round = Math.floor(i / teams.length);
    const model = structuredClone(pool[round % pool.length]!);
    if (round >= pool.length) {
      const suffix = `-r${Math.floor(round / pool.length)}`;
      model.id += suffix;
      if (model.url) model.url += suffix;
    }
    teams[team]!.models.push(model);
  }
  const recounted = teams.map(recount);
  const status = recounted.some((t) => t.status === 'fail')
    ? 'fail'
    : recounted.some((t) => t.status === 'incomplete')
      ? 'incomplete'
      : 'pass';
  return { ...report, teams: recounted, status };
}
