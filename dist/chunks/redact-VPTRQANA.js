import {
  MASK,
  createRedactor,
  redactDeep,
  redactShapes,
  withoutUserinfo
} from "./chunk-I4IUDEWL.js";
import "./chunk-EJ2SUCMT.js";
export {
  MASK,
  createRedactor,
  redactDeep,
  redactShapes,
  withoutUserinfo
};
