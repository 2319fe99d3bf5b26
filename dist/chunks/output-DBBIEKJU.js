import {
  FORMAT_EXTENSIONS,
  deliver,
  emitReport,
  exitCodeFor,
  formatOfName,
  langOf,
  langOfArgv,
  noteWriter,
  planOutput,
  plannedOutputs,
  printWarnings,
  useColour
} from "./chunk-TR3YZUGB.js";
import "./chunk-OYI4RGVI.js";
import "./chunk-2HJM3R72.js";
import "./chunk-ZVPDN32M.js";
import "./chunk-FXGHOV3O.js";
import "./chunk-EJ2SUCMT.js";
export {
  FORMAT_EXTENSIONS,
  deliver,
  emitReport,
  exitCodeFor,
  formatOfName,
  langOf,
  langOfArgv,
  noteWriter,
  planOutput,
  plannedOutputs,
  printWarnings,
  useColour
};
