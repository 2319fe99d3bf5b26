import {
  INFORMATION_URI,
  primaryCode,
  renderSarif
} from "./chunk-C3GZDKJ2.js";
import "./chunk-TP5YSB4E.js";
import "./chunk-6IGKMARE.js";
import "./chunk-WE5VP5WZ.js";
import "./chunk-5D4FJQ7E.js";
import "./chunk-WFX5YPL4.js";
import "./chunk-A4L3TASA.js";
import "./chunk-NEIJUSHQ.js";
import "./chunk-2HJM3R72.js";
import "./chunk-ZVPDN32M.js";
import "./chunk-OBZSUEG5.js";
import "./chunk-EJ2SUCMT.js";
export {
  INFORMATION_URI,
  primaryCode,
  renderSarif
};
