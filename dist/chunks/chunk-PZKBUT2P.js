
// src/read/limits.ts
var LIMITS = {
  // The longest licence in the corpus (LGPL-3.0) is 42 KB and the longest model card 41 KB: 512 KiB
  // leaves ten times that, and keeps a hostile 200 MB "LICENSE" from being read at all.
  licenceText: 512 * 1024,
  // A programme of 100 teams is about 20 KB; a policy file about 2 KB. 1 MiB is far beyond both.
  configFile: 1024 * 1024,
  // A report of 1,000 models is about 5 MB (the five-team example is 160 KB).
  report: 64 * 1024 * 1024,
  // Several reports given to merge, together.
  reports: 256 * 1024 * 1024,
  // bundle.json lists one line per record: 100,000 records fit in about 25 MB.
  bundleIndex: 32 * 1024 * 1024,
  // One record holds a release's metadata and at most a handful of 512 KiB texts (escaped in JSON).
  bundleRecord: 16 * 1024 * 1024,
  // Every record of a bundle together; parsed, they must stay well under 1 GB of memory.
  bundleTotal: 256 * 1024 * 1024,
  // Records in one bundle (the five-team example has 90).
  bundleRecords: 1e5,
  // Nesting of a YAML or JSON document: a programme file needs 5 levels, a Hub answer about 10.
  depth: 64,
  // YAML alias expansions per document (yaml's own default): a billion-laughs file needs thousands.
  yamlAliases: 100
};
function nestsDeeperThan(value, max) {
  const stack = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop();
    if (node === null || typeof node !== "object") continue;
    if (depth + 1 > max) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) stack.push([child, depth + 1]);
  }
  return false;
}

// src/read/bounded.ts
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { open } from "node:fs/promises";

// src/read/decode.ts
var utf8 = new TextDecoder("utf-8", { fatal: true });
function dropCutSequence(bytes) {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back];
    if ((b & 192) === 128) continue;
    const need = b >= 240 ? 4 : b >= 224 ? 3 : b >= 192 ? 2 : 1;
    return need > back ? bytes.subarray(0, bytes.length - back) : bytes;
  }
  return bytes;
}
function decodeText(bytes, truncated = false) {
  if (bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) {
    return decodeUtf8OrLatin1(bytes.subarray(3), truncated);
  }
  const utf16 = bytes[0] === 255 && bytes[1] === 254 ? "utf-16le" : bytes[0] === 254 && bytes[1] === 255 ? "utf-16be" : "";
  if (utf16) {
    const body = bytes.subarray(2);
    const even = body.length % 2 === 1 ? body.subarray(0, body.length - 1) : body;
    return new TextDecoder(utf16).decode(even);
  }
  return decodeUtf8OrLatin1(bytes, truncated);
}
function decodeUtf8OrLatin1(bytes, truncated) {
  const body = truncated ? dropCutSequence(bytes) : bytes;
  try {
    return utf8.decode(body);
  } catch {
    return new TextDecoder("latin1").decode(bytes);
  }
}

// src/read/bounded.ts
var FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);
var CHUNK = 1024 * 1024;
function kindOf(info) {
  if (info.isDirectory()) return "a directory";
  if (info.isFIFO()) return "a FIFO (named pipe)";
  if (info.isSocket()) return "a socket";
  if (info.isCharacterDevice()) return "a character device";
  if (info.isBlockDevice()) return "a block device";
  return "not a regular file";
}
function firstBuffer(size, maxBytes) {
  return Buffer.allocUnsafe(Math.max(1, Math.min(maxBytes + 1, size > 0 ? size + 1 : CHUNK)));
}
function withRoom(buffer, total, maxBytes) {
  if (total < buffer.length) return buffer;
  const grown = Buffer.allocUnsafe(Math.min(maxBytes + 1, buffer.length + CHUNK));
  buffer.copy(grown, 0, 0, total);
  return grown;
}
function filled(buffer, total, maxBytes) {
  return total > maxBytes ? { ok: true, bytes: buffer.subarray(0, maxBytes), truncated: true } : { ok: true, bytes: buffer.subarray(0, total), truncated: false };
}
async function readUpTo(handle, maxBytes, size) {
  let buffer = firstBuffer(size, maxBytes);
  let total = 0;
  while (total <= maxBytes) {
    buffer = withRoom(buffer, total, maxBytes);
    const { bytesRead } = await handle.read(buffer, total, Math.min(buffer.length - total, 2 ** 30), null);
    if (bytesRead === 0) break;
    total += bytesRead;
  }
  return filled(buffer, total, maxBytes);
}
function openFailure(error) {
  const code = error.code;
  if (code === "ENOENT" || code === "ENOTDIR")
    return { ok: false, reason: "missing", message: "does not exist" };
  if (code === "ENXIO")
    return { ok: false, reason: "not-regular", message: "is a socket, not a regular file" };
  if (code === "EISDIR")
    return { ok: false, reason: "not-regular", message: "is a directory, not a regular file" };
  return unreadable(error);
}
function unreadable(error) {
  const code = error.code;
  return {
    ok: false,
    reason: "unreadable",
    message: `cannot be read (${code ?? String(error)})`,
    ...code ? { code } : {}
  };
}
function notRegular(info) {
  return info.isFile() ? null : { ok: false, reason: "not-regular", message: `is ${kindOf(info)}, not a regular file` };
}
async function readBounded(file, maxBytes) {
  let handle;
  try {
    handle = await open(file, FLAGS);
  } catch (error) {
    return openFailure(error);
  }
  try {
    const info = await handle.stat();
    return notRegular(info) ?? await readUpTo(handle, maxBytes, info.size);
  } catch (error) {
    return unreadable(error);
  } finally {
    await handle.close();
  }
}
function readBoundedSync(file, maxBytes) {
  let fd;
  try {
    fd = openSync(file, FLAGS);
  } catch (error) {
    return openFailure(error);
  }
  try {
    const info = fstatSync(fd);
    const refused = notRegular(info);
    if (refused) return refused;
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
async function readBoundedText(file, maxBytes) {
  const read = await readBounded(file, maxBytes);
  if (!read.ok) return read;
  return { ...read, text: decodeText(read.bytes, read.truncated) };
}
function formatBytes(n) {
  if (n >= 1024 * 1024) return `${+(n / 1024 / 1024).toFixed(1)} MiB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KiB`;
  return `${n} bytes`;
}
function readBoundedTextSync(file, maxBytes) {
  const read = readBoundedSync(file, maxBytes);
  if (!read.ok) return read;
  return { ...read, text: decodeText(read.bytes, read.truncated) };
}

export {
  LIMITS,
  nestsDeeperThan,
  decodeText,
  readBounded,
  readBoundedText,
  formatBytes,
  readBoundedTextSync
};
