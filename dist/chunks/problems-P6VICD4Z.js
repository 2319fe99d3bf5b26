import {
  COMMAND_LINE,
  Problems,
  codedProblem
} from "./chunk-TWD5C5W3.js";
import "./chunk-2HJM3R72.js";
import "./chunk-OBZSUEG5.js";
import "./chunk-EJ2SUCMT.js";
export {
  COMMAND_LINE,
  Problems,
  codedProblem
};
