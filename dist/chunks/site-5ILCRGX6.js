import {
  helpText,
  parseFlags
} from "./chunk-ZF566R3P.js";
import {
  EXIT
} from "./chunk-OYI4RGVI.js";
import {
  Problems
} from "./chunk-ADC2ERMN.js";
import {
  changeRows,
  diffReports,
  policyWarning
} from "./chunk-GJBGH7S7.js";
import {
  VERSION
} from "./chunk-7JQSIM7R.js";
import {
  headline,
  renderHtml,
  teamCard
} from "./chunk-DGOH7LNJ.js";
import {
  page
} from "./chunk-VJZUC5QO.js";
import "./chunk-MSVANNZG.js";
import {
  formatTime
} from "./chunk-TGXUKUHP.js";
import {
  escapeHtml
} from "./chunk-G4PS4LXE.js";
import {
  readReportText
} from "./chunk-3D7CGJIZ.js";
import "./chunk-WE5VP5WZ.js";
import "./chunk-WFX5YPL4.js";
import "./chunk-PZKBUT2P.js";
import {
  ConfigError
} from "./chunk-2HJM3R72.js";
import "./chunk-ZVPDN32M.js";
import "./chunk-WQGJB5OA.js";
import "./chunk-6MB5TRVQ.js";
import {
  percent,
  plural,
  statusLabel,
  t
} from "./chunk-FXGHOV3O.js";
import "./chunk-EJ2SUCMT.js";

// src/cli/commands/site.ts
import { resolve as resolve2 } from "node:path";

// src/report/site.ts
import { createHash } from "node:crypto";

// src/report/site-chart.ts
var COLOURS = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#e377c2", "#8c564b", "#17becf", "#bcbd22"];
var SHAPES = ["circle", "square", "diamond", "triangle"];
var W = 760;
var H = 300;
var M = { top: 16, right: 170, bottom: 36, left: 48 };
function marker(shape, x, y, colour, title) {
  const fill = `fill="${colour}"`;
  const tip = `<title>${escapeHtml(title)}</title>`;
  if (shape === "circle") return `<circle cx="${x}" cy="${y}" r="4.5" ${fill}>${tip}</circle>`;
  if (shape === "square") return `<rect x="${x - 4}" y="${y - 4}" width="8" height="8" ${fill}>${tip}</rect>`;
  if (shape === "diamond")
    return `<polygon points="${x},${y - 5.5} ${x + 5.5},${y} ${x},${y + 5.5} ${x - 5.5},${y}" ${fill}>${tip}</polygon>`;
  return `<polygon points="${x},${y - 5.5} ${x + 5.5},${y + 4.5} ${x - 5.5},${y + 4.5}" ${fill}>${tip}</polygon>`;
}
function spread(ys) {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  for (let k = 1; k < order.length; k++) order[k].y = Math.max(order[k].y, order[k - 1].y + 14);
  const out = [];
  for (const o of order) out[o.i] = o.y;
  return out;
}
function shareChart(rounds, series, lang, id) {
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const x = (i) => M.left + (rounds.length === 1 ? plotW / 2 : i * plotW / (rounds.length - 1));
  const y = (share) => M.top + (1 - share) * plotH;
  const r1 = (n) => Math.round(n * 10) / 10;
  const grid = [0, 0.25, 0.5, 0.75, 1].map(
    (s) => `<line class="axis" x1="${M.left}" x2="${M.left + plotW}" y1="${r1(y(s))}" y2="${r1(y(s))}"/><text x="${M.left - 6}" y="${r1(y(s)) + 4}" text-anchor="end">${s * 100}%</text>`
  ).join("");
  const ticks = rounds.map((r, i) => `<text x="${r1(x(i))}" y="${H - 12}" text-anchor="middle">${escapeHtml(r.id)}</text>`).join("");
  const limit = rounds.map((r, i) => `${r1(x(i))},${r1(y(r.report.policy.threshold))}`);
  const threshold = rounds.length === 1 ? `<line class="limit" x1="${M.left}" x2="${M.left + plotW}" y1="${r1(y(rounds[0].report.policy.threshold))}" y2="${r1(y(rounds[0].report.policy.threshold))}"/>` : `<polyline class="limit" fill="none" points="${limit.join(" ")}"/>`;
  const ends = spread(
    series.map((s) => {
      const last = s.points.map((p, i) => p ? i : -1).filter((i) => i >= 0).pop();
      return last === void 0 ? y(0) : y(s.points[last].share);
    })
  );
  const lines = series.map((s, k) => {
    const colour = COLOURS[k % COLOURS.length];
    const shape = SHAPES[k % SHAPES.length];
    const pts = s.points.flatMap((p, i) => p ? [[r1(x(i)), r1(y(p.share)), i, p]] : []);
    const path = pts.length > 1 ? `<polyline stroke="${colour}" points="${pts.map((p) => `${p[0]},${p[1]}`).join(" ")}"/>` : "";
    const marks = pts.map(
      ([px, py, i, p]) => marker(
        shape,
        px,
        py,
        colour,
        `${s.name}, ${rounds[i].id}: ${percent(p.share)} (${statusLabel(lang, p.status)})`
      )
    ).join("");
    const label = `<text x="${M.left + plotW + 10}" y="${r1(ends[k]) + 4}">${escapeHtml(s.name)}</text>`;
    return `<g>${path}${marks}${label}</g>`;
  }).join("");
  const threshold0 = percent(rounds[rounds.length - 1].report.policy.threshold);
  return `<figure class="chart">
<svg viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${id}-t ${id}-d">
<title id="${id}-t">${escapeHtml(t(lang, "site.chartTitle"))}</title>
<desc id="${id}-d">${escapeHtml(t(lang, "site.chartDesc", { threshold: threshold0 }))}</desc>
${grid}${ticks}${threshold}${lines}
</svg>
<figcaption>${escapeHtml(t(lang, "site.chartDesc", { threshold: threshold0 }))}</figcaption>
</figure>`;
}

// src/report/site-nav.ts
var SITE_LANGS = ["en", "ko"];
var ENDONYM = { en: "English", ko: "\uD55C\uAD6D\uC5B4" };
function relative(from, to) {
  return from.includes("/") ? `../${to}` : to;
}
function sameInOther(from, other) {
  return `${from.includes("/") ? "../../" : "../"}${other}/${from}`;
}
function roundLabel(round) {
  return formatTime(round.report.generatedAt);
}
function siteNav(lang, at, rounds) {
  const link = (to, text) => `<a href="${escapeHtml(relative(at, to))}"${to === at ? ' aria-current="page"' : ""}>${escapeHtml(text)}</a>`;
  const switches = SITE_LANGS.filter((l) => l !== lang).map((l) => `<a href="${escapeHtml(sameInOther(at, l))}" hreflang="${l}" lang="${l}">${escapeHtml(ENDONYM[l])}</a>`).join(" ");
  return `<nav class="site" aria-label="${escapeHtml(t(lang, "site.nav"))}">
${link("index.html", t(lang, "site.home"))}
${rounds.map((r) => link(`rounds/${r.id}.html`, r.id)).join("\n")}
<span class="lang"><span class="sr">${escapeHtml(t(lang, "site.lang"))}: </span>${switches}</span>
</nav>
`;
}

// src/report/site-index.ts
function teamsOf(rounds) {
  const seen = /* @__PURE__ */ new Map();
  for (const round of [...rounds].reverse())
    for (const team of round.report.teams) if (!seen.has(team.id)) seen.set(team.id, team.name);
  return [...seen].map(([id, name]) => ({ id, name }));
}
function seriesOf(rounds, teams) {
  return teams.map((team) => ({
    name: team.name,
    points: rounds.map((r) => {
      const found = r.report.teams.find((x) => x.id === team.id);
      return found ? { share: found.share, status: found.status } : null;
    })
  }));
}
function sharesTable(rounds, teams, lang) {
  const head = rounds.map((r) => `<th scope="col"><a href="rounds/${escapeHtml(r.id)}.html">${escapeHtml(r.id)}</a></th>`).join("");
  const rows = teams.map((team) => {
    const cells = rounds.map((r) => {
      const found = r.report.teams.find((x) => x.id === team.id);
      if (!found) return `<td>${escapeHtml(t(lang, "site.absent"))}</td>`;
      const text = `${statusLabel(lang, found.status)} ${percent(found.share)}`;
      return `<td><a class="badge s-${escapeHtml(found.status)}" href="rounds/${escapeHtml(r.id)}.html#team=${escapeHtml(encodeURIComponent(team.id))}">${escapeHtml(text)}</a></td>`;
    }).join("");
    return `<tr><th scope="row"><a href="teams/${escapeHtml(team.id)}.html">${escapeHtml(team.name)}</a></th>${cells}</tr>`;
  }).join("\n");
  return `<table class="shares">
<caption>${escapeHtml(t(lang, "site.sharesCaption"))}</caption>
<thead><tr><th scope="col">${escapeHtml(t(lang, "col.team"))}</th>${head}</tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
}
function indexBody(rounds, lang) {
  const latest = rounds[rounds.length - 1];
  const teams = teamsOf(rounds);
  const answer = headline(latest.report, lang);
  const list = [...rounds].reverse().map(
    (r) => `<li><a href="rounds/${escapeHtml(r.id)}.html">${escapeHtml(t(lang, "site.round", { date: r.id }))}</a> \xB7 ${escapeHtml(headline(r.report, lang).title)} <span class="note">${escapeHtml(roundLabel(r))} \xB7 <code>${escapeHtml(r.report.policy.id)}</code> \xB7 <code>${escapeHtml(r.file)}</code></span></li>`
  ).join("\n");
  return `<header class="top">
<h1>${escapeHtml(t(lang, "site.title"))}</h1>
<p class="programme">${escapeHtml(latest.report.programme.title)}</p>
<p class="rule">${escapeHtml(plural(lang, "site.roundsCount", rounds.length))} \xB7 ${escapeHtml(t(lang, "report.rule", { threshold: percent(latest.report.policy.threshold) }))}</p>
</header>
<main>
<section class="answer" aria-labelledby="headline">
<p class="note">${escapeHtml(t(lang, "site.latest", { date: latest.id }))}</p>
<h2 id="headline" class="headline"><a href="${escapeHtml(relative("index.html", `rounds/${latest.id}.html`))}">${escapeHtml(answer.title)}</a></h2>
<p class="status-counts">${escapeHtml(answer.counts)}</p>
</section>
<section aria-labelledby="shares-h">
<h2 id="shares-h">${escapeHtml(t(lang, "site.chartTitle"))}</h2>
${shareChart(rounds, seriesOf(rounds, teams), lang, "shares")}
${sharesTable(rounds, teams, lang)}
</section>
<section aria-labelledby="rounds-h">
<h2 id="rounds-h">${escapeHtml(t(lang, "site.rounds"))}</h2>
<ul class="rounds">
${list}
</ul>
</section>
<section aria-labelledby="teams-h">
<h2 id="teams-h">${escapeHtml(t(lang, "report.teams"))}</h2>
<ul class="rounds">
${teams.map((team) => `<li><a href="teams/${escapeHtml(team.id)}.html">${escapeHtml(t(lang, "site.teamHistory", { team: team.name }))}</a></li>`).join("\n")}
</ul>
</section>
</main>`;
}
function chooserBody(rounds) {
  const latest = rounds[rounds.length - 1];
  const choices = SITE_LANGS.map(
    (lang) => `<li lang="${lang}"><a href="${lang}/index.html" hreflang="${lang}">${escapeHtml(ENDONYM[lang])}</a> \xB7 ${escapeHtml(t(lang, "site.title"))}: ${escapeHtml(headline(latest.report, lang).title)}</li>`
  ).join("\n");
  return `<header class="top">
<h1>${escapeHtml(latest.report.programme.title)}</h1>
</header>
<main>
<ul class="rounds choose">
${choices}
</ul>
</main>`;
}

// src/report/site-team.ts
var COUNTS = ["counted", "compliant", "unknown"];
function roundsTable(id, rounds, at, lang) {
  const rows = rounds.map((r) => {
    const team = r.report.teams.find((x) => x.id === id);
    const link = `<a href="${escapeHtml(relative(at, `rounds/${r.id}.html`))}#team=${escapeHtml(encodeURIComponent(id))}">${escapeHtml(r.id)}</a>`;
    if (!team)
      return `<tr><th scope="row">${link}</th><td colspan="6">${escapeHtml(t(lang, "site.absent"))}</td></tr>`;
    return `<tr><th scope="row">${link}</th><td><span class="badge s-${escapeHtml(team.status)}">${escapeHtml(statusLabel(lang, team.status))}</span></td>${COUNTS.map((c) => `<td class="num">${team[c]}</td>`).join("")}<td class="num">${team.excluded}</td><td class="num">${escapeHtml(percent(team.share))}</td></tr>`;
  }).join("\n");
  return `<table class="history">
<caption>${escapeHtml(t(lang, "site.historyCaption"))}</caption>
<thead><tr><th scope="col">${escapeHtml(t(lang, "site.col.round"))}</th><th scope="col">${escapeHtml(t(lang, "col.status"))}</th>${COUNTS.map((c) => `<th scope="col" class="num">${escapeHtml(t(lang, `col.${c}`))}</th>`).join("")}<th scope="col" class="num">${escapeHtml(t(lang, "verdict.excluded"))}</th><th scope="col" class="num">${escapeHtml(t(lang, "col.share"))}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`;
}
function changes(id, rounds, lang) {
  const sections = [];
  for (let i = 1; i < rounds.length; i++) {
    const [before, after] = [rounds[i - 1], rounds[i]];
    const diff = diffReports(before.report, after.report);
    const mine = { ...diff, changes: diff.changes.filter((c) => c.team === id) };
    const warning = policyWarning(diff, lang);
    const rows = changeRows(mine, lang).map(
      (r) => `<tr${r.change.regression ? ' class="regressed"' : ""}><td data-label="${escapeHtml(t(lang, "col.change"))}">${escapeHtml(r.kind)}</td><td class="model-id" data-label="${escapeHtml(t(lang, "col.model"))}">${escapeHtml(r.model)}</td><td data-label="${escapeHtml(t(lang, "col.before"))}">${escapeHtml(r.before)}</td><td data-label="${escapeHtml(t(lang, "col.after"))}">${escapeHtml(r.after)}</td><td data-label="${escapeHtml(t(lang, "diff.regressed"))}">${escapeHtml(r.flag)}</td></tr>`
    ).join("\n");
    const table = rows ? `<table class="changes">
<thead><tr><th scope="col">${escapeHtml(t(lang, "col.change"))}</th><th scope="col">${escapeHtml(t(lang, "col.model"))}</th><th scope="col">${escapeHtml(t(lang, "col.before"))}</th><th scope="col">${escapeHtml(t(lang, "col.after"))}</th><th scope="col">${escapeHtml(t(lang, "diff.regressed"))}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>` : `<p>${escapeHtml(t(lang, "site.noChanges"))}</p>`;
    sections.push(`<section class="round-change" aria-labelledby="change-${i}">
<h3 id="change-${i}">${escapeHtml(t(lang, "site.changes", { from: before.id, to: after.id }))}</h3>
${warning ? `<p class="warning-box" role="alert">\u26A0 ${escapeHtml(warning)}</p>` : ""}
${table}
</section>`);
  }
  return sections.length ? sections.reverse().join("\n") : `<p>${escapeHtml(t(lang, "site.firstRound"))}</p>`;
}
function teamBody(team, rounds, lang) {
  const at = `teams/${team.id}.html`;
  const series = [
    {
      name: team.name,
      points: rounds.map((r) => {
        const found = r.report.teams.find((x) => x.id === team.id);
        return found ? { share: found.share, status: found.status } : null;
      })
    }
  ];
  const latest = [...rounds].reverse().find((r) => r.report.teams.some((x) => x.id === team.id));
  const card = latest.report.teams.find((x) => x.id === team.id);
  return `<header class="top">
<h1>${escapeHtml(t(lang, "site.teamHistory", { team: team.name }))} <span class="id">${escapeHtml(team.id)}</span></h1>
<p class="programme">${escapeHtml(latest.report.programme.title)}</p>
</header>
<main>
<section aria-labelledby="latest-h">
<h2 id="latest-h">${escapeHtml(t(lang, "site.round", { date: latest.id }))}</h2>
<ul class="teams">
${teamCard(card, lang, relative(at, `rounds/${latest.id}.html`))}
</ul>
</section>
<section aria-labelledby="shares-h">
<h2 id="shares-h">${escapeHtml(t(lang, "site.chartTitle"))}</h2>
${shareChart(rounds, series, lang, "team")}
${roundsTable(team.id, rounds, at, lang)}
</section>
<section aria-labelledby="changes-h">
<h2 id="changes-h">${escapeHtml(t(lang, "site.history"))}</h2>
${changes(team.id, rounds, lang)}
</section>
</main>`;
}

// src/report/site.ts
var SITE_MARKER = "openquota-site.json";
var TEAM_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
function problems(inputs) {
  const out = [];
  const title = inputs[0].report.programme.title;
  for (const input of inputs) {
    if (input.report.programme.title !== title)
      out.push({
        file: input.file,
        path: "programme.title",
        message: `is "${input.report.programme.title}", but ${inputs[0].file} is "${title}": a site shows the rounds of one programme`,
        fix: "build one site per programme (a separate --out for each)"
      });
    input.report.teams.forEach((team, i) => {
      if (!TEAM_ID.test(team.id))
        out.push({
          file: input.file,
          path: `teams[${i}].id`,
          message: `"${team.id}" is not a team id ([a-z0-9-]+), so it cannot name a page`,
          fix: "give reports written by openquota from a valid programme file"
        });
    });
  }
  const times = /* @__PURE__ */ new Map();
  for (const input of inputs) {
    const other = times.get(input.report.generatedAt);
    if (other)
      out.push({
        file: input.file,
        path: "generatedAt",
        message: `was generated at the same time as ${other} (${input.report.generatedAt}): two rounds cannot share one moment`,
        fix: "give each round once; combine the reports of one round first with `openquota merge`"
      });
    times.set(input.report.generatedAt, input.file);
  }
  return out;
}
function roundsOf(inputs) {
  const sorted = [...inputs].sort((a, b) => a.report.generatedAt.localeCompare(b.report.generatedAt));
  const used = /* @__PURE__ */ new Set();
  return sorted.map((input, i) => {
    const date = /^\d{4}-\d{2}-\d{2}/.exec(input.report.generatedAt)?.[0] ?? `round-${i + 1}`;
    let id = date;
    for (let n = 2; used.has(id); n++) id = `${date}-${n}`;
    used.add(id);
    return {
      id,
      report: input.report,
      file: input.file.split(/[\\/]/).pop(),
      sha256: createHash("sha256").update(input.text).digest("hex")
    };
  });
}
function buildSite(inputs) {
  if (inputs.length === 0) throw new ConfigError("give at least one JSON report");
  const found = problems(inputs);
  if (found.length) throw new ConfigError(found);
  const rounds = roundsOf(inputs);
  const teams = teamsOf(rounds);
  const files = [];
  for (const lang of SITE_LANGS) {
    const add = (path, title, body) => files.push({
      path: `${lang}/${path}`,
      content: page({ lang, title, body: siteNav(lang, path, rounds) + body, script: false })
    });
    add(
      "index.html",
      `${t(lang, "site.title")} \u2014 ${rounds[0].report.programme.title}`,
      indexBody(rounds, lang)
    );
    for (const round of rounds) {
      const path = `rounds/${round.id}.html`;
      files.push({
        path: `${lang}/${path}`,
        content: renderHtml(round.report, { lang, nav: siteNav(lang, path, rounds) })
      });
    }
    for (const team of teams)
      add(
        `teams/${team.id}.html`,
        t(lang, "site.teamHistory", { team: team.name }),
        teamBody(team, rounds, lang)
      );
  }
  files.push({
    path: "index.html",
    content: page({
      lang: "ko",
      title: rounds[0].report.programme.title,
      body: chooserBody(rounds),
      script: false
    })
  });
  files.push({
    path: SITE_MARKER,
    content: `${JSON.stringify(
      {
        schema: "openquota/site@1",
        tool: { name: "openquota", version: VERSION },
        programme: rounds[0].report.programme.title,
        languages: SITE_LANGS,
        rounds: rounds.map((r) => ({
          id: r.id,
          generatedAt: r.report.generatedAt,
          file: r.file,
          sha256: r.sha256
        })),
        teams: teams.map((team) => team.id)
      },
      null,
      2
    )}
`
  });
  return files;
}

// src/report/site-write.ts
import { lstat, mkdir, mkdtemp, readdir, readFile, realpath, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, relative as relative2, resolve, sep } from "node:path";
async function existing(out) {
  const stat = await lstat(out).catch(() => void 0);
  if (!stat) return "none";
  if (stat.isSymbolicLink()) return "link";
  if (!stat.isDirectory()) return "file";
  const entries = await readdir(out);
  if (entries.length === 0) return "empty";
  const marker2 = await readFile(join(out, SITE_MARKER), "utf8").catch(() => void 0);
  try {
    return marker2 && JSON.parse(marker2).schema === "openquota/site@1" ? "site" : "other";
  } catch {
    return "other";
  }
}
async function real(path) {
  const found = await realpath(path).catch(() => void 0);
  if (found) return found;
  const parent = dirname(path);
  return parent === path ? path : join(await real(parent), basename(path));
}
async function writeSite(outPath, files, inputs, shownAs = outPath) {
  const out = resolve(outPath);
  const realOut = await real(out);
  for (const input of inputs) {
    const rel = relative2(realOut, await real(input.path));
    if (rel === "" || rel.split(sep)[0] !== ".." && !isAbsolute(rel))
      throw new ConfigError([
        {
          file: input.file,
          path: "--out",
          message: `is inside ${shownAs}, which the site replaces whole: the input would be lost`,
          fix: "write the site to a directory that holds none of the reports"
        }
      ]);
  }
  const kind = await existing(out);
  if (kind === "file" || kind === "link" || kind === "other")
    throw new ConfigError([
      {
        file: shownAs,
        path: "--out",
        message: kind === "other" ? `exists and is not an openquota site (no ${SITE_MARKER}): refusing to replace it` : `exists and is ${kind === "file" ? "a file" : "a symbolic link"}, not a site directory`,
        fix: "give a new or empty directory, or one an earlier `openquota site` wrote"
      }
    ]);
  await mkdir(dirname(out), { recursive: true });
  const temp = await mkdtemp(join(dirname(out), `.${basename(out)}.building-`));
  try {
    for (const file of files) {
      const target = join(temp, file.path);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, file.content);
    }
    if (kind === "none") {
      await rename(temp, out);
      return;
    }
    const old = `${temp}-old`;
    await rename(out, old);
    try {
      await rename(temp, out);
    } catch (error) {
      await rename(old, out);
      throw error;
    }
    await rm(old, { recursive: true, force: true });
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
}

// src/cli/commands/site.ts
var SPEC = {
  name: "site",
  usage: ["site REPORT.json... --out DIR"],
  about: [
    "Builds a static public site from the JSON reports of successive evaluation rounds of one programme (openquota/report@1, e.g. from `openquota scan --json FILE`), in Korean and English:"
  ],
  flags: [
    {
      name: "out",
      value: "DIR",
      help: "where to write the site (required). DIR is replaced whole and atomically: the site is built beside it and swapped in. DIR must be new, empty, or a site an earlier `openquota site` wrote; an input inside DIR is refused."
    }
  ],
  footer: `Pages:
  DIR/index.html              choose a language
  DIR/en/index.html           each team's compliant share per round (chart and table), the rounds
  DIR/en/rounds/DATE.html     the dashboard of each round
  DIR/en/teams/TEAM.html      each team's history: share per round, and what changed between
                              rounds (models added and removed, licence, availability, verdicts)
  DIR/ko/...                  the same pages in Korean
  DIR/openquota-site.json     what the site was built from (marks DIR as a site)

Every page is self-contained (no script but the dashboard's own, nothing loaded from anywhere) and
links relatively, so the site works opened from disk (file://) and on GitHub Pages under any path.
Rounds are ordered by their reports' generatedAt, in any order given.

Example:
  openquota site rounds/2025-09.json rounds/2026-03.json --out _site

Exit codes: 0 written; 2 a report is missing or invalid, reports of different programmes, or DIR
            cannot be replaced (nothing is changed then).`
};
function withoutShortOut(argv, problems2) {
  const rest = [];
  let given = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg !== "-o" && !arg.startsWith("-o")) {
      rest.push(arg);
      continue;
    }
    const value = arg === "-o" ? argv[++i] : arg.slice(2).replace(/^=/, "");
    problems2.flag("-o", "site has no -o: it writes a directory", `write --out ${value || "DIR"}`);
    given = true;
  }
  return { rest, given };
}
var siteCommand = async (argv, io) => {
  const problems2 = new Problems();
  const shortOut = withoutShortOut(argv, problems2);
  const args = parseFlags(SPEC, shortOut.rest, problems2);
  if (args.flag("help")) {
    io.stdout(helpText(SPEC));
    return EXIT.ok;
  }
  if (args.positionals.length === 0)
    problems2.flag(
      "REPORT",
      "give the JSON report of at least one evaluation round",
      "openquota site rounds/2025-09.json rounds/2026-03.json --out site"
    );
  const out = args.string("out");
  if (out === void 0 && !args.has("out") && !shortOut.given)
    problems2.flag("--out", "say where to write the site", "--out site");
  else if (out === "") problems2.flag("--out", "is empty", "--out site");
  const inputs = [];
  for (const file of args.positionals) {
    const path = resolve2(io.cwd, file);
    const read = await problems2.gather(() => readReportText(path, file));
    if (read) inputs.push({ file, path, ...read });
  }
  problems2.throwIfAny();
  const files = buildSite(inputs);
  await writeSite(resolve2(io.cwd, out), files, inputs, out);
  const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.content), 0);
  const pages = files.filter((f) => f.path.endsWith(".html")).length;
  io.stdout(
    `site: ${inputs.length} round${inputs.length === 1 ? "" : "s"}, ${pages} pages (${(bytes / 1e6).toFixed(1)} MB) in ${out}; open ${out}/index.html
`
  );
  return EXIT.ok;
};
export {
  siteCommand
};
