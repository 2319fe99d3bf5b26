import { z } from 'zod';
import { FORMATS } from './formats.js';
import { DEFAULT_CACHE_MAX_MB } from './sources/cache-store.js';
import { DEFAULT_POOLS, formatPools, type Pools, parsePools } from './sources/pools.js';

export { FORMATS, type Format } from './formats.js';

// `90s`, `10m`, `1h30m`, `500ms`, or bare seconds (`600`): how people write a time limit.
const DURATION = /^(?:(\d+(?:\.\d+)?)(ms|s|m|h))+$|^\d+(?:\.\d+)?$/;
const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
/** The longest deadline accepted: a day. A scan that needs longer is waiting on something broken. */
export const MAX_DEADLINE_MS = 24 * 3_600_000;

/** Milliseconds of a duration (`90s`, `10m`, `1h30m`, `500ms`, bare seconds), or undefined when it is not one. */
export function parseDuration(text: string): number | undefined {
  const value = text.trim().toLowerCase();
  if (!DURATION.test(value)) return undefined;
  if (/^\d+(?:\.\d+)?$/.test(value)) return Number(value) * 1000;
  let total = 0;
  for (const [, amount, unit] of value.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g))
    total += Number(amount) * UNIT_MS[unit!]!;
  return Math.round(total);
}

/** A `--deadline` value: a duration string, parsed to milliseconds. */
const deadline = z
  .string()
  .transform((text, ctx) => {
    const ms = parseDuration(text);
    if (ms === undefined || ms <= 0 || ms > MAX_DEADLINE_MS) {
      ctx.addIssue({
        code: 'custom',
        message: `"${text}" is not a duration between 1s and 24h; write e.g. 90s, 10m or 1h30m`,
      });
      return z.NEVER;
    }
    return ms;
  })
  .optional();

/** A `--concurrency` value: `N` (every pool) or `hub-api=N,hub-files=N,github=N`, parsed to pools. */
const concurrency = z.union([z.string(), z.number()]).transform((value, ctx): Pools => {
  const pools = parsePools(String(value));
  if ('error' in pools) {
    ctx.addIssue({ code: 'custom', message: pools.error });
    return z.NEVER;
  }
  return pools;
});

/** Team ids given on the command line or as an Action input (`a,b` or one per line). */
const teamList = z
  .union([z.string(), z.array(z.string())])
  .transform((v) => (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(/[\s,]+/)).filter(Boolean));

/**
 * Scan options: the one schema the CLI and the Action both validate their input with, so a flag
 * and an input with the same name mean the same thing.
 */
export const scanOptionsSchema = z.strictObject({
  config: z.string().min(1).default('openquota.yml').describe('programme file'),
  policy: z.string().min(1).optional().describe("preset name or policy file; overrides the programme's"),
  team: teamList.default([]).describe('team ids to scan; all when empty'),
  format: z.enum(FORMATS).optional().describe('output format on stdout'),
  output: z.string().min(1).optional().describe('write the JSON report to this file (atomically)'),
  saveEvidence: z.string().min(1).optional().describe('write every evidence record to this directory'),
  verbose: z.boolean().default(false).describe('list every model in the table'),
  concurrency: concurrency
    .default({ ...DEFAULT_POOLS })
    .describe(`requests in flight at once per host: N for every pool, or ${formatPools(DEFAULT_POOLS)}`),
  timeout: z.coerce.number().positive().max(600).default(30).describe('seconds per HTTP request'),
  cacheDir: z
    .string()
    .min(1)
    .optional()
    .describe('ETag cache directory; default $XDG_CACHE_HOME/openquota or ~/.cache/openquota'),
  noCache: z.boolean().default(false).describe('send no conditional requests and keep no cache'),
  cacheMaxMb: z.coerce
    .number()
    .int()
    .min(1)
    .max(100_000)
    .default(DEFAULT_CACHE_MAX_MB)
    .describe('cap of the on-disk cache in MiB; least recently used entries are evicted'),
  deadline: deadline.describe(
    'time limit of the whole scan (90s, 10m, 1h); default 10 minutes plus 5 per thousand releases',
  ),
  failOn: z.enum(['fail', 'incomplete', 'never']).default('fail').describe('which outcome fails the run'),
});

/** Validated scan options. */
export type ScanOptions = z.output<typeof scanOptionsSchema>;
