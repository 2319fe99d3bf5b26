import {
  programmeSchema
} from "./chunk-43SM6JHF.js";
import {
  readConfigFile
} from "./chunk-MCOX4F7J.js";
import {
  parseShared,
  validateDocument
} from "./chunk-VNYT6GF5.js";
import {
  ConfigError
} from "./chunk-2HJM3R72.js";

// src/cli/programme-of.ts
import { existsSync } from "node:fs";
import { resolve } from "node:path";
async function programmeOf(report, explicit, io) {
  const shown = explicit ?? report.programme.file;
  if (!shown) return void 0;
  const file = resolve(io.cwd, shown);
  if (!explicit && !existsSync(file)) return void 0;
  const { text, sha256 } = await readConfigFile(
    file,
    "programme file",
    "give the programme file the reports were made from"
  );
  if (sha256 !== report.programme.sha256) {
    if (!explicit) return void 0;
    throw new ConfigError([
      {
        file: shown,
        path: "--config",
        message: "this is not the programme file the reports were made from (sha256 differs)",
        fix: "check out the commit the scan jobs used, or leave out --config"
      }
    ]);
  }
  const parsed = parseShared({ file: shown, text });
  if (!parsed.ok) throw new ConfigError(parsed.problems);
  const validated = validateDocument(shown, parsed.document, programmeSchema);
  if (!validated.ok) throw new ConfigError(validated.problems);
  const programme = validated.value;
  return {
    file,
    text,
    order: programme.teams.map((t) => t.id),
    teams: programme.teams.map((t) => ({ id: t.id, name: t.name }))
  };
}

export {
  programmeOf
};
