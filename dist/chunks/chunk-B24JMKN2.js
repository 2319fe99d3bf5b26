import {
  replaceableByBundle
} from "./chunk-2QRAECFN.js";
import {
  ConfigError
} from "./chunk-2HJM3R72.js";

// src/output-paths.ts
import { realpath, stat } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
async function realOrPlanned(p) {
  try {
    return await realpath(p);
  } catch {
    const parent = dirname(p);
    return parent === p ? p : join(await realOrPlanned(parent), basename(p));
  }
}
function within(child, parent) {
  const rel = relative(parent, child);
  return rel === "" || !rel.startsWith("..") && !isAbsolute(rel);
}
async function checkOutputs(paths) {
  const problems = [];
  const inputs = await Promise.all(
    paths.inputs.map(async (i) => ({ ...i, real: await realOrPlanned(resolve(paths.cwd, i.path)) }))
  );
  const evidence = paths.evidence && {
    ...paths.evidence,
    real: await realOrPlanned(resolve(paths.cwd, paths.evidence.path))
  };
  const refuse = (flag, path, message, fix) => problems.push({ file: paths.from ?? "command line", path: flag, message: `${path}: ${message}`, fix });
  for (const out of [...paths.output ? [paths.output] : [], ...paths.alsoOutputs ?? []]) {
    const output = { ...out, real: await realOrPlanned(resolve(paths.cwd, out.path)) };
    for (const input of inputs) {
      if (within(output.real, input.real)) {
        refuse(
          output.flag,
          output.path,
          `is ${output.real === input.real ? "" : "inside "}${input.what} (${input.path}), an input of this run`,
          "write the report to another file"
        );
      }
    }
    const info = await stat(output.real).catch(() => void 0);
    if (info?.isDirectory())
      refuse(
        output.flag,
        output.path,
        "is a directory",
        `give a file name, e.g. ${join(output.path, "report.json")}`
      );
    else if (info && !info.isFile())
      refuse(output.flag, output.path, "exists and is not a regular file", "give a file name");
    if (evidence && within(output.real, evidence.real)) {
      refuse(
        output.flag,
        output.path,
        `is inside the evidence bundle ${evidence.path}, which ${evidence.flag} replaces`,
        "write the report beside the bundle, not in it"
      );
    }
  }
  if (evidence) {
    for (const input of inputs) {
      if (within(evidence.real, input.real) || within(input.real, evidence.real)) {
        const how = evidence.real === input.real ? "is" : within(input.real, evidence.real) ? "holds" : "is inside";
        refuse(
          evidence.flag,
          evidence.path,
          `${how} ${input.what} (${input.path}), an input of this run`,
          "save the evidence to a new directory"
        );
      }
    }
    const replaceable = await replaceableByBundle(evidence.real);
    if (!replaceable.ok) {
      refuse(
        evidence.flag,
        evidence.path,
        `will not be replaced: ${replaceable.why}`,
        "give a new or empty directory, or one written by --save-evidence before"
      );
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
}

export {
  checkOutputs
};
