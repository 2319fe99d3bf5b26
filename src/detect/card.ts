/**
 * Model cards: a README whose YAML front matter declares `license:` is answered from that declaration
 * (`licence identify` on a card, matcher `card`), and what the body says adds to it: a stated
 * restriction joins as AND, a body naming another licence is quoted as a mismatch. The body never
 * replaces the declaration (a card declaring `deepseek` whose code paragraph says MIT is `deepseek`).
 */
import type { DeclaredLicence, Detection } from '../types.js';
import { frontMatter } from './front-matter.js';
import { hubLicence, licenseRef } from './hub-ids.js';
import { lookupLicence, refinesId } from './licences.js';
import { statedRestrictions } from './restrictions.js';

/** The text of a README without its YAML front matter (the declaration is not also a detection). */
export function cardBody(text: string): string {
  const block = frontMatter(text);
  return block ? text.slice(block.bodyStart) : text;
}

/** The card's declared expression (Hub ids mapped, `other` by its `license_name`); null when none. */
export function declaredExpression(declared: DeclaredLicence[]): string | null {
  const parts: string[] = [];
  for (const d of declared) {
    const hub = hubLicence(d.value, d.name);
    if (hub.kind === 'licence') parts.push(hub.expression);
    else if (hub.name) parts.push(lookupLicence(hub.name)?.id ?? licenseRef(hub.name));
    // `other` with no name: the card points at its text; nothing declared to answer from.
    else return null;
  }
  if (parts.length === 0) return null;
  const distinct = [...new Set(parts)];
  return distinct.length === 1
    ? distinct[0]!
    : distinct.map((p) => (/ (?:AND|OR) /.test(p) ? `(${p})` : p)).join(' AND ');
}

/**
 * The answer for a card: the declaration, with the body's restrictions AND-ed and a body licence that
 * differs from it quoted; `body` is the detection of the body alone. Null when nothing is declared.
 */
export function cardDetection(
  declared: DeclaredLicence[],
  bodyText: string,
  body: Detection,
  file?: string,
): Detection | null {
  const expression = declaredExpression(declared);
  if (!expression) return null;
  const extra: string[] = [];
  const leaves = expression.split(/ (?:AND|OR|WITH) /).map((l) => l.replace(/[()]/g, ''));
  const restrictions = statedRestrictions(bodyText).filter(
    (r) =>
      !(lookupLicence(r.id)?.flags ?? []).every((f) =>
        leaves.every((l) => lookupLicence(l)?.flags.includes(f)),
      ),
  );
  const bodyLeaves = (body.licence ?? '')
    .split(/ (?:AND|OR|WITH) /)
    .map((l) => l.replace(/[()]/g, '').trim())
    .filter((l) => l !== '' && !l.startsWith('LicenseRef-statement-'));
  for (const l of bodyLeaves) {
    if (!leaves.some((d) => refinesId(d, l) || refinesId(l, d) || d.toLowerCase() === l.toLowerCase()))
      extra.push(`the card's body states ${l}; its front matter declares ${expression}`);
  }
  extra.push(...restrictions.map((r) => r.sentence));
  const licence = [
    / OR /.test(expression) ? `(${expression})` : expression,
    ...restrictions.map((r) => r.id),
  ].join(' AND ');
  return {
    licence: restrictions.length > 0 ? licence : expression,
    confidence: 1,
    matcher: 'card',
    bearing: true,
    ...(file !== undefined ? { file } : {}),
    ...(extra.length > 0 ? { extra } : {}),
  };
}
