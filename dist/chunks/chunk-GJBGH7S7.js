import {
  page
} from "./chunk-VJZUC5QO.js";
import {
  md,
  mdTable
} from "./chunk-MSVANNZG.js";
import {
  formatTime
} from "./chunk-TGXUKUHP.js";
import {
  escapeHtml
} from "./chunk-G4PS4LXE.js";
import {
  alignColumns
} from "./chunk-WQGJB5OA.js";
import {
  availabilityLabel,
  percent,
  statusLabel,
  t,
  verdictLabel
} from "./chunk-FXGHOV3O.js";

// src/report/diff.ts
var modelKey = (m) => `${m.source}:${m.id}`;
function side(report) {
  return {
    generatedAt: report.generatedAt,
    programme: report.programme.title,
    policy: { id: report.policy.id, sha256: report.policy.sha256 }
  };
}
function modelChanges(team, before, after) {
  const at = { team: team.id, teamName: team.name, model: modelKey(after) };
  const out = [];
  const push = (kind, a, b, regression = false) => {
    if (a !== b) out.push({ kind, ...at, before: a, after: b, regression });
  };
  push(
    "verdict",
    before.verdict,
    after.verdict,
    before.verdict === "compliant" && after.verdict !== "compliant"
  );
  push("availability", before.availability, after.availability);
  push("licence-expression", before.licence.expression, after.licence.expression);
  push("licence-declared", before.licence.declared, after.licence.declared);
  push("licence-detected", before.licence.detected, after.licence.detected);
  push("revision", before.revision, after.revision);
  return out;
}
function teamChanges(before, after) {
  const at = { team: after.id, teamName: after.name };
  const out = [];
  if (before.status !== after.status)
    out.push({
      kind: "team-status",
      ...at,
      before: before.status,
      after: after.status,
      regression: before.status === "pass"
    });
  if (Math.round(before.share * 1e3) !== Math.round(after.share * 1e3))
    out.push({ kind: "team-share", ...at, before: before.share, after: after.share, regression: false });
  const olds = new Map(before.models.map((m) => [modelKey(m), m]));
  const news = new Map(after.models.map((m) => [modelKey(m), m]));
  for (const m of after.models)
    if (!olds.has(modelKey(m)))
      out.push({
        kind: "model-added",
        ...at,
        model: modelKey(m),
        before: null,
        after: m.verdict,
        regression: false
      });
  for (const m of before.models)
    if (!news.has(modelKey(m)))
      out.push({
        kind: "model-removed",
        ...at,
        model: modelKey(m),
        before: m.verdict,
        after: null,
        regression: false
      });
  for (const m of after.models) {
    const old = olds.get(modelKey(m));
    if (old) out.push(...modelChanges(after, old, m));
  }
  return out;
}
function diffReports(before, after) {
  const changes = [];
  const olds = new Map(before.teams.map((t2) => [t2.id, t2]));
  const news = new Set(after.teams.map((t2) => t2.id));
  for (const team of after.teams) {
    const old = olds.get(team.id);
    if (old) changes.push(...teamChanges(old, team));
    else
      changes.push({
        kind: "team-added",
        team: team.id,
        teamName: team.name,
        before: null,
        after: team.status,
        regression: false
      });
  }
  for (const team of before.teams)
    if (!news.has(team.id))
      changes.push({
        kind: "team-removed",
        team: team.id,
        teamName: team.name,
        before: team.status,
        after: null,
        regression: team.status === "pass"
      });
  return {
    schema: "openquota/diff@1",
    old: side(before),
    new: side(after),
    policyMismatch: before.policy.id !== after.policy.id || before.policy.sha256 !== after.policy.sha256,
    changes,
    regressions: changes.filter((c) => c.regression).length
  };
}

// src/report/diff-render.ts
var DIFF_FORMATS = ["table", "markdown", "json", "html"];
function value(change, v, lang) {
  if (v === null) return "\u2013";
  switch (change.kind) {
    case "verdict":
    case "model-added":
    case "model-removed":
      return verdictLabel(lang, v);
    case "team-status":
    case "team-added":
    case "team-removed":
      return statusLabel(lang, v);
    case "team-share":
      return percent(Number(v));
    case "availability":
      return availabilityLabel(lang, v);
    case "revision":
      return String(v).slice(0, 12);
    default:
      return String(v);
  }
}
function policyWarning(diff, lang) {
  if (!diff.policyMismatch) return void 0;
  const name = (p) => `${p.id}@${p.sha256.slice(0, 12)}`;
  return t(lang, "diff.policyMismatch", { old: name(diff.old.policy), new: name(diff.new.policy) });
}
function changeRows(diff, lang) {
  return diff.changes.map((c) => ({
    change: c,
    team: c.teamName,
    model: c.model ? c.model.replace(/^[a-z]+:/, "") : "",
    kind: t(lang, `diff.kind.${c.kind}`),
    before: value(c, c.before, lang),
    after: value(c, c.after, lang),
    flag: c.regression ? `\u2718 ${t(lang, "diff.regressed")}` : ""
  }));
}
var HEADER = ["col.team", "col.model", "col.change", "col.before", "col.after"];
function summary(diff, lang) {
  return diff.changes.length ? t(lang, "diff.summary", { changes: diff.changes.length, regressions: diff.regressions }) : t(lang, "diff.none");
}
function renderDiffTable(diff, lang = "en") {
  const out = [
    t(lang, "diff.title"),
    `${t(lang, "diff.old")}: ${formatTime(diff.old.generatedAt)}  ${t(lang, "diff.new")}: ${formatTime(diff.new.generatedAt)}`,
    ""
  ];
  if (diff.changes.length) {
    const body = changeRows(diff, lang).map((r) => [r.team, r.model, r.kind, r.before, r.after, r.flag]);
    out.push(
      ...alignColumns([[...HEADER.map((k) => t(lang, k)), ""], ...body], ["l", "l", "l", "l", "l", "l"]),
      ""
    );
  }
  out.push(summary(diff, lang));
  return `${out.join("\n")}
`;
}
function renderDiffMarkdown(diff, lang = "en") {
  const warning = policyWarning(diff, lang);
  const parts = [
    `## ${md(t(lang, "diff.title"))}`,
    `**${md(t(lang, "diff.old"))}:** ${formatTime(diff.old.generatedAt)} \xB7 **${md(t(lang, "diff.new"))}:** ${formatTime(diff.new.generatedAt)}`,
    ...warning ? [`> **${md(warning)}**`] : [],
    `**${md(summary(diff, lang))}**`
  ];
  if (diff.changes.length) {
    const body = changeRows(diff, lang).map((r) => [
      md(r.team),
      r.model ? md(r.model) : "",
      md(r.kind),
      md(r.before),
      md(r.after) + (r.flag ? ` **${md(r.flag)}**` : "")
    ]);
    parts.push(mdTable([...HEADER.map((k) => t(lang, k))], ["l", "l", "l", "l", "l"], body));
  }
  return `${parts.join("\n\n")}
`;
}
function renderDiffJson(diff, lang = "en") {
  const warning = policyWarning(diff, lang);
  return `${JSON.stringify({ ...diff, warnings: warning ? [warning] : [] }, null, 2)}
`;
}
function renderDiffHtml(diff, lang = "en") {
  const warning = policyWarning(diff, lang);
  const labels = [...HEADER.map((k) => t(lang, k)), t(lang, "diff.regressed")];
  const body = changeRows(diff, lang).map((r) => ({
    r,
    cells: [
      [labels[0], r.team],
      [labels[1], r.model, "model-id"],
      [labels[2], r.kind],
      [labels[3], r.before],
      [labels[4], r.after],
      [labels[5], r.flag]
    ]
  })).map(
    ({ r, cells }) => `<tr${r.change.regression ? ' class="regressed"' : ""}>${cells.map(
      ([label, text, cls]) => `<td data-label="${escapeHtml(label)}"${cls ? ` class="${cls}"` : ""}>${escapeHtml(text)}</td>`
    ).join("")}</tr>`
  ).join("\n");
  const html = `<header class="top">
<h1>${escapeHtml(t(lang, "diff.title"))}</h1>
<p class="programme">${escapeHtml(diff.new.programme)}</p>
<dl>
<div><dt>${escapeHtml(t(lang, "diff.old"))}</dt><dd><time datetime="${escapeHtml(diff.old.generatedAt)}">${escapeHtml(formatTime(diff.old.generatedAt))}</time> \xB7 <code>${escapeHtml(diff.old.policy.id)}</code></dd></div>
<div><dt>${escapeHtml(t(lang, "diff.new"))}</dt><dd><time datetime="${escapeHtml(diff.new.generatedAt)}">${escapeHtml(formatTime(diff.new.generatedAt))}</time> \xB7 <code>${escapeHtml(diff.new.policy.id)}</code></dd></div>
</dl>
</header>
<main>
${warning ? `<p class="warning-box" role="alert">\u26A0 ${escapeHtml(warning)}</p>` : ""}
<p><strong>${escapeHtml(summary(diff, lang))}</strong></p>
${diff.changes.length ? `<table class="changes">
<caption>${escapeHtml(t(lang, "diff.title"))}</caption>
<thead><tr>${HEADER.map((k) => `<th scope="col">${escapeHtml(t(lang, k))}</th>`).join("")}<th scope="col">${escapeHtml(t(lang, "diff.regressed"))}</th></tr></thead>
<tbody>
${body}
</tbody>
</table>` : ""}
</main>`;
  return page({ lang, title: t(lang, "diff.title"), body: html, data: diff, script: false });
}
function renderDiff(diff, format, lang = "en") {
  if (format === "markdown") return renderDiffMarkdown(diff, lang);
  if (format === "json") return renderDiffJson(diff, lang);
  if (format === "html") return renderDiffHtml(diff, lang);
  return renderDiffTable(diff, lang);
}

export {
  diffReports,
  DIFF_FORMATS,
  policyWarning,
  changeRows,
  renderDiff
};
