import {
  programmeSchema
} from "./chunk-WCDJBUBR.js";
import {
  readConfigFile
} from "./chunk-47ITIVWF.js";
import {
  parseShared,
  validateDocument
} from "./chunk-F2ZSLCTL.js";
import {
  ConfigError
} from "./chunk-IS7GHXRZ.js";

// src/config/load.ts
async function loadProgramme(file) {
  const source = await readConfigFile(
    file,
    "programme file",
    "pass --config FILE, or create openquota.yml (see examples/sovereign-ai-2025/openquota.yml)"
  );
  const parsed = parseShared(source);
  if (!parsed.ok) throw new ConfigError(parsed.problems);
  if (parsed.document.value === null || parsed.document.value === void 0) {
    throw new ConfigError([
      {
        file,
        path: "",
        message: "the programme file is empty",
        fix: "start one with `openquota init --hf YOUR-HUB-ORG`, or copy examples/sovereign-ai-2025/openquota.yml"
      }
    ]);
  }
  const validated = validateDocument(source.file, parsed.document, programmeSchema);
  if (!validated.ok) throw new ConfigError(validated.problems);
  const programme = validated.value;
  return {
    file,
    text: source.text,
    sha256: source.sha256,
    programme
  };
}

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
  loadProgramme,
  md,
  mdHtml,
  mdTable
};
