import { resolve } from 'node:path';
import { checkOutputs } from '../../output-paths.js';
import { diffReports } from '../../report/diff.js';
import { DIFF_FORMATS, policyWarning, renderDiff } from '../../report/diff-render.js';
import { readReport } from '../../report/schema.js';
import { FLAG, formatFlag } from '../common-flags.js';
import { type CommandSpec, helpText, parseFlags } from '../flags.js';
import { type Command, EXIT } from '../io.js';
import { deliver, langOf, plannedOutputs, planOutput } from '../output.js';
import { Problems } from '../problems.js';

const SPEC: CommandSpec = {
  name: 'diff',
  usage: ['diff OLD.json NEW.json [options]'],
  about: [
    'Compares two JSON reports (two evaluation rounds): teams and models added or removed, availability changes (public -> private or gated), licence changes (declared, detected or judged), verdict flips, team status and share changes. Reports judged under different policies are compared with a warning.',
  ],
  flags: [formatFlag(DIFF_FORMATS), FLAG.lang, FLAG.output, FLAG.quiet],
  footer: `Exit codes: 0 nothing regressed, 1 a regression (a compliant model stopped being compliant, or a
            team stopped passing), 2 a report is missing or not a valid openquota/report@1.`,
};

/** `openquota diff OLD NEW`: what changed between two rounds; exit 1 on a regression. */
export const diffCommand: Command = async (argv, io) => {
  const problems = new Problems();
  const args = parseFlags(SPEC, argv, problems);
  if (args.flag('help')) {
    io.stdout(helpText(SPEC));
    return EXIT.ok;
  }
  if (args.positionals.length !== 2) {
    problems.flag(
      'OLD NEW',
      `give exactly two JSON reports (got ${args.positionals.length})`,
      'openquota diff round-1.json round-2.json',
    );
  }
  const plan = planOutput(args, DIFF_FORMATS, io, problems, 'table');
  const lang = langOf(args, io, problems);
  const [oldFile, newFile] = args.positionals;
  // Both files are read before either fails, so one run names every bad input.
  const before = oldFile
    ? await problems.gather(() => readReport(resolve(io.cwd, oldFile), oldFile))
    : undefined;
  const after = newFile
    ? await problems.gather(() => readReport(resolve(io.cwd, newFile), newFile))
    : undefined;
  await problems.gather(() =>
    checkOutputs({
      cwd: io.cwd,
      inputs: [
        ...(oldFile ? [{ path: oldFile, what: 'the old report' }] : []),
        ...(newFile ? [{ path: newFile, what: 'the new report' }] : []),
      ],
      ...plannedOutputs(plan),
    }),
  );
  problems.throwIfAny();
  const diff = diffReports(before!, after!);
  const warning = policyWarning(diff, lang);
  // The table goes to a terminal or a file: the warning goes to stderr so it is seen, not parsed.
  if (warning && plan.format === 'table') io.stderr(`openquota diff: ${warning}\n`);
  await deliver(renderDiff(diff, plan.format, lang), plan, io);
  return diff.regressions > 0 ? EXIT.fail : EXIT.ok;
};
