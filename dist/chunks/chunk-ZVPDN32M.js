
// src/config/problems.ts
function renderPath(path) {
  return path.map((part, i) => typeof part === "number" ? `[${part}]` : `${i === 0 ? "" : "."}${String(part)}`).join("");
}
function distance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row[j];
      row[j] = next;
    }
  }
  return row[b.length];
}
function closest(word, options) {
  const ranked = options.map((o) => [o, distance(word.toLowerCase(), o.toLowerCase())]);
  ranked.sort((a, b) => a[1] - b[1]);
  const best = ranked[0];
  return best && best[1] <= Math.max(2, Math.floor(word.length / 3)) ? best[0] : void 0;
}
function problemsFromZod(fileOrFileOf, error, knownKeys, lineOf) {
  const fileOf = typeof fileOrFileOf === "string" ? () => fileOrFileOf : fileOrFileOf;
  const problems = [];
  for (const issue of error.issues) {
    const file = fileOf(issue.path);
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        const suggestion = closest(key, knownKeys(issue.path));
        problems.push({
          file,
          path: renderPath(path),
          line: lineOf(path),
          message: `unknown key "${key}"`,
          fix: suggestion ? `did you mean "${suggestion}"?` : `remove it; allowed here: ${knownKeys(issue.path).join(", ")}`
        });
      }
      continue;
    }
    let message = issue.message;
    let fix;
    if (issue.code === "invalid_type") {
      const received = issue.input;
      if (received === void 0) {
        message = "is required";
        fix = `add "${String(issue.path.at(-1) ?? "")}": ${issue.expected === "array" ? "[...]" : `<${issue.expected}>`}`;
      } else if (received === null) {
        message = "is empty";
        fix = `write ${issue.expected === "array" ? 'a list, e.g. [LGAI-EXAONE] or one "- item" per line' : `<${issue.expected}>`}`;
      } else {
        message = `expected ${issue.expected}, got ${Array.isArray(received) ? "array" : typeof received}`;
        if (issue.expected === "array") fix = 'write a list, e.g. [LGAI-EXAONE] or one "- item" per line';
      }
    } else if (issue.code === "invalid_value" && "values" in issue) {
      const values = issue.values.map(String);
      const input = issue.input;
      const near = typeof input === "string" ? closest(input, values) : void 0;
      if (input !== void 0 && values.length > 3)
        message = `${JSON.stringify(input)} is not a value allowed here`;
      fix = `${near ? `did you mean "${near}"? ` : ""}use one of: ${values.join(", ")}`;
    } else if (issue.code === "invalid_union") {
      message = "is neither a glob string nor {pattern, reason}";
      fix = 'write "org/*-GGUF" or {pattern: "org/*-GGUF", reason: "quantised copies"}';
    }
    problems.push({ file, path: renderPath(issue.path), line: lineOf(issue.path), message, fix });
  }
  return problems;
}

export {
  renderPath,
  closest,
  problemsFromZod
};
