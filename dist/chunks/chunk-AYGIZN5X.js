import { createRequire as __oqCreateRequire } from 'node:module'; import { fileURLToPath as __oqFileURLToPath } from 'node:url'; import { dirname as __oqDirname } from 'node:path'; const require = __oqCreateRequire(import.meta.url); const __filename = __oqFileURLToPath(import.meta.url); const __dirname = __oqDirname(__filename);
import {
  rulesPath
} from "./chunk-4XURTWPT.js";

// src/example-path.ts
import { dirname, isAbsolute, join, relative } from "node:path";
function exampleEvidencePath(cwd) {
  const dir = join(dirname(rulesPath()), "examples", "sovereign-ai-2025", "evidence");
  const rel = relative(cwd, dir);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : dir;
}

export {
  exampleEvidencePath
};
