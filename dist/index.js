import { createRequire as __oqCreateRequire } from 'node:module'; import { fileURLToPath as __oqFileURLToPath } from 'node:url'; import { dirname as __oqDirname } from 'node:path'; const require = __oqCreateRequire(import.meta.url); const __filename = __oqFileURLToPath(import.meta.url); const __dirname = __oqDirname(__filename);
import {
  mergeReports
} from "./chunks/chunk-D36QIINP.js";
import {
  diffReports,
  renderDiff
} from "./chunks/chunk-V43GCVDQ.js";
import {
  loadProgramme,
  scan
} from "./chunks/chunk-JHNMPRP4.js";
import {
  check
} from "./chunks/chunk-B7LX6YSK.js";
import {
  createSources
} from "./chunks/chunk-YXEEJ4T6.js";
import "./chunks/chunk-34H5QAGY.js";
import "./chunks/chunk-AQCJ6A3T.js";
import "./chunks/chunk-I4IUDEWL.js";
import {
  evaluateBundle
} from "./chunks/chunk-YSJAQRDY.js";
import {
  evaluate,
  loadBundle,
  saveBundle,
  saveScanEvidence
} from "./chunks/chunk-5V5OVCQP.js";
import "./chunks/chunk-25PIDIKE.js";
import "./chunks/chunk-Z623MJVN.js";
import {
  defaultEngine
} from "./chunks/chunk-TLF32HVU.js";
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
} from "./chunks/chunk-O3IKRYHK.js";
import "./chunks/chunk-Q5R5AO55.js";
import "./chunks/chunk-2QRAECFN.js";
import "./chunks/chunk-S5NXMKCU.js";
import "./chunks/chunk-4XURTWPT.js";
import "./chunks/chunk-UHMVMZG7.js";
import {
  renderCycloneDx,
  renderMarkdown,
  renderSarif
} from "./chunks/chunk-OXL6BJRG.js";
import {
  renderHtml
} from "./chunks/chunk-Y53XUUD5.js";
import {
  renderTable
} from "./chunks/chunk-NQZH5PJ3.js";
import {
  parseReport,
  readReport
} from "./chunks/chunk-A5QAHDPP.js";
import "./chunks/chunk-F44YHL5V.js";
import "./chunks/chunk-IUTMSLV3.js";
import "./chunks/chunk-O7GRARZB.js";
import "./chunks/chunk-A4L3TASA.js";
import "./chunks/chunk-ULKOY3PM.js";
import "./chunks/chunk-LWROSMAF.js";
import {
  renderJson
} from "./chunks/chunk-G46CUUFP.js";
import "./chunks/chunk-ZVPDN32M.js";
import "./chunks/chunk-5RRIEAGH.js";
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
