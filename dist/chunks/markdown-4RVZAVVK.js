import {
  GITHUB_COMMENT_LIMIT,
  renderMarkdown
} from "./chunk-32AVYNVK.js";
import "./chunk-MSVANNZG.js";
import "./chunk-TGXUKUHP.js";
import "./chunk-G4PS4LXE.js";
import "./chunk-PMLYKOZU.js";
import "./chunk-OBZSUEG5.js";
import "./chunk-EJ2SUCMT.js";
export {
  GITHUB_COMMENT_LIMIT,
  renderMarkdown
};
