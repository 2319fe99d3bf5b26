import {
  exampleEvidencePath
} from "./chunk-AYGIZN5X.js";
import {
  EXIT
} from "./chunk-OYI4RGVI.js";
import {
  secretsFrom
} from "./chunk-34H5QAGY.js";
import {
  VERSION
} from "./chunk-7JQSIM7R.js";
import "./chunk-4XURTWPT.js";
import "./chunk-EJ2SUCMT.js";

// src/cli/main.ts
var COMMANDS = {
  init: {
    load: () => import("./init-4AC6NC6U.js").then((m) => m.initCommand),
    summary: "write a commented programme file to start from (offline)"
  },
  scan: {
    load: () => import("./scan-VVFQINPG.js").then((m) => m.scanCommand),
    summary: "scan every team of a programme file and report who meets the quota"
  },
  check: {
    load: () => import("./check-Z73X75TA.js").then((m) => m.checkCommand),
    summary: "judge one model (directory, Hub id or git URL) and say how to fix it"
  },
  evaluate: {
    load: () => import("./evaluate-MIRTOFVW.js").then((m) => m.evaluateCommand),
    summary: "judge a saved evidence bundle again, offline"
  },
  licence: {
    load: () => import("./licence-UVSOLAKA.js").then((m) => m.licence),
    summary: "identify the licence of files or a directory"
  },
  policy: {
    load: () => import("./policy-U2CQ5QRB.js").then((m) => m.policyCommand),
    summary: "show a policy with its approved licences"
  },
  render: {
    load: () => import("./render-IWAYSGVM.js").then((m) => m.renderCommand),
    summary: "render a saved JSON report as table, Markdown, HTML or CycloneDX"
  },
  diff: {
    load: () => import("./diff-UA26KBYR.js").then((m) => m.diffCommand),
    summary: "compare two reports (evaluation rounds); exit 1 on a regression"
  },
  merge: {
    load: () => import("./merge-NBEEXLPG.js").then((m) => m.mergeCommand),
    summary: "combine the reports of jobs that each scanned some teams"
  },
  site: {
    load: () => import("./site-5ILCRGX6.js").then((m) => m.siteCommand),
    summary: "build a static public site (Korean and English) from the reports of rounds"
  }
};
var ALIASES = { license: "licence" };
function help(cwd) {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  return `openquota ${VERSION} \u2014 checks that AI teams release more than half of their models openly

Usage: openquota COMMAND [options]     (openquota help COMMAND, or openquota COMMAND --help, for details)

Commands:
${Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`).join("\n")}

Quick start (no network): openquota evaluate ${exampleEvidencePath(cwd)}
Start a programme file:   openquota init --hf YOUR-HUB-ORG
`;
}
function commandNamed(name) {
  const canonical = ALIASES[name] ?? name;
  const command = COMMANDS[canonical];
  return command && { name: canonical, run: async (argv, io) => (await command.load())(argv, io) };
}
async function unknownCommand(name) {
  const [{ closest }, { ConfigError }, { codedProblem }] = await Promise.all([
    import("./problems-ZAWRF6MD.js"),
    import("./errors-Z7LF2MBG.js"),
    import("./problems-PG2M7C55.js")
  ]);
  const near = closest(name, [...Object.keys(COMMANDS), ...Object.keys(ALIASES)]);
  const all = Object.keys(COMMANDS).join(", ");
  return new ConfigError([
    codedProblem(name, "UNKNOWN_COMMAND", {
      name,
      commands: all,
      ...near ? { near: ALIASES[near] ?? near, variant: "near" } : {}
    })
  ]);
}
async function fail(error, command, args, secrets, io) {
  const [{ createRedactor }, { langOfArgv }, { asksForJson, printError }] = await Promise.all([
    import("./redact-VPTRQANA.js"),
    import("./output-DBBIEKJU.js"),
    import("./report-error-HVDDPU2C.js")
  ]);
  const redact = createRedactor(secrets);
  const lang = langOfArgv(args, io.env);
  return printError(error, { command, json: asksForJson(command, args), redact, lang }, io);
}
async function main(argv, io) {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h") {
    io.stdout(help(io.cwd));
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === "--version" || name === "-V") {
    io.stdout(`${VERSION}
`);
    return EXIT.ok;
  }
  const secrets = secretsFrom(io.env);
  if (name === "help") {
    if (rest.length === 0) {
      io.stdout(help(io.cwd));
      return EXIT.ok;
    }
    const command2 = commandNamed(rest[0]);
    if (!command2) return fail(await unknownCommand(rest[0]), "", rest, secrets, io);
    return command2.run(["--help"], io);
  }
  const command = commandNamed(name);
  if (!command) return fail(await unknownCommand(name), "", rest, secrets, io);
  try {
    return await command.run(rest, io);
  } catch (error) {
    return fail(error, command.name, rest, secrets, io);
  }
}
export {
  main
};
