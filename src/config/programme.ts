import { z } from 'zod';

/** A team id: lower-case letters, digits and dashes, as used in `--team` and report keys. */
const teamId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'a team id is lower-case letters, digits and dashes, e.g. lg-ai-research');

/** A Hub author (user or org) name, e.g. `LGAI-EXAONE`. */
const hubAuthor = z
  .string()
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9._-]*$/,
    'a Hub author is an org or user name, e.g. LGAI-EXAONE (no slash, no URL)',
  );

/** A GitHub org or user login. */
const githubOrg = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9-]*$/, 'a GitHub org is a login, e.g. LG-AI-EXAONE (no slash, no URL)');

/** A git URL over https, ssh or file (other transports are refused when cloning). */
const gitUrl = z
  .string()
  .regex(
    /^(https:\/\/|ssh:\/\/|file:\/\/|git@[\w.-]+:)[^\s]+$/,
    'a git repository is an https://, ssh://, git@host: or file:// URL',
  );

/** A declared release: a Hub id `org/name`, `github:owner/repo`, or a git URL. */
const declaredModel = z
  .string()
  .regex(
    /^((hf:)?[A-Za-z0-9][\w.-]*\/[\w.-]+|github:[\w.-]+\/[\w.-]+|(https|ssh|file):\/\/\S+|git@[\w.-]+:\S+)$/,
    'a declared model is a Hub id like LGAI-EXAONE/EXAONE-4.0-32B, github:owner/repo, or a git URL',
  );

/** An exclusion: a glob over release ids, with the reason shown in the report. */
const exclusion = z.union([
  z.string().min(1),
  z.strictObject({
    pattern: z.string().min(1).describe('glob over release ids, e.g. LGAI-EXAONE/*-GGUF'),
    reason: z.string().min(1).describe('why these releases do not count, shown in the report'),
  }),
]);

/** One team of the programme and where its releases live. */
export const teamSchema = z.strictObject({
  id: teamId.describe('stable id used by --team and in reports'),
  name: z.string().min(1).describe('display name'),
  huggingface: z.array(hubAuthor).default([]).describe('Hub authors whose models are discovered'),
  github: z.array(githubOrg).default([]).describe('GitHub orgs whose repositories are inspected'),
  git: z.array(gitUrl).default([]).describe('other git repositories'),
  models: z.array(declaredModel).default([]).describe('declared releases: always counted'),
  exclude: z.array(exclusion).default([]).describe('globs over release ids that do not count'),
});

/** The programme file (`openquota.yml`). */
export const programmeSchema = z
  .strictObject({
    $schema: z.string().optional(),
    programme: z.string().min(1).describe('title of the programme'),
    policy: z
      .string()
      .min(1)
      .default('msit-sovereign-ai-2025')
      .describe('a preset name in rules/ or a path to a policy file'),
    teams: z.array(teamSchema).min(1, 'list at least one team'),
  })
  .superRefine((value, ctx) => {
    const seen = new Map<string, number>();
    value.teams.forEach((team, index) => {
      const first = seen.get(team.id);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['teams', index, 'id'],
          message: `team id "${team.id}" is already used by teams[${first}]; give each team its own id`,
        });
      } else seen.set(team.id, index);
      if (team.huggingface.length + team.github.length + team.git.length + team.models.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['teams', index],
          message: `team "${team.id}" names no registry and no model; add huggingface:, github:, git: or models:`,
        });
      }
    });
  });

/** A validated programme file. */
export type Programme = z.output<typeof programmeSchema>;
/** One validated team. */
export type Team = z.output<typeof teamSchema>;
