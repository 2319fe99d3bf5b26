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
