// JSON imports, so the bundles in dist/ carry the SPDX data and need no node_modules.
import exceptions from 'spdx-exceptions/index.json' with { type: 'json' };
import deprecated from 'spdx-license-ids/deprecated.json' with { type: 'json' };
import current from 'spdx-license-ids/index.json' with { type: 'json' };

/**
 * Deprecated ids whose replacement is not simply `<id>-only`: the `-with-` forms became
 * `<licence> WITH <exception>` expressions (SPDX 3.0), e.g. `GPL-2.0-with-GCC-exception`.
 */
const DEPRECATED_WITH: Record<string, string> = {
  'GPL-2.0-with-GCC-exception': 'GPL-2.0-only WITH GCC-exception-2.0',
  'GPL-2.0-with-autoconf-exception': 'GPL-2.0-only WITH Autoconf-exception-2.0',
  'GPL-2.0-with-bison-exception': 'GPL-2.0-only WITH Bison-exception-2.2',
  'GPL-2.0-with-classpath-exception': 'GPL-2.0-only WITH Classpath-exception-2.0',
  'GPL-2.0-with-font-exception': 'GPL-2.0-only WITH Font-exception-2.0',
  'GPL-3.0-with-GCC-exception': 'GPL-3.0-only WITH GCC-exception-3.1',
  'GPL-3.0-with-autoconf-exception': 'GPL-3.0-only WITH Autoconf-exception-3.0',
};

const byLower = new Map<string, string>();
for (const id of current) byLower.set(id.toLowerCase(), id);
const currentSet = new Set(current);

/** Replacement for each deprecated id (`GPL-3.0` -> `GPL-3.0-only`, `GPL-3.0+` -> `GPL-3.0-or-later`). */
const replacement = new Map<string, string>();
for (const id of deprecated) {
  const repl =
    DEPRECATED_WITH[id] ??
    (currentSet.has(`${id}-only`) ? `${id}-only` : currentSet.has(id) ? id : undefined);
  if (repl) replacement.set(id.toLowerCase(), repl);
}

const exceptionByLower = new Map(exceptions.map((e) => [e.toLowerCase(), e]));

/** Every current SPDX licence id. */
export const spdxLicenceIds: readonly string[] = current;

/** True for a current SPDX licence id, exactly as spelled. */
export function isSpdxId(id: string): boolean {
  return currentSet.has(id);
}

/**
 * Canonical spelling of a licence id, case-insensitively, with deprecated ids replaced:
 * `apache-2.0` -> `Apache-2.0`, `GPL-3.0` -> `GPL-3.0-only`, `GPL-2.0+` -> `GPL-2.0-or-later`.
 * LicenseRef ids keep their spelling; unknown ids give undefined. The result may be a
 * `WITH` expression for the deprecated `-with-` ids.
 */
export function canonicalLicenceId(raw: string): string | undefined {
  const id = raw.trim();
  if (/^(DocumentRef-[\w.-]+:)?LicenseRef-[\w.+-]+$/i.test(id)) {
    return id.replace(/^licenseref-/i, 'LicenseRef-').replace(/^documentref-/i, 'DocumentRef-');
  }
  const lower = id.toLowerCase();
  if (lower.endsWith('+')) {
    const base = lower.slice(0, -1);
    const baseId = byLower.get(base) ?? replacement.get(base)?.replace(/-only$/, '');
    if (!baseId) return undefined;
    const orLater = `${baseId.replace(/-only$/, '')}-or-later`;
    return currentSet.has(orLater) ? orLater : `${baseId}+`;
  }
  return byLower.get(lower) ?? replacement.get(lower);
}

/** Canonical spelling of an SPDX exception id, case-insensitively. */
export function canonicalExceptionId(raw: string): string | undefined {
  return exceptionByLower.get(raw.trim().toLowerCase());
}
