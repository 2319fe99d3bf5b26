import { createRequire as __oqCreateRequire } from 'node:module'; import { fileURLToPath as __oqFileURLToPath } from 'node:url'; import { dirname as __oqDirname } from 'node:path'; const require = __oqCreateRequire(import.meta.url); const __filename = __oqFileURLToPath(import.meta.url); const __dirname = __oqDirname(__filename);
import {
  INFORMATION_URI,
  primaryCode,
  renderSarif
} from "./chunk-X2BV2ESL.js";
import "./chunk-Q7H27O3X.js";
import "./chunk-7BEMUAYC.js";
import "./chunk-4IE773XW.js";
import "./chunk-4I2ZW4QJ.js";
import "./chunk-LWROSMAF.js";
import "./chunk-A4L3TASA.js";
import "./chunk-2HJM3R72.js";
import "./chunk-ZVPDN32M.js";
import "./chunk-L4FZX4DT.js";
import "./chunk-EJ2SUCMT.js";
export {
  INFORMATION_URI,
  primaryCode,
  renderSarif
};
