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
