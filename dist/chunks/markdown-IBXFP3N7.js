import {
  GITHUB_COMMENT_LIMIT,
  renderMarkdown
} from "./chunk-5WSFOT3O.js";
import "./chunk-MSVANNZG.js";
import "./chunk-TGXUKUHP.js";
import "./chunk-G4PS4LXE.js";
import "./chunk-4GEQ52XR.js";
import "./chunk-L4FZX4DT.js";
import "./chunk-EJ2SUCMT.js";
export {
  GITHUB_COMMENT_LIMIT,
  renderMarkdown
};
