import { createRequire as __oqCreateRequire } from 'node:module'; import { fileURLToPath as __oqFileURLToPath } from 'node:url'; import { dirname as __oqDirname } from 'node:path'; const require = __oqCreateRequire(import.meta.url); const __filename = __oqFileURLToPath(import.meta.url); const __dirname = __oqDirname(__filename);
import {
  EVIDENCE_CODES,
  FINDING_CODES,
  external_exports
} from "./chunk-O7GRARZB.js";
import {
  LIMITS,
  formatBytes,
  readBoundedText
} from "./chunk-LWROSMAF.js";
import {
  renderPath
} from "./chunk-ZVPDN32M.js";
import {
  ConfigError
} from "./chunk-2HJM3R72.js";

// src/report/schema.ts
var finding = external_exports.object({
  code: external_exports.enum(FINDING_CODES),
  severity: external_exports.enum(["error", "warning", "info"]),
  message: external_exports.string(),
  args: external_exports.record(external_exports.string(), external_exports.union([external_exports.string(), external_exports.number()])).optional(),
  blocking: external_exports.boolean().optional()
});
var detection = external_exports.object({
  licence: external_exports.string().nullable(),
  confidence: external_exports.number().min(0).max(1),
  matcher: external_exports.string(),
  file: external_exports.string().optional(),
  closest: external_exports.object({ licence: external_exports.string(), confidence: external_exports.number() }).optional(),
  bearing: external_exports.boolean().optional(),
  extra: external_exports.array(external_exports.string()).optional()
});
var failure = external_exports.object({
  code: external_exports.string(),
  message: external_exports.string(),
  url: external_exports.string().optional(),
  status: external_exports.number().optional(),
  requestId: external_exports.string().optional(),
  // The programme entry whose listing failed (`huggingface: ORG`): kept, so a rendered report names it.
  origin: external_exports.string().optional()
});
var status = external_exports.enum(["pass", "fail", "incomplete"]);
var model = external_exports.object({
  source: external_exports.enum(["huggingface", "github", "git", "local"]),
  id: external_exports.string().min(1),
  url: external_exports.string().optional(),
  revision: external_exports.string().nullable(),
  declared: external_exports.boolean(),
  origin: external_exports.string(),
  verdict: external_exports.enum(["compliant", "non-compliant", "unknown", "excluded"]),
  availability: external_exports.enum(["public", "gated-auto", "gated-manual", "private", "disabled", "missing"]).nullable(),
  licence: external_exports.object({
    declared: external_exports.string().nullable(),
    detected: external_exports.string().nullable(),
    expression: external_exports.string().nullable(),
    approved: external_exports.boolean().nullable(),
    detections: external_exports.array(detection)
  }),
  weights: external_exports.array(external_exports.string()).nullable(),
  parameters: external_exports.number().nullable(),
  weightFigures: external_exports.object({
    bytes: external_exports.number().nullable(),
    parameters: external_exports.number().nullable(),
    source: external_exports.enum(["hub-listing", "hub-tree", "safetensors-header", "github-tree", "lfs-pointer", "file-size"]).nullable()
  }).optional(),
  reasons: external_exports.array(finding),
  evidence: external_exports.array(external_exports.string()),
  // The evidence lines as data (code + args), rendered by the i18n layer; absent in older reports.
  provenance: external_exports.array(
    external_exports.object({
      code: external_exports.enum(EVIDENCE_CODES),
      args: external_exports.record(external_exports.string(), external_exports.union([external_exports.string(), external_exports.number()]))
    })
  ).optional(),
  links: external_exports.array(external_exports.string()).optional(),
  kind: external_exports.enum(["model", "code"]).optional(),
  code: external_exports.array(
    external_exports.object({
      source: external_exports.enum(["huggingface", "github", "git", "local"]),
      id: external_exports.string(),
      url: external_exports.string().optional(),
      licence: external_exports.string().nullable()
    })
  ).optional(),
  family: external_exports.string().optional(),
  copies: external_exports.array(
    external_exports.object({
      source: external_exports.enum(["huggingface", "github", "git", "local"]),
      id: external_exports.string(),
      url: external_exports.string().optional(),
      relation: external_exports.string(),
      verdict: external_exports.enum(["compliant", "non-compliant", "unknown", "excluded"])
    })
  ).optional(),
  lineage: external_exports.array(
    external_exports.object({
      id: external_exports.string(),
      relation: external_exports.string(),
      own: external_exports.boolean(),
      licence: external_exports.string().nullable(),
      failure: external_exports.string().optional()
    })
  ).optional()
});
var team = external_exports.object({
  id: external_exports.string().min(1),
  name: external_exports.string(),
  status,
  counted: external_exports.number().int().min(0),
  compliant: external_exports.number().int().min(0),
  nonCompliant: external_exports.number().int().min(0),
  unknown: external_exports.number().int().min(0),
  excluded: external_exports.number().int().min(0),
  share: external_exports.number().min(0).max(1),
  parameterShare: external_exports.number().min(0).max(1).nullable().optional(),
  threshold: external_exports.number().min(0).max(1),
  reason: external_exports.object({ code: external_exports.string(), message: external_exports.string() }),
  failures: external_exports.array(failure),
  models: external_exports.array(model)
});
var reportSchema = external_exports.object({
  schema: external_exports.literal("openquota/report@1"),
  tool: external_exports.object({ name: external_exports.literal("openquota"), version: external_exports.string() }),
  generatedAt: external_exports.string(),
  programme: external_exports.object({
    title: external_exports.string(),
    file: external_exports.string().nullable(),
    sha256: external_exports.string().nullable(),
    commit: external_exports.string().nullable().optional()
  }),
  policy: external_exports.object({ id: external_exports.string(), title: external_exports.string(), sha256: external_exports.string(), threshold: external_exports.number() }),
  status,
  teams: external_exports.array(team),
  requests: external_exports.object({
    api: external_exports.number(),
    files: external_exports.number(),
    retries: external_exports.number(),
    notModified: external_exports.number(),
    cacheHits: external_exports.number()
  }).optional()
});
var REPORT_FIX = "give a JSON report written by `openquota scan --json FILE` (or `--format json`): schema openquota/report@1";
function notAReport(data) {
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    const kind2 = data === null ? "null" : Array.isArray(data) ? "an array" : `a ${typeof data}`;
    return { path: "", message: `is not an openquota report: the file holds ${kind2}, not a report object` };
  }
  const doc = data;
  if (typeof doc.schema === "string" && doc.schema !== "openquota/report@1") {
    const other = {
      "openquota/diff@1": "a diff of two reports (openquota diff)",
      "openquota/check@1": "the result of openquota check",
      "openquota/evidence@1": "an evidence record (judge a bundle with openquota evaluate DIR)"
    };
    const what = other[doc.schema] ?? (doc.schema.startsWith("openquota/") ? "an openquota document of another kind or version" : "another kind of document");
    return { path: "schema", message: `"${doc.schema}" is not a report this version reads: this is ${what}` };
  }
  if ("schema" in doc && doc.schema === "openquota/report@1") return void 0;
  const kind = typeof doc.$schema === "string" && /sarif/i.test(doc.$schema) ? "a SARIF log (openquota --format sarif)" : doc.bomFormat === "CycloneDX" ? "a CycloneDX BOM (openquota --format cyclonedx)" : typeof doc.name === "string" && ("dependencies" in doc || "version" in doc) ? "a package manifest" : void 0;
  return {
    path: "",
    message: `is not an openquota report: it has no "schema": "openquota/report@1"${kind ? `; it looks like ${kind}` : ""}`
  };
}
function parseReport(file, data) {
  const notReport = notAReport(data);
  if (notReport)
    return { problems: [{ file, path: notReport.path, message: notReport.message, fix: REPORT_FIX }] };
  const parsed = reportSchema.safeParse(data);
  if (parsed.success) return { report: parsed.data };
  return {
    problems: parsed.error.issues.slice(0, 20).map((i) => ({ file, path: renderPath(i.path), message: i.message }))
  };
}
async function readReport(file, shownAs = file) {
  return (await readReportText(file, shownAs)).report;
}
async function readReportText(file, shownAs = file) {
  const read = await readBoundedText(file, LIMITS.report);
  if (!read.ok || read.truncated) {
    throw new ConfigError([
      {
        file: shownAs,
        path: "",
        message: !read.ok ? `cannot read the report: it ${read.message}` : `cannot read the report: it is larger than ${formatBytes(LIMITS.report)}`,
        fix: REPORT_FIX
      }
    ]);
  }
  if (read.text.trim() === "") {
    throw new ConfigError([
      { file: shownAs, path: "", message: "the report file is empty", fix: REPORT_FIX }
    ]);
  }
  let data;
  try {
    data = JSON.parse(read.text);
  } catch (error) {
    throw new ConfigError([
      {
        file: shownAs,
        path: "",
        message: `not JSON: ${error.message}`,
        fix: REPORT_FIX
      }
    ]);
  }
  const result = parseReport(shownAs, data);
  if ("problems" in result) throw new ConfigError(result.problems);
  return { report: result.report, text: read.text };
}

export {
  parseReport,
  readReport,
  readReportText
};
