import { ConfigError } from '../errors.js';
import { parseShared, validateDocument } from './parse.js';
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
  // An empty file (or one of comments only) is one problem with a way to start, not a type error.
  const parsed = parseShared(source);
  if (!parsed.ok) throw new ConfigError(parsed.problems);
  if (parsed.document.value === null || parsed.document.value === undefined) {
    throw new ConfigError([
      {
        file,
        path: '',
        message: 'the programme file is empty',
        fix: 'start one with `openquota init --hf YOUR-HUB-ORG`, or copy examples/sovereign-ai-2025/openquota.yml',
      },
    ]);
  }
  // parseConfigOrThrow, on the document already parsed: a programme of 8,400 releases is parsed once.
  const validated = validateDocument(source.file, parsed.document, programmeSchema);
  if (!validated.ok) throw new ConfigError(validated.problems);
  const programme = validated.value;
  return {
    file,
    text: source.text,
    sha256: source.sha256,
    programme,
  };
}
