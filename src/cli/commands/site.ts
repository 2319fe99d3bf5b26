import { resolve } from 'node:path';
import { readReportText } from '../../report/schema.js';
import { buildSite, type SiteInput } from '../../report/site.js';
import { writeSite } from '../../report/site-write.js';
import { type CommandSpec, helpText, parseFlags } from '../flags.js';
import { type Command, EXIT } from '../io.js';
import { Problems } from '../problems.js';

// `--out` names a directory, so it has no `-o`: on every other command `-o FILE` writes the output
// in the chosen format, and one letter must not mean two things.
const SPEC: CommandSpec = {
  name: 'site',
  usage: ['site REPORT.json... --out DIR'],
  about: [
    'Builds a static public site from the JSON reports of successive evaluation rounds of one programme (openquota/report@1, e.g. from `openquota scan --json FILE`), in Korean and English:',
  ],
  flags: [
    {
      name: 'out',
      value: 'DIR',
      help: 'where to write the site (required). DIR is replaced whole and atomically: the site is built beside it and swapped in. DIR must be new, empty, or a site an earlier `openquota site` wrote; an input inside DIR is refused.',
    },
  ],
  footer: `Pages:
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

Example:
  openquota site rounds/2025-09.json rounds/2026-03.json --out _site

Exit codes: 0 written; 2 a report is missing or invalid, reports of different programmes, or DIR
            cannot be replaced (nothing is changed then).`,
};

/**
 * `-o DIR` (the short flag of `--out` before every command shared `-o FILE`) is named as such, with
 * its value taken out of argv, so it is one problem and not also a report called DIR (nor a
 * missing `--out`). Returns argv without it, and whether it was given.
 */
function withoutShortOut(argv: string[], problems: Problems): { rest: string[]; given: boolean } {
  const rest: string[] = [];
  let given = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg !== '-o' && !arg.startsWith('-o')) {
      rest.push(arg);
      continue;
    }
    const value = arg === '-o' ? argv[++i] : arg.slice(2).replace(/^=/, '');
    problems.flag('-o', 'site has no -o: it writes a directory', `write --out ${value || 'DIR'}`);
    given = true;
  }
  return { rest, given };
}

/** `openquota site REPORT... --out DIR`: the public site of a programme's evaluation rounds. */
export const siteCommand: Command = async (argv, io) => {
  const problems = new Problems();
  const shortOut = withoutShortOut(argv, problems);
  const args = parseFlags(SPEC, shortOut.rest, problems);
  if (args.flag('help')) {
    io.stdout(helpText(SPEC));
    return EXIT.ok;
  }
  if (args.positionals.length === 0)
    problems.flag(
      'REPORT',
      'give the JSON report of at least one evaluation round',
      'openquota site rounds/2025-09.json rounds/2026-03.json --out site',
    );
  const out = args.string('out');
  if (out === undefined && !args.has('out') && !shortOut.given)
    problems.flag('--out', 'say where to write the site', '--out site');
  else if (out === '') problems.flag('--out', 'is empty', '--out site');
  // Every report is read, so that one run names every unreadable one.
  const inputs: (SiteInput & { path: string })[] = [];
  for (const file of args.positionals) {
    const path = resolve(io.cwd, file);
    const read = await problems.gather(() => readReportText(path, file));
    if (read) inputs.push({ file, path, ...read });
  }
  problems.throwIfAny();
  const files = buildSite(inputs);
  await writeSite(resolve(io.cwd, out!), files, inputs, out);
  const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.content), 0);
  const pages = files.filter((f) => f.path.endsWith('.html')).length;
  io.stdout(
    `site: ${inputs.length} round${inputs.length === 1 ? '' : 's'}, ${pages} pages (${(bytes / 1e6).toFixed(1)} MB) in ${out}; open ${out}/index.html\n`,
  );
  return EXIT.ok;
};
