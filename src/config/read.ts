import { createHash } from 'node:crypto';
import { ConfigError } from '../errors.js';
import { formatBytes, readBoundedText } from '../read/bounded.js';
import { LIMITS } from '../read/limits.js';

/** A config file's text, read but not yet parsed. */
export interface SourceText {
  file: string;
  text: string;
  /** SHA-256 of the file's bytes as on disk (what `sha256sum FILE` prints); absent for a text made in memory. */
  sha256?: string;
}

/**
 * Reads a YAML or JSON config file through the bounded reader: a missing file, a directory, a FIFO
 * or device, or a file over `maxBytes` is a ConfigError naming it, never a hang or a huge read.
 */
export async function readConfigFile(
  file: string,
  what: string,
  hint: string,
  maxBytes: number = LIMITS.configFile,
): Promise<SourceText & { sha256: string }> {
  const read = await readBoundedText(file, maxBytes);
  if (!read.ok) throw new ConfigError([{ file, path: '', message: `${what} ${read.message}`, fix: hint }]);
  if (read.truncated) {
    throw new ConfigError([
      {
        file,
        path: '',
        message: `${what} is larger than ${formatBytes(maxBytes)}, so it was not read`,
        fix: `check that this is the right file; ${hint}`,
      },
    ]);
  }
  return { file, text: read.text, sha256: createHash('sha256').update(read.bytes).digest('hex') };
}
