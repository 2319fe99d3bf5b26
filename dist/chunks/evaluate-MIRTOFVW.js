import {
  exampleEvidencePath
} from "./chunk-AYGIZN5X.js";
import {
  optionValues,
  scanOptionsSchema
} from "./chunk-3DFM7Y6P.js";
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
  exitCodeFor,
  langOf,
  planOutput,
  plannedOutputs,
  printWarnings
} from "./chunk-TR3YZUGB.js";
import {
  EXIT
} from "./chunk-OYI4RGVI.js";
import {
  Problems
} from "./chunk-ADC2ERMN.js";
import {
  evaluateBundle,
  unknownTeams
} from "./chunk-E7ZBRHZF.js";
import {
  loadBundle
} from "./chunk-LB72PGIN.js";
import "./chunk-FJQ3QF5D.js";
import {
  defaultEngine
} from "./chunk-53VXJEX3.js";
import "./chunk-7JQSIM7R.js";
import "./chunk-GDUPNBGV.js";
import "./chunk-SULYZT3E.js";
import "./chunk-2QRAECFN.js";
import "./chunk-YTWAXF7Y.js";
import {
  loadPolicy
} from "./chunk-QSBO4CC7.js";
import "./chunk-ZRELNASS.js";
import "./chunk-4XURTWPT.js";
import "./chunk-43SM6JHF.js";
import "./chunk-MCOX4F7J.js";
import "./chunk-GO5VWACE.js";
import "./chunk-WE5VP5WZ.js";
import "./chunk-VNYT6GF5.js";
import "./chunk-WFX5YPL4.js";
import "./chunk-A4L3TASA.js";
import "./chunk-PZKBUT2P.js";
import "./chunk-2HJM3R72.js";
import "./chunk-ZVPDN32M.js";
import "./chunk-DVS2ILXM.js";
import "./chunk-FXGHOV3O.js";
import "./chunk-EJ2SUCMT.js";

// src/cli/commands/evaluate.ts
import { resolve } from "node:path";
var FLAGS = [
  {
    name: "policy",
    short: "p",
    value: "NAME|FILE",
    help: "judge with this policy instead of the one saved in the bundle",
    option: "policy"
  },
  { ...FLAG.team, help: "only this team (or a list: a,b)", option: "team" },
  formatFlag(FORMATS),
  FLAG.lang,
  FLAG.output,
  FLAG.json,
  FLAG.verbose,
  FLAG.quiet
];
var spec = (cwd) => ({
  name: "evaluate",
  usage: ["evaluate DIR [options]"],
  about: [
    'Re-runs identification, judgement and counting on an evidence bundle written by `openquota scan --save-evidence DIR`, offline. With the bundle\'s own policy it gives the same report as the scan; with --policy it answers "what if the policy were this one".'
  ],
  flags: FLAGS,
  footer: `Examples:
  openquota evaluate ${exampleEvidencePath(cwd)} --verbose
  openquota evaluate evidence -o dashboard.html --json report.json

Exit codes: as scan (0 every team passes, 1 a team fails, 3 incomplete); 2 when the bundle or a
            flag is invalid.`
});
var evaluateCommand = async (argv, io) => {
  const problems = new Problems();
  const commandSpec = spec(io.cwd);
  const args = parseFlags(commandSpec, argv, problems);
  if (args.flag("help")) {
    io.stdout(helpText(commandSpec));
    return EXIT.ok;
  }
  if (args.positionals.length !== 1) {
    problems.flag(
      "DIR",
      `give exactly one evidence directory (got ${args.positionals.length})`,
      `openquota evaluate ${exampleEvidencePath(io.cwd)}`
    );
  }
  const plan = planOutput(args, FORMATS, io, problems, "table");
  const lang = langOf(args, io, problems);
  const options = optionValues(scanOptionsSchema, args, FLAGS, problems);
  const policyRef = options?.policy ?? args.string("policy");
  const teams = options?.team ?? [];
  const shown = args.positionals[0];
  const dir = shown === void 0 ? void 0 : resolve(io.cwd, shown);
  const bundle = dir ? await problems.gather(() => loadBundle(dir)) : void 0;
  const policy = policyRef ? await problems.gather(() => loadPolicy(policyRef, io.cwd)) : void 0;
  if (bundle) problems.add(...unknownTeams(bundle, teams, "openquota evaluate"));
  await problems.gather(
    () => checkOutputs({
      cwd: io.cwd,
      inputs: [
        ...dir ? [{ path: dir, what: "the evidence bundle being evaluated" }] : [],
        ...(policy?.chain ?? []).map((file) => ({ path: file, what: "the policy file" }))
      ],
      ...plannedOutputs(plan)
    })
  );
  problems.throwIfAny();
  const report = await evaluateBundle(bundle, {
    ...policyRef ? { policy: policyRef } : {},
    cwd: io.cwd,
    teams,
    engine: defaultEngine(),
    caller: "openquota evaluate",
    onWarnings: (warnings) => printWarnings("evaluate", warnings, io)
  });
  await emitReport(
    report,
    plan,
    { verbose: args.flag("verbose"), lang, programmeText: bundle.programme.text },
    io
  );
  return exitCodeFor(report.status);
};
export {
  evaluateCommand
};
