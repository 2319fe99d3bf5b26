import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Absolute path of a file in the package's `rules/` folder. Works from `src/` (tests, tsx) and
 * from the bundles in `dist/`, which sit one level below the package root like `src/` does.
 */
export function rulesPath(...parts: string[]): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    const candidate = join(dir, 'rules');
    if (existsSync(join(candidate, 'hub-licences.tsv'))) return join(candidate, ...parts);
    dir = dirname(dir);
  }
  return join(dirname(fileURLToPath(import.meta.url)), '..', 'rules', ...parts);
}
