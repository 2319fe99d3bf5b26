import {
  renderHtml
} from "./chunk-7JVXYVRF.js";
import "./chunk-BH3VZDUC.js";
import "./chunk-TGXUKUHP.js";
import "./chunk-G4PS4LXE.js";
import "./chunk-5DV5IZJ5.js";
import "./chunk-EJ2SUCMT.js";
export {
  renderHtml
};
