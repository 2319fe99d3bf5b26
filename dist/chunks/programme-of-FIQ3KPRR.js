import {
  programmeOf
} from "./chunk-NXIICJ3O.js";
import "./chunk-43SM6JHF.js";
import "./chunk-5QEBMLWV.js";
import "./chunk-5D4FJQ7E.js";
import "./chunk-WFX5YPL4.js";
import "./chunk-A4L3TASA.js";
import "./chunk-NEIJUSHQ.js";
import "./chunk-2HJM3R72.js";
import "./chunk-ZVPDN32M.js";
import "./chunk-EJ2SUCMT.js";
export {
  programmeOf
};
