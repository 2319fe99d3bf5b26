import { stringify } from 'yaml';
import { checkOutputs } from '../../output-paths.js';
import { approvedSpdxIds } from '../../policy/licences.js';
import { loadPolicy, presetNames } from '../../policy/load.js';
import { FLAG, formatFlag } from '../common-flags.js';
import { type CommandSpec, helpText, parseFlags } from '../flags.js';
import { type Command, EXIT } from '../io.js';
import { deliver, plannedOutputs, planOutput, printWarnings } from '../output.js';
import { Problems } from '../problems.js';

const DEFAULT_POLICY = 'msit-sovereign-ai-2025';
// `yaml` is this command's terminal form: a policy is read as the file it would be.
const FORMATS = ['yaml', 'json'] as const;

const SPEC: CommandSpec = {
  name: 'policy',
  usage: ['policy show [NAME|FILE] [options]', 'policy list [options]'],
  about: [
    `show   prints a policy with every default filled in and the SPDX ids it approves (computed from SPDX data); a file with \`extends:\` is shown merged with what it extends. Default: ${DEFAULT_POLICY}.`,
    'list   prints the presets shipped in rules/ (one a line; a JSON array with --format json).',
  ],
  flags: [
    formatFlag(FORMATS, 'yaml'),
    { name: 'json', help: 'the same as --format json' },
    FLAG.output,
    FLAG.quiet,
  ],
};

/** `openquota policy show|list`. */
export const policyCommand: Command = async (argv, io) => {
  const problems = new Problems();
  const args = parseFlags(SPEC, argv, problems);
  const [action, ref, ...rest] = args.positionals;
  if (args.flag('help') || !action) {
    io.stdout(helpText(SPEC));
    return args.flag('help') ? EXIT.ok : EXIT.usage;
  }
  if (action !== 'show' && action !== 'list') {
    problems.flag(
      action,
      `unknown policy action "${action}"`,
      'use `openquota policy show [NAME|FILE]` or `openquota policy list`',
    );
  } else if (rest.length > 0 || (action === 'list' && ref !== undefined)) {
    const extra = action === 'list' ? ref! : rest[0]!;
    problems.flag(
      extra,
      `unexpected argument "${extra}"`,
      `openquota policy ${action === 'list' ? 'list' : 'show [NAME|FILE]'}`,
    );
  }
  const plan = planOutput(args, FORMATS, io, problems, 'yaml');
  if (args.flag('json')) {
    if (args.has('format') && plan.format !== 'json')
      problems.flag(
        '--json',
        `--json asks for json but --format asks for ${plan.format}`,
        'give one of them',
      );
    plan.format = 'json';
  }
  const loaded =
    action === 'show' ? await problems.gather(() => loadPolicy(ref ?? DEFAULT_POLICY, io.cwd)) : undefined;
  await problems.gather(() =>
    checkOutputs({
      cwd: io.cwd,
      inputs: (loaded?.chain ?? []).map((file) => ({ path: file, what: 'the policy file' })),
      ...plannedOutputs(plan),
    }),
  );
  problems.throwIfAny();
  if (action === 'list') {
    const names = presetNames();
    await deliver(
      plan.format === 'json' ? `${JSON.stringify(names, null, 2)}\n` : `${names.join('\n')}\n`,
      plan,
      io,
    );
    return EXIT.ok;
  }
  printWarnings('policy', loaded!.warnings, io);
  const resolved = {
    ...loaded!.policy,
    source: loaded!.file,
    ...(loaded!.chain.length > 1 ? { extends: loaded!.chain.slice(1) } : {}),
    sha256: loaded!.sha256,
    approvedSpdxIds: approvedSpdxIds(loaded!.policy),
  };
  const text =
    plan.format === 'json' ? `${JSON.stringify(resolved, null, 2)}\n` : stringify(resolved, { lineWidth: 0 });
  await deliver(text, plan, io);
  return EXIT.ok;
};
