import { resolve } from 'node:path';
import { ConfigError } from '../../errors.js';
import { checkOutputs } from '../../output-paths.js';
import { RENDERERS } from '../../report/index.js';
import { readReport } from '../../report/schema.js';
import { writeFileAtomic } from '../../report/write.js';
import { parseCommandArgs } from '../args.js';
import { type Command, EXIT } from '../io.js';
import { checkFormat, checkLang, useColour } from '../output.js';
import { programmeOf } from '../programme-of.js';

const HELP = `Usage: openquota render REPORT.json [options]

Renders a saved JSON report (openquota/report@1, e.g. from \`openquota scan --output\`) in another
format, so an archived evaluation round can be shown again without scanning.

Options:
  -f, --format FORMAT      table (default), json, markdown, html, cyclonedx or sarif
  -l, --lang en|ko         language of table, Markdown and HTML (default: from LC_ALL / LANG)
  -o, --output FILE        write to FILE (atomically) instead of stdout
  -v, --verbose            list every model in the table
  -h, --help               show this help

Exit codes: 0 rendered, 2 the report is missing or not a valid openquota/report@1.
`;

/** `openquota render REPORT --format F`: any renderer over an archived report. */
export const renderCommand: Command = async (argv, io) => {
  const { values, positionals } = parseCommandArgs('render', argv, {
    format: { type: 'string', short: 'f' },
    lang: { type: 'string', short: 'l' },
    output: { type: 'string', short: 'o' },
    verbose: { type: 'boolean', short: 'v' },
  });
  if (values.help) {
    io.stdout(HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 1) {
    throw new ConfigError([
      {
        file: 'openquota render',
        path: 'REPORT',
        message: 'give exactly one JSON report',
        fix: 'openquota render report.json --format html --output report.html',
      },
    ]);
  }
  const format = checkFormat(values.format as string | undefined) ?? 'table';
  const lang = checkLang(values.lang as string | undefined, io);
  const file = positionals[0]!;
  const report = await readReport(resolve(io.cwd, file), file);
  const output = values.output as string | undefined;
  // SARIF points at programme-file lines: read the file the report names, when it is here unchanged.
  const programme = format === 'sarif' ? await programmeOf(report, undefined, io) : undefined;
  const text = RENDERERS[format]!(report, {
    ...(programme ? { programmeText: programme.text } : {}),
    verbose: values.verbose ?? false,
    colour: !output && useColour(io),
    reportPath: file,
    lang,
  });
  if (output) {
    await checkOutputs({
      cwd: io.cwd,
      inputs: [
        { path: file, what: 'the report being rendered' },
        ...(programme ? [{ path: programme.file, what: 'the programme file' }] : []),
      ],
      output: { path: output, flag: '--output' },
    });
    await writeFileAtomic(resolve(io.cwd, output), text);
  } else io.stdout(text);
  return EXIT.ok;
};
