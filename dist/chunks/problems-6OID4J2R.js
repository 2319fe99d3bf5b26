import { createRequire as __oqCreateRequire } from 'node:module'; import { fileURLToPath as __oqFileURLToPath } from 'node:url'; import { dirname as __oqDirname } from 'node:path'; const require = __oqCreateRequire(import.meta.url); const __filename = __oqFileURLToPath(import.meta.url); const __dirname = __oqDirname(__filename);
import {
  COMMAND_LINE,
  Problems,
  codedProblem
} from "./chunk-AW6Y5MFZ.js";
import "./chunk-2HJM3R72.js";
import "./chunk-L4FZX4DT.js";
import "./chunk-EJ2SUCMT.js";
export {
  COMMAND_LINE,
  Problems,
  codedProblem
};
