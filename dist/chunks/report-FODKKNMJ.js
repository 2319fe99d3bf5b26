import { createRequire as __oqCreateRequire } from 'node:module'; import { fileURLToPath as __oqFileURLToPath } from 'node:url'; import { dirname as __oqDirname } from 'node:path'; const require = __oqCreateRequire(import.meta.url); const __filename = __oqFileURLToPath(import.meta.url); const __dirname = __oqDirname(__filename);
import {
  renderCycloneDx,
  renderMarkdown,
  renderSarif
} from "./chunk-JISSSANS.js";
import {
  renderHtml
} from "./chunk-WRWZZTTG.js";
import {
  renderTable
} from "./chunk-6ZS6V7QN.js";
import "./chunk-FDACK4SX.js";
import "./chunk-Q7H27O3X.js";
import "./chunk-AP6JF5VN.js";
import "./chunk-O7GRARZB.js";
import "./chunk-A4L3TASA.js";
import "./chunk-ULKOY3PM.js";
import "./chunk-LWROSMAF.js";
import {
  renderJson
} from "./chunk-G46CUUFP.js";
import "./chunk-ZVPDN32M.js";
import "./chunk-L4FZX4DT.js";
import "./chunk-2HJM3R72.js";
import "./chunk-EJ2SUCMT.js";

// src/report/index.ts
var RENDERERS = {
  table: (report, options) => renderTable(report, options),
  json: (report) => renderJson(report),
  html: (report, options) => renderHtml(report, options),
  markdown: (report, options) => renderMarkdown(report, options),
  cyclonedx: (report) => renderCycloneDx(report),
  sarif: (report, options) => renderSarif(report, {
    ...options.programmeText === void 0 ? {} : { programmeText: options.programmeText },
    ...options.lang ? { lang: options.lang } : {}
  })
};
function availableFormats() {
  return Object.keys(RENDERERS);
}
export {
  RENDERERS,
  availableFormats
};
