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
