import {
  EVIDENCE_CODES,
  FINDING_CODES
} from "./chunk-WE5VP5WZ.js";
import {
  external_exports
} from "./chunk-WFX5YPL4.js";
import {
  LIMITS,
  formatBytes,
  readBoundedText
} from "./chunk-PZKBUT2P.js";
import {
  ConfigError
} from "./chunk-2HJM3R72.js";
import {
  renderPath
} from "./chunk-ZVPDN32M.js";

// src/report/schema-fast.ts
var FAIL = /* @__PURE__ */ Symbol("ask zod");
var defOf = (schema) => schema._zod.def;
var isRecordLike = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var isString = (v) => typeof v === "string";
function compileFastParse(schema) {
  const unsupported = [];
  const never = () => FAIL;
  const give = (what) => {
    unsupported.push(what);
    return never;
  };
  const scalar = (test) => (v) => test(v) ? v : FAIL;
  const checksOf = (def) => {
    const tests = [];
    for (const c of def.checks ?? []) {
      const d = c._zod.def;
      if (d.check === "min_length" && typeof d.minimum === "number") {
        const min = d.minimum;
        tests.push((v) => v.length >= min);
      } else if (d.check === "greater_than" && typeof d.value === "number") {
        const min = d.value;
        tests.push(d.inclusive ? (v) => v >= min : (v) => v > min);
      } else if (d.check === "less_than" && typeof d.value === "number") {
        const max = d.value;
        tests.push(d.inclusive ? (v) => v <= max : (v) => v < max);
      } else if (d.check === "number_format" && d.format === "safeint") {
        tests.push((v) => Number.isSafeInteger(v));
      } else {
        unsupported.push(`${def.type} check ${d.check}`);
        return void 0;
      }
    }
    if (tests.length === 0) return () => true;
    if (tests.length === 1) return tests[0];
    return (v) => {
      for (const t of tests) if (!t(v)) return false;
      return true;
    };
  };
  const scalarTest = (schema2) => {
    const def = defOf(schema2);
    switch (def.type) {
      case "string": {
        const checks = checksOf(def);
        if (!checks) return () => false;
        return def.checks?.length ? (v) => typeof v === "string" && checks(v) : isString;
      }
      case "number": {
        const checks = checksOf(def);
        return checks ? (v) => typeof v === "number" && Number.isFinite(v) && checks(v) : () => false;
      }
      case "boolean":
        if (def.checks?.length) {
          unsupported.push("boolean checks");
          return () => false;
        }
        return (v) => typeof v === "boolean";
      case "null":
        return (v) => v === null;
      case "enum": {
        const values = new Set(Object.values(def.entries ?? {}));
        return (v) => values.has(v);
      }
      case "literal": {
        const values = new Set(def.values ?? []);
        return (v) => values.has(v);
      }
      case "nullable": {
        const inner = scalarTest(def.innerType);
        return inner ? (v) => v === null || inner(v) : void 0;
      }
      default:
        return void 0;
    }
  };
  const compile = (schema2) => {
    const test = scalarTest(schema2);
    if (test) return scalar(test);
    const def = defOf(schema2);
    switch (def.type) {
      case "nullable": {
        const inner = compile(def.innerType);
        return (v) => v === null ? v : inner(v);
      }
      case "optional": {
        const inner = compile(def.innerType);
        return (v) => v === void 0 ? v : inner(v);
      }
      case "union": {
        const tests = (def.options ?? []).map(scalarTest);
        if (!tests.every((t) => t !== void 0)) return give("union of non-scalars");
        return scalar((v) => tests.some((t) => t(v)));
      }
      case "array": {
        if (def.checks?.length) return give("array checks");
        const element = compile(def.element);
        return (v) => {
          if (!Array.isArray(v)) return FAIL;
          let out;
          for (let i = 0; i < v.length; i++) {
            const r = element(v[i]);
            if (r === FAIL) return FAIL;
            if (out === void 0 && r !== v[i]) out = v.slice(0, i);
            if (out !== void 0) out.push(r);
          }
          return out ?? v;
        };
      }
      case "record": {
        if (def.checks?.length) return give("record checks");
        const key = scalarTest(def.keyType);
        if (!key) return give("record of non-scalar keys");
        const value = compile(def.valueType);
        return (v) => {
          if (!isRecordLike(v)) return FAIL;
          let out;
          const keys = Object.keys(v);
          for (let i = 0; i < keys.length; i++) {
            const k = keys[i];
            if (k === "__proto__" || !key(k)) return FAIL;
            const r = value(v[k]);
            if (r === FAIL) return FAIL;
            if (out === void 0 && r !== v[k]) {
              out = {};
              for (let j = 0; j < i; j++) out[keys[j]] = v[keys[j]];
            }
            if (out !== void 0) out[k] = r;
          }
          return out ?? v;
        };
      }
      case "object": {
        if (def.checks?.length) return give("object checks");
        if (def.catchall) return give("object catchall");
        const keys = Object.keys(def.shape ?? {});
        const fields = keys.map((k) => {
          const d = defOf(def.shape[k]);
          const optional = d.type === "optional";
          return { key: k, optional, parse: compile(optional ? d.innerType : def.shape[k]) };
        });
        const position = new Map(keys.map((k, i) => [k, i]));
        return (v) => {
          if (!isRecordLike(v)) return FAIL;
          let ordered = true;
          let p = 0;
          for (const k in v) {
            while (p < keys.length && keys[p] !== k) p++;
            if (p < keys.length) continue;
            if (!position.has(k)) return FAIL;
            ordered = false;
            p = position.get(k);
          }
          let out = ordered ? void 0 : {};
          for (let i = 0; i < fields.length; i++) {
            const f = fields[i];
            const x = v[f.key];
            if (x === void 0) {
              if (!f.optional || f.key in v) return FAIL;
              continue;
            }
            const r = f.parse(x);
            if (r === FAIL) return FAIL;
            if (out === void 0 && r !== x) {
              out = {};
              for (let j = 0; j < i; j++) {
                const before = fields[j].key;
                if (v[before] !== void 0) out[before] = v[before];
              }
            }
            if (out !== void 0) out[f.key] = r;
          }
          return out ?? v;
        };
      }
      default:
        return give(def.type);
    }
  };
  const parse = compile(schema);
  return { parse, unsupported };
}

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
var reportFast = compileFastParse(reportSchema);
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
  const fast = reportFast.parse(data);
  if (fast !== FAIL) return { report: fast };
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
