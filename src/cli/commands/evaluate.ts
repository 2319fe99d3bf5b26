import { resolve } from 'node:path';
import { loadBundle } from '../../bundle.js';
import { defaultEngine } from '../../detect/engine.js';
import { evaluateBundle, unknownTeams } from '../../evaluate-bundle.js';
import { exampleEvidencePath } from '../../example-path.js';
import { FORMATS, scanOptionsSchema } from '../../options.js';
import { checkOutputs } from '../../output-paths.js';
import { loadPolicy } from '../../policy/load.js';
import { FLAG, formatFlag } from '../common-flags.js';
import { type CommandSpec, type FlagSpec, helpText, parseFlags } from '../flags.js';
import { type Command, EXIT } from '../io.js';
import { optionValues } from '../option-values.js';
import { emitReport, exitCodeFor, langOf, plannedOutputs, planOutput, printWarnings } from '../output.js';
import { Problems } from '../problems.js';

const FLAGS: FlagSpec[] = [
  {
    name: 'policy',
    short: 'p',
    value: 'NAME|FILE',
    help: 'judge with this policy instead of the one saved in the bundle',
    option: 'policy',
  },
  { ...FLAG.team, help: 'only this team (or a list: a,b)', option: 'team' },
  formatFlag(FORMATS),
  FLAG.lang,
  FLAG.output,
  FLAG.json,
  FLAG.verbose,
  FLAG.quiet,
];

/** The command's spec; its examples name the shipped example bundle by a path that works from `cwd`. */
const spec = (cwd: string): CommandSpec => ({
  name: 'evaluate',
  usage: ['evaluate DIR [options]'],
  about: [
    'Re-runs identification, judgement and counting on an evidence bundle written by `openquota scan --save-evidence DIR`, offline. With the bundle\'s own policy it gives the same report as the scan; with --policy it answers "what if the policy were this one".',
  ],
  flags: FLAGS,
  footer: `Examples:
  openquota evaluate ${exampleEvidencePath(cwd)} --verbose
  openquota evaluate evidence -o dashboard.html --json report.json

Exit codes: as scan (0 every team passes, 1 a team fails, 3 incomplete); 2 when the bundle or a
            flag is invalid.`,
});

/** `openquota evaluate DIR`: the pure stages over saved evidence, no network. */
export const evaluateCommand: Command = async (argv, io) => {
  const problems = new Problems();
  const commandSpec = spec(io.cwd);
  const args = parseFlags(commandSpec, argv, problems);
  if (args.flag('help')) {
    io.stdout(helpText(commandSpec));
    return EXIT.ok;
  }
  if (args.positionals.length !== 1) {
    problems.flag(
      'DIR',
      `give exactly one evidence directory (got ${args.positionals.length})`,
      `openquota evaluate ${exampleEvidencePath(io.cwd)}`,
    );
  }
  const plan = planOutput(args, FORMATS, io, problems, 'table');
  const lang = langOf(args, io, problems);
  const options = optionValues(scanOptionsSchema, args, FLAGS, problems);
  const policyRef = options?.policy ?? args.string('policy');
  const teams = options?.team ?? [];
  const shown = args.positionals[0];
  const dir = shown === undefined ? undefined : resolve(io.cwd, shown);
  const bundle = dir ? await problems.gather(() => loadBundle(dir)) : undefined;
  const policy = policyRef ? await problems.gather(() => loadPolicy(policyRef, io.cwd)) : undefined;
  if (bundle) problems.add(...unknownTeams(bundle, teams, 'openquota evaluate'));
  await problems.gather(() =>
    checkOutputs({
      cwd: io.cwd,
      inputs: [
        ...(dir ? [{ path: dir, what: 'the evidence bundle being evaluated' }] : []),
        ...(policy?.chain ?? []).map((file) => ({ path: file, what: 'the policy file' })),
      ],
      ...plannedOutputs(plan),
    }),
  );
  problems.throwIfAny();
  const report = await evaluateBundle(bundle!, {
    ...(policyRef ? { policy: policyRef } : {}),
    cwd: io.cwd,
    teams,
    engine: defaultEngine(),
    caller: 'openquota evaluate',
    onWarnings: (warnings) => printWarnings('evaluate', warnings, io),
  });
  await emitReport(
    report,
    plan,
    { verbose: args.flag('verbose'), lang, programmeText: bundle!.programme.text },
    io,
  );
  return exitCodeFor(report.status);
};
