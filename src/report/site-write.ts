import { lstat, mkdir, mkdtemp, readdir, readFile, realpath, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ConfigError } from '../errors.js';
import { SITE_MARKER, type SiteFile } from './site.js';

/** What is at `--out` now: nothing, an empty directory, a site we wrote, or something else. */
async function existing(out: string): Promise<'none' | 'empty' | 'site' | 'other' | 'file' | 'link'> {
  const stat = await lstat(out).catch(() => undefined);
  if (!stat) return 'none';
  if (stat.isSymbolicLink()) return 'link';
  if (!stat.isDirectory()) return 'file';
  const entries = await readdir(out);
  if (entries.length === 0) return 'empty';
  const marker = await readFile(join(out, SITE_MARKER), 'utf8').catch(() => undefined);
  try {
    return marker && JSON.parse(marker).schema === 'openquota/site@1' ? 'site' : 'other';
  } catch {
    return 'other';
  }
}

/** The real path of `path`, or of its nearest existing parent joined with the rest. */
async function real(path: string): Promise<string> {
  const found = await realpath(path).catch(() => undefined);
  if (found) return found;
  const parent = dirname(path);
  return parent === path ? path : join(await real(parent), basename(path));
}

/**
 * Writes the site to `out` as a whole or not at all: it is built in a temporary directory beside
 * `out` and swapped in, so a failed build leaves the previous site as it was. Refuses (ConfigError,
 * exit 2, nothing changed) an `out` that holds an input, a file, a symbolic link, or a directory
 * that is neither empty nor a site this command wrote (`openquota-site.json`).
 */
export async function writeSite(
  outPath: string,
  files: SiteFile[],
  inputs: { file: string; path: string }[],
  shownAs: string = outPath,
): Promise<void> {
  const out = resolve(outPath);
  const realOut = await real(out);
  for (const input of inputs) {
    const rel = relative(realOut, await real(input.path));
    if (rel === '' || (rel.split(sep)[0] !== '..' && !isAbsolute(rel)))
      throw new ConfigError([
        {
          file: input.file,
          path: '--out',
          message: `is inside ${shownAs}, which the site replaces whole: the input would be lost`,
          fix: 'write the site to a directory that holds none of the reports',
        },
      ]);
  }
  const kind = await existing(out);
  if (kind === 'file' || kind === 'link' || kind === 'other')
    throw new ConfigError([
      {
        file: shownAs,
        path: '--out',
        message:
          kind === 'other'
            ? `exists and is not an openquota site (no ${SITE_MARKER}): refusing to replace it`
            : `exists and is ${kind === 'file' ? 'a file' : 'a symbolic link'}, not a site directory`,
        fix: 'give a new or empty directory, or one an earlier `openquota site` wrote',
      },
    ]);
  await mkdir(dirname(out), { recursive: true });
  const temp = await mkdtemp(join(dirname(out), `.${basename(out)}.building-`));
  try {
    for (const file of files) {
      const target = join(temp, file.path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, file.content);
    }
    if (kind === 'none') {
      await rename(temp, out);
      return;
    }
    // Swap: the old site steps aside, the new one takes its name, then the old one goes.
    const old = `${temp}-old`;
    await rename(out, old);
    try {
      await rename(temp, out);
    } catch (error) {
      await rename(old, out);
      throw error;
    }
    await rm(old, { recursive: true, force: true });
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
}
