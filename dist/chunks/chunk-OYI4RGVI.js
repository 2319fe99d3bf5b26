import { createRequire as __oqCreateRequire } from 'node:module'; import { fileURLToPath as __oqFileURLToPath } from 'node:url'; import { dirname as __oqDirname } from 'node:path'; const require = __oqCreateRequire(import.meta.url); const __filename = __oqFileURLToPath(import.meta.url); const __dirname = __oqDirname(__filename);

// src/cli/io.ts
var EXIT = {
  /** Every team passes / the model complies. */
  ok: 0,
  /** A team fails / the model does not comply / a regression. */
  fail: 1,
  /** Usage or configuration error. */
  usage: 2,
  /** Nothing fails but something is incomplete or unknown, or the run could not finish. */
  incomplete: 3
};

export {
  EXIT
};
