import { createRequire as __oqCreateRequire } from 'node:module'; import { fileURLToPath as __oqFileURLToPath } from 'node:url'; import { dirname as __oqDirname } from 'node:path'; const require = __oqCreateRequire(import.meta.url); const __filename = __oqFileURLToPath(import.meta.url); const __dirname = __oqDirname(__filename);
import {
  MAX_POINTER_BYTES,
  WEIGHT_EXTENSIONS,
  frontMatterLicences,
  isWeightPath,
  parseLfsPointer,
  repoLinks
} from "./chunk-AQCJ6A3T.js";
import "./chunk-A4L3TASA.js";
import "./chunk-EJ2SUCMT.js";
export {
  MAX_POINTER_BYTES,
  WEIGHT_EXTENSIONS,
  frontMatterLicences,
  isWeightPath,
  parseLfsPointer,
  repoLinks
};
