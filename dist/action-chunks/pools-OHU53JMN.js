import { createRequire as __oqCreateRequire } from 'node:module'; import { fileURLToPath as __oqFileURLToPath } from 'node:url'; import { dirname as __oqDirname } from 'node:path'; const require = __oqCreateRequire(import.meta.url); const __filename = __oqFileURLToPath(import.meta.url); const __dirname = __oqDirname(__filename);
import {
  DEFAULT_POOLS,
  MAX_POOL,
  POOL_KINDS,
  createLimiters,
  formatPools,
  noFigures,
  parsePools,
  releasesInFlight
} from "./chunk-L67MFM7Y.js";
import "./chunk-QOHIKXPB.js";
export {
  DEFAULT_POOLS,
  MAX_POOL,
  POOL_KINDS,
  createLimiters,
  formatPools,
  noFigures,
  parsePools,
  releasesInFlight
};
