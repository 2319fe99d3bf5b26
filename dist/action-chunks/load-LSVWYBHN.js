import {
  loadPolicy,
  presetNames
} from "./chunk-CHGRQRCU.js";
import "./chunk-4KFCUL2D.js";
import "./chunk-FFTUQTYY.js";
import "./chunk-3B375W6N.js";
import "./chunk-ENIKLIDM.js";
import "./chunk-SKFDVNMR.js";
import "./chunk-NWMPIIMI.js";
import "./chunk-5JHC7EVY.js";
import "./chunk-A4DY5VKQ.js";
import "./chunk-IS7GHXRZ.js";
import "./chunk-XDNTXC6V.js";
import "./chunk-QOHIKXPB.js";
export {
  loadPolicy,
  presetNames
};
