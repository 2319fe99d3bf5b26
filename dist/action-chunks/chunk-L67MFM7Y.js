
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

export {
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
