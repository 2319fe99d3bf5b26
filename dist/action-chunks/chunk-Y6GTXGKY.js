
// src/sources/redact.ts
var MASK = "***";
var MIN_SECRET = 4;
var TOKEN_SHAPES = /\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,}|hf_[A-Za-z0-9]{30,}|api_org_[A-Za-z0-9]{30,})/g;
var AUTHORIZATION = /\b((?:proxy-)?authorization["']?\s*[:=]\s*["']?)(?:(?:bearer|basic|token|digest)\s+)?[^\s"',;}\]]+/gi;
var BEARER = /\b(bearer\s+)[A-Za-z0-9._~+/-]{16,}=*/gi;
var USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@'"<>]*@/gi;
var MAY_HOLD_SHAPE = /:\/\/|authorization|bearer|gh[pousr]_|github_pat_|hf_|api_org_/i;
function withoutUserinfo(url) {
  return url.replace(USERINFO, "$1");
}
function createRedactor(secrets = []) {
  const held = [
    ...new Set(
      secrets.filter((s) => typeof s === "string" && s.trim().length >= MIN_SECRET).flatMap((s) => [s, encodeURIComponent(s), Buffer.from(s).toString("base64")])
    )
  ].sort((a, b) => b.length - a.length);
  return (text) => {
    if (typeof text !== "string" || text === "") return text;
    let out = text;
    for (const secret of held) if (out.includes(secret)) out = out.split(secret).join(MASK);
    if (!MAY_HOLD_SHAPE.test(out)) return out;
    return out.replace(USERINFO, "$1").replace(AUTHORIZATION, `$1${MASK}`).replace(BEARER, `$1${MASK}`).replace(TOKEN_SHAPES, MASK);
  };
}
var redactShapes = createRedactor();
function redactDeep(value, redact) {
  return walk(value, redact);
}
function walk(value, redact) {
  if (typeof value === "string") return redact(value);
  if (Array.isArray(value)) return value.map((v) => walk(v, redact));
  if (value === null || typeof value !== "object") return value;
  const out = {};
  for (const [key, v] of Object.entries(value)) out[redact(key)] = walk(v, redact);
  return out;
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

// src/sources/http-retry.ts
var RETRYABLE = /* @__PURE__ */ new Set([408, 429, 500, 502, 503, 504]);
var TIMEOUT_RETRIES = 1;
function shouldRetryStatus(status) {
  return RETRYABLE.has(status);
}
function backoffMs(attempt, settings) {
  const backoff = settings.baseDelayMs * 2 ** attempt + settings.random() * settings.baseDelayMs;
  return Math.min(settings.maxRetryDelayMs, Math.round(backoff));
}
function serverDelayMs(headers, now = Date.now()) {
  const limit = parseRateLimit(headers.get("ratelimit"));
  if (limit && limit.remaining === 0 && limit.resetSeconds !== void 0)
    return (limit.resetSeconds + 1) * 1e3;
  return retryAfterMs(headers.get("retry-after"), now);
}
function retryAfterMs(value, now = Date.now()) {
  const text = value?.trim();
  if (!text) return void 0;
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1e3;
  if (!/^[A-Za-z]{3},/.test(text)) return void 0;
  const at = Date.parse(text);
  return Number.isNaN(at) ? void 0 : Math.max(0, at - now);
}
function parseRateLimit(value) {
  if (!value) return void 0;
  const r = /(?:^|;)\s*r=(\d+)/.exec(value);
  const t = /(?:^|;)\s*t=(\d+)/.exec(value);
  if (!r && !t) return void 0;
  return { remaining: r ? Number(r[1]) : void 0, resetSeconds: t ? Number(t[1]) : void 0 };
}
function limitedUntil(status, headers, now = Date.now()) {
  if (status !== 429 && status !== 403) return void 0;
  const reset = Number(headers.get("x-ratelimit-reset"));
  if (headers.get("x-ratelimit-remaining") === "0" && Number.isFinite(reset) && reset > 0)
    return reset * 1e3;
  const asked = serverDelayMs(headers, now);
  return asked === void 0 ? void 0 : now + asked;
}
function askedDelay(response, now) {
  if (response.status !== 429) return serverDelayMs(response.headers, now);
  const until = limitedUntil(429, response.headers, now);
  return until === void 0 ? void 0 : Math.max(0, until - now);
}
function defaultSleep(ms, signal) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

export {
  withoutUserinfo,
  createRedactor,
  redactDeep,
  DEFAULT_CACHE_MAX_MB,
  createCacheStore,
  TIMEOUT_RETRIES,
  shouldRetryStatus,
  backoffMs,
  parseRateLimit,
  limitedUntil,
  askedDelay,
  defaultSleep
};
