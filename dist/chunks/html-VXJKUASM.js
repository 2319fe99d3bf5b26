import {
  renderHtml
} from "./chunk-U7G65KN6.js";
import "./chunk-HG4FIULX.js";
import "./chunk-TGXUKUHP.js";
import "./chunk-G4PS4LXE.js";
import "./chunk-OBZSUEG5.js";
import "./chunk-EJ2SUCMT.js";
export {
  renderHtml
};
