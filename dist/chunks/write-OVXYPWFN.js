import {
  escapeRegExp,
  removeLeftovers,
  siblingOf,
  writeFileAtomic
} from "./chunk-DVS2ILXM.js";
import "./chunk-EJ2SUCMT.js";
export {
  escapeRegExp,
  removeLeftovers,
  siblingOf,
  writeFileAtomic
};
