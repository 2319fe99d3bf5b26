import { readFileSync } from 'node:fs';
import { rulesPath } from '../rules-path.js';
import { parseExpression } from '../spdx/expression.js';

/** What a Hub licence id means for identification. */
export type HubLicence =
  | { kind: 'licence'; expression: string }
  /** `other` / `unknown` / absent: the licence is whatever the text says; `name` is `license_name`. */
  | { kind: 'see-text'; name?: string };

let table: Map<string, string> | undefined;

/** The Hub-id table from `rules/hub-licences.tsv`, loaded once. */
function hubTable(): Map<string, string> {
  if (!table) {
    table = new Map();
    for (const line of readFileSync(rulesPath('hub-licences.tsv'), 'utf8').split('\n')) {
      if (!line || line.startsWith('#') || line.startsWith('hub_id\t')) continue;
      const [hubId, licence] = line.split('\t');
      if (hubId && licence) table.set(hubId.toLowerCase(), licence);
    }
  }
  return table;
}

/** `LicenseRef-` plus a name reduced to the characters SPDX allows (`Upstage Solar` -> `Upstage-Solar`). */
export function licenseRef(name: string): string {
  const slug = name
    .trim()
    .replace(/[^A-Za-z0-9.+-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `LicenseRef-${slug || 'unnamed'}`;
}

/**
 * Maps one Hub `license` value to an SPDX expression, case-insensitively. Hub ids with an SPDX
 * equivalent map to it (`gpl-3.0` -> `GPL-3.0-only`); the rest become `LicenseRef-<hub-id>`
 * (`llama3.1` -> `LicenseRef-llama3.1`); a value that is already SPDX (`Apache-2.0 OR MIT`) is kept.
 */
export function hubLicence(value: string, licenseName?: string): HubLicence {
  const key = value.trim().toLowerCase();
  const mapped = hubTable().get(key);
  if (key === '' || mapped === '-')
    return { kind: 'see-text', ...(licenseName ? { name: licenseName } : {}) };
  if (mapped) return { kind: 'licence', expression: mapped };
  const parsed = parseExpression(value);
  if (parsed.ok) return { kind: 'licence', expression: parsed.expression };
  return { kind: 'licence', expression: licenseRef(value) };
}
