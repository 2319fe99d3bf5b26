import {
  formatBytes,
  readBoundedText
} from "./chunk-VQKAB5TF.js";
import {
  LIMITS
} from "./chunk-A4DY5VKQ.js";
import {
  ConfigError
} from "./chunk-IS7GHXRZ.js";

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

// src/types.ts
var FINDING_CODES = [
  "NOT_PUBLIC",
  "GATED_AUTO",
  "NO_WEIGHTS",
  "EXCLUDED_BY_PROGRAMME",
  "LICENCE_NOT_APPROVED",
  "LICENCE_DENIED",
  "LICENCE_MISSING",
  "LICENCE_UNREADABLE",
  "LICENCE_UNIDENTIFIED",
  "LICENCE_MISMATCH",
  "LICENCE_RESTRICTED_USE",
  "LICENCE_NON_COMMERCIAL",
  "SOURCE_FAILED",
  "FILES_UNKNOWN",
  "RENAMED",
  "WAIVED",
  "LICENCE_MODIFIED",
  "LICENCE_TEXT_MISSING",
  "MALFORMED_METADATA",
  "MALFORMED_RESPONSE",
  "FILES_TRUNCATED",
  "DECLARED_NOT_EXCLUDED",
  "AVAILABILITY_NOT_CHECKED",
  "WEIGHTS_STUB",
  "WEIGHTS_UNKNOWN",
  "FAMILY_COPY",
  "COPY_LESS_OPEN",
  "ADAPTER",
  "FORK",
  "THIRD_PARTY_BASE",
  "LICENCE_INHERITED",
  "BASE_UNREADABLE"
];
var EVIDENCE_CODES = [
  "METADATA",
  "DECLARED",
  "NOT_READ",
  "IDENTIFIED",
  "UNIDENTIFIED",
  "EXTRA",
  "UNREADABLE",
  "PROBLEM"
];

export {
  readConfigFile,
  FINDING_CODES,
  EVIDENCE_CODES
};
