/**
 * Restrictions a README or notice states in prose ("the weights are for non-commercial use only", "for
 * academic research purposes only"). Each kind is a licence id of `rules/licences/index.json` with
 * the phrases that state it and its flags, so the policy denies it by flag; the statement joins the
 * text's expression as AND. "Commercial use permitted" states none.
 */
import { licenceEntries } from './corpus.js';
import { loose } from './matchers/reference.js';

/** One restriction found: its id and the sentence that states it. */
export interface StatedRestriction {
  id: string;
  sentence: string;
}

let kinds: { id: string; phrases: RegExp[] }[] | undefined;

function restrictionKinds(): { id: string; phrases: RegExp[] }[] {
  kinds ??= licenceEntries()
    .filter((e) => e.statement && e.statement.length > 0)
    .map((e) => ({ id: e.id, phrases: e.statement!.map((p) => new RegExp(p)) }));
  return kinds;
}

/** The restrictions a text states, one per kind (the first sentence stating it), in index order. */
export function statedRestrictions(text: string): StatedRestriction[] {
  const out: StatedRestriction[] = [];
  const found = new Set<string>();
  for (const sentence of text.split(/(?<=[.;!?])\s+|\n\s*\n/)) {
    if (!/\w/.test(sentence)) continue;
    const l = loose(sentence);
    for (const k of restrictionKinds()) {
      if (found.has(k.id) || !k.phrases.some((re) => re.test(l))) continue;
      found.add(k.id);
      out.push({ id: k.id, sentence: sentence.replace(/\s+/g, ' ').trim().slice(0, 300) });
    }
  }
  // "Research only" is the narrower statement of a non-commercial restriction: one id says it.
  if (found.has('LicenseRef-statement-research-only') && found.has('LicenseRef-statement-non-commercial'))
    return out.filter((r) => r.id !== 'LicenseRef-statement-non-commercial');
  return out;
}
