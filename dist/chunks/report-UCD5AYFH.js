import "./chunk-EJ2SUCMT.js";

// src/report/index.ts
var RENDERERS = {
  table: async () => (await import("./table-VSDIWXAG.js")).renderTable,
  json: async () => {
    const { renderJson } = await import("./json-DX65VGS6.js");
    return (report) => renderJson(report);
  },
  html: async () => (await import("./html-VXJKUASM.js")).renderHtml,
  markdown: async () => (await import("./markdown-4RVZAVVK.js")).renderMarkdown,
  cyclonedx: async () => {
    const { renderCycloneDx } = await import("./cyclonedx-6IQ5JXF2.js");
    return (report) => renderCycloneDx(report);
  },
  sarif: async () => {
    const { renderSarif } = await import("./sarif-QGKK77W5.js");
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
