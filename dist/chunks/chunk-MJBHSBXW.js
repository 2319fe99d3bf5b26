import { createRequire as __oqCreateRequire } from 'node:module'; import { fileURLToPath as __oqFileURLToPath } from 'node:url'; import { dirname as __oqDirname } from 'node:path'; const require = __oqCreateRequire(import.meta.url); const __filename = __oqFileURLToPath(import.meta.url); const __dirname = __oqDirname(__filename);

// node_modules/yocto-queue/index.js
var Node = class {
  value;
  next;
  constructor(value) {
    this.value = value;
  }
};
var Queue = class {
  #head;
  #tail;
  #size;
  constructor() {
    this.clear();
  }
  enqueue(value) {
    const node = new Node(value);
    if (this.#head) {
      this.#tail.next = node;
      this.#tail = node;
    } else {
      this.#head = node;
      this.#tail = node;
    }
    this.#size++;
  }
  dequeue() {
    const current = this.#head;
    if (!current) {
      return;
    }
    this.#head = this.#head.next;
    this.#size--;
    if (!this.#head) {
      this.#tail = void 0;
    }
    return current.value;
  }
  peek() {
    if (!this.#head) {
      return;
    }
    return this.#head.value;
  }
  clear() {
    this.#head = void 0;
    this.#tail = void 0;
    this.#size = 0;
  }
  get size() {
    return this.#size;
  }
  *[Symbol.iterator]() {
    let current = this.#head;
    while (current) {
      yield current.value;
      current = current.next;
    }
  }
  *drain() {
    while (this.#head) {
      yield this.dequeue();
    }
  }
};

// node_modules/p-limit/index.js
function pLimit(concurrency) {
  let rejectOnClear = false;
  if (typeof concurrency === "object") {
    ({ concurrency, rejectOnClear = false } = concurrency);
  }
  validateConcurrency(concurrency);
  if (typeof rejectOnClear !== "boolean") {
    throw new TypeError("Expected `rejectOnClear` to be a boolean");
  }
  const queue = new Queue();
  let activeCount = 0;
  const resumeNext = () => {
    if (activeCount < concurrency && queue.size > 0) {
      activeCount++;
      queue.dequeue().run();
    }
  };
  const next = () => {
    activeCount--;
    resumeNext();
  };
  const run = async (function_, resolve, arguments_) => {
    const result = (async () => function_(...arguments_))();
    resolve(result);
    try {
      await result;
    } catch {
    }
    next();
  };
  const enqueue = (function_, resolve, reject, arguments_) => {
    const queueItem = { reject };
    new Promise((internalResolve) => {
      queueItem.run = internalResolve;
      queue.enqueue(queueItem);
    }).then(run.bind(void 0, function_, resolve, arguments_));
    if (activeCount < concurrency) {
      resumeNext();
    }
  };
  const generator = (function_, ...arguments_) => new Promise((resolve, reject) => {
    enqueue(function_, resolve, reject, arguments_);
  });
  Object.defineProperties(generator, {
    activeCount: {
      get: () => activeCount
    },
    pendingCount: {
      get: () => queue.size
    },
    clearQueue: {
      value() {
        if (!rejectOnClear) {
          queue.clear();
          return;
        }
        const abortError = AbortSignal.abort().reason;
        while (queue.size > 0) {
          queue.dequeue().reject(abortError);
        }
      }
    },
    concurrency: {
      get: () => concurrency,
      set(newConcurrency) {
        validateConcurrency(newConcurrency);
        concurrency = newConcurrency;
        queueMicrotask(() => {
          while (activeCount < concurrency && queue.size > 0) {
            resumeNext();
          }
        });
      }
    },
    map: {
      async value(iterable, function_) {
        const promises = [];
        try {
          Array.from(iterable, (value, index) => {
            const promise = generator(function_, value, index);
            promises.push(promise);
            return promise;
          });
        } catch (error) {
          for (const promise of promises) {
            promise.catch(() => {
            });
          }
          throw error;
        }
        return Promise.all(promises);
      }
    }
  });
  return generator;
}
function validateConcurrency(concurrency) {
  if (!((Number.isInteger(concurrency) || concurrency === Number.POSITIVE_INFINITY) && concurrency > 0)) {
    throw new TypeError("Expected `concurrency` to be a number from 1 and up");
  }
}

// src/sources/pools.ts
var POOL_KINDS = ["hub-api", "hub-files", "github"];
var DEFAULT_POOLS = { "hub-api": 16, "hub-files": 32, github: 16 };
var MAX_POOL = 64;
function formatPools(pools) {
  return POOL_KINDS.map((k) => `${k}=${pools[k]}`).join(",");
}
function parsePools(text) {
  const value = text.trim();
  const bad = () => ({
    error: `must be N (every pool) or ${formatPools(DEFAULT_POOLS)} (any of them), each a whole number from 1 to ${MAX_POOL}, got '${text}'`
  });
  const count = (n) => n !== void 0 && /^\d+$/.test(n) && Number(n) >= 1 && Number(n) <= MAX_POOL ? Number(n) : void 0;
  if (/^\d+$/.test(value)) {
    const n = count(value);
    return n === void 0 ? bad() : { "hub-api": n, "hub-files": n, github: n };
  }
  const pools = { ...DEFAULT_POOLS };
  const seen = /* @__PURE__ */ new Set();
  for (const part of value.split(",")) {
    const [kind, n, extra] = part.split("=").map((s) => s.trim());
    const parsed = count(n);
    if (!POOL_KINDS.includes(kind) || parsed === void 0 || extra !== void 0 || seen.has(kind))
      return bad();
    seen.add(kind);
    pools[kind] = parsed;
  }
  return pools;
}
function releasesInFlight(pools) {
  return pools["hub-files"] + pools.github;
}
function noFigures() {
  return { made: 0, cached: 0, revalidated: 0, retried: 0 };
}
function createLimiters(pools) {
  return {
    "hub-api": pLimit(pools["hub-api"]),
    "hub-files": pLimit(pools["hub-files"]),
    github: pLimit(pools.github)
  };
}

// src/sources/cache-store.ts
import { createHash, randomBytes } from "node:crypto";
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { readdir, readFile, rm, stat, utimes } from "node:fs/promises";
import { dirname, join } from "node:path";
var DEFAULT_CACHE_MAX_MB = 200;
var STALE_TEMP_MS = 10 * 6e4;
var ENTRY_NAME = /^[0-9a-f]{64}\.json$/;
var TEMP_NAME = /^[0-9a-f]{64}\.json\.[0-9a-f]{12}\.tmp$/;
function createCacheStore(options) {
  const maxBytes = options.maxBytes ?? DEFAULT_CACHE_MAX_MB * 1024 * 1024;
  const now = options.now ?? Date.now;
  const counters = { corrupt: 0, evicted: 0 };
  const index = /* @__PURE__ */ new Map();
  let total = 0;
  let complete = false;
  let indexed;
  const made = /* @__PURE__ */ new Set();
  const tempPrefix = randomBytes(3).toString("hex");
  let temps = 0;
  let evicting = Promise.resolve();
  const put = (file, entry) => {
    total += entry.size - (index.get(file)?.size ?? 0);
    index.set(file, entry);
  };
  const ready = () => {
    indexed ??= scan(options.root, put, now()).then(
      (whole) => {
        complete = whole;
      },
      () => {
      }
    );
    return indexed;
  };
  async function drop(file) {
    total -= index.get(file)?.size ?? 0;
    index.delete(file);
    await rm(file, { force: true }).catch(() => {
    });
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
      if (complete && !index.has(file)) return void 0;
      let text;
      try {
        text = await readFile(file, "utf8");
      } catch {
        return void 0;
      }
      const entry = parse(text);
      if (!entry) {
        counters.corrupt++;
        await drop(file);
        return void 0;
      }
      const used = now();
      put(file, { size: Buffer.byteLength(text), used });
      await utimes(file, used / 1e3, used / 1e3).catch(() => {
      });
      return entry;
    },
    async write(file, entry) {
      await ready();
      const stored = {
        v: 2,
        etag: entry.etag,
        status: entry.status,
        headers: entry.headers,
        body: Buffer.from(entry.body).toString("base64"),
        sha256: sha256(entry.body)
      };
      const text = JSON.stringify(stored);
      const size = Buffer.byteLength(text);
      if (size > maxBytes) return;
      const temp = `${file}.${tempPrefix}${(temps++ % 16777216).toString(16).padStart(6, "0")}.tmp`;
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
        await rm(temp, { force: true }).catch(() => {
        });
        return;
      }
      evicting = evicting.then(evict, evict);
      await evicting;
    },
    stats: () => ({ ...counters, bytes: total })
  };
}
function parse(text) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return void 0;
  }
  if (value?.v !== 2 || typeof value.etag !== "string" || typeof value.status !== "number" || typeof value.body !== "string" || typeof value.sha256 !== "string" || typeof value.headers !== "object" || value.headers === null || Object.values(value.headers).some((h) => typeof h !== "string"))
    return void 0;
  const body = new Uint8Array(Buffer.from(value.body, "base64"));
  if (sha256(body) !== value.sha256) return void 0;
  return { etag: value.etag, status: value.status, headers: value.headers, body };
}
async function scan(root, put, at) {
  let whole = true;
  const list = (dir) => readdir(dir).catch((error) => {
    if (error.code !== "ENOENT") whole = false;
    return [];
  });
  const dirs = [root];
  for (const name of await list(root)) {
    const path = join(root, name);
    const info = await stat(path).catch(() => void 0);
    if (info?.isDirectory()) dirs.push(path);
  }
  for (const dir of dirs) {
    for (const name of await list(dir)) {
      const path = join(dir, name);
      const info = await stat(path).catch(() => void 0);
      if (!info) whole = false;
      if (!info?.isFile()) continue;
      if (TEMP_NAME.test(name)) {
        if (at - info.mtimeMs > STALE_TEMP_MS) await rm(path, { force: true }).catch(() => {
        });
      } else if (ENTRY_NAME.test(name)) {
        put(path, { size: info.size, used: info.mtimeMs });
      }
    }
  }
  return whole;
}
function sha256(bytes) {
  return createHash("sha256").update(bytes).digest("hex");
}

export {
  DEFAULT_CACHE_MAX_MB,
  createCacheStore,
  pLimit,
  POOL_KINDS,
  DEFAULT_POOLS,
  MAX_POOL,
  formatPools,
  parsePools,
  releasesInFlight,
  noFigures,
  createLimiters
};
