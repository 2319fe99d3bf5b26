import {
  FORMATS
} from "./chunk-GJBAC3SR.js";
import {
  checkOutputs
} from "./chunk-B24JMKN2.js";
import {
  programmeOf
} from "./chunk-CRSMY2XC.js";
import {
  FLAG,
  formatFlag
} from "./chunk-IUUHCN46.js";
import {
  helpText,
  parseFlags
} from "./chunk-ZF566R3P.js";
import {
  emitReport,
  exitCodeFor,
  langOf,
  planOutput,
  plannedOutputs
} from "./chunk-TR3YZUGB.js";
import {
  EXIT
} from "./chunk-OYI4RGVI.js";
import {
  Problems
} from "./chunk-ADC2ERMN.js";
import {
  mergeReports
} from "./chunk-6GVVLGCQ.js";
import "./chunk-FJQ3QF5D.js";
import "./chunk-2QRAECFN.js";
import {
  readReport
} from "./chunk-3D7CGJIZ.js";
import "./chunk-43SM6JHF.js";
import "./chunk-MCOX4F7J.js";
import "./chunk-WE5VP5WZ.js";
import "./chunk-VNYT6GF5.js";
import "./chunk-WFX5YPL4.js";
import "./chunk-A4L3TASA.js";
import {
  LIMITS,
  formatBytes
} from "./chunk-PZKBUT2P.js";
import {
  ConfigError
} from "./chunk-2HJM3R72.js";
import "./chunk-ZVPDN32M.js";
import "./chunk-FXGHOV3O.js";
import "./chunk-EJ2SUCMT.js";

// src/cli/commands/merge.ts
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
var SPEC = {
  name: "merge",
  usage: ["merge REPORT.json... [options]"],
  about: [
    "Combines JSON reports of jobs that each scanned some teams (e.g. a GitHub Actions matrix with one job per team) into one report, as if one scan had covered them all. Refuses reports made with different policies or programme files, and a team present in two reports. Every team of the programme that no report holds is in the merged report as incomplete (reason NO_REPORT), so a job that produced nothing cannot make the programme pass."
  ],
  flags: [
    {
      name: "config",
      short: "c",
      value: "FILE",
      help: "the programme file: its teams, their order and SARIF lines (default: the file the reports name, when it is present and unchanged)"
    },
    {
      name: "teams",
      value: "A,B",
      multiple: true,
      help: "merge only these teams, on purpose: a team of the list with no report is incomplete, a report of another team is refused"
    },
    formatFlag(FORMATS),
    FLAG.lang,
    FLAG.output,
    FLAG.json,
    FLAG.verbose,
    FLAG.quiet
  ],
  footer: `Example:
  openquota merge reports/*.json --json openquota-report.json -o openquota.sarif

Exit codes: as scan (0 every team passes, 1 a team fails, 3 incomplete); 2 when the reports are
            invalid or cannot be merged.`
};
var mergeCommand = async (argv, io) => {
  const problems = new Problems();
  const args = parseFlags(SPEC, argv, problems);
  if (args.flag("help")) {
    io.stdout(helpText(SPEC));
    return EXIT.ok;
  }
  const files = args.positionals;
  if (files.length === 0)
    problems.flag(
      "REPORT",
      "give the JSON reports to merge",
      "openquota merge reports/*.json --json merged.json"
    );
  const plan = planOutput(args, FORMATS, io, problems, "table");
  const lang = langOf(args, io, problems);
  const config = args.string("config");
  const sizes = await Promise.all(
    files.map(
      (f) => stat(resolve(io.cwd, f)).then(
        (s) => s.size,
        () => 0
      )
    )
  );
  const tooBig = sizes.reduce((a, b) => a + b, 0) > LIMITS.reports;
  if (tooBig)
    problems.flag(
      "REPORT",
      `the reports hold more than ${formatBytes(LIMITS.reports)} together`,
      "merge fewer reports at a time"
    );
  const inputs = [];
  for (const file of tooBig ? [] : files) {
    const report = await problems.gather(() => readReport(resolve(io.cwd, file), file));
    if (report) inputs.push({ file, report });
  }
  const programme = inputs.length > 0 ? await problems.gather(() => programmeOf(inputs[0].report, config, io)) : void 0;
  await problems.gather(
    () => checkOutputs({
      cwd: io.cwd,
      inputs: [
        ...files.map((path) => ({ path, what: "a report being merged" })),
        ...programme ? [{ path: programme.file, what: "the programme file" }] : [],
        ...config ? [{ path: config, what: "the programme file" }] : []
      ],
      ...plannedOutputs(plan)
    })
  );
  problems.throwIfAny();
  const subset = args.has("teams") ? args.strings("teams").flatMap((v) => v.split(/[\s,]+/)).filter(Boolean) : void 0;
  const merged = mergeReports(inputs, {
    ...programme ? { programme: programme.teams } : {},
    ...subset ? { subset, subsetFrom: "--teams" } : {}
  });
  if ("problems" in merged) throw new ConfigError(merged.problems);
  await emitReport(
    merged.report,
    plan,
    { verbose: args.flag("verbose"), lang, ...programme ? { programmeText: programme.text } : {} },
    io
  );
  return exitCodeFor(merged.report.status);
};
export {
  mergeCommand
};
