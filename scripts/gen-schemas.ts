// Writes rules/schema/*.json from the zod schemas; test/config/json-schema.test.ts fails when they are stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { jsonSchemas } from '../src/config/json-schema.js';

mkdirSync('rules/schema', { recursive: true });
for (const [name, schema] of Object.entries(jsonSchemas())) {
  writeFileSync(`rules/schema/${name}`, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote rules/schema/${name}`);
}
