/**
 * Which files of a repository are read for its licence, for every source alike (Hub, GitHub, a
 * clone, a local directory): the release's own licence files and its top-level README. Nothing is
 * dropped silently: licence files past the cap come back as texts that were not read, so they
 * count as unread (the licence is not established) and show up as findings.
 */
import type { LicenceText } from '../types.js';
import { isWeightPath } from './repo-files.js';
import type { PickFiles } from './source.js';

/**
 * Licence files read from one repository at most. Real releases have one to four (LICENSE,
 * LICENSE_MODEL, LICENSES/*.txt); the bound is there against a hostile repository with thousands.
 */
export const MAX_LICENCE_FILES = 16;

/** The error recorded for a licence file left unread by the cap. */
export const CAP_ERROR = `not read: cap of ${MAX_LICENCE_FILES} licence files`;

/** A file to read, and why. */
export interface FileToRead {
  path: string;
  role: 'licence' | 'readme';
}

// REUSE keeps every licence text under LICENSES/ (the British spelling is seen too).
const LICENCE_DIR = /^licen[cs]es$/i;

/**
 * True for a licence file that is the release's own: at the top, directly under LICENSES/, or in a
 * folder that holds weight files (`original/LICENSE` beside `original/consolidated.pth`). A licence
 * deep in a test fixture or a vendored library (`test/fixtures/gpl/LICENSE`) is another project's.
 */
export function isReleaseLicencePath(path: string, weightDirs: ReadonlySet<string>): boolean {
  const parts = path.split('/');
  if (parts.length === 1) return true;
  if (parts.length === 2 && LICENCE_DIR.test(parts[0]!)) return true;
  return weightDirs.has(parts.slice(0, -1).join('/'));
}

function weightDirsOf(files: string[]): Set<string> {
  const dirs = new Set<string>();
  for (const f of files) if (isWeightPath(f) && f.includes('/')) dirs.add(f.slice(0, f.lastIndexOf('/')));
  return dirs;
}

/**
 * The licence files and README to read, in order (the `first` files, e.g. the card's
 * `license_link` or the file GitHub's licence API already returned, lead), and the licence files
 * past MAX_LICENCE_FILES, as unread texts. `alreadyRead` files count towards the cap but are not
 * listed again.
 */
export function licenceFilesToRead(
  files: string[],
  pickFiles: PickFiles,
  options: { first?: string[]; alreadyRead?: string[] } = {},
): { read: FileToRead[]; unread: LicenceText[] } {
  const weightDirs = weightDirsOf(files);
  const picks = pickFiles(files).map((p) => ({ path: p.path, role: p.role }));
  const first = (options.first ?? []).map((path) => ({ path, role: 'licence' as const }));
  const licences = [
    ...first,
    ...picks.filter((p) => p.role === 'licence' && isReleaseLicencePath(p.path, weightDirs)),
  ];
  const seen = new Set(options.alreadyRead ?? []);
  const unique = licences.filter((p) => !seen.has(p.path) && seen.add(p.path));
  const room = Math.max(0, MAX_LICENCE_FILES - (options.alreadyRead?.length ?? 0));
  const readme = picks.find((p) => p.role === 'readme' && !p.path.includes('/'));
  return {
    read: [...unique.slice(0, room), ...(readme && !seen.has(readme.path) ? [readme] : [])],
    unread: unique.slice(room).map((p) => ({ path: p.path, role: 'licence' as const, error: CAP_ERROR })),
  };
}
