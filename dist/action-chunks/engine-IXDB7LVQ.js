import {
  defaultEngine
} from "./chunk-QC7RFWIE.js";
import "./chunk-V5RXXIFA.js";
import "./chunk-GQK6FFKG.js";
import "./chunk-SBZSY4FU.js";
import "./chunk-ENIKLIDM.js";
import "./chunk-XDNTXC6V.js";
import "./chunk-QOHIKXPB.js";
export {
  defaultEngine
};
