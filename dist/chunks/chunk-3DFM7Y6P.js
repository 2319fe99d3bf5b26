import {
  FORMATS
} from "./chunk-GJBAC3SR.js";
import {
  DEFAULT_CACHE_MAX_MB,
  DEFAULT_POOLS,
  formatPools,
  parsePools
} from "./chunk-53VXJEX3.js";
import {
  external_exports
} from "./chunk-WFX5YPL4.js";
import {
  closest
} from "./chunk-ZVPDN32M.js";

// src/options.ts
var DURATION = /^(?:(\d+(?:\.\d+)?)(ms|s|m|h))+$|^\d+(?:\.\d+)?$/;
var UNIT_MS = { ms: 1, s: 1e3, m: 6e4, h: 36e5 };
var MAX_DEADLINE_MS = 24 * 36e5;
function parseDuration(text) {
  const value = text.trim().toLowerCase();
  if (!DURATION.test(value)) return void 0;
  if (/^\d+(?:\.\d+)?$/.test(value)) return Number(value) * 1e3;
  let total = 0;
  for (const [, amount, unit] of value.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g))
    total += Number(amount) * UNIT_MS[unit];
  return Math.round(total);
}
var deadline = external_exports.string().transform((text, ctx) => {
  const ms = parseDuration(text);
  if (ms === void 0 || ms <= 0 || ms > MAX_DEADLINE_MS) {
    ctx.addIssue({
      code: "custom",
      message: `"${text}" is not a duration between 1s and 24h; write e.g. 90s, 10m or 1h30m`
    });
    return external_exports.NEVER;
  }
  return ms;
}).optional();
var concurrency = external_exports.union([external_exports.string(), external_exports.number()]).transform((value, ctx) => {
  const pools = parsePools(String(value));
  if ("error" in pools) {
    ctx.addIssue({ code: "custom", message: pools.error });
    return external_exports.NEVER;
  }
  return pools;
});
var teamList = external_exports.union([external_exports.string(), external_exports.array(external_exports.string())]).transform((v) => (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(/[\s,]+/)).filter(Boolean));
var scanOptionsSchema = external_exports.strictObject({
  config: external_exports.string().min(1).default("openquota.yml").describe("programme file"),
  policy: external_exports.string().min(1).optional().describe("preset name or policy file; overrides the programme's"),
  team: teamList.default([]).describe("team ids to scan; all when empty"),
  format: external_exports.enum(FORMATS).optional().describe("output format on stdout"),
  output: external_exports.string().min(1).optional().describe("write the JSON report to this file (atomically)"),
  saveEvidence: external_exports.string().min(1).optional().describe("write every evidence record to this directory"),
  verbose: external_exports.boolean().default(false).describe("list every model in the table"),
  concurrency: concurrency.default({ ...DEFAULT_POOLS }).describe(`requests in flight at once per host: N for every pool, or ${formatPools(DEFAULT_POOLS)}`),
  timeout: external_exports.coerce.number().positive().max(600).default(30).describe("seconds per HTTP request"),
  cacheDir: external_exports.string().min(1).optional().describe("ETag cache directory; default $XDG_CACHE_HOME/openquota or ~/.cache/openquota"),
  noCache: external_exports.boolean().default(false).describe("send no conditional requests and keep no cache"),
  cacheMaxMb: external_exports.coerce.number().int().min(1).max(1e5).default(DEFAULT_CACHE_MAX_MB).describe("cap of the on-disk cache in MiB; least recently used entries are evicted"),
  deadline: deadline.describe(
    "time limit of the whole scan (90s, 10m, 1h); default 10 minutes plus 5 per thousand releases"
  ),
  failOn: external_exports.enum(["fail", "incomplete", "never"]).default("fail").describe("which outcome fails the run")
});

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
  scanOptionsSchema,
  optionValues
};
