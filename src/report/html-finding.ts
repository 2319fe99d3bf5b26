import { createHash } from 'node:crypto';
import type { Finding, ModelResult } from '../types.js';
import { findingMessage, findingTitle, type Lang, t } from './i18n/index.js';
import { type Explained, primaryFinding } from './primary-finding.js';

/** The reason key of code repositories: one group, whatever their NO_WEIGHTS finding says. */
export const CODE_REPOSITORY = 'CODE_REPOSITORY';

/**
 * What groups releases "for the same reason" (the team card's "11 × …" and the reason filter):
 * the primary finding's code and what it is about (its args, else its message), as
 * `CODE.hash6`, stable across languages and rounds, short enough for a URL.
 * Code repositories share one key; a release with no finding has none.
 */
export function reasonKey(model: Explained & Pick<ModelResult, 'kind'>): string {
  if (model.kind === 'code') return CODE_REPOSITORY;
  const f = primaryFinding(model);
  if (!f) return '';
  const about = f.args ? JSON.stringify(sortedEntries(f.args)) : f.message;
  return `${f.code}.${shortHash(about)}`;
}

/**
 * `Object.entries(args).sort()`, the order the key was first defined by (each entry compared as its
 * string `key,value`), with each string made once instead of at every comparison of the sort.
 */
function sortedEntries(args: Record<string, string | number>): [string, string | number][] {
  return Object.entries(args)
    .map((entry) => ({ entry, text: `${entry[0]},${entry[1]}` }))
    .sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0))
    .map((e) => e.entry);
}

// Releases share few reasons, and the dashboard asks each release's key several times (its row,
// the reason filter, its team card): each text is hashed once.
const SHORT_HASHES = new Map<string, string>();

function shortHash(text: string): string {
  let hash = SHORT_HASHES.get(text);
  if (hash === undefined) {
    hash = createHash('sha256').update(text).digest('hex').slice(0, 6);
    SHORT_HASHES.set(text, hash);
  }
  return hash;
}

/** What a release's reason key is found by: reasonKey, or a KeyOf remembering it for one render. */
export type KeyOf = (model: Explained & Pick<ModelResult, 'kind'>) => string;

/**
 * reasonKey, remembered per release for one render: the dashboard asks it of each release four
 * times (its row, the reason filter, its team card's two lists). Made per render, so a release
 * changed between two renders is keyed afresh.
 */
export function rememberedReasonKeys(): KeyOf {
  const keys = new WeakMap<object, string>();
  return (model) => {
    let key = keys.get(model);
    if (key === undefined) {
      key = reasonKey(model);
      keys.set(model, key);
    }
    return key;
  };
}

/**
 * The reason a release has its verdict, in one line: the primary finding's title and text.
 * `messageOf` gives a finding's text when the caller has it already (the dashboard's rows say every
 * finding: the primary one is not said twice); findingMessage otherwise.
 */
export function reasonLine(
  lang: Lang,
  model: Explained & Pick<ModelResult, 'kind' | 'licence'>,
  messageOf: (f: Finding) => string = (f) => findingMessage(lang, f),
): string {
  if (model.kind === 'code') return t(lang, 'dash.reason.code');
  const f = primaryFinding(model);
  if (!f) {
    return model.licence.expression
      ? t(lang, 'dash.reason.compliant', { licence: model.licence.expression })
      : t(lang, 'evidence.none');
  }
  return `${findingTitle(lang, f)}: ${messageOf(f)}`;
}
