import {
  failedHost,
  failureLine,
  registryFailures
} from "./chunk-6MB5TRVQ.js";
import {
  availabilityLabel,
  codeLicence,
  findingMessage,
  findingTitle,
  modelVerdictLabel,
  parameterShareCell,
  percent,
  primaryFinding,
  statusLabel,
  t,
  teamReason,
  verdictLabel
} from "./chunk-FXGHOV3O.js";

// src/report/columns.ts
function displayWidth(text) {
  let w = 0;
  for (const ch of text)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/.test(ch) ? 2 : 1;
  return w;
}
function hardSplit(text, width) {
  const out = [];
  let piece = "";
  for (const ch of text) {
    if (piece && displayWidth(piece + ch) > width) {
      out.push(piece);
      piece = "";
    }
    piece += ch;
  }
  if (piece) out.push(piece);
  return out;
}
function breakWord(word, width) {
  const pieces = [];
  let current = "";
  for (const segment of word.split(/(?<=[/\-_.:,])/)) {
    if (displayWidth(current + segment) <= width) {
      current += segment;
      continue;
    }
    if (current) pieces.push(current);
    current = "";
    for (const part of displayWidth(segment) > width ? hardSplit(segment, width) : [segment]) {
      if (displayWidth(current + part) <= width) current += part;
      else {
        if (current) pieces.push(current);
        current = part;
      }
    }
  }
  if (current) pieces.push(current);
  return pieces;
}
function wrapText(text, width) {
  const limit = Math.max(2, width);
  const lines = [];
  let line = "";
  for (const word of text.split(/ +/)) {
    if (!word) continue;
    const pieces = displayWidth(word) <= limit ? [word] : breakWord(word, limit);
    pieces.forEach((piece, i) => {
      const sep = line && i === 0 ? " " : "";
      if (displayWidth(line + sep + piece) <= limit) line += sep + piece;
      else {
        if (line) lines.push(line);
        line = piece;
      }
    });
  }
  lines.push(line);
  return lines;
}
function wrapIndented(text, width, indent = "", hanging = indent) {
  const first = wrapText(text, width - displayWidth(indent));
  const [head, ...rest] = first;
  if (rest.length === 0) return [`${indent}${head}`];
  const tail = wrapText(rest.join(" "), width - displayWidth(hanging));
  return [`${indent}${head}`, ...tail.map((l) => `${hanging}${l}`)];
}
var GAP = 2;
function pad(cell, width, align) {
  const fill = " ".repeat(Math.max(0, width - displayWidth(cell)));
  return align === "r" ? fill + cell : cell + fill;
}
function alignColumns(rows, align) {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => displayWidth(r[c] ?? ""))));
  return rows.map(
    (r) => r.map((cell, c) => pad(cell, widths[c], align[c] ?? "l")).join(" ".repeat(GAP)).trimEnd()
  );
}
function longestWord(cell) {
  return Math.max(0, ...cell.split(/ +|(?<=[/\-_.:,])/).map(displayWidth));
}
function fitWidths(rows, width, floors) {
  const columns = rows[0].length;
  const widths = rows[0].map((_, c) => Math.max(1, ...rows.map((r) => displayWidth(r[c] ?? ""))));
  let excess = widths.reduce((a, b) => a + b, 0) + GAP * (columns - 1) - width;
  for (let c = 0; c < columns && excess > 0; c++) {
    const floor = floors[c];
    if (floor === void 0) continue;
    const word = Math.max(1, ...rows.map((r) => longestWord(r[c] ?? "")));
    const give = Math.max(0, Math.min(excess, widths[c] - Math.max(word, floor)));
    widths[c] -= give;
    excess -= give;
  }
  return excess > 0 ? void 0 : widths;
}
function layoutRows(rows, widths, align) {
  return rows.map((row) => {
    const cells = row.map((cell, c) => wrapText(cell, widths[c]));
    const height = Math.max(...cells.map((l) => l.length));
    return Array.from(
      { length: height },
      (_, i) => cells.map((lines, c) => pad(lines[i] ?? "", widths[c], align[c] ?? "l")).join(" ".repeat(GAP)).trimEnd()
    );
  });
}
function stackRows(rows, width, indent, ownLine) {
  const [header, ...body] = rows;
  const labelled = (row, c) => row[c] ? `${header[c]}: ${row[c]}` : "";
  const under = `${indent}  `;
  return body.map((row) => {
    const rest = row.map((_, c) => c).filter((c) => c > 0 && c !== ownLine).map((c) => labelled(row, c)).filter(Boolean);
    const own = ownLine === void 0 ? "" : labelled(row, ownLine);
    return [
      ...wrapIndented(row[0] ?? "", width, indent, under),
      ...rest.length ? wrapIndented(rest.join(" \xB7 "), width, under, `${under}  `) : [],
      ...own ? wrapIndented(own, width, under, `${under}  `) : []
    ];
  });
}

// src/report/table.ts
var DEFAULT_WIDTH = 100;
var MIN_WIDTH = 40;
var COLOUR = {
  pass: "32",
  compliant: "32",
  fail: "31",
  "non-compliant": "31",
  incomplete: "33",
  unknown: "33",
  excluded: "2"
};
function layout(grid, width, indent, widths) {
  if (!widths) return [[], ...stackRows(grid.rows, width, indent, grid.ownLine)];
  return layoutRows(grid.rows, widths, grid.align).map((lines) => lines.map((l) => indent + l));
}
function paintedRows(grid, width, indent, paint, labels, widths) {
  const [header, ...body] = layout(grid, width, indent, widths);
  return [
    header,
    ...body.map((lines, i) => {
      const label = labels[i];
      const at = lines.findIndex((l) => l.includes(label));
      return lines.map((l, j) => j === at ? l.replace(label, paint(grid.paint[i], label)) : l);
    })
  ];
}
function teamGrid(report, lang) {
  const header = [
    "col.team",
    "col.counted",
    "col.compliant",
    "col.unknown",
    "col.excluded",
    "col.share",
    "col.parameterShare",
    "col.status"
  ];
  return {
    rows: [
      header.map((k) => t(lang, k)),
      ...report.teams.map((team) => [
        team.name,
        String(team.counted),
        String(team.compliant),
        String(team.unknown),
        String(team.excluded),
        percent(team.share),
        parameterShareCell(lang, team),
        statusLabel(lang, team.status)
      ])
    ],
    align: ["l", "r", "r", "r", "r", "r", "r", "l"],
    floors: [12, void 0, void 0, void 0, void 0, void 0, void 0, void 0],
    paint: report.teams.map((team) => team.status)
  };
}
function reasonCell(model, lang) {
  const reason = primaryFinding(model);
  if (!reason) return "";
  const host = reason.code === "SOURCE_FAILED" ? failedHost(reason, model) : void 0;
  const title = lang === "en" ? reason.code : findingTitle(lang, reason);
  return `${title}: ${host ? `${host}: ` : ""}${findingMessage(lang, reason)}`;
}
function modelGrid(team, lang) {
  const header = ["col.model", "col.verdict", "col.availability", "col.licence", "col.reason"];
  return {
    rows: [
      header.map((k) => t(lang, k)),
      ...team.models.map((m) => [
        m.id,
        modelVerdictLabel(lang, m),
        availabilityLabel(lang, m.availability),
        m.licence.expression ?? "\u2013",
        reasonCell(m, lang)
      ])
    ],
    align: ["l", "l", "l", "l", "l"],
    // The verdict wraps after its label (`– excluded · code repository…`), the reason as prose.
    floors: [void 0, 16, void 0, void 0, 32],
    ownLine: 4,
    paint: team.models.map((m) => m.verdict)
  };
}
function renderTable(report, options) {
  const lang = options.lang ?? "en";
  const width = Math.max(MIN_WIDTH, options.width ?? DEFAULT_WIDTH);
  const paint = (key, text) => options.colour ? `\x1B[${COLOUR[key]}m${text}\x1B[0m` : text;
  const out = [
    ...wrapIndented(report.programme.title, width),
    ...wrapIndented(
      t(lang, "report.policyLine", { policy: report.policy.id, threshold: percent(report.policy.threshold) }),
      width
    ),
    ""
  ];
  const grid = teamGrid(report, lang);
  const teams = paintedRows(
    grid,
    width,
    "",
    paint,
    report.teams.map((team) => statusLabel(lang, team.status)),
    fitWidths(grid.rows, width, grid.floors)
  );
  out.push(...teams.flat());
  const failures = registryFailures(report);
  if (failures.length > 0) {
    out.push("", ...wrapIndented(t(lang, "failure.heading"), width));
    for (const f of failures)
      out.push(...wrapIndented(`${f.team}: ${failureLine(lang, f)}`, width, "  ", "    "));
  }
  if (options.verbose) {
    const grids = report.teams.map((team) => modelGrid(team, lang));
    const all = [grids[0]?.rows[0] ?? [], ...grids.flatMap((g) => g.rows.slice(1))];
    const widths = grids.length ? fitWidths(all, width - 2, grids[0].floors) : void 0;
    report.teams.forEach((team, ti) => {
      out.push("", ...wrapIndented(`${team.name} \u2014 ${teamReason(lang, team)}`, width));
      const rows = paintedRows(
        grids[ti],
        width,
        "  ",
        paint,
        team.models.map((m) => verdictLabel(lang, m.verdict)),
        widths
      );
      out.push(...rows[0]);
      team.models.forEach((m, i) => {
        out.push(...rows[i + 1]);
        for (const c of m.code ?? []) {
          const line = `${t(lang, "code.label")}: ${t(lang, `source.${c.source}`)} ${c.id} (${codeLicence(lang, c)})`;
          out.push(...wrapIndented(line, width, "    ", "      "));
        }
      });
    });
  } else {
    out.push("", ...wrapIndented(t(lang, "report.verboseHint"), width));
  }
  const failed = report.teams.filter((team) => team.status !== "pass");
  const overall = statusLabel(lang, report.status);
  const summary = `${t(lang, "report.overall")}: ${overall}${failed.length ? ` (${failed.map((team) => `${team.id} ${t(lang, `status.${team.status}`)}`).join(", ")})` : ""}`;
  const lines = wrapIndented(summary, width, "", "  ");
  lines[0] = lines[0].replace(overall, paint(report.status, overall));
  out.push("", ...lines);
  return `${out.join("\n")}
`;
}

export {
  displayWidth,
  alignColumns,
  DEFAULT_WIDTH,
  renderTable
};
