import {
  mergeReports
} from "./chunks/chunk-DACHC6CH.js";
import {
  diffReports,
  renderDiff
} from "./chunks/chunk-VYF7NQAT.js";
import {
  loadProgramme,
  scan
} from "./chunks/chunk-4XRQGTQG.js";
import {
  check
} from "./chunks/chunk-TFVLLBPX.js";
import {
  createSources
} from "./chunks/chunk-VOEH6XYQ.js";
import "./chunks/chunk-34H5QAGY.js";
import "./chunks/chunk-AQCJ6A3T.js";
import "./chunks/chunk-I4IUDEWL.js";
import {
  evaluateBundle
} from "./chunks/chunk-7V6MY2JB.js";
import {
  evaluate,
  loadBundle,
  saveBundle,
  saveScanEvidence
} from "./chunks/chunk-XHESZUEC.js";
import "./chunks/chunk-4ODOJAV5.js";
import {
  defaultEngine
} from "./chunks/chunk-6WWPVP3T.js";
import {
  VERSION
} from "./chunks/chunk-7JQSIM7R.js";
import "./chunks/chunk-KIPY7333.js";
import {
  identifyText
} from "./chunks/chunk-LKXKV5DJ.js";
import "./chunks/chunk-2QRAECFN.js";
import {
  renderHtml
} from "./chunks/chunk-3NCN65GY.js";
import "./chunks/chunk-AOLPWSYC.js";
import {
  renderMarkdown
} from "./chunks/chunk-5WSFOT3O.js";
import "./chunks/chunk-MSVANNZG.js";
import "./chunks/chunk-TGXUKUHP.js";
import {
  renderCycloneDx
} from "./chunks/chunk-DJ642C4T.js";
import "./chunks/chunk-G4PS4LXE.js";
import {
  renderSarif
} from "./chunks/chunk-R7DFHLFH.js";
import {
  parseReport,
  readReport
} from "./chunks/chunk-3ZJXHFSI.js";
import "./chunks/chunk-Q7H27O3X.js";
import {
  loadPolicy,
  presetNames
} from "./chunks/chunk-7TXCNLFW.js";
import "./chunks/chunk-4ALM6AI6.js";
import "./chunks/chunk-4XURTWPT.js";
import "./chunks/chunk-43SM6JHF.js";
import "./chunks/chunk-3UQ3LFEJ.js";
import "./chunks/chunk-GO5VWACE.js";
import "./chunks/chunk-WE5VP5WZ.js";
import "./chunks/chunk-CU7I5PSN.js";
import "./chunks/chunk-WFX5YPL4.js";
import "./chunks/chunk-A4L3TASA.js";
import "./chunks/chunk-HMPBVR4E.js";
import {
  ConfigError,
  InternalError,
  SourceError,
  formatProblem
} from "./chunks/chunk-2HJM3R72.js";
import "./chunks/chunk-ZVPDN32M.js";
import "./chunks/chunk-SE3SDTQ5.js";
import {
  renderTable
} from "./chunks/chunk-2HP7RKX2.js";
import "./chunks/chunk-4GEQ52XR.js";
import "./chunks/chunk-L4FZX4DT.js";
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
