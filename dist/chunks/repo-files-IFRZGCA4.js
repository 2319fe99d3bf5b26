import {
  MAX_POINTER_BYTES,
  WEIGHT_EXTENSIONS,
  frontMatterLicences,
  isWeightPath,
  parseLfsPointer,
  repoLinks
} from "./chunk-2LADN3I2.js";
import "./chunk-SULYZT3E.js";
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
