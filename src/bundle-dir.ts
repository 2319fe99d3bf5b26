/**
 * Whether a directory may be replaced by an evidence bundle (src/bundle.ts writes them). Apart from
 * the bundle's reading and writing, so the output checks of every command (src/output-paths.ts)
 * load no schema with it.
 */
import { readdir, stat } from 'node:fs/promises';

// What a bundle directory holds at its top level, and nothing else.
const BUNDLE_ENTRIES = new Set(['bundle.json', 'programme.yml', 'policy.yml', 'evidence']);

/**
 * Whether `dir` may be replaced by a bundle: it does not exist, is an empty directory, or is an
 * openquota bundle with nothing else in it. Anything else (a file, a folder of the user's) is
 * refused, so `--save-evidence .` can never delete a checkout.
 */
export async function replaceableByBundle(dir: string): Promise<{ ok: true } | { ok: false; why: string }> {
  const info = await stat(dir).catch(() => undefined);
  if (!info) return { ok: true };
  if (!info.isDirectory()) return { ok: false, why: 'it exists and is not a directory' };
  const names = await readdir(dir);
  if (names.length === 0) return { ok: true };
  if (!names.includes('bundle.json'))
    return { ok: false, why: 'it is a folder that is not an evidence bundle' };
  const extra = names.filter((n) => !BUNDLE_ENTRIES.has(n));
  if (extra.length > 0) {
    return {
      ok: false,
      why: `it holds files that are not part of an evidence bundle (${extra.slice(0, 3).join(', ')})`,
    };
  }
  return { ok: true };
}
