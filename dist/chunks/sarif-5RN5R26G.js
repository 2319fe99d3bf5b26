import {
  INFORMATION_URI,
  primaryCode,
  renderSarif
} from "./chunk-AWDZMB67.js";
import "./chunk-3ZJXHFSI.js";
import "./chunk-MFN2L7U3.js";
import "./chunk-WE5VP5WZ.js";
import "./chunk-CU7I5PSN.js";
import "./chunk-WFX5YPL4.js";
import "./chunk-A4L3TASA.js";
import "./chunk-HMPBVR4E.js";
import "./chunk-2HJM3R72.js";
import "./chunk-ZVPDN32M.js";
import "./chunk-5DV5IZJ5.js";
import "./chunk-EJ2SUCMT.js";
export {
  INFORMATION_URI,
  primaryCode,
  renderSarif
};
