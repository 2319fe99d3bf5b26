import type {
  Availability,
  Finding,
  LinkedCode,
  ModelResult,
  TeamResult,
  TeamStatus,
  Verdict,
} from '../../types.js';
import { primaryFinding } from '../primary-finding.js';
import { percent } from '../symbols.js';
import { en, type MessageKey } from './en.js';
import { ko } from './ko.js';

/** A language the renderers speak. */
export type Lang = 'en' | 'ko';

/** Every catalogue, by language. */
export const CATALOGUES: Record<Lang, Record<MessageKey, string>> = { en, ko };

export type { MessageKey };

/** Arguments of a catalogue text. */
export type Args = Record<string, string | number>;

/** `{name}` or `{name|pattern}` (see en.ts); group 1 the name, group 2 the pattern. */
const PLACEHOLDER = /\{(\w+)(?:\|([\w.*-]+))?\}/g;
/** `[…]`: a segment kept only when every placeholder in it has a value (see en.ts). */
const OPTIONAL = /\[([^[\]]*)\]/g;

/** The catalogue key a `{name|pattern}` placeholder names for `value`: `*` replaced, else appended. */
function patternKey(pattern: string, value: string | number): string {
  return pattern.includes('*') ? pattern.replace('*', String(value)) : `${pattern}.${value}`;
}

/** True when the catalogue of `lang` has `key`. */
export function hasKey(lang: Lang, key: string): key is MessageKey {
  return Object.hasOwn(CATALOGUES[lang], key);
}

/** A filled text's pieces: literal text, or a placeholder (`whole` is how it is written). */
type Piece = string | { whole: string; name: string; pattern: string | undefined };

/** A catalogue text split once: the text around its optional segments, and each segment's placeholders. */
interface Template {
  literals: string[];
  segments: { text: string; names: string[] }[];
  /** By which segments are kept ('1') or dropped ('0'): the pieces of the text that leaves. */
  pieces: Map<string, Piece[]>;
}

// The catalogues are fixed, and a dashboard of 8,400 releases fills their few hundred texts tens of
// thousands of times: each is split once here instead of by two regex passes per call.
const TEMPLATES = new Map<string, Template>();

function template(text: string): Template {
  let found = TEMPLATES.get(text);
  if (!found) {
    const literals: string[] = [];
    const segments: Template['segments'] = [];
    let last = 0;
    for (const m of text.matchAll(OPTIONAL)) {
      literals.push(text.slice(last, m.index));
      segments.push({ text: m[1]!, names: [...m[1]!.matchAll(PLACEHOLDER)].map((p) => p[1]!) });
      last = m.index + m[0].length;
    }
    literals.push(text.slice(last));
    found = { literals, segments, pieces: new Map() };
    TEMPLATES.set(text, found);
  }
  return found;
}

/** A text split at its placeholders, as `text.replace(PLACEHOLDER, …)` meets them. */
function piecesOf(text: string): Piece[] {
  const pieces: Piece[] = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    if (m.index > last) pieces.push(text.slice(last, m.index));
    pieces.push({ whole: m[0], name: m[1]!, pattern: m[2] });
    last = m.index + m[0].length;
  }
  if (last < text.length) pieces.push(text.slice(last));
  return pieces;
}

/**
 * Fills a catalogue text: optional segments first (dropped unless each of their placeholders has a
 * value that is neither empty nor 0), then placeholders (`{name|pattern}`: the catalogue's text
 * for the value, the value itself where the catalogue has none). Unknown placeholders stay visible.
 */
function fill(lang: Lang, text: string, args: Args): string {
  const present = (name: string) => args[name] !== undefined && args[name] !== '' && args[name] !== 0;
  const tpl = template(text);
  let kept = '';
  for (const segment of tpl.segments) kept += segment.names.every(present) ? '1' : '0';
  let pieces = tpl.pieces.get(kept);
  if (!pieces) {
    let left = tpl.literals[0]!;
    tpl.segments.forEach((segment, i) => {
      left += (kept[i] === '1' ? segment.text : '') + tpl.literals[i + 1]!;
    });
    pieces = piecesOf(left);
    tpl.pieces.set(kept, pieces);
  }
  let out = '';
  for (const piece of pieces) {
    if (typeof piece === 'string') {
      out += piece;
      continue;
    }
    const value = args[piece.name];
    if (value === undefined) out += piece.whole;
    // Counts and sizes with digit grouping (1,048,576 bytes), in the reader's convention.
    else if (!piece.pattern) out += typeof value === 'number' ? formatNumber(lang, value) : String(value);
    else {
      const key = patternKey(piece.pattern, value);
      out += hasKey(lang, key) ? t(lang, key) : String(value);
    }
  }
  return out;
}

// What `toLocaleString(locale)` builds on every call, built once per language: a dashboard of 8,400
// releases says a count tens of thousands of times, and constructing the formatter each time was a
// third of its render.
const NUMBER_FORMATS = new Map<Lang, Intl.NumberFormat>();

/**
 * `n.toLocaleString` in the reader's convention (digit grouping: 1,048,576). A whole number is
 * grouped here: both languages group by three with a comma (test/report/i18n.test.ts holds it equal
 * to Intl), and a command that says one count (the Action's summary footer) then never loads ICU's
 * number data, 10 ms. Anything else goes to Intl.
 */
export function formatNumber(lang: Lang, n: number): string {
  if (Number.isSafeInteger(n) && n >= 0 && !Object.is(n, -0)) {
    const digits = String(n);
    return digits.length <= 3 ? digits : digits.replace(/\B(?=(\d{3})+$)/g, ',');
  }
  return numberFormat(lang).format(n);
}

/** Intl's number formatter of `lang`, cached. */
function numberFormat(lang: Lang): Intl.NumberFormat {
  let format = NUMBER_FORMATS.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'ko' ? 'ko-KR' : 'en');
    NUMBER_FORMATS.set(lang, format);
  }
  return format;
}

/**
 * The catalogue's plural form of `n`: CLDR's rules for the two languages, as Intl.PluralRules
 * selects them: English says `one` for 1 and -1, Korean has no plural. Said here, a command that
 * says one count loads no ICU plural data. A new language adds its rule here; test/report/i18n.test.ts
 * compares every language of CATALOGUES with Intl.
 */
export function pluralCategory(lang: Lang, n: number): 'one' | 'other' {
  return lang === 'en' && (n === 1 || n === -1) ? 'one' : 'other';
}

// The catalogues are fixed: each text's required placeholders are found once.
const REQUIRED = new Map<string, string[]>();

/** The placeholders of a text that are outside optional segments: those it cannot be said without. */
export function requiredPlaceholders(text: string): readonly string[] {
  let names = REQUIRED.get(text);
  if (!names) {
    names = [...text.replace(OPTIONAL, '').matchAll(PLACEHOLDER)].map((m) => m[1]!);
    REQUIRED.set(text, names);
  }
  return names;
}

/** Every placeholder name of a text, optional or not. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]!);
}

/** The text of `key` in `lang`, filled from `args` (placeholders and optional segments, see en.ts). */
export function t(lang: Lang | undefined, key: MessageKey, args: Args = {}): string {
  const l = lang ?? 'en';
  return fill(l, CATALOGUES[l][key] ?? en[key], args);
}

/** What a coded message is rendered from: a finding, a provenance item, a team reason. */
export interface Coded {
  code: string;
  args?: Args;
  /** The English text a report stored; shown when the catalogue cannot say it from `args`. */
  message?: string;
}

/**
 * Whether a stored English message is the text of a coded message in `lang`: in English it is,
 * whichever way codedText's check goes (rendered equal to it, or kept because the args do not say
 * it), so the message is not rendered only to be compared (a third of an 8,400-release dashboard's
 * own work). codedText and provenanceLines both decide through here.
 */
function storedMessageStands(lang: Lang | undefined): boolean {
  return (lang ?? 'en') === 'en';
}

/**
 * The sentence of a coded message of family `family` (`finding`, `evidence`) in `lang`: the
 * catalogue text `FAMILY.CODE.message` (or `FAMILY.CODE.message.VARIANT` for `args.variant`),
 * filled from `args`. Every renderer says findings and provenance through here, so each sentence
 * is decided once, per language. A report written before its code carried these args (a required
 * placeholder has no value), or a code the catalogue lacks, shows its stored English `message`.
 */
export function codedText(lang: Lang | undefined, family: 'finding' | 'evidence', item: Coded): string {
  if (storedMessageStands(lang) && item.message !== undefined) return item.message;
  const fallback = item.message ?? item.code;
  const en = render('en', family, item);
  // The args say all the stored text says only when they render to it in English: a report of an
  // older version (`LICENCE_UNREADABLE` with its file but not its error) keeps its own words.
  if (en === undefined || (item.message !== undefined && en !== item.message)) return fallback;
  return (lang ?? 'en') === 'en' ? en : (render(lang!, family, item) ?? fallback);
}

function render(lang: Lang, family: 'finding' | 'evidence', item: Coded): string | undefined {
  const args = item.args ?? {};
  const base = `${family}.${item.code}.message`;
  const key = typeof args.variant === 'string' ? `${base}.${args.variant}` : base;
  if (!hasKey(lang, key)) return undefined;
  const template = CATALOGUES[lang][key];
  if (requiredPlaceholders(template).some((name) => args[name] === undefined)) return undefined;
  const text = fill(lang, template, args);
  // A finding a waiver accepted says so, in the same language.
  return family === 'finding' && args.waived ? t(lang, 'finding.waived', { text }) : text;
}

/**
 * One release's verdict and why, in a sentence (SARIF results, the Action's annotations):
 * `org/name (team lg) is non-compliant: EXAONE … forbids commercial use`, from its primary finding.
 */
export function verdictSentence(
  lang: Lang | undefined,
  model: Pick<ModelResult, 'id' | 'verdict' | 'reasons'>,
  team: string,
): string {
  const reason = primaryFinding(model);
  return t(lang, 'sentence.verdict', {
    model: model.id,
    team,
    verdict: model.verdict,
    reason: reason ? findingMessage(lang, reason) : t(lang, `verdict.${model.verdict}`),
  });
}

/**
 * A release's provenance lines in `lang`: each `provenance` item said by the catalogue, with its
 * English line (`evidence[i]`) as what it must render to; a report without items keeps its lines.
 */
export function provenanceLines(
  lang: Lang | undefined,
  model: Pick<ModelResult, 'evidence' | 'provenance'>,
): string[] {
  const items = model.provenance;
  if (!items || items.length !== model.evidence.length) return model.evidence;
  // Each line is codedText of its item with its stored `evidence` line as the message.
  if (storedMessageStands(lang)) return model.evidence.slice();
  return items.map((item, i) => codedText(lang, 'evidence', { ...item, message: model.evidence[i]! }));
}

/** Every coded CLI problem (`error.CODE.message`, `error.CODE.fix`); the CLI emits them with `Problems.coded`. */
export const ERROR_CODES = [
  'UNKNOWN_COMMAND',
  'UNKNOWN_OPTION',
  'NEEDS_VALUE',
  'TAKES_NO_VALUE',
  'GIVEN_TWICE',
  'UNKNOWN_FORMAT',
  'UNKNOWN_LANGUAGE',
  'UNKNOWN_VALUE',
  'EMPTY_VALUE',
  'JSON_IS_OUTPUT',
] as const;

/** A coded CLI problem. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** One part of a coded problem: `error.CODE.PART.VARIANT` where `args.variant` names one, else `error.CODE.PART`. */
function problemPart(lang: Lang, code: string, part: 'message' | 'fix', args: Args): string | undefined {
  const base = `error.${code}.${part}`;
  const variant = typeof args.variant === 'string' ? `${base}.${args.variant}` : undefined;
  const key = variant && hasKey(lang, variant) ? variant : base;
  if (!hasKey(lang, key)) return undefined;
  const template = CATALOGUES[lang][key];
  if (requiredPlaceholders(template).some((name) => args[name] === undefined)) return undefined;
  return fill(lang, template, args);
}

/** The English message and fix of a coded problem, as the CLI stores them (`Problems.coded`). */
export function problemEnglish(code: ErrorCode, args: Args): { message: string; fix?: string } {
  const fix = problemPart('en', code, 'fix', args);
  return { message: problemPart('en', code, 'message', args) ?? code, ...(fix ? { fix } : {}) };
}

/**
 * A CLI problem in `lang`: a coded one from its code and args (when they render to its stored
 * English), any other in its own words; with the word that introduces its fix.
 */
export function problemText(
  lang: Lang | undefined,
  p: { message: string; fix?: string; code?: string; args?: Args; file?: string },
): { message: string; fix?: string; fixLabel: string; file?: string } {
  const l = lang ?? 'en';
  const fixLabel = t(l, 'error.fixLabel');
  // The CLI's name for where flag problems are (`command line`, src/cli/problems.ts), in words.
  const file = p.file === 'command line' ? t(l, 'error.commandLine') : p.file;
  const own = { message: p.message, ...(p.fix ? { fix: p.fix } : {}), fixLabel, ...(file ? { file } : {}) };
  if (!p.code || l === 'en') return own;
  const args = p.args ?? {};
  const en = {
    message: problemPart('en', p.code, 'message', args),
    fix: problemPart('en', p.code, 'fix', args),
  };
  if (en.message !== p.message || (en.fix ?? undefined) !== (p.fix ?? undefined)) return own;
  const message = problemPart(l, p.code, 'message', args) ?? p.message;
  const fix = p.fix ? (problemPart(l, p.code, 'fix', args) ?? p.fix) : undefined;
  return { message, ...(fix ? { fix } : {}), fixLabel, ...(file ? { file } : {}) };
}

/** A finding's sentence in `lang` (see codedText). */
export function findingMessage(
  lang: Lang | undefined,
  finding: Pick<Finding, 'code' | 'args'> & { message?: string },
): string {
  return codedText(lang, 'finding', finding);
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
  const category = pluralCategory(lang ?? 'en', n);
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

/** Every code of a team's status (policy/tally.ts), each with its `reason.CODE` text. */
export const TEAM_REASON_CODES = [
  'ABOVE_THRESHOLD',
  'AT_OR_BELOW_THRESHOLD',
  'DEPENDS_ON_UNKNOWN',
  'NOTHING_COUNTED',
  'LISTING_FAILED',
  'PARAMETERS_UNKNOWN',
  'PARAMETERS_ABOVE_THRESHOLD',
  'PARAMETERS_AT_OR_BELOW_THRESHOLD',
  'PARAMETERS_DEPEND_ON_UNKNOWN',
] as const;

/** A team status code. */
export type TeamReasonCode = (typeof TEAM_REASON_CODES)[number];

const REASONS = new Set<string>(TEAM_REASON_CODES);

/** The args of a team's reason, from its counts: the one place they are formatted. */
export function teamReasonArgs(counts: {
  counted: number;
  compliant: number;
  unknown: number;
  threshold: number;
  parameterShare?: number | null;
}): Args {
  const { counted, compliant, unknown, threshold, parameterShare } = counts;
  return {
    compliant,
    counted,
    unknown,
    share: percent(counted === 0 ? 0 : compliant / counted),
    threshold: percent(threshold),
    parameterShare: percent(parameterShare ?? 0),
  };
}

/**
 * Why a team has its status in `lang`, said from its code and counts (the same function writes
 * the report's English `reason.message`, policy/tally.ts); an unknown code keeps its own text.
 */
export function teamReason(lang: Lang | undefined, team: TeamResult): string {
  if (!REASONS.has(team.reason.code)) return team.reason.message;
  return t(lang, `reason.${team.reason.code}` as MessageKey, teamReasonArgs(team));
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
