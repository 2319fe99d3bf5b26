import { parse } from 'yaml';
import { lineOfPath } from '../config/parse.js';
import type { ModelResult } from '../types.js';

/** Finds the line of a programme file that declares a team, or one of its models. */
export type LocateInProgramme = (
  teamId: string,
  model?: Pick<ModelResult, 'id' | 'origin'>,
) => number | undefined;

interface RawTeam {
  id?: unknown;
  models?: unknown;
}

// `hf:org/name`, `https://huggingface.co/org/name/tree/main` and `github:owner/repo` all name `org/name`.
function bareId(entry: string): string {
  return entry
    .replace(/^(hf|github):/i, '')
    .replace(/^https?:\/\/(www\.)?(huggingface\.co|hf\.co|github\.com)\//i, '')
    .replace(/\.git$/i, '')
    .split('/')
    .slice(0, 2)
    .join('/')
    .toLowerCase();
}

/**
 * Builds a locator over a programme file's text: a model's line is the `models:` entry that declares
 * it (matched by the `models: …` origin, else by id), else the team's line; undefined when the text
 * is not a programme file or the team is not in it. Pure, so renderers may use it.
 */
export function locateInProgramme(text: string | undefined): LocateInProgramme {
  let teams: RawTeam[] = [];
  try {
    const doc = text === undefined ? undefined : (parse(text) as { teams?: unknown } | null);
    if (Array.isArray(doc?.teams)) teams = doc.teams as RawTeam[];
  } catch {
    // An unparsable text locates nothing; the caller falls back to the file's first line.
  }
  const cache = new Map<string, number | undefined>();
  const line = (path: (string | number)[]): number | undefined => {
    const key = path.join('\u0000');
    if (!cache.has(key)) cache.set(key, text === undefined ? undefined : lineOfPath(text, path));
    return cache.get(key);
  };
  return (teamId, model) => {
    const ti = teams.findIndex((t) => t?.id === teamId);
    if (ti < 0) return undefined;
    const declared = Array.isArray(teams[ti]!.models) ? (teams[ti]!.models as unknown[]).map(String) : [];
    if (model) {
      const written = model.origin.startsWith('models: ') ? model.origin.slice('models: '.length) : undefined;
      let mi = written === undefined ? -1 : declared.indexOf(written);
      if (mi < 0) mi = declared.findIndex((d) => bareId(d) === bareId(model.id));
      if (mi >= 0) return line(['teams', ti, 'models', mi]) ?? line(['teams', ti]);
    }
    return line(['teams', ti]);
  };
}
