import {
  hubLicence,
  identifyText,
  licenceInfo,
  licenseRef,
  refines
} from "./chunk-GDUPNBGV.js";
import {
  finding
} from "./chunk-YTWAXF7Y.js";
import {
  judgeExpression,
  matchesGlob
} from "./chunk-QSBO4CC7.js";
import {
  andAll,
  leaves,
  parseExpression
} from "./chunk-GO5VWACE.js";
import {
  LIMITS
} from "./chunk-PZKBUT2P.js";
import {
  codedText,
  t
} from "./chunk-FXGHOV3O.js";

// src/detect/engine.ts
function defaultEngine() {
  return {
    identify: (text, options) => identifyText(text, options),
    lookup: (id) => {
      const info = licenceInfo(id);
      return info ? {
        name: info.name,
        flags: info.flags,
        ...info.variantOf ? { variantOf: info.variantOf } : {},
        ...info.binds ? { binds: info.binds } : {}
      } : void 0;
    },
    refines
  };
}

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

// src/detect/resolve.ts
import { createHash as createHash2 } from "node:crypto";
function memoiseIdentify(identify) {
  const seen = /* @__PURE__ */ new Map();
  return (text, options) => {
    const key = `${options.role}:${createHash2("sha256").update(text).digest("hex")}`;
    let detection = seen.get(key);
    if (!detection) {
      detection = identify(text, options);
      seen.set(key, detection);
    }
    return { ...structuredClone(detection), file: options.file };
  };
}
var MAX_IDENTIFY_BYTES = { licence: LIMITS.licenceText, readme: LIMITS.licenceText };
function identifySafely(identify, text, file, role) {
  const none = (matcher, reason) => ({
    licence: null,
    confidence: 0,
    matcher,
    file,
    bearing: true,
    extra: [reason]
  });
  const max = MAX_IDENTIFY_BYTES[role];
  if (Buffer.byteLength(text) > max)
    return none("too-long", `longer than ${max / 1024} KiB, more than any licence text`);
  try {
    return { ...identify(text, { file, role }), file };
  } catch (error) {
    return none(
      "failed",
      `the licence engine failed on it (${String(error?.message ?? error).slice(0, 120)})`
    );
  }
}
var NOT_IDENTIFIED = /* @__PURE__ */ new Set(["noassertion", "other", "none", ""]);
function declaredFrom(evidence) {
  const declared = evidence.facts.declaredLicences;
  const order = ["hub-card", "readme-front-matter", "spdx-tag", "github-api", "hub-tag"];
  for (const origin of order) {
    const entries = declared.filter((d) => d.origin === origin);
    if (entries.length === 0) continue;
    const expressions = [];
    let seeText = false;
    let namedRef = null;
    for (const entry of entries) {
      if (origin === "github-api" && NOT_IDENTIFIED.has(entry.value.toLowerCase())) {
        seeText = true;
        continue;
      }
      const mapped = hubLicence(entry.value, entry.name);
      if (mapped.kind === "see-text") {
        seeText = true;
        if (mapped.name) namedRef = licenseRef(mapped.name);
      } else expressions.push(mapped.expression);
    }
    const otherBeside = seeText && expressions.length > 0;
    return { declared: andAll(expressions), declaredOrigin: origin, seeText, namedRef, otherBeside };
  }
  return { declared: null, declaredOrigin: null, seeText: true, namedRef: null, otherBeside: false };
}
function isBearing(detection, role) {
  return detection.bearing ?? (role === "licence" ? true : detection.licence !== null);
}
function resolveLicence(evidence, identify, minConfidence) {
  const detections = [];
  const identified = [];
  const unidentified = [];
  const weakStatements = [];
  const unreadable = [];
  for (const text of evidence.texts) {
    if (text.text === void 0) {
      unreadable.push(text);
      continue;
    }
    if (text.truncated) {
      unreadable.push({ ...text, error: text.error ?? "longer than the byte cap: only its start was read" });
      continue;
    }
    const detection = identifySafely(identify, text.text, text.path, text.role);
    detections.push(detection);
    if (!isBearing(detection, text.role)) continue;
    const confident = detection.licence !== null && detection.confidence >= minConfidence;
    const parsed = confident ? parseExpression(detection.licence) : void 0;
    const weak = text.role === "readme" && detection.licence !== null && !confident;
    const named = weak ? parseExpression(detection.licence) : void 0;
    if (parsed?.ok) identified.push({ ...detection, licence: parsed.expression });
    else if (named?.ok) weakStatements.push({ ...detection, licence: named.expression });
    else unidentified.push(detection);
  }
  return {
    ...declaredFrom(evidence),
    detected: andAll(identified.map((d) => d.licence)),
    detectedConfidence: identified.length ? Math.min(...identified.map((d) => d.confidence)) : null,
    detections,
    identified,
    unidentified,
    weakStatements,
    unreadable,
    malformed: (evidence.facts.problems ?? []).filter((p) => p.code === "MALFORMED_METADATA"),
    filesKnown: evidence.facts.files !== null
  };
}

// src/policy/licence-checks.ts
function textFindings(resolved) {
  const out = [];
  for (const d of resolved.unidentified) {
    if (d.matcher === "too-long" || d.matcher === "failed") {
      out.push(
        finding("LICENCE_UNIDENTIFIED", "warning", {
          file: d.file ?? "",
          variant: "notRead",
          matcher: d.matcher,
          detail: d.extra?.[0] ?? d.matcher
        })
      );
      continue;
    }
    const near = d.licence ?? d.closest?.licence;
    const confidence = d.licence ? d.confidence : d.closest?.confidence;
    out.push(
      finding("LICENCE_UNIDENTIFIED", "warning", {
        file: d.file ?? "",
        ...near ? { closest: near, confidence: `${Math.round((confidence ?? 0) * 100)}%` } : {}
      })
    );
  }
  for (const t2 of resolved.unreadable) {
    out.push(finding("LICENCE_UNREADABLE", "warning", { file: t2.path, error: t2.error }));
  }
  for (const p of resolved.malformed) {
    out.push(finding("MALFORMED_METADATA", "warning", { code: p.code, detail: p.message }));
  }
  return out;
}
function notApprovedFindings(expression, policy, lookup) {
  const { leaves: judged } = judgeExpression(expression, policy, lookup);
  const out = [];
  for (const leaf of judged.filter((l) => !l.approved)) {
    const name = lookup(leaf.leaf.split(" WITH ")[0])?.name ?? leaf.leaf;
    const denied = leaf.flags.filter((f) => policy.licences.denyFlags.includes(f));
    if (denied.includes("non-commercial"))
      out.push(finding("LICENCE_NON_COMMERCIAL", "error", { licence: leaf.leaf, name }));
    if (denied.includes("restricted-use"))
      out.push(finding("LICENCE_RESTRICTED_USE", "error", { licence: leaf.leaf, name }));
    if (leaf.why.startsWith("denied:"))
      out.push(finding("LICENCE_DENIED", "error", { licence: leaf.leaf, rule: leaf.why.slice(7) }));
  }
  out.push(finding("LICENCE_NOT_APPROVED", "error", { licence: expression, policy: policy.id }));
  return out;
}
var MAX_QUOTE = 300;
function quoteExtra(extra) {
  const text = (extra ?? []).map((e) => e.replace(/\s+/g, " ").trim()).filter(Boolean).join(" \u2026 ");
  if (!text) return void 0;
  return text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 1)}\u2026` : text;
}
function leavesOf(expression) {
  const parsed = parseExpression(expression);
  return parsed.ok ? leaves(parsed.tree) : [];
}
function sourceOf(leaf, detections) {
  return detections.find((d) => d.licence && leavesOf(d.licence).includes(leaf));
}
function modifiedFindings(expression, resolved, lookup) {
  const out = [];
  for (const leaf of leavesOf(expression)) {
    const variant = lookup(leaf.split(" WITH ")[0])?.variantOf;
    if (!variant) continue;
    const from = sourceOf(leaf, resolved.identified);
    const quote = quoteExtra(from?.extra);
    out.push(
      finding("LICENCE_MODIFIED", "error", {
        licence: leaf,
        base: variant.id,
        how: variant.how,
        file: from?.file,
        extra: quote
      })
    );
  }
  return out;
}

// src/policy/evidence-lines.ts
var pct = (x) => `${Math.round(x * 100)}%`;
function item(code, args) {
  const given = args;
  return {
    code,
    args: Object.fromEntries(
      Object.entries(given).filter((e) => e[1] !== void 0)
    )
  };
}
function provenanceItems(evidence, resolved) {
  const { facts } = evidence;
  const items = [
    item("METADATA", {
      source: facts.source,
      revision: facts.revision?.slice(0, 12),
      fetchedAt: evidence.fetchedAt
    })
  ];
  for (const d of facts.declaredLicences)
    items.push(item("DECLARED", { origin: d.origin, value: d.value, name: d.name }));
  for (const d of resolved.detections) {
    const file = d.file ?? "";
    if (d.matcher === "too-long" || d.matcher === "failed") {
      items.push(item("NOT_READ", { file, matcher: d.matcher, detail: d.extra?.[0] ?? d.matcher }));
      continue;
    }
    items.push(
      d.licence ? item("IDENTIFIED", { file, licence: d.licence, matcher: d.matcher, confidence: pct(d.confidence) }) : item("UNIDENTIFIED", {
        file,
        closest: d.closest?.licence,
        confidence: d.closest ? pct(d.closest.confidence) : void 0
      })
    );
    const quote = quoteExtra(d.extra);
    if (quote) items.push(item("EXTRA", { file, quote }));
  }
  for (const t2 of resolved.unreadable) items.push(item("UNREADABLE", { file: t2.path, error: t2.error }));
  for (const p of facts.problems ?? [])
    items.push(item("PROBLEM", { code: p.code, detail: p.message, url: p.url }));
  return items;
}
function evidenceLines(items) {
  return items.map((i) => codedText("en", "evidence", i));
}

// src/policy/licence-stands.ts
function leavesOf2(expression) {
  if (!expression) return [];
  const parsed = parseExpression(expression);
  return parsed.ok ? leaves(parsed.tree) : [expression];
}
function same(a, b, refines2) {
  return a.toLowerCase() === b.toLowerCase() || refines2(a, b) || refines2(b, a);
}
function covers(detected, declared, refines2) {
  const found = leavesOf2(detected);
  return leavesOf2(declared).every((d) => found.some((f) => same(d, f, refines2)));
}
function beyond(detected, declared, refines2) {
  const named = leavesOf2(declared);
  return leavesOf2(detected).filter((f) => !named.some((d) => same(d, f, refines2)));
}
function combine(resolved, approvedOf, refines2, findings) {
  const { declared, detected } = resolved;
  if (!declared || !detected) return detected ?? declared;
  if (covers(detected, declared, refines2)) return detected;
  findings.push(
    finding("LICENCE_MISMATCH", "warning", {
      origin: resolved.declaredOrigin ?? "metadata",
      declared,
      detected
    })
  );
  return approvedOf(declared) && !approvedOf(detected) ? detected : !approvedOf(declared) && approvedOf(detected) ? declared : detected;
}
function decideLicence(picture, policy, lookup, refines2) {
  const weak = picture.weakStatements.filter(
    (d) => !(picture.declared && covers(picture.declared, d.licence, refines2))
  );
  const resolved = { ...picture, unidentified: [...picture.unidentified, ...weak] };
  const findings = textFindings(resolved);
  const base = { declared: resolved.declared, detected: resolved.detected, detections: resolved.detections };
  const approvedOf = (e) => judgeExpression(e, policy, lookup).approved;
  const hasText = resolved.identified.length + resolved.unidentified.length + resolved.unreadable.length > 0;
  let established = resolved.filesKnown && resolved.unidentified.length === 0 && resolved.unreadable.length === 0 && resolved.malformed.length === 0;
  let expression = combine(resolved, approvedOf, refines2, findings);
  const otherPart = resolved.seeText && (resolved.otherBeside || !resolved.declared);
  const textsIdentified = resolved.unidentified.length === 0 && resolved.unreadable.length === 0;
  if (otherPart && textsIdentified && beyond(resolved.detected, resolved.declared, refines2).length === 0) {
    if (resolved.namedRef) expression = andAll([expression, resolved.namedRef].filter(isString));
    else if (resolved.otherBeside && established) {
      established = false;
      findings.push(
        finding("LICENCE_TEXT_MISSING", "warning", {
          declared: resolved.declared ?? "",
          variant: "other"
        })
      );
    }
  }
  if (!hasText && expression && policy.licences.metadataOnly === "unknown" && approvedOf(expression)) {
    established = false;
    findings.push(finding("LICENCE_TEXT_MISSING", "warning", { licence: expression, policy: policy.id }));
  }
  if (!expression) {
    if (!established) return { licence: { ...base, expression: null, approved: null }, findings };
    findings.push(finding("LICENCE_MISSING", "error"));
    return { licence: { ...base, expression: null, approved: false }, findings };
  }
  findings.push(...modifiedFindings(expression, resolved, lookup));
  const approved = approvedOf(expression);
  if (!approved) {
    findings.push(...notApprovedFindings(expression, policy, lookup));
    return { licence: { ...base, expression, approved: false }, findings };
  }
  if (!established) return { licence: { ...base, expression: null, approved: null }, findings };
  return { licence: { ...base, expression, approved: true }, findings };
}
function isString(value) {
  return value !== null;
}

// src/policy/lineage.ts
function baseLicence(base) {
  const parts = base.declaredLicences.map((d) => {
    const mapped = hubLicence(d.value, d.name);
    if (mapped.kind === "licence") return mapped.expression;
    return mapped.name ? licenseRef(mapped.name) : null;
  });
  if (parts.length === 0 || parts.some((p) => p === null)) return null;
  return andAll(parts);
}
function binding(expression, lookup) {
  const parsed = parseExpression(expression);
  if (!parsed.ok) return [{ id: expression }];
  return leaves(parsed.tree).flatMap((leaf) => {
    const id = leaf.split(" WITH ")[0].replace(/\+$/, "");
    const info = lookup(id);
    if (!info) return [{ id }];
    if (!info.flags.includes("binds-derivatives")) return [];
    return [{ id, ...info.binds ? { clause: info.binds } : {} }];
  });
}
function applyLineage(lineage, licence, policy, lookup) {
  const steps = (lineage ?? []).map((b) => ({
    id: b.id,
    relation: b.relation,
    own: b.own,
    licence: b.failure ? null : baseLicence(b),
    ...b.failure ? { failure: b.failure.message } : {}
  }));
  const findings = [];
  let result = licence;
  let excluded = false;
  let open = false;
  for (const [i, base] of (lineage ?? []).entries()) {
    if (base.own) continue;
    const step = steps[i];
    const owner = base.id.split("/")[0];
    const severity = policy.lineage.thirdPartyBase === "allow" ? "info" : "warning";
    findings.push(finding("THIRD_PARTY_BASE", severity, { owner, model: base.id, relation: base.relation }));
    if (policy.lineage.thirdPartyBase === "not-counted") excluded = true;
    if (base.failure || step.licence === null) {
      open = true;
      findings.push(
        finding(
          "BASE_UNREADABLE",
          "warning",
          base.failure ? { base: base.id, error: base.failure.message } : { base: base.id, variant: "noLicence" }
        )
      );
      continue;
    }
    const binds = binding(step.licence, lookup);
    if (binds.length === 0) continue;
    const own = result.expression;
    const combined = own ? `(${own}) AND (${step.licence})` : null;
    const judged = combined ? judgeExpression(combined, policy, lookup).approved : null;
    const clause = binds.find((b) => b.clause)?.clause;
    findings.push(
      finding("LICENCE_INHERITED", judged === false ? "error" : "info", {
        base: base.id,
        licence: step.licence,
        ...clause ? { clause } : {}
      })
    );
    if (combined) result = { ...result, expression: combined, approved: judged };
  }
  if (open && result.approved === true) result = { ...result, approved: null };
  return { findings, licence: result, excluded, steps };
}

// src/policy/public.ts
function countsAsPublic(availability, policy) {
  switch (availability) {
    case "public":
      return "public";
    case "gated-auto":
    case "gated-manual":
      return policy.availability[availability] === "public" ? "public" : "not-public";
    case "private":
    case "disabled":
    case "missing":
      return "not-public";
    default:
      return "unknown";
  }
}

// src/policy/waivers.ts
function waiverFor(id, code, waivers, today) {
  return waivers.find(
    (w) => w.codes.includes(code) && matchesGlob(id, w.release) && // `expires` is the last day the waiver applies (YYYY-MM-DD compares as text).
    (!w.expires || w.expires >= today)
  );
}
function applyWaivers(id, findings, waivers, today) {
  return findings.flatMap((f) => {
    const waiver = waiverFor(id, f.code, waivers, today);
    if (!waiver) return [f];
    const { blocking: _blocking, ...rest } = f;
    const args = { ...f.args ?? {}, waived: 1 };
    return [
      { ...rest, severity: "info", args, message: t("en", "finding.waived", { text: f.message }) },
      finding("WAIVED", "info", {
        code: f.code,
        approvedBy: waiver.approvedBy,
        reason: waiver.reason,
        expires: waiver.expires
      })
    ];
  });
}

// src/detect/safetensors.ts
var DTYPE_BITS = {
  BOOL: 8,
  F4: 4,
  F6_E2M3: 6,
  F6_E3M2: 6,
  U8: 8,
  I8: 8,
  F8_E5M2: 8,
  F8_E4M3: 8,
  F8_E8M0: 8,
  I16: 16,
  U16: 16,
  F16: 16,
  BF16: 16,
  I32: 32,
  U32: 32,
  F32: 32,
  F64: 64,
  I64: 64,
  U64: 64,
  C64: 64
};
var MAX_HEADER_BYTES = 16 * 1024 * 1024;
function headerLength(first, fileBytes) {
  if (first.length < 8)
    return { ok: false, reason: `the file has ${first.length} bytes, fewer than the 8 of a header length` };
  const view = new DataView(first.buffer, first.byteOffset, 8);
  const length = view.getBigUint64(0, true);
  if (length === 0n) return { ok: false, reason: "the header length is 0" };
  if (length > BigInt(MAX_HEADER_BYTES))
    return { ok: false, reason: `the header length ${length} is over the ${MAX_HEADER_BYTES}-byte cap` };
  const n = Number(length);
  if (fileBytes !== void 0 && 8 + n > fileBytes)
    return { ok: false, reason: `the header length ${n} is larger than the file (${fileBytes} bytes)` };
  return { ok: true, length: n };
}
function parseSafetensorsHeader(bytes, fileBytes) {
  const len = headerLength(bytes.subarray(0, 8), fileBytes);
  if (!len.ok) return len;
  if (bytes.length < 8 + len.length)
    return { ok: false, reason: `the header is ${len.length} bytes but only ${bytes.length - 8} were read` };
  let json;
  try {
    json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(8, 8 + len.length)));
  } catch {
    return { ok: false, reason: "the header is not valid UTF-8 JSON" };
  }
  if (typeof json !== "object" || json === null || Array.isArray(json))
    return { ok: false, reason: "the header is not a JSON object" };
  const dtypes = {};
  let parameters = 0;
  let dataBytes = 0;
  for (const [name, value] of Object.entries(json)) {
    if (name === "__metadata__") continue;
    const tensor = readTensor(name, value);
    if ("reason" in tensor) return { ok: false, reason: tensor.reason };
    parameters += tensor.elements;
    dtypes[tensor.dtype] = (dtypes[tensor.dtype] ?? 0) + tensor.elements;
    dataBytes = Math.max(dataBytes, tensor.end);
  }
  if (parameters === 0) return { ok: false, reason: "the header lists no tensors" };
  const headerBytes = 8 + len.length;
  if (fileBytes !== void 0 && headerBytes + dataBytes > fileBytes)
    return {
      ok: false,
      reason: `the header describes ${dataBytes} bytes of tensor data but the file has ${fileBytes - headerBytes} after the header`
    };
  return { ok: true, figures: { parameters, dtypes, dataBytes, headerBytes } };
}
function readTensor(name, value) {
  const t2 = value;
  const bad = (what) => ({ reason: `tensor ${JSON.stringify(name.slice(0, 80))}: ${what}` });
  if (typeof t2 !== "object" || t2 === null) return bad("not an object");
  if (typeof t2.dtype !== "string" || !(t2.dtype in DTYPE_BITS))
    return bad(`unknown dtype ${JSON.stringify(t2.dtype)}`);
  if (!Array.isArray(t2.shape) || !t2.shape.every((d) => Number.isSafeInteger(d) && d >= 0))
    return bad("shape is not a list of whole numbers");
  const offsets = t2.data_offsets;
  if (!Array.isArray(offsets) || offsets.length !== 2 || !offsets.every((o) => Number.isSafeInteger(o) && o >= 0) || offsets[0] > offsets[1])
    return bad("data_offsets is not [begin, end]");
  const elements = t2.shape.reduce((a, b) => a * b, 1);
  if (!Number.isSafeInteger(elements)) return bad("shape too large");
  const expected = Math.ceil(elements * DTYPE_BITS[t2.dtype] / 8);
  if (offsets[1] - offsets[0] !== expected)
    return bad(
      `data_offsets span ${offsets[1] - offsets[0]} bytes, not the ${expected} its shape and dtype take`
    );
  return { dtype: t2.dtype, elements, end: offsets[1] };
}
function bytesOfDtypes(dtypes) {
  let bits = 0;
  for (const [dtype, n] of Object.entries(dtypes)) {
    const b = DTYPE_BITS[dtype.toUpperCase()];
    if (b === void 0) return void 0;
    bits += b * n;
  }
  return Math.ceil(bits / 8);
}

// src/policy/weights.ts
function weightFigures(w, parameters) {
  return {
    bytes: w?.bytes ?? null,
    parameters: w?.parameters ?? parameters ?? null,
    source: w?.source ?? null
  };
}
function weightsPresence(w, policy) {
  const { minParameters, minBytes } = policy.weights;
  if (!w) return { kind: "unknown", args: {} };
  if (w.parameters !== void 0 && w.parameters < minParameters)
    return { kind: "stub", args: { variant: "parameters", parameters: w.parameters, minParameters } };
  if (w.bytes !== void 0 && w.bytes < minBytes)
    return { kind: "stub", args: { variant: "bytes", bytes: w.bytes, minBytes } };
  if (w.storageBytes !== void 0 && w.storageBytes < minBytes)
    return { kind: "stub", args: { variant: "storage", storageBytes: w.storageBytes, minBytes } };
  const needed = w.dtypes ? bytesOfDtypes(w.dtypes) : void 0;
  if (needed !== void 0 && w.storageBytes !== void 0 && w.storageBytes < needed)
    return {
      kind: "stub",
      args: {
        variant: "header",
        parameters: w.parameters ?? 0,
        neededBytes: needed,
        storageBytes: w.storageBytes
      }
    };
  if (w.parameters !== void 0) return { kind: "present" };
  if (w.bytes !== void 0 && w.problem) return { kind: "unknown", args: { detail: w.problem } };
  if (w.bytesAtLeast !== void 0 && w.bytesAtLeast >= minBytes) return { kind: "present" };
  if (w.problem) return { kind: "unknown", args: { detail: w.problem } };
  if (w.bytes !== void 0) return { kind: "present" };
  return { kind: "unknown", args: {} };
}

// src/policy/judge.ts
function weightFiles(files, policy) {
  const exts = policy.weights.extensions.map((e) => e.toLowerCase());
  return files.filter((f) => exts.some((e) => f.toLowerCase().endsWith(e)));
}
function excludedBy(id, team) {
  for (const rule of team.exclude) {
    const { pattern, reason } = typeof rule === "string" ? { pattern: rule, reason: void 0 } : rule;
    if (matchesGlob(id, pattern)) return { pattern, ...reason ? { reason } : {} };
  }
  return void 0;
}
function problemFinding(p) {
  const args = { code: p.code, detail: p.message };
  if (p.code === "TRUNCATED") return finding("FILES_TRUNCATED", "warning", args);
  if (p.code === "MALFORMED_RESPONSE") return finding("MALFORMED_RESPONSE", "warning", args);
  return finding("SOURCE_FAILED", "warning", args);
}
function judge(evidence, resolved, ctx) {
  const { facts } = evidence;
  const { policy } = ctx;
  const findings = [];
  const weights = facts.files ? weightFiles(facts.files, policy) : null;
  const provenance = provenanceItems(evidence, resolved);
  const result = (verdict2, licence2) => ({
    source: facts.source,
    id: facts.id,
    ...facts.url ? { url: facts.url } : {},
    revision: facts.revision ?? null,
    declared: evidence.release.declared,
    origin: evidence.release.origin,
    verdict: verdict2,
    availability: facts.availability,
    licence: licence2,
    weights,
    parameters: facts.parameters ?? facts.weights?.parameters ?? null,
    ...weights?.length ? { weightFigures: weightFigures(facts.weights, facts.parameters) } : {},
    reasons: findings,
    evidence: evidenceLines(provenance),
    provenance,
    ...facts.links?.length ? { links: facts.links } : {}
  });
  const noLicence = {
    declared: resolved.declared,
    detected: resolved.detected,
    expression: null,
    approved: null,
    detections: resolved.detections
  };
  if (facts.requestedId && facts.requestedId !== facts.id)
    findings.push(finding("RENAMED", "info", { from: facts.requestedId, to: facts.id }));
  const excluded = excludedBy(facts.id, ctx.team) ?? (facts.requestedId && excludedBy(facts.requestedId, ctx.team));
  if (excluded && !evidence.release.declared) {
    const { pattern, reason } = excluded;
    findings.push(
      finding(
        "EXCLUDED_BY_PROGRAMME",
        "info",
        reason ? { pattern, reason } : { pattern, variant: "default" }
      )
    );
    return result("excluded", noLicence);
  }
  if (excluded) findings.push(finding("DECLARED_NOT_EXCLUDED", "warning", { pattern: excluded.pattern }));
  if (facts.failure) {
    const { code, url, message } = facts.failure;
    findings.push(finding("SOURCE_FAILED", "warning", { code, detail: message, url }));
    findings.push(...textFindings(resolved).filter((f) => f.code === "LICENCE_UNREADABLE"));
    return result("unknown", noLicence);
  }
  const problems = facts.problems ?? [];
  findings.push(...problems.filter((p) => p.code !== "MALFORMED_METADATA").map(problemFinding));
  const truncated = problems.some((p) => p.code === "TRUNCATED");
  const declaredRepo = evidence.release.declared && facts.source !== "huggingface";
  if (policy.weights.required && weights && weights.length === 0 && !declaredRepo && !truncated) {
    findings.push(finding("NO_WEIGHTS", "info"));
    if (facts.source === "huggingface") return result("excluded", noLicence);
    const code = decideLicence(resolved, policy, ctx.lookup, ctx.refines).licence;
    return { ...result("excluded", code), kind: "code" };
  }
  const presence = weights?.length && !declaredRepo ? weightsPresence(facts.weights, policy) : void 0;
  if (presence?.kind === "stub") {
    findings.push(finding("WEIGHTS_STUB", "info", presence.args));
    return result("excluded", noLicence);
  }
  if (presence?.kind === "unknown") findings.push(finding("WEIGHTS_UNKNOWN", "warning", presence.args));
  const { availability } = facts;
  const isPublic = countsAsPublic(availability, policy);
  if (!weights && isPublic !== "not-public") findings.push(finding("FILES_UNKNOWN", "warning"));
  if (isPublic === "not-public") {
    const known = availability;
    findings.push(finding("NOT_PUBLIC", "error", { availability: known }));
  } else if (availability === "gated-auto") findings.push(finding("GATED_AUTO", "warning"));
  const decided0 = availability === "missing" ? { licence: noLicence, findings: [] } : decideLicence(resolved, policy, ctx.lookup, ctx.refines);
  findings.push(...decided0.findings);
  const lineage = applyLineage(facts.lineage, decided0.licence, policy, ctx.lookup);
  findings.push(...lineage.findings);
  const licence = { ...decided0, licence: lineage.licence };
  if (lineage.excluded) return { ...result("excluded", licence.licence), lineage: lineage.steps };
  const final = applyWaivers(facts.id, findings, policy.waivers, ctx.today);
  findings.splice(0, findings.length, ...final);
  const decided = final.some((f) => f.severity === "error");
  const weightsSeen = weights !== null && weights.length > 0;
  const open = isPublic === "unknown" || licence.licence.approved === null || weights === null && isPublic === "public" || presence?.kind === "unknown" || problems.some((p) => p.code !== "TRUNCATED" && p.code !== "MALFORMED_METADATA") || // What was read of a cut listing decides only when it found weights and a licence.
  truncated && !(weightsSeen && licence.licence.approved !== null);
  const verdict = result(decided ? "non-compliant" : open ? "unknown" : "compliant", licence.licence);
  return lineage.steps.length > 0 ? { ...verdict, lineage: lineage.steps } : verdict;
}
function judgeAsPublished(evidence, resolved, ctx) {
  if (evidence.facts.failure) return judge(evidence, resolved, ctx);
  const published = { ...evidence, facts: { ...evidence.facts, availability: "public" } };
  const model = judge(published, resolved, ctx);
  const note = finding("AVAILABILITY_NOT_CHECKED", "info");
  return { ...model, availability: evidence.facts.availability, reasons: [note, ...model.reasons] };
}

export {
  defaultEngine,
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
  createLimiters,
  memoiseIdentify,
  resolveLicence,
  MAX_HEADER_BYTES,
  headerLength,
  parseSafetensorsHeader,
  judge,
  judgeAsPublished
};
