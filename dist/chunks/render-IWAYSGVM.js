import {
  FORMATS
} from "./chunk-GJBAC3SR.js";
import {
  checkOutputs
} from "./chunk-B24JMKN2.js";
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
import "./chunk-2QRAECFN.js";
import {
  readReport
} from "./chunk-3D7CGJIZ.js";
import "./chunk-WE5VP5WZ.js";
import "./chunk-WFX5YPL4.js";
import "./chunk-PZKBUT2P.js";
import "./chunk-2HJM3R72.js";
import "./chunk-ZVPDN32M.js";
import "./chunk-FXGHOV3O.js";
import "./chunk-EJ2SUCMT.js";

// src/cli/commands/render.ts
import { resolve } from "node:path";
var SPEC = {
  name: "render",
  usage: ["render REPORT.json [options]"],
  about: [
    "Renders a saved JSON report (openquota/report@1, e.g. from `openquota scan --json FILE`) in another format, so an archived evaluation round can be shown again without scanning."
  ],
  flags: [formatFlag(FORMATS), FLAG.lang, FLAG.output, FLAG.verbose, FLAG.quiet],
  footer: `Examples:
  openquota render report.json --verbose
  openquota render report.json -o dashboard.html

Exit codes: 0 rendered, 2 the report is missing or not a valid openquota/report@1.`
};
var renderCommand = async (argv, io) => {
  const problems = new Problems();
  const args = parseFlags(SPEC, argv, problems);
  if (args.flag("help")) {
    io.stdout(helpText(SPEC));
    return EXIT.ok;
  }
  if (args.positionals.length !== 1) {
    problems.flag(
      "REPORT",
      `give exactly one JSON report (got ${args.positionals.length})`,
      "openquota render report.json --output report.html"
    );
  }
  const plan = planOutput(args, FORMATS, io, problems, "table");
  const lang = langOf(args, io, problems);
  const file = args.positionals[0];
  const report = file ? await problems.gather(() => readReport(resolve(io.cwd, file), file)) : void 0;
  const programme = report && plan.format === "sarif" ? await problems.gather(
    async () => (
      // Loaded for SARIF only: the programme's YAML parser is no part of any other format's start.
      (await import("./programme-of-L3U6CDXK.js")).programmeOf(report, void 0, io)
    )
  ) : void 0;
  await problems.gather(
    () => checkOutputs({
      cwd: io.cwd,
      inputs: [
        ...file ? [{ path: file, what: "the report being rendered" }] : [],
        ...programme ? [{ path: programme.file, what: "the programme file" }] : []
      ],
      ...plannedOutputs(plan)
    })
  );
  problems.throwIfAny();
  await emitReport(
    report,
    plan,
    {
      verbose: args.flag("verbose"),
      lang,
      reportPath: file,
      ...programme ? { programmeText: programme.text } : {}
    },
    io
  );
  return EXIT.ok;
};
export {
  renderCommand
};
