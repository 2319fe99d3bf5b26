import { exampleEvidencePath } from '../example-path.js';
import { secretsFrom } from '../sources/tokens.js';
import { VERSION } from '../version.js';
import { type CliIO, type Command, EXIT } from './io.js';

/**
 * Every command, by name. Each is loaded when it runs, not before: `--version` and `licence
 * identify` need none of the sources, renderers, CycloneDX or the policy schemas, and loading all
 * of them made every command start as slowly as the heaviest.
 */
const COMMANDS: Record<string, { load: () => Promise<Command>; summary: string }> = {
  init: {
    load: () => import('./commands/init.js').then((m) => m.initCommand),
    summary: 'write a commented programme file to start from (offline)',
  },
  scan: {
    load: () => import('./commands/scan.js').then((m) => m.scanCommand),
    summary: 'scan every team of a programme file and report who meets the quota',
  },
  check: {
    load: () => import('./commands/check.js').then((m) => m.checkCommand),
    summary: 'judge one model (directory, Hub id or git URL) and say how to fix it',
  },
  evaluate: {
    load: () => import('./commands/evaluate.js').then((m) => m.evaluateCommand),
    summary: 'judge a saved evidence bundle again, offline',
  },
  licence: {
    load: () => import('./commands/licence.js').then((m) => m.licence),
    summary: 'identify the licence of files or a directory',
  },
  policy: {
    load: () => import('./commands/policy.js').then((m) => m.policyCommand),
    summary: 'show a policy with its approved licences',
  },
  render: {
    load: () => import('./commands/render.js').then((m) => m.renderCommand),
    summary: 'render a saved JSON report as table, Markdown, HTML or CycloneDX',
  },
  diff: {
    load: () => import('./commands/diff.js').then((m) => m.diffCommand),
    summary: 'compare two reports (evaluation rounds); exit 1 on a regression',
  },
  merge: {
    load: () => import('./commands/merge.js').then((m) => m.mergeCommand),
    summary: 'combine the reports of jobs that each scanned some teams',
  },
  site: {
    load: () => import('./commands/site.js').then((m) => m.siteCommand),
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

/** The command called `name` (or one of its other spellings), when there is one. */
function commandNamed(name: string): { name: string; run: Command } | undefined {
  const canonical = ALIASES[name] ?? name;
  const command = COMMANDS[canonical];
  return command && { name: canonical, run: async (argv, io) => (await command.load())(argv, io) };
}

/** The usage error for a command that does not exist, saying which one was probably meant. */
async function unknownCommand(name: string): Promise<Error> {
  const [{ closest }, { ConfigError }, { codedProblem }] = await Promise.all([
    import('../config/problems.js'),
    import('../errors.js'),
    import('./problems.js'),
  ]);
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

/**
 * Prints an error by class: the user's, upstream's, or ours. What it takes (the sources' redactor,
 * the messages in both languages) loads only when there is an error to print, so `--version` and a
 * command that succeeds start without it.
 */
async function fail(
  error: unknown,
  command: string,
  args: string[],
  secrets: string[],
  io: CliIO,
): Promise<number> {
  const [{ createRedactor }, { langOfArgv }, { asksForJson, printError }] = await Promise.all([
    import('../sources/redact.js'),
    import('./output.js'),
    import('./report-error.js'),
  ]);
  // The sources' own redactor, so a last-resort message hides what a report would.
  const redact = createRedactor(secrets);
  const lang = langOfArgv(args, io.env);
  return printError(error, { command, json: asksForJson(command, args), redact, lang }, io);
}

/** argv -> command -> exit code. */
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
  // The tokens to hide in an error, read as the command starts, before it runs.
  const secrets = secretsFrom(io.env);
  // `openquota help scan` is `openquota scan --help`.
  if (name === 'help') {
    if (rest.length === 0) {
      io.stdout(help(io.cwd));
      return EXIT.ok;
    }
    const command = commandNamed(rest[0]!);
    if (!command) return fail(await unknownCommand(rest[0]!), '', rest, secrets, io);
    return command.run(['--help'], io);
  }
  const command = commandNamed(name);
  if (!command) return fail(await unknownCommand(name), '', rest, secrets, io);
  try {
    return await command.run(rest, io);
  } catch (error) {
    return fail(error, command.name, rest, secrets, io);
  }
}
