import {
  loadPolicy,
  presetNames
} from "./chunk-NDVP7W2S.js";
import "./chunk-47ITIVWF.js";
import "./chunk-FFTUQTYY.js";
import "./chunk-GQK6FFKG.js";
import "./chunk-ENIKLIDM.js";
import "./chunk-WKFPHSPP.js";
import "./chunk-F2ZSLCTL.js";
import "./chunk-VQKAB5TF.js";
import "./chunk-A4DY5VKQ.js";
import "./chunk-IS7GHXRZ.js";
import "./chunk-XDNTXC6V.js";
import "./chunk-QOHIKXPB.js";
export {
  loadPolicy,
  presetNames
};
