import { z } from 'zod';
import { policySchema } from '../policy/schema.js';
import { programmeSchema } from './programme.js';

type JsonSchema = Record<string, unknown>;

/** The same schema with no key required at any depth: what a file that `extends:` another may hold. */
function withoutRequired(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withoutRequired);
  if (typeof schema !== 'object' || schema === null) return schema;
  return Object.fromEntries(
    Object.entries(schema)
      .filter(([key]) => key !== 'required')
      .map(([key, value]) => [key, withoutRequired(value)]),
  );
}

/**
 * A policy file is either a whole policy, or one with `extends:` that changes a few keys (and names
 * itself with `id` and `title`); editors see both forms.
 */
function policyFileSchema(full: JsonSchema): JsonSchema {
  const { $schema, title: _t, ...body } = full;
  return {
    $schema,
    anyOf: [body, { ...(withoutRequired(body) as JsonSchema), required: ['extends', 'id', 'title'] }],
  };
}

/** JSON Schemas for editors, generated from the zod schemas (the single source of truth). */
export function jsonSchemas(): Record<string, unknown> {
  const make = (schema: z.ZodType) =>
    z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }) as JsonSchema;
  return {
    'programme.schema.json': { ...make(programmeSchema), title: 'openquota programme file' },
    'policy.schema.json': { ...policyFileSchema(make(policySchema)), title: 'openquota policy file' },
  };
}
