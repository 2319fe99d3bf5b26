/**
 * Hub model metadata (a listing item or a `/api/models/{id}` body) read defensively and mapped to
 * Facts. Pure: no I/O here, so every mapping rule is testable on plain objects.
 */
import type { Availability, DeclaredLicence, Facts } from '../types.js';

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
}

/** Reads metadata as the Hub sent it; null when it is not a model object with a string `id`. */
export function readHubModel(raw: unknown): HubModel | null {
  if (!isObject(raw) || typeof raw.id !== 'string' || !raw.id.includes('/')) return null;
  const siblings = Array.isArray(raw.siblings) ? raw.siblings : null;
  const safetensors = isObject(raw.safetensors) ? raw.safetensors : {};
  return {
    id: raw.id,
    private: typeof raw.private === 'boolean' ? raw.private : undefined,
    gated: raw.gated,
    disabled: typeof raw.disabled === 'boolean' ? raw.disabled : undefined,
    sha: typeof raw.sha === 'string' ? raw.sha : undefined,
    files: siblings
      ? siblings.flatMap((s) => (isObject(s) && typeof s.rfilename === 'string' ? [s.rfilename] : []))
      : null,
    parameters: typeof safetensors.total === 'number' ? safetensors.total : undefined,
    tags: Array.isArray(raw.tags) ? raw.tags.filter((t): t is string => typeof t === 'string') : [],
    card: isObject(raw.cardData) ? raw.cardData : {},
  };
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
    ...optional('baseModels', baseModels(model)),
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
