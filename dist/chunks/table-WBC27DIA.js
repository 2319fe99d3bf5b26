import {
  DEFAULT_WIDTH,
  alignColumns,
  displayWidth,
  renderTable
} from "./chunk-WQGJB5OA.js";
import "./chunk-6MB5TRVQ.js";
import "./chunk-FXGHOV3O.js";
import "./chunk-EJ2SUCMT.js";
export {
  DEFAULT_WIDTH,
  alignColumns,
  displayWidth,
  renderTable
};
