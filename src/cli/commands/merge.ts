import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ConfigError } from '../../errors.js';
import { FORMATS } from '../../formats.js';
import { checkOutputs } from '../../output-paths.js';
import { formatBytes } from '../../read/bounded.js';
import { LIMITS } from '../../read/limits.js';
import { mergeReports } from '../../report/merge.js';
import { readReport } from '../../report/schema.js';
import type { Report } from '../../types.js';
import { FLAG, formatFlag } from '../common-flags.js';
import { type CommandSpec, helpText, parseFlags } from '../flags.js';
import { type Command, EXIT } from '../io.js';
import { emitReport, exitCodeFor, langOf, plannedOutputs, planOutput } from '../output.js';
import { Problems } from '../problems.js';
import { programmeOf } from '../programme-of.js';

const SPEC: CommandSpec = {
  name: 'merge',
  usage: ['merge REPORT.json... [options]'],
  about: [
    'Combines JSON reports of jobs that each scanned some teams (e.g. a GitHub Actions matrix with one job per team) into one report, as if one scan had covered them all. Refuses reports made with different policies or programme files, and a team present in two reports. Every team of the programme that no report holds is in the merged report as incomplete (reason NO_REPORT), so a job that produced nothing cannot make the programme pass.',
  ],
  flags: [
    {
      name: 'config',
      short: 'c',
      value: 'FILE',
      help: 'the programme file: its teams, their order and SARIF lines (default: the file the reports name, when it is present and unchanged)',
    },
    {
      name: 'teams',
      value: 'A,B',
      multiple: true,
      help: 'merge only these teams, on purpose: a team of the list with no report is incomplete, a report of another team is refused',
    },
    formatFlag(FORMATS),
    FLAG.lang,
    FLAG.output,
    FLAG.json,
    FLAG.verbose,
    FLAG.quiet,
  ],
  footer: `Example:
  openquota merge reports/*.json --json openquota-report.json -o openquota.sarif

Exit codes: as scan (0 every team passes, 1 a team fails, 3 incomplete); 2 when the reports are
            invalid or cannot be merged.`,
};

/** `openquota merge REPORT...`: one report from the reports of sharded jobs. */
export const mergeCommand: Command = async (argv, io) => {
  const problems = new Problems();
  const args = parseFlags(SPEC, argv, problems);
  if (args.flag('help')) {
    io.stdout(helpText(SPEC));
    return EXIT.ok;
  }
  const files = args.positionals;
  if (files.length === 0)
    problems.flag(
      'REPORT',
      'give the JSON reports to merge',
      'openquota merge reports/*.json --json merged.json',
    );
  const plan = planOutput(args, FORMATS, io, problems, 'table');
  const lang = langOf(args, io, problems);
  const config = args.string('config');
  // Several reports are read whole: their sizes together are capped before any is read.
  const sizes = await Promise.all(
    files.map((f) =>
      stat(resolve(io.cwd, f)).then(
        (s) => s.size,
        () => 0,
      ),
    ),
  );
  const tooBig = sizes.reduce((a, b) => a + b, 0) > LIMITS.reports;
  if (tooBig)
    problems.flag(
      'REPORT',
      `the reports hold more than ${formatBytes(LIMITS.reports)} together`,
      'merge fewer reports at a time',
    );
  const inputs: { file: string; report: Report }[] = [];
  for (const file of tooBig ? [] : files) {
    const report = await problems.gather(() => readReport(resolve(io.cwd, file), file));
    if (report) inputs.push({ file, report });
  }
  const programme =
    inputs.length > 0 ? await problems.gather(() => programmeOf(inputs[0]!.report, config, io)) : undefined;
  await problems.gather(() =>
    checkOutputs({
      cwd: io.cwd,
      inputs: [
        ...files.map((path) => ({ path, what: 'a report being merged' })),
        ...(programme ? [{ path: programme.file, what: 'the programme file' }] : []),
        ...(config ? [{ path: config, what: 'the programme file' }] : []),
      ],
      ...plannedOutputs(plan),
    }),
  );
  problems.throwIfAny();
  const subset = args.has('teams')
    ? args
        .strings('teams')
        .flatMap((v) => v.split(/[\s,]+/))
        .filter(Boolean)
    : undefined;
  const merged = mergeReports(inputs, {
    ...(programme ? { programme: programme.teams } : {}),
    ...(subset ? { subset, subsetFrom: '--teams' } : {}),
  });
  if ('problems' in merged) throw new ConfigError(merged.problems);
  await emitReport(
    merged.report,
    plan,
    { verbose: args.flag('verbose'), lang, ...(programme ? { programmeText: programme.text } : {}) },
    io,
  );
  return exitCodeFor(merged.report.status);
};
