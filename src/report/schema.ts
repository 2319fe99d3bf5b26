import { z } from 'zod';
import { renderPath } from '../config/problems.js';
import { ConfigError, type ConfigProblem } from '../errors.js';
import { formatBytes, readBoundedText } from '../read/bounded.js';
import { LIMITS } from '../read/limits.js';
import { EVIDENCE_CODES, FINDING_CODES, type Report } from '../types.js';
import { compileFastParse, FAIL } from './schema-fast.js';

/** Every finding code, in the order of src/types.ts (re-exported for the report's readers). */
export { FINDING_CODES };

const finding = z.object({
  code: z.enum(FINDING_CODES),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  args: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
  blocking: z.boolean().optional(),
});

const detection = z.object({
  licence: z.string().nullable(),
  confidence: z.number().min(0).max(1),
  matcher: z.string(),
  file: z.string().optional(),
  closest: z.object({ licence: z.string(), confidence: z.number() }).optional(),
  bearing: z.boolean().optional(),
  extra: z.array(z.string()).optional(),
});

const failure = z.object({
  code: z.string(),
  message: z.string(),
  url: z.string().optional(),
  status: z.number().optional(),
  requestId: z.string().optional(),
  // The programme entry whose listing failed (`huggingface: ORG`): kept, so a rendered report names it.
  origin: z.string().optional(),
});

const status = z.enum(['pass', 'fail', 'incomplete']);

const model = z.object({
  source: z.enum(['huggingface', 'github', 'git', 'local']),
  id: z.string().min(1),
  url: z.string().optional(),
  revision: z.string().nullable(),
  declared: z.boolean(),
  origin: z.string(),
  verdict: z.enum(['compliant', 'non-compliant', 'unknown', 'excluded']),
  availability: z.enum(['public', 'gated-auto', 'gated-manual', 'private', 'disabled', 'missing']).nullable(),
  licence: z.object({
    declared: z.string().nullable(),
    detected: z.string().nullable(),
    expression: z.string().nullable(),
    approved: z.boolean().nullable(),
    detections: z.array(detection),
  }),
  weights: z.array(z.string()).nullable(),
  parameters: z.number().nullable(),
  weightFigures: z
    .object({
      bytes: z.number().nullable(),
      parameters: z.number().nullable(),
      source: z
        .enum(['hub-listing', 'hub-tree', 'safetensors-header', 'github-tree', 'lfs-pointer', 'file-size'])
        .nullable(),
    })
    .optional(),
  reasons: z.array(finding),
  evidence: z.array(z.string()),
  // The evidence lines as data (code + args), rendered by the i18n layer; absent in older reports.
  provenance: z
    .array(
      z.object({
        code: z.enum(EVIDENCE_CODES),
        args: z.record(z.string(), z.union([z.string(), z.number()])),
      }),
    )
    .optional(),
  links: z.array(z.string()).optional(),
  kind: z.enum(['model', 'code']).optional(),
  code: z
    .array(
      z.object({
        source: z.enum(['huggingface', 'github', 'git', 'local']),
        id: z.string(),
        url: z.string().optional(),
        licence: z.string().nullable(),
      }),
    )
    .optional(),
  family: z.string().optional(),
  copies: z
    .array(
      z.object({
        source: z.enum(['huggingface', 'github', 'git', 'local']),
        id: z.string(),
        url: z.string().optional(),
        relation: z.string(),
        verdict: z.enum(['compliant', 'non-compliant', 'unknown', 'excluded']),
      }),
    )
    .optional(),
  lineage: z
    .array(
      z.object({
        id: z.string(),
        relation: z.string(),
        own: z.boolean(),
        licence: z.string().nullable(),
        failure: z.string().optional(),
      }),
    )
    .optional(),
});

const team = z.object({
  id: z.string().min(1),
  name: z.string(),
  status,
  counted: z.number().int().min(0),
  compliant: z.number().int().min(0),
  nonCompliant: z.number().int().min(0),
  unknown: z.number().int().min(0),
  excluded: z.number().int().min(0),
  share: z.number().min(0).max(1),
  parameterShare: z.number().min(0).max(1).nullable().optional(),
  threshold: z.number().min(0).max(1),
  reason: z.object({ code: z.string(), message: z.string() }),
  failures: z.array(failure),
  models: z.array(model),
});

/** The JSON report `openquota/report@1` as a zod schema: what `render` and `diff` accept. */
export const reportSchema = z.object({
  schema: z.literal('openquota/report@1'),
  tool: z.object({ name: z.literal('openquota'), version: z.string() }),
  generatedAt: z.string(),
  programme: z.object({
    title: z.string(),
    file: z.string().nullable(),
    sha256: z.string().nullable(),
    commit: z.string().nullable().optional(),
  }),
  policy: z.object({ id: z.string(), title: z.string(), sha256: z.string(), threshold: z.number() }),
  status,
  teams: z.array(team),
  requests: z
    .object({
      api: z.number(),
      files: z.number(),
      retries: z.number(),
      notModified: z.number(),
      cacheHits: z.number(),
    })
    .optional(),
});

// Compile-time proof that the schema and the Report type describe the same shape.
type Parsed = z.output<typeof reportSchema>;
const _sameShape: [Parsed extends Report ? true : false, Report extends Parsed ? true : false] = [true, true];
void _sameShape;

/**
 * The schema compiled for the reports openquota writes (src/report/schema-fast.ts): what zod would
 * return, without zod's copy of every object; any other value is parsed by zod, which decides and explains.
 */
export const reportFast = compileFastParse(reportSchema);

const REPORT_FIX =
  'give a JSON report written by `openquota scan --json FILE` (or `--format json`): schema openquota/report@1';

/**
 * What a JSON file is when it is plainly not a report, so a reviewer who passed the wrong file is
 * told which file it is instead of twenty schema errors: another openquota document, a SARIF log,
 * a CycloneDX BOM, a package.json, or not an object at all.
 */
function notAReport(data: unknown): { path: string; message: string } | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    const kind = data === null ? 'null' : Array.isArray(data) ? 'an array' : `a ${typeof data}`;
    return { path: '', message: `is not an openquota report: the file holds ${kind}, not a report object` };
  }
  const doc = data as Record<string, unknown>;
  if (typeof doc.schema === 'string' && doc.schema !== 'openquota/report@1') {
    const other: Record<string, string> = {
      'openquota/diff@1': 'a diff of two reports (openquota diff)',
      'openquota/check@1': 'the result of openquota check',
      'openquota/evidence@1': 'an evidence record (judge a bundle with openquota evaluate DIR)',
    };
    const what =
      other[doc.schema] ??
      (doc.schema.startsWith('openquota/')
        ? 'an openquota document of another kind or version'
        : 'another kind of document');
    return { path: 'schema', message: `"${doc.schema}" is not a report this version reads: this is ${what}` };
  }
  if ('schema' in doc && doc.schema === 'openquota/report@1') return undefined;
  const kind =
    typeof doc.$schema === 'string' && /sarif/i.test(doc.$schema)
      ? 'a SARIF log (openquota --format sarif)'
      : doc.bomFormat === 'CycloneDX'
        ? 'a CycloneDX BOM (openquota --format cyclonedx)'
        : typeof doc.name === 'string' && ('dependencies' in doc || 'version' in doc)
          ? 'a package manifest'
          : undefined;
  return {
    path: '',
    message: `is not an openquota report: it has no "schema": "openquota/report@1"${kind ? `; it looks like ${kind}` : ''}`,
  };
}

/** Validates parsed JSON as a report; problems name the file and the path of what is wrong. */
export function parseReport(file: string, data: unknown): { report: Report } | { problems: ConfigProblem[] } {
  const notReport = notAReport(data);
  if (notReport)
    return { problems: [{ file, path: notReport.path, message: notReport.message, fix: REPORT_FIX }] };
  const fast = reportFast.parse(data);
  if (fast !== FAIL) return { report: fast as Report };
  const parsed = reportSchema.safeParse(data);
  if (parsed.success) return { report: parsed.data as Report };
  return {
    problems: parsed.error.issues
      .slice(0, 20)
      .map((i) => ({ file, path: renderPath(i.path), message: i.message })),
  };
}

/** Reads and validates a JSON report file; throws ConfigError (exit 2) naming the file and the problem. */
export async function readReport(file: string, shownAs: string = file): Promise<Report> {
  return (await readReportText(file, shownAs)).report;
}

/** `readReport`, with the text the report was parsed from (the site records what it was built from). */
export async function readReportText(
  file: string,
  shownAs: string = file,
): Promise<{ report: Report; text: string }> {
  // The bounded reader refuses a FIFO, a device or a directory, and a file over the report cap.
  const read = await readBoundedText(file, LIMITS.report);
  if (!read.ok || read.truncated) {
    throw new ConfigError([
      {
        file: shownAs,
        path: '',
        message: !read.ok
          ? `cannot read the report: it ${read.message}`
          : `cannot read the report: it is larger than ${formatBytes(LIMITS.report)}`,
        fix: REPORT_FIX,
      },
    ]);
  }
  if (read.text.trim() === '') {
    throw new ConfigError([
      { file: shownAs, path: '', message: 'the report file is empty', fix: REPORT_FIX },
    ]);
  }
  let data: unknown;
  try {
    data = JSON.parse(read.text);
  } catch (error) {
    throw new ConfigError([
      {
        file: shownAs,
        path: '',
        message: `not JSON: ${(error as Error).message}`,
        fix: REPORT_FIX,
      },
    ]);
  }
  const result = parseReport(shownAs, data);
  if ('problems' in result) throw new ConfigError(result.problems);
  return { report: result.report, text: read.text };
}
