import { createRequire as __oqCreateRequire } from 'node:module'; import { fileURLToPath as __oqFileURLToPath } from 'node:url'; import { dirname as __oqDirname } from 'node:path'; const require = __oqCreateRequire(import.meta.url); const __filename = __oqFileURLToPath(import.meta.url); const __dirname = __oqDirname(__filename);
import {
  GITHUB_COMMENT_LIMIT,
  renderMarkdown
} from "./chunk-NCZB4GEB.js";
import "./chunk-MSVANNZG.js";
import "./chunk-4GEQ52XR.js";
import "./chunk-TGXUKUHP.js";
import "./chunk-4CAMS7YO.js";
import "./chunk-L4FZX4DT.js";
import "./chunk-EJ2SUCMT.js";
export {
  GITHUB_COMMENT_LIMIT,
  renderMarkdown
};
