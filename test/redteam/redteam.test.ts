/**
 * The red-team suite (issue 9): every trap a team could use to look more open than it is, run
 * through the real scan() against loopback registries, with the verdict it must get; beside them
 * the honest controls that must stay compliant. A summary of verdicts by class is printed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type LoadedPolicy, loadPolicy } from '../../src/policy/load.js';
import type { Report } from '../../src/types.js';
import { type CaseOutcome, type RedTeamCase, scanCases } from '../support/redteam-run.js';
import { CONTROLS, HONEST_TEAM, TRAP_TEAM, TRAPS } from './cases.js';

let outcomes: Map<string, CaseOutcome>;
let report: Report;
let policy: LoadedPolicy;

beforeAll(async () => {
  policy = await loadPolicy('msit-sovereign-ai-2025');
  ({ outcomes, report } = await scanCases([...TRAPS, ...CONTROLS, TRAP_TEAM, HONEST_TEAM], policy));
  const byWay = new Map<string, string[]>();
  for (const c of [...TRAPS, ...CONTROLS]) {
    const o = outcomes.get(c.id);
    const key = String(c.way);
    byWay.set(key, [...(byWay.get(key) ?? []), `${c.id}=${o?.model?.verdict ?? o?.team.status}`]);
  }
  console.info(
    `red team: ${TRAPS.length} traps, ${CONTROLS.length} controls\n${[...byWay]
      .map(([way, list]) => `  ${way}: ${list.join(', ')}`)
      .join('\n')}`,
  );
}, 120_000);

function check(c: RedTeamCase): void {
  const outcome = outcomes.get(c.id);
  expect(outcome, `no team ${c.id} in the report`).toBeDefined();
  const { team, model } = outcome!;
  const codes = model?.reasons.map((r) => r.code) ?? [];
  const context = `${c.id}: ${JSON.stringify({ verdict: model?.verdict, codes, licence: model?.licence.expression })}`;
  if (c.expect.status) expect(team.status, context).toBe(c.expect.status);
  if (c.expect.verdict) expect(model?.verdict, context).toBe(c.expect.verdict);
  for (const code of c.expect.codes ?? []) expect(codes, context).toContain(code);
  if (c.expect.expression !== undefined) expect(model?.licence.expression, context).toBe(c.expect.expression);
}

describe('red team: traps are never compliant', () => {
  it.each(TRAPS.map((c) => [`${c.way}. ${c.id}${c.engine ? ' (engine)' : ''}: ${c.what}`, c] as const))(
    '%s',
    (_, c) => {
      check(c);
      const { model, team } = outcomes.get(c.id)!;
      expect(model?.verdict).not.toBe('compliant');
      if (c.expect.status) expect(team.status).not.toBe('pass');
    },
  );

  it('every way in has at least two traps of its own', () => {
    const counts = new Map<number, number>();
    for (const c of TRAPS) counts.set(c.way as number, (counts.get(c.way as number) ?? 0) + 1);
    for (const way of [1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
      expect(counts.get(way), `way ${way}`).toBeGreaterThanOrEqual(2);
  });
});

describe('red team: honest controls stay compliant', () => {
  it.each(CONTROLS.map((c) => [`${c.id}: ${c.what}`, c] as const))('%s', (_, c) => {
    check(c);
    expect(outcomes.get(c.id)!.model?.reasons.filter((r) => r.severity !== 'info')).toEqual([]);
  });
});

describe('red team: teams', () => {
  it('a team of traps around one honest model does not pass', () => {
    check(TRAP_TEAM);
    const team = outcomes.get(TRAP_TEAM.id)!.team;
    expect(team.counted).toBe(7);
    expect(team.compliant).toBe(1);
    // The declared flagship counts although a glob matches it.
    expect(team.models.find((m) => m.id.endsWith('/flagship'))?.verdict).toBe('non-compliant');
  });

  it('a team of honest models passes', () => {
    check(HONEST_TEAM);
    const team = outcomes.get(HONEST_TEAM.id)!.team;
    expect(team.compliant).toBe(team.counted);
  });

  it('the programme of traps does not pass', () => {
    expect(report.status).not.toBe('pass');
  });
});
