import {
  COMMAND_LINE,
  Problems,
  codedProblem
} from "./chunk-ADC2ERMN.js";
import "./chunk-2HJM3R72.js";
import "./chunk-FXGHOV3O.js";
import "./chunk-EJ2SUCMT.js";
export {
  COMMAND_LINE,
  Problems,
  codedProblem
};
