import {
  EXIT
} from "./chunk-OYI4RGVI.js";
import {
  formatProblem
} from "./chunk-2HJM3R72.js";
import {
  closest
} from "./chunk-ZVPDN32M.js";
import {
  langFromEnv
} from "./chunk-FXGHOV3O.js";

// src/cli/output.ts
import { resolve } from "node:path";
var FORMAT_EXTENSIONS = {
  json: [".json"],
  html: [".html", ".htm"],
  markdown: [".md", ".markdown"],
  sarif: [".sarif", ".sarif.json"],
  cyclonedx: [".cdx.json"],
  table: [".txt"],
  yaml: [".yml", ".yaml"]
};
function formatOfName(file) {
  const name = file.toLowerCase();
  const hits = Object.entries(FORMAT_EXTENSIONS).flatMap(
    ([format, exts]) => exts.filter((e) => name.endsWith(e)).map((e) => ({ format, length: e.length }))
  );
  return hits.sort((a, b) => b.length - a.length)[0]?.format;
}
function planOutput(args, allowed, io, problems, terminal) {
  const asked = args.string("format");
  const file = args.string("output");
  const json = args.string("json");
  let format = "json";
  if (asked !== void 0) {
    if (allowed.includes(asked)) format = asked;
    else {
      const near = closest(asked, allowed);
      problems.coded("--format", "UNKNOWN_FORMAT", { format: asked, near, formats: allowed.join(", ") });
    }
  } else if (file !== void 0) {
    const named = formatOfName(file);
    if (named && allowed.includes(named)) format = named;
    else if (named && named !== "yaml") {
      problems.flag(
        "--output",
        `${file}: the name says ${named}, which this command does not write (it writes ${allowed.join(", ")})`,
        `give --format, or name the file for one of those (e.g. ${file.replace(/(\.[^./]+)+$/, "")}${FORMAT_EXTENSIONS.json[0]})`
      );
    }
  } else if (io.stdoutIsTTY) format = terminal;
  if (file !== void 0 && json !== void 0 && resolve(io.cwd, file) === resolve(io.cwd, json)) {
    problems.coded("--json", "JSON_IS_OUTPUT", { file: json });
  }
  return { format, ...file !== void 0 ? { file } : {}, ...json !== void 0 ? { json } : {} };
}
function plannedOutputs(plan) {
  return {
    ...plan.file ? { output: { path: plan.file, flag: "--output" } } : {},
    ...plan.json ? { alsoOutputs: [{ path: plan.json, flag: "--json" }] } : {}
  };
}
function langOf(args, io, problems) {
  const lang = args.string("lang");
  if (lang === void 0) return langFromEnv(io.env);
  if (lang === "en" || lang === "ko") return lang;
  problems.coded("--lang", "UNKNOWN_LANGUAGE", { lang, langs: LANGS.join(", ") });
  return "en";
}
var LANGS = ["en", "ko"];
function langOfArgv(argv, env) {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") break;
    const value = a === "--lang" ? argv[i + 1] : a.startsWith("--lang=") ? a.slice(7) : void 0;
    if (value === "en" || value === "ko") return value;
  }
  return langFromEnv(env);
}
function useColour(io) {
  return io.stdoutIsTTY && !io.env.NO_COLOR;
}
async function writeAtomic(file, text) {
  const { writeFileAtomic } = await import("./write-OVXYPWFN.js");
  await writeFileAtomic(file, text);
}
async function writeJsonReport(file, report) {
  const { jsonChunks } = await import("./json-chunks-U4H4BYES.js");
  await writeAtomic(file, jsonChunks(report));
}
async function deliver(text, plan, io) {
  if (plan.file) await writeAtomic(resolve(io.cwd, plan.file), text);
  else io.stdout(text);
}
async function emitReport(report, plan, options, io) {
  if (plan.json) await writeJsonReport(resolve(io.cwd, plan.json), report);
  if (plan.format === "json" && plan.file) {
    await writeJsonReport(resolve(io.cwd, plan.file), report);
    return;
  }
  const reportPath = plan.json ?? options.reportPath;
  const { RENDERERS } = await import("./report-N57SKARD.js");
  const render = await RENDERERS[plan.format]();
  const text = render(report, {
    verbose: options.verbose,
    colour: !plan.file && useColour(io),
    lang: options.lang,
    ...!plan.file && io.columns ? { width: io.columns } : {},
    ...reportPath ? { reportPath } : {},
    ...options.programmeText !== void 0 ? { programmeText: options.programmeText } : {}
  });
  await deliver(text, plan, io);
}
function exitCodeFor(status) {
  return status === "pass" ? EXIT.ok : status === "fail" ? EXIT.fail : EXIT.incomplete;
}
function printWarnings(command, warnings, io) {
  for (const w of warnings) io.stderr(`openquota ${command}: warning: ${formatProblem(w)}
`);
}
function noteWriter(io, quiet) {
  return (text) => {
    if (!quiet) io.stderr(`note: ${text}
`);
  };
}

export {
  FORMAT_EXTENSIONS,
  formatOfName,
  planOutput,
  plannedOutputs,
  langOf,
  langOfArgv,
  useColour,
  deliver,
  emitReport,
  exitCodeFor,
  printWarnings,
  noteWriter
};
