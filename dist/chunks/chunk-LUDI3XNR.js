import { createRequire as __oqCreateRequire } from 'node:module'; import { fileURLToPath as __oqFileURLToPath } from 'node:url'; import { dirname as __oqDirname } from 'node:path'; const require = __oqCreateRequire(import.meta.url); const __filename = __oqFileURLToPath(import.meta.url); const __dirname = __oqDirname(__filename);
import {
  DEFAULT_CACHE_MAX_MB,
  DEFAULT_POOLS,
  formatPools,
  parsePools
} from "./chunk-MJBHSBXW.js";
import {
  external_exports
} from "./chunk-4I2ZW4QJ.js";

// src/options.ts
var FORMATS = ["table", "json", "markdown", "sarif", "html", "cyclonedx"];
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

export {
  FORMATS,
  scanOptionsSchema
};
