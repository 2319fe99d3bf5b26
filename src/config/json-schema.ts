import { z } from 'zod';
import { policySchema } from '../policy/schema.js';
import { SCHEMA_BASE } from '../project.js';
import { programmeSchema } from './programme.js';

/**
 * JSON Schemas for editors, generated from the zod schemas (the single source of truth), each with
 * an `$id` where the npm package serves it (`SCHEMA_BASE` + file name), which is also what the
 * YAML files' `# yaml-language-server: $schema=` lines point at.
 */
export function jsonSchemas(): Record<string, unknown> {
  const make = (name: string, schema: z.ZodType, title: string) => {
    const { $schema, ...rest } = z.toJSONSchema(schema, {
      io: 'input',
      target: 'draft-2020-12',
      unrepresentable: 'any',
    });
    return [name, { $schema, $id: `${SCHEMA_BASE}${name}`, title, ...rest }] as const;
  };
  return Object.fromEntries([
    make('programme.schema.json', programmeSchema, 'openquota programme file'),
    make('policy.schema.json', policySchema, 'openquota policy file'),
  ]);
}
