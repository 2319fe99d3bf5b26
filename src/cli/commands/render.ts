import { resolve } from 'node:path';
import { FORMATS } from '../../formats.js';
import { checkOutputs } from '../../output-paths.js';
import { readReport } from '../../report/schema.js';
import { FLAG, formatFlag } from '../common-flags.js';
import { type CommandSpec, helpText, parseFlags } from '../flags.js';
import { type Command, EXIT } from '../io.js';
import { emitReport, langOf, plannedOutputs, planOutput } from '../output.js';
import { Problems } from '../problems.js';

const SPEC: CommandSpec = {
  name: 'render',
  usage: ['render REPORT.json [options]'],
  about: [
    'Renders a saved JSON report (openquota/report@1, e.g. from `openquota scan --json FILE`) in another format, so an archived evaluation round can be shown again without scanning.',
  ],
  flags: [formatFlag(FORMATS), FLAG.lang, FLAG.output, FLAG.verbose, FLAG.quiet],
  footer: `Examples:
  openquota render report.json --verbose
  openquota render report.json -o dashboard.html

Exit codes: 0 rendered, 2 the report is missing or not a valid openquota/report@1.`,
};

/** `openquota render REPORT --format F`: any renderer over an archived report. */
export const renderCommand: Command = async (argv, io) => {
  const problems = new Problems();
  const args = parseFlags(SPEC, argv, problems);
  if (args.flag('help')) {
    io.stdout(helpText(SPEC));
    return EXIT.ok;
  }
  if (args.positionals.length !== 1) {
    problems.flag(
      'REPORT',
      `give exactly one JSON report (got ${args.positionals.length})`,
      'openquota render report.json --output report.html',
    );
  }
  const plan = planOutput(args, FORMATS, io, problems, 'table');
  const lang = langOf(args, io, problems);
  const file = args.positionals[0];
  const report = file ? await problems.gather(() => readReport(resolve(io.cwd, file), file)) : undefined;
  // SARIF points at programme-file lines: read the file the report names, when it is here unchanged.
  const programme =
    report && plan.format === 'sarif'
      ? await problems.gather(async () =>
          // Loaded for SARIF only: the programme's YAML parser is no part of any other format's start.
          (await import('../programme-of.js')).programmeOf(report, undefined, io),
        )
      : undefined;
  await problems.gather(() =>
    checkOutputs({
      cwd: io.cwd,
      inputs: [
        ...(file ? [{ path: file, what: 'the report being rendered' }] : []),
        ...(programme ? [{ path: programme.file, what: 'the programme file' }] : []),
      ],
      ...plannedOutputs(plan),
    }),
  );
  problems.throwIfAny();
  await emitReport(
    report!,
    plan,
    {
      verbose: args.flag('verbose'),
      lang,
      reportPath: file!,
      ...(programme ? { programmeText: programme.text } : {}),
    },
    io,
  );
  return EXIT.ok;
};
