import {
  INFORMATION_URI,
  primaryCode,
  renderSarif
} from "./chunk-VKAE3NID.js";
import "./chunk-3D7CGJIZ.js";
import "./chunk-YTWAXF7Y.js";
import "./chunk-WE5VP5WZ.js";
import "./chunk-VNYT6GF5.js";
import "./chunk-WFX5YPL4.js";
import "./chunk-A4L3TASA.js";
import "./chunk-PZKBUT2P.js";
import "./chunk-2HJM3R72.js";
import "./chunk-ZVPDN32M.js";
import "./chunk-FXGHOV3O.js";
import "./chunk-EJ2SUCMT.js";
export {
  INFORMATION_URI,
  primaryCode,
  renderSarif
};
