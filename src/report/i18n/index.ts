import type {
  Availability,
  Finding,
  LinkedCode,
  ModelResult,
  TeamResult,
  TeamStatus,
  Verdict,
} from '../../types.js';
import { percent } from '../symbols.js';
import { en, type MessageKey } from './en.js';
import { ko } from './ko.js';

/** A language the renderers speak. */
export type Lang = 'en' | 'ko';

/** Every catalogue, by language. */
export const CATALOGUES: Record<Lang, Record<MessageKey, string>> = { en, ko };

export type { MessageKey };

/** The text of `key` in `lang`, with `{name}` replaced by `args.name`; unknown placeholders stay visible. */
export function t(
  lang: Lang | undefined,
  key: MessageKey,
  args: Record<string, string | number> = {},
): string {
  const text = CATALOGUES[lang ?? 'en'][key] ?? en[key];
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in args ? String(args[name]) : whole));
}

/** A catalogue key with plural forms: `md.truncated` for `md.truncated.one` and `md.truncated.other`. */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}.other` ? Base : never;
}[MessageKey];

/**
 * The text of `base.one` or `base.other` for `n`, by the language's plural rules
 * (`Intl.PluralRules`: English "1 model", "2 models"; Korean has no plural, always `other`);
 * `{count}` is `n`.
 */
export function plural(
  lang: Lang | undefined,
  base: PluralKey,
  n: number,
  args: Record<string, string | number> = {},
): string {
  const category = new Intl.PluralRules(lang ?? 'en').select(n) === 'one' ? 'one' : 'other';
  return t(lang, `${base}.${category}` as MessageKey, { count: n, ...args });
}

/**
 * The language from the environment, for the CLI only (renderers never read the environment):
 * `LC_ALL` wins over `LANG`, as in POSIX; `ko`, `ko_KR.UTF-8` -> ko, anything else -> en.
 */
export function langFromEnv(env: Record<string, string | undefined>): Lang {
  const value = env.LC_ALL || env.LANG || '';
  return /^ko(\b|_|-|$)/i.test(value) ? 'ko' : 'en';
}

const STATUS_SYMBOL: Record<TeamStatus, string> = { pass: '✔', fail: '✘', incomplete: '?' };
const VERDICT_SYMBOL: Record<Verdict, string> = {
  compliant: '✔',
  'non-compliant': '✘',
  unknown: '?',
  excluded: '–',
};

/** A team status as symbol and word (never colour alone): `✔ pass`, `✘ 실패`. */
export function statusLabel(lang: Lang | undefined, status: TeamStatus): string {
  return `${STATUS_SYMBOL[status]} ${t(lang, `status.${status}`)}`;
}

/** A verdict as symbol and word. */
export function verdictLabel(lang: Lang | undefined, verdict: Verdict): string {
  return `${VERDICT_SYMBOL[verdict]} ${t(lang, `verdict.${verdict}`)}`;
}

/**
 * A release's verdict as shown in a model row: a code repository (`kind: code`, never counted)
 * says so beside its `excluded`, so no one reads it as a model left out by the programme.
 */
export function modelVerdictLabel(
  lang: Lang | undefined,
  model: Pick<ModelResult, 'verdict' | 'kind'>,
): string {
  const label = verdictLabel(lang, model.verdict);
  return model.kind === 'code' ? `${label} · ${t(lang, 'code.notCounted')}` : label;
}

/** A linked code repository's licence, or words saying none was established. */
export function codeLicence(lang: Lang | undefined, code: Pick<LinkedCode, 'licence'>): string {
  return code.licence ?? t(lang, 'code.licenceUnknown');
}

/** The symbol alone, for places that show the word next to it separately. */
export function symbolOf(kind: TeamStatus | Verdict): string {
  return kind in STATUS_SYMBOL ? STATUS_SYMBOL[kind as TeamStatus] : VERDICT_SYMBOL[kind as Verdict];
}

/** An availability in words; null (not established) is `unknown`. */
export function availabilityLabel(lang: Lang | undefined, availability: Availability | null): string {
  return t(lang, `availability.${availability ?? 'unknown'}`);
}

const REASONS = new Set([
  'ABOVE_THRESHOLD',
  'AT_OR_BELOW_THRESHOLD',
  'DEPENDS_ON_UNKNOWN',
  'NOTHING_COUNTED',
  'LISTING_FAILED',
]);

/** Why a team has its status in `lang`: the report's text in English, rebuilt from code and counts otherwise. */
export function teamReason(lang: Lang | undefined, team: TeamResult): string {
  // The core writes the English reason itself; only other languages are rebuilt from the code.
  if ((lang ?? 'en') === 'en' || !REASONS.has(team.reason.code)) return team.reason.message;
  return t(lang, `reason.${team.reason.code}` as MessageKey, {
    compliant: team.compliant,
    counted: team.counted,
    unknown: team.unknown,
    share: percent(team.share),
    threshold: percent(team.threshold),
  });
}

/** A finding's short title in `lang`. */
export function findingTitle(lang: Lang | undefined, finding: Pick<Finding, 'code'>): string {
  return t(lang, `finding.${finding.code}.title`);
}

/** What a finding means and how to fix it, in `lang`. */
export function findingHelp(lang: Lang | undefined, finding: Pick<Finding, 'code'>): string {
  return t(lang, `finding.${finding.code}.help`);
}

/**
 * A team's parameter-weighted share (`parameterShare`) as shown beside its head count: a percentage,
 * `unknown` when a counted release's size is not established, `—` for a report made before it existed.
 */
export function parameterShareCell(lang: Lang | undefined, team: Pick<TeamResult, 'parameterShare'>): string {
  if (team.parameterShare === undefined) return '—';
  if (team.parameterShare === null) return t(lang, 'verdict.unknown');
  return percent(team.parameterShare);
}
