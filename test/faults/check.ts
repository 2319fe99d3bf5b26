/**
 * The assertions of one (fault, path) case, as data: what went wrong, if anything. A "wrong pass"
 * is a release compliant (or a team passing) under a fault where it was not before, or where the
 * fault kept a fact from being read; every other problem is a plain failure of the case.
 */
import type { Report } from '../../src/types.js';
import type { FaultRun } from './harness.js';
import { leakedSecrets } from './harness.js';
import type { Expectation, PathSpec } from './table.js';

/** What one case found. */
export interface CaseResult {
  problems: string[];
  /** Problems that are wrong passes (also listed in `problems`). */
  wrongPasses: string[];
}

type Verdicts = Map<string, string>;

/** Verdict per release id of the one team. */
export function verdictsOf(report: Report): Verdicts {
  return new Map(report.teams[0]!.models.map((m) => [m.id, m.verdict]));
}

/** Checks a faulted run against the baseline (the same path with no fault). */
export function checkCase(run: FaultRun, baseline: Report, path: PathSpec, expect: Expectation): CaseResult {
  const problems: string[] = [];
  const wrongPasses: string[] = [];
  const wrong = (text: string) => {
    problems.push(text);
    wrongPasses.push(text);
  };
  const before = verdictsOf(baseline);
  const after = verdictsOf(run.report);
  const team = run.report.teams[0]!;
  const baseTeam = baseline.teams[0]!;

  const leaks = leakedSecrets(run);
  if (leaks.length)
    problems.push(`secret in report or evidence: ${leaks.map((s) => s.slice(0, 6)).join(', ')}…`);
  if (run.cdnAuthorization.some((a) => a !== undefined))
    problems.push('the other host received an Authorization header');
  if (run.hits === 0) problems.push('the fault never struck: the case tests nothing');

  // Never better than without the fault: no new compliant, no new exclusion, no new pass.
  for (const [id, verdict] of after) {
    const was = before.get(id);
    if (verdict === 'compliant' && was !== 'compliant')
      wrong(`${id} compliant under the fault, ${was ?? 'absent'} without`);
    if (verdict === 'excluded' && was !== 'excluded')
      wrong(`${id} excluded under the fault, ${was ?? 'absent'} without`);
  }
  if (team.status === 'pass' && baseTeam.status !== 'pass')
    wrong(`team passes under the fault, ${baseTeam.status} without`);

  if (expect === 'recovers') {
    for (const [id, verdict] of before)
      if (after.get(id) !== verdict)
        problems.push(`${id}: ${after.get(id) ?? 'absent'}, expected ${verdict} (recovered)`);
    if (team.status !== baseTeam.status)
      problems.push(`team ${team.status}, expected ${baseTeam.status} (recovered)`);
  }
  if (expect === 'degrades') {
    if (path.release) {
      const verdict = after.get(path.release);
      // A release the fault kept from being read is unknown; a Hub "not found" is a fact (missing).
      if (verdict === 'compliant')
        wrong(`${path.release} compliant although the fault kept its facts from being read`);
      else if (verdict !== 'unknown' && verdict !== 'non-compliant')
        problems.push(`${path.release}: ${verdict ?? 'absent'}, expected unknown`);
    } else if (team.status !== 'incomplete') {
      if (team.status === 'pass') wrong('team passes although its listing failed');
      else problems.push(`team ${team.status}, expected incomplete (listing failed)`);
    }
  }
  return { problems, wrongPasses };
}
