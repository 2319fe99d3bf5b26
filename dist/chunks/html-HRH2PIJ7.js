import {
  renderHtml
} from "./chunk-3NCN65GY.js";
import "./chunk-AOLPWSYC.js";
import "./chunk-TGXUKUHP.js";
import "./chunk-G4PS4LXE.js";
import "./chunk-L4FZX4DT.js";
import "./chunk-EJ2SUCMT.js";
export {
  renderHtml
};
