import { parseShared } from '../config/parse.js';
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

/** One team of the programme text, indexed for lookups by id. */
interface TeamIndex {
  at: number;
  /** Each `models:` entry as written -> its first index. */
  written: Map<string, number>;
  /** Each entry's bare `org/name` (lower case) -> its first index. */
  bare: Map<string, number>;
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

function indexTeams(teams: RawTeam[]): Map<unknown, TeamIndex> {
  const byId = new Map<unknown, TeamIndex>();
  teams.forEach((team, at) => {
    if (byId.has(team?.id)) return;
    const declared = Array.isArray(team?.models) ? (team.models as unknown[]).map(String) : [];
    const written = new Map<string, number>();
    const bare = new Map<string, number>();
    declared.forEach((entry, i) => {
      if (!written.has(entry)) written.set(entry, i);
      const key = bareId(entry);
      if (!bare.has(key)) bare.set(key, i);
    });
    byId.set(team?.id, { at, written, bare });
  });
  return byId;
}

/**
 * Builds a locator over a programme file's text: a model's line is the `models:` entry that declares
 * it (matched by the `models: …` origin, else by id), else the team's line; undefined when the text
 * is not a programme file or the team is not in it. Pure, so renderers may use it. The text is
 * parsed once and every team indexed once, so locating all of a report's models is linear in the
 * report (parsing once per model made SARIF quadratic: 4 s at 8,400 releases).
 */
export function locateInProgramme(text: string | undefined): LocateInProgramme {
  // The Action locates its SARIF results and its annotations in the same text: built once for both.
  if (text !== undefined && last?.text === text) return last.locate;
  const locate = buildLocator(text);
  if (text !== undefined) last = { text, locate };
  return locate;
}

// The last text located in, and its locator (pure: it only reads the parsed text).
let last: { text: string; locate: LocateInProgramme } | undefined;

function buildLocator(text: string | undefined): LocateInProgramme {
  // An unparsable text locates nothing; the caller falls back to the file's first line.
  const parsed = text === undefined ? undefined : parseShared({ file: 'programme', text });
  if (!parsed?.ok) return () => undefined;
  const doc = parsed.document.value as { teams?: unknown } | null;
  const teams = indexTeams(Array.isArray(doc?.teams) ? (doc.teams as RawTeam[]) : []);
  const line = (path: (string | number)[]) => parsed.document.lineOf(path);
  return (teamId, model) => {
    const team = teams.get(teamId);
    if (!team) return undefined;
    if (model) {
      const written = model.origin.startsWith('models: ') ? model.origin.slice('models: '.length) : undefined;
      const mi =
        (written === undefined ? undefined : team.written.get(written)) ?? team.bare.get(bareId(model.id));
      if (mi !== undefined) return line(['teams', team.at, 'models', mi]);
    }
    return line(['teams', team.at]);
  };
}
