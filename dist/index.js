import { createRequire as __oqCreateRequire } from 'node:module'; import { fileURLToPath as __oqFileURLToPath } from 'node:url'; import { dirname as __oqDirname } from 'node:path'; const require = __oqCreateRequire(import.meta.url); const __filename = __oqFileURLToPath(import.meta.url); const __dirname = __oqDirname(__filename);
import {
  mergeReports
} from "./chunks/chunk-DACHC6CH.js";
import {
  loadProgramme,
  scan
} from "./chunks/chunk-NCP5S5GW.js";
import {
  check
} from "./chunks/chunk-JJABRJCW.js";
import {
  createSources
} from "./chunks/chunk-ZKTRGRMM.js";
import "./chunks/chunk-34H5QAGY.js";
import "./chunks/chunk-I4IUDEWL.js";
import {
  evaluateBundle
} from "./chunks/chunk-GZ2UX3O5.js";
import {
  evaluate,
  loadBundle,
  saveBundle,
  saveScanEvidence
} from "./chunks/chunk-MH7OC3S5.js";
import "./chunks/chunk-4ODOJAV5.js";
import {
  defaultEngine
} from "./chunks/chunk-7F5VXIVE.js";
import {
  VERSION
} from "./chunks/chunk-7JQSIM7R.js";
import "./chunks/chunk-KIPY7333.js";
import {
  identifyText
} from "./chunks/chunk-TP3DF3HX.js";
import "./chunks/chunk-MJBHSBXW.js";
import {
  diffReports,
  renderDiff
} from "./chunks/chunk-VNG7YHDE.js";
import "./chunks/chunk-2QRAECFN.js";
import {
  renderMarkdown
} from "./chunks/chunk-NCZB4GEB.js";
import "./chunks/chunk-MSVANNZG.js";
import {
  renderCycloneDx
} from "./chunks/chunk-WEGESMCY.js";
import {
  renderSarif
} from "./chunks/chunk-X2BV2ESL.js";
import "./chunks/chunk-Q7H27O3X.js";
import {
  parseReport,
  readReport
} from "./chunks/chunk-7BEMUAYC.js";
import {
  loadPolicy,
  presetNames
} from "./chunks/chunk-E5EHHT3F.js";
import "./chunks/chunk-JCJBVHJX.js";
import "./chunks/chunk-4XURTWPT.js";
import "./chunks/chunk-W4TJHTOK.js";
import "./chunks/chunk-Q5R5AO55.js";
import "./chunks/chunk-ULKOY3PM.js";
import "./chunks/chunk-4IE773XW.js";
import "./chunks/chunk-4I2ZW4QJ.js";
import "./chunks/chunk-LWROSMAF.js";
import "./chunks/chunk-AQCJ6A3T.js";
import "./chunks/chunk-A4L3TASA.js";
import {
  ConfigError,
  InternalError,
  SourceError,
  formatProblem
} from "./chunks/chunk-2HJM3R72.js";
import "./chunks/chunk-ZVPDN32M.js";
import {
  renderJson
} from "./chunks/chunk-26BQZTAX.js";
import "./chunks/chunk-UHMVMZG7.js";
import {
  renderTable
} from "./chunks/chunk-2HP7RKX2.js";
import "./chunks/chunk-4GEQ52XR.js";
import {
  renderHtml
} from "./chunks/chunk-RLRXLJSR.js";
import "./chunks/chunk-FMZHYLVY.js";
import "./chunks/chunk-TGXUKUHP.js";
import "./chunks/chunk-4CAMS7YO.js";
import "./chunks/chunk-L4FZX4DT.js";
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
