import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ConfigError } from '../../errors.js';
import { checkOutputs } from '../../output-paths.js';
import { formatBytes } from '../../read/bounded.js';
import { LIMITS } from '../../read/limits.js';
import { mergeReports } from '../../report/merge.js';
import { readReport } from '../../report/schema.js';
import { parseCommandArgs } from '../args.js';
import { type Command, EXIT } from '../io.js';
import { checkFormat, checkLang, emitReport, exitCodeFor } from '../output.js';
import { programmeOf } from '../programme-of.js';

const HELP = `Usage: openquota merge REPORT.json... [options]

Combines JSON reports of jobs that each scanned some teams (e.g. a GitHub Actions matrix with one
job per team) into one report, as if one scan had covered them all. Refuses reports made with
different policies or programme files, and a team present in two reports. Every team of the
programme that no report holds is in the merged report as incomplete (reason NO_REPORT), so a job
that produced nothing cannot make the programme pass.

Options:
  -c, --config FILE        the programme file: its teams, their order and SARIF lines (default: the
                           file the reports name, when it is present and unchanged)
      --teams A,B          merge only these teams, on purpose: a team of the list with no report is
                           incomplete, a report of another team is refused
  -f, --format FORMAT      output on stdout: table (default on a terminal), json, markdown, html,
                           cyclonedx or sarif
  -l, --lang en|ko         language of table, Markdown and HTML (default: from LC_ALL / LANG)
  -o, --output FILE        also write the merged JSON report to FILE (atomically)
  -v, --verbose            list every model in the table
  -h, --help               show this help

Exit codes: as scan (0 every team passes, 1 a team fails, 3 incomplete); 2 when the reports are
invalid or cannot be merged.
`;

/** `openquota merge REPORT...`: one report from the reports of sharded jobs. */
export const mergeCommand: Command = async (argv, io) => {
  const { values, positionals } = parseCommandArgs('merge', argv, {
    config: { type: 'string', short: 'c' },
    teams: { type: 'string', multiple: true },
    format: { type: 'string', short: 'f' },
    lang: { type: 'string', short: 'l' },
    output: { type: 'string', short: 'o' },
    verbose: { type: 'boolean', short: 'v' },
  });
  if (values.help) {
    io.stdout(HELP);
    return EXIT.ok;
  }
  if (positionals.length === 0) {
    throw new ConfigError([
      {
        file: 'openquota merge',
        path: 'REPORT',
        message: 'give the JSON reports to merge',
        fix: 'openquota merge reports/*.json --output openquota-report.json',
      },
    ]);
  }
  const format = checkFormat(values.format as string | undefined);
  const lang = checkLang(values.lang as string | undefined, io);
  const output = values.output as string | undefined;
  // Several reports are read whole: their sizes together are capped before any is read.
  const sizes = await Promise.all(
    positionals.map((f) =>
      stat(resolve(io.cwd, f)).then(
        (s) => s.size,
        () => 0,
      ),
    ),
  );
  if (sizes.reduce((a, b) => a + b, 0) > LIMITS.reports) {
    throw new ConfigError([
      {
        file: 'openquota merge',
        path: 'REPORT',
        message: `the reports hold more than ${formatBytes(LIMITS.reports)} together`,
        fix: 'merge fewer reports at a time',
      },
    ]);
  }
  const inputs = [];
  for (const file of positionals)
    inputs.push({ file, report: await readReport(resolve(io.cwd, file), file) });
  const programme = await programmeOf(inputs[0]!.report, values.config as string | undefined, io);
  if (output) {
    await checkOutputs({
      cwd: io.cwd,
      inputs: [
        ...positionals.map((path) => ({ path, what: 'a report being merged' })),
        ...(programme ? [{ path: programme.file, what: 'the programme file' }] : []),
        ...(values.config ? [{ path: values.config as string, what: 'the programme file' }] : []),
      ],
      output: { path: output, flag: '--output' },
    });
  }
  const subset = (values.teams as string[] | undefined)?.flatMap((v) => v.split(/[\s,]+/)).filter(Boolean);
  const merged = mergeReports(inputs, {
    ...(programme ? { programme: programme.teams } : {}),
    ...(subset ? { subset, subsetFrom: '--teams' } : {}),
  });
  if ('problems' in merged) throw new ConfigError(merged.problems);
  await emitReport(
    merged.report,
    {
      ...(format ? { format } : {}),
      lang,
      ...(output ? { output } : {}),
      verbose: values.verbose ?? false,
      ...(programme ? { programmeText: programme.text } : {}),
    },
    io,
  );
  return exitCodeFor(merged.report.status);
};
