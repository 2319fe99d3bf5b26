import {
  escapeRegExp,
  removeLeftovers,
  siblingOf,
  writeFileAtomic
} from "./chunk-SE3SDTQ5.js";
import "./chunk-EJ2SUCMT.js";
export {
  escapeRegExp,
  removeLeftovers,
  siblingOf,
  writeFileAtomic
};
