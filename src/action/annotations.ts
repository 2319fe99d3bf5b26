import { type Lang, verdictSentence } from '../report/i18n/index.js';
import { locateInProgramme } from '../report/locate.js';
import { primaryCode } from '../report/sarif.js';
import type { Report } from '../types.js';

/** One workflow annotation: what `core.error` / `core.warning` are called with. */
export interface Annotation {
  level: 'error' | 'warning';
  message: string;
  /** `title=`, `file=` and `line=` of the workflow command; @actions/core escapes them. */
  properties: { title: string; file?: string; startLine?: number };
}

/**
 * One error per non-compliant model and one warning per unknown model, titled `model: CODE`, at
 * the programme file's line declaring the model (in `models:`) or else its team. `programme.file`
 * is relative to the workspace, so GitHub can show the annotation on that line.
 */
export function annotationsFor(
  report: Report,
  programme: { file?: string; text?: string },
  lang: Lang = 'en',
): Annotation[] {
  const locate = locateInProgramme(programme.text);
  return report.teams.flatMap((team) =>
    team.models
      .filter((m) => m.verdict === 'non-compliant' || m.verdict === 'unknown')
      .map((model): Annotation => {
        const code = primaryCode(model);
        const line = locate(team.id, model);
        return {
          level: model.verdict === 'unknown' ? 'warning' : 'error',
          message: verdictSentence(lang, model, team.name),
          properties: {
            title: `${model.id}: ${code}`,
            ...(programme.file ? { file: programme.file } : {}),
            ...(programme.file && line !== undefined ? { startLine: line } : {}),
          },
        };
      }),
  );
}
