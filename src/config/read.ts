import { readFile } from 'node:fs/promises';
import { ConfigError } from '../errors.js';

/** A config file's text, read but not yet parsed. */
export interface SourceText {
  file: string;
  text: string;
}

/** Reads a YAML or JSON config file; a missing or unreadable file is a ConfigError naming it. */
export async function readConfigFile(file: string, what: string, hint: string): Promise<SourceText> {
  try {
    return { file, text: await readFile(file, 'utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'does not exist' : code === 'EISDIR' ? 'is a directory' : String(error);
    throw new ConfigError([{ file, path: '', message: `${what} ${reason}`, fix: hint }]);
  }
}
