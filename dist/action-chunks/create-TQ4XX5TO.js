import {
  MAX_POINTER_BYTES,
  VALID_WHILE_HEADER,
  createCachedFetch,
  createGitSource,
  createHttpClient,
  createHuggingFaceSource,
  githubRepoId,
  isPinnedResolveUrl,
  isWeightPath,
  licenceFilesToRead,
  parseLfsPointer,
  readDirectory,
  readRepo,
  releaseAssetSizes,
  repoAvailability,
  repoLinks,
  repoWeights,
  trimRepo,
  withoutValidWhile
} from "./chunk-UHDCPZ6M.js";
import {
  GITHUB_MAX_WAIT_SECONDS,
  createGitHubClient,
  getJson,
  listOrgRepos
} from "./chunk-BCJIBLNO.js";
import {
  DEFAULT_CACHE_MAX_MB,
  TIMEOUT_RETRIES,
  createCacheStore,
  createRedactor,
  limitedUntil,
  redactDeep
} from "./chunk-Y6GTXGKY.js";
import {
  createBudget
} from "./chunk-EXNACEYK.js";
import {
  DEFAULT_POOLS,
  createLimiters
} from "./chunk-L67MFM7Y.js";
import "./chunk-V5RXXIFA.js";
import "./chunk-3V46MXJE.js";
import "./chunk-VQKAB5TF.js";
import {
  VERSION
} from "./chunk-3AFZJTXP.js";
import {
  ConfigError,
  SourceError
} from "./chunk-IS7GHXRZ.js";
import "./chunk-XDNTXC6V.js";
import "./chunk-QOHIKXPB.js";

// src/sources/create.ts
import { join } from "node:path";

// src/detect/candidates.ts
var LICENCE_NAMES = [
  [/^(?:licen[cs]e|copying|unlicen[cs]e)$/, 1],
  [/^(?:licen[cs]e|copying|unlicen[cs]e)\.(?:md|markdown|txt|rst|html?)$/, 0.95],
  [/^(?:licen[cs]e|model)[-_. ]?(?:model|weights|licen[cs]e)(?:\.(?:md|txt))?$/, 0.93],
  [/^copying\.(?:lesser|lib|lgpl|gpl)$/, 0.9],
  [/^(?:licen[cs]e|copying)[-_.][\w.+-]+$/, 0.8],
  [/^[\w.+-]+[-_.](?:licen[cs]e|copying)(?:\.(?:md|txt))?$/, 0.7],
  [/^(?:licen[cs]e|licen[cs]ing|terms)[\w .+-]*$/, 0.6],
  [/\blicen[cs]e agreement\b/, 0.75]
  // "Tongyi Qianwen LICENSE AGREEMENT"
];
var README = /^(?:readme|model[-_]?card)(?:\.(?:md|markdown|txt|rst))?$/;
var NEVER = /^(?:notice|notices|third[-_]party[\w.-]*|acknowledg(?:e)?ments?|use[-_]policy|acceptable[-_]use[-_]policy|contributing|authors|changelog|code[-_]of[-_]conduct)(?:\.\w+)?$/;
var NOT_TEXT = /\.(?:py|js|ts|json|ya?ml|toml|go|rs|c|h|java|rb|sh|safetensors|bin|png|jpe?g|svg)$/;
function pickLicenceFiles(paths) {
  const out = [];
  for (const path of paths) {
    const parts = path.split("/");
    const base = parts[parts.length - 1].toLowerCase();
    const depth = parts.length - 1;
    if (NEVER.test(base) || NOT_TEXT.test(base)) continue;
    const inLicences = depth >= 1 && parts[parts.length - 2].toLowerCase() === "licenses";
    let score = inLicences ? 0.85 : 0;
    for (const [re, s] of LICENCE_NAMES) if (re.test(base)) score = Math.max(score, s);
    const penalty = Math.min(0.3, (inLicences ? depth - 1 : depth) * 0.15);
    if (score > 0) out.push({ path, role: "licence", score: round(score - penalty) });
    else if (README.test(base) && depth <= 1) out.push({ path, role: "readme", score: round(0.5 - penalty) });
  }
  return out.sort(
    (a, b) => b.score - a.score || a.path.length - b.path.length || a.path.localeCompare(b.path)
  );
}
function round(x) {
  return Math.round(x * 100) / 100;
}

// src/sources/github-inspect.ts
import { createHash } from "node:crypto";
var MAX_TEXT_BYTES = 512 * 1024;
var MAX_POINTERS = 4;
async function readContents(client, repo, commit, pickFiles, signal) {
  const p = { owner: repo.owner, repo: repo.name };
  const blobUrl = (path) => `${repo.htmlUrl}/blob/${commit}/${path}`;
  const out = {
    files: null,
    declared: [],
    texts: [],
    links: [],
    lfs: [],
    releaseAssets: [],
    problems: []
  };
  const licence = await getJson(client, "GET /repos/{owner}/{repo}/license", { ...p, ref: commit }, signal);
  const licencePath = addFileText(out, licence, "licence", blobUrl, (body) => {
    const spdx = body.license?.spdx_id;
    if (typeof spdx === "string") out.declared.push({ origin: "github-api", value: spdx });
  });
  const tree = await getJson(
    client,
    "GET /repos/{owner}/{repo}/git/trees/{tree_sha}",
    { ...p, tree_sha: commit, recursive: 1 },
    signal
  );
  let entries = [];
  if (tree.ok) {
    const read = treeEntries(tree.value);
    if ("problem" in read)
      out.problems.push({ ...read.problem, url: `/repos/${p.owner}/${p.repo}/git/trees` });
    else {
      entries = read.entries;
      out.files = entries.filter((e) => e.type === "blob").map((e) => e.path);
    }
    if (tree.value.truncated === true)
      out.problems.push({
        code: "TRUNCATED",
        message: `GitHub cut the file tree short at ${out.files?.length ?? 0} files (truncated: true)`
      });
  } else if (tree.failure.status === 409)
    out.files = [];
  else return { ...out, failure: tree.failure };
  const readme = await getJson(client, "GET /repos/{owner}/{repo}/readme", { ...p, ref: commit }, signal);
  addFileText(out, readme, "readme", blobUrl);
  const chosen = licenceFilesToRead(out.files ?? [], pickFiles, {
    alreadyRead: licencePath ? [licencePath] : []
  });
  const extra = chosen.read.filter((f) => f.role === "licence");
  out.texts.push(...chosen.unread);
  const pointers = entries.filter((e) => e.type === "blob" && isWeightPath(e.path) && (e.size ?? 0) <= MAX_POINTER_BYTES).slice(0, MAX_POINTERS);
  for (const file of [...extra.map((f) => f.path), ...pointers.map((e) => e.path)]) {
    const content = await getJson(
      client,
      "GET /repos/{owner}/{repo}/contents/{path}",
      { ...p, path: file, ref: commit },
      signal
    );
    const isPointer = pointers.some((e) => e.path === file);
    if (!isPointer) addFileText(out, content, "licence", blobUrl);
    else if (content.ok) {
      const pointer = parseLfsPointer(file, decode(content.value).text);
      if (pointer) out.lfs.push(pointer);
    }
  }
  const releases = await getJson(
    client,
    "GET /repos/{owner}/{repo}/releases",
    { ...p, per_page: 100 },
    signal
  );
  if (!releases.ok) return { ...out, failure: releases.failure };
  out.releaseAssets = releaseWeightAssets(releases.value);
  const sized = [...entries.filter((e) => e.type === "blob"), ...releaseAssetSizes(releases.value)];
  const weights = repoWeights(sized, out.lfs, new Set(pointers.map((e) => e.path)));
  if (weights) out.weights = weights;
  return out;
}
function addFileText(out, result, role, blobUrl, onBody) {
  if (!result.ok) {
    if (result.failure.status === 404) return void 0;
    out.texts.push({
      path: role === "readme" ? "README.md" : "LICENSE",
      role,
      error: result.failure.message
    });
    return void 0;
  }
  onBody?.(result.value);
  const path = result.value.path;
  if (typeof path !== "string") return void 0;
  const { text, sha256, truncated } = decode(result.value);
  out.texts.push({ path, role, text, url: blobUrl(path), ...truncated ? { truncated: true } : { sha256 } });
  if (role === "readme") out.links.push(...repoLinks(text));
  return path;
}
function decode(body) {
  const content = body.content;
  const all = typeof content === "string" ? Buffer.from(content, "base64") : Buffer.alloc(0);
  const bytes = all.subarray(0, MAX_TEXT_BYTES);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  return { text: bytes.toString("utf8"), sha256, truncated: all.length > MAX_TEXT_BYTES };
}
function treeEntries(body) {
  const tree = body?.tree;
  const problem = (message) => ({ problem: { code: "MALFORMED_RESPONSE", message } });
  if (!Array.isArray(tree)) return problem("the tree answer has no `tree` list");
  const entries = [];
  for (const e of tree) {
    const entry = e;
    if (typeof entry?.path !== "string" || typeof entry.type !== "string")
      return problem("a tree entry has no `path` or `type`");
    entries.push({
      path: entry.path,
      type: entry.type,
      ...typeof entry.size === "number" ? { size: entry.size } : {}
    });
  }
  return { entries };
}
function releaseWeightAssets(body) {
  if (!Array.isArray(body)) return [];
  return body.flatMap((release) => {
    const r = release;
    if (typeof r.tag_name !== "string" || !Array.isArray(r.assets) || r.draft === true) return [];
    return r.assets.flatMap((a) => {
      const name = a.name;
      return typeof name === "string" && isWeightPath(name) ? [`release:${r.tag_name}/${name}`] : [];
    });
  });
}

// src/sources/github.ts
function createGitHubSource(options) {
  const { client, pickFiles } = options;
  const now = options.now ?? (() => /* @__PURE__ */ new Date());
  const webUrl = options.webUrl.replace(/\/+$/, "");
  async function discover(team, call = {}) {
    const releases = /* @__PURE__ */ new Map();
    const failures = [];
    const listings = await Promise.all(
      team.github.map((org) => {
        call.onProgress?.({ phase: "discover", id: org });
        return listOrgRepos(client, org, call.signal);
      })
    );
    team.github.forEach((org, i) => {
      const listing = listings[i];
      if (!listing.ok) {
        failures.push({ ...listing.failure, origin: `github: ${org}` });
        return;
      }
      for (const [index, raw] of listing.value.entries()) {
        const repo = readRepo(raw);
        if (!repo) {
          failures.push({
            code: "MALFORMED_RESPONSE",
            message: `listing item ${index} is not a repository with a full_name`,
            url: `/orgs/${org}/repos`,
            origin: `github: ${org}`
          });
          continue;
        }
        if (releases.has(repo.fullName.toLowerCase())) continue;
        releases.set(repo.fullName.toLowerCase(), {
          source: "github",
          id: repo.fullName,
          team: team.id,
          declared: false,
          origin: `github: ${org}`,
          listing: raw
        });
      }
    });
    for (const declared of team.models) {
      const id = githubRepoId(declared);
      if (!id) continue;
      const found = releases.get(id.toLowerCase());
      if (found) found.declared = true;
      else
        releases.set(id.toLowerCase(), {
          source: "github",
          id,
          team: team.id,
          declared: true,
          origin: `models: ${declared}`
        });
    }
    return { releases: [...releases.values()], failures };
  }
  async function inspect(target, call = {}) {
    call.onProgress?.({ phase: "inspect", id: target.id });
    const fetchedAt = now().toISOString();
    const facts = await factsOf(target, call.signal);
    const { texts = [], ...rest } = facts;
    const { listing: _listing, ...release } = target;
    return { schema: "openquota/evidence@1", team: target.team, release, facts: rest, texts, fetchedAt };
  }
  async function factsOf(target, signal) {
    const [owner, name] = target.id.split("/");
    const base = {
      source: "github",
      id: target.id,
      url: `${webUrl}/${target.id}`,
      declaredLicences: []
    };
    let raw = target.listing;
    if (raw === void 0) {
      const got = await getJson(client, "GET /repos/{owner}/{repo}", { owner, repo: name }, signal);
      if (!got.ok && got.failure.status === 404)
        return { ...base, availability: "missing", files: null, raw: { notFound: got.failure } };
      if (!got.ok) return { ...base, availability: null, files: null, failure: got.failure };
      raw = got.value;
    }
    const repo = readRepo(raw);
    if (!repo) {
      const failure = {
        code: "MALFORMED_RESPONSE",
        message: "not a repository object",
        url: `/repos/${target.id}`
      };
      return { ...base, availability: null, files: null, failure };
    }
    const [o, r] = repo.fullName.split("/");
    const renamed = repo.fullName !== target.id ? { requestedId: target.id } : {};
    const url = repo.htmlUrl ?? `${webUrl}/${repo.fullName}`;
    const known = { ...base, ...renamed, id: repo.fullName, url, availability: repoAvailability(repo) };
    const tag = headTag(raw);
    const branch = await getJson(
      client,
      "GET /repos/{owner}/{repo}/branches/{branch}",
      { owner: o, repo: r, branch: repo.defaultBranch },
      signal,
      tag ? { [VALID_WHILE_HEADER]: tag } : void 0
    );
    const commit = branch.ok ? branch.value.commit?.sha : void 0;
    if (!branch.ok || typeof commit !== "string") {
      const failure = branch.ok ? { code: "MALFORMED_RESPONSE", message: "branch without a commit", url: `/repos/${repo.fullName}` } : branch.failure;
      return { ...known, files: null, failure, raw: { repository: trimRepo(repo) } };
    }
    const failed = [];
    const contents = await readContents(
      { ...client, onFailure: (f) => failed.push(f) },
      { owner: o, name: r, htmlUrl: url },
      commit,
      pickFiles,
      signal
    );
    const unread = failed.find((f) => f.status !== 404 && f.status !== 409);
    return {
      ...known,
      revision: commit,
      files: contents.files ? [...contents.files, ...contents.releaseAssets] : null,
      declaredLicences: contents.declared,
      ...repo.fork ? { fork: { parent: repo.parent ?? null } } : {},
      ...contents.weights ? { weights: contents.weights } : {},
      ...contents.links.length ? { links: contents.links } : {},
      ...contents.failure || unread ? { failure: contents.failure ?? unread } : {},
      ...contents.problems.length ? { problems: contents.problems } : {},
      raw: {
        repository: trimRepo(repo),
        ...contents.lfs.length ? { lfs: contents.lfs } : {},
        ...contents.releaseAssets.length ? { releaseAssets: contents.releaseAssets } : {}
      },
      texts: contents.texts
    };
  }
  return {
    kind: "github",
    claims: (declaredId) => githubRepoId(declaredId) !== void 0,
    discover,
    inspect,
    stats: options.stats
  };
}
function isCommitPinned(url) {
  return /\/git\/trees\/[0-9a-f]{40}(?:[?#]|$)|[?&]ref=[0-9a-f]{40}(?:&|$)/.test(url);
}
function headTag(raw) {
  if (typeof raw !== "object" || raw === null) return void 0;
  const r = raw;
  if (typeof r.full_name !== "string" || typeof r.default_branch !== "string" || typeof r.pushed_at !== "string")
    return void 0;
  const id = typeof r.id === "number" ? r.id : "";
  return JSON.stringify([id, r.full_name, r.default_branch, r.pushed_at]);
}

// src/sources/local.ts
import { stat } from "node:fs/promises";
import { basename, resolve } from "node:path";
var LOCAL_AVAILABILITY_NOTE = "a local directory: availability is not checked";
function createLocalSource(options) {
  const now = options.now ?? (() => /* @__PURE__ */ new Date());
  async function inspect(target, call = {}) {
    call.onProgress?.({ phase: "inspect", id: target.id });
    const fetchedAt = now().toISOString();
    const dir = resolve(options.cwd, target.id);
    const base = { source: "local", id: target.id, declaredLicences: [] };
    let facts;
    let texts = [];
    const info = await stat(dir).catch(() => void 0);
    if (!info?.isDirectory()) {
      facts = {
        ...base,
        availability: null,
        files: null,
        failure: { code: "NOT_A_DIRECTORY", message: `${target.id} is not a readable directory` }
      };
    } else {
      const read = await readDirectory(dir, options.pickFiles);
      texts = read.texts;
      facts = {
        ...base,
        url: `file://${dir}`,
        availability: null,
        files: read.files,
        declaredLicences: read.declared,
        ...read.weights ? { weights: read.weights } : {},
        ...read.links.length ? { links: read.links } : {},
        ...read.problems.length ? { problems: read.problems } : {},
        raw: {
          directory: basename(dir),
          note: LOCAL_AVAILABILITY_NOTE,
          ...read.lfs.length ? { lfs: read.lfs } : {},
          ...read.truncated ? { truncated: true } : {}
        }
      };
    }
    const { listing: _listing, ...release } = target;
    return { schema: "openquota/evidence@1", team: target.team, release, facts, texts, fetchedAt };
  }
  return {
    kind: "local",
    // Programme files name registries, not directories: `check` builds its local release itself.
    claims: () => false,
    discover: async () => ({ releases: [], failures: [] }),
    inspect,
    stats: () => ({ api: 0, files: 0, retries: 0, notModified: 0, cacheHits: 0 })
  };
}

// src/sources/node-fetch.ts
import http from "node:http";
import https from "node:https";
import zlib from "node:zlib";
var MAX_FOLLOWED = 20;
var REDIRECTS = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
var NULL_BODY = /* @__PURE__ */ new Set([101, 103, 204, 205, 304]);
var ORIGIN_BOUND = ["authorization", "cookie", "proxy-authorization"];
var IDLE_MS = 4e3;
function createNodeFetch(fallback = globalThis.fetch) {
  const agents = {
    "http:": new http.Agent({ keepAlive: true, timeout: IDLE_MS }),
    "https:": new https.Agent({ keepAlive: true, timeout: IDLE_MS })
  };
  return async (input, init) => {
    const method = (init?.method ?? "GET").toUpperCase();
    if (typeof input !== "string" && !(input instanceof URL)) return fallback(input, init);
    const start = new URL(input);
    if (start.username || start.password) return fallback(input, init);
    if (method !== "GET" && method !== "HEAD" || init?.body != null || !(start.protocol in agents))
      return fallback(input, init);
    const signal = init?.signal ?? void 0;
    signal?.throwIfAborted();
    const headers = new Headers(init?.headers);
    if (!headers.has("accept")) headers.set("accept", "*/*");
    if (!headers.has("accept-encoding"))
      headers.set("accept-encoding", headers.has("range") ? "identity" : "gzip, deflate, br");
    if (!headers.has("user-agent")) headers.set("user-agent", "node");
    const redirect = init?.redirect ?? "follow";
    let url = start;
    for (let hop = 0; ; hop++) {
      const res = await send(url, method, headers, signal);
      const status = res.statusCode ?? 0;
      const location = res.headers.location;
      if (!REDIRECTS.has(status) || location === void 0 || redirect === "manual")
        return respond(res, method, url, hop > 0, signal);
      res.resume();
      if (redirect === "error" || hop >= MAX_FOLLOWED)
        throw new TypeError("fetch failed", {
          cause: new Error(redirect === "error" ? "unexpected redirect" : "redirect count exceeded")
        });
      const next = new URL(location, url);
      if (next.protocol !== "http:" && next.protocol !== "https:")
        throw new TypeError("fetch failed", { cause: new Error("URL scheme must be a HTTP(S) scheme") });
      if (next.username || next.password)
        throw new TypeError("fetch failed", {
          cause: new Error("redirect to a URL that includes credentials")
        });
      if (next.origin !== url.origin) for (const name of ORIGIN_BOUND) headers.delete(name);
      url = next;
    }
  };
  function send(url, method, headers, signal) {
    return new Promise((resolve2, reject) => {
      const out = {};
      headers.forEach((value, name) => {
        out[name] = value;
      });
      const protocol = url.protocol;
      const request = (protocol === "https:" ? https : http).request(url, {
        method,
        headers: out,
        agent: agents[protocol]
      });
      const onAbort = () => {
        request.destroy();
        reject(signal.reason);
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      if (signal?.aborted) onAbort();
      request.on("response", (res) => {
        signal?.removeEventListener("abort", onAbort);
        resolve2(res);
      });
      request.on("error", (error) => {
        signal?.removeEventListener("abort", onAbort);
        reject(signal?.aborted ? signal.reason : new TypeError("fetch failed", { cause: error }));
      });
      request.end();
    });
  }
}
function respond(res, method, url, redirected, signal) {
  const status = res.statusCode ?? 0;
  const headers = new Headers();
  const raw = res.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) headers.append(raw[i], raw[i + 1]);
  if (status < 200 || status > 599) {
    res.destroy();
    throw new TypeError("fetch failed", { cause: new Error(`invalid status ${status}`) });
  }
  let body = null;
  if (method === "HEAD" || NULL_BODY.has(status)) res.resume();
  else body = stream(res, decoded(res), signal);
  const response = new Response(body, { status, statusText: res.statusMessage ?? "", headers });
  Object.defineProperty(response, "url", { value: url.href });
  if (redirected) Object.defineProperty(response, "redirected", { value: true });
  return response;
}
function decoded(res) {
  const coding = (res.headers["content-encoding"] ?? "").trim().toLowerCase();
  const loose = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
  const decoder = coding === "gzip" || coding === "x-gzip" ? zlib.createGunzip(loose) : coding === "deflate" ? zlib.createInflate(loose) : coding === "br" ? zlib.createBrotliDecompress({
    flush: zlib.constants.BROTLI_OPERATION_FLUSH,
    finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH
  }) : void 0;
  if (!decoder) return res;
  res.on("error", (error) => decoder.destroy(error));
  return res.pipe(decoder);
}
function stream(res, source, signal) {
  let done = false;
  const finish = () => {
    done = true;
    signal?.removeEventListener("abort", onAbort);
  };
  let fail = () => {
  };
  const onAbort = () => {
    fail(signal.reason);
    res.destroy();
  };
  signal?.addEventListener("abort", onAbort, { once: true });
  return new ReadableStream({
    start(controller) {
      fail = (reason) => {
        if (done) return;
        finish();
        controller.error(reason);
      };
      source.on("data", (chunk) => {
        if (done) return;
        controller.enqueue(chunk);
        if ((controller.desiredSize ?? 0) <= 0) source.pause();
      });
      source.on("end", () => {
        if (done) return;
        finish();
        controller.close();
      });
      source.on("error", (error) => fail(new TypeError("terminated", { cause: error })));
      res.on("aborted", () => fail(new TypeError("terminated", { cause: new Error("other side closed") })));
    },
    pull() {
      source.resume();
    },
    cancel() {
      finish();
      res.destroy();
    }
  });
}

// src/sources/redacting-source.ts
function redacting(source, redact) {
  return {
    ...source,
    async discover(team, call) {
      const found = await source.discover(team, call);
      return {
        releases: found.releases.map((r) => ({ ...r, id: redact(r.id), origin: redact(r.origin) })),
        failures: redactDeep(found.failures, redact)
      };
    },
    async inspect(release, call) {
      return redactDeep(await source.inspect(release, call), redact);
    }
  };
}

// src/sources/tokens.ts
var TOKEN_VARIABLES = ["HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "GITHUB_TOKEN", "GH_TOKEN"];
function tokenFrom(env, name) {
  return env[name]?.trim() || void 0;
}
function secretsFrom(env) {
  return [...new Set(TOKEN_VARIABLES.map((name) => tokenFrom(env, name)).filter((t) => !!t))];
}

// src/sources/transport.ts
var NoRetry = class extends Error {
  constructor(cause) {
    super(cause.message);
    this.cause = cause;
    this.name = "AbortError";
  }
  cause;
};
var RETRIED = /* @__PURE__ */ new Set([403, 408, 429, 500, 502, 503, 504]);
function createTransport(options = {}) {
  const inner = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? 3e4;
  const budget = options.budget ?? createBudget();
  const maxWaitMs = options.maxWaitMs ?? 6e4;
  let requests = 0;
  let retries = 0;
  const pending = /* @__PURE__ */ new Set();
  const counted = async (input, asked) => {
    const init = withoutValidWhile(asked);
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const refused = budget.refusal(url, maxWaitMs);
    if (refused) throw new NoRetry(refused);
    let response;
    for (let attempt = 0; ; attempt++) {
      requests++;
      if (pending.has(url) || attempt > 0) retries++;
      let timeout;
      const send = () => {
        timeout = AbortSignal.timeout(timeoutMs);
        const signal = AbortSignal.any([timeout, budget.signal, ...init?.signal ? [init.signal] : []]);
        return inner(input, { ...init, signal });
      };
      try {
        response = await (options.limiter ? options.limiter(send) : send());
        break;
      } catch (error) {
        const expired = budget.expired();
        if (expired) throw new NoRetry(expired);
        if (!timeout?.aborted || init?.signal?.aborted) throw error;
        if (attempt < TIMEOUT_RETRIES) continue;
        throw new NoRetry(new SourceError("TIMEOUT", `no answer within ${timeoutMs} ms, twice`, {}));
      }
    }
    const until = limitedUntil(response.status, response.headers, budget.now());
    if (until !== void 0) budget.limitHost(url, until);
    if (RETRIED.has(response.status)) pending.add(url);
    else pending.delete(url);
    return response;
  };
  const cache = options.cacheDir ? createCachedFetch({
    dir: options.cacheDir,
    store: options.cacheStore,
    fetch: counted,
    immutable: options.immutable
  }) : void 0;
  return {
    fetch: cache?.fetch ?? counted,
    stats: () => {
      const c = cache?.stats();
      return {
        api: requests,
        files: 0,
        retries,
        notModified: c?.notModified ?? 0,
        cacheHits: c?.cacheHits ?? 0,
        conditional: c?.conditional ?? 0
      };
    }
  };
}

// src/sources/create.ts
var HF_DEFAULT = "https://huggingface.co";
var GITHUB_DEFAULT = "https://api.github.com";
function createSources(env, options = {}) {
  const secrets = secretsFrom(env);
  const limiters = createLimiters(options.pools ?? DEFAULT_POOLS);
  const redact = createRedactor(secrets);
  const budget = options.budget ?? createBudget();
  const headers = { "user-agent": `openquota/${VERSION}` };
  const send = options.fetch ?? createNodeFetch();
  const transport = {
    fetch: send,
    timeoutMs: options.timeoutMs,
    headers,
    budget,
    redact,
    ...options.retry
  };
  const hfEndpoint = endpointFrom(env, "HF_ENDPOINT", HF_DEFAULT);
  const hfToken = tokenFrom(env, "HF_TOKEN") ?? tokenFrom(env, "HUGGING_FACE_HUB_TOKEN");
  const cacheDir = options.noCache ? void 0 : options.cacheDir ?? defaultCacheDir(env);
  const store = cacheDir ? createCacheStore({
    root: cacheDir,
    maxBytes: (options.cacheMaxMb ?? DEFAULT_CACHE_MAX_MB) * 1024 * 1024
  }) : void 0;
  const hubCache = cacheDir && store ? createCachedFetch({
    dir: join(cacheDir, "huggingface"),
    store,
    fetch: send,
    // A file read at a commit sha never changes: a rerun serves it from disk, asking nothing.
    immutable: isPinnedResolveUrl
  }) : void 0;
  const hubHttp = createHttpClient({
    ...transport,
    ...hubCache ? { fetch: hubCache.fetch } : {},
    token: hfToken,
    limiters: { api: limiters["hub-api"], file: limiters["hub-files"] }
  });
  const huggingface = createHuggingFaceSource({
    endpoint: hfEndpoint,
    http: hubHttp,
    pickFiles: pickLicenceFiles
  });
  const githubApi = endpointFrom(env, "GITHUB_API_URL", GITHUB_DEFAULT);
  const githubToken = tokenFrom(env, "GITHUB_TOKEN") ?? tokenFrom(env, "GH_TOKEN");
  const githubTransport = createTransport({
    fetch: send,
    timeoutMs: options.timeoutMs,
    ...cacheDir ? { cacheDir: join(cacheDir, "github"), cacheStore: store } : {},
    immutable: isCommitPinned,
    limiter: limiters.github,
    budget,
    maxWaitMs: GITHUB_MAX_WAIT_SECONDS * 1e3
  });
  const github = createGitHubSource({
    client: createGitHubClient({
      baseUrl: githubApi,
      token: githubToken,
      fetch: githubTransport.fetch,
      userAgent: headers["user-agent"],
      budget,
      redact,
      ...options.githubRetryAfterBaseValue !== void 0 ? { retryAfterBaseValue: options.githubRetryAfterBaseValue } : {}
    }),
    webUrl: githubWebUrl(githubApi),
    pickFiles: pickLicenceFiles,
    stats: () => {
      const { conditional: _conditional, ...stats } = githubTransport.stats();
      return stats;
    }
  });
  const git = createGitSource({
    pickFiles: pickLicenceFiles,
    env: { PATH: env.PATH, HOME: env.HOME },
    timeoutMs: (options.timeoutMs ?? 3e4) * 4,
    stop: budget.signal,
    redact
  });
  const local = createLocalSource({ pickFiles: pickLicenceFiles, cwd: options.cwd ?? "." });
  const sources = [huggingface, github, git, local].map((s) => redacting(s, redact));
  const figures = () => {
    const hub = hubHttp.figures();
    const gh = githubTransport.stats();
    return {
      "hub-api": hub.api,
      "hub-files": hub.file,
      github: { made: gh.api, cached: gh.cacheHits, revalidated: gh.notModified, retried: gh.retries }
    };
  };
  return { sources, secrets, redact, budget, figures };
}
function createGitHubApiClient(env, options = {}) {
  const token = tokenFrom(env, "GITHUB_TOKEN") ?? tokenFrom(env, "GH_TOKEN");
  return createGitHubClient({
    baseUrl: endpointFrom(env, "GITHUB_API_URL", GITHUB_DEFAULT),
    token,
    fetch: createTransport({ fetch: options.fetch, timeoutMs: options.timeoutMs }).fetch,
    userAgent: `openquota/${VERSION}`,
    redact: createRedactor(secretsFrom(env)),
    ...options.githubRetryAfterBaseValue !== void 0 ? { retryAfterBaseValue: options.githubRetryAfterBaseValue } : {}
  });
}
function defaultCacheDir(env) {
  const xdg = env.XDG_CACHE_HOME?.trim();
  if (xdg) return join(xdg, "openquota");
  const home = (env.HOME ?? env.USERPROFILE)?.trim();
  return home ? join(home, ".cache", "openquota") : void 0;
}
function githubWebUrl(api) {
  const url = new URL(api);
  if (url.host === "api.github.com") return "https://github.com";
  return `${url.origin}${url.pathname.replace(/\/api\/v3\/?$/, "")}`.replace(/\/+$/, "");
}
function endpointFrom(env, name, fallback) {
  const value = env[name]?.trim() || fallback;
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError([
      { file: "", path: name, message: `${name} is not a URL`, fix: `e.g. ${fallback}` }
    ]);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ConfigError([
      { file: "", path: name, message: `${name} must be http or https`, fix: `e.g. ${fallback}` }
    ]);
  }
  return value.replace(/\/+$/, "");
}
function credentialNotices(env, teams) {
  const notices = [];
  if (teams.some((t) => t.huggingface.length > 0) && !tokenFrom(env, "HF_TOKEN") && !tokenFrom(env, "HUGGING_FACE_HUB_TOKEN"))
    notices.push(
      "HF_TOKEN is not set: Hub listings show public repositories only, so private releases cannot be counted. Set HF_TOKEN to a token of an org member to see them."
    );
  if (teams.some((t) => t.github.length > 0) && !tokenFrom(env, "GITHUB_TOKEN") && !tokenFrom(env, "GH_TOKEN"))
    notices.push(
      "GITHUB_TOKEN is not set: GitHub allows 60 anonymous requests an hour and lists public repositories only."
    );
  return notices;
}
export {
  TOKEN_VARIABLES,
  createGitHubApiClient,
  createSources,
  credentialNotices,
  secretsFrom
};
