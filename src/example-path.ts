import { dirname, isAbsolute, join, relative } from 'node:path';
import { rulesPath } from './rules-path.js';

/**
 * The example evidence bundle the package ships (`examples/sovereign-ai-2025/evidence`, beside
 * `rules/`), as a path to type from `cwd`: `examples/…` in a clone, `node_modules/openquota/examples/…`
 * after `npm install openquota`, absolute for a global install. The help's quick start names it,
 * so `npx openquota evaluate <that path>` works from wherever the command was run.
 */
export function exampleEvidencePath(cwd: string): string {
  const dir = join(dirname(rulesPath()), 'examples', 'sovereign-ai-2025', 'evidence');
  const rel = relative(cwd, dir);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : dir;
}
