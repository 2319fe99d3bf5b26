import "./chunk-EJ2SUCMT.js";

// src/report/index.ts
var RENDERERS = {
  table: async () => (await import("./table-WBC27DIA.js")).renderTable,
  json: async () => {
    const { renderJson } = await import("./json-DX65VGS6.js");
    return (report) => renderJson(report);
  },
  html: async () => (await import("./html-IJAFYQ4H.js")).renderHtml,
  markdown: async () => (await import("./markdown-57FWTILK.js")).renderMarkdown,
  cyclonedx: async () => {
    const { renderCycloneDx } = await import("./cyclonedx-GGSKO77I.js");
    return (report) => renderCycloneDx(report);
  },
  sarif: async () => {
    const { renderSarif } = await import("./sarif-3UWNZLCO.js");
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
