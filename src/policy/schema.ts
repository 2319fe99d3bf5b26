import { z } from 'zod';

/** How a gated release is treated: counted as public (with a finding), or not public. */
const gateTreatment = z.enum(['public', 'not-public']);

/** A waiver: a release (glob) whose findings of the listed codes are accepted, with a reason. */
const waiver = z.strictObject({
  release: z.string().min(1).describe('glob over release ids, e.g. skt/A.X-K1'),
  codes: z
    .array(z.string().regex(/^[A-Z_]+$/))
    .min(1)
    .describe('finding codes waived, e.g. [GATED_AUTO]'),
  reason: z.string().min(1).describe('why the ministry accepts it; shown in the report'),
  approvedBy: z
    .string()
    .min(1)
    .describe('who approved the waiver (a person or a decision reference); shown in the report'),
  expires: z.iso.date().optional().describe('YYYY-MM-DD after which the waiver no longer applies'),
});

/** A policy file in `rules/` or given by path: every judgement setting, none hard-coded. */
export const policySchema = z.strictObject({
  $schema: z.string().optional(),
  id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/, 'a policy id is lower-case letters, digits, dots and dashes'),
  title: z.string().min(1),
  description: z.string().optional(),
  threshold: z
    .number()
    .min(0)
    .max(1)
    .describe('a team passes when its compliant share is strictly greater than this'),
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
  }),
  licences: z.strictObject({
    osiApproved: z.boolean().describe('approve every OSI-approved SPDX licence (computed from SPDX data)'),
    approve: z.array(z.string()).default([]).describe('further approved ids, e.g. CC-BY-4.0'),
    deny: z.array(z.string()).default([]).describe('globs over ids never approved, e.g. CC-BY-NC-*'),
    denyFlags: z
      .array(z.enum(['restricted-use', 'non-commercial']))
      .default([])
      .describe('licences carrying these flags are never approved'),
    minConfidence: z
      .number()
      .min(0)
      .max(1)
      .default(0.9)
      .describe('a detected text below this confidence counts as unidentified'),
    metadataOnly: z
      .enum(['allow', 'unknown'])
      .default('allow')
      .describe(
        'a licence named only by metadata (no licence text in the repository at all): allow lets it stand, unknown leaves the licence not established',
      ),
  }),
  waivers: z.array(waiver).default([]),
});

/** A validated policy. */
export type Policy = z.output<typeof policySchema>;
/** A waiver as validated. */
export type Waiver = z.output<typeof waiver>;
