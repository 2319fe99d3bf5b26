import {
  judge,
  memoiseIdentify,
  resolveLicence
} from "./chunk-GB3ECXY4.js";
import {
  overallStatus,
  tallyTeam
} from "./chunk-SHM64M3Y.js";
import {
  finding
} from "./chunk-FZZBKKJM.js";
import {
  VERSION
} from "./chunk-3AFZJTXP.js";

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
  evaluate
};
