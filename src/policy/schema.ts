import { z } from 'zod';
import { FINDING_CODES } from '../types.js';
import { LICENCE_FLAGS } from './licences.js';

/** How a gated release is treated: counted as public (with a finding), or not public. */
const gateTreatment = z.enum(['public', 'not-public']);

/** A glob over ids; checked to compile (balanced brackets and braces) when the policy is loaded. */
const glob = z.string().min(1);

/** A waiver: a release (glob) whose findings of the listed codes are accepted, with a reason. */
const waiver = z.strictObject({
  release: glob.describe('glob over release ids, e.g. skt/A.X-K1'),
  codes: z.array(z.enum(FINDING_CODES)).min(1).describe('finding codes waived, e.g. [GATED_AUTO]'),
  reason: z.string().min(1).describe('why the ministry accepts it; shown in the report'),
  approvedBy: z
    .string()
    .min(1)
    .describe('who approved the waiver (a person or a decision reference); shown in the report'),
  expires: z.iso.date().optional().describe('YYYY-MM-DD after which the waiver no longer applies'),
});

/**
 * An approved licence id: an SPDX id or a LicenseRef the licence engine knows, or a LicenseRef of
 * the ministry's own written `{id, custom: true}` (a custom licence it has reviewed), so a typo
 * such as `LicenseRef-lama3` is never approved by accident.
 */
const approvedId = z
  .union([
    z.string().min(1),
    z.strictObject({
      id: z.string().regex(/^LicenseRef-[A-Za-z0-9.-]+$/, 'a custom licence id is LicenseRef-<name>'),
      custom: z.literal(true).describe('the id is the ministry’s own: the licence engine does not know it'),
    }),
  ])
  .transform((v) => (typeof v === 'string' ? v : v.id));

/** Which licences are approved: every setting of the approval rule. */
const licences = z.strictObject({
  osiApproved: z.boolean().describe('approve every OSI-approved SPDX licence (computed from SPDX data)'),
  approve: z
    .array(approvedId)
    .default([])
    .describe('further approved ids, e.g. CC-BY-4.0, or {id: LicenseRef-x, custom: true}'),
  deny: z.array(glob).default([]).describe('globs over ids never approved, e.g. CC-BY-NC-*'),
  denyFlags: z
    .array(z.enum(LICENCE_FLAGS))
    .default([])
    .describe('licences carrying these flags are never approved'),
  minConfidence: z
    .number()
    .gt(0)
    .max(1)
    .default(0.9)
    .describe('a detected text below this confidence counts as unidentified; in (0, 1]'),
  metadataOnly: z
    .enum(['allow', 'unknown'])
    .default('allow')
    .describe(
      'a licence named only by metadata (no licence text in the repository at all): allow lets it stand, unknown leaves the licence not established',
    ),
});

/**
 * A policy file in `rules/` or given by path: every judgement setting, none hard-coded. A file
 * with `extends: PRESET` holds only the keys it changes: objects are merged key by key with the
 * preset's, a list replaces the preset's list whole; it must give its own `id` and `title`.
 */
export const policySchema = z.strictObject({
  $schema: z.string().optional(),
  extends: z
    .string()
    .min(1)
    .optional()
    .describe(
      'a preset name (or policy file) this file changes: objects merge key by key, lists replace whole',
    ),
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'a policy id is lower-case letters, digits, dots and dashes'),
  title: z.string().min(1),
  description: z.string().optional(),
  threshold: z
    .number()
    .gt(0, 'the threshold is a share strictly between 0 and 1, e.g. 0.5')
    .lt(1, 'the threshold is a share strictly between 0 and 1, e.g. 0.5')
    .describe('a team passes when its compliant share is strictly greater than this; in (0, 1)'),
  availability: z
    .strictObject({
      'gated-auto': gateTreatment.describe('click-through gating (Hub gated: auto)'),
      'gated-manual': gateTreatment.describe('owner-approved gating (Hub gated: manual)'),
    })
    .describe('how gated releases count; private, disabled and missing are never public'),
  weights: z.strictObject({
    required: z.boolean().describe('a repository without weight files is excluded (not a release)'),
    extensions: z
      .array(z.string().regex(/^\.[a-z0-9.]+$/))
      .min(1)
      .describe('weight file extensions'),
    // Defaults argued in rules/msit-sovereign-ai-2025.yml: 1M parameters, 1 MiB.
    minParameters: z
      .number()
      .int()
      .nonnegative()
      .default(1_000_000)
      .describe('weights stating fewer parameters are a stub: the repository is excluded (WEIGHTS_STUB)'),
    minBytes: z
      .number()
      .int()
      .nonnegative()
      .default(1_048_576)
      .describe('weight files of fewer bytes in all are a stub: the repository is excluded (WEIGHTS_STUB)'),
  }),
  licences,
  count: z
    .enum(['family', 'repository'])
    .default('family')
    .describe(
      'family: quantised, converted and re-uploaded copies count once, under their original; repository: every repository counts',
    ),
  families: z
    .strictObject({
      adapters: z
        .enum(['listed', 'counted'])
        .default('listed')
        .describe('adapters (LoRA, PEFT) are listed, not counted'),
      forks: z
        .enum(['listed', 'counted'])
        .default('listed')
        .describe("forks of other owners' repositories are listed, not counted"),
    })
    .default({ adapters: 'listed', forks: 'listed' }),
  lineage: z
    .strictObject({
      thirdPartyBase: z
        .enum(['allow', 'flag', 'not-counted'])
        .default('flag')
        .describe(
          "a release built on another owner's weights: allow (an info finding), flag (a warning), not-counted (excluded)",
        ),
    })
    .default({ thirdPartyBase: 'flag' }),
  measure: z
    .enum(['releases', 'parameters', 'both'])
    .default('releases')
    .describe(
      'what the threshold is compared with: the share of releases (the rule as written), of parameters, or both',
    ),
  waivers: z.array(waiver).default([]),
});

/** A validated policy. */
export type Policy = z.output<typeof policySchema>;
/** A waiver as validated. */
export type Waiver = z.output<typeof waiver>;
