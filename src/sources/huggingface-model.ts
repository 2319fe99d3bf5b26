/**
 * Hub model metadata (a listing item or a `/api/models/{id}` body) read defensively and mapped to
 * Facts. Pure: no I/O here, so every mapping rule is testable on plain objects.
 */
import type { Availability, DeclaredLicence, Facts, SourceFailure } from '../types.js';

/** The fields of Hub model metadata that judgement needs, each checked for its type. */
export interface HubModel {
  id: string;
  private?: boolean;
  gated?: unknown;
  disabled?: boolean;
  sha?: string;
  files: string[] | null;
  parameters?: number;
  tags: string[];
  card: Record<string, unknown>;
  /** What had a shape we do not know (a `siblings` item without `rfilename`, a card licence of the wrong type). */
  problems: SourceFailure[];
}

/** Reads metadata as the Hub sent it; null when it is not a model object with a string `id`. */
export function readHubModel(raw: unknown): HubModel | null {
  if (!isObject(raw) || typeof raw.id !== 'string' || !raw.id.includes('/')) return null;
  const safetensors = isObject(raw.safetensors) ? raw.safetensors : {};
  const card = isObject(raw.cardData) ? raw.cardData : {};
  const files = siblingFiles(raw.siblings);
  return {
    id: raw.id,
    private: typeof raw.private === 'boolean' ? raw.private : undefined,
    gated: raw.gated,
    disabled: typeof raw.disabled === 'boolean' ? raw.disabled : undefined,
    sha: typeof raw.sha === 'string' ? raw.sha : undefined,
    files: files.files,
    parameters: typeof safetensors.total === 'number' ? safetensors.total : undefined,
    tags: Array.isArray(raw.tags) ? raw.tags.filter((t): t is string => typeof t === 'string') : [],
    card,
    problems: [...files.problems, ...cardProblems(card)],
  };
}

/**
 * The file list from `siblings`. Absent: not asked for (null, read again from model info). Any
 * item that is not `{rfilename: string}`, or a `siblings` that is not a list, leaves the file list
 * unknown with a MALFORMED_RESPONSE problem: dropping the item could drop the weights.
 */
function siblingFiles(siblings: unknown): { files: string[] | null; problems: SourceFailure[] } {
  if (siblings === undefined || siblings === null) return { files: null, problems: [] };
  const malformed = (message: string) => ({
    files: null,
    problems: [{ code: 'MALFORMED_RESPONSE', message }],
  });
  if (!Array.isArray(siblings)) return malformed('`siblings` is not a list of files');
  const files: string[] = [];
  for (const [i, s] of siblings.entries()) {
    if (!isObject(s) || typeof s.rfilename !== 'string' || s.rfilename === '')
      return malformed(`\`siblings[${i}]\` is not a file entry with an \`rfilename\``);
    files.push(s.rfilename);
  }
  return { files, problems: [] };
}

/**
 * Card licence fields of the wrong type: `license` must be an id or a list of ids,
 * `license_name` and `license_link` text. Such a card names no licence we can trust, and its tags
 * (derived from it) are no fallback.
 */
export function cardProblems(card: Record<string, unknown>): SourceFailure[] {
  const problems: SourceFailure[] = [];
  const bad = (field: string, value: unknown) =>
    problems.push({
      code: 'MALFORMED_METADATA',
      message: `cardData.${field} is ${describe(value)}, not ${field === 'license' ? 'an id or a list of ids' : 'text'}`,
    });
  const licence = card.license;
  if (licence !== undefined && licence !== null) {
    const list = Array.isArray(licence) ? licence : [licence];
    if (!list.every((v) => typeof v === 'string')) bad('license', licence);
  }
  for (const field of ['license_name', 'license_link'] as const) {
    const value = card[field];
    if (value !== undefined && value !== null && typeof value !== 'string') bad(field, value);
  }
  return problems;
}

function describe(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 59)}…` : json;
}

/** How reachable the model is: private and disabled first, then gating; unknown gating values are manual. */
export function availabilityOf(model: HubModel): Availability {
  if (model.private === true) return 'private';
  if (model.disabled === true) return 'disabled';
  if (model.gated === 'auto') return 'gated-auto';
  // `gated: true` (card syntax) or any value we do not know is treated as the stricter manual gate.
  if (model.gated !== false && model.gated !== undefined && model.gated !== null) return 'gated-manual';
  return 'public';
}

/** `cardData.license` (string or list) with `license_name`/`license_link`; else the `license:` tags. */
export function declaredLicences(model: HubModel): DeclaredLicence[] {
  // A malformed card licence is not established; the tags repeat the card, so they are no fallback.
  if (cardProblems(model.card).length > 0) return [];
  const name = stringField(model.card.license_name);
  const link = stringField(model.card.license_link);
  const fromCard = listOf(model.card.license).map((value) => ({
    origin: 'hub-card' as const,
    value,
    ...(name ? { name } : {}),
    ...(link ? { link } : {}),
  }));
  if (fromCard.length > 0) return fromCard;
  return model.tags
    .filter((tag) => tag.startsWith('license:'))
    .map((tag) => ({ origin: 'hub-tag' as const, value: tag.slice('license:'.length) }));
}

// Relations the Hub states in `base_model_relation` and in its `base_model:<relation>:<id>` tags.
const RELATIONS = new Set(['adapter', 'finetune', 'merge', 'quantized']);

/** `cardData.base_model_relation`, else the relation of the Hub's `base_model:<relation>:` tags. */
export function baseRelation(model: HubModel): string | undefined {
  const stated = stringField(model.card.base_model_relation)?.toLowerCase();
  if (stated) return stated;
  for (const tag of model.tags) {
    const relation = /^base_model:([a-z]+):/.exec(tag)?.[1];
    if (relation && RELATIONS.has(relation)) return relation;
  }
  return undefined;
}

/** `cardData.base_model`, string or list. */
export function baseModels(model: HubModel): string[] | undefined {
  const list = listOf(model.card.base_model);
  return list.length > 0 ? list : undefined;
}

// A GitHub or Hub URL anywhere in the card (code repos, sibling releases, the licence link).
const LINK = /https?:\/\/(?:www\.)?(?:github\.com|huggingface\.co)\/[^\s"'<>()[\]{}`]+/g;
const MAX_LINKS = 20;

/** GitHub and Hub URLs found in card values, de-duplicated, in order of appearance. */
export function linksOf(model: HubModel): string[] | undefined {
  const found = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string')
      for (const m of value.matchAll(LINK)) found.add(m[0].replace(/[.,;:]+$/, ''));
    else if (Array.isArray(value)) value.forEach(visit);
    else if (isObject(value)) Object.values(value).forEach(visit);
  };
  visit(model.card);
  const links = [...found].slice(0, MAX_LINKS);
  return links.length > 0 ? links : undefined;
}

/** Facts of a model whose metadata was read. */
export function factsOf(model: HubModel, raw: unknown, endpoint: string, requestedId?: string): Facts {
  return {
    source: 'huggingface',
    id: model.id,
    ...(requestedId && requestedId !== model.id ? { requestedId } : {}),
    url: `${endpoint}/${model.id}`,
    ...(model.sha ? { revision: model.sha } : {}),
    availability: availabilityOf(model),
    files: model.files,
    ...(model.parameters !== undefined ? { parameters: model.parameters } : {}),
    declaredLicences: declaredLicences(model),
    ...(model.problems.length ? { problems: model.problems } : {}),
    ...optional('baseModels', baseModels(model)),
    ...optional('baseRelation', baseRelation(model)),
    ...optional('links', linksOf(model)),
    raw,
  };
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

function listOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim());
}

function stringField(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
