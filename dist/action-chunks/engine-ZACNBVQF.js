import {
  defaultEngine
} from "./chunk-MVWJMNT2.js";
import "./chunk-3B375W6N.js";
import "./chunk-SBZSY4FU.js";
import "./chunk-ENIKLIDM.js";
import "./chunk-XDNTXC6V.js";
import "./chunk-QOHIKXPB.js";
export {
  defaultEngine
};
