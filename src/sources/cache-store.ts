/**
 * The files behind the ETag cache, capped in total bytes with least-recently-used eviction.
 * Each entry is one JSON file carrying the SHA-256 of its body; an entry that does not parse, has
 * the wrong shape or version, or whose body does not match its hash (a truncated write, a flipped
 * bit, a hand edit) is a miss and is deleted. Recency is the file's mtime, touched on every hit,
 * so it survives between runs; the index of sizes is read from disk once per process, and a file
 * it does not hold is a miss without asking the disk (a cold scan asks thousands of times; an entry
 * another process writes meanwhile only costs this run a request). Writes are atomic (temp file +
 * rename) and synchronous: measured on a scan, a small file written at once costs the process less
 * CPU and time than the thread pool's round trips, and pending writes hold no copies of bodies.
 * Temp files an interrupted run left behind are removed when older than ten minutes.
 * Nothing here ever fails a scan: a cache that cannot be read or written only costs requests.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { readdir, readFile, rm, stat, utimes } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** One stored answer. */
export interface CacheEntry {
  etag: string;
  status: number;
  headers: Record<string, string>;
  body: Uint8Array;
}

/** Construction options of a store. */
export interface CacheStoreOptions {
  /** Directory holding every entry (in subdirectories per upstream). */
  root: string;
  /** Total bytes of entries kept; default 200 MiB. */
  maxBytes?: number;
  now?: () => number;
}

/** What the store did (for tests and diagnostics). */
export interface CacheStoreStats {
  /** Entries found corrupt and deleted. */
  corrupt: number;
  /** Entries deleted to stay under the cap. */
  evicted: number;
  /** Bytes of entries the store knows of now. */
  bytes: number;
}

/** A size-capped directory of cache entries. */
export interface CacheStore {
  /** The entry in `file`, or undefined (missing or corrupt; a corrupt one is deleted). */
  read(file: string): Promise<CacheEntry | undefined>;
  /** Writes `entry` to `file` atomically, then evicts the least recently used past the cap. */
  write(file: string, entry: CacheEntry): Promise<void>;
  stats(): CacheStoreStats;
}

/** The default cap, also the CLI's `--cache-max-mb` default. */
export const DEFAULT_CACHE_MAX_MB = 200;
// A temp file this old belongs to no live write: its writer was killed.
const STALE_TEMP_MS = 10 * 60_000;
// Only files named as entries are ever counted or deleted: `--cache-dir` may point at a folder
// that also holds the user's own files.
const ENTRY_NAME = /^[0-9a-f]{64}\.json$/;
const TEMP_NAME = /^[0-9a-f]{64}\.json\.[0-9a-f]{12}\.tmp$/;

interface Stored {
  v: 2;
  etag: string;
  status: number;
  headers: Record<string, string>;
  /** Base64 of the body bytes. */
  body: string;
  sha256: string;
}

/** Creates a store over `root`. */
export function createCacheStore(options: CacheStoreOptions): CacheStore {
  const maxBytes = options.maxBytes ?? DEFAULT_CACHE_MAX_MB * 1024 * 1024;
  const now = options.now ?? Date.now;
  const counters = { corrupt: 0, evicted: 0 };
  // file -> size and last use; built from disk on first use. `total` is the sum of its sizes.
  const index = new Map<string, { size: number; used: number }>();
  let total = 0;
  // True once the index holds every entry on disk (the scan read every directory it looked in).
  let complete = false;
  let indexed: Promise<void> | undefined;
  // Directories made (or found) by this process: each is made once, not once per write.
  const made = new Set<string>();
  // Temp names: this store's random prefix and a counter (random bytes per write cost more than the write).
  const tempPrefix = randomBytes(3).toString('hex');
  let temps = 0;
  // Evictions run one at a time, so two writes never delete the same files twice.
  let evicting: Promise<void> = Promise.resolve();

  const put = (file: string, entry: { size: number; used: number }) => {
    total += entry.size - (index.get(file)?.size ?? 0);
    index.set(file, entry);
  };
  const ready = () => {
    indexed ??= scan(options.root, put, now()).then(
      (whole) => {
        complete = whole;
      },
      () => {},
    );
    return indexed;
  };

  async function drop(file: string) {
    total -= index.get(file)?.size ?? 0;
    index.delete(file);
    await rm(file, { force: true }).catch(() => {});
  }

  async function evict() {
    if (total <= maxBytes) return;
    const oldest = [...index.entries()].sort((a, b) => a[1].used - b[1].used);
    for (const [file] of oldest) {
      if (total <= maxBytes) break;
      counters.evicted++;
      await drop(file);
    }
  }

  return {
    async read(file) {
      await ready();
      if (complete && !index.has(file)) return undefined;
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch {
        return undefined; // missing: a plain miss
      }
      const entry = parse(text);
      if (!entry) {
        counters.corrupt++;
        await drop(file);
        return undefined;
      }
      const used = now();
      put(file, { size: Buffer.byteLength(text), used });
      await utimes(file, used / 1000, used / 1000).catch(() => {});
      return entry;
    },
    async write(file, entry) {
      await ready();
      const stored: Stored = {
        v: 2,
        etag: entry.etag,
        status: entry.status,
        headers: entry.headers,
        body: Buffer.from(entry.body).toString('base64'),
        sha256: sha256(entry.body),
      };
      const text = JSON.stringify(stored);
      const size = Buffer.byteLength(text);
      // An answer bigger than the whole cache is not kept (it would evict everything, then itself).
      if (size > maxBytes) return;
      const temp = `${file}.${tempPrefix}${(temps++ % 0x1000000).toString(16).padStart(6, '0')}.tmp`;
      try {
        const dir = dirname(file);
        if (!made.has(dir)) {
          mkdirSync(dir, { recursive: true });
          made.add(dir);
        }
        writeFileSync(temp, text);
        renameSync(temp, file);
        put(file, { size, used: now() });
      } catch {
        await rm(temp, { force: true }).catch(() => {});
        return;
      }
      evicting = evicting.then(evict, evict);
      await evicting;
    },
    stats: () => ({ ...counters, bytes: total }),
  };
}

/** The entry a file's text holds, or undefined when it is not a whole, matching v2 entry. */
function parse(text: string): CacheEntry | undefined {
  let value: Partial<Stored>;
  try {
    value = JSON.parse(text) as Partial<Stored>;
  } catch {
    return undefined;
  }
  if (
    value?.v !== 2 ||
    typeof value.etag !== 'string' ||
    typeof value.status !== 'number' ||
    typeof value.body !== 'string' ||
    typeof value.sha256 !== 'string' ||
    typeof value.headers !== 'object' ||
    value.headers === null ||
    Object.values(value.headers).some((h) => typeof h !== 'string')
  )
    return undefined;
  const body = new Uint8Array(Buffer.from(value.body, 'base64'));
  if (sha256(body) !== value.sha256) return undefined;
  return { etag: value.etag, status: value.status, headers: value.headers as Record<string, string>, body };
}

/**
 * Reads sizes and mtimes of every entry under `root` (two levels) into `put`, removing stale temp
 * files; true when every directory could be read (a missing one holds nothing), so the index is whole.
 */
async function scan(
  root: string,
  put: (file: string, entry: { size: number; used: number }) => void,
  at: number,
): Promise<boolean> {
  let whole = true;
  const list = (dir: string) =>
    readdir(dir).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') whole = false;
      return [] as string[];
    });
  const dirs = [root];
  for (const name of await list(root)) {
    const path = join(root, name);
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) dirs.push(path);
  }
  for (const dir of dirs) {
    for (const name of await list(dir)) {
      const path = join(dir, name);
      const info = await stat(path).catch(() => undefined);
      if (!info) whole = false;
      if (!info?.isFile()) continue;
      if (TEMP_NAME.test(name)) {
        if (at - info.mtimeMs > STALE_TEMP_MS) await rm(path, { force: true }).catch(() => {});
      } else if (ENTRY_NAME.test(name)) {
        put(path, { size: info.size, used: info.mtimeMs });
      }
    }
  }
  return whole;
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
