/**
 * Runs the fault table on a set of paths as vitest cases: one baseline scan per path, then one
 * scan per (fault, path), each checked by checkCase(), with a generous time bound to catch hangs.
 * Prints the figures the closing note asks for: cases tried, wrong passes, the longest scan.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlannedFault } from '../support/fault-plan.js';
import { checkCase } from './check.js';
import { type FaultRun, runFaulted } from './harness.js';
import { FAULTS, type PathSpec } from './table.js';

// Far above any case (the longest takes a few seconds); a case past it is a hang, not slowness.
const BOUND_MS = 25_000;

/** Declares the table's cases for `paths`. */
export function faultTable(title: string, paths: PathSpec[]): void {
  const figures = { cases: 0, wrongPasses: 0, longest: { ms: 0, name: '' } };
  afterAll(() => {
    console.log(
      `${title}: ${figures.cases} (fault, path) cases, ${figures.wrongPasses} wrong passes, ` +
        `longest ${Math.round(figures.longest.ms)} ms (${figures.longest.name})`,
    );
  });
  for (const path of paths) {
    describe(path.name, () => {
      let baseline: FaultRun;
      beforeAll(async () => {
        baseline = await runFaulted({ team: path.team });
      }, BOUND_MS);

      it('baseline: the path is exercised and its release or team is judged', () => {
        expect(baseline.report.teams[0]!.models.length).toBeGreaterThan(0);
        if (path.release)
          expect(baseline.report.teams[0]!.models.find((m) => m.id === path.release)?.verdict).toBe(
            'compliant',
          );
      });

      for (const spec of FAULTS) {
        const expectation = spec.expect(path);
        if (expectation === 'n/a') continue;
        it(`${spec.name}: ${expectation}`, { timeout: BOUND_MS + 5000 }, async () => {
          const plan = (cdn: {
            hub: string;
            github: string;
          }): { hub?: PlannedFault[]; github?: PlannedFault[] } => {
            const fault = typeof spec.fault === 'function' ? spec.fault(cdn[path.upstream]) : spec.fault;
            const planned = [{ match: path.match, fault, ...(spec.count ? { count: spec.count } : {}) }];
            return path.upstream === 'hub' ? { hub: planned } : { github: planned };
          };
          const run = await runFaulted({ team: path.team, plan });
          const result = checkCase(run, baseline.report, path, expectation);
          figures.cases++;
          figures.wrongPasses += result.wrongPasses.length;
          if (run.ms > figures.longest.ms)
            figures.longest = { ms: run.ms, name: `${spec.name} on ${path.name}` };
          expect(result.problems).toEqual([]);
          expect(run.ms).toBeLessThan(BOUND_MS);
        });
      }
    });
  }
}
