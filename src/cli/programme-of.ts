import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseShared, validateDocument } from '../config/parse.js';
import { programmeSchema } from '../config/programme.js';
import { readConfigFile } from '../config/read.js';
import { ConfigError } from '../errors.js';
import type { Report } from '../types.js';
import type { CliIO } from './io.js';

/** The programme file the reports were made from, when it can be found unchanged: its path, text and teams. */
export async function programmeOf(
  report: Report,
  explicit: string | undefined,
  io: CliIO,
): Promise<
  { file: string; text: string; order: string[]; teams: { id: string; name: string }[] } | undefined
> {
  const shown = explicit ?? report.programme.file;
  if (!shown) return undefined;
  const file = resolve(io.cwd, shown);
  if (!explicit && !existsSync(file)) return undefined;
  // The bounded reader: a FIFO or a huge file named as the programme is refused, not waited on.
  const { text, sha256 } = await readConfigFile(
    file,
    'programme file',
    'give the programme file the reports were made from',
  );
  if (sha256 !== report.programme.sha256) {
    if (!explicit) return undefined;
    throw new ConfigError([
      {
        file: shown,
        path: '--config',
        message: 'this is not the programme file the reports were made from (sha256 differs)',
        fix: 'check out the commit the scan jobs used, or leave out --config',
      },
    ]);
  }
  // parseConfigOrThrow, on the document SARIF's line locator reads too (parsed once for both).
  const parsed = parseShared({ file: shown, text });
  if (!parsed.ok) throw new ConfigError(parsed.problems);
  const validated = validateDocument(shown, parsed.document, programmeSchema);
  if (!validated.ok) throw new ConfigError(validated.problems);
  const programme = validated.value;
  return {
    file,
    text,
    order: programme.teams.map((t) => t.id),
    teams: programme.teams.map((t) => ({ id: t.id, name: t.name })),
  };
}
