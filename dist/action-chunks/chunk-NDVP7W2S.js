import {
  FINDING_CODES,
  readConfigFile
} from "./chunk-47ITIVWF.js";
import {
  LICENCE_FLAGS,
  matchesGlob,
  require_picomatch
} from "./chunk-FFTUQTYY.js";
import {
  licenceEntries,
  lookupLicence
} from "./chunk-GQK6FFKG.js";
import {
  rulesPath,
  spdxLicenceIds
} from "./chunk-ENIKLIDM.js";
import {
  sha256Of
} from "./chunk-WKFPHSPP.js";
import {
  capProblems,
  closest,
  external_exports,
  parseYaml,
  renderPath,
  validateDocument
} from "./chunk-F2ZSLCTL.js";
import {
  require_dist
} from "./chunk-VQKAB5TF.js";
import {
  ConfigError
} from "./chunk-IS7GHXRZ.js";
import {
  __toESM
} from "./chunk-QOHIKXPB.js";

// src/policy/load.ts
var import_yaml = __toESM(require_dist(), 1);
import { existsSync, readdirSync } from "node:fs";
import { dirname, resolve } from "node:path";

// src/policy/extends.ts
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function mergePolicyLayers(base, over) {
  if (!isObject(base) || !isObject(over)) return over === void 0 ? base : over;
  const out = { ...base };
  for (const [key, value] of Object.entries(over)) out[key] = mergePolicyLayers(base[key], value);
  return out;
}
function hasPath(value, path) {
  let node = value;
  for (const part of path) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, part)) return false;
    node = node[part];
  }
  return true;
}

// src/policy/schema.ts
var gateTreatment = external_exports.enum(["public", "not-public"]);
var glob = external_exports.string().min(1);
var waiver = external_exports.strictObject({
  release: glob.describe("glob over release ids, e.g. skt/A.X-K1"),
  codes: external_exports.array(external_exports.enum(FINDING_CODES)).min(1).describe("finding codes waived, e.g. [GATED_AUTO]"),
  reason: external_exports.string().min(1).describe("why the ministry accepts it; shown in the report"),
  approvedBy: external_exports.string().min(1).describe("who approved the waiver (a person or a decision reference); shown in the report"),
  expires: external_exports.iso.date().optional().describe("YYYY-MM-DD after which the waiver no longer applies")
});
var approvedId = external_exports.union([
  external_exports.string().min(1),
  external_exports.strictObject({
    id: external_exports.string().regex(/^LicenseRef-[A-Za-z0-9.-]+$/, "a custom licence id is LicenseRef-<name>"),
    custom: external_exports.literal(true).describe("the id is the ministry\u2019s own: the licence engine does not know it")
  })
]).transform((v) => typeof v === "string" ? v : v.id);
var licences = external_exports.strictObject({
  osiApproved: external_exports.boolean().describe("approve every OSI-approved SPDX licence (computed from SPDX data)"),
  approve: external_exports.array(approvedId).default([]).describe("further approved ids, e.g. CC-BY-4.0, or {id: LicenseRef-x, custom: true}"),
  deny: external_exports.array(glob).default([]).describe("globs over ids never approved, e.g. CC-BY-NC-*"),
  denyFlags: external_exports.array(external_exports.enum(LICENCE_FLAGS)).default([]).describe("licences carrying these flags are never approved"),
  minConfidence: external_exports.number().gt(0).max(1).default(0.9).describe("a detected text below this confidence counts as unidentified; in (0, 1]"),
  metadataOnly: external_exports.enum(["allow", "unknown"]).default("allow").describe(
    "a licence named only by metadata (no licence text in the repository at all): allow lets it stand, unknown leaves the licence not established"
  )
});
var policySchema = external_exports.strictObject({
  $schema: external_exports.string().optional(),
  extends: external_exports.string().min(1).optional().describe(
    "a preset name (or policy file) this file changes: objects merge key by key, lists replace whole"
  ),
  id: external_exports.string().regex(/^[a-z0-9][a-z0-9.-]*$/, "a policy id is lower-case letters, digits, dots and dashes"),
  title: external_exports.string().min(1),
  description: external_exports.string().optional(),
  threshold: external_exports.number().gt(0, "the threshold is a share strictly between 0 and 1, e.g. 0.5").lt(1, "the threshold is a share strictly between 0 and 1, e.g. 0.5").describe("a team passes when its compliant share is strictly greater than this; in (0, 1)"),
  availability: external_exports.strictObject({
    "gated-auto": gateTreatment.describe("click-through gating (Hub gated: auto)"),
    "gated-manual": gateTreatment.describe("owner-approved gating (Hub gated: manual)")
  }).describe("how gated releases count; private, disabled and missing are never public"),
  weights: external_exports.strictObject({
    required: external_exports.boolean().describe("a repository without weight files is excluded (not a release)"),
    extensions: external_exports.array(external_exports.string().regex(/^\.[a-z0-9.]+$/)).min(1).describe("weight file extensions"),
    // Defaults argued in rules/msit-sovereign-ai-2025.yml: 1M parameters, 1 MiB.
    minParameters: external_exports.number().int().nonnegative().default(1e6).describe("weights stating fewer parameters are a stub: the repository is excluded (WEIGHTS_STUB)"),
    minBytes: external_exports.number().int().nonnegative().default(1048576).describe("weight files of fewer bytes in all are a stub: the repository is excluded (WEIGHTS_STUB)")
  }),
  licences,
  count: external_exports.enum(["family", "repository"]).default("family").describe(
    "family: quantised, converted and re-uploaded copies count once, under their original; repository: every repository counts"
  ),
  families: external_exports.strictObject({
    adapters: external_exports.enum(["listed", "counted"]).default("listed").describe("adapters (LoRA, PEFT) are listed, not counted"),
    forks: external_exports.enum(["listed", "counted"]).default("listed").describe("forks of other owners' repositories are listed, not counted")
  }).default({ adapters: "listed", forks: "listed" }),
  lineage: external_exports.strictObject({
    thirdPartyBase: external_exports.enum(["allow", "flag", "not-counted"]).default("flag").describe(
      "a release built on another owner's weights: allow (an info finding), flag (a warning), not-counted (excluded)"
    )
  }).default({ thirdPartyBase: "flag" }),
  measure: external_exports.enum(["releases", "parameters", "both"]).default("releases").describe(
    "what the threshold is compared with: the share of releases (the rule as written), of parameters, or both"
  ),
  waivers: external_exports.array(waiver).default([])
});

// src/policy/validate.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var knownIds;
function allKnownIds() {
  knownIds ??= [...spdxLicenceIds, ...licenceEntries().flatMap((e) => [e.id, ...e.aliases])];
  return knownIds;
}
function globProblem(pattern) {
  const open = [];
  const pairs = { "]": "[", "}": "{", ")": "(" };
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (c === "[" || c === "{" || c === "(") open.push(c);
    else if (c in pairs) {
      if (open.at(-1) !== pairs[c]) return `"${c}" at position ${i + 1} closes nothing`;
      open.pop();
    }
  }
  if (open.length > 0) return `"${open.at(-1)}" is never closed`;
  try {
    if (import_picomatch.default.makeRe(pattern).source === "$^") return "it matches nothing";
  } catch (error) {
    return error.message;
  }
  return void 0;
}
var DERIVED = /^LicenseRef-(.+)-(modified|renamed)$/;
function canonical(id) {
  const known = lookupLicence(id)?.id;
  if (known) return known;
  const m = DERIVED.exec(id);
  if (!m) return void 0;
  const base = lookupLicence(m[1]) ?? lookupLicence(`LicenseRef-${m[1]}`);
  return base ? `LicenseRef-${base.id.replace(/^LicenseRef-/, "")}-${m[2].toLowerCase()}` : void 0;
}
var list = (v) => Array.isArray(v) ? v : [];
function checkApproved(raw, check) {
  const use = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  list(raw.licences?.approve).forEach((entry, i) => {
    const path = ["licences", "approve", i];
    const custom = typeof entry === "object" && entry !== null;
    const id = custom ? entry.id : entry;
    if (typeof id !== "string") return;
    let result = id;
    if (custom) {
      const known = canonical(id);
      if (known) {
        check.warnings.push({
          path,
          message: `"${id}" is a licence the engine knows, not a custom one`,
          fix: `write it as "${known}" (the engine's flags then apply to it)`
        });
      }
    } else if (/\s/.test(id.trim())) {
      check.problems.push({ path, message: `"${id}" is not one licence id`, fix: "list one id per entry" });
    } else {
      const known = canonical(id);
      if (!known) {
        const near = closest(id, allKnownIds());
        const own = id.startsWith("LicenseRef-") ? `; if it is the ministry's own licence, write {id: ${id}, custom: true}` : "";
        check.problems.push({
          path,
          message: `"${id}" is not an SPDX id or a licence openquota knows`,
          fix: `${near ? `did you mean "${near}"?` : "use an SPDX id, e.g. CC-BY-4.0"}${own}`
        });
      } else if (known !== id) {
        check.warnings.push({
          path,
          message: `"${id}" is spelled "${known}": used as "${known}"`,
          fix: `write "${known}"`
        });
        result = known;
      }
    }
    if (seen.has(result.toLowerCase())) check.warnings.push({ path, message: `"${result}" is listed twice` });
    seen.add(result.toLowerCase());
    use.set(i, result);
  });
  return use;
}
function checkDeny(raw, check) {
  list(raw.licences?.deny).forEach((pattern, i) => {
    if (typeof pattern !== "string" || pattern === "") return;
    const path = ["licences", "deny", i];
    const why = globProblem(pattern);
    if (why) {
      check.problems.push({
        path,
        message: `the glob "${pattern}" does not compile: ${why}`,
        fix: 'e.g. "CC-BY-NC*"'
      });
      return;
    }
    if (!allKnownIds().some((id) => matchesGlob(id, pattern))) {
      const near = closest(pattern.replace(/[*?]/g, ""), allKnownIds());
      check.warnings.push({
        path,
        message: `the glob "${pattern}" matches no licence id openquota knows, so it denies nothing`,
        fix: near ? `did you mean "${near}"?` : "check the spelling against SPDX ids"
      });
    }
  });
}
function checkWaivers(raw, today, check) {
  list(raw.waivers).forEach((w, i) => {
    const { release, expires } = typeof w === "object" && w !== null ? w : {};
    const why = typeof release === "string" && release !== "" ? globProblem(release) : void 0;
    if (why) {
      check.problems.push({
        path: ["waivers", i, "release"],
        message: `the glob "${String(release)}" does not compile: ${why}`,
        fix: 'e.g. "org/model-*"'
      });
    }
    if (typeof expires === "string" && /^\d{4}-\d{2}-\d{2}$/.test(expires) && expires < today) {
      check.warnings.push({
        path: ["waivers", i, "expires"],
        message: `the waiver for "${String(release)}" expired on ${expires}: it no longer applies`,
        fix: "remove it, or give a new expiry date the ministry agreed"
      });
    }
  });
}
function checkPolicy(raw, today) {
  const check = { problems: [], warnings: [] };
  const doc = typeof raw === "object" && raw !== null ? raw : {};
  const use = checkApproved(doc, check);
  checkDeny(doc, check);
  checkWaivers(doc, today, check);
  return {
    ...check,
    normalise: (policy) => ({
      ...policy,
      licences: { ...policy.licences, approve: policy.licences.approve.map((id, i) => use.get(i) ?? id) }
    })
  };
}

// src/policy/load.ts
function presetNames() {
  return readdirSync(rulesPath()).filter((f) => f.endsWith(".yml")).map((f) => f.slice(0, -4)).sort();
}
function resolveRef(ref, baseDir, shownAs) {
  if (/[/\\]|\.(ya?ml|json)$/i.test(ref)) return resolve(baseDir, ref);
  const file = rulesPath(`${ref}.yml`);
  if (!existsSync(file)) {
    throw new ConfigError([
      {
        ...shownAs,
        message: `unknown policy "${ref}"`,
        fix: `use one of the presets (${presetNames().join(", ")}) or a path to a policy file`
      }
    ]);
  }
  return file;
}
var MAX_LAYERS = 5;
async function readLayers(ref, baseDir) {
  const layers = [];
  let next = {
    ref,
    baseDir,
    shownAs: { file: ref, path: "policy" }
  };
  while (next) {
    const file = resolveRef(next.ref, next.baseDir, next.shownAs);
    if (layers.some((l) => l.file === file) || layers.length >= MAX_LAYERS) {
      throw new ConfigError([
        {
          ...next.shownAs,
          message: `extends "${next.ref}", which ${layers.length >= MAX_LAYERS ? `makes a chain longer than ${MAX_LAYERS}` : "is already in the chain (a loop)"}`,
          fix: "extend a preset, e.g. extends: msit-sovereign-ai-2025"
        }
      ]);
    }
    const source = await readConfigFile(
      file,
      "policy file",
      "give a preset name or an existing YAML/JSON file"
    );
    const parsed = parseYaml(source);
    if (!parsed.ok) throw new ConfigError(parsed.problems);
    layers.push({ file, text: source.text, sha256: source.sha256, document: parsed.document });
    const parent = parsed.document.value?.extends;
    next = typeof parent === "string" && parent !== "" ? { ref: parent, baseDir: dirname(file), shownAs: { file, path: "extends" } } : void 0;
  }
  return layers;
}
async function loadPolicy(ref, baseDir = process.cwd(), options = {}) {
  const layers = await readLayers(ref, baseDir);
  const top = layers[0];
  const merged = layers.reduceRight((acc, layer) => {
    const { extends: _e2, $schema: _s2, ...own } = layer.document.value;
    return mergePolicyLayers(acc, own);
  }, {});
  const layerOf = (path) => layers.find((l) => hasPath(l.document.value, path)) ?? (path.length > 0 ? layerOf(path.slice(0, -1)) : top);
  const document = {
    value: merged,
    lineOf: (path) => layerOf(path).document.lineOf(path)
  };
  const note = (n) => ({
    file: layerOf(n.path).file,
    path: renderPath(n.path),
    line: layerOf(n.path).document.lineOf(n.path),
    message: n.message,
    ...n.fix ? { fix: n.fix } : {}
  });
  const today = options.today ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  const checked = checkPolicy(merged, today);
  const problems = layers.length > 1 ? ownIdentity(top, layers[1]) : [];
  const validated = validateDocument((p) => layerOf(p).file, document, policySchema);
  if (!validated.ok) problems.push(...validated.problems);
  problems.push(...checked.problems.map(note));
  if (problems.length > 0 || !validated.ok) throw new ConfigError(capProblems(problems));
  const { $schema: _s, extends: _e, ...policy } = checked.normalise(validated.value);
  const text = layers.length === 1 ? top.text : `# openquota policy ${policy.id}, resolved from ${layers.map((l) => l.file).join(" <- extends ")}
${(0, import_yaml.stringify)(merged, { lineWidth: 0 })}`;
  return {
    ref,
    file: top.file,
    sha256: layers.length === 1 ? top.sha256 : sha256Of(text),
    text,
    policy,
    chain: layers.map((l) => l.file),
    warnings: checked.warnings.map(note)
  };
}
function ownIdentity(top, base) {
  const own = top.document.value;
  const parent = base.document.value;
  const out = [];
  if (own.id === void 0 || own.id === parent.id) {
    out.push({
      file: top.file,
      path: "id",
      line: top.document.lineOf(["id"]),
      message: `a policy that extends "${String(parent.id)}" needs an id of its own`,
      fix: `add "id: ${String(parent.id)}-local" (reports then say which policy judged them)`
    });
  }
  if (own.title === void 0) {
    out.push({
      file: top.file,
      path: "title",
      line: top.document.lineOf(["title"]),
      message: "a policy that extends another needs a title of its own",
      fix: 'add "title: \u2026" saying what it changes'
    });
  }
  return out;
}

export {
  presetNames,
  loadPolicy
};
