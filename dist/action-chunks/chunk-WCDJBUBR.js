import {
  external_exports
} from "./chunk-F2ZSLCTL.js";

// src/config/programme.ts
var teamId = external_exports.string().regex(/^[a-z0-9][a-z0-9-]*$/, "a team id is lower-case letters, digits and dashes, e.g. lg-ai-research");
var hubAuthor = external_exports.string().regex(
  /^[A-Za-z0-9][A-Za-z0-9._-]*$/,
  "a Hub author is an org or user name, e.g. LGAI-EXAONE (no slash, no URL)"
);
var githubOrg = external_exports.string().regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, "a GitHub org is a login, e.g. LG-AI-EXAONE (no slash, no URL)");
var gitUrl = external_exports.string().regex(
  /^(https:\/\/|ssh:\/\/|file:\/\/|git@[\w.-]+:)[^\s]+$/,
  "a git repository is an https://, ssh://, git@host: or file:// URL"
);
var declaredModel = external_exports.string().regex(
  /^((hf:)?[A-Za-z0-9][\w.-]*\/[\w.-]+|github:[\w.-]+\/[\w.-]+|(https|ssh|file):\/\/\S+|git@[\w.-]+:\S+)$/,
  "a declared model is a Hub id like LGAI-EXAONE/EXAONE-4.0-32B, github:owner/repo, or a git URL"
);
var exclusion = external_exports.union([
  external_exports.string().min(1),
  external_exports.strictObject({
    pattern: external_exports.string().min(1).describe("glob over release ids, e.g. LGAI-EXAONE/*-GGUF"),
    reason: external_exports.string().min(1).describe("why these releases do not count, shown in the report")
  })
]);
var teamSchema = external_exports.strictObject({
  id: teamId.describe("stable id used by --team and in reports"),
  name: external_exports.string().min(1).describe("display name"),
  huggingface: external_exports.array(hubAuthor).default([]).describe("Hub authors whose models are discovered"),
  github: external_exports.array(githubOrg).default([]).describe("GitHub orgs whose repositories are inspected"),
  git: external_exports.array(gitUrl).default([]).describe("other git repositories"),
  models: external_exports.array(declaredModel).default([]).describe("declared releases: always counted"),
  exclude: external_exports.array(exclusion).default([]).describe("globs over release ids that do not count")
});
var programmeSchema = external_exports.strictObject({
  $schema: external_exports.string().optional(),
  programme: external_exports.string().min(1).describe("title of the programme"),
  policy: external_exports.string().min(1).default("msit-sovereign-ai-2025").describe("a preset name in rules/ or a path to a policy file"),
  teams: external_exports.array(teamSchema).min(1, "list at least one team")
}).superRefine((value, ctx) => {
  const seen = /* @__PURE__ */ new Map();
  value.teams.forEach((team, index) => {
    const first = seen.get(team.id);
    if (first !== void 0) {
      ctx.addIssue({
        code: "custom",
        path: ["teams", index, "id"],
        message: `team id "${team.id}" is already used by teams[${first}]; give each team its own id`
      });
    } else seen.set(team.id, index);
    if (team.huggingface.length + team.github.length + team.git.length + team.models.length === 0) {
      ctx.addIssue({
        code: "custom",
        path: ["teams", index],
        message: `team "${team.id}" names no registry and no model; add huggingface:, github:, git: or models:`
      });
    }
  });
});

export {
  programmeSchema
};
