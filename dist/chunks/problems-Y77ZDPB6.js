import {
  COMMAND_LINE,
  Problems,
  codedProblem
} from "./chunk-ICJ265HT.js";
import "./chunk-2HJM3R72.js";
import "./chunk-5DV5IZJ5.js";
import "./chunk-EJ2SUCMT.js";
export {
  COMMAND_LINE,
  Problems,
  codedProblem
};
