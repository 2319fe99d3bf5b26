import {
  FLAG
} from "./chunk-IUUHCN46.js";
import {
  helpText,
  parseFlags
} from "./chunk-ZF566R3P.js";
import {
  noteWriter
} from "./chunk-TR3YZUGB.js";
import {
  EXIT
} from "./chunk-OYI4RGVI.js";
import {
  Problems
} from "./chunk-ADC2ERMN.js";
import {
  loadPolicy
} from "./chunk-QSBO4CC7.js";
import "./chunk-ZRELNASS.js";
import "./chunk-4XURTWPT.js";
import {
  programmeSchema,
  teamSchema
} from "./chunk-43SM6JHF.js";
import "./chunk-MCOX4F7J.js";
import "./chunk-GO5VWACE.js";
import "./chunk-WE5VP5WZ.js";
import {
  parseConfig
} from "./chunk-VNYT6GF5.js";
import "./chunk-WFX5YPL4.js";
import "./chunk-A4L3TASA.js";
import "./chunk-PZKBUT2P.js";
import {
  InternalError
} from "./chunk-2HJM3R72.js";
import "./chunk-ZVPDN32M.js";
import "./chunk-FXGHOV3O.js";
import "./chunk-EJ2SUCMT.js";

// src/cli/commands/init.ts
import { randomBytes } from "node:crypto";
import { link, mkdir, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
var DEFAULT_FILE = "openquota.yml";
var DEFAULT_POLICY = "msit-sovereign-ai-2025";
var SPEC = {
  name: "init",
  usage: ["init [--team ID] [--hf ORG]... [--github ORG]... [options]"],
  about: [
    "Writes a commented programme file to start from. Offline: it writes the organisations given, it does not look them up or list their models. Each --team starts a team; the --hf and --github after it are that team's (before any --team, one team named after the first organisation). Without any organisation the file holds an example team, commented out, to fill in.",
    "It never overwrites a file: an existing FILE is refused."
  ],
  flags: [
    {
      name: "team",
      short: "t",
      value: "ID",
      multiple: true,
      help: "start a team with this id (lower-case letters, digits, dashes)"
    },
    {
      name: "hf",
      value: "ORG",
      multiple: true,
      help: "a Hugging Face Hub organisation or user of the current team"
    },
    { name: "github", value: "ORG", multiple: true, help: "a GitHub organisation of the current team" },
    {
      name: "title",
      value: "TEXT",
      help: 'the programme title shown in reports (default: "Open release quota")'
    },
    {
      name: "policy",
      short: "p",
      value: "NAME|FILE",
      help: `policy preset or file (default: ${DEFAULT_POLICY})`
    },
    { ...FLAG.output, help: `the file to write (default: ${DEFAULT_FILE}); - for stdout` },
    FLAG.quiet
  ],
  footer: `Example:
  openquota init --team lg-ai-research --hf LGAI-EXAONE --github LG-AI-EXAONE \\
                 --team upstage --hf upstage

Exit codes: 0 written, 2 a flag is invalid or the file exists.`
};
function teamsOf(given) {
  const teams = [];
  for (const g of given) {
    if (typeof g.value !== "string") continue;
    if (g.name === "team") teams.push({ id: g.value, huggingface: [], github: [] });
    else if (g.name === "hf" || g.name === "github") {
      if (teams.length === 0) teams.push({ id: "", huggingface: [], github: [] });
      teams.at(-1)[g.name === "hf" ? "huggingface" : "github"].push(g.value);
    }
  }
  for (const team of teams) {
    if (!team.id)
      team.id = (team.huggingface[0] ?? team.github[0] ?? "team").toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "");
  }
  return teams;
}
var scalar = (s) => /^[A-Za-z0-9][\w.-]*$/.test(s) ? s : JSON.stringify(s);
var list = (items) => `[${items.map(scalar).join(", ")}]`;
function programmeText(title, policy, teams) {
  const head = [
    "# openquota programme file: the teams whose releases are checked and where they publish them.",
    '# Written by `openquota init`; edit it, then run `openquota scan` (README "The programme file").',
    `programme: ${scalar(title)}   # title shown in every report`,
    `policy: ${scalar(policy)}   # a preset (openquota policy list) or a policy file, relative to this file`
  ];
  const team = (t, c) => [
    `${c}  - id: ${scalar(t.id)}   # lower-case letters, digits and dashes; used by --team`,
    `${c}    name: ${scalar(t.id)}   # display name in reports`,
    `${c}    huggingface: ${list(t.huggingface)}   # Hub organisations or users whose models are discovered`,
    `${c}    github: ${list(t.github)}   # GitHub organisations whose repositories are inspected`,
    `${c}    git: []   # other git repositories: https://, ssh://, git@host: or file:// URLs`,
    `${c}    models: []   # declared releases (org/name, github:owner/repo, a git URL): always counted`,
    `${c}    exclude: []   # releases that do not count, each with the reason the report shows, e.g.`,
    `${c}    #  - pattern: "ORG/*-GGUF"`,
    `${c}    #    reason: quantised copy of a model that is counted itself`
  ];
  if (teams.length === 0) {
    return `${[
      ...head,
      "# No organisation was given: uncomment the team below, fill it in, and add one per team.",
      "teams: []",
      ...team({ id: "my-team", huggingface: ["MY-HUB-ORG"], github: [] }, "#")
    ].join("\n")}
`;
  }
  return `${[...head, "teams:", ...teams.flatMap((t) => team(t, ""))].join("\n")}
`;
}
async function writeNew(file, text) {
  await mkdir(dirname(file), { recursive: true });
  const temp = join(
    dirname(file),
    `.${basename(file)}.openquota-${process.pid}-${randomBytes(6).toString("hex")}.tmp`
  );
  await writeFile(temp, text);
  try {
    await link(temp, file);
    return true;
  } catch (error) {
    if (error.code === "EEXIST") return false;
    throw error;
  } finally {
    await rm(temp, { force: true });
  }
}
var initCommand = async (argv, io) => {
  const problems = new Problems();
  const args = parseFlags(SPEC, argv, problems);
  if (args.flag("help")) {
    io.stdout(helpText(SPEC));
    return EXIT.ok;
  }
  for (const extra of args.positionals)
    problems.flag(
      extra,
      `unexpected argument "${extra}"`,
      "give the file with -o FILE, the organisations with --hf ORG"
    );
  const teams = teamsOf(args.given);
  for (const t of teams) {
    const id = teamSchema.shape.id.safeParse(t.id);
    if (!id.success) problems.flag("--team", `"${t.id}": ${id.error.issues[0].message}`);
    for (const [flag, key] of [
      ["--hf", "huggingface"],
      ["--github", "github"]
    ])
      for (const org of t[key]) {
        const ok = teamSchema.shape[key].safeParse([org]);
        if (!ok.success) problems.flag(flag, `"${org}": ${ok.error.issues[0].message}`);
      }
  }
  const seen = /* @__PURE__ */ new Set();
  for (const t of teams) {
    if (seen.has(t.id))
      problems.flag("--team", `team id "${t.id}" is given twice`, "give each team its own --team ID");
    seen.add(t.id);
  }
  const output = args.string("output") ?? DEFAULT_FILE;
  const file = output === "-" ? void 0 : resolve(io.cwd, output);
  const policy = args.string("policy") ?? DEFAULT_POLICY;
  await problems.gather(() => loadPolicy(policy, file ? dirname(file) : io.cwd));
  problems.throwIfAny();
  const text = programmeText(args.string("title") ?? "Open release quota", policy, teams);
  if (teams.length > 0) {
    const parsed = parseConfig({ file: output, text }, programmeSchema);
    if (!parsed.ok)
      throw new InternalError(`init wrote a programme file scan refuses: ${parsed.problems[0].message}`);
  }
  if (!file) {
    io.stdout(text);
    return EXIT.ok;
  }
  if (!await writeNew(file, text)) {
    problems.flag(
      "--output",
      `${output}: already exists; init never overwrites a file`,
      "give another -o FILE, or move the file away first"
    );
    problems.throwIfAny();
  }
  noteWriter(
    io,
    args.flag("quiet")
  )(
    `wrote ${output}${teams.length ? "" : " (no organisation given: fill in the example team)"}; edit it, then run openquota scan${output === DEFAULT_FILE ? "" : ` --config ${output}`}`
  );
  return EXIT.ok;
};
export {
  initCommand,
  programmeText
};
