import { check } from '../../check.js';
import { defaultEngine } from '../../detect/engine.js';
import { ConfigError } from '../../errors.js';
import { scanOptionsSchema } from '../../options.js';
import { loadPolicy } from '../../policy/load.js';
import { BASE_DEADLINE_MS } from '../../sources/budget.js';
import { createSources } from '../../sources/create.js';
import type { ModelResult } from '../../types.js';
import { parseCommandArgs } from '../args.js';
import { type Command, EXIT } from '../io.js';
import { printWarnings } from '../output.js';

const HELP = `Usage: openquota check TARGET [options]

Judges one model as a scan would, and says how to fix every finding. TARGET is a directory
(a checkout of the model repository), a Hub repo id (org/name), github:owner/repo or a GitHub URL,
or a git URL (https://, ssh://, git@host:, file://).

Options:
  -p, --policy NAME|FILE   policy preset or file (default: msit-sovereign-ai-2025)
  -f, --format FORMAT      table (default) or json
      --timeout SECONDS    per HTTP request (default 30)
      --deadline DURATION  time limit of the whole check, e.g. 90s, 10m (default 10m)
      --cache-max-mb N     cap of the cache in MiB, least recently used evicted (default 200)
      --no-cache           no conditional requests, no cache on disk
  -h, --help               show this help

Environment: HF_ENDPOINT, HF_TOKEN, GITHUB_API_URL, GITHUB_TOKEN (see README "Environment").
Exit codes: 0 compliant, 1 not compliant (or not a release), 2 usage error, 3 unknown.
`;

const DEFAULT_POLICY = 'msit-sovereign-ai-2025';
const MARKS: Record<string, string> = { error: '✗', warning: '!', info: '·' };

/** `openquota check TARGET`: one model, every finding with its fix. */
export const checkCommand: Command = async (argv, io) => {
  const { values, positionals } = parseCommandArgs('check', argv, {
    policy: { type: 'string', short: 'p' },
    format: { type: 'string', short: 'f' },
    timeout: { type: 'string' },
    deadline: { type: 'string' },
    'cache-max-mb': { type: 'string' },
    'no-cache': { type: 'boolean' },
  });
  if (values.help) {
    io.stdout(HELP);
    return EXIT.ok;
  }
  const problems = [];
  if (positionals.length !== 1)
    problems.push({
      path: 'TARGET',
      message: 'give exactly one target',
      fix: 'openquota check LGAI-EXAONE/EXAONE-4.0-32B',
    });
  const format = (values.format as string | undefined) ?? 'table';
  if (format !== 'table' && format !== 'json')
    problems.push({ path: '--format', message: `unknown format "${format}"`, fix: 'use table or json' });
  const timeout = values.timeout === undefined ? 30 : Number(values.timeout);
  if (!(timeout > 0 && timeout <= 600))
    problems.push({ path: '--timeout', message: 'give seconds between 0 and 600', fix: '--timeout 30' });
  // The same schema as scan's, so `--deadline` and `--cache-max-mb` mean the same in both commands.
  const shared = scanOptionsSchema
    .pick({ deadline: true, cacheMaxMb: true })
    .safeParse({ deadline: values.deadline, cacheMaxMb: values['cache-max-mb'] });
  if (!shared.success)
    for (const issue of shared.error.issues)
      problems.push({
        path: issue.path[0] === 'cacheMaxMb' ? '--cache-max-mb' : '--deadline',
        message: issue.message,
        fix: issue.path[0] === 'cacheMaxMb' ? '--cache-max-mb 200' : '--deadline 10m',
      });
  if (problems.length > 0 || !shared.success)
    throw new ConfigError(problems.map((p) => ({ file: 'openquota check', ...p })));

  const policy = await loadPolicy((values.policy as string | undefined) ?? DEFAULT_POLICY, io.cwd);
  printWarnings('check', policy.warnings, io);
  const { sources, budget, redact } = createSources(io.env, {
    timeoutMs: timeout * 1000,
    cwd: io.cwd,
    noCache: values['no-cache'] ?? false,
    cacheMaxMb: shared.data.cacheMaxMb,
  });
  budget.setDeadline(budget.now() + (shared.data.deadline ?? BASE_DEADLINE_MS));
  const target = positionals[0]!;
  // What is printed: the target without credentials (`https://user:SECRET@host/r.git`).
  const shown = redact(target);
  const result = await check({
    target,
    policy,
    sources,
    engine: defaultEngine(),
    now: new Date(),
    cwd: io.cwd,
  });
  io.stdout(
    format === 'json'
      ? `${JSON.stringify({ schema: 'openquota/check@1', target: shown, policy: policy.policy.id, ...result }, null, 2)}\n`
      : renderCheck(shown, result.model, result.fixes),
  );
  const { verdict } = result.model;
  return verdict === 'compliant' ? EXIT.ok : verdict === 'unknown' ? EXIT.incomplete : EXIT.fail;
};

/** The table form: verdict, licence, weights, then each finding with its fix. */
export function renderCheck(target: string, model: ModelResult, fixes: string[]): string {
  const { licence } = model;
  const approval =
    licence.approved === null ? 'not established' : licence.approved ? 'approved' : 'not approved';
  const lines = [
    `openquota check ${target}`,
    `  verdict   ${model.verdict}${model.kind === 'code' ? ' (code repository, not counted)' : ''}`,
    `  source    ${model.source}${model.revision ? ` at ${model.revision.slice(0, 12)}` : ''}`,
    `  public    ${model.source === 'local' ? 'not checked (a local directory)' : (model.availability ?? 'unknown')}`,
    `  licence   ${licence.expression ?? 'none'} (${approval}; declared ${licence.declared ?? '-'}, detected ${licence.detected ?? '-'})`,
    `  weights   ${model.weights === null ? 'unknown' : model.weights.length === 0 ? 'none' : `${model.weights.length} file(s), e.g. ${model.weights[0]}`}`,
  ];
  if (model.reasons.length === 0) lines.push('', 'No findings: this model counts as a compliant release.');
  else lines.push('', 'Findings:');
  model.reasons.forEach((f, i) => {
    lines.push(`  ${MARKS[f.severity] ?? '-'} ${f.code}: ${f.message}`, `      fix: ${fixes[i]}`);
  });
  return `${lines.join('\n')}\n`;
}
