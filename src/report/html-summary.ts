import type { ModelResult, Report, TeamResult } from '../types.js';
import { CODE_REPOSITORY, type KeyOf, reasonKey } from './html-finding.js';
import { findingMessage, findingTitle, type Lang, plural, statusLabel, t } from './i18n/index.js';
import { primaryFinding } from './primary-finding.js';

/** Releases that share a reason: how many, and the reason in words. */
export interface ReasonCount {
  /** `reasonKey` of the group, for the reason filter (`#team=…&reason=…`). */
  key: string;
  count: number;
  /** The finding's title (`Non-commercial licence`), or the code-repository label. */
  title: string;
  /** The finding's sentence, as the first release of the group has it; empty for code repositories. */
  text: string;
}

/** The reasons of one team, counted: why counted releases are not compliant, and why some are excluded. */
export interface TeamReasons {
  /** Non-compliant and unknown releases by reason, most frequent first. */
  failing: ReasonCount[];
  /** Excluded releases by reason, most frequent first. */
  excluded: ReasonCount[];
}

/** `models` grouped by reason key, most frequent first, each with its reason in words. */
export function countReasons(models: ModelResult[], lang: Lang, keyOf: KeyOf = reasonKey): ReasonCount[] {
  const groups = new Map<string, ReasonCount>();
  for (const model of models) {
    const key = keyOf(model);
    const group = groups.get(key);
    if (group) {
      group.count++;
      continue;
    }
    const f = primaryFinding(model);
    groups.set(
      key,
      key === CODE_REPOSITORY || !f
        ? { key, count: 1, title: t(lang, key ? 'dash.reason.code' : 'evidence.none'), text: '' }
        : { key, count: 1, title: findingTitle(lang, f), text: findingMessage(lang, f) },
    );
  }
  // Most frequent first; ties keep the order of the report, so the output is stable.
  return [...groups.values()].sort((a, b) => b.count - a.count);
}

/** Why a team's releases are not compliant, and why some are excluded, counted by reason. */
export function teamReasons(team: TeamResult, lang: Lang, keyOf: KeyOf = reasonKey): TeamReasons {
  return {
    failing: countReasons(
      team.models.filter((m) => m.verdict === 'non-compliant' || m.verdict === 'unknown'),
      lang,
      keyOf,
    ),
    excluded: countReasons(
      team.models.filter((m) => m.verdict === 'excluded'),
      lang,
      keyOf,
    ),
  };
}

/** The answer first: "3 of 5 teams fail the quota", and the counts by status under it. */
export function headline(report: Pick<Report, 'teams'>, lang: Lang): { title: string; counts: string } {
  const total = report.teams.length;
  const by = (s: TeamResult['status']) => report.teams.filter((team) => team.status === s).length;
  const [pass, fail, incomplete] = [by('pass'), by('fail'), by('incomplete')];
  const title =
    total === 0
      ? t(lang, 'dash.headline.none')
      : fail > 0
        ? plural(lang, 'dash.headline.fail', fail, { total }) +
          (incomplete > 0 ? t(lang, 'dash.headline.andIncomplete', { count: incomplete }) : '')
        : incomplete > 0
          ? plural(lang, 'dash.headline.incomplete', incomplete, { total })
          : plural(lang, 'dash.headline.pass', total);
  const counts = [
    [pass, 'pass'],
    [fail, 'fail'],
    [incomplete, 'incomplete'],
  ] as const;
  return {
    title,
    counts: counts.map(([n, s]) => `${statusLabel(lang, s)} ${n}`).join(' · '),
  };
}
