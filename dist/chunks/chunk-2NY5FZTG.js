import {
  md,
  mdHtml,
  mdTable
} from "./chunk-MSVANNZG.js";
import {
  formatTime
} from "./chunk-TGXUKUHP.js";
import {
  safeWebUrl
} from "./chunk-G4PS4LXE.js";
import {
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
  plural,
  primaryFinding,
  statusLabel,
  t,
  teamReason
} from "./chunk-FXGHOV3O.js";

// src/report/markdown.ts
var GITHUB_COMMENT_LIMIT = 65536;
function modelRow(model, lang) {
  const url = mdUrl(model.url);
  const reason = primaryFinding(model);
  return [
    url ? `[${md(model.id)}](${url})` : md(model.id),
    md(modelVerdictLabel(lang, model)),
    md(availabilityLabel(lang, model.availability)),
    model.licence.expression ? md(model.licence.expression) : "\u2013",
    reason ? `**${md(findingTitle(lang, reason))}**: ${md(findingMessage(lang, reason))}` : ""
  ];
}
function mdUrl(url) {
  return safeWebUrl(url)?.replace(/[()|\\]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`) ?? null;
}
function codeRows(model, lang) {
  return (model.code ?? []).map((c) => {
    const url = mdUrl(c.url);
    const name = md(`${t(lang, `source.${c.source}`)} ${c.id}`);
    return [
      `\u21B3 ${md(t(lang, "code.label"))}: ${url ? `[${name}](${url})` : name}`,
      "",
      "",
      md(codeLicence(lang, c)),
      ""
    ];
  });
}
function teamDetails(team, lang) {
  const header = ["col.model", "col.verdict", "col.availability", "col.licence", "col.reason"];
  const table = team.models.length ? mdTable(
    header.map((k) => t(lang, k)),
    ["l", "l", "l", "l", "l"],
    team.models.flatMap((m) => [modelRow(m, lang), ...codeRows(m, lang)])
  ) : md(t(lang, "report.noModels"));
  const failures = registryFailures({ teams: [team] }).map((f) => `- ${md(failureLine(lang, f))}`);
  return `<details><summary>${mdHtml(statusLabel(lang, team.status))} \xB7 ${mdHtml(t(lang, "md.modelsOf", { team: team.name, count: team.models.length }))}</summary>

${md(teamReason(lang, team))}
${failures.length ? `
${md(t(lang, "failure.heading"))}

${failures.join("\n")}
` : ""}
${table}

</details>`;
}
function head(report, lang) {
  const teams = mdTable(
    [
      "col.team",
      "col.counted",
      "col.compliant",
      "col.unknown",
      "col.share",
      "col.parameterShare",
      "col.threshold",
      "col.status"
    ].map((k) => t(lang, k)),
    ["l", "r", "r", "r", "r", "r", "r", "l"],
    report.teams.map((team) => [
      md(team.name),
      String(team.counted),
      String(team.compliant),
      String(team.unknown),
      percent(team.share),
      md(parameterShareCell(lang, team)),
      percent(team.threshold),
      `**${md(statusLabel(lang, team.status))}**`
    ])
  );
  return `## ${md(t(lang, "report.title"))} \u2014 ${md(report.programme.title)}

**${md(t(lang, "report.policy"))}:** ${md(report.policy.title)} (${md(report.policy.id)}) \xB7 **${md(t(lang, "report.generated"))}:** ${formatTime(report.generatedAt)} \xB7 **${md(t(lang, "report.overall"))}:** ${md(statusLabel(lang, report.status))}

${md(t(lang, "report.rule", { threshold: percent(report.policy.threshold) }))}

${teams}
`;
}
function renderMarkdown(report, options = {}) {
  const lang = options.lang ?? "en";
  const limit = options.maxChars ?? GITHUB_COMMENT_LIMIT;
  const size = options.measure ?? ((text) => text.length);
  const top = head(report, lang);
  const details = report.teams.map((team) => {
    const text = teamDetails(team, lang);
    return { team, text, size: size(text) };
  });
  const parts = (kept2, note2) => [
    top,
    ...kept2.map((d) => d.text),
    ...note2 ? [`> ${note2}`] : []
  ];
  const assemble = (kept2, note2) => `${parts(kept2, note2).join("\n")}
`;
  const newline = size("\n");
  const topSize = size(top);
  const sizeOf = (kept2, note2) => topSize + kept2.reduce((n, d) => n + d.size, 0) + (note2 ? size(`> ${note2}`) : 0) + newline * (kept2.length + (note2 ? 1 : 0) + 1);
  let kept = details;
  if (sizeOf(kept, "") <= limit) return assemble(kept, "");
  const dropOrder = [
    ...details.filter((d) => d.team.status === "pass").reverse(),
    ...details.filter((d) => d.team.status !== "pass").reverse()
  ];
  const note = (left2) => md(
    options.reportPath ? plural(lang, "md.truncated", left2, { limit, path: options.reportPath }) : plural(lang, "md.truncatedNoPath", left2, { limit })
  );
  let left = 0;
  for (const drop of dropOrder) {
    kept = kept.filter((d) => d !== drop);
    left += drop.team.models.length;
    if (sizeOf(kept, note(left)) <= limit) return assemble(kept, note(left));
  }
  const out = assemble(kept, note(left));
  const tail = `
> ${note(left)}
`;
  let cut = out.slice(0, Math.max(0, limit - size(tail)));
  while (cut && size(cut) + size(tail) > limit) cut = cut.slice(0, Math.floor(cut.length * 0.95));
  return `${cut}${tail}`;
}

export {
  GITHUB_COMMENT_LIMIT,
  renderMarkdown
};
