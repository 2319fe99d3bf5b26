import { z } from 'zod';

/** Output formats every entry point knows; a renderer exists for each one it accepts. */
export const FORMATS = ['table', 'json', 'markdown', 'sarif', 'html', 'cyclonedx'] as const;
/** One output format. */
export type Format = (typeof FORMATS)[number];

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
  concurrency: z.coerce.number().int().min(1).max(32).default(8).describe('releases inspected at once'),
  timeout: z.coerce.number().positive().max(600).default(30).describe('seconds per HTTP request'),
  cacheDir: z
    .string()
    .min(1)
    .optional()
    .describe('ETag cache directory; default $XDG_CACHE_HOME/openquota or ~/.cache/openquota'),
  noCache: z.boolean().default(false).describe('send no conditional requests and keep no cache'),
  failOn: z.enum(['fail', 'incomplete', 'never']).default('fail').describe('which outcome fails the run'),
});

/** Validated scan options. */
export type ScanOptions = z.output<typeof scanOptionsSchema>;
