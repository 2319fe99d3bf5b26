import { z } from 'zod';
import { ConfigError } from '../errors.js';
import { scanOptionsSchema } from '../options.js';
import { COMMENT_MODES } from './comment.js';

/** A list input: one item per line or separated by commas, blanks dropped. */
const list = z
  .string()
  .optional()
  .transform((v) =>
    (v ?? '')
      .split(/[\n,]+/)
      .map((s) => s.trim())
      .filter(Boolean),
  );

/**
 * The Action's inputs: the CLI's scan options (one schema, so `fail-on` means what `--fail-on`
 * means) plus what only the Action has. Defaults equal those of action.yml (a test checks).
 */
export const actionInputsSchema = scanOptionsSchema.extend({
  mode: z
    .enum(['scan', 'check', 'merge'])
    .default('scan')
    .describe('scan a programme, check one model, or merge reports'),
  target: z.string().min(1).optional().describe('check: a path, Hub id or git URL; default the workspace'),
  output: z.string().min(1).default('openquota-report.json').describe('the JSON report written'),
  sarif: z.string().min(1).optional().describe('write SARIF 2.1.0 here for code scanning'),
  evidence: z.string().min(1).optional().describe('evaluate this saved evidence bundle instead of scanning'),
  reports: list.describe('merge: the JSON reports of the jobs to merge'),
  comment: z
    .enum(COMMENT_MODES)
    .default('never')
    .describe('write or update one pull-request comment with the summary: never, always or on-failure'),
  lang: z
    .enum(['en', 'ko'])
    .default('en')
    .describe('language of the job summary, the comment, annotations and SARIF messages: en or ko'),
});

/** Validated Action inputs. */
export type ActionInputs = z.output<typeof actionInputsSchema>;

/** Action input name -> option name; inputs use the CLI's flag names (`fail-on`, `save-evidence`). */
export const INPUT_NAMES = {
  config: 'config',
  policy: 'policy',
  team: 'team',
  mode: 'mode',
  target: 'target',
  report: 'output',
  sarif: 'sarif',
  'save-evidence': 'saveEvidence',
  'fail-on': 'failOn',
  evidence: 'evidence',
  reports: 'reports',
  comment: 'comment',
  lang: 'lang',
  deadline: 'deadline',
  concurrency: 'concurrency',
} as const satisfies Record<string, keyof ActionInputs>;

const inputOf = (option: PropertyKey): string =>
  Object.entries(INPUT_NAMES).find(([, o]) => o === option)?.[0] ?? String(option);

function describeIssue(issue: z.core.$ZodIssue, raw: Record<string, string | undefined>): string {
  const name = inputOf(issue.path[0] ?? '');
  const got = raw[name] === undefined ? '' : `; got "${raw[name]}"`;
  if (issue.code === 'invalid_value')
    return `Input "${name}" must be one of ${issue.values.join(', ')}${got}`;
  if (issue.code === 'unrecognized_keys') return `Input "${issue.keys.join('", "')}" is not known`;
  return `Input "${name}": ${issue.message.replace(/^Invalid input: /, '')}${got}`;
}

/**
 * Reads the Action's inputs through `get` (core.getInput: empty when unset) and validates them with
 * the shared schema; every bad input is a ConfigError whose message names it, e.g.
 * `Input "fail-on" must be one of fail, incomplete, never; got "sometimes"`.
 */
export function parseInputs(get: (name: string) => string): ActionInputs {
  const raw: Record<string, string | undefined> = {};
  for (const name of Object.keys(INPUT_NAMES)) {
    const value = get(name).trim();
    if (value !== '') raw[name] = value;
  }
  const options = Object.fromEntries(
    Object.entries(raw).map(([name, value]) => [INPUT_NAMES[name as keyof typeof INPUT_NAMES], value]),
  );
  const parsed = actionInputsSchema.safeParse(options);
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => describeIssue(i, raw));
  if (parsed.success) {
    const v = parsed.data;
    if (v.target && v.mode !== 'check') problems.push('Input "target" is used only with mode: check');
    if (v.evidence && v.mode !== 'scan') problems.push('Input "evidence" is used only with mode: scan');
    if (v.sarif && v.mode === 'check') problems.push('Input "sarif" is used only with mode: scan or merge');
    if (v.mode === 'merge' && v.reports.length === 0)
      problems.push('Input "reports" must name the JSON reports to merge when mode is merge');
    if (v.mode !== 'merge' && v.reports.length > 0)
      problems.push('Input "reports" is used only with mode: merge');
  }
  if (problems.length > 0 || !parsed.success) {
    throw new ConfigError(problems.map((message) => ({ file: 'action inputs', path: '', message })));
  }
  return parsed.data;
}
