import { createRequire as __oqCreateRequire } from 'node:module'; import { fileURLToPath as __oqFileURLToPath } from 'node:url'; import { dirname as __oqDirname } from 'node:path'; const require = __oqCreateRequire(import.meta.url); const __filename = __oqFileURLToPath(import.meta.url); const __dirname = __oqDirname(__filename);
import {
  componentTypeOf,
  purlOf,
  renderCycloneDx
} from "./chunk-WEGESMCY.js";
import "./chunk-ULKOY3PM.js";
import "./chunk-4CAMS7YO.js";
import "./chunk-EJ2SUCMT.js";
export {
  componentTypeOf,
  purlOf,
  renderCycloneDx
};
