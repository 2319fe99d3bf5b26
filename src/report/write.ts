/**
 * Atomic writes of openquota's outputs (reports, rendered files, evidence bundles). Each write goes
 * to a sibling named after its target, this process and a random suffix, then is renamed into
 * place: `.report.json.openquota-4242-1a2b3c4d5e6f.tmp` for a file, `evidence.openquota-4242-…tmp`
 * and `….old` for a bundle directory. A run killed between the two steps leaves such a sibling;
 * the next write to the same target removes it once the process that made it is gone.
 */
import { mkdir, open, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** A string as a literal inside a RegExp. */
export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The name of a sibling for `target` (a file or a directory): `kind` is `tmp` or `old`. */
export function siblingOf(target: string, kind: 'tmp' | 'old', hidden: boolean): string {
  // The global Web Crypto, not node:crypto: a command that never writes a file (`licence identify`
  // to stdout) then loads no crypto module at start.
  const suffix = Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(6))).toString('hex');
  const name = `${hidden ? '.' : ''}${basename(target)}.openquota-${process.pid}-${suffix}.${kind}`;
  return join(dirname(target), name);
}

/** Whether process `pid` is running on this machine (EPERM: it is, under another user). */
function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// A leftover whose process number was reused by an unrelated process is still removed after a day.
const STALE_MS = 24 * 60 * 60 * 1000;

/**
 * Removes the siblings an interrupted write to `target` left behind: only names openquota itself
 * gives (see the file comment), only when the process that wrote them is gone or they are a day
 * old, so a concurrent run writing the same target is left alone. `legacy` also matches the names
 * of openquota 0.1.0 (`evidence.1a2b3c4d.tmp`, `.1a2b3c4d5e6f.tmp`).
 */
export async function removeLeftovers(target: string, legacy: RegExp | undefined): Promise<string[]> {
  const dir = dirname(target);
  const ours = new RegExp(
    `^\\.?${escapeRegExp(basename(target))}\\.openquota-(\\d+)-[0-9a-f]{12}\\.(tmp|old)$`,
  );
  const names = await readdir(dir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    const m = ours.exec(name);
    const path = join(dir, name);
    if (m) {
      const old = await stat(path).then(
        (s) => Date.now() - s.mtimeMs > STALE_MS,
        () => false,
      );
      if (alive(Number(m[1])) && !old) continue;
    } else if (!legacy?.test(name)) continue;
    await rm(path, { recursive: true, force: true });
    removed.push(path);
  }
  return removed;
}

/**
 * Writes a file atomically (temp file + rename), so a failed run never leaves half a report. The
 * content may come in pieces (strings, written as UTF-8), so a large text is never held whole; a
 * piece that throws fails the write like a failed disk.
 */
export async function writeFileAtomic(
  file: string,
  content: string | Uint8Array | Iterable<string>,
): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await removeLeftovers(file, undefined);
  const temp = siblingOf(file, 'tmp', true);
  try {
    if (typeof content === 'string' || content instanceof Uint8Array) await writeFile(temp, content);
    else await writePieces(temp, content);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

// Pieces are gathered into writes of this many bytes: writeFile wrote each piece (32K characters) on
// its own, a trip to the thread pool each, and an 8,400-release report's 700 of them left the
// process waiting a fifth of its time.
const BATCH_BYTES = 1 << 20;

/** Writes strings as UTF-8 to a new file at `path`, in writes of about BATCH_BYTES. */
async function writePieces(path: string, pieces: Iterable<string>): Promise<void> {
  const handle = await open(path, 'w');
  // write(2) may take fewer bytes than given (a full disk answers so before ENOSPC): the rest is
  // written again, as writeFile does.
  const writeAll = async (bytes: Uint8Array, length: number) => {
    for (let done = 0; done < length; ) done += (await handle.write(bytes, done, length - done)).bytesWritten;
  };
  try {
    const buffer = Buffer.allocUnsafe(BATCH_BYTES);
    let used = 0;
    for (const piece of pieces) {
      // A UTF-16 code unit is at most three bytes of UTF-8.
      if (used > 0 && used + piece.length * 3 > BATCH_BYTES) {
        await writeAll(buffer, used);
        used = 0;
      }
      if (piece.length * 3 > BATCH_BYTES) {
        const bytes = Buffer.from(piece, 'utf8');
        await writeAll(bytes, bytes.length);
      } else used += buffer.write(piece, used, 'utf8');
    }
    if (used > 0) await writeAll(buffer, used);
  } finally {
    await handle.close();
  }
}
