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
  plannedOutputs
} from "./chunk-TR3YZUGB.js";
import {
  EXIT
} from "./chunk-OYI4RGVI.js";
import {
  Problems
} from "./chunk-ADC2ERMN.js";
import {
  pickLicenceFiles
} from "./chunk-KIPY7333.js";
import {
  cardBody,
  cardDetection,
  identifyText
} from "./chunk-GDUPNBGV.js";
import {
  frontMatter
} from "./chunk-SULYZT3E.js";
import "./chunk-2QRAECFN.js";
import "./chunk-ZRELNASS.js";
import "./chunk-4XURTWPT.js";
import "./chunk-GO5VWACE.js";
import {
  LIMITS,
  formatBytes,
  readBoundedTextSync
} from "./chunk-PZKBUT2P.js";
import "./chunk-2HJM3R72.js";
import "./chunk-ZVPDN32M.js";
import "./chunk-FXGHOV3O.js";
import "./chunk-EJ2SUCMT.js";

// src/cli/commands/licence.ts
import { readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
var FORMATS = ["table", "json"];
var SPEC = {
  name: "licence",
  usage: ["licence identify FILE|DIR... [options]"],
  about: [
    "Identifies the licence of each file: an SPDX id, a LicenseRef id for model licences, an SPDX expression for files holding several licences, or nothing (with the closest candidate) when no reference text matches for sure. For a directory, reads the files a repository scan would (LICENSE*, LICENCE*, COPYING*, LICENSES/*, LICENSE_MODEL, README / model card).",
    `Files are read up to ${formatBytes(LIMITS.licenceText)}: a longer file is not identified (only part of it was read), and FIFOs, devices and sockets are refused.`
  ],
  flags: [
    formatFlag(FORMATS),
    {
      name: "json",
      help: "the same as --format json: a JSON array of {file, licence, confidence, matcher, closest, bearing, extra}"
    },
    FLAG.output,
    FLAG.quiet
  ],
  footer: `Exit codes: 0 every file identified, 3 some file gave no licence (or was not read whole), 2 usage
            error (a missing file, or one that is not a regular file).`
};
var MAX_DEPTH = 2;
function listFiles(dir, depth = 0, base = dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory() && depth < MAX_DEPTH) out.push(...listFiles(full, depth + 1, base));
    else if (!entry.isDirectory()) out.push(relative(base, full).split("\\").join("/"));
  }
  return out;
}
function table(rows) {
  const cells = rows.map((row) => {
    if ("unread" in row) return [row.file, "-", "-", "-", `not identified: ${row.unread}`];
    const d = row.detection;
    return [
      row.file,
      d.licence ?? "-",
      `${Math.round(d.confidence * 100)}%`,
      d.matcher,
      d.licence === null && d.closest ? `${d.closest.licence} (${Math.round(d.closest.confidence * 100)}%)` : ""
    ];
  });
  const head = ["FILE", "LICENCE", "CONFIDENCE", "MATCHER", "CLOSEST"];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => `${c.map((x, i) => x.padEnd(widths[i])).join("  ").trimEnd()}
`;
  const extra = (row) => "detection" in row ? (row.detection.extra ?? []).map((e) => `    + ${e}
`).join("") : "";
  return line(head) + cells.map((c, i) => line(c) + extra(rows[i])).join("");
}
var licence = async (argv, io) => {
  const problems = new Problems();
  const args = parseFlags(SPEC, argv, problems);
  const [sub, ...targets] = args.positionals;
  if (args.flag("help") || !sub && problems.none) {
    io.stdout(helpText(SPEC));
    return args.flag("help") ? EXIT.ok : EXIT.usage;
  }
  if (sub !== "identify")
    problems.flag(
      sub ?? "identify",
      `unknown subcommand "${sub ?? ""}"`,
      "openquota licence identify LICENSE"
    );
  else if (targets.length === 0)
    problems.flag("FILE", "no FILE or DIR given", "openquota licence identify LICENSE");
  const plan = planOutput(args, FORMATS, io, problems, "table");
  if (args.flag("json")) {
    if (args.has("format") && plan.format !== "json")
      problems.flag(
        "--json",
        `--json asks for json but --format asks for ${plan.format}`,
        "give one of them"
      );
    plan.format = "json";
  }
  const files = [];
  for (const target of sub === "identify" ? targets : []) {
    const full = resolve(io.cwd, target);
    let stat;
    try {
      stat = statSync(full);
    } catch {
      problems.flag(target, "no such file or directory", "give a licence file or a directory");
      continue;
    }
    if (stat.isDirectory()) {
      for (const c of pickLicenceFiles(listFiles(full))) {
        files.push({ shown: join(target, c.path), full: join(full, c.path), role: c.role });
      }
    } else if (!stat.isFile()) {
      problems.flag(
        target,
        "is not a regular file (a FIFO, device or socket)",
        "give a licence file or a directory"
      );
    } else {
      const role = /^(?:readme|model[-_]?card)/i.test(full.split(/[\\/]/).pop() ?? "") ? "readme" : "licence";
      files.push({ shown: target, full, role });
    }
  }
  await problems.gather(
    () => checkOutputs({
      cwd: io.cwd,
      inputs: files.map((f) => ({ path: f.full, what: "a file identified" })),
      ...plannedOutputs(plan)
    })
  );
  problems.throwIfAny();
  const rows = [];
  for (const f of files) rows.push(await identifyFile(f, readBoundedTextSync(f.full, LIMITS.licenceText)));
  let text;
  if (plan.format === "json") {
    const out = rows.map(
      (row) => "unread" in row ? { file: row.file, licence: null, confidence: 0, matcher: null, closest: null, unread: row.unread } : {
        file: row.file,
        licence: row.detection.licence,
        confidence: row.detection.confidence,
        matcher: row.detection.matcher,
        closest: row.detection.closest ? { licence: row.detection.closest.licence, confidence: row.detection.closest.confidence } : null,
        bearing: row.detection.bearing ?? null,
        extra: row.detection.extra ?? []
      }
    );
    text = `${JSON.stringify(out, null, 2)}
`;
  } else if (rows.length === 0) {
    text = "no licence files found\n";
  } else {
    text = table(rows);
  }
  await deliver(text, plan, io);
  return rows.length > 0 && rows.every((r) => "detection" in r && r.detection.licence !== null) ? EXIT.ok : EXIT.incomplete;
};
async function identifyFile(f, read) {
  if (!read.ok) return { file: f.shown, unread: `the file ${read.message}` };
  if (read.truncated) {
    return {
      file: f.shown,
      unread: `larger than ${formatBytes(LIMITS.licenceText)}, so only its start was read`
    };
  }
  const detection = identifyText(read.text, { file: f.shown, role: f.role });
  const card = f.role === "readme" && frontMatter(read.text) !== void 0 ? cardDetection(
    (await import("./repo-files-IFRZGCA4.js")).frontMatterLicences(read.text),
    cardBody(read.text),
    detection,
    f.shown
  ) : null;
  return { file: f.shown, detection: card ?? detection };
}
export {
  licence
};
