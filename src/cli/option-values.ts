/**
 * Flags that stand for scan options (src/options.ts) are validated by that schema, so a flag and an
 * Action input with the same name accept the same values; what is wrong is said from the schema's
 * own bounds ("--concurrency: must be a whole number from 1 to 32, got 'abc'"), never as zod's text
 * ("expected number, received NaN").
 */
import type { z } from 'zod';
import { closest } from '../config/problems.js';
import type { FlagSpec, ParsedArgs } from './flags.js';
import type { Problems } from './problems.js';

type Def = {
  type?: string;
  innerType?: unknown;
  defaultValue?: unknown;
  checks?: unknown[];
  entries?: object;
};
const defOf = (schema: unknown): Def => ((schema as { _zod?: { def?: Def } })?._zod?.def ?? {}) as Def;

/** The schema under `.default()` / `.optional()`, and the default it gives. */
function unwrap(schema: unknown): { inner: unknown; fallback?: unknown } {
  let node = schema;
  let fallback: unknown;
  for (let i = 0; i < 8 && defOf(node).innerType; i++) {
    const def = defOf(node);
    if (def.type === 'default')
      fallback = typeof def.defaultValue === 'function' ? undefined : def.defaultValue;
    node = def.innerType;
  }
  return { inner: node, ...(fallback !== undefined ? { fallback } : {}) };
}

/** "a whole number from 1 to 32", "a number greater than 0 and at most 600", from a zod number's checks. */
export function describeNumber(schema: unknown): string {
  let int = false;
  let low: { value: number; inclusive: boolean } | undefined;
  let high: { value: number; inclusive: boolean } | undefined;
  for (const check of defOf(schema).checks ?? []) {
    const c = defOf(check) as { check?: string; format?: string; value?: number; inclusive?: boolean };
    if (c.check === 'number_format' && /int/.test(c.format ?? '')) int = true;
    if (c.check === 'greater_than') low = { value: c.value!, inclusive: c.inclusive ?? true };
    if (c.check === 'less_than') high = { value: c.value!, inclusive: c.inclusive ?? true };
  }
  const kind = int ? 'a whole number' : 'a number';
  if (low?.inclusive && high?.inclusive) return `${kind} from ${low.value} to ${high.value}`;
  const parts = [
    low && (low.inclusive ? `at least ${low.value}` : `greater than ${low.value}`),
    high && (high.inclusive ? `at most ${high.value}` : `less than ${high.value}`),
  ].filter(Boolean);
  // "a number of at least 1", "a number greater than 0 and at most 600".
  const text = parts.join(' and ');
  return parts.length ? `${kind} ${text.startsWith('at ') ? 'of ' : ''}${text}` : kind;
}

/**
 * The values of `flags` that name an `option`, validated by `schema` (only those fields of it);
 * each invalid one adds a problem naming the flag, what it must be, what it got and an example.
 * Returns the parsed values, or undefined when some were invalid.
 */
export function optionValues<S extends z.ZodObject>(
  schema: S,
  args: ParsedArgs,
  flags: FlagSpec[],
  problems: Problems,
): Partial<z.output<S>> | undefined {
  const input: Record<string, unknown> = {};
  const flagOf = new Map<string, FlagSpec>();
  for (const f of flags) {
    if (!f.option) continue;
    flagOf.set(f.option, f);
    if (!args.has(f.name)) continue;
    input[f.option] = !f.value ? args.flag(f.name) : f.multiple ? args.strings(f.name) : args.string(f.name);
  }
  const keys = Object.fromEntries([...flagOf.keys()].map((k) => [k, true]));
  const picked = (schema as unknown as { pick: (k: object) => z.ZodType }).pick(keys);
  const parsed = picked.safeParse(input);
  if (parsed.success) return parsed.data as Partial<z.output<S>>;
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0]);
    const flag = flagOf.get(key)!;
    const raw = input[key];
    const { inner, fallback } = unwrap(schema.shape[key]);
    // A default that is not one word (the pools of --concurrency) is no example: its message says how to write it.
    const example =
      flag.example ??
      (fallback !== undefined && typeof fallback !== 'object'
        ? `e.g. --${flag.name} ${String(fallback)}`
        : undefined);
    const def = defOf(inner);
    if (def.type === 'number') {
      problems.flag(`--${flag.name}`, `must be ${describeNumber(inner)}, got '${String(raw)}'`, example);
    } else if (def.type === 'enum') {
      const values = Object.values(def.entries ?? {}).map(String);
      const near = typeof raw === 'string' ? closest(raw, values) : undefined;
      problems.coded(`--${flag.name}`, 'UNKNOWN_VALUE', {
        value: String(raw),
        near,
        values: values.join(', '),
      });
    } else if (def.type === 'string' && raw === '') {
      problems.coded(`--${flag.name}`, 'EMPTY_VALUE', {
        option: `--${flag.name}`,
        value: flag.value ?? 'a value',
      });
    } else {
      // The schema's own words (a custom check such as a duration's) are already meant for people.
      problems.flag(
        `--${flag.name}`,
        issue.code === 'custom' ? issue.message : `invalid value '${String(raw)}'`,
        example,
      );
    }
  }
  return undefined;
}
