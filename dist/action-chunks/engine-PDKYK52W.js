import {
  defaultEngine
} from "./chunk-D4NOSY54.js";
import "./chunk-HDJHCSBH.js";
import "./chunk-SBZSY4FU.js";
import "./chunk-ENIKLIDM.js";
import "./chunk-XDNTXC6V.js";
import "./chunk-QOHIKXPB.js";
export {
  defaultEngine
};
