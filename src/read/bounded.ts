/**
 * The one way openquota reads a file from disk: licence texts, programme and policy files, bundle
 * records, reports. Only regular files are read, and never more than a cap: a FIFO, a socket, a
 * device such as /dev/zero or a directory is refused without blocking (the file is opened with
 * O_NONBLOCK and checked with fstat before one byte is read), so `licence identify /dev/zero`
 * answers at once instead of filling memory, and a FIFO given as `--config` cannot hang a scan.
 */
import type { Stats } from 'node:fs';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { decodeText } from './decode.js';

/** What reading a file gave: its bytes (at most the cap), or why it was not read. */
export type BoundedRead = { ok: true; bytes: Buffer; truncated: boolean } | ReadFailure;

/** Why a file was not read: `message` completes "FILE …" (`is a FIFO (named pipe), not a regular file`). */
export interface ReadFailure {
  ok: false;
  reason: 'missing' | 'not-regular' | 'unreadable';
  message: string;
  /** The system error code, when one was raised (`EACCES`). */
  code?: string;
}

// O_NONBLOCK makes opening a FIFO with no writer return at once (POSIX); Windows has no such flag
// and no FIFOs a path can name. O_NOCTTY keeps a terminal device from becoming ours.
const FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

// Read in chunks, so a file whose size stat does not tell (/proc) is still bounded by the cap.
const CHUNK = 1024 * 1024;

/** What kind of non-regular file this is, for the message (`a FIFO`, `a directory`, …). */
function kindOf(info: Stats): string {
  if (info.isDirectory()) return 'a directory';
  if (info.isFIFO()) return 'a FIFO (named pipe)';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  return 'not a regular file';
}

// One buffer of the size fstat stated plus the byte that tells "exactly at the cap" from "over it",
// read into at increasing offsets: a 23 MB report was 23 chunks of 1 MiB and then a copy of all of
// them into one. A file that grew since fstat, or states no size (/proc), grows the buffer by CHUNK.
function firstBuffer(size: number, maxBytes: number): Buffer {
  return Buffer.allocUnsafe(Math.max(1, Math.min(maxBytes + 1, size > 0 ? size + 1 : CHUNK)));
}

/** `buffer` when it has room past `total`, else a larger copy of its first `total` bytes. */
function withRoom(buffer: Buffer, total: number, maxBytes: number): Buffer {
  if (total < buffer.length) return buffer;
  const grown = Buffer.allocUnsafe(Math.min(maxBytes + 1, buffer.length + CHUNK));
  buffer.copy(grown, 0, 0, total);
  return grown;
}

/** The bytes read, cut at the cap (and said to be) when there were more. */
function filled(buffer: Buffer, total: number, maxBytes: number): BoundedRead {
  return total > maxBytes
    ? { ok: true, bytes: buffer.subarray(0, maxBytes), truncated: true }
    : { ok: true, bytes: buffer.subarray(0, total), truncated: false };
}

async function readUpTo(handle: FileHandle, maxBytes: number, size: number): Promise<BoundedRead> {
  let buffer = firstBuffer(size, maxBytes);
  let total = 0;
  while (total <= maxBytes) {
    buffer = withRoom(buffer, total, maxBytes);
    // As much as the buffer holds in one call (a trip to the thread pool each), at most 1 GiB.
    const { bytesRead } = await handle.read(buffer, total, Math.min(buffer.length - total, 2 ** 30), null);
    if (bytesRead === 0) break;
    total += bytesRead;
  }
  return filled(buffer, total, maxBytes);
}

/** Why `open` failed, as a ReadFailure. */
function openFailure(error: unknown): ReadFailure {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR')
    return { ok: false, reason: 'missing', message: 'does not exist' };
  // ENXIO: a socket (or a FIFO opened for writing elsewhere); EISDIR on some systems.
  if (code === 'ENXIO')
    return { ok: false, reason: 'not-regular', message: 'is a socket, not a regular file' };
  if (code === 'EISDIR')
    return { ok: false, reason: 'not-regular', message: 'is a directory, not a regular file' };
  return unreadable(error);
}

function unreadable(error: unknown): ReadFailure {
  const code = (error as NodeJS.ErrnoException).code;
  return {
    ok: false,
    reason: 'unreadable',
    message: `cannot be read (${code ?? String(error)})`,
    ...(code ? { code } : {}),
  };
}

/** The refusal of an opened file that is not a regular file, or null for a regular file. */
function notRegular(info: Stats): ReadFailure | null {
  return info.isFile()
    ? null
    : { ok: false, reason: 'not-regular', message: `is ${kindOf(info)}, not a regular file` };
}

/** Reads at most `maxBytes` of a regular file; anything else is refused with the reason. */
export async function readBounded(file: string, maxBytes: number): Promise<BoundedRead> {
  let handle: FileHandle;
  try {
    handle = await open(file, FLAGS);
  } catch (error) {
    return openFailure(error);
  }
  try {
    const info = await handle.stat();
    return notRegular(info) ?? (await readUpTo(handle, maxBytes, info.size));
  } catch (error) {
    return unreadable(error);
  } finally {
    await handle.close();
  }
}

/**
 * readBounded without the thread pool, for a command that reads a batch of local files one after the
 * other and has nothing else to do meanwhile (`licence identify`): the same open flags, fstat check and
 * cap, in four system calls per file where each `await` of the async reader was a trip to the thread
 * pool and back (a tenth of a 226-file run went to those trips).
 */
export function readBoundedSync(file: string, maxBytes: number): BoundedRead {
  let fd: number;
  try {
    fd = openSync(file, FLAGS);
  } catch (error) {
    return openFailure(error);
  }
  try {
    const info = fstatSync(fd);
    const refused = notRegular(info);
    if (refused) return refused;
    // As readUpTo, without the thread pool: read until end of file or the cap.
    let buffer = firstBuffer(info.size, maxBytes);
    let total = 0;
    while (total <= maxBytes) {
      buffer = withRoom(buffer, total, maxBytes);
      const bytesRead = readSync(fd, buffer, total, buffer.length - total, null);
      if (bytesRead === 0) break;
      total += bytesRead;
    }
    return filled(buffer, total, maxBytes);
  } catch (error) {
    return unreadable(error);
  } finally {
    closeSync(fd);
  }
}

/** A file's text, or why it could not be read; a text over the cap is cut there and says so. */
export type BoundedText = { ok: true; text: string; bytes: Buffer; truncated: boolean } | ReadFailure;

/** readBounded, decoded by the one encoding rule (src/read/decode.ts). */
export async function readBoundedText(file: string, maxBytes: number): Promise<BoundedText> {
  const read = await readBounded(file, maxBytes);
  if (!read.ok) return read;
  return { ...read, text: decodeText(read.bytes, read.truncated) };
}

/** `512 KiB`, `1 MiB`: a cap as people read it. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / 1024 / 1024).toFixed(1)} MiB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KiB`;
  return `${n} bytes`;
}

/** readBoundedSync, decoded by the one encoding rule (src/read/decode.ts). */
export function readBoundedTextSync(file: string, maxBytes: number): BoundedText {
  const read = readBoundedSync(file, maxBytes);
  if (!read.ok) return read;
  return { ...read, text: decodeText(read.bytes, read.truncated) };
}
