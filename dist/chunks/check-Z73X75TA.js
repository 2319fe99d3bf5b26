import {
  optionValues,
  scanOptionsSchema
} from "./chunk-3DFM7Y6P.js";
import "./chunk-GJBAC3SR.js";
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
import {
  check
} from "./chunk-47UQNKHS.js";
import {
  BASE_DEADLINE_MS,
  createSources
} from "./chunk-G7PQX2GY.js";
import "./chunk-34H5QAGY.js";
import "./chunk-2LADN3I2.js";
import "./chunk-I4IUDEWL.js";
import {
  defaultEngine
} from "./chunk-53VXJEX3.js";
import "./chunk-7JQSIM7R.js";
import "./chunk-KIPY7333.js";
import "./chunk-GDUPNBGV.js";
import "./chunk-SULYZT3E.js";
import "./chunk-2QRAECFN.js";
import "./chunk-YTWAXF7Y.js";
import {
  loadPolicy
} from "./chunk-QSBO4CC7.js";
import "./chunk-ZRELNASS.js";
import "./chunk-4XURTWPT.js";
import "./chunk-MCOX4F7J.js";
import "./chunk-GO5VWACE.js";
import "./chunk-WE5VP5WZ.js";
import "./chunk-VNYT6GF5.js";
import "./chunk-WFX5YPL4.js";
import "./chunk-A4L3TASA.js";
import "./chunk-PZKBUT2P.js";
import "./chunk-2HJM3R72.js";
import "./chunk-ZVPDN32M.js";
import "./chunk-FXGHOV3O.js";
import "./chunk-EJ2SUCMT.js";

// src/cli/commands/check.ts
var DEFAULT_POLICY = "msit-sovereign-ai-2025";
var FORMATS = ["table", "json"];
var FLAGS = [
  {
    name: "policy",
    short: "p",
    value: "NAME|FILE",
    help: `policy preset or file (default: ${DEFAULT_POLICY})`,
    option: "policy"
  },
  formatFlag(FORMATS),
  FLAG.output,
  FLAG.quiet,
  FLAG.timeout,
  {
    name: "deadline",
    value: "DURATION",
    help: "time limit of the whole check, e.g. 90s, 10m (default 10m)",
    option: "deadline"
  },
  FLAG.cacheMaxMb,
  FLAG.noCache
];
var SPEC = {
  name: "check",
  usage: ["check TARGET [options]"],
  about: [
    "Judges one model as a scan would, and says how to fix every finding. TARGET is a directory (a checkout of the model repository), a Hub repo id (org/name), github:owner/repo or a GitHub URL, or a git URL (https://, ssh://, git@host:, file://)."
  ],
  flags: FLAGS,
  footer: `Environment: HF_ENDPOINT, HF_TOKEN, GITHUB_API_URL, GITHUB_TOKEN (see README "Environment").
Exit codes: 0 compliant, 1 not compliant (or not a release), 2 usage error, 3 unknown.`
};
var MARKS = { error: "\u2717", warning: "!", info: "\xB7" };
var checkCommand = async (argv, io) => {
  const problems = new Problems();
  const args = parseFlags(SPEC, argv, problems);
  if (args.flag("help")) {
    io.stdout(helpText(SPEC));
    return EXIT.ok;
  }
  if (args.positionals.length !== 1)
    problems.flag(
      "TARGET",
      `give exactly one target (got ${args.positionals.length})`,
      "openquota check LGAI-EXAONE/EXAONE-4.0-32B"
    );
  const plan = planOutput(args, FORMATS, io, problems, "table");
  const options = optionValues(scanOptionsSchema, args, FLAGS, problems);
  const policyRef = options?.policy ?? args.string("policy") ?? DEFAULT_POLICY;
  const policy = await problems.gather(() => loadPolicy(policyRef, io.cwd));
  await problems.gather(
    () => checkOutputs({
      cwd: io.cwd,
      inputs: (policy?.chain ?? []).map((file) => ({ path: file, what: "the policy file" })),
      ...plannedOutputs(plan)
    })
  );
  problems.throwIfAny();
  printWarnings("check", policy.warnings, io);
  const { sources, budget, redact } = createSources(io.env, {
    timeoutMs: options.timeout * 1e3,
    cwd: io.cwd,
    noCache: options.noCache ?? false,
    cacheMaxMb: options.cacheMaxMb
  });
  budget.setDeadline(budget.now() + (options.deadline ?? BASE_DEADLINE_MS));
  const target = args.positionals[0];
  const shown = redact(target);
  const result = await check({
    target,
    policy,
    sources,
    engine: defaultEngine(),
    now: /* @__PURE__ */ new Date(),
    cwd: io.cwd
  });
  const text = plan.format === "json" ? `${JSON.stringify({ schema: "openquota/check@1", target: shown, policy: policy.policy.id, ...result }, null, 2)}
` : renderCheck(shown, result.model, result.fixes);
  await deliver(text, plan, io);
  const { verdict } = result.model;
  return verdict === "compliant" ? EXIT.ok : verdict === "unknown" ? EXIT.incomplete : EXIT.fail;
};
function renderCheck(target, model, fixes) {
  const { licence } = model;
  const approval = licence.approved === null ? "not established" : licence.approved ? "approved" : "not approved";
  const lines = [
    `openquota check ${target}`,
    `  verdict   ${model.verdict}${model.kind === "code" ? " (code repository, not counted)" : ""}`,
    `  source    ${model.source}${model.revision ? ` at ${model.revision.slice(0, 12)}` : ""}`,
    `  public    ${model.source === "local" ? "not checked (a local directory)" : model.availability ?? "unknown"}`,
    `  licence   ${licence.expression ?? "none"} (${approval}; declared ${licence.declared ?? "-"}, detected ${licence.detected ?? "-"})`,
    `  weights   ${model.weights === null ? "unknown" : model.weights.length === 0 ? "none" : `${model.weights.length} file(s), e.g. ${model.weights[0]}`}`
  ];
  if (model.reasons.length === 0) lines.push("", "No findings: this model counts as a compliant release.");
  else lines.push("", "Findings:");
  model.reasons.forEach((f, i) => {
    lines.push(`  ${MARKS[f.severity] ?? "-"} ${f.code}: ${f.message}`, `      fix: ${fixes[i]}`);
  });
  return `${lines.join("\n")}
`;
}
export {
  checkCommand,
  renderCheck
};
