import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../src/config/json-schema.js';
import { VERSION } from '../../src/version.js';

describe('generated files are current', () => {
  it.each(Object.entries(jsonSchemas()))(
    'rules/schema/%s matches the zod schema (run `npm run schemas`)',
    (name, schema) => {
      const committed = JSON.parse(
        readFileSync(new URL(`../../rules/schema/${name}`, import.meta.url), 'utf8'),
      );
      expect(committed).toEqual(JSON.parse(JSON.stringify(schema)));
    },
  );

  it('src/version.ts matches package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(VERSION).toBe(pkg.version);
  });
});
