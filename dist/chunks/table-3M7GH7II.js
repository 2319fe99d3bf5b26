import { createRequire as __oqCreateRequire } from 'node:module'; import { fileURLToPath as __oqFileURLToPath } from 'node:url'; import { dirname as __oqDirname } from 'node:path'; const require = __oqCreateRequire(import.meta.url); const __filename = __oqFileURLToPath(import.meta.url); const __dirname = __oqDirname(__filename);
import {
  DEFAULT_WIDTH,
  alignColumns,
  displayWidth,
  renderTable
} from "./chunk-2HP7RKX2.js";
import "./chunk-4GEQ52XR.js";
import "./chunk-L4FZX4DT.js";
import "./chunk-EJ2SUCMT.js";
export {
  DEFAULT_WIDTH,
  alignColumns,
  displayWidth,
  renderTable
};
