
// src/report/markdown-escape.ts
var MD_SPECIAL = /[&<\\`*[\]#|~_>\r\n]/;
function md(value) {
  const text = String(value);
  if (!MD_SPECIAL.test(text)) return text;
  return text.replace(/&(?=#?\w+;)/g, "&amp;").replace(/<(?=[A-Za-z/!?])/g, "&lt;").replace(/([\\`*[\]#|~])/g, "\\$1").replace(
    /_/g,
    (_, at, all) => /[\p{L}\p{N}]/u.test(all[at - 1] ?? "") && /[\p{L}\p{N}]/u.test(all[at + 1] ?? "") ? "_" : "\\_"
  ).replace(/^(\s*)>/, "$1\\>").replace(/\r?\n/g, " ");
}
function mdHtml(value) {
  return String(value).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r?\n/g, " ");
}
function mdTable(header, align, rows) {
  const line = (cells) => `| ${cells.join(" | ")} |`;
  return [line(header), line(align.map((a) => a === "r" ? "---:" : "---")), ...rows.map(line)].join("\n");
}

export {
  md,
  mdHtml,
  mdTable
};
