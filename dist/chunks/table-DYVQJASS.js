import {
  DEFAULT_WIDTH,
  alignColumns,
  displayWidth,
  renderTable
} from "./chunk-B3ZYYRWK.js";
import "./chunk-KCIVRVQ6.js";
import "./chunk-5DV5IZJ5.js";
import "./chunk-EJ2SUCMT.js";
export {
  DEFAULT_WIDTH,
  alignColumns,
  displayWidth,
  renderTable
};
