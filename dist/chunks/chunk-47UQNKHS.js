import {
  displayUrl,
  githubRepoId,
  hubId,
  isGitUrl,
  readLineage
} from "./chunk-G7PQX2GY.js";
import {
  judge,
  judgeAsPublished,
  resolveLicence
} from "./chunk-53VXJEX3.js";
import {
  FINDING_HELP
} from "./chunk-YTWAXF7Y.js";
import {
  ConfigError
} from "./chunk-2HJM3R72.js";

// src/check.ts
import { stat } from "node:fs/promises";
import { resolve } from "node:path";

// src/check-fixes.ts
var ORIGIN_LABELS = {
  "readme-front-matter": "README.md front matter",
  "hub-card": "the model card metadata",
  "hub-tag": "the Hub `license:` tag",
  "github-api": "GitHub\u2019s licence API",
  "spdx-tag": "an SPDX-License-Identifier tag"
};
var arg = (f, key) => String(f.args?.[key] ?? "");
function detectedFiles(ctx) {
  const files = ctx.resolved.detections.filter((d) => d.licence && ctx.evidence.texts.find((t) => t.path === d.file)?.role === "licence").map((d) => d.file);
  return files.length > 0 ? files.join(" and ") : "the licence text";
}
var FIXES = {
  LICENCE_MISMATCH: (f, ctx) => {
    const origin = ctx.resolved.declaredOrigin ?? "";
    const raw = ctx.evidence.facts.declaredLicences.find((d) => d.origin === origin)?.value ?? arg(f, "declared");
    const where = ORIGIN_LABELS[origin] ?? "the metadata";
    return `${where} says \`license: ${raw}\` but ${detectedFiles(ctx)} is ${arg(f, "detected")} \u2014 make them name the same licence`;
  },
  NO_WEIGHTS: () => "no weight files: this repository would not count as a release \u2014 add the weights (e.g. model.safetensors, with Git LFS), or declare the repository in `models:` if it is the release",
  NOT_PUBLIC: (f) => `the release is ${arg(f, "availability") || "not public"} \u2014 make it public (no manual gating) so it can be reached without credentials`,
  LICENCE_NOT_APPROVED: (f, ctx) => `${arg(f, "licence")} is not an approved open licence under ${ctx.policyId} \u2014 release the weights under an approved licence (e.g. Apache-2.0, MIT, CC-BY-4.0)`,
  LICENCE_NON_COMMERCIAL: (f) => `${arg(f, "licence")} forbids commercial use \u2014 an open licence must allow it; choose one such as Apache-2.0 or MIT`,
  LICENCE_RESTRICTED_USE: (f) => `${arg(f, "licence")} restricts how the model may be used \u2014 an open licence has no field-of-use limits; choose one such as Apache-2.0 or MIT`,
  LICENCE_DENIED: (f, ctx) => `${arg(f, "licence")} is denied by ${ctx.policyId} \u2014 replace it with an approved open licence`,
  LICENCE_MISSING: () => "no licence found \u2014 add a LICENSE file with the full licence text and name it in README.md front matter (e.g. `license: apache-2.0`)",
  LICENCE_UNREADABLE: (f, ctx) => {
    const file = arg(f, "file");
    const error = ctx.evidence.texts.find((t) => t.path === file)?.error ?? "";
    return error.startsWith("refused") ? `${file} could not be read (${error}) \u2014 make ${file} a regular file inside the repository holding the licence text` : `${file} could not be read (${error || "unknown error"}) \u2014 make it readable, or re-run with a token that can read it`;
  },
  LICENCE_UNIDENTIFIED: (f, ctx) => {
    const closest = ctx.resolved.detections.find((d) => d.file === arg(f, "file"))?.closest;
    return `${arg(f, "file")} matches no known licence${closest ? ` (closest: ${closest.licence})` : ""} \u2014 use the licence's standard text unmodified, or ask the ministry to review a custom licence`;
  },
  AVAILABILITY_NOT_CHECKED: () => "nothing to fix here: publish the release without gating (or with click-through gating, where the policy allows it), then run openquota check org/name on it to check availability",
  LICENCE_MODIFIED: (f) => `${arg(f, "file") || "the licence text"} is ${arg(f, "base")} with ${arg(f, "how") === "renamed" ? "its names changed" : "terms added or changed"}${arg(f, "extra") ? ` ("${arg(f, "extra")}")` : ""} \u2014 use the standard ${arg(f, "base")} text unmodified and state nothing that restricts it, or ask the ministry to review the changed terms`,
  LICENCE_TEXT_MISSING: () => "add the full licence text as LICENSE (one file per licence the card names), so the licence rests on the text, not only on metadata",
  MALFORMED_METADATA: (f) => `${f.message.split(":")[0]} \u2014 write \`license:\` as one licence id or a list of ids (e.g. \`license: apache-2.0\`), and \`license_name\` / \`license_link\` as text`,
  DECLARED_NOT_EXCLUDED: (f) => `the release is declared in models:, so exclude: ${arg(f, "pattern")} does not apply to it \u2014 remove it from models: if it should not count, or narrow the glob`,
  SOURCE_FAILED: (f) => `the registry could not be asked (${f.message}) \u2014 re-run later; nothing was established`
};
function fixFor(finding, ctx) {
  return FIXES[finding.code]?.(finding, ctx) ?? FINDING_HELP[finding.code];
}

// src/check.ts
async function classifyTarget(target, cwd) {
  const trimmed = target.trim();
  const dir = await stat(resolve(cwd, trimmed)).catch(() => void 0);
  if (dir?.isDirectory() && !/^[a-z]+:\/\//i.test(trimmed)) return { kind: "local", id: trimmed };
  const github = githubRepoId(trimmed);
  if (github) return { kind: "github", id: github };
  if (isGitUrl(trimmed) || trimmed.startsWith("-") || trimmed.includes("::"))
    return { kind: "git", id: trimmed };
  const hub = hubId(trimmed);
  if (hub) return { kind: "huggingface", id: hub };
  throw new ConfigError([
    {
      file: "openquota check",
      path: "TARGET",
      message: `"${target}" is not a directory, a Hub id, a GitHub repository or a git URL`,
      fix: "e.g. openquota check ., openquota check LGAI-EXAONE/EXAONE-4.0-32B, openquota check github:owner/repo"
    }
  ]);
}
var CHECK_TEAM = {
  id: "check",
  name: "check",
  huggingface: [],
  github: [],
  git: [],
  models: [],
  exclude: []
};
async function check(input) {
  const { kind, id } = await classifyTarget(input.target, input.cwd);
  const source = input.sources.find((s) => s.kind === kind);
  if (!source) {
    throw new ConfigError([
      { file: "openquota check", path: "TARGET", message: `this openquota has no ${kind} source configured` }
    ]);
  }
  const release = {
    source: kind,
    id: kind === "local" ? resolve(input.cwd, id) : displayUrl(id),
    team: CHECK_TEAM.id,
    declared: false,
    origin: `check: ${displayUrl(input.target)}`,
    ...kind === "git" ? { listing: id } : {}
  };
  const inspected = await source.inspect(release);
  const owner = kind === "huggingface" ? [inspected.facts.id.split("/")[0]] : [];
  const [evidence] = await readLineage(
    [inspected],
    [{ ...CHECK_TEAM, huggingface: owner }],
    input.sources
  );
  if (kind === "local") evidence.facts.id = id;
  const { policy } = input.policy;
  const resolved = resolveLicence(evidence, input.engine.identify, policy.licences.minConfidence);
  const model = (kind === "local" ? judgeAsPublished : judge)(evidence, resolved, {
    policy,
    team: CHECK_TEAM,
    lookup: input.engine.lookup,
    refines: input.engine.refines,
    today: input.now.toISOString().slice(0, 10)
  });
  const fixes = model.reasons.map((f) => fixFor(f, { evidence, resolved, policyId: policy.id }));
  return { model, fixes };
}

export {
  check
};
