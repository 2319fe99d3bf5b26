import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseReport, reportFast, reportSchema } from '../../src/report/schema.js';
import { compileFastParse, FAIL } from '../../src/report/schema-fast.js';
import { fixtureReport } from './golden.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** zod's answer and the fast one agree: the fast one fails, or it returns exactly zod's output. */
function expectAgrees(value: unknown, schema: z.ZodType = reportSchema, fast = reportFast.parse): void {
  const zod = schema.safeParse(value);
  const got = fast(value);
  if (got === FAIL) return;
  expect(zod.success).toBe(true);
  // Same values and the same key order: what every renderer and `JSON.stringify` see.
  expect(JSON.stringify(got)).toBe(JSON.stringify(zod.data));
}

/** Every path to a value inside `value`, objects and arrays included. */
function paths(value: Json, at: (string | number)[] = []): (string | number)[][] {
  const here = [at];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => paths(v, [...at, i]))];
  if (value && typeof value === 'object')
    return [...here, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...at, k]))];
  return here;
}

function setAt(root: Json, path: (string | number)[], value: Json | undefined): Json {
  const copy = structuredClone(root);
  let node = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  const last = path.at(-1)!;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

// The shape of a path: its keys, array indices dropped (`teams.models.licence.detections.file`).
const shapeOf = (path: (string | number)[]) => path.filter((k) => typeof k === 'string').join('.');

// Reports small enough to mutate at every path: the fixture's first round (every verdict, finding
// code and optional field) without models, then with one model at a time, each model adding a shape
// not seen before (mutating one whole report at every path would take a minute).
function smallReports(): Json[] {
  const report = fixtureReport('round-1') as unknown as { teams: { models: Json[] }[] };
  const seen = new Set<string>();
  const models = report.teams.flatMap((team) => team.models);
  const picked = models.filter((model) => {
    const shapes = paths(model).map(shapeOf);
    const adds = shapes.some((s) => !seen.has(s));
    for (const s of shapes) seen.add(s);
    return adds;
  });
  for (const team of report.teams) team.models = [];
  const bare = report as unknown as Json;
  return [bare, ...picked.map((m) => setAt(bare, ['teams', 0, 'models'], [m]))];
}

describe('the report schema compiled for speed (src/report/schema-fast.ts)', () => {
  it('compiles every node of the report schema (nothing is left to zod)', () => {
    expect(reportFast.unsupported).toEqual([]);
  });

  it('returns what zod returns for the fixtures and the example, keys in the schema order', () => {
    const example = JSON.parse(readFileSync('examples/sovereign-ai-2025/report.json', 'utf8'));
    for (const report of [fixtureReport('round-1'), fixtureReport('round-2'), example]) {
      expect(reportFast.parse(report)).not.toBe(FAIL);
      expectAgrees(report);
    }
  });

  it('copies only what zod would reorder, sharing the rest', () => {
    const report = fixtureReport('round-1');
    const out = reportFast.parse(report) as typeof report;
    expect(out.programme).toBe(report.programme);
    const disordered = JSON.parse(JSON.stringify(report));
    const team = disordered.teams[0];
    disordered.teams[0] = { models: team.models, ...team };
    const reordered = reportFast.parse(disordered) as typeof report;
    expect(Object.keys(reordered.teams[0]!).at(-1)).toBe('models');
    expect(reordered.teams[1]).toBe(disordered.teams[1]);
    expectAgrees(disordered);
  });

  it('never accepts what zod refuses, nor returns other than zod, at any path of a report', () => {
    const mutations: (Json | undefined)[] = [undefined, null, 'x', '', -1, 0.5, 2 ** 60, true, {}, []];
    let failed = 0;
    // Each path once by its shape and place in the array: `teams[0].models[0].reasons[1].code`
    // stands for that field of every finding after the first.
    const done = new Set<string>();
    for (const report of smallReports()) {
      for (const path of paths(report).filter((p) => p.length > 0)) {
        const key = path.map((k) => (typeof k === 'number' ? Math.min(k, 1) : k)).join('.');
        if (done.has(key)) continue;
        done.add(key);
        for (const m of mutations) {
          const value = setAt(report, path, m);
          expectAgrees(value);
          if (reportFast.parse(value) === FAIL) failed++;
        }
      }
    }
    // The mutations do reach zod: most of them make a report it refuses.
    expect(failed).toBeGreaterThan(500);
  });

  it('leaves unknown keys and `__proto__` keys to zod', () => {
    const report = JSON.parse(JSON.stringify(fixtureReport('round-1')));
    report.extra = 1;
    expect(reportFast.parse(report)).toBe(FAIL);
    expect('report' in parseReport('r.json', report)).toBe(true);
    const proto = JSON.parse(JSON.stringify(fixtureReport('round-1')));
    // As JSON.parse makes it: an own key `__proto__`, which zod's record would turn into a prototype.
    proto.teams[0].models[0].reasons[0].args = JSON.parse('{"__proto__":"x"}');
    expect(reportFast.parse(proto)).toBe(FAIL);
    expectAgrees(proto);
  });

  it('a malformed report is still refused by zod, naming the field', () => {
    const report = JSON.parse(JSON.stringify(fixtureReport('round-1')));
    report.teams[0].models[0].verdict = 'fine';
    const result = parseReport('r.json', report);
    expect('problems' in result && result.problems[0]?.path).toBe('teams[0].models[0].verdict');
  });

  it('leaves features it does not mirror to zod', () => {
    const schema = z.object({ a: z.string().transform((s) => s.length), b: z.string().email() });
    const compiled = compileFastParse(schema);
    expect(compiled.unsupported).toEqual(['pipe', 'string check string_format']);
    expect(compiled.parse({ a: 'x', b: 'a@b.c' })).toBe(FAIL);
    const scalars = z.object({
      n: z.number().int().min(0).max(10),
      s: z.string().min(2),
      u: z.union([z.string(), z.number()]).nullable().optional(),
    });
    const fast = compileFastParse(scalars);
    expect(fast.unsupported).toEqual([]);
    for (const value of [
      { n: 3, s: 'ab' },
      { n: 3.5, s: 'ab' },
      { n: 11, s: 'ab' },
      { n: 3, s: 'a' },
      { n: 3, s: 'ab', u: null },
      { n: 3, s: 'ab', u: true },
      { s: 'ab', n: 3 },
    ])
      expectAgrees(value, scalars, fast.parse);
  });
});
