import {
  INFORMATION_URI,
  primaryCode,
  renderSarif
} from "./chunk-34OCGLP2.js";
import "./chunk-3D7CGJIZ.js";
import "./chunk-6IGKMARE.js";
import "./chunk-WE5VP5WZ.js";
import "./chunk-VNYT6GF5.js";
import "./chunk-WFX5YPL4.js";
import "./chunk-A4L3TASA.js";
import "./chunk-PZKBUT2P.js";
import "./chunk-2HJM3R72.js";
import "./chunk-ZVPDN32M.js";
import "./chunk-OBZSUEG5.js";
import "./chunk-EJ2SUCMT.js";
export {
  INFORMATION_URI,
  primaryCode,
  renderSarif
};
