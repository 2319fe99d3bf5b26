import { z } from 'zod';
import { policySchema } from '../policy/schema.js';
import { programmeSchema } from './programme.js';

/** JSON Schemas for editors, generated from the zod schemas (the single source of truth). */
export function jsonSchemas(): Record<string, unknown> {
  const make = (schema: z.ZodType, title: string) => ({
    ...z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }),
    title,
  });
  return {
    'programme.schema.json': make(programmeSchema, 'openquota programme file'),
    'policy.schema.json': make(policySchema, 'openquota policy file'),
  };
}
