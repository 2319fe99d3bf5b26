import {
  DEFAULT_WIDTH,
  alignColumns,
  displayWidth,
  renderTable
} from "./chunk-2HP7RKX2.js";
import "./chunk-4GEQ52XR.js";
import "./chunk-L4FZX4DT.js";
import "./chunk-EJ2SUCMT.js";
export {
  DEFAULT_WIDTH,
  alignColumns,
  displayWidth,
  renderTable
};
