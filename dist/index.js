import { createRequire as __oqCreateRequire } from 'node:module'; import { fileURLToPath as __oqFileURLToPath } from 'node:url'; import { dirname as __oqDirname } from 'node:path'; const require = __oqCreateRequire(import.meta.url); const __filename = __oqFileURLToPath(import.meta.url); const __dirname = __oqDirname(__filename);
import {
  mergeReports
} from "./chunks/chunk-DACHC6CH.js";
import {
  diffReports,
  renderDiff
} from "./chunks/chunk-T5XEHTH2.js";
import {
  loadProgramme,
  scan
} from "./chunks/chunk-WEHSVXFH.js";
import {
  check
} from "./chunks/chunk-KI3JSB5I.js";
import {
  createSources
} from "./chunks/chunk-5WUTOOUP.js";
import "./chunks/chunk-34H5QAGY.js";
import "./chunks/chunk-AQCJ6A3T.js";
import "./chunks/chunk-I4IUDEWL.js";
import {
  evaluateBundle
} from "./chunks/chunk-JRELBO4E.js";
import {
  evaluate,
  loadBundle,
  saveBundle,
  saveScanEvidence
} from "./chunks/chunk-BY7C2FKJ.js";
import "./chunks/chunk-4ODOJAV5.js";
import "./chunks/chunk-Z623MJVN.js";
import {
  defaultEngine
} from "./chunks/chunk-L2NCHH7S.js";
import "./chunks/chunk-TBPVP7PF.js";
import {
  VERSION
} from "./chunks/chunk-7JQSIM7R.js";
import "./chunks/chunk-KIPY7333.js";
import {
  identifyText
} from "./chunks/chunk-X3JA3EMG.js";
import {
  loadPolicy,
  presetNames
} from "./chunks/chunk-4JA3RUSA.js";
import "./chunks/chunk-Q5R5AO55.js";
import "./chunks/chunk-2QRAECFN.js";
import "./chunks/chunk-S5NXMKCU.js";
import "./chunks/chunk-4XURTWPT.js";
import "./chunks/chunk-UHMVMZG7.js";
import {
  renderCycloneDx,
  renderMarkdown,
  renderSarif
} from "./chunks/chunk-JISSSANS.js";
import {
  renderHtml
} from "./chunks/chunk-WRWZZTTG.js";
import {
  renderTable
} from "./chunks/chunk-6ZS6V7QN.js";
import {
  parseReport,
  readReport
} from "./chunks/chunk-FDACK4SX.js";
import "./chunks/chunk-Q7H27O3X.js";
import "./chunks/chunk-AP6JF5VN.js";
import "./chunks/chunk-O7GRARZB.js";
import "./chunks/chunk-A4L3TASA.js";
import "./chunks/chunk-ULKOY3PM.js";
import "./chunks/chunk-LWROSMAF.js";
import {
  renderJson
} from "./chunks/chunk-G46CUUFP.js";
import "./chunks/chunk-ZVPDN32M.js";
import "./chunks/chunk-L4FZX4DT.js";
import {
  ConfigError,
  InternalError,
  SourceError,
  formatProblem
} from "./chunks/chunk-2HJM3R72.js";
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
