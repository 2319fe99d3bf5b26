import {
  mergeReports
} from "./chunks/chunk-6GVVLGCQ.js";
import {
  diffReports,
  renderDiff
} from "./chunks/chunk-GJBGH7S7.js";
import {
  loadProgramme,
  scan
} from "./chunks/chunk-A4YIOCXP.js";
import {
  check
} from "./chunks/chunk-47UQNKHS.js";
import {
  createSources
} from "./chunks/chunk-G7PQX2GY.js";
import "./chunks/chunk-34H5QAGY.js";
import "./chunks/chunk-2LADN3I2.js";
import "./chunks/chunk-I4IUDEWL.js";
import {
  evaluateBundle
} from "./chunks/chunk-E7ZBRHZF.js";
import {
  evaluate,
  loadBundle,
  saveBundle,
  saveScanEvidence
} from "./chunks/chunk-LB72PGIN.js";
import "./chunks/chunk-FJQ3QF5D.js";
import {
  defaultEngine
} from "./chunks/chunk-53VXJEX3.js";
import {
  VERSION
} from "./chunks/chunk-7JQSIM7R.js";
import "./chunks/chunk-KIPY7333.js";
import {
  identifyText
} from "./chunks/chunk-GDUPNBGV.js";
import "./chunks/chunk-SULYZT3E.js";
import "./chunks/chunk-2QRAECFN.js";
import {
  renderHtml
} from "./chunks/chunk-DGOH7LNJ.js";
import "./chunks/chunk-VJZUC5QO.js";
import {
  renderMarkdown
} from "./chunks/chunk-2NY5FZTG.js";
import "./chunks/chunk-MSVANNZG.js";
import "./chunks/chunk-TGXUKUHP.js";
import {
  renderCycloneDx
} from "./chunks/chunk-DA72LZCT.js";
import "./chunks/chunk-G4PS4LXE.js";
import {
  renderSarif
} from "./chunks/chunk-VKAE3NID.js";
import {
  parseReport,
  readReport
} from "./chunks/chunk-3D7CGJIZ.js";
import "./chunks/chunk-YTWAXF7Y.js";
import {
  loadPolicy,
  presetNames
} from "./chunks/chunk-QSBO4CC7.js";
import "./chunks/chunk-ZRELNASS.js";
import "./chunks/chunk-4XURTWPT.js";
import "./chunks/chunk-43SM6JHF.js";
import "./chunks/chunk-MCOX4F7J.js";
import "./chunks/chunk-GO5VWACE.js";
import "./chunks/chunk-WE5VP5WZ.js";
import "./chunks/chunk-VNYT6GF5.js";
import "./chunks/chunk-WFX5YPL4.js";
import "./chunks/chunk-A4L3TASA.js";
import "./chunks/chunk-PZKBUT2P.js";
import {
  ConfigError,
  InternalError,
  SourceError,
  formatProblem
} from "./chunks/chunk-2HJM3R72.js";
import "./chunks/chunk-ZVPDN32M.js";
import "./chunks/chunk-DVS2ILXM.js";
import {
  renderTable
} from "./chunks/chunk-WQGJB5OA.js";
import "./chunks/chunk-6MB5TRVQ.js";
import "./chunks/chunk-FXGHOV3O.js";
import {
  renderJson
} from "./chunks/chunk-26BQZTAX.js";
import "./chunks/chunk-EJ2SUCMT.js";
export {
  ConfigError,
  InternalError,
  SourceError,
  VERSION,
  check,
  createSources,
  defaultEngine,
  diffReports,
  evaluate,
  evaluateBundle,
  formatProblem,
  identifyText,
  loadBundle,
  loadPolicy,
  loadProgramme,
  mergeReports,
  parseReport,
  presetNames,
  readReport,
  renderCycloneDx,
  renderDiff,
  renderHtml,
  renderJson,
  renderMarkdown,
  renderSarif,
  renderTable,
  saveBundle,
  saveScanEvidence,
  scan
};
