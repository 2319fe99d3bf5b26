import {
  COMMAND_LINE,
  Problems,
  codedProblem
} from "./chunk-7Q4YHD5Y.js";
import "./chunk-2HJM3R72.js";
import "./chunk-PBNZOUE4.js";
import "./chunk-EJ2SUCMT.js";
export {
  COMMAND_LINE,
  Problems,
  codedProblem
};
