import {
  LIMITS,
  formatBytes,
  readBoundedText
} from "./chunk-PZKBUT2P.js";
import {
  ConfigError
} from "./chunk-2HJM3R72.js";

// src/config/read.ts
import { createHash } from "node:crypto";
async function readConfigFile(file, what, hint, maxBytes = LIMITS.configFile) {
  const read = await readBoundedText(file, maxBytes);
  if (!read.ok) throw new ConfigError([{ file, path: "", message: `${what} ${read.message}`, fix: hint }]);
  if (read.truncated) {
    throw new ConfigError([
      {
        file,
        path: "",
        message: `${what} is larger than ${formatBytes(maxBytes)}, so it was not read`,
        fix: `check that this is the right file; ${hint}`
      }
    ]);
  }
  return { file, text: read.text, sha256: createHash("sha256").update(read.bytes).digest("hex") };
}

export {
  readConfigFile
};
