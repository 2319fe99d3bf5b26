import {
  DEFAULT_WIDTH,
  alignColumns,
  displayWidth,
  renderTable
} from "./chunk-6DJ6TK7O.js";
import "./chunk-PMLYKOZU.js";
import "./chunk-OBZSUEG5.js";
import "./chunk-EJ2SUCMT.js";
export {
  DEFAULT_WIDTH,
  alignColumns,
  displayWidth,
  renderTable
};
