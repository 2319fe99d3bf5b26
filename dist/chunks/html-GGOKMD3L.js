import {
  renderHtml
} from "./chunk-DZOXTBZS.js";
import "./chunk-KSLBUY4P.js";
import "./chunk-TGXUKUHP.js";
import "./chunk-G4PS4LXE.js";
import "./chunk-PBNZOUE4.js";
import "./chunk-EJ2SUCMT.js";
export {
  renderHtml
};
