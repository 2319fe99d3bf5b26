import {
  ConfigError,
  InternalError,
  SourceError,
  formatProblem
} from "./chunk-2HJM3R72.js";
import "./chunk-EJ2SUCMT.js";
export {
  ConfigError,
  InternalError,
  SourceError,
  formatProblem
};
