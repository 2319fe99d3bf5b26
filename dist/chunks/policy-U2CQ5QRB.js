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
import "./chunk-2QRAECFN.js";
import {
  approvedSpdxIds,
  loadPolicy,
  presetNames
} from "./chunk-QSBO4CC7.js";
import "./chunk-ZRELNASS.js";
import "./chunk-4XURTWPT.js";
import "./chunk-MCOX4F7J.js";
import "./chunk-GO5VWACE.js";
import "./chunk-WE5VP5WZ.js";
import "./chunk-VNYT6GF5.js";
import "./chunk-WFX5YPL4.js";
import {
  require_dist
} from "./chunk-A4L3TASA.js";
import "./chunk-PZKBUT2P.js";
import "./chunk-2HJM3R72.js";
import "./chunk-ZVPDN32M.js";
import "./chunk-FXGHOV3O.js";
import {
  __toESM
} from "./chunk-EJ2SUCMT.js";

// src/cli/commands/policy.ts
var import_yaml = __toESM(require_dist(), 1);
var DEFAULT_POLICY = "msit-sovereign-ai-2025";
var FORMATS = ["yaml", "json"];
var SPEC = {
  name: "policy",
  usage: ["policy show [NAME|FILE] [options]", "policy list [options]"],
  about: [
    `show   prints a policy with every default filled in and the SPDX ids it approves (computed from SPDX data); a file with \`extends:\` is shown merged with what it extends. Default: ${DEFAULT_POLICY}.`,
    "list   prints the presets shipped in rules/ (one a line; a JSON array with --format json)."
  ],
  flags: [
    formatFlag(FORMATS, "yaml"),
    { name: "json", help: "the same as --format json" },
    FLAG.output,
    FLAG.quiet
  ]
};
var policyCommand = async (argv, io) => {
  const problems = new Problems();
  const args = parseFlags(SPEC, argv, problems);
  const [action, ref, ...rest] = args.positionals;
  if (args.flag("help") || !action) {
    io.stdout(helpText(SPEC));
    return args.flag("help") ? EXIT.ok : EXIT.usage;
  }
  if (action !== "show" && action !== "list") {
    problems.flag(
      action,
      `unknown policy action "${action}"`,
      "use `openquota policy show [NAME|FILE]` or `openquota policy list`"
    );
  } else if (rest.length > 0 || action === "list" && ref !== void 0) {
    const extra = action === "list" ? ref : rest[0];
    problems.flag(
      extra,
      `unexpected argument "${extra}"`,
      `openquota policy ${action === "list" ? "list" : "show [NAME|FILE]"}`
    );
  }
  const plan = planOutput(args, FORMATS, io, problems, "yaml");
  if (args.flag("json")) {
    if (args.has("format") && plan.format !== "json")
      problems.flag(
        "--json",
        `--json asks for json but --format asks for ${plan.format}`,
        "give one of them"
      );
    plan.format = "json";
  }
  const loaded = action === "show" ? await problems.gather(() => loadPolicy(ref ?? DEFAULT_POLICY, io.cwd)) : void 0;
  await problems.gather(
    () => checkOutputs({
      cwd: io.cwd,
      inputs: (loaded?.chain ?? []).map((file) => ({ path: file, what: "the policy file" })),
      ...plannedOutputs(plan)
    })
  );
  problems.throwIfAny();
  if (action === "list") {
    const names = presetNames();
    await deliver(
      plan.format === "json" ? `${JSON.stringify(names, null, 2)}
` : `${names.join("\n")}
`,
      plan,
      io
    );
    return EXIT.ok;
  }
  printWarnings("policy", loaded.warnings, io);
  const resolved = {
    ...loaded.policy,
    source: loaded.file,
    ...loaded.chain.length > 1 ? { extends: loaded.chain.slice(1) } : {},
    sha256: loaded.sha256,
    approvedSpdxIds: approvedSpdxIds(loaded.policy)
  };
  const text = plan.format === "json" ? `${JSON.stringify(resolved, null, 2)}
` : (0, import_yaml.stringify)(resolved, { lineWidth: 0 });
  await deliver(text, plan, io);
  return EXIT.ok;
};
export {
  policyCommand
};
