import {
  plural,
  t
} from "./chunk-FXGHOV3O.js";

// src/report/registry-failures.ts
function hostOf(url) {
  if (!url) return void 0;
  try {
    return new URL(url).host || void 0;
  } catch {
    return void 0;
  }
}
function failedHost(finding, model) {
  return hostOf(typeof finding.args?.url === "string" ? finding.args.url : model.url);
}
function registryFailures(report) {
  const out = [];
  for (const team of report.teams) {
    for (const f of team.failures) {
      out.push({
        team: team.name,
        kind: "listing",
        ...f.origin ? { origin: f.origin } : {},
        host: hostOf(f.url) ?? "unknown host",
        code: f.code,
        message: f.message,
        ...f.requestId ? { requestId: f.requestId } : {},
        count: 1
      });
    }
    const groups = /* @__PURE__ */ new Map();
    for (const model of team.models) {
      for (const r of model.reasons) {
        if (r.code !== "SOURCE_FAILED") continue;
        const host = failedHost(r, model) ?? "unknown host";
        const code = typeof r.args?.code === "string" ? r.args.code : "SOURCE_FAILED";
        const key = JSON.stringify([host, code, r.message]);
        const group = groups.get(key);
        if (group) group.count += 1;
        else groups.set(key, { team: team.name, kind: "inspect", host, code, message: r.message, count: 1 });
      }
    }
    out.push(...groups.values());
  }
  return out;
}
function failureLine(lang, f) {
  const cause = [f.code, ...f.requestId ? [t(lang, "failure.requestId", { id: f.requestId })] : []].join(
    "; "
  );
  const args = { host: f.host, message: f.message, cause };
  return f.kind === "listing" ? t(lang, "failure.listing", { ...args, origin: f.origin ?? t(lang, "failure.someRegistry") }) : plural(lang, "failure.inspect", f.count, args);
}

export {
  failedHost,
  registryFailures,
  failureLine
};
