/**
 * Debian machine-readable copyright files (DEP-5, `Format: https://www.debian.org/doc/packaging-
 * manuals/copyright-format/1.0/`): a list of stanzas, each giving the files it covers and their
 * `License:` by short name, with the licence's text (or a pointer to /usr/share/common-licenses) under
 * it. Every licence listed applies to some file, so the answer is all of them (AND), as a card's
 * front matter is read as its declaration. Read as prose, the stanzas made the first licence text
 * found "modified" by the field lines around it.
 *
 * Fail closed: a short name that maps to no licence id, an exception (`with ... exception`), or a
 * licence text under a name that identifies as something else (or as nothing, and is no pointer to
 * the system's copy) leaves the file unidentified.
 */

const FORMAT =
  /^Format:[ \t]*https?:\/\/(?:www\.)?debian\.org\/doc\/packaging-manuals\/copyright-format\/1\.0\/?[ \t]*$/m;
// A field line: a name (no spaces) and a colon at the start of a line.
const FIELD = /^([!-9;-~]+):[ \t]*(.*)$/;

/** True when the text is a machine-readable Debian copyright file (the Format field on its first line). */
export function isDebianCopyright(text: string): boolean {
  const first = text.replace(/^\uFEFF/, '').split('\n', 1)[0] ?? '';
  return FORMAT.test(first);
}

/** One `License:` field: the short names line, and the text under it (de-indented, " ." as blank). */
export interface LicenceField {
  names: string;
  text: string;
  /** Whether the stanza names files (a `Files:` stanza) or only defines a licence text. */
  files: boolean;
}

/** The `License:` fields of a machine-readable copyright file. */
export function licenceFields(text: string): LicenceField[] {
  const out: LicenceField[] = [];
  for (const stanza of text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/)) {
    const lines = stanza.split('\n');
    let files = false;
    let field: LicenceField | null = null;
    for (const line of lines) {
      const m = /^[ \t]/.test(line) ? null : FIELD.exec(line);
      if (m) {
        if (field) out.push(field);
        field = null;
        const name = m[1]!.toLowerCase();
        if (name === 'files') files = true;
        if (name === 'license') field = { names: m[2]!.trim(), text: '', files };
        continue;
      }
      if (field && /^[ \t]/.test(line)) {
        const body = line.replace(/^[ \t]/, '');
        field.text += `${body.trim() === '.' ? '' : body}\n`;
      }
    }
    if (field) {
      field.files = field.files || files;
      out.push(field);
    }
  }
  return out;
}

/**
 * The file without its `License:` fields' texts: the other fields (Comment, Disclaimer, Copyright) are
 * read for a stated restriction ("Comment: the weights are for non-commercial use only").
 */
export function outsideLicenceFields(text: string): string {
  const out: string[] = [];
  let inLicence = false;
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    const m = /^[ \t]/.test(line) ? null : FIELD.exec(line);
    if (m) inLicence = m[1]!.toLowerCase() === 'license';
    else if (line.trim() === '') inLicence = false;
    if (!inLicence || m) out.push(m && inLicence ? '' : line);
  }
  return out.join('\n');
}

// Debian's short names that differ from SPDX ids (DEP-5 §7.2): Expat is MIT, GPL-2+ is
// GPL-2.0-or-later, Apache-2 and CC0 name one version only.
const NAMES: Record<string, string> = { expat: 'MIT', 'apache-2': 'Apache-2.0', cc0: 'CC0-1.0' };

/** A short name as a licence id (through `lookup`, the engine's ids), or null when it maps to none. */
export function debianShortName(name: string, lookup: (id: string) => string | null): string | null {
  const n = name.trim();
  if (NAMES[n.toLowerCase()]) return NAMES[n.toLowerCase()]!;
  const gnu = /^(A?GPL|LGPL|GFDL)-?v?(\d(?:\.\d)?)(\+)?$/i.exec(n);
  if (gnu) {
    const family = gnu[1]!.toUpperCase();
    const version = family === 'GFDL' || gnu[2]!.includes('.') ? gnu[2]! : `${gnu[2]}.0`;
    return lookup(`${family}-${version}-${gnu[3] ? 'or-later' : 'only'}`);
  }
  return lookup(n);
}
