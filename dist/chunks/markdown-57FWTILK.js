import {
  GITHUB_COMMENT_LIMIT,
  renderMarkdown
} from "./chunk-2NY5FZTG.js";
import "./chunk-MSVANNZG.js";
import "./chunk-TGXUKUHP.js";
import "./chunk-G4PS4LXE.js";
import "./chunk-6MB5TRVQ.js";
import "./chunk-FXGHOV3O.js";
import "./chunk-EJ2SUCMT.js";
export {
  GITHUB_COMMENT_LIMIT,
  renderMarkdown
};
