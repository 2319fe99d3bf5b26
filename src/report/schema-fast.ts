/**
 * zod's answer for a schema, faster, for the values openquota itself writes: compiled from the
 * schema, it returns what `schema.parse` would return (the same values, keys in the schema's order)
 * or FAIL, and then the caller asks zod, which stays the one judge of what is valid and the one
 * writer of the problems (exit 2, naming the field). It never accepts what zod refuses: every node
 * it cannot mirror exactly compiles to FAIL.
 *
 * Why: zod copies every object of a 24 MB report (8,400 releases) and takes about half a second
 * over it, most of a `render`. This walk copies only the objects whose keys are out of the schema's
 * order (the scan writes `licence.detections` before `expression`, for one) and shares the rest.
 *
 * Compiled: object (unknown keys -> FAIL, where zod would drop them), array, record, string, number,
 * boolean, null, enum, literal, nullable, optional, unions of scalars; the checks min_length, number
 * bounds and safe integers. Anything else is listed in `unsupported` and compiles to FAIL.
 */
import type { z } from 'zod';

/** Returned when the value is not one the compiled schema can answer for: ask zod. */
export const FAIL: unique symbol = Symbol('ask zod');

/** zod's output for the value, or FAIL. */
export type FastParse = (value: unknown) => unknown;

/** A compiled schema, and the features it left to zod (a test keeps the report's list empty). */
export interface Compiled {
  parse: FastParse;
  /** The schema features compiled as FAIL, e.g. `transform`; empty when every node is compiled. */
  unsupported: string[];
}

interface Def {
  type: string;
  checks?: { _zod: { def: CheckDef } }[];
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  keyType?: z.ZodType;
  valueType?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  entries?: Record<string, string | number>;
  values?: unknown[];
  catchall?: z.ZodType;
}

interface CheckDef {
  check: string;
  minimum?: number;
  value?: number;
  inclusive?: boolean;
  format?: string;
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

const isRecordLike = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

type Test = (v: unknown) => boolean;

const isString: Test = (v) => typeof v === 'string';

/** Compiles a schema into a FastParse. */
export function compileFastParse(schema: z.ZodType): Compiled {
  const unsupported: string[] = [];
  const never: FastParse = () => FAIL;
  const give = (what: string) => {
    unsupported.push(what);
    return never;
  };
  // A scalar node returns the value itself when it accepts it.
  const scalar =
    (test: Test): FastParse =>
    (v) =>
      test(v) ? v : FAIL;

  // The checks of a string or number node, as one test; an unknown check leaves the node to zod.
  const checksOf = (def: Def): ((v: string | number) => boolean) | undefined => {
    const tests: ((v: string | number) => boolean)[] = [];
    for (const c of def.checks ?? []) {
      const d = c._zod.def;
      if (d.check === 'min_length' && typeof d.minimum === 'number') {
        const min = d.minimum;
        tests.push((v) => (v as string).length >= min);
      } else if (d.check === 'greater_than' && typeof d.value === 'number') {
        const min = d.value;
        tests.push(d.inclusive ? (v) => (v as number) >= min : (v) => (v as number) > min);
      } else if (d.check === 'less_than' && typeof d.value === 'number') {
        const max = d.value;
        tests.push(d.inclusive ? (v) => (v as number) <= max : (v) => (v as number) < max);
      } else if (d.check === 'number_format' && d.format === 'safeint') {
        tests.push((v) => Number.isSafeInteger(v));
      } else {
        unsupported.push(`${def.type} check ${d.check}`);
        return undefined;
      }
    }
    if (tests.length === 0) return () => true;
    if (tests.length === 1) return tests[0]!;
    return (v) => {
      for (const t of tests) if (!t(v)) return false;
      return true;
    };
  };

  // Scalar nodes as tests, for unions (undefined: not a scalar node).
  const scalarTest = (schema: z.ZodType): Test | undefined => {
    const def = defOf(schema);
    switch (def.type) {
      case 'string': {
        const checks = checksOf(def);
        if (!checks) return () => false;
        return def.checks?.length ? (v) => typeof v === 'string' && checks(v) : isString;
      }
      case 'number': {
        const checks = checksOf(def);
        // JSON holds no NaN or Infinity, which zod refuses: Number.isFinite keeps the two in step.
        return checks ? (v) => typeof v === 'number' && Number.isFinite(v) && checks(v) : () => false;
      }
      case 'boolean':
        if (def.checks?.length) {
          unsupported.push('boolean checks');
          return () => false;
        }
        return (v) => typeof v === 'boolean';
      case 'null':
        return (v) => v === null;
      case 'enum': {
        const values = new Set<unknown>(Object.values(def.entries ?? {}));
        return (v) => values.has(v);
      }
      case 'literal': {
        const values = new Set(def.values ?? []);
        return (v) => values.has(v);
      }
      case 'nullable': {
        const inner = scalarTest(def.innerType!);
        return inner ? (v) => v === null || inner(v) : undefined;
      }
      default:
        return undefined;
    }
  };

  const compile = (schema: z.ZodType): FastParse => {
    const test = scalarTest(schema);
    if (test) return scalar(test);
    const def = defOf(schema);
    switch (def.type) {
      case 'nullable': {
        const inner = compile(def.innerType!);
        return (v) => (v === null ? v : inner(v));
      }
      case 'optional': {
        // Only reached for an optional value outside an object; an object skips absent keys itself.
        const inner = compile(def.innerType!);
        return (v) => (v === undefined ? v : inner(v));
      }
      case 'union': {
        // zod keeps the first option that succeeds; for scalars every option returns the value
        // itself, so any option accepting it gives the same answer. Unions of objects are left to zod.
        const tests = (def.options ?? []).map(scalarTest);
        if (!tests.every((t): t is Test => t !== undefined)) return give('union of non-scalars');
        return scalar((v) => tests.some((t) => t(v)));
      }
      case 'array': {
        if (def.checks?.length) return give('array checks');
        const element = compile(def.element!);
        return (v) => {
          if (!Array.isArray(v)) return FAIL;
          let out: unknown[] | undefined;
          for (let i = 0; i < v.length; i++) {
            const r = element(v[i]);
            if (r === FAIL) return FAIL;
            // Copied only from the first element that changed.
            if (out === undefined && r !== v[i]) out = v.slice(0, i);
            if (out !== undefined) out.push(r);
          }
          return out ?? v;
        };
      }
      case 'record': {
        if (def.checks?.length) return give('record checks');
        const key = scalarTest(def.keyType!);
        if (!key) return give('record of non-scalar keys');
        const value = compile(def.valueType!);
        return (v) => {
          if (!isRecordLike(v)) return FAIL;
          let out: Record<string, unknown> | undefined;
          const keys = Object.keys(v);
          for (let i = 0; i < keys.length; i++) {
            const k = keys[i]!;
            // zod writes the record into a plain object, where `__proto__` would set the prototype.
            if (k === '__proto__' || !key(k)) return FAIL;
            const r = value(v[k]);
            if (r === FAIL) return FAIL;
            if (out === undefined && r !== v[k]) {
              out = {};
              for (let j = 0; j < i; j++) out[keys[j]!] = v[keys[j]!];
            }
            if (out !== undefined) out[k] = r;
          }
          return out ?? v;
        };
      }
      case 'object': {
        if (def.checks?.length) return give('object checks');
        // A catchall keeps unknown keys, which zod's default drops: left to zod.
        if (def.catchall) return give('object catchall');
        const keys = Object.keys(def.shape ?? {});
        const fields = keys.map((k) => {
          const d = defOf(def.shape![k]!);
          const optional = d.type === 'optional';
          return { key: k, optional, parse: compile(optional ? d.innerType! : def.shape![k]!) };
        });
        const position = new Map(keys.map((k, i) => [k, i]));
        return (v) => {
          if (!isRecordLike(v)) return FAIL;
          // zod writes the keys in the schema's order and drops unknown ones (an unknown key: FAIL).
          // The common case, keys already in order, costs one pass of identity compares (keys are
          // interned); only a key not found ahead is looked up, to tell out of order from unknown.
          let ordered = true;
          let p = 0;
          for (const k in v) {
            while (p < keys.length && keys[p] !== k) p++;
            if (p < keys.length) continue;
            if (!position.has(k)) return FAIL;
            ordered = false;
            p = position.get(k)!;
          }
          let out: Record<string, unknown> | undefined = ordered ? undefined : {};
          for (let i = 0; i < fields.length; i++) {
            const f = fields[i]!;
            const x = v[f.key];
            if (x === undefined) {
              // An absent optional key stays absent; a key holding undefined cannot come from JSON.
              if (!f.optional || f.key in v) return FAIL;
              continue;
            }
            const r = f.parse(x);
            if (r === FAIL) return FAIL;
            if (out === undefined && r !== x) {
              out = {};
              for (let j = 0; j < i; j++) {
                const before = fields[j]!.key;
                if (v[before] !== undefined) out[before] = v[before];
              }
            }
            if (out !== undefined) out[f.key] = r;
          }
          return out ?? v;
        };
      }
      default:
        return give(def.type);
    }
  };

  const parse = compile(schema);
  return { parse, unsupported };
}
