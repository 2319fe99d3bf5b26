import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseConfigOrThrow } from '../config/parse.js';
import { programmeSchema } from '../config/programme.js';
import { ConfigError } from '../errors.js';
import type { Report } from '../types.js';
import type { CliIO } from './io.js';

/** The programme file the reports were made from, when it can be found unchanged: its text and team order. */
export async function programmeOf(
  report: Report,
  explicit: string | undefined,
  io: CliIO,
): Promise<{ text: string; order: string[] } | undefined> {
  const shown = explicit ?? report.programme.file;
  if (!shown) return undefined;
  const file = resolve(io.cwd, shown);
  if (!explicit && !existsSync(file)) return undefined;
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new ConfigError([
      { file: shown, path: '--config', message: `cannot read: ${error.code ?? error.message}` },
    ]);
  });
  if (createHash('sha256').update(text).digest('hex') !== report.programme.sha256) {
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
  const programme = parseConfigOrThrow({ file: shown, text }, programmeSchema);
  return { text, order: programme.teams.map((t) => t.id) };
}
