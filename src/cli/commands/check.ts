import { check } from '../../check.js';
import { defaultEngine } from '../../detect/engine.js';
import { scanOptionsSchema } from '../../options.js';
import { checkOutputs } from '../../output-paths.js';
import { loadPolicy } from '../../policy/load.js';
import { BASE_DEADLINE_MS } from '../../sources/budget.js';
import { createSources } from '../../sources/create.js';
import type { ModelResult } from '../../types.js';
import { FLAG, formatFlag } from '../common-flags.js';
import { type CommandSpec, type FlagSpec, helpText, parseFlags } from '../flags.js';
import { type Command, EXIT } from '../io.js';
import { optionValues } from '../option-values.js';
import { deliver, plannedOutputs, planOutput, printWarnings } from '../output.js';
import { Problems } from '../problems.js';

const DEFAULT_POLICY = 'msit-sovereign-ai-2025';
const FORMATS = ['table', 'json'] as const;

// Options that scan has too are validated by the same schema (src/options.ts), so they mean the same.
const FLAGS: FlagSpec[] = [
  {
    name: 'policy',
    short: 'p',
    value: 'NAME|FILE',
    help: `policy preset or file (default: ${DEFAULT_POLICY})`,
    option: 'policy',
  },
  formatFlag(FORMATS),
  FLAG.output,
  FLAG.quiet,
  FLAG.timeout,
  {
    name: 'deadline',
    value: 'DURATION',
    help: 'time limit of the whole check, e.g. 90s, 10m (default 10m)',
    option: 'deadline',
  },
  FLAG.cacheMaxMb,
  FLAG.noCache,
];

const SPEC: CommandSpec = {
  name: 'check',
  usage: ['check TARGET [options]'],
  about: [
    'Judges one model as a scan would, and says how to fix every finding. TARGET is a directory (a checkout of the model repository), a Hub repo id (org/name), github:owner/repo or a GitHub URL, or a git URL (https://, ssh://, git@host:, file://).',
  ],
  flags: FLAGS,
  footer: `Environment: HF_ENDPOINT, HF_TOKEN, GITHUB_API_URL, GITHUB_TOKEN (see README "Environment").
Exit codes: 0 compliant, 1 not compliant (or not a release), 2 usage error, 3 unknown.`,
};

const MARKS: Record<string, string> = { error: '✗', warning: '!', info: '·' };

/** `openquota check TARGET`: one model, every finding with its fix. */
export const checkCommand: Command = async (argv, io) => {
  const problems = new Problems();
  const args = parseFlags(SPEC, argv, problems);
  if (args.flag('help')) {
    io.stdout(helpText(SPEC));
    return EXIT.ok;
  }
  if (args.positionals.length !== 1)
    problems.flag(
      'TARGET',
      `give exactly one target (got ${args.positionals.length})`,
      'openquota check LGAI-EXAONE/EXAONE-4.0-32B',
    );
  const plan = planOutput(args, FORMATS, io, problems, 'table');
  const options = optionValues(scanOptionsSchema, args, FLAGS, problems);
  const policyRef = options?.policy ?? args.string('policy') ?? DEFAULT_POLICY;
  const policy = await problems.gather(() => loadPolicy(policyRef, io.cwd));
  await problems.gather(() =>
    checkOutputs({
      cwd: io.cwd,
      inputs: (policy?.chain ?? []).map((file) => ({ path: file, what: 'the policy file' })),
      ...plannedOutputs(plan),
    }),
  );
  problems.throwIfAny();
  printWarnings('check', policy!.warnings, io);
  const { sources, budget, redact } = createSources(io.env, {
    timeoutMs: options!.timeout! * 1000,
    cwd: io.cwd,
    noCache: options!.noCache ?? false,
    cacheMaxMb: options!.cacheMaxMb!,
  });
  budget.setDeadline(budget.now() + (options!.deadline ?? BASE_DEADLINE_MS));
  const target = args.positionals[0]!;
  // What is printed: the target without credentials (`https://user:SECRET@host/r.git`).
  const shown = redact(target);
  const result = await check({
    target,
    policy: policy!,
    sources,
    engine: defaultEngine(),
    now: new Date(),
    cwd: io.cwd,
  });
  const text =
    plan.format === 'json'
      ? `${JSON.stringify({ schema: 'openquota/check@1', target: shown, policy: policy!.policy.id, ...result }, null, 2)}\n`
      : renderCheck(shown, result.model, result.fixes);
  await deliver(text, plan, io);
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
