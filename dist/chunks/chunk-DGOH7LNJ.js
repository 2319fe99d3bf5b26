import {
  page,
  pageFooter,
  pageHeader
} from "./chunk-VJZUC5QO.js";
import {
  formatConfidence,
  formatParameters
} from "./chunk-TGXUKUHP.js";
import {
  escapeHtml,
  releaseUrl,
  revisionUrl,
  safeWebUrl
} from "./chunk-G4PS4LXE.js";
import {
  availabilityLabel,
  findingHelp,
  findingMessage,
  findingTitle,
  hasKey,
  parameterShareCell,
  percent,
  plural,
  primaryFinding,
  provenanceLines,
  statusLabel,
  symbolOf,
  t,
  teamReason,
  verdictLabel
} from "./chunk-FXGHOV3O.js";

// src/report/html-finding.ts
import { createHash } from "node:crypto";
var CODE_REPOSITORY = "CODE_REPOSITORY";
function reasonKey(model) {
  if (model.kind === "code") return CODE_REPOSITORY;
  const f = primaryFinding(model);
  if (!f) return "";
  const about = f.args ? JSON.stringify(sortedEntries(f.args)) : f.message;
  return `${f.code}.${shortHash(about)}`;
}
function sortedEntries(args) {
  return Object.entries(args).map((entry) => ({ entry, text: `${entry[0]},${entry[1]}` })).sort((a, b) => a.text < b.text ? -1 : a.text > b.text ? 1 : 0).map((e) => e.entry);
}
var SHORT_HASHES = /* @__PURE__ */ new Map();
function shortHash(text) {
  let hash = SHORT_HASHES.get(text);
  if (hash === void 0) {
    hash = createHash("sha256").update(text).digest("hex").slice(0, 6);
    SHORT_HASHES.set(text, hash);
  }
  return hash;
}
function rememberedReasonKeys() {
  const keys = /* @__PURE__ */ new WeakMap();
  return (model) => {
    let key = keys.get(model);
    if (key === void 0) {
      key = reasonKey(model);
      keys.set(model, key);
    }
    return key;
  };
}
function reasonLine(lang, model, messageOf = (f) => findingMessage(lang, f)) {
  if (model.kind === "code") return t(lang, "dash.reason.code");
  const f = primaryFinding(model);
  if (!f) {
    return model.licence.expression ? t(lang, "dash.reason.compliant", { licence: model.licence.expression }) : t(lang, "evidence.none");
  }
  return `${findingTitle(lang, f)}: ${messageOf(f)}`;
}

// src/report/html-summary.ts
function countReasons(models, lang, keyOf = reasonKey) {
  const groups = /* @__PURE__ */ new Map();
  for (const model of models) {
    const key = keyOf(model);
    const group = groups.get(key);
    if (group) {
      group.count++;
      continue;
    }
    const f = primaryFinding(model);
    groups.set(
      key,
      key === CODE_REPOSITORY || !f ? { key, count: 1, title: t(lang, key ? "dash.reason.code" : "evidence.none"), text: "" } : { key, count: 1, title: findingTitle(lang, f), text: findingMessage(lang, f) }
    );
  }
  return [...groups.values()].sort((a, b) => b.count - a.count);
}
function teamReasons(team, lang, keyOf = reasonKey) {
  return {
    failing: countReasons(
      team.models.filter((m) => m.verdict === "non-compliant" || m.verdict === "unknown"),
      lang,
      keyOf
    ),
    excluded: countReasons(
      team.models.filter((m) => m.verdict === "excluded"),
      lang,
      keyOf
    )
  };
}
function headline(report, lang) {
  const total = report.teams.length;
  const by = (s) => report.teams.filter((team) => team.status === s).length;
  const [pass, fail, incomplete] = [by("pass"), by("fail"), by("incomplete")];
  const title = total === 0 ? t(lang, "dash.headline.none") : fail > 0 ? plural(lang, "dash.headline.fail", fail, { total }) + (incomplete > 0 ? t(lang, "dash.headline.andIncomplete", { count: incomplete }) : "") : incomplete > 0 ? plural(lang, "dash.headline.incomplete", incomplete, { total }) : plural(lang, "dash.headline.pass", total);
  const counts = [
    [pass, "pass"],
    [fail, "fail"],
    [incomplete, "incomplete"]
  ];
  return {
    title,
    counts: counts.map(([n, s]) => `${statusLabel(lang, s)} ${n}`).join(" \xB7 ")
  };
}

// src/report/html-models.ts
var VERDICTS = ["non-compliant", "unknown", "compliant", "excluded"];
var AVAILABILITIES = [
  "public",
  "gated-auto",
  "gated-manual",
  "private",
  "disabled",
  "missing",
  "unknown"
];
var COLUMNS = [
  { label: "col.model", sort: "model" },
  { label: "col.verdict", sort: "severity" },
  { label: "col.reason", sort: null },
  { label: "col.licence", sort: "licence" },
  { label: "col.availability", sort: "availability" },
  { label: "col.parameters", sort: "parameters", num: true }
];
function option(value, label) {
  return `<option value="${escapeHtml(value)}">${escapeHtml(label)}</option>`;
}
function reasonOptions(report, lang, keyOf) {
  const models = report.teams.flatMap((team) => team.models).filter((m) => keyOf(m) !== "");
  const label = (text) => text.length > 90 ? `${text.slice(0, 89)}\u2026` : text;
  return countReasons(models, lang, keyOf).map((r) => option(r.key, label(r.text ? `${r.title}: ${r.text}` : r.title))).join("");
}
function filters(report, lang, total, keyOf) {
  const all = option("", t(lang, "filter.all"));
  const select = (id, label, options, first = all) => `<div><label for="${id}">${escapeHtml(label)}</label><select id="${id}">${first}${options}</select></div>`;
  return `<form class="filters" aria-label="${escapeHtml(t(lang, "filter.heading"))}">
${select("f-team", t(lang, "filter.team"), report.teams.map((team) => option(team.id, team.name)).join(""))}
${select("f-verdict", t(lang, "filter.verdict"), VERDICTS.map((v) => option(v, verdictLabel(lang, v))).join(""))}
${select("f-availability", t(lang, "filter.availability"), AVAILABILITIES.map((a) => option(a, availabilityLabel(lang, a === "unknown" ? null : a))).join(""))}
${select("f-reason", t(lang, "dash.filter.reason"), reasonOptions(report, lang, keyOf))}
<div><label for="f-q">${escapeHtml(t(lang, "dash.filter.search"))}</label><input id="f-q" type="search" autocomplete="off" placeholder="Apache-2.0"></div>
${select("f-group", t(lang, "dash.filter.group"), option("none", t(lang, "dash.group.none")), option("team", t(lang, "dash.group.team")))}
<div class="actions"><button type="reset">${escapeHtml(t(lang, "filter.reset"))}</button><button type="button" id="csv">${escapeHtml(t(lang, "dash.csv", { count: total }))}</button></div>
</form>`;
}
function modelsSection(report, lang, keyOf = reasonKey) {
  const total = report.teams.reduce((n, team) => n + team.models.length, 0);
  const head = COLUMNS.map((c) => {
    const cls = "num" in c ? ' class="num"' : "";
    const label = escapeHtml(t(lang, c.label));
    return c.sort ? `<th scope="col"${cls} data-sort="${c.sort}"><button type="button">${label}</button></th>` : `<th scope="col"${cls}>${label}</th>`;
  }).join("");
  return `<section aria-labelledby="models-h">
<h2 id="models-h">${escapeHtml(t(lang, "report.models"))}</h2>
${filters(report, lang, total, keyOf)}
<p id="shown" role="status" aria-live="polite">${escapeHtml(t(lang, "filter.shown", { shown: total, total }))}</p>
<noscript><p class="warning-box">${escapeHtml(t(lang, "dash.noscript"))}</p></noscript>
<table class="models">
<caption>${escapeHtml(t(lang, "dash.modelsCaption"))}. ${escapeHtml(t(lang, "sort.hint"))}</caption>
<thead><tr>${head}</tr></thead>
<tbody id="rows"></tbody>
</table>
<p id="empty" hidden>${escapeHtml(t(lang, "dash.empty"))}</p>
<p class="more-wrap"><button type="button" id="more" hidden></button></p>
</section>`;
}

// src/report/html-teams.ts
var TOP_REASONS = 3;
var COUNTED = ["compliant", "non-compliant", "unknown"];
function viewLink(params, base = "") {
  return `${base}#${new URLSearchParams(params).toString()}`;
}
function headlineSection(report, lang) {
  const { title, counts } = headline(report, lang);
  return `<section class="answer" aria-labelledby="headline">
<h2 id="headline" class="headline">${escapeHtml(title)}</h2>
<p class="status-counts">${escapeHtml(counts)}</p>
</section>`;
}
function stackedBar(team, lang) {
  const counts = {
    compliant: team.compliant,
    "non-compliant": team.nonCompliant,
    unknown: team.unknown
  };
  const label = t(lang, "dash.bar", {
    team: team.name,
    compliant: team.compliant,
    nonCompliant: team.nonCompliant,
    unknown: team.unknown,
    counted: team.counted,
    threshold: percent(team.threshold)
  });
  const segments = COUNTED.filter((v) => counts[v] > 0).map((v) => {
    const width = (counts[v] / team.counted * 100).toFixed(1);
    return `<span class="seg seg-${v}" data-verdict="${v}" style="width:${width}%"></span>`;
  }).join("");
  return `<div class="stack" role="img" aria-label="${escapeHtml(label)}" data-share="${team.share}">${segments}<span class="threshold" style="left:${(team.threshold * 100).toFixed(1)}%" title="${escapeHtml(percent(team.threshold))}"></span></div>
<ul class="legend">${COUNTED.map((v) => `<li><span class="key key-${v}" aria-hidden="true"></span>${escapeHtml(symbolOf(v))} ${escapeHtml(t(lang, `verdict.${v}`))} <b>${counts[v]}</b></li>`).join("")}</ul>`;
}
function reasonItem(team, r, base, extra = {}) {
  const href = viewLink({ team: team.id, ...extra, reason: r.key }, base);
  const text = r.text ? `<span class="why">${escapeHtml(r.text)}</span>` : "";
  return `<li><a href="${escapeHtml(href)}"><b class="n">${r.count} \xD7</b> <span class="what">${escapeHtml(r.title)}</span></a>${text ? ` ${text}` : ""}</li>`;
}
function failingReasons(team, reasons, lang, base) {
  if (reasons.length === 0) return "";
  const more = reasons.length - TOP_REASONS;
  return `<h4>${escapeHtml(t(lang, "dash.card.why"))}</h4>
<ul class="reasons">${reasons.slice(0, TOP_REASONS).map((r) => reasonItem(team, r, base)).join(
    ""
  )}</ul>${more > 0 ? `<p class="more"><a href="${escapeHtml(viewLink({ team: team.id }, base))}">${escapeHtml(plural(lang, "dash.card.more", more))}</a></p>` : ""}`;
}
function excludedReasons(team, reasons, lang, base) {
  if (team.excluded === 0) return "";
  return `<details class="excluded"><summary>${escapeHtml(plural(lang, "dash.card.excluded", team.excluded))}</summary>
<ul class="reasons">${reasons.map((r) => reasonItem(team, r, base, { verdict: "excluded" })).join("")}</ul></details>`;
}
function teamCard(team, lang, base = "", keyOf = reasonKey) {
  const reasons = teamReasons(team, lang, keyOf);
  const share = t(lang, "report.shareOf", { share: percent(team.share), threshold: percent(team.threshold) });
  const failures = team.failures.map((f) => `<p class="failure">${escapeHtml(t(lang, "report.listingFailed", { message: f.message }))}</p>`).join("");
  return `<li class="team" id="team-${escapeHtml(team.id)}" data-team="${escapeHtml(team.id)}">
<h3><span>${escapeHtml(team.name)} <span class="id">${escapeHtml(team.id)}</span></span><span class="badge s-${escapeHtml(team.status)}">${escapeHtml(statusLabel(lang, team.status))}</span></h3>
${stackedBar(team, lang)}
<p class="share">${escapeHtml(share)}</p>
<p class="share parameters">${escapeHtml(t(lang, "report.parameterShareOf", { share: parameterShareCell(lang, team) }))}</p>
<p class="reason">${escapeHtml(teamReason(lang, team))}</p>${failures}
${failingReasons(team, reasons.failing, lang, base)}
${excludedReasons(team, reasons.excluded, lang, base)}
<p class="show"><a href="${escapeHtml(viewLink({ team: team.id }, base))}">${escapeHtml(plural(lang, "dash.card.show", team.models.length, { team: team.name }))}</a></p>
</li>`;
}
function teamsSection(report, lang, keyOf = reasonKey) {
  return `<section aria-labelledby="teams-h">
<h2 id="teams-h">${escapeHtml(t(lang, "report.teams"))}</h2>
<p class="sr">${escapeHtml(t(lang, "report.teamsCaption"))}</p>
<ul class="teams">
${report.teams.map((team) => teamCard(team, lang, "", keyOf)).join("\n")}
</ul>
</section>`;
}

// src/report/html-view-labels.ts
var CLIENT_LABELS = [
  "verdict.compliant",
  "verdict.non-compliant",
  "verdict.unknown",
  "verdict.excluded",
  "availability.public",
  "availability.gated-auto",
  "availability.gated-manual",
  "availability.private",
  "availability.disabled",
  "availability.missing",
  "availability.unknown",
  "source.huggingface",
  "source.github",
  "source.git",
  "source.local",
  "severity.error",
  "severity.warning",
  "severity.info",
  "col.team",
  "col.model",
  "col.verdict",
  "col.reason",
  "col.licence",
  "col.availability",
  "col.parameters",
  "code.licenceUnknown",
  "code.marker",
  "code.notCounted",
  "evidence.toggle",
  "evidence.findings",
  "evidence.expression",
  "evidence.approved",
  "evidence.declared",
  "evidence.detected",
  "evidence.closest",
  "evidence.confidence",
  "evidence.weights",
  "evidence.code",
  "evidence.revision",
  "evidence.origin",
  "evidence.links",
  "evidence.provenance",
  "evidence.declaredInProgramme",
  "evidence.none",
  "evidence.notEstablished",
  "filter.shown",
  "yes",
  "no",
  "dash.more",
  "dash.csv",
  "dash.col.source",
  "dash.col.code",
  "dash.col.url",
  "dash.group.count",
  "dash.family",
  "dash.copies",
  "dash.copies.tag",
  "dash.evidence.open",
  "dash.ev.metadata",
  "dash.ev.texts",
  "dash.ev.notJudged",
  "dash.ev.noMetadata",
  "dash.ev.pointer",
  "dash.ev.name",
  "dash.ev.noText",
  "dash.ev.unidentified",
  "dash.ev.extra",
  "dash.ev.family",
  "dash.ev.lineage",
  "dash.ev.thirdParty",
  "dash.ev.lines",
  "dash.ev.permalink",
  "dash.matcher.exact",
  "dash.matcher.dice",
  "dash.matcher.reference",
  "dash.matcher.spdx-tag",
  "dash.matcher.compilation",
  "dash.matcher.none"
];

// src/report/html-weights.ts
var SHARD = /^(.*?)(\d+)-of-(\d+)(\.[^/]*)$/;
function collapseShards(files) {
  if (!files.some((f) => f.includes("-of-"))) return files.slice();
  const series = /* @__PURE__ */ new Map();
  for (const f of files) {
    const m = SHARD.exec(f);
    if (!m) continue;
    const key = `${m[1]}\0${m[3]}\0${m[4]}\0${m[2].length}`;
    series.set(key, [...series.get(key) ?? [], Number(m[2])]);
  }
  const complete = new Set(
    [...series].filter(([key, ns]) => {
      const total = Number(key.split("\0")[1]);
      return total > 1 && ns.length === total && new Set(ns).size === total && ns.every((n) => n >= 1 && n <= total);
    }).map(([key]) => key)
  );
  const out = [];
  const done = /* @__PURE__ */ new Set();
  for (const f of files) {
    const m = SHARD.exec(f);
    const key = m ? `${m[1]}\0${m[3]}\0${m[4]}\0${m[2].length}` : "";
    if (!m || !complete.has(key)) out.push(f);
    else if (!done.has(key)) {
      done.add(key);
      const width = m[2].length;
      const first = "1".padStart(width, "0");
      out.push(`${m[1]}{${first}\u2026${m[3].padStart(width, "0")}}-of-${m[3]}${m[4]}`);
    }
  }
  return out;
}
function weightsSummary(model, lang) {
  const n = model.weights?.length ?? 0;
  return model.parameters === null ? plural(lang, "dash.ev.files", n) : plural(lang, "dash.ev.weights", n, { parameters: formatParameters(model.parameters) });
}

// src/report/html-view.ts
var DECLARED_LINE = /^declared by ([\w-]+): (.+?)(?: \(name (.+)\))?$/;
function declaredIn(model, lang) {
  const origin = (o) => hasKey(lang, `origin.${o}`) ? t(lang, `origin.${o}`) : o;
  if (model.provenance)
    return model.provenance.filter((p) => p.code === "DECLARED").map((p) => [
      origin(String(p.args.origin)),
      String(p.args.value),
      p.args.name ? String(p.args.name) : null
    ]);
  return model.evidence.flatMap((line) => {
    const d = DECLARED_LINE.exec(line);
    return d ? [[origin(d[1]), d[2], d[3] ?? null]] : [];
  });
}
function row(team, model, lang, keyOf) {
  const primary = primaryFinding(model);
  const findings = model.reasons.map((f) => [
    f.code,
    f.severity,
    findingMessage(lang, f)
  ]);
  const extra = model;
  const copies = Array.isArray(extra.copies) ? extra.copies : void 0;
  return {
    t: team,
    id: model.id,
    s: model.source,
    u: releaseUrl(model),
    rv: model.revision,
    ru: revisionUrl(model),
    v: model.verdict,
    ...model.kind === "code" ? { k: "code" } : {},
    a: model.availability,
    le: model.licence.expression,
    ld: model.licence.declared,
    lt: model.licence.detected,
    ap: model.licence.approved,
    p: model.parameters,
    pp: formatParameters(model.parameters),
    rk: keyOf(model),
    r: reasonLine(lang, model, (f) => findings[model.reasons.indexOf(f)][2]),
    f: findings,
    pi: primary ? model.reasons.indexOf(primary) : -1,
    m: declaredIn(model, lang),
    x: model.licence.detections.map((d) => [
      d.file ?? null,
      d.licence,
      d.matcher,
      formatConfidence(d.confidence),
      d.closest?.licence ?? null,
      d.closest ? formatConfidence(d.closest.confidence) : null,
      d.extra ?? []
    ]),
    w: model.weights === null ? null : collapseShards(model.weights),
    ws: weightsSummary(model, lang),
    o: model.origin,
    d: model.declared,
    e: provenanceLines(lang, model),
    l: (model.links ?? []).map(safeWebUrl).filter((u) => u !== null),
    c: (model.code ?? []).map((c) => [c.source, c.id, releaseUrl(c), c.licence]),
    ...typeof extra.family === "string" && extra.family ? { fam: extra.family } : {},
    ...model.lineage?.length ? {
      ln: model.lineage.map((b) => [
        b.id,
        b.relation,
        b.licence,
        b.own
      ])
    } : {},
    ...copies ? {
      cp: copies.map(
        (c) => typeof c === "string" ? [c, null] : [String(c.id ?? ""), safeWebUrl(c.url)]
      )
    } : {}
  };
}
var NATURAL = new Intl.Collator("en", { numeric: true, sensitivity: "base" });
function ranked(rows) {
  const order = rows.map((_, i) => i).sort((a, b) => NATURAL.compare(rows[a].id, rows[b].id) || a - b);
  const out = rows;
  order.forEach((i, rank) => {
    out[i].n = rank;
  });
  return out;
}
function dashboardView(report, lang, keyOf = reasonKey) {
  const codes = {};
  for (const team of report.teams)
    for (const m of team.models)
      for (const f of m.reasons) codes[f.code] ??= [findingTitle(lang, f), findingHelp(lang, f)];
  return {
    schema: "openquota/dashboard@1",
    lang,
    file: `openquota-${report.generatedAt.slice(0, 10).replace(/[^0-9-]/g, "") || "report"}`,
    teams: report.teams.map((team) => ({
      id: team.id,
      name: team.name,
      status: team.status,
      statusLabel: t(lang, `status.${team.status}`),
      total: team.models.length
    })),
    labels: Object.fromEntries(CLIENT_LABELS.map((key) => [key, t(lang, key)])),
    codes,
    rows: ranked(report.teams.flatMap((team, i) => team.models.map((m) => row(i, m, lang, keyOf))))
  };
}

// src/report/html.ts
function renderHtml(report, options = {}) {
  const lang = options.lang ?? "en";
  const keyOf = rememberedReasonKeys();
  const title = `${t(lang, "report.title")} \u2014 ${report.programme.title}`;
  const body = `${options.nav ?? ""}${pageHeader(report, lang, t(lang, "report.title"))}
<main>
${headlineSection(report, lang)}
${teamsSection(report, lang, keyOf)}
${modelsSection(report, lang, keyOf)}
</main>
${pageFooter(report, lang)}`;
  return page({
    lang,
    title,
    body,
    data: dashboardView(report, lang, keyOf),
    dataId: "openquota-view",
    script: true
  });
}

export {
  headline,
  teamCard,
  renderHtml
};
