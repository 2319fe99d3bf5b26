import { parseConfigOrThrow } from './parse.js';
import { type Programme, programmeSchema } from './programme.js';
import { readConfigFile } from './read.js';

/** A programme file, validated, with what the report needs to name it. */
export interface LoadedProgramme {
  file: string;
  text: string;
  sha256: string;
  programme: Programme;
}

/** Reads and validates a programme file; every problem is reported at once (ConfigError). */
export async function loadProgramme(file: string): Promise<LoadedProgramme> {
  const source = await readConfigFile(
    file,
    'programme file',
    'pass --config FILE, or create openquota.yml (see examples/sovereign-ai-2025/openquota.yml)',
  );
  const programme = parseConfigOrThrow(source, programmeSchema);
  return {
    file,
    text: source.text,
    sha256: source.sha256,
    programme,
  };
}
