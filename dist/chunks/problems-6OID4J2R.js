import {
  COMMAND_LINE,
  Problems,
  codedProblem
} from "./chunk-AW6Y5MFZ.js";
import "./chunk-2HJM3R72.js";
import "./chunk-L4FZX4DT.js";
import "./chunk-EJ2SUCMT.js";
export {
  COMMAND_LINE,
  Problems,
  codedProblem
};
