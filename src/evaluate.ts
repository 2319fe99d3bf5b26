import type { LoadedProgramme } from './config/load.js';
import type { Programme } from './config/programme.js';
import { type Identify, memoiseIdentify, resolveLicence } from './detect/resolve.js';
import { linkCode } from './link.js';
import { groupFamilies } from './policy/families.js';
import { judge } from './policy/judge.js';
import type { Refines } from './policy/licence-checks.js';
import type { LicenceLookup } from './policy/licences.js';
import type { LoadedPolicy } from './policy/load.js';
import { overallStatus, tallyTeam } from './policy/tally.js';
import type { Evidence, Report, RequestStats, SourceFailure } from './types.js';
import { VERSION } from './version.js';

/** The licence engine's functions the pure stages use. */
export interface Engine {
  identify: Identify;
  lookup: LicenceLookup;
  refines: Refines;
}

/** Everything a report is computed from: no I/O happens past this point. */
export interface EvaluationInput {
  programme: Pick<LoadedProgramme, 'file' | 'sha256'> & { programme: Programme; commit?: string | null };
  policy: LoadedPolicy;
  /** Team ids evaluated (the `--team` selection), in programme order. */
  teams: string[];
  evidence: Evidence[];
  /** Listing failures per team id. */
  failures: Record<string, SourceFailure[]>;
  engine: Engine;
  /** Evaluation time: the report's `generatedAt`; its date decides waiver expiry. */
  now: Date;
  requests?: RequestStats;
}

/** identify -> judge -> tally -> report, as a pure function of evidence and policy. */
export function evaluate(input: EvaluationInput): Report {
  const { policy } = input.policy;
  const today = input.now.toISOString().slice(0, 10);
  const identify = memoiseIdentify(input.engine.identify);
  const teams = input.programme.programme.teams
    .filter((t) => input.teams.includes(t.id))
    .map((team) => {
      const judged = input.evidence
        .filter((e) => e.team === team.id)
        .map((e) => ({
          evidence: e,
          model: judge(e, resolveLicence(e, identify, policy.licences.minConfidence), {
            policy,
            team,
            lookup: input.engine.lookup,
            refines: input.engine.refines,
            today,
          }),
        }));
      // One model counted once: copies go under their originals before anything is counted.
      const models = linkCode(
        groupFamilies(judged, policy, team.github).sort((a, b) => a.id.localeCompare(b.id)),
      );
      return tallyTeam(team, models, policy.threshold, input.failures[team.id] ?? [], policy.measure);
    });
  return {
    schema: 'openquota/report@1',
    tool: { name: 'openquota', version: VERSION },
    generatedAt: input.now.toISOString(),
    programme: {
      title: input.programme.programme.programme,
      file: input.programme.file,
      sha256: input.programme.sha256,
      ...(input.programme.commit != null ? { commit: input.programme.commit } : {}),
    },
    policy: { id: policy.id, title: policy.title, sha256: input.policy.sha256, threshold: policy.threshold },
    status: overallStatus(teams),
    teams,
    ...(input.requests ? { requests: input.requests } : {}),
  };
}
