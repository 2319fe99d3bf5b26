import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { ConfigError, type ConfigProblem } from '../../errors.js';
import { parseReport } from '../../report/schema.js';
import { buildSite, type SiteInput } from '../../report/site.js';
import { writeSite } from '../../report/site-write.js';
import { parseCommandArgs } from '../args.js';
import { type Command, EXIT } from '../io.js';

const HELP = `Usage: openquota site REPORT.json... --out DIR

Builds a static public site from the JSON reports of successive evaluation rounds of one
programme (openquota/report@1, e.g. from \`openquota scan --output\`), in Korean and English:

  DIR/index.html              choose a language
  DIR/en/index.html           each team's compliant share per round (chart and table), the rounds
  DIR/en/rounds/DATE.html     the dashboard of each round
  DIR/en/teams/TEAM.html      each team's history: share per round, and what changed between
                              rounds (models added and removed, licence, availability, verdicts)
  DIR/ko/...                  the same pages in Korean
  DIR/openquota-site.json     what the site was built from (marks DIR as a site)

Every page is self-contained (no script but the dashboard's own, nothing loaded from anywhere) and
links relatively, so the site works opened from disk (file://) and on GitHub Pages under any path.
Rounds are ordered by their reports' generatedAt, in any order given.

Options:
  -o, --out DIR     where to write the site (required). DIR is replaced whole and atomically: the
                    site is built beside it and swapped in. DIR must be new, empty, or a site an
                    earlier \`openquota site\` wrote; an input inside DIR is refused.
  -h, --help        show this help

Exit codes: 0 written; 2 a report is missing or invalid, reports of different programmes, or DIR
            cannot be replaced (nothing is changed then).
`;

/** Reads every report, listing every problem at once (unreadable, not JSON, not a report). */
async function readInputs(files: string[], cwd: string): Promise<(SiteInput & { path: string })[]> {
  const problems: ConfigProblem[] = [];
  const inputs: (SiteInput & { path: string })[] = [];
  for (const file of files) {
    const path = resolve(cwd, file);
    const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
      problems.push({ file, path: '', message: `cannot read the report: ${error.code ?? error.message}` });
      return undefined;
    });
    if (text === undefined) continue;
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      problems.push({
        file,
        path: '',
        message: `not JSON: ${(error as Error).message}`,
        fix: 'give a JSON report (openquota/report@1)',
      });
      continue;
    }
    const parsed = parseReport(file, data);
    if ('problems' in parsed) problems.push(...parsed.problems);
    else inputs.push({ file, path, text, report: parsed.report });
  }
  if (problems.length) throw new ConfigError(problems);
  return inputs;
}

/** `openquota site REPORT... --out DIR`: the public site of a programme's evaluation rounds. */
export const siteCommand: Command = async (argv, io) => {
  const { values, positionals } = parseCommandArgs('site', argv, {
    out: { type: 'string', short: 'o' },
  });
  if (values.help) {
    io.stdout(HELP);
    return EXIT.ok;
  }
  const problems: ConfigProblem[] = [];
  if (positionals.length === 0)
    problems.push({
      file: 'openquota site',
      path: 'REPORT',
      message: 'give the JSON report of at least one evaluation round',
      fix: 'openquota site rounds/2025-09.json rounds/2026-03.json --out site',
    });
  const out = values.out as string | undefined;
  if (!out)
    problems.push({
      file: 'openquota site',
      path: '--out',
      message: 'say where to write the site',
      fix: '--out site',
    });
  if (problems.length) throw new ConfigError(problems);
  const inputs = await readInputs(positionals, io.cwd);
  const files = buildSite(inputs);
  await writeSite(resolve(io.cwd, out!), files, inputs, out);
  const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.content), 0);
  const pages = files.filter((f) => f.path.endsWith('.html')).length;
  io.stdout(
    `site: ${inputs.length} round${inputs.length === 1 ? '' : 's'}, ${pages} pages (${(bytes / 1e6).toFixed(1)} MB) in ${out}; open ${out}/index.html\n`,
  );
  return EXIT.ok;
};
