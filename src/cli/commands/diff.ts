import { resolve } from 'node:path';
import { ConfigError } from '../../errors.js';
import { checkOutputs } from '../../output-paths.js';
import { diffReports } from '../../report/diff.js';
import { DIFF_FORMATS, type DiffFormat, policyWarning, renderDiff } from '../../report/diff-render.js';
import { readReport } from '../../report/schema.js';
import { writeFileAtomic } from '../../report/write.js';
import { parseCommandArgs } from '../args.js';
import { type Command, EXIT } from '../io.js';
import { checkLang } from '../output.js';

const HELP = `Usage: openquota diff OLD.json NEW.json [options]

Compares two JSON reports (two evaluation rounds): teams and models added or removed, availability
changes (public -> private or gated), licence changes (declared, detected or judged), verdict flips,
team status and share changes. Reports judged under different policies are compared with a warning.

Options:
  -f, --format FORMAT      table (default), markdown, json or html
  -l, --lang en|ko         language of the output (default: from LC_ALL / LANG)
  -o, --output FILE        write to FILE (atomically) instead of stdout
  -h, --help               show this help

Exit codes: 0 nothing regressed, 1 a regression (a compliant model stopped being compliant, or a
            team stopped passing), 2 a report is missing or not a valid openquota/report@1.
`;

/** `openquota diff OLD NEW`: what changed between two rounds; exit 1 on a regression. */
export const diffCommand: Command = async (argv, io) => {
  const { values, positionals } = parseCommandArgs('diff', argv, {
    format: { type: 'string', short: 'f' },
    lang: { type: 'string', short: 'l' },
    output: { type: 'string', short: 'o' },
  });
  if (values.help) {
    io.stdout(HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 2) {
    throw new ConfigError([
      {
        file: 'openquota diff',
        path: 'OLD NEW',
        message: `give exactly two JSON reports (got ${positionals.length})`,
        fix: 'openquota diff round-1.json round-2.json',
      },
    ]);
  }
  const format = (values.format ?? 'table') as DiffFormat;
  if (!DIFF_FORMATS.includes(format)) {
    throw new ConfigError([
      {
        file: 'command line',
        path: '--format',
        message: `unknown diff format "${format}"`,
        fix: `use one of: ${DIFF_FORMATS.join(', ')}`,
      },
    ]);
  }
  const lang = checkLang(values.lang as string | undefined, io);
  const [oldFile, newFile] = positionals as [string, string];
  // Both files are read before either fails, so one run names every bad input.
  const results = await Promise.allSettled([
    readReport(resolve(io.cwd, oldFile), oldFile),
    readReport(resolve(io.cwd, newFile), newFile),
  ]);
  for (const r of results) if (r.status === 'rejected' && !(r.reason instanceof ConfigError)) throw r.reason;
  const problems = results.flatMap((r) =>
    r.status === 'rejected' ? (r.reason as ConfigError).problems : [],
  );
  if (problems.length) throw new ConfigError(problems);
  const [before, after] = results.map(
    (r) => (r as PromiseFulfilledResult<Awaited<ReturnType<typeof readReport>>>).value,
  );
  const diff = diffReports(before!, after!);
  const warning = policyWarning(diff, lang);
  // The table goes to a terminal or a file: the warning goes to stderr so it is seen, not parsed.
  if (warning && format === 'table') io.stderr(`openquota diff: ${warning}\n`);
  const text = renderDiff(diff, format, lang);
  if (values.output) {
    await checkOutputs({
      cwd: io.cwd,
      inputs: [
        { path: oldFile, what: 'the old report' },
        { path: newFile, what: 'the new report' },
      ],
      output: { path: values.output as string, flag: '--output' },
    });
    await writeFileAtomic(resolve(io.cwd, values.output as string), text);
  } else io.stdout(text);
  return diff.regressions > 0 ? EXIT.fail : EXIT.ok;
};
