import {
  loadPolicy,
  presetNames
} from "./chunk-SJSVGD5G.js";
import "./chunk-EXZIDL2R.js";
import "./chunk-FFTUQTYY.js";
import "./chunk-3B375W6N.js";
import "./chunk-ENIKLIDM.js";
import "./chunk-PHDNLYVK.js";
import "./chunk-4I6SHXIW.js";
import "./chunk-UNLS6VAA.js";
import "./chunk-A4DY5VKQ.js";
import "./chunk-IS7GHXRZ.js";
import "./chunk-XDNTXC6V.js";
import "./chunk-QOHIKXPB.js";
export {
  loadPolicy,
  presetNames
};
