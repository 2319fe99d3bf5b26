import type { ModelResult, Report, TeamResult } from '../types.js';

/** What changed between two rounds, one kind per question a reviewer asks. */
export type ChangeKind =
  | 'team-added'
  | 'team-removed'
  | 'team-status'
  | 'team-share'
  | 'model-added'
  | 'model-removed'
  | 'availability'
  | 'licence-declared'
  | 'licence-detected'
  | 'licence-expression'
  | 'verdict'
  | 'revision';

/** One change: where (team, model), what (kind), from what to what, and whether it is a regression. */
export interface Change {
  kind: ChangeKind;
  team: string;
  teamName: string;
  /** `source:id` of the release; absent for team-level changes. */
  model?: string;
  before: string | number | null;
  after: string | number | null;
  /** A compliant release stopped being compliant, or a passing team stopped passing. */
  regression: boolean;
}

/** The comparison of two reports (`openquota/diff@1`). */
export interface ReportDiff {
  schema: 'openquota/diff@1';
  old: { generatedAt: string; programme: string; policy: { id: string; sha256: string } };
  new: { generatedAt: string; programme: string; policy: { id: string; sha256: string } };
  /** The two reports were judged under different policies (id or sha256 differ). */
  policyMismatch: boolean;
  changes: Change[];
  regressions: number;
}

const modelKey = (m: ModelResult) => `${m.source}:${m.id}`;

function side(report: Report): ReportDiff['old'] {
  return {
    generatedAt: report.generatedAt,
    programme: report.programme.title,
    policy: { id: report.policy.id, sha256: report.policy.sha256 },
  };
}

function modelChanges(team: TeamResult, before: ModelResult, after: ModelResult): Change[] {
  const at = { team: team.id, teamName: team.name, model: modelKey(after) };
  const out: Change[] = [];
  const push = (kind: ChangeKind, a: string | null, b: string | null, regression = false) => {
    if (a !== b) out.push({ kind, ...at, before: a, after: b, regression });
  };
  push(
    'verdict',
    before.verdict,
    after.verdict,
    before.verdict === 'compliant' && after.verdict !== 'compliant',
  );
  push('availability', before.availability, after.availability);
  push('licence-expression', before.licence.expression, after.licence.expression);
  push('licence-declared', before.licence.declared, after.licence.declared);
  push('licence-detected', before.licence.detected, after.licence.detected);
  push('revision', before.revision, after.revision);
  return out;
}

function teamChanges(before: TeamResult, after: TeamResult): Change[] {
  const at = { team: after.id, teamName: after.name };
  const out: Change[] = [];
  if (before.status !== after.status)
    out.push({
      kind: 'team-status',
      ...at,
      before: before.status,
      after: after.status,
      regression: before.status === 'pass',
    });
  // Shares are compared rounded to 0.1%, the precision every renderer shows.
  if (Math.round(before.share * 1000) !== Math.round(after.share * 1000))
    out.push({ kind: 'team-share', ...at, before: before.share, after: after.share, regression: false });
  const olds = new Map(before.models.map((m) => [modelKey(m), m]));
  const news = new Map(after.models.map((m) => [modelKey(m), m]));
  for (const m of after.models)
    if (!olds.has(modelKey(m)))
      out.push({
        kind: 'model-added',
        ...at,
        model: modelKey(m),
        before: null,
        after: m.verdict,
        regression: false,
      });
  for (const m of before.models)
    if (!news.has(modelKey(m)))
      // A removed release is not by itself a regression (renames look the same); its team's status says.
      out.push({
        kind: 'model-removed',
        ...at,
        model: modelKey(m),
        before: m.verdict,
        after: null,
        regression: false,
      });
  for (const m of after.models) {
    const old = olds.get(modelKey(m));
    if (old) out.push(...modelChanges(after, old, m));
  }
  return out;
}

/**
 * Every change between two evaluation rounds: teams and releases added or removed, status, share,
 * availability, licence (declared, detected, judged), verdict and revision; regressions marked.
 */
export function diffReports(before: Report, after: Report): ReportDiff {
  const changes: Change[] = [];
  const olds = new Map(before.teams.map((t) => [t.id, t]));
  const news = new Set(after.teams.map((t) => t.id));
  for (const team of after.teams) {
    const old = olds.get(team.id);
    if (old) changes.push(...teamChanges(old, team));
    else
      changes.push({
        kind: 'team-added',
        team: team.id,
        teamName: team.name,
        before: null,
        after: team.status,
        regression: false,
      });
  }
  for (const team of before.teams)
    if (!news.has(team.id))
      changes.push({
        kind: 'team-removed',
        team: team.id,
        teamName: team.name,
        before: team.status,
        after: null,
        regression: team.status === 'pass',
      });
  return {
    schema: 'openquota/diff@1',
    old: side(before),
    new: side(after),
    policyMismatch: before.policy.id !== after.policy.id || before.policy.sha256 !== after.policy.sha256,
    changes,
    regressions: changes.filter((c) => c.regression).length,
  };
}
