import {
  parseExpression,
  rulesPath
} from "./chunk-ENIKLIDM.js";

// src/detect/hub-ids.ts
import { readFileSync } from "node:fs";
var table;
function hubTable() {
  if (!table) {
    table = /* @__PURE__ */ new Map();
    for (const line of readFileSync(rulesPath("hub-licences.tsv"), "utf8").split("\n")) {
      if (!line || line.startsWith("#") || line.startsWith("hub_id	")) continue;
      const [hubId, licence] = line.split("	");
      if (hubId && licence) table.set(hubId.toLowerCase(), licence);
    }
  }
  return table;
}
function licenseRef(name) {
  const slug = name.trim().replace(/[^A-Za-z0-9.+-]+/g, "-").replace(/^-+|-+$/g, "");
  return `LicenseRef-${slug || "unnamed"}`;
}
function hubLicence(value, licenseName) {
  const key = value.trim().toLowerCase();
  const mapped = hubTable().get(key);
  if (key === "" || mapped === "-")
    return { kind: "see-text", ...licenseName ? { name: licenseName } : {} };
  if (mapped) return { kind: "licence", expression: mapped };
  const parsed = parseExpression(value);
  if (parsed.ok) return { kind: "licence", expression: parsed.expression };
  return { kind: "licence", expression: licenseRef(value) };
}

export {
  licenseRef,
  hubLicence
};
