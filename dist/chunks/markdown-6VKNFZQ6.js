import {
  GITHUB_COMMENT_LIMIT,
  renderMarkdown
} from "./chunk-HGCTB5LM.js";
import "./chunk-MSVANNZG.js";
import "./chunk-TGXUKUHP.js";
import "./chunk-G4PS4LXE.js";
import "./chunk-KCIVRVQ6.js";
import "./chunk-5DV5IZJ5.js";
import "./chunk-EJ2SUCMT.js";
export {
  GITHUB_COMMENT_LIMIT,
  renderMarkdown
};
