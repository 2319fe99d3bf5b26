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
  noteWriter,
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
  loadProgramme,
  scan,
  selectTeams
} from "./chunk-A4YIOCXP.js";
import {
  createSources,
  credentialNotices
} from "./chunk-G7PQX2GY.js";
import "./chunk-34H5QAGY.js";
import "./chunk-2LADN3I2.js";
import "./chunk-I4IUDEWL.js";
import {
  saveScanEvidence
} from "./chunk-LB72PGIN.js";
import "./chunk-FJQ3QF5D.js";
import {
  DEFAULT_POOLS,
  MAX_POOL,
  POOL_KINDS,
  defaultEngine,
  formatPools,
  releasesInFlight
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

// src/cli/commands/scan.ts
import { dirname, resolve } from "node:path";

// src/cli/progress.ts
function progressReporter(io, quiet = false) {
  if (!io.stderrIsTTY || quiet) return void 0;
  let last = 0;
  return (event) => {
    const now = Date.now();
    if (event.phase === "inspect" && event.done < event.total && now - last < 100) return;
    last = now;
    const line = event.phase === "discover" ? `discovering ${event.team}\u2026` : `inspecting ${event.done}/${event.total} ${event.id}`;
    io.stderr(
      `\r\x1B[2K${line.slice(0, 100)}${event.phase === "inspect" && event.done === event.total ? "\r\x1B[2K" : ""}`
    );
  };
}

// src/cli/stats.ts
function formatStats(figures, releases) {
  const total = POOL_KINDS.reduce(
    (sum, k) => ({
      made: sum.made + figures[k].made,
      cached: sum.cached + figures[k].cached,
      revalidated: sum.revalidated + figures[k].revalidated,
      retried: sum.retried + figures[k].retried
    }),
    { made: 0, cached: 0, revalidated: 0, retried: 0 }
  );
  const per = (n) => releases > 0 ? (n / releases).toFixed(2) : "-";
  const row = (name, f) => [
    name.padEnd(10),
    ...[f.made, f.cached, f.revalidated, f.retried].map((n) => String(n).padStart(8)),
    per(f.made).padStart(12)
  ].join(" ");
  return [
    `requests of this scan (${releases} releases):`,
    [
      "host".padEnd(10),
      ...["made", "cached", "304", "retried"].map((h) => h.padStart(8)),
      "per release".padStart(12)
    ].join(" "),
    ...POOL_KINDS.map((k) => row(k, figures[k])),
    row("total", total),
    ""
  ].join("\n");
}

// src/cli/commands/scan.ts
var FLAGS = [
  {
    name: "config",
    short: "c",
    value: "FILE",
    help: "programme file (default: openquota.yml)",
    option: "config"
  },
  {
    name: "policy",
    short: "p",
    value: "NAME|FILE",
    help: "policy preset or file; overrides the programme's",
    option: "policy"
  },
  { ...FLAG.team, help: "scan only this team (or a list: a,b)", option: "team" },
  formatFlag(FORMATS),
  FLAG.lang,
  FLAG.output,
  FLAG.json,
  {
    name: "save-evidence",
    value: "DIR",
    help: "write every evidence record, for `openquota evaluate DIR`: DIR is new, empty, or a bundle written before (never a folder of other files)",
    option: "saveEvidence"
  },
  FLAG.verbose,
  FLAG.quiet,
  {
    name: "concurrency",
    value: "N|POOLS",
    help: `requests in flight at once per host: N for every pool, or ${formatPools(DEFAULT_POOLS)} (the default), each from 1 to ${MAX_POOL}`,
    option: "concurrency",
    example: `e.g. --concurrency 16, or --concurrency hub-files=48`
  },
  FLAG.timeout,
  {
    name: "deadline",
    value: "DURATION",
    help: "time limit of the whole scan, e.g. 90s, 10m, 1h (default: 10m plus 5m per thousand releases); past it, releases not read are unknown",
    option: "deadline"
  },
  {
    name: "cache-dir",
    value: "DIR",
    help: "ETag cache (default: $XDG_CACHE_HOME/openquota or ~/.cache/openquota)",
    option: "cacheDir"
  },
  FLAG.cacheMaxMb,
  FLAG.noCache,
  {
    name: "stats",
    help: "print the requests made at the end, on stderr: by host (Hub API, Hub files, GitHub) made, served from the cache, answered 304, retried, per release"
  }
];
var SPEC = {
  name: "scan",
  usage: ["scan [options]"],
  about: [
    "Discovers every team's releases on the Hugging Face Hub (and the other registries the programme file names), inspects them, judges them against the policy and counts per team."
  ],
  flags: FLAGS,
  footer: `Examples:
  openquota scan --config openquota.yml                       table on a terminal
  openquota scan --json report.json --save-evidence evidence  keep the report and the evidence
  openquota scan -o dashboard.html --json report.json         a dashboard and the JSON beside it

Environment: HF_ENDPOINT, HF_TOKEN, GITHUB_API_URL, GITHUB_TOKEN (see README "Environment").
Exit codes: 0 every team passes, 1 a team fails, 2 usage or configuration error,
            3 no team fails but some are incomplete, or the run could not finish.`
};
var scanCommand = async (argv, io) => {
  const problems = new Problems();
  const args = parseFlags(SPEC, argv, problems);
  if (args.flag("help")) {
    io.stdout(helpText(SPEC));
    return EXIT.ok;
  }
  for (const extra of args.positionals)
    problems.flag(extra, `unexpected argument "${extra}"`, "the programme file goes after --config");
  const plan = planOutput(args, FORMATS, io, problems, "table");
  const lang = langOf(args, io, problems);
  const options = optionValues(scanOptionsSchema, args, FLAGS, problems);
  const config = options?.config ?? args.string("config") ?? "openquota.yml";
  const configFile = resolve(io.cwd, config);
  const policyRef = options?.policy ?? args.string("policy");
  const saveEvidence = options?.saveEvidence ?? args.string("save-evidence");
  const programme = await problems.gather(() => loadProgramme(configFile));
  const policyName = policyRef ?? programme?.programme.policy;
  const policy = policyName ? await problems.gather(() => loadPolicy(policyName, policyRef ? io.cwd : dirname(configFile))) : void 0;
  const teams = options?.team ?? scanOptionsSchema.shape.team.safeParse(args.strings("team")).data ?? [];
  if (programme) await problems.gather(() => selectTeams(programme.programme.teams, teams, config));
  await problems.gather(
    () => checkOutputs({
      cwd: io.cwd,
      inputs: [
        { path: configFile, what: "the programme file" },
        ...(policy?.chain ?? []).map((file) => ({ path: file, what: "the policy file" }))
      ],
      ...plannedOutputs(plan),
      ...saveEvidence ? { evidence: { path: saveEvidence, flag: "--save-evidence" } } : {}
    })
  );
  problems.throwIfAny();
  const { team, concurrency, timeout, cacheDir, noCache, cacheMaxMb } = options;
  const deadline = options?.deadline;
  printWarnings("scan", policy.warnings, io);
  const quiet = args.flag("quiet");
  const note = noteWriter(io, quiet);
  const selected = programme.programme.teams.filter((t) => team.length === 0 || team.includes(t.id));
  for (const notice of credentialNotices(io.env, selected)) note(notice);
  const { sources, budget, redact, figures } = createSources(io.env, {
    timeoutMs: timeout * 1e3,
    pools: concurrency,
    ...cacheDir ? { cacheDir: resolve(io.cwd, cacheDir) } : {},
    noCache,
    cacheMaxMb
  });
  const result = await scan({
    programme: { ...programme, file: config },
    policy,
    sources,
    engine: defaultEngine(),
    teams: team,
    concurrency: releasesInFlight(concurrency),
    onProgress: progressReporter(io, quiet),
    budget,
    ...deadline !== void 0 ? { deadlineMs: deadline } : {}
  });
  if (saveEvidence) {
    await saveScanEvidence(
      resolve(io.cwd, saveEvidence),
      result,
      // The copy kept for audit holds no credential (a git URL's password); the hash is the file's own.
      { path: config, text: redact(programme.text), sha256: programme.sha256 },
      policy
    );
  }
  await emitReport(
    result.report,
    plan,
    { verbose: args.flag("verbose"), lang, programmeText: programme.text },
    io
  );
  if (args.flag("stats")) io.stderr(formatStats(figures(), result.evidence.length));
  return exitCodeFor(result.report.status);
};
export {
  scanCommand
};
