import { createRequire as __oqCreateRequire } from 'node:module'; import { fileURLToPath as __oqFileURLToPath } from 'node:url'; import { dirname as __oqDirname } from 'node:path'; const require = __oqCreateRequire(import.meta.url); const __filename = __oqFileURLToPath(import.meta.url); const __dirname = __oqDirname(__filename);
import "./chunk-EJ2SUCMT.js";

// src/report/index.ts
var RENDERERS = {
  table: async () => (await import("./table-3M7GH7II.js")).renderTable,
  json: async () => {
    const { renderJson } = await import("./json-DX65VGS6.js");
    return (report) => renderJson(report);
  },
  html: async () => (await import("./html-54V6QL64.js")).renderHtml,
  markdown: async () => (await import("./markdown-V65RPI4G.js")).renderMarkdown,
  cyclonedx: async () => {
    const { renderCycloneDx } = await import("./cyclonedx-HEJVFNOM.js");
    return (report) => renderCycloneDx(report);
  },
  sarif: async () => {
    const { renderSarif } = await import("./sarif-XQSUDM6K.js");
    return (report, options) => renderSarif(report, {
      ...options.programmeText === void 0 ? {} : { programmeText: options.programmeText },
      ...options.lang ? { lang: options.lang } : {}
    });
  }
};
function availableFormats() {
  return Object.keys(RENDERERS);
}
export {
  RENDERERS,
  availableFormats
};
