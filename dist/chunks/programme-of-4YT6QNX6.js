import {
  programmeOf
} from "./chunk-F4NHEEQK.js";
import "./chunk-43SM6JHF.js";
import "./chunk-3UQ3LFEJ.js";
import "./chunk-CU7I5PSN.js";
import "./chunk-WFX5YPL4.js";
import "./chunk-A4L3TASA.js";
import "./chunk-HMPBVR4E.js";
import "./chunk-2HJM3R72.js";
import "./chunk-ZVPDN32M.js";
import "./chunk-EJ2SUCMT.js";
export {
  programmeOf
};
