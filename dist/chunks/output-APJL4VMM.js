import { createRequire as __oqCreateRequire } from 'node:module'; import { fileURLToPath as __oqFileURLToPath } from 'node:url'; import { dirname as __oqDirname } from 'node:path'; const require = __oqCreateRequire(import.meta.url); const __filename = __oqFileURLToPath(import.meta.url); const __dirname = __oqDirname(__filename);
import {
  FORMAT_EXTENSIONS,
  deliver,
  emitReport,
  exitCodeFor,
  formatOfName,
  langOf,
  langOfArgv,
  noteWriter,
  planOutput,
  plannedOutputs,
  printWarnings,
  useColour
} from "./chunk-G6QYK4T2.js";
import "./chunk-OYI4RGVI.js";
import "./chunk-2HJM3R72.js";
import "./chunk-ZVPDN32M.js";
import "./chunk-26BQZTAX.js";
import "./chunk-L4FZX4DT.js";
import "./chunk-EJ2SUCMT.js";
export {
  FORMAT_EXTENSIONS,
  deliver,
  emitReport,
  exitCodeFor,
  formatOfName,
  langOf,
  langOfArgv,
  noteWriter,
  planOutput,
  plannedOutputs,
  printWarnings,
  useColour
};
