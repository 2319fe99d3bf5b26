/**
 * What the engine knows about each licence id it can return: names, flags, aliases, families. Built
 * from `spdx-license-list` and `rules/licences/index.json`; drives `licenceInfo` and `refines`.
 */
import { type LicenceFlag, licenceEntries, licenceIndex, type SpdxFlagRow, spdxMeta } from './corpus.js';
import { parseDerived, type VariantHow } from './variants.js';

/** Facts about one licence id. */
export interface LicenceInfo {
  id: string;
  name: string;
  spdx: boolean;
  flags: LicenceFlag[];
  aliases: string[];
  osiApproved?: boolean;
  /** The broader id this one refines (`LicenseRef-exaone` for `LicenseRef-exaone-1.2-nc`). */
  family?: string;
  /** For a derived id (`LicenseRef-MIT-modified`): the known licence it was derived from, and how. */
  variantOf?: { id: string; how: VariantHow };
  /** With `binds-derivatives`: the licence's own clause carrying its terms to derivatives, quoted. */
  binds?: string;
}

// SPDX ids whose terms forbid commercial use (the NC Creative Commons family, PolyForm Noncommercial, ...).
const SPDX_NON_COMMERCIAL = /(?:^|-)NC(?:-|$)|Noncommercial|NonCommercial/;

// Deprecated SPDX ids that name a current one: the bare GNU ids mean "-only", "+" means "-or-later".
const DEPRECATED = /^((?:A|L)?GPL-[123]\.[01]|GFDL-1\.[123])(\+)?$/;

let table: Map<string, LicenceInfo> | undefined;

function build(): Map<string, LicenceInfo> {
  const map = new Map<string, LicenceInfo>();
  const { data, ids } = spdxMeta();
  const rows = (licenceIndex().spdxFlags ?? []).map((r) => ({ ...r, re: new RegExp(r.ids) }));
  for (const id of ids) {
    const d = data[id];
    const info: LicenceInfo = {
      id,
      name: d?.name ?? id,
      spdx: true,
      flags: SPDX_NON_COMMERCIAL.test(id) ? ['non-commercial'] : [],
      aliases: [],
      ...(d ? { osiApproved: d.osiApproved } : {}),
    };
    withSpdxFlags(info, rows);
    map.set(id.toLowerCase(), info);
  }
  for (const id of Object.keys(data)) {
    const m = DEPRECATED.exec(id);
    const target = m ? map.get(`${m[1]}${m[2] ? '-or-later' : '-only'}`.toLowerCase()) : undefined;
    if (target && !map.has(id.toLowerCase())) {
      target.aliases.push(id);
      map.set(id.toLowerCase(), target);
    }
  }
  const file = licenceEntries();
  for (const e of file) {
    const info: LicenceInfo = {
      id: e.id,
      name: e.name,
      spdx: false,
      flags: e.flags,
      aliases: [...e.aliases],
      ...(e.family ? { family: e.family } : {}),
      ...(e.binds ? { binds: e.binds } : {}),
    };
    map.set(e.id.toLowerCase(), info);
    for (const a of e.aliases) map.set(a.toLowerCase(), info);
  }
  // Aliases onto SPDX ids (`LicenseRef-pixar-modified-apache` is SPDX `Pixar`), from the index.
  for (const [alias, id] of Object.entries(licenceIndex().spdxAliases ?? {})) {
    const target = map.get(id.toLowerCase());
    if (target) {
      target.aliases.push(alias);
      map.set(alias.toLowerCase(), target);
    }
  }
  return map;
}

/**
 * Info for an id or alias (case-insensitive); undefined for ids the engine does not know. Derived ids
 * (`LicenseRef-Apache-2.0-modified`, `LicenseRef-llama3.1-renamed`) resolve to "X, modified" /
 * "X, renamed" with X's flags and `variantOf`.
 */
export function lookupLicence(id: string): LicenceInfo | undefined {
  table ??= build();
  const t = table;
  const direct = t.get(id.trim().toLowerCase());
  if (direct) return direct;
  const derived = parseDerived(id, (c) => t.get(c.toLowerCase())?.id);
  if (!derived) return undefined;
  const base = t.get(derived.base.toLowerCase())!;
  return {
    id: id.trim(),
    name: `${base.name}, ${derived.how}`,
    spdx: false,
    flags: [...base.flags],
    aliases: [],
    variantOf: { id: base.id, how: derived.how },
    ...(base.binds ? { binds: base.binds } : {}),
  };
}

/**
 * The SPDX flags table (`spdxFlags` of rules/licences/index.json): every row whose id pattern matches
 * adds its flags; the first matching row with a clause gives `binds`. GNU, MPL, EPL, EUPL, CDDL, OSL,
 * MS-RL, OFL and the Creative Commons NC / SA / ND licences bind derivatives; SPDX ids in no row carry
 * only the non-commercial flag their id states.
 */
function withSpdxFlags(info: LicenceInfo, rows: (SpdxFlagRow & { re: RegExp })[]): void {
  for (const row of rows) {
    if (!row.re.test(info.id)) continue;
    for (const f of row.flags) if (!info.flags.includes(f)) info.flags.push(f);
    if (row.binds && !info.binds) info.binds = row.binds;
  }
}

/**
 * Whether a licence's terms apply to derivatives of the work (a fine-tune, merged or modified weights),
 * with the licence's own clause that says so where the data quotes one. For one leaf of an expression:
 * an exception (`GPL-2.0-only WITH Classpath-exception-2.0`) and `+` are read as their base licence;
 * a derived id (`LicenseRef-llama3.1-renamed`) answers as its base. An id the engine does not know
 * binds (`clause` absent): what a licence nobody has read says about derivatives is not established,
 * and the caller must not treat a derivative as free of it.
 */
export function bindsDerivatives(id: string): { binds: boolean; known: boolean; clause?: string } {
  const base = id.split(' WITH ')[0]!.trim().replace(/\+$/, '');
  const info = lookupLicence(base);
  if (!info) return { binds: true, known: false };
  const binds = info.flags.includes('binds-derivatives');
  return { binds, known: true, ...(binds && info.binds ? { clause: info.binds } : {}) };
}

/** The canonical id for an id or alias (`GPL-2.0+` -> `GPL-2.0-or-later`); unknown LicenseRefs pass through. */
export function canonicalId(id: string): string | null {
  const info = lookupLicence(id);
  if (info) return info.id;
  return /^LicenseRef-[A-Za-z0-9.-]+$/.test(id) ? id : null;
}

/** True when `specific` is `general` or refines it through the family links of the index. */
export function refinesId(general: string, specific: string): boolean {
  const g = lookupLicence(general)?.id ?? general;
  let cur: LicenceInfo | undefined = lookupLicence(specific);
  if (!cur) return g === specific;
  for (let depth = 0; cur && depth < 5; depth++) {
    if (cur.id === g) return true;
    cur = cur.family ? lookupLicence(cur.family) : undefined;
  }
  return false;
}
