import {
  require_dist
} from "./chunk-A4L3TASA.js";
import {
  LIMITS,
  nestsDeeperThan
} from "./chunk-PZKBUT2P.js";
import {
  ConfigError
} from "./chunk-2HJM3R72.js";
import {
  problemsFromZod
} from "./chunk-ZVPDN32M.js";
import {
  __toESM
} from "./chunk-EJ2SUCMT.js";

// src/config/parse.ts
var import_yaml = __toESM(require_dist(), 1);
function keysAt(schema, path) {
  let node = schema;
  const unwrap = (n) => {
    let cur = n;
    for (let i = 0; i < 8 && cur?._zod?.def; i++) {
      const def2 = cur._zod.def;
      if (def2.type === "pipe") cur = def2.in;
      else if (def2.innerType) cur = def2.innerType;
      else break;
    }
    return cur;
  };
  for (const part of path) {
    const def2 = unwrap(node)._zod?.def;
    if (!def2) return [];
    if (typeof part === "number" && def2.type === "array") node = def2.element;
    else if (def2.type === "object") node = def2.shape[String(part)];
    else return [];
  }
  const def = unwrap(node)._zod?.def;
  return def?.type === "object" ? Object.keys(def.shape) : [];
}
var MAX_PROBLEMS = 50;
function capProblems(problems) {
  if (problems.length <= MAX_PROBLEMS) return problems;
  const first = problems[0];
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    {
      file: first.file,
      path: "",
      message: `\u2026 and ${problems.length - MAX_PROBLEMS} more problems`,
      fix: "check that this is the right file; fix the problems above and run again"
    }
  ];
}
function tooComplex(file, message) {
  return {
    ok: false,
    problems: [
      {
        file,
        path: "",
        message,
        fix: "a programme or policy file is a few plain lists and maps: write it out"
      }
    ]
  };
}
function parseYaml(source) {
  const lineCounter = new import_yaml.LineCounter();
  const doc = (0, import_yaml.parseDocument)(source.text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    if (doc.errors.some((e) => /call stack/i.test(e.message))) {
      return tooComplex(source.file, `nested more than ${LIMITS.depth} levels deep`);
    }
    return {
      ok: false,
      problems: capProblems(
        doc.errors.map((e) => ({
          file: source.file,
          path: "",
          line: e.linePos?.[0]?.line,
          message: `not valid YAML/JSON: ${e.message.split("\n")[0]}`,
          fix: "check indentation and quoting at that line"
        }))
      )
    };
  }
  let value;
  try {
    value = doc.toJS({ maxAliasCount: LIMITS.yamlAliases });
  } catch (error) {
    if (error instanceof RangeError)
      return tooComplex(source.file, `nested more than ${LIMITS.depth} levels deep`);
    if (error instanceof ReferenceError && /alias/i.test(error.message)) {
      return tooComplex(
        source.file,
        `expands too many YAML aliases (more than ${LIMITS.yamlAliases}: a "billion laughs" file?)`
      );
    }
    return tooComplex(source.file, `cannot be read as YAML: ${error.message.split("\n")[0]}`);
  }
  if (nestsDeeperThan(value, LIMITS.depth)) {
    return tooComplex(source.file, `nested more than ${LIMITS.depth} levels deep`);
  }
  const lineOf = (path) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth), true);
      if (node?.range) return lineCounter.linePos(node.range[0]).line;
    }
    return void 0;
  };
  return { ok: true, document: { value, lineOf } };
}
var shared;
function parseShared(source) {
  if (shared?.text === source.text) return { ok: true, document: shared.document };
  const parsed = parseYaml(source);
  if (parsed.ok) shared = { text: source.text, document: parsed.document };
  return parsed;
}
function validateDocument(file, document, schema) {
  const result = schema.safeParse(document.value, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: capProblems(problemsFromZod(file, result.error, (p) => keysAt(schema, p), document.lineOf))
  };
}
function parseConfig(source, schema) {
  const parsed = parseYaml(source);
  if (!parsed.ok) return parsed;
  return validateDocument(source.file, parsed.document, schema);
}
function parseConfigOrThrow(source, schema) {
  const result = parseConfig(source, schema);
  if (!result.ok) throw new ConfigError(result.problems);
  return result.value;
}

export {
  keysAt,
  capProblems,
  parseYaml,
  parseShared,
  validateDocument,
  parseConfig,
  parseConfigOrThrow
};
