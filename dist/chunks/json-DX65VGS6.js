import {
  renderJson
} from "./chunk-26BQZTAX.js";
import "./chunk-EJ2SUCMT.js";
export {
  renderJson
};
