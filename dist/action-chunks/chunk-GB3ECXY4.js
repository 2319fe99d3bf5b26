import {
  codedText,
  finding,
  t
} from "./chunk-FZZBKKJM.js";
import {
  bytesOfDtypes
} from "./chunk-3V46MXJE.js";
import {
  judgeExpression,
  matchesGlob
} from "./chunk-FFTUQTYY.js";
import {
  hubLicence,
  licenseRef
} from "./chunk-SBZSY4FU.js";
import {
  andAll,
  leaves,
  parseExpression
} from "./chunk-ENIKLIDM.js";
import {
  LIMITS
} from "./chunk-A4DY5VKQ.js";

// src/detect/resolve.ts
import { createHash } from "node:crypto";
function memoiseIdentify(identify) {
  const seen = /* @__PURE__ */ new Map();
  return (text, options) => {
    const key = `${options.role}:${createHash("sha256").update(text).digest("hex")}`;
    let detection = seen.get(key);
    if (!detection) {
      detection = identify(text, options);
      seen.set(key, detection);
    }
    return { ...structuredClone(detection), file: options.file };
  };
}
var MAX_IDENTIFY_BYTES = { licence: LIMITS.licenceText, readme: LIMITS.licenceText };
function identifySafely(identify, text, file, role) {
  const none = (matcher, reason) => ({
    licence: null,
    confidence: 0,
    matcher,
    file,
    bearing: true,
    extra: [reason]
  });
  const max = MAX_IDENTIFY_BYTES[role];
  if (Buffer.byteLength(text) > max)
    return none("too-long", `longer than ${max / 1024} KiB, more than any licence text`);
  try {
    return { ...identify(text, { file, role }), file };
  } catch (error) {
    return none(
      "failed",
      `the licence engine failed on it (${String(error?.message ?? error).slice(0, 120)})`
    );
  }
}
var NOT_IDENTIFIED = /* @__PURE__ */ new Set(["noassertion", "other", "none", ""]);
function declaredFrom(evidence) {
  const declared = evidence.facts.declaredLicences;
  const order = ["hub-card", "readme-front-matter", "spdx-tag", "github-api", "hub-tag"];
  for (const origin of order) {
    const entries = declared.filter((d) => d.origin === origin);
    if (entries.length === 0) continue;
    const expressions = [];
    let seeText = false;
    let namedRef = null;
    for (const entry of entries) {
      if (origin === "github-api" && NOT_IDENTIFIED.has(entry.value.toLowerCase())) {
        seeText = true;
        continue;
      }
      const mapped = hubLicence(entry.value, entry.name);
      if (mapped.kind === "see-text") {
        seeText = true;
        if (mapped.name) namedRef = licenseRef(mapped.name);
      } else expressions.push(mapped.expression);
    }
    const otherBeside = seeText && expressions.length > 0;
    return { declared: andAll(expressions), declaredOrigin: origin, seeText, namedRef, otherBeside };
  }
  return { declared: null, declaredOrigin: null, seeText: true, namedRef: null, otherBeside: false };
}
function isBearing(detection, role) {
  return detection.bearing ?? (role === "licence" ? true : detection.licence !== null);
}
function resolveLicence(evidence, identify, minConfidence) {
  const detections = [];
  const identified = [];
  const unidentified = [];
  const weakStatements = [];
  const unreadable = [];
  for (const text of evidence.texts) {
    if (text.text === void 0) {
      unreadable.push(text);
      continue;
    }
    if (text.truncated) {
      unreadable.push({ ...text, error: text.error ?? "longer than the byte cap: only its start was read" });
      continue;
    }
    const detection = identifySafely(identify, text.text, text.path, text.role);
    detections.push(detection);
    if (!isBearing(detection, text.role)) continue;
    const confident = detection.licence !== null && detection.confidence >= minConfidence;
    const parsed = confident ? parseExpression(detection.licence) : void 0;
    const weak = text.role === "readme" && detection.licence !== null && !confident;
    const named = weak ? parseExpression(detection.licence) : void 0;
    if (parsed?.ok) identified.push({ ...detection, licence: parsed.expression });
    else if (named?.ok) weakStatements.push({ ...detection, licence: named.expression });
    else unidentified.push(detection);
  }
  return {
    ...declaredFrom(evidence),
    detected: andAll(identified.map((d) => d.licence)),
    detectedConfidence: identified.length ? Math.min(...identified.map((d) => d.confidence)) : null,
    detections,
    identified,
    unidentified,
    weakStatements,
    unreadable,
    malformed: (evidence.facts.problems ?? []).filter((p) => p.code === "MALFORMED_METADATA"),
    filesKnown: evidence.facts.files !== null
  };
}

// src/policy/licence-checks.ts
function textFindings(resolved) {
  const out = [];
  for (const d of resolved.unidentified) {
    if (d.matcher === "too-long" || d.matcher === "failed") {
      out.push(
        finding("LICENCE_UNIDENTIFIED", "warning", {
          file: d.file ?? "",
          variant: "notRead",
          matcher: d.matcher,
          detail: d.extra?.[0] ?? d.matcher
        })
      );
      continue;
    }
    const near = d.licence ?? d.closest?.licence;
    const confidence = d.licence ? d.confidence : d.closest?.confidence;
    out.push(
      finding("LICENCE_UNIDENTIFIED", "warning", {
        file: d.file ?? "",
        ...near ? { closest: near, confidence: `${Math.round((confidence ?? 0) * 100)}%` } : {}
      })
    );
  }
  for (const t2 of resolved.unreadable) {
    out.push(finding("LICENCE_UNREADABLE", "warning", { file: t2.path, error: t2.error }));
  }
  for (const p of resolved.malformed) {
    out.push(finding("MALFORMED_METADATA", "warning", { code: p.code, detail: p.message }));
  }
  return out;
}
function notApprovedFindings(expression, policy, lookup) {
  const { leaves: judged } = judgeExpression(expression, policy, lookup);
  const out = [];
  for (const leaf of judged.filter((l) => !l.approved)) {
    const name = lookup(leaf.leaf.split(" WITH ")[0])?.name ?? leaf.leaf;
    const denied = leaf.flags.filter((f) => policy.licences.denyFlags.includes(f));
    if (denied.includes("non-commercial"))
      out.push(finding("LICENCE_NON_COMMERCIAL", "error", { licence: leaf.leaf, name }));
    if (denied.includes("restricted-use"))
      out.push(finding("LICENCE_RESTRICTED_USE", "error", { licence: leaf.leaf, name }));
    if (leaf.why.startsWith("denied:"))
      out.push(finding("LICENCE_DENIED", "error", { licence: leaf.leaf, rule: leaf.why.slice(7) }));
  }
  out.push(finding("LICENCE_NOT_APPROVED", "error", { licence: expression, policy: policy.id }));
  return out;
}
var MAX_QUOTE = 300;
function quoteExtra(extra) {
  const text = (extra ?? []).map((e) => e.replace(/\s+/g, " ").trim()).filter(Boolean).join(" \u2026 ");
  if (!text) return void 0;
  return text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 1)}\u2026` : text;
}
function leavesOf(expression) {
  const parsed = parseExpression(expression);
  return parsed.ok ? leaves(parsed.tree) : [];
}
function sourceOf(leaf, detections) {
  return detections.find((d) => d.licence && leavesOf(d.licence).includes(leaf));
}
function modifiedFindings(expression, resolved, lookup) {
  const out = [];
  for (const leaf of leavesOf(expression)) {
    const variant = lookup(leaf.split(" WITH ")[0])?.variantOf;
    if (!variant) continue;
    const from = sourceOf(leaf, resolved.identified);
    const quote = quoteExtra(from?.extra);
    out.push(
      finding("LICENCE_MODIFIED", "error", {
        licence: leaf,
        base: variant.id,
        how: variant.how,
        file: from?.file,
        extra: quote
      })
    );
  }
  return out;
}

// src/policy/evidence-lines.ts
var pct = (x) => `${Math.round(x * 100)}%`;
function item(code, args) {
  const given = args;
  return {
    code,
    args: Object.fromEntries(
      Object.entries(given).filter((e) => e[1] !== void 0)
    )
  };
}
function provenanceItems(evidence, resolved) {
  const { facts } = evidence;
  const items = [
    item("METADATA", {
      source: facts.source,
      revision: facts.revision?.slice(0, 12),
      fetchedAt: evidence.fetchedAt
    })
  ];
  for (const d of facts.declaredLicences)
    items.push(item("DECLARED", { origin: d.origin, value: d.value, name: d.name }));
  for (const d of resolved.detections) {
    const file = d.file ?? "";
    if (d.matcher === "too-long" || d.matcher === "failed") {
      items.push(item("NOT_READ", { file, matcher: d.matcher, detail: d.extra?.[0] ?? d.matcher }));
      continue;
    }
    items.push(
      d.licence ? item("IDENTIFIED", { file, licence: d.licence, matcher: d.matcher, confidence: pct(d.confidence) }) : item("UNIDENTIFIED", {
        file,
        closest: d.closest?.licence,
        confidence: d.closest ? pct(d.closest.confidence) : void 0
      })
    );
    const quote = quoteExtra(d.extra);
    if (quote) items.push(item("EXTRA", { file, quote }));
  }
  for (const t2 of resolved.unreadable) items.push(item("UNREADABLE", { file: t2.path, error: t2.error }));
  for (const p of facts.problems ?? [])
    items.push(item("PROBLEM", { code: p.code, detail: p.message, url: p.url }));
  return items;
}
function evidenceLines(items) {
  return items.map((i) => codedText("en", "evidence", i));
}

// src/policy/licence-stands.ts
function leavesOf2(expression) {
  if (!expression) return [];
  const parsed = parseExpression(expression);
  return parsed.ok ? leaves(parsed.tree) : [expression];
}
function same(a, b, refines) {
  return a.toLowerCase() === b.toLowerCase() || refines(a, b) || refines(b, a);
}
function covers(detected, declared, refines) {
  const found = leavesOf2(detected);
  return leavesOf2(declared).every((d) => found.some((f) => same(d, f, refines)));
}
function beyond(detected, declared, refines) {
  const named = leavesOf2(declared);
  return leavesOf2(detected).filter((f) => !named.some((d) => same(d, f, refines)));
}
function combine(resolved, approvedOf, refines, findings) {
  const { declared, detected } = resolved;
  if (!declared || !detected) return detected ?? declared;
  if (covers(detected, declared, refines)) return detected;
  findings.push(
    finding("LICENCE_MISMATCH", "warning", {
      origin: resolved.declaredOrigin ?? "metadata",
      declared,
      detected
    })
  );
  return approvedOf(declared) && !approvedOf(detected) ? detected : !approvedOf(declared) && approvedOf(detected) ? declared : detected;
}
function decideLicence(picture, policy, lookup, refines) {
  const weak = picture.weakStatements.filter(
    (d) => !(picture.declared && covers(picture.declared, d.licence, refines))
  );
  const resolved = { ...picture, unidentified: [...picture.unidentified, ...weak] };
  const findings = textFindings(resolved);
  const base = { declared: resolved.declared, detected: resolved.detected, detections: resolved.detections };
  const approvedOf = (e) => judgeExpression(e, policy, lookup).approved;
  const hasText = resolved.identified.length + resolved.unidentified.length + resolved.unreadable.length > 0;
  let established = resolved.filesKnown && resolved.unidentified.length === 0 && resolved.unreadable.length === 0 && resolved.malformed.length === 0;
  let expression = combine(resolved, approvedOf, refines, findings);
  const otherPart = resolved.seeText && (resolved.otherBeside || !resolved.declared);
  const textsIdentified = resolved.unidentified.length === 0 && resolved.unreadable.length === 0;
  if (otherPart && textsIdentified && beyond(resolved.detected, resolved.declared, refines).length === 0) {
    if (resolved.namedRef) expression = andAll([expression, resolved.namedRef].filter(isString));
    else if (resolved.otherBeside && established) {
      established = false;
      findings.push(
        finding("LICENCE_TEXT_MISSING", "warning", {
          declared: resolved.declared ?? "",
          variant: "other"
        })
      );
    }
  }
  if (!hasText && expression && policy.licences.metadataOnly === "unknown" && approvedOf(expression)) {
    established = false;
    findings.push(finding("LICENCE_TEXT_MISSING", "warning", { licence: expression, policy: policy.id }));
  }
  if (!expression) {
    if (!established) return { licence: { ...base, expression: null, approved: null }, findings };
    findings.push(finding("LICENCE_MISSING", "error"));
    return { licence: { ...base, expression: null, approved: false }, findings };
  }
  findings.push(...modifiedFindings(expression, resolved, lookup));
  const approved = approvedOf(expression);
  if (!approved) {
    findings.push(...notApprovedFindings(expression, policy, lookup));
    return { licence: { ...base, expression, approved: false }, findings };
  }
  if (!established) return { licence: { ...base, expression: null, approved: null }, findings };
  return { licence: { ...base, expression, approved: true }, findings };
}
function isString(value) {
  return value !== null;
}

// src/policy/lineage.ts
function baseLicence(base) {
  const parts = base.declaredLicences.map((d) => {
    const mapped = hubLicence(d.value, d.name);
    if (mapped.kind === "licence") return mapped.expression;
    return mapped.name ? licenseRef(mapped.name) : null;
  });
  if (parts.length === 0 || parts.some((p) => p === null)) return null;
  return andAll(parts);
}
function binding(expression, lookup) {
  const parsed = parseExpression(expression);
  if (!parsed.ok) return [{ id: expression }];
  return leaves(parsed.tree).flatMap((leaf) => {
    const id = leaf.split(" WITH ")[0].replace(/\+$/, "");
    const info = lookup(id);
    if (!info) return [{ id }];
    if (!info.flags.includes("binds-derivatives")) return [];
    return [{ id, ...info.binds ? { clause: info.binds } : {} }];
  });
}
function applyLineage(lineage, licence, policy, lookup) {
  const steps = (lineage ?? []).map((b) => ({
    id: b.id,
    relation: b.relation,
    own: b.own,
    licence: b.failure ? null : baseLicence(b),
    ...b.failure ? { failure: b.failure.message } : {}
  }));
  const findings = [];
  let result = licence;
  let excluded = false;
  let open = false;
  for (const [i, base] of (lineage ?? []).entries()) {
    if (base.own) continue;
    const step = steps[i];
    const owner = base.id.split("/")[0];
    const severity = policy.lineage.thirdPartyBase === "allow" ? "info" : "warning";
    findings.push(finding("THIRD_PARTY_BASE", severity, { owner, model: base.id, relation: base.relation }));
    if (policy.lineage.thirdPartyBase === "not-counted") excluded = true;
    if (base.failure || step.licence === null) {
      open = true;
      findings.push(
        finding(
          "BASE_UNREADABLE",
          "warning",
          base.failure ? { base: base.id, error: base.failure.message } : { base: base.id, variant: "noLicence" }
        )
      );
      continue;
    }
    const binds = binding(step.licence, lookup);
    if (binds.length === 0) continue;
    const own = result.expression;
    const combined = own ? `(${own}) AND (${step.licence})` : null;
    const judged = combined ? judgeExpression(combined, policy, lookup).approved : null;
    const clause = binds.find((b) => b.clause)?.clause;
    findings.push(
      finding("LICENCE_INHERITED", judged === false ? "error" : "info", {
        base: base.id,
        licence: step.licence,
        ...clause ? { clause } : {}
      })
    );
    if (combined) result = { ...result, expression: combined, approved: judged };
  }
  if (open && result.approved === true) result = { ...result, approved: null };
  return { findings, licence: result, excluded, steps };
}

// src/policy/public.ts
function countsAsPublic(availability, policy) {
  switch (availability) {
    case "public":
      return "public";
    case "gated-auto":
    case "gated-manual":
      return policy.availability[availability] === "public" ? "public" : "not-public";
    case "private":
    case "disabled":
    case "missing":
      return "not-public";
    default:
      return "unknown";
  }
}

// src/policy/waivers.ts
function waiverFor(id, code, waivers, today) {
  return waivers.find(
    (w) => w.codes.includes(code) && matchesGlob(id, w.release) && // `expires` is the last day the waiver applies (YYYY-MM-DD compares as text).
    (!w.expires || w.expires >= today)
  );
}
function applyWaivers(id, findings, waivers, today) {
  return findings.flatMap((f) => {
    const waiver = waiverFor(id, f.code, waivers, today);
    if (!waiver) return [f];
    const { blocking: _blocking, ...rest } = f;
    const args = { ...f.args ?? {}, waived: 1 };
    return [
      { ...rest, severity: "info", args, message: t("en", "finding.waived", { text: f.message }) },
      finding("WAIVED", "info", {
        code: f.code,
        approvedBy: waiver.approvedBy,
        reason: waiver.reason,
        expires: waiver.expires
      })
    ];
  });
}

// src/policy/weights.ts
function weightFigures(w, parameters) {
  return {
    bytes: w?.bytes ?? null,
    parameters: w?.parameters ?? parameters ?? null,
    source: w?.source ?? null
  };
}
function weightsPresence(w, policy) {
  const { minParameters, minBytes } = policy.weights;
  if (!w) return { kind: "unknown", args: {} };
  if (w.parameters !== void 0 && w.parameters < minParameters)
    return { kind: "stub", args: { variant: "parameters", parameters: w.parameters, minParameters } };
  if (w.bytes !== void 0 && w.bytes < minBytes)
    return { kind: "stub", args: { variant: "bytes", bytes: w.bytes, minBytes } };
  if (w.storageBytes !== void 0 && w.storageBytes < minBytes)
    return { kind: "stub", args: { variant: "storage", storageBytes: w.storageBytes, minBytes } };
  const needed = w.dtypes ? bytesOfDtypes(w.dtypes) : void 0;
  if (needed !== void 0 && w.storageBytes !== void 0 && w.storageBytes < needed)
    return {
      kind: "stub",
      args: {
        variant: "header",
        parameters: w.parameters ?? 0,
        neededBytes: needed,
        storageBytes: w.storageBytes
      }
    };
  if (w.parameters !== void 0) return { kind: "present" };
  if (w.bytes !== void 0 && w.problem) return { kind: "unknown", args: { detail: w.problem } };
  if (w.bytesAtLeast !== void 0 && w.bytesAtLeast >= minBytes) return { kind: "present" };
  if (w.problem) return { kind: "unknown", args: { detail: w.problem } };
  if (w.bytes !== void 0) return { kind: "present" };
  return { kind: "unknown", args: {} };
}

// src/policy/judge.ts
function weightFiles(files, policy) {
  const exts = policy.weights.extensions.map((e) => e.toLowerCase());
  return files.filter((f) => exts.some((e) => f.toLowerCase().endsWith(e)));
}
function excludedBy(id, team) {
  for (const rule of team.exclude) {
    const { pattern, reason } = typeof rule === "string" ? { pattern: rule, reason: void 0 } : rule;
    if (matchesGlob(id, pattern)) return { pattern, ...reason ? { reason } : {} };
  }
  return void 0;
}
function problemFinding(p) {
  const args = { code: p.code, detail: p.message };
  if (p.code === "TRUNCATED") return finding("FILES_TRUNCATED", "warning", args);
  if (p.code === "MALFORMED_RESPONSE") return finding("MALFORMED_RESPONSE", "warning", args);
  return finding("SOURCE_FAILED", "warning", args);
}
function judge(evidence, resolved, ctx) {
  const { facts } = evidence;
  const { policy } = ctx;
  const findings = [];
  const weights = facts.files ? weightFiles(facts.files, policy) : null;
  const provenance = provenanceItems(evidence, resolved);
  const result = (verdict2, licence2) => ({
    source: facts.source,
    id: facts.id,
    ...facts.url ? { url: facts.url } : {},
    revision: facts.revision ?? null,
    declared: evidence.release.declared,
    origin: evidence.release.origin,
    verdict: verdict2,
    availability: facts.availability,
    licence: licence2,
    weights,
    parameters: facts.parameters ?? facts.weights?.parameters ?? null,
    ...weights?.length ? { weightFigures: weightFigures(facts.weights, facts.parameters) } : {},
    reasons: findings,
    evidence: evidenceLines(provenance),
    provenance,
    ...facts.links?.length ? { links: facts.links } : {}
  });
  const noLicence = {
    declared: resolved.declared,
    detected: resolved.detected,
    expression: null,
    approved: null,
    detections: resolved.detections
  };
  if (facts.requestedId && facts.requestedId !== facts.id)
    findings.push(finding("RENAMED", "info", { from: facts.requestedId, to: facts.id }));
  const excluded = excludedBy(facts.id, ctx.team) ?? (facts.requestedId && excludedBy(facts.requestedId, ctx.team));
  if (excluded && !evidence.release.declared) {
    const { pattern, reason } = excluded;
    findings.push(
      finding(
        "EXCLUDED_BY_PROGRAMME",
        "info",
        reason ? { pattern, reason } : { pattern, variant: "default" }
      )
    );
    return result("excluded", noLicence);
  }
  if (excluded) findings.push(finding("DECLARED_NOT_EXCLUDED", "warning", { pattern: excluded.pattern }));
  if (facts.failure) {
    const { code, url, message } = facts.failure;
    findings.push(finding("SOURCE_FAILED", "warning", { code, detail: message, url }));
    findings.push(...textFindings(resolved).filter((f) => f.code === "LICENCE_UNREADABLE"));
    return result("unknown", noLicence);
  }
  const problems = facts.problems ?? [];
  findings.push(...problems.filter((p) => p.code !== "MALFORMED_METADATA").map(problemFinding));
  const truncated = problems.some((p) => p.code === "TRUNCATED");
  const declaredRepo = evidence.release.declared && facts.source !== "huggingface";
  if (policy.weights.required && weights && weights.length === 0 && !declaredRepo && !truncated) {
    findings.push(finding("NO_WEIGHTS", "info"));
    if (facts.source === "huggingface") return result("excluded", noLicence);
    const code = decideLicence(resolved, policy, ctx.lookup, ctx.refines).licence;
    return { ...result("excluded", code), kind: "code" };
  }
  const presence = weights?.length && !declaredRepo ? weightsPresence(facts.weights, policy) : void 0;
  if (presence?.kind === "stub") {
    findings.push(finding("WEIGHTS_STUB", "info", presence.args));
    return result("excluded", noLicence);
  }
  if (presence?.kind === "unknown") findings.push(finding("WEIGHTS_UNKNOWN", "warning", presence.args));
  const { availability } = facts;
  const isPublic = countsAsPublic(availability, policy);
  if (!weights && isPublic !== "not-public") findings.push(finding("FILES_UNKNOWN", "warning"));
  if (isPublic === "not-public") {
    const known = availability;
    findings.push(finding("NOT_PUBLIC", "error", { availability: known }));
  } else if (availability === "gated-auto") findings.push(finding("GATED_AUTO", "warning"));
  const decided0 = availability === "missing" ? { licence: noLicence, findings: [] } : decideLicence(resolved, policy, ctx.lookup, ctx.refines);
  findings.push(...decided0.findings);
  const lineage = applyLineage(facts.lineage, decided0.licence, policy, ctx.lookup);
  findings.push(...lineage.findings);
  const licence = { ...decided0, licence: lineage.licence };
  if (lineage.excluded) return { ...result("excluded", licence.licence), lineage: lineage.steps };
  const final = applyWaivers(facts.id, findings, policy.waivers, ctx.today);
  findings.splice(0, findings.length, ...final);
  const decided = final.some((f) => f.severity === "error");
  const weightsSeen = weights !== null && weights.length > 0;
  const open = isPublic === "unknown" || licence.licence.approved === null || weights === null && isPublic === "public" || presence?.kind === "unknown" || problems.some((p) => p.code !== "TRUNCATED" && p.code !== "MALFORMED_METADATA") || // What was read of a cut listing decides only when it found weights and a licence.
  truncated && !(weightsSeen && licence.licence.approved !== null);
  const verdict = result(decided ? "non-compliant" : open ? "unknown" : "compliant", licence.licence);
  return lineage.steps.length > 0 ? { ...verdict, lineage: lineage.steps } : verdict;
}
function judgeAsPublished(evidence, resolved, ctx) {
  if (evidence.facts.failure) return judge(evidence, resolved, ctx);
  const published = { ...evidence, facts: { ...evidence.facts, availability: "public" } };
  const model = judge(published, resolved, ctx);
  const note = finding("AVAILABILITY_NOT_CHECKED", "info");
  return { ...model, availability: evidence.facts.availability, reasons: [note, ...model.reasons] };
}

export {
  memoiseIdentify,
  resolveLicence,
  judge,
  judgeAsPublished
};
