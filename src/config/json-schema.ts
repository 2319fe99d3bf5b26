import { z } from 'zod';
import { policySchema } from '../policy/schema.js';
import { SCHEMA_BASE } from '../project.js';
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
  const { $schema: _s, title: _t, ...body } = full;
  return {
    anyOf: [body, { ...(withoutRequired(body) as JsonSchema), required: ['extends', 'id', 'title'] }],
  };
}

/**
 * JSON Schemas for editors, generated from the zod schemas (the single source of truth), each with
 * an `$id` where the npm package serves it (`SCHEMA_BASE` + file name), which is also what the
 * YAML files' `# yaml-language-server: $schema=` lines point at.
 */
export function jsonSchemas(): Record<string, unknown> {
  const make = (schema: z.ZodType) =>
    z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' }) as JsonSchema;
  const named = (name: string, title: string, schema: JsonSchema) => {
    const { $schema, ...rest } = schema;
    return [name, { $schema, $id: `${SCHEMA_BASE}${name}`, title, ...rest }] as const;
  };
  const policy = make(policySchema);
  return Object.fromEntries([
    named('programme.schema.json', 'openquota programme file', make(programmeSchema)),
    named('policy.schema.json', 'openquota policy file', {
      $schema: policy.$schema,
      ...policyFileSchema(policy),
    }),
  ]);
}
