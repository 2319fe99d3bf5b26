import {
  programmeOf
} from "./chunk-CRSMY2XC.js";
import "./chunk-43SM6JHF.js";
import "./chunk-MCOX4F7J.js";
import "./chunk-VNYT6GF5.js";
import "./chunk-WFX5YPL4.js";
import "./chunk-A4L3TASA.js";
import "./chunk-PZKBUT2P.js";
import "./chunk-2HJM3R72.js";
import "./chunk-ZVPDN32M.js";
import "./chunk-EJ2SUCMT.js";
export {
  programmeOf
};
