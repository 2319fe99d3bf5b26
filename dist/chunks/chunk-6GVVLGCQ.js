import {
  overallStatus
} from "./chunk-FJQ3QF5D.js";

// src/report/merge.ts
function noReportTeam(team, threshold) {
  const message = "no report holds this team: its job produced none, so its releases are not known";
  return {
    id: team.id,
    name: team.name,
    status: "incomplete",
    counted: 0,
    compliant: 0,
    nonCompliant: 0,
    unknown: 0,
    excluded: 0,
    share: 0,
    threshold,
    reason: { code: "NO_REPORT", message },
    failures: [{ code: "NO_REPORT", message }],
    models: []
  };
}
function expectedTeams(inputs, expect, problems) {
  const programme = expect.programme;
  const from = expect.subsetFrom ?? "--teams";
  if (!programme && !expect.subset) {
    problems.push({
      file: "openquota merge",
      path: "programme",
      message: `cannot tell which teams the programme has: its file (${inputs[0]?.report.programme.file ?? "not named"}) is not here unchanged, so a team whose job produced no report would go unseen`,
      fix: `give the programme file the jobs scanned (--config FILE), or name the teams merged on purpose (${from} a,b)`
    });
    return [];
  }
  for (const id of expect.subset ?? []) {
    if (programme && !programme.some((t) => t.id === id)) {
      problems.push({
        file: "openquota merge",
        path: from,
        message: `no team "${id}" in the programme file`,
        fix: `use some of: ${programme.map((t) => t.id).join(", ")}`
      });
    }
  }
  const wanted = expect.subset ? expect.subset.map((id) => programme?.find((t) => t.id === id) ?? { id, name: id }) : programme ?? [];
  for (const { file, report } of inputs) {
    for (const team of report.teams) {
      if (programme && !programme.some((t) => t.id === team.id)) {
        problems.push({
          file,
          path: "teams",
          message: `team "${team.id}" is not in the programme file the report names`,
          fix: "merge only reports of this programme file"
        });
      } else if (expect.subset && !expect.subset.includes(team.id)) {
        problems.push({
          file,
          path: "teams",
          message: `team "${team.id}" is not among the teams named by ${from}`,
          fix: `add it to ${from}, or leave this report out`
        });
      }
    }
  }
  return wanted;
}
function sumRequests(reports) {
  const present = reports.map((r) => r.requests).filter((r) => r !== void 0);
  if (present.length === 0) return void 0;
  const total = { api: 0, files: 0, retries: 0, notModified: 0, cacheHits: 0 };
  for (const r of present) for (const k of Object.keys(total)) total[k] += r[k];
  return total;
}
function mergeReports(inputs, expect) {
  const problems = [];
  const first = inputs[0];
  if (!first)
    return { problems: [{ file: "openquota merge", path: "REPORT", message: "no report to merge" }] };
  const base = first.report;
  for (const { file, report } of inputs.slice(1)) {
    if (report.policy.id !== base.policy.id || report.policy.sha256 !== base.policy.sha256) {
      problems.push({
        file,
        path: "policy",
        message: `made with policy ${report.policy.id} (sha256 ${report.policy.sha256.slice(0, 12)}), but ${first.file} with ${base.policy.id} (sha256 ${base.policy.sha256.slice(0, 12)})`,
        fix: "merge only reports of one run: every job must use the same policy file"
      });
    }
    if (report.programme.sha256 !== base.programme.sha256) {
      problems.push({
        file,
        path: "programme.sha256",
        message: `made from another programme file than ${first.file} (sha256 ${String(report.programme.sha256).slice(0, 12)} vs ${String(base.programme.sha256).slice(0, 12)})`,
        fix: "merge only reports of one run: every job must check out the same commit of the programme file"
      });
    }
  }
  const owner = /* @__PURE__ */ new Map();
  for (const { file, report } of inputs) {
    for (const team of report.teams) {
      const prior = owner.get(team.id);
      if (prior !== void 0) {
        problems.push({
          file,
          path: "teams",
          message: `team "${team.id}" is also in ${prior}`,
          fix: "give each team to exactly one job (matrix: one team per job)"
        });
      } else owner.set(team.id, file);
    }
  }
  const wanted = expectedTeams(inputs, expect, problems);
  if (problems.length > 0) return { problems };
  const missing = wanted.filter((t) => !owner.has(t.id)).map((t) => noReportTeam(t, base.policy.threshold));
  const inputOrder = [...inputs.flatMap((i) => i.report.teams), ...missing];
  const programmeOrder = expect.programme?.map((t) => t.id);
  const rank = (id) => {
    const i = programmeOrder?.indexOf(id) ?? -1;
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  const teams = inputOrder.map((team, i) => ({ team, i })).sort((a, b) => rank(a.team.id) - rank(b.team.id) || a.i - b.i).map((x) => x.team);
  const commits = new Set(inputs.map((i) => i.report.programme.commit ?? null));
  const requests = sumRequests(inputs.map((i) => i.report));
  const { requests: _dropped, ...rest } = base;
  return {
    report: {
      ...rest,
      // ISO times sort as strings: the latest job's time.
      generatedAt: inputs.map((i) => i.report.generatedAt).sort().at(-1),
      programme: {
        ...base.programme,
        // Jobs of one run check out one commit; if they did not, no single commit describes the result.
        ...base.programme.commit !== void 0 || commits.size > 1 ? { commit: commits.size === 1 ? base.programme.commit ?? null : null } : {}
      },
      status: overallStatus(teams),
      teams,
      ...requests ? { requests } : {}
    }
  };
}

export {
  mergeReports
};
