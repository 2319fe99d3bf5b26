import { ConfigError, formatProblem, InternalError, SourceError } from '../errors.js';
import { exampleEvidencePath } from '../example-path.js';
import { secretsFrom } from '../sources/create.js';
import { createRedactor } from '../sources/redact.js';
import { VERSION } from '../version.js';
import { checkCommand } from './commands/check.js';
import { diffCommand } from './commands/diff.js';
import { evaluateCommand } from './commands/evaluate.js';
import { licence } from './commands/licence.js';
import { mergeCommand } from './commands/merge.js';
import { policyCommand } from './commands/policy.js';
import { renderCommand } from './commands/render.js';
import { scanCommand } from './commands/scan.js';
import { siteCommand } from './commands/site.js';
import { type CliIO, type Command, EXIT } from './io.js';

/** Every command, by name. */
const COMMANDS: Record<string, { run: Command; summary: string }> = {
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

function help(cwd: string): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  return `openquota ${VERSION} — checks that AI teams release more than half of their models openly

Usage: openquota COMMAND [options]     (openquota COMMAND --help for details)

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`)
  .join('\n')}

Quick start (no network): openquota evaluate ${exampleEvidencePath(cwd)}
`;
}

/** argv -> command -> exit code. Errors are printed by class: the user's, upstream's, or ours. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(help(io.cwd));
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === '--version' || name === '-V') {
    io.stdout(`${VERSION}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS[name === 'license' ? 'licence' : name];
  if (!command) {
    io.stderr(`openquota: unknown command "${name}"\n\n${help(io.cwd)}`);
    return EXIT.usage;
  }
  // The sources' own redactor, so a last-resort message hides what a report would.
  const redact = createRedactor(secretsFrom(io.env));
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof ConfigError) {
      const n = error.problems.length;
      io.stderr(
        redact(
          `openquota ${name}: ${n === 1 ? 'a problem' : `${n} problems`} to fix:\n${error.problems.map((p) => `  ${formatProblem(p)}`).join('\n')}\n`,
        ),
      );
      return EXIT.usage;
    }
    if (error instanceof SourceError) {
      io.stderr(
        redact(
          `openquota ${name}: upstream failure (${error.code}): ${error.message}${error.url ? ` [${error.url}]` : ''}\n`,
        ),
      );
      return EXIT.incomplete;
    }
    const bug = error instanceof InternalError ? error.message : ((error as Error)?.stack ?? String(error));
    io.stderr(
      redact(
        `openquota ${name}: could not finish: ${bug}\nThis is a bug in openquota; please report it with the command you ran.\n`,
      ),
    );
    return EXIT.incomplete;
  }
}
