import {
  t,
  teamReasonArgs
} from "./chunk-FZZBKKJM.js";

// src/policy/tally.ts
function teamStatus(counts, threshold, listingFailed) {
  const { counted, compliant, unknown } = counts;
  const said = (status, code) => ({
    status,
    code,
    message: t("en", `reason.${code}`, teamReasonArgs({ ...counts, threshold }))
  });
  if (listingFailed) return said("incomplete", "LISTING_FAILED");
  if (counted === 0) return said("fail", "NOTHING_COUNTED");
  if (compliant / counted > threshold) return said("pass", "ABOVE_THRESHOLD");
  if ((compliant + unknown) / counted <= threshold) return said("fail", "AT_OR_BELOW_THRESHOLD");
  return said("incomplete", "DEPENDS_ON_UNKNOWN");
}
function parameterShare(models) {
  const counted = models.filter((m) => m.verdict !== "excluded");
  if (counted.length === 0 || counted.some((m) => m.parameters === null)) return null;
  const total = counted.reduce((a, m) => a + (m.parameters ?? 0), 0);
  if (total === 0) return null;
  return counted.filter((m) => m.verdict === "compliant").reduce((a, m) => a + (m.parameters ?? 0), 0) / total;
}
function tallyTeam(team, models, threshold, failures, measure = "releases") {
  const count = (v) => models.filter((m) => m.verdict === v).length;
  const compliant = count("compliant");
  const nonCompliant = count("non-compliant");
  const unknown = count("unknown");
  const counted = compliant + nonCompliant + unknown;
  const byReleases = teamStatus({ counted, compliant, unknown }, threshold, failures.length > 0);
  const { status, code, message } = measure === "releases" ? byReleases : byMeasure(byReleases, byParameters(models, threshold), measure);
  return {
    id: team.id,
    name: team.name,
    status,
    counted,
    parameterShare: parameterShare(models),
    compliant,
    nonCompliant,
    unknown,
    excluded: count("excluded"),
    share: counted === 0 ? 0 : compliant / counted,
    threshold,
    reason: { code, message },
    failures,
    models
  };
}
function byParameters(models, threshold) {
  const counted = models.filter((m) => m.verdict !== "excluded");
  const share = parameterShare(models);
  const said = (status, code) => ({
    status,
    code,
    message: t(
      "en",
      `reason.${code}`,
      teamReasonArgs({ counted: 0, compliant: 0, unknown: 0, threshold, parameterShare: share })
    )
  });
  if (counted.length === 0) return said("fail", "NOTHING_COUNTED");
  if (counted.some((m) => m.parameters === null)) return said("incomplete", "PARAMETERS_UNKNOWN");
  const sum = (v) => counted.filter((m) => v.includes(m.verdict)).reduce((a, m) => a + (m.parameters ?? 0), 0);
  const total = sum(["compliant", "non-compliant", "unknown"]);
  if (total > 0 && sum(["compliant"]) / total > threshold) return said("pass", "PARAMETERS_ABOVE_THRESHOLD");
  if (total === 0 || sum(["compliant", "unknown"]) / total <= threshold)
    return said("fail", "PARAMETERS_AT_OR_BELOW_THRESHOLD");
  return said("incomplete", "PARAMETERS_DEPEND_ON_UNKNOWN");
}
function byMeasure(releases, parameters, measure) {
  if (measure === "parameters" || releases.code === "LISTING_FAILED")
    return releases.code === "LISTING_FAILED" ? releases : parameters;
  if (releases.status === "fail") return releases;
  if (parameters.status === "fail") return parameters;
  if (releases.status === "incomplete") return releases;
  return parameters.status === "incomplete" ? parameters : releases;
}
function overallStatus(teams) {
  if (teams.some((t2) => t2.status === "fail")) return "fail";
  if (teams.some((t2) => t2.status === "incomplete")) return "incomplete";
  return "pass";
}

export {
  tallyTeam,
  overallStatus
};
