import {
  renderHtml
} from "./chunk-DGOH7LNJ.js";
import "./chunk-VJZUC5QO.js";
import "./chunk-TGXUKUHP.js";
import "./chunk-G4PS4LXE.js";
import "./chunk-FXGHOV3O.js";
import "./chunk-EJ2SUCMT.js";
export {
  renderHtml
};
