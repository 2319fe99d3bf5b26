/**
 * Derived licence ids: a known licence text with substantive additions or changes is
 * `LicenseRef-<base>-modified`; a template clone whose licensor and model names differ is
 * `LicenseRef-<base>-renamed` (`<base>` is the base id without a `LicenseRef-` prefix:
 * `LicenseRef-MIT-modified`, `LicenseRef-llama3.1-renamed`). They carry the base's flags and are
 * never the base.
 */

/** How a derived id relates to its base. */
export type VariantHow = 'modified' | 'renamed';

const DERIVED = /^LicenseRef-(.+)-(modified|renamed)$/;

/** The derived id of `base` (an SPDX id or a LicenseRef). */
export function derivedId(base: string, how: VariantHow): string {
  return `LicenseRef-${base.replace(/^LicenseRef-/, '')}-${how}`;
}

/**
 * The base and kind of a derived id, given a resolver that says whether a candidate base is a known
 * licence id (SPDX ids are tried as written, the rest with their `LicenseRef-` prefix back).
 */
export function parseDerived(
  id: string,
  known: (candidate: string) => string | undefined,
): { base: string; how: VariantHow } | undefined {
  const m = DERIVED.exec(id.trim());
  if (!m) return undefined;
  const base = known(m[1]!) ?? known(`LicenseRef-${m[1]!}`);
  return base ? { base, how: m[2] as VariantHow } : undefined;
}
