import { createRequire as __oqCreateRequire } from 'node:module'; import { fileURLToPath as __oqFileURLToPath } from 'node:url'; import { dirname as __oqDirname } from 'node:path'; const require = __oqCreateRequire(import.meta.url); const __filename = __oqFileURLToPath(import.meta.url); const __dirname = __oqDirname(__filename);
import {
  closest
} from "./chunk-ZVPDN32M.js";

// src/cli/option-values.ts
var defOf = (schema) => schema?._zod?.def ?? {};
function unwrap(schema) {
  let node = schema;
  let fallback;
  for (let i = 0; i < 8 && defOf(node).innerType; i++) {
    const def = defOf(node);
    if (def.type === "default")
      fallback = typeof def.defaultValue === "function" ? void 0 : def.defaultValue;
    node = def.innerType;
  }
  return { inner: node, ...fallback !== void 0 ? { fallback } : {} };
}
function describeNumber(schema) {
  let int = false;
  let low;
  let high;
  for (const check of defOf(schema).checks ?? []) {
    const c = defOf(check);
    if (c.check === "number_format" && /int/.test(c.format ?? "")) int = true;
    if (c.check === "greater_than") low = { value: c.value, inclusive: c.inclusive ?? true };
    if (c.check === "less_than") high = { value: c.value, inclusive: c.inclusive ?? true };
  }
  const kind = int ? "a whole number" : "a number";
  if (low?.inclusive && high?.inclusive) return `${kind} from ${low.value} to ${high.value}`;
  const parts = [
    low && (low.inclusive ? `at least ${low.value}` : `greater than ${low.value}`),
    high && (high.inclusive ? `at most ${high.value}` : `less than ${high.value}`)
  ].filter(Boolean);
  const text = parts.join(" and ");
  return parts.length ? `${kind} ${text.startsWith("at ") ? "of " : ""}${text}` : kind;
}
function optionValues(schema, args, flags, problems) {
  const input = {};
  const flagOf = /* @__PURE__ */ new Map();
  for (const f of flags) {
    if (!f.option) continue;
    flagOf.set(f.option, f);
    if (!args.has(f.name)) continue;
    input[f.option] = !f.value ? args.flag(f.name) : f.multiple ? args.strings(f.name) : args.string(f.name);
  }
  const keys = Object.fromEntries([...flagOf.keys()].map((k) => [k, true]));
  const picked = schema.pick(keys);
  const parsed = picked.safeParse(input);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) {
    const key = String(issue.path[0]);
    const flag = flagOf.get(key);
    const raw = input[key];
    const { inner, fallback } = unwrap(schema.shape[key]);
    const example = flag.example ?? (fallback !== void 0 && typeof fallback !== "object" ? `e.g. --${flag.name} ${String(fallback)}` : void 0);
    const def = defOf(inner);
    if (def.type === "number") {
      problems.flag(`--${flag.name}`, `must be ${describeNumber(inner)}, got '${String(raw)}'`, example);
    } else if (def.type === "enum") {
      const values = Object.values(def.entries ?? {}).map(String);
      const near = typeof raw === "string" ? closest(raw, values) : void 0;
      problems.coded(`--${flag.name}`, "UNKNOWN_VALUE", {
        value: String(raw),
        near,
        values: values.join(", ")
      });
    } else if (def.type === "string" && raw === "") {
      problems.coded(`--${flag.name}`, "EMPTY_VALUE", {
        option: `--${flag.name}`,
        value: flag.value ?? "a value"
      });
    } else {
      problems.flag(
        `--${flag.name}`,
        issue.code === "custom" ? issue.message : `invalid value '${String(raw)}'`,
        example
      );
    }
  }
  return void 0;
}

export {
  optionValues
};
