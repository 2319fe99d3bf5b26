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
  deliver,
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
  DIFF_FORMATS,
  diffReports,
  policyWarning,
  renderDiff
} from "./chunk-GJBGH7S7.js";
import "./chunk-2QRAECFN.js";
import "./chunk-VJZUC5QO.js";
import "./chunk-MSVANNZG.js";
import "./chunk-TGXUKUHP.js";
import "./chunk-G4PS4LXE.js";
import {
  readReport
} from "./chunk-3D7CGJIZ.js";
import "./chunk-WE5VP5WZ.js";
import "./chunk-WFX5YPL4.js";
import "./chunk-PZKBUT2P.js";
import "./chunk-2HJM3R72.js";
import "./chunk-ZVPDN32M.js";
import "./chunk-WQGJB5OA.js";
import "./chunk-6MB5TRVQ.js";
import "./chunk-FXGHOV3O.js";
import "./chunk-EJ2SUCMT.js";

// src/cli/commands/diff.ts
import { resolve } from "node:path";
var SPEC = {
  name: "diff",
  usage: ["diff OLD.json NEW.json [options]"],
  about: [
    "Compares two JSON reports (two evaluation rounds): teams and models added or removed, availability changes (public -> private or gated), licence changes (declared, detected or judged), verdict flips, team status and share changes. Reports judged under different policies are compared with a warning."
  ],
  flags: [formatFlag(DIFF_FORMATS), FLAG.lang, FLAG.output, FLAG.quiet],
  footer: `Exit codes: 0 nothing regressed, 1 a regression (a compliant model stopped being compliant, or a
            team stopped passing), 2 a report is missing or not a valid openquota/report@1.`
};
var diffCommand = async (argv, io) => {
  const problems = new Problems();
  const args = parseFlags(SPEC, argv, problems);
  if (args.flag("help")) {
    io.stdout(helpText(SPEC));
    return EXIT.ok;
  }
  if (args.positionals.length !== 2) {
    problems.flag(
      "OLD NEW",
      `give exactly two JSON reports (got ${args.positionals.length})`,
      "openquota diff round-1.json round-2.json"
    );
  }
  const plan = planOutput(args, DIFF_FORMATS, io, problems, "table");
  const lang = langOf(args, io, problems);
  const [oldFile, newFile] = args.positionals;
  const before = oldFile ? await problems.gather(() => readReport(resolve(io.cwd, oldFile), oldFile)) : void 0;
  const after = newFile ? await problems.gather(() => readReport(resolve(io.cwd, newFile), newFile)) : void 0;
  await problems.gather(
    () => checkOutputs({
      cwd: io.cwd,
      inputs: [
        ...oldFile ? [{ path: oldFile, what: "the old report" }] : [],
        ...newFile ? [{ path: newFile, what: "the new report" }] : []
      ],
      ...plannedOutputs(plan)
    })
  );
  problems.throwIfAny();
  const diff = diffReports(before, after);
  const warning = policyWarning(diff, lang);
  if (warning && plan.format === "table") io.stderr(`openquota diff: ${warning}
`);
  await deliver(renderDiff(diff, plan.format, lang), plan, io);
  return diff.regressions > 0 ? EXIT.fail : EXIT.ok;
};
export {
  diffCommand
};
