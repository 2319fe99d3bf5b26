import {
  EXIT
} from "./chunk-OYI4RGVI.js";
import {
  ConfigError,
  InternalError,
  SourceError,
  formatProblem
} from "./chunk-2HJM3R72.js";
import {
  plural,
  problemText,
  t
} from "./chunk-FXGHOV3O.js";
import "./chunk-EJ2SUCMT.js";

// src/cli/report-error.ts
function describeError(error, command) {
  if (error instanceof ConfigError) {
    const problems = error.problems.map((p) => ({
      message: p.message,
      ...p.file ? { file: p.file } : {},
      ...p.path ? { path: p.path } : {},
      ...p.line ? { line: p.line } : {},
      ...p.fix ? { fix: p.fix } : {},
      ...p.code ? { code: p.code } : {},
      ...p.args ? { args: p.args } : {}
    }));
    return { error: { kind: "config", command, exitCode: EXIT.usage, problems } };
  }
  if (error instanceof SourceError) {
    const problem = {
      message: error.message,
      code: error.code,
      ...error.url ? { url: error.url } : {},
      ...error.status ? { status: error.status } : {},
      ...error.requestId ? { requestId: error.requestId } : {}
    };
    return { error: { kind: "source", command, exitCode: EXIT.incomplete, problems: [problem] } };
  }
  const message = error instanceof InternalError ? error.message : error?.stack ?? String(error);
  return { error: { kind: "internal", command, exitCode: EXIT.incomplete, problems: [{ message }] } };
}
function errorText(described, error, lang) {
  const { kind, command, problems } = described.error;
  const who = command ? `openquota ${command}` : "openquota";
  if (kind === "config") {
    const list = error.problems;
    const say = (p) => problemText(lang, p);
    return `${plural(lang, "error.heading", list.length, { who })}
${list.map((p) => `  ${formatProblem(p, say)}`).join("\n")}
`;
  }
  if (kind === "source") {
    const e = error;
    return `${t(lang, "error.upstream", { who, code: e.code, message: e.message, at: e.url ? ` [${e.url}]` : "" })}
`;
  }
  return `${t(lang, "error.internal", { who, message: problems[0].message })}
${t(lang, "error.internalHint")}
`;
}
function printError(error, options, io) {
  const described = describeError(error, options.command);
  const text = options.json ? `${JSON.stringify(described)}
` : errorText(described, error, options.lang ?? "en");
  io.stderr(options.redact(text));
  return described.error.exitCode;
}
function asksForJson(command, argv) {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") break;
    if ((a === "--format" || a === "-f") && argv[i + 1] === "json") return true;
    if (a === "--format=json" || a === "-fjson" || a === "-f=json") return true;
    if (a === "--json" && (command === "licence" || command === "policy")) return true;
  }
  return false;
}
export {
  asksForJson,
  describeError,
  printError
};
