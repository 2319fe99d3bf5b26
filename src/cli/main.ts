import { closest } from '../config/problems.js';
import { ConfigError } from '../errors.js';
import { exampleEvidencePath } from '../example-path.js';
import { secretsFrom } from '../sources/create.js';
import { createRedactor } from '../sources/redact.js';
import { VERSION } from '../version.js';
import { checkCommand } from './commands/check.js';
import { diffCommand } from './commands/diff.js';
import { evaluateCommand } from './commands/evaluate.js';
import { initCommand } from './commands/init.js';
import { licence } from './commands/licence.js';
import { mergeCommand } from './commands/merge.js';
import { policyCommand } from './commands/policy.js';
import { renderCommand } from './commands/render.js';
import { scanCommand } from './commands/scan.js';
import { siteCommand } from './commands/site.js';
import { type CliIO, type Command, EXIT } from './io.js';
import { langOfArgv } from './output.js';
import { codedProblem } from './problems.js';
import { asksForJson, printError } from './report-error.js';

/** Every command, by name. */
const COMMANDS: Record<string, { run: Command; summary: string }> = {
  init: { run: initCommand, summary: 'write a commented programme file to start from (offline)' },
  scan: { run: scanCommand, summary: 'scan every team of a programme file and report who meets the quota' },
  check: {
    run: checkCommand,
    summary: 'judge one model (directory, Hub id or git URL) and say how to fix it',
  },
  evaluate: { run: evaluateCommand, summary: 'judge a saved evidence bundle again, offline' },
  licence: { run: licence, summary: 'identify the licence of files or a directory' },
  policy: { run: policyCommand, summary: 'show a policy with its approved licences' },
  render: { run: renderCommand, summary: 'render a saved JSON report as table, Markdown, HTML or CycloneDX' },
  diff: { run: diffCommand, summary: 'compare two reports (evaluation rounds); exit 1 on a regression' },
  merge: { run: mergeCommand, summary: 'combine the reports of jobs that each scanned some teams' },
  site: {
    run: siteCommand,
    summary: 'build a static public site (Korean and English) from the reports of rounds',
  },
};

/** Other spellings of a command. */
const ALIASES: Record<string, string> = { license: 'licence' };

function help(cwd: string): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  return `openquota ${VERSION} — checks that AI teams release more than half of their models openly

Usage: openquota COMMAND [options]     (openquota help COMMAND, or openquota COMMAND --help, for details)

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`)
  .join('\n')}

Quick start (no network): openquota evaluate ${exampleEvidencePath(cwd)}
Start a programme file:   openquota init --hf YOUR-HUB-ORG
`;
}

/** The command called `name`, or a usage error saying which one was probably meant. */
function commandNamed(name: string): { name: string; run: Command } | ConfigError {
  const canonical = ALIASES[name] ?? name;
  const command = COMMANDS[canonical];
  if (command) return { name: canonical, run: command.run };
  const near = closest(name, [...Object.keys(COMMANDS), ...Object.keys(ALIASES)]);
  const all = Object.keys(COMMANDS).join(', ');
  return new ConfigError([
    codedProblem(name, 'UNKNOWN_COMMAND', {
      name,
      commands: all,
      ...(near ? { near: ALIASES[near] ?? near, variant: 'near' } : {}),
    }),
  ]);
}

/** argv -> command -> exit code. Errors are printed by class: the user's, upstream's, or ours. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    io.stdout(help(io.cwd));
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === '--version' || name === '-V') {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  // The sources' own redactor, so a last-resort message hides what a report would.
  const redact = createRedactor(secretsFrom(io.env));
  const lang = langOfArgv(rest, io.env);
  const fail = (error: unknown, command: string, args: string[]) =>
    printError(error, { command, json: asksForJson(command, args), redact, lang }, io);
  // `openquota help scan` is `openquota scan --help`.
  if (name === 'help') {
    if (rest.length === 0) {
      io.stdout(help(io.cwd));
      return EXIT.ok;
    }
    const command = commandNamed(rest[0]!);
    if (command instanceof ConfigError) return fail(command, '', rest);
    return command.run(['--help'], io);
  }
  const command = commandNamed(name);
  if (command instanceof ConfigError) return fail(command, '', rest);
  try {
    return await command.run(rest, io);
  } catch (error) {
    return fail(error, command.name, rest);
  }
}
