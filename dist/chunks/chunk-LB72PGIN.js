import {
  overallStatus,
  tallyTeam
} from "./chunk-FJQ3QF5D.js";
import {
  judge,
  memoiseIdentify,
  resolveLicence
} from "./chunk-53VXJEX3.js";
import {
  VERSION
} from "./chunk-7JQSIM7R.js";
import {
  replaceableByBundle
} from "./chunk-2QRAECFN.js";
import {
  finding
} from "./chunk-YTWAXF7Y.js";
import {
  BUNDLE_SCHEMA,
  bundleIndexSchema,
  evidenceSchema,
  indexDigest,
  recordPath,
  sha256Of
} from "./chunk-QSBO4CC7.js";
import {
  capProblems,
  keysAt
} from "./chunk-VNYT6GF5.js";
import {
  LIMITS,
  decodeText,
  formatBytes,
  nestsDeeperThan,
  readBounded
} from "./chunk-PZKBUT2P.js";
import {
  ConfigError,
  InternalError
} from "./chunk-2HJM3R72.js";
import {
  problemsFromZod,
  renderPath
} from "./chunk-ZVPDN32M.js";
import {
  escapeRegExp,
  removeLeftovers,
  siblingOf
} from "./chunk-DVS2ILXM.js";

// src/bundle.ts
import { mkdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join as join2, resolve } from "node:path";

// src/bundle-verify.ts
import { readdir } from "node:fs/promises";
import { join } from "node:path";
var REWRITE = "write the bundle again with `openquota scan --save-evidence DIR`";
var EDITED = `the bundle was changed after it was written; ${REWRITE}`;
function problem(file, message, fix = EDITED, path = "") {
  return { file, path, message, fix };
}
function parseJson(file, bytes) {
  let value;
  try {
    value = JSON.parse(decodeText(bytes));
  } catch (error) {
    return { ok: false, problem: problem(file, `not JSON: ${error.message.split("\n")[0]}`) };
  }
  if (nestsDeeperThan(value, LIMITS.depth))
    return { ok: false, problem: problem(file, `nested more than ${LIMITS.depth} levels deep`) };
  return { ok: true, value };
}
async function readIndex(dir) {
  const file = join(dir, "bundle.json");
  const fix = "give the directory written by `openquota scan --save-evidence DIR`";
  const read = await readBounded(file, LIMITS.bundleIndex);
  if (!read.ok)
    throw new ConfigError([problem(file, `not an evidence bundle: bundle.json ${read.message}`, fix)]);
  if (read.truncated)
    throw new ConfigError([
      problem(file, `bundle.json is larger than ${formatBytes(LIMITS.bundleIndex)}`, fix)
    ]);
  const json = parseJson(file, read.bytes);
  if (!json.ok) throw new ConfigError([json.problem]);
  const schema = json.value?.schema;
  if (schema === "openquota/evidence-bundle@1") {
    throw new ConfigError([
      problem(
        file,
        "this bundle (openquota/evidence-bundle@1) carries no SHA-256 of its files, so edits to it cannot be detected; this version does not judge it",
        `scan again with --save-evidence to write an ${BUNDLE_SCHEMA} bundle`,
        "schema"
      )
    ]);
  }
  const parsed = bundleIndexSchema.safeParse(json.value);
  if (parsed.success && indexDigest(json.value) !== parsed.data.digest) {
    throw new ConfigError([
      problem(file, "its digest does not match its content: bundle.json was edited", EDITED, "digest")
    ]);
  }
  if (!parsed.success) {
    throw new ConfigError(
      capProblems(
        parsed.error.issues.map(
          (i) => problem(file, i.message, `the bundle index is damaged; ${REWRITE}`, renderPath(i.path))
        )
      )
    );
  }
  return parsed.data;
}
async function listBundle(dir, problems) {
  const files = /* @__PURE__ */ new Set();
  const queue = [""];
  while (queue.length > 0) {
    const rel = queue.shift();
    for (const entry of await readdir(join(dir, rel), { withFileTypes: true })) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) queue.push(path);
      else if (entry.isFile()) files.add(path);
      else
        problems.push(problem(join(dir, path), "not a regular file (a symlink, FIFO or device) in a bundle"));
      if (files.size > LIMITS.bundleRecords + 3) {
        throw new ConfigError([problem(dir, `holds more than ${LIMITS.bundleRecords} files`, REWRITE)]);
      }
    }
  }
  return files;
}
async function readListed(dir, rel, expected, maxBytes, problems) {
  const file = join(dir, rel);
  const read = await readBounded(file, maxBytes);
  if (!read.ok) {
    problems.push(
      problem(
        file,
        read.reason === "missing" ? "listed in bundle.json but missing" : `the file ${read.message}`
      )
    );
    return void 0;
  }
  if (read.truncated) {
    problems.push(
      problem(file, `larger than ${formatBytes(maxBytes)}, more than any record openquota writes`)
    );
    return void 0;
  }
  if (sha256Of(read.bytes) !== expected) {
    problems.push(problem(file, "its SHA-256 does not match bundle.json: the file was edited"));
    return void 0;
  }
  return read.bytes;
}
function checkRecord(file, entry, value, index, problems) {
  const parsed = evidenceSchema.safeParse(value, { reportInput: true });
  if (!parsed.success) {
    const found = problemsFromZod(
      file,
      parsed.error,
      (p) => keysAt(evidenceSchema, p),
      () => void 0
    );
    for (const p of found.slice(0, 10))
      problems.push({ ...p, message: `not a valid evidence record: ${p.message}` });
    return void 0;
  }
  const e = parsed.data;
  const before = problems.length;
  if (entry.file !== recordPath(e.team, e.facts.source, e.facts.id))
    problems.push(
      problem(file, `filed under another name than its release ${e.facts.id} of team ${e.team} gives`)
    );
  if (e.release.team !== e.team)
    problems.push(problem(file, "release.team differs from team", EDITED, "release.team"));
  if (!index.teams.includes(e.team))
    problems.push(problem(file, `team "${e.team}" is not a team of the bundle`, EDITED, "team"));
  const texts = e.texts.map((t) => t.text === void 0 ? null : sha256Of(t.text));
  if (texts.length !== entry.texts.length || texts.some((h, i) => h !== entry.texts[i]))
    problems.push(problem(file, "its texts do not match the SHA-256 listed in bundle.json", EDITED, "texts"));
  return problems.length === before ? e : void 0;
}
async function verifyBundle(dir) {
  const index = await readIndex(dir);
  const problems = [];
  const present = await listBundle(dir, problems);
  const listed = /* @__PURE__ */ new Set(["bundle.json", "programme.yml", "policy.yml"]);
  const evidence = [];
  let total = 0;
  for (const entry of index.records) {
    if (listed.has(entry.file)) {
      problems.push(problem(join(dir, entry.file), "listed twice in bundle.json"));
      continue;
    }
    listed.add(entry.file);
    const bytes = await readListed(dir, entry.file, entry.sha256, LIMITS.bundleRecord, problems);
    if (!bytes) continue;
    total += bytes.length;
    if (total > LIMITS.bundleTotal) {
      throw new ConfigError([
        problem(dir, `its records hold more than ${formatBytes(LIMITS.bundleTotal)}`, REWRITE)
      ]);
    }
    const json = parseJson(join(dir, entry.file), bytes);
    if (!json.ok) problems.push(json.problem);
    else {
      const e = checkRecord(join(dir, entry.file), entry, json.value, index, problems);
      if (e) evidence.push(e);
    }
  }
  for (const path of present) {
    if (!listed.has(path))
      problems.push(
        problem(join(dir, path), "not listed in bundle.json: added after the bundle was written")
      );
  }
  for (const team of Object.keys(index.failures)) {
    if (!index.teams.includes(team))
      problems.push(
        problem(
          join(dir, "bundle.json"),
          `failures of "${team}", not a team of the bundle`,
          EDITED,
          "failures"
        )
      );
  }
  const programme = await readListed(
    dir,
    "programme.yml",
    index.programme.fileSha256,
    LIMITS.configFile,
    problems
  );
  const policy = await readListed(dir, "policy.yml", index.policy.fileSha256, LIMITS.configFile, problems);
  if (problems.length > 0 || !programme || !policy) throw new ConfigError(capProblems(problems));
  return { index, evidence, programmeText: decodeText(programme), policyText: decodeText(policy) };
}

// src/bundle.ts
var legacyLeftover = (target) => new RegExp(`^${escapeRegExp(basename(target))}\\.[0-9a-f]{8}\\.(tmp|old)$`);
function recordOf(e) {
  const texts = e.texts.map(({ score: _score, ...t }) => t);
  const parsed = evidenceSchema.safeParse({ ...e, texts });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InternalError(
      `evidence record of ${e.facts.id} does not match its schema at ${renderPath(issue.path)}: ${issue.message}`
    );
  }
  return parsed.data;
}
async function writeHashed(file, content) {
  const bytes = Buffer.from(content, "utf8");
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, bytes);
  return sha256Of(bytes);
}
async function saveBundle(dir, bundle) {
  const target = resolve(dir);
  const replaceable = await replaceableByBundle(target);
  if (!replaceable.ok) {
    throw new ConfigError([
      {
        file: dir,
        path: "--save-evidence",
        message: `will not write the evidence bundle here: ${replaceable.why}`,
        fix: "give a new or empty directory, or one written by --save-evidence before"
      }
    ]);
  }
  await mkdir(dirname(target), { recursive: true });
  await removeLeftovers(target, legacyLeftover(target));
  const temp = siblingOf(target, "tmp", false);
  try {
    await mkdir(temp);
    const records = [];
    for (const e of bundle.evidence) {
      const record = recordOf(e);
      const rel = recordPath(record.team, record.facts.source, record.facts.id);
      const sha256 = await writeHashed(join2(temp, rel), `${JSON.stringify(record, null, 2)}
`);
      records.push({
        file: rel,
        sha256,
        texts: record.texts.map((t) => t.text === void 0 ? null : sha256Of(t.text))
      });
    }
    const index = {
      schema: BUNDLE_SCHEMA,
      createdAt: bundle.createdAt,
      tool: { name: "openquota", version: VERSION },
      programme: {
        file: "programme.yml",
        path: bundle.programme.path,
        sha256: bundle.programme.sha256,
        fileSha256: await writeHashed(join2(temp, "programme.yml"), bundle.programme.text),
        commit: bundle.programme.commit ?? null
      },
      policy: {
        ref: bundle.policy.ref,
        file: "policy.yml",
        sha256: bundle.policy.sha256,
        fileSha256: await writeHashed(join2(temp, "policy.yml"), bundle.policy.text)
      },
      teams: bundle.teams,
      failures: bundle.failures,
      records: records.sort((a, b) => a.file.localeCompare(b.file)),
      ...bundle.requests ? { requests: bundle.requests } : {}
    };
    const indexWithDigest = { ...index, digest: indexDigest(index) };
    await writeFile(join2(temp, "bundle.json"), `${JSON.stringify(indexWithDigest, null, 2)}
`);
    const old = siblingOf(target, "old", false);
    const existed = await stat(target).then(
      () => true,
      () => false
    );
    if (existed) await rename(target, old);
    await rename(temp, target);
    if (existed) await rm(old, { recursive: true, force: true });
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
}
async function loadBundle(dir) {
  const { index, evidence, programmeText, policyText } = await verifyBundle(dir);
  return {
    dir,
    createdAt: index.createdAt,
    programme: {
      path: index.programme.path,
      text: programmeText,
      sha256: index.programme.sha256,
      commit: index.programme.commit ?? null
    },
    policy: {
      ref: index.policy.ref,
      file: join2(dir, "policy.yml"),
      text: policyText,
      sha256: index.policy.sha256
    },
    teams: index.teams,
    failures: index.failures,
    evidence,
    ...index.requests ? { requests: index.requests } : {}
  };
}
async function saveScanEvidence(dir, result, programme, policy) {
  await saveBundle(dir, {
    createdAt: result.report.generatedAt,
    programme,
    policy,
    teams: result.teams,
    failures: result.failures,
    evidence: result.evidence,
    ...result.report.requests ? { requests: result.report.requests } : {}
  });
}

// src/link.ts
function linkKey(url) {
  const m = /^https?:\/\/(?:www\.)?(huggingface\.co|hf\.co|github\.com)\/([\w.-]+)\/([\w.-]+)/i.exec(url);
  if (!m) return void 0;
  const source = m[1].toLowerCase() === "github.com" ? "github" : "huggingface";
  return `${source}:${m[2]}/${m[3].replace(/\.git$/, "")}`.toLowerCase();
}
function pageKey(url) {
  const m = /^https?:\/\/(?:www\.)?([^/\s?#]+)\/([^/\s?#]+)\/([^/\s?#]+)/i.exec(url);
  if (!m) return void 0;
  return `${m[1]}/${m[2]}/${m[3].replace(/\.git$/i, "")}`.toLowerCase();
}
function keysOf(model) {
  const page = model.url ? pageKey(model.url) : void 0;
  return [`${model.source}:${model.id}`.toLowerCase(), ...page ? [page] : []];
}
function keysLinked(links) {
  const keys = /* @__PURE__ */ new Set();
  for (const link of links ?? []) {
    for (const key of [linkKey(link), pageKey(link)]) if (key) keys.add(key);
  }
  return keys;
}
function add(map, key, index) {
  const list = map.get(key);
  if (list) list.push(index);
  else map.set(key, [index]);
}
function linkCode(models) {
  const code = models.filter((m) => m.kind === "code");
  if (code.length === 0) return models;
  const byOwnKey = /* @__PURE__ */ new Map();
  const byLinkedKey = /* @__PURE__ */ new Map();
  code.forEach((c, i) => {
    for (const key of keysOf(c)) add(byOwnKey, key, i);
    for (const key of keysLinked(c.links)) add(byLinkedKey, key, i);
  });
  return models.map((model) => {
    if (model.kind === "code") return model;
    const hits = /* @__PURE__ */ new Set();
    for (const key of keysLinked(model.links)) for (const i of byOwnKey.get(key) ?? []) hits.add(i);
    for (const key of keysOf(model)) for (const i of byLinkedKey.get(key) ?? []) hits.add(i);
    if (hits.size === 0) return model;
    const linked = [...hits].sort((a, b) => a - b).map((i) => code[i]).map((c) => ({
      source: c.source,
      id: c.id,
      ...c.url ? { url: c.url } : {},
      licence: c.licence.expression
    }));
    return { ...model, code: linked };
  });
}

// src/policy/families.ts
var QUANTISED_NAME = /(?:^|[-_.])(gguf|ggml|awq|gptq|fp8|int4|int8|mlx|onnx|exl2|bnb|[348]bit|w4a16|w8a8)(?:$|[-_.])/i;
var CONVERTED_FILE = /\.(gguf|ggml|onnx)$/i;
var ADAPTER_FILE = /(?:^|\/)adapter_(config\.json|model\.(safetensors|bin))$/i;
function relationOf(evidence) {
  const { facts } = evidence;
  if (facts.baseRelation) return facts.baseRelation;
  if (facts.files?.some((f) => ADAPTER_FILE.test(f))) return "adapter";
  if (!facts.baseModels?.length) return void 0;
  const name = facts.id.split("/").pop() ?? "";
  if (QUANTISED_NAME.test(name)) return "quantized";
  if (facts.files?.some((f) => CONVERTED_FILE.test(f))) return "quantized";
  return void 0;
}
function owner(id) {
  return id.split("/")[0].toLowerCase();
}
function groupFamilies(judged, policy, orgs) {
  if (policy.count === "repository") return judged.map((j) => j.model);
  const hub = /* @__PURE__ */ new Map();
  for (const j of judged) if (j.evidence.facts.source === "huggingface") hub.set(j.model.id.toLowerCase(), j);
  const originalOf = /* @__PURE__ */ new Map();
  const setAside = /* @__PURE__ */ new Map();
  const counts = (j) => j.model.verdict !== "excluded";
  for (const j of judged) {
    const { facts } = j.evidence;
    const relation = relationOf(j.evidence);
    if (relation === "adapter" && policy.families.adapters === "listed") {
      const base = facts.baseModels?.[0];
      setAside.set(j, finding("ADAPTER", "info", base ? { base } : {}));
      continue;
    }
    if (facts.fork && policy.families.forks === "listed") {
      const parent = facts.fork.parent;
      const own = parent !== null && orgs.some((o) => o.toLowerCase() === owner(parent));
      if (!own) {
        setAside.set(j, finding("FORK", "info", parent ? { parent } : {}));
        continue;
      }
    }
    if (relation === "quantized") {
      const base = facts.baseModels?.map((b) => hub.get(b.toLowerCase())).find((b) => b && b !== j);
      if (base && counts(base)) originalOf.set(j, { original: base, relation });
    }
  }
  const byDigest = /* @__PURE__ */ new Map();
  for (const j of [...judged].sort(originalFirst)) {
    const digests = j.evidence.facts.weights?.digests;
    if (!digests?.length || originalOf.has(j) || setAside.has(j)) continue;
    const key = digests.join(",");
    const first = byDigest.get(key);
    if (first && counts(first)) originalOf.set(j, { original: first, relation: "re-upload" });
    else if (!first) byDigest.set(key, j);
  }
  for (const j of judged) {
    if (j.evidence.facts.source === "huggingface" || originalOf.has(j) || setAside.has(j)) continue;
    if (j.model.kind === "code" || !j.model.weights?.length) continue;
    const match = [...hub.values()].find((h) => counts(h) && sameModel(h, j));
    if (match) originalOf.set(j, { original: match, relation: "same-model" });
  }
  const rootOf = (j) => {
    let link = originalOf.get(j);
    for (let depth = 0; link && originalOf.has(link.original) && depth < 5; depth++)
      link = { original: originalOf.get(link.original).original, relation: link.relation };
    return link;
  };
  const copiesOf = /* @__PURE__ */ new Map();
  for (const j of judged) {
    const root = rootOf(j);
    if (root)
      copiesOf.set(root.original, [
        ...copiesOf.get(root.original) ?? [],
        { copy: j, relation: root.relation }
      ]);
  }
  return judged.map((j) => {
    const aside = setAside.get(j);
    if (aside) return { ...j.model, verdict: "excluded", reasons: [aside, ...j.model.reasons] };
    const root = rootOf(j);
    if (root) {
      const original = root.original.model.id;
      const note = finding("FAMILY_COPY", "info", {
        original,
        relation: root.relation,
        verdict: j.model.verdict
      });
      return { ...j.model, verdict: "excluded", family: original, reasons: [note, ...j.model.reasons] };
    }
    const copies = copiesOf.get(j);
    if (!copies) return j.model;
    const refs = copies.map(({ copy, relation }) => ({
      source: copy.model.source,
      id: copy.model.id,
      ...copy.model.url ? { url: copy.model.url } : {},
      relation,
      verdict: copy.model.verdict
    }));
    const lessOpen = copies.flatMap(({ copy }) => lessOpenThan(copy.model, j.model));
    return { ...j.model, family: j.model.id, copies: refs, reasons: [...j.model.reasons, ...lessOpen] };
  });
}
function originalFirst(a, b) {
  const rank = (j) => (j.evidence.release.declared ? 0 : 2) + (j.evidence.facts.source === "huggingface" ? 0 : 1);
  return rank(a) - rank(b) || a.model.id.localeCompare(b.model.id);
}
function sameModel(hub, repo) {
  const hubKeys = /* @__PURE__ */ new Set([
    `huggingface:${hub.model.id}`.toLowerCase(),
    ...hub.model.url ? [pageKey(hub.model.url)] : []
  ]);
  const repoKeys = /* @__PURE__ */ new Set([
    `${repo.model.source}:${repo.model.id}`.toLowerCase(),
    ...repo.model.url ? [pageKey(repo.model.url)] : []
  ]);
  const names = (links) => (links ?? []).flatMap((l) => [linkKey(l), pageKey(l)]).filter((k) => k !== void 0);
  const linked = names(repo.model.links).some((k) => hubKeys.has(k)) || names(hub.model.links).some((k) => repoKeys.has(k));
  if (!linked) return false;
  const name = (id) => id.split("/").pop().replace(/\.git$/i, "").toLowerCase();
  if (name(hub.model.id) === name(repo.model.id)) return true;
  const a = hub.evidence.facts.weights;
  const b = repo.evidence.facts.weights;
  return a?.bytes !== void 0 && a.bytes === b?.bytes || a?.parameters !== void 0 && a.parameters === b?.parameters;
}
function lessOpenThan(copy, original) {
  const args = { copy: copy.id };
  if (copy.availability !== original.availability && original.availability === "public")
    args.availability = copy.availability ?? "unknown";
  const a = copy.licence.expression;
  const b = original.licence.expression;
  if (a !== b && (a !== null || copy.verdict !== "unknown")) {
    args.licence = a ?? "NOASSERTION";
    args.originalLicence = b ?? "NOASSERTION";
  }
  if (!args.availability && !args.licence) return [];
  return [finding("COPY_LESS_OPEN", "warning", args)];
}

// src/evaluate.ts
function evaluate(input) {
  const { policy } = input.policy;
  const today = input.now.toISOString().slice(0, 10);
  const identify = memoiseIdentify(input.engine.identify);
  const teams = input.programme.programme.teams.filter((t) => input.teams.includes(t.id)).map((team) => {
    const judged = input.evidence.filter((e) => e.team === team.id).map((e) => ({
      evidence: e,
      model: judge(e, resolveLicence(e, identify, policy.licences.minConfidence), {
        policy,
        team,
        lookup: input.engine.lookup,
        refines: input.engine.refines,
        today
      })
    }));
    const models = linkCode(
      groupFamilies(judged, policy, team.github).sort((a, b) => a.id.localeCompare(b.id))
    );
    return tallyTeam(team, models, policy.threshold, input.failures[team.id] ?? [], policy.measure);
  });
  return {
    schema: "openquota/report@1",
    tool: { name: "openquota", version: VERSION },
    generatedAt: input.now.toISOString(),
    programme: {
      title: input.programme.programme.programme,
      file: input.programme.file,
      sha256: input.programme.sha256,
      ...input.programme.commit != null ? { commit: input.programme.commit } : {}
    },
    policy: { id: policy.id, title: policy.title, sha256: input.policy.sha256, threshold: policy.threshold },
    status: overallStatus(teams),
    teams,
    ...input.requests ? { requests: input.requests } : {}
  };
}

export {
  saveBundle,
  loadBundle,
  saveScanEvidence,
  evaluate
};
