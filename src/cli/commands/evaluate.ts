import { resolve } from 'node:path';
import { loadBundle } from '../../bundle.js';
import { defaultEngine } from '../../detect/engine.js';
import { ConfigError } from '../../errors.js';
import { evaluateBundle } from '../../evaluate-bundle.js';
import { exampleEvidencePath } from '../../example-path.js';
import { checkOutputs } from '../../output-paths.js';
import { loadPolicy } from '../../policy/load.js';
import { parseCommandArgs } from '../args.js';
import { type Command, EXIT } from '../io.js';
import { checkFormat, checkLang, emitReport, exitCodeFor, printWarnings } from '../output.js';

const HELP = `Usage: openquota evaluate DIR [options]

Re-runs identification, judgement and counting on an evidence bundle written by
\`openquota scan --save-evidence DIR\`, offline. With the bundle's own policy it gives the same
report as the scan; with --policy it answers "what if the policy were this one".

Options:
  -p, --policy NAME|FILE   judge with this policy instead of the one saved in the bundle
  -t, --team ID            only this team (repeatable)
  -f, --format FORMAT      table (default on a terminal), json, markdown, html, cyclonedx or sarif
  -l, --lang en|ko         language of table, Markdown and HTML (default: from LC_ALL / LANG)
  -o, --output FILE        also write the JSON report to FILE (atomically)
  -v, --verbose            list every model in the table
  -h, --help               show this help
`;

/** `openquota evaluate DIR`: the pure stages over saved evidence, no network. */
export const evaluateCommand: Command = async (argv, io) => {
  const { values, positionals } = parseCommandArgs('evaluate', argv, {
    policy: { type: 'string', short: 'p' },
    team: { type: 'string', short: 't', multiple: true },
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
        file: 'openquota evaluate',
        path: 'DIR',
        message: 'give exactly one evidence directory',
        fix: `openquota evaluate ${exampleEvidencePath(io.cwd)}`,
      },
    ]);
  }
  const format = checkFormat(values.format as string | undefined);
  const lang = checkLang(values.lang as string | undefined, io);
  const dir = resolve(io.cwd, positionals[0]!);
  const bundle = await loadBundle(dir);
  const report = await evaluateBundle(bundle, {
    ...(values.policy ? { policy: values.policy as string } : {}),
    cwd: io.cwd,
    teams: (values.team as string[] | undefined) ?? [],
    engine: defaultEngine(),
    caller: 'openquota evaluate',
    onWarnings: (warnings) => printWarnings('evaluate', warnings, io),
  });
  if (values.output) {
    const policy = values.policy ? await loadPolicy(values.policy as string, io.cwd) : undefined;
    await checkOutputs({
      cwd: io.cwd,
      inputs: [
        { path: dir, what: 'the evidence bundle being evaluated' },
        ...(policy?.chain ?? []).map((file) => ({ path: file, what: 'the policy file' })),
      ],
      output: { path: values.output as string, flag: '--output' },
    });
  }
  await emitReport(
    report,
    {
      ...(format ? { format } : {}),
      lang,
      ...(values.output ? { output: values.output as string } : {}),
      verbose: values.verbose ?? false,
      programmeText: bundle.programme.text,
    },
    io,
  );
  return exitCodeFor(report.status);
};
