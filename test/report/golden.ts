// Golden files: renderer output compared byte for byte with committed files under test/fixtures/golden.
// Update them deliberately with `UPDATE_GOLDEN=1 npx vitest run test/report`, then review the git diff.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { Report } from '../../src/types.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

/** A fixture report (`round-1`, `round-2`), parsed fresh each time so tests may mutate it. */
export function fixtureReport(name: 'round-1' | 'round-2'): Report {
  return JSON.parse(readFileSync(join(root, 'reports', `${name}.json`), 'utf8')) as Report;
}

/** Compares `actual` with the golden file `name`; writes it instead when UPDATE_GOLDEN=1. */
export function expectGolden(name: string, actual: string): void {
  const file = join(root, 'golden', name);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  if (!existsSync(file)) {
    throw new Error(
      `golden file test/fixtures/golden/${name} is missing: run UPDATE_GOLDEN=1 npx vitest run test/report and review it`,
    );
  }
  expect(actual, `differs from test/fixtures/golden/${name} (UPDATE_GOLDEN=1 to accept)`).toBe(
    readFileSync(file, 'utf8'),
  );
}
