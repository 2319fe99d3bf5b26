
// src/errors.ts
var ConfigError = class extends Error {
  problems;
  constructor(problems) {
    const list = typeof problems === "string" ? [{ file: "", path: "", message: problems }] : problems;
    super(list.map((p) => formatProblem(p)).join("\n"));
    this.name = "ConfigError";
    this.problems = list;
  }
};
function formatProblem(p, say = (q) => ({
  message: q.message,
  ...q.fix ? { fix: q.fix } : {},
  fixLabel: "fix"
})) {
  const { message, fix, fixLabel, file = p.file } = say(p);
  const where = [file && (p.line ? `${file}:${p.line}` : file), p.path].filter(Boolean).join(": ");
  return `${where ? `${where}: ` : ""}${message}${fix ? `
    ${fixLabel}: ${fix}` : ""}`;
}
var SourceError = class extends Error {
  code;
  url;
  status;
  requestId;
  constructor(code, message, info = {}) {
    super(message);
    this.name = "SourceError";
    this.code = code;
    this.url = info.url;
    this.status = info.status;
    this.requestId = info.requestId;
  }
};
var InternalError = class extends Error {
  constructor(message) {
    super(message);
    this.name = "InternalError";
  }
};

export {
  ConfigError,
  formatProblem,
  SourceError,
  InternalError
};
