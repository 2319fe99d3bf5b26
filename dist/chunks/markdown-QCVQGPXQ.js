import {
  GITHUB_COMMENT_LIMIT,
  renderMarkdown
} from "./chunk-ZJGJP6G2.js";
import "./chunk-MSVANNZG.js";
import "./chunk-TGXUKUHP.js";
import "./chunk-G4PS4LXE.js";
import "./chunk-WSZB6NHH.js";
import "./chunk-PBNZOUE4.js";
import "./chunk-EJ2SUCMT.js";
export {
  GITHUB_COMMENT_LIMIT,
  renderMarkdown
};
