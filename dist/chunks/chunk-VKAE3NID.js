import {
  FINDING_HELP
} from "./chunk-YTWAXF7Y.js";
import {
  FINDING_CODES
} from "./chunk-WE5VP5WZ.js";
import {
  parseShared
} from "./chunk-VNYT6GF5.js";
import {
  primaryFinding,
  verdictSentence
} from "./chunk-FXGHOV3O.js";

// src/project.ts
var REPOSITORY = "openquota-dev/openquota";
var REPOSITORY_URL = `https://github.com/${REPOSITORY}`;

// src/report/locate.ts
function bareId(entry) {
  return entry.replace(/^(hf|github):/i, "").replace(/^https?:\/\/(www\.)?(huggingface\.co|hf\.co|github\.com)\//i, "").replace(/\.git$/i, "").split("/").slice(0, 2).join("/").toLowerCase();
}
function indexTeams(teams) {
  const byId = /* @__PURE__ */ new Map();
  teams.forEach((team, at) => {
    if (byId.has(team?.id)) return;
    const declared = Array.isArray(team?.models) ? team.models.map(String) : [];
    const written = /* @__PURE__ */ new Map();
    const bare = /* @__PURE__ */ new Map();
    declared.forEach((entry, i) => {
      if (!written.has(entry)) written.set(entry, i);
      const key = bareId(entry);
      if (!bare.has(key)) bare.set(key, i);
    });
    byId.set(team?.id, { at, written, bare });
  });
  return byId;
}
function locateInProgramme(text) {
  if (text !== void 0 && last?.text === text) return last.locate;
  const locate = buildLocator(text);
  if (text !== void 0) last = { text, locate };
  return locate;
}
var last;
function buildLocator(text) {
  const parsed = text === void 0 ? void 0 : parseShared({ file: "programme", text });
  if (!parsed?.ok) return () => void 0;
  const doc = parsed.document.value;
  const teams = indexTeams(Array.isArray(doc?.teams) ? doc.teams : []);
  const line = (path) => parsed.document.lineOf(path);
  return (teamId, model) => {
    const team = teams.get(teamId);
    if (!team) return void 0;
    if (model) {
      const written = model.origin.startsWith("models: ") ? model.origin.slice("models: ".length) : void 0;
      const mi = (written === void 0 ? void 0 : team.written.get(written)) ?? team.bare.get(bareId(model.id));
      if (mi !== void 0) return line(["teams", team.at, "models", mi]);
    }
    return line(["teams", team.at]);
  };
}

// src/report/sarif.ts
var INFORMATION_URI = REPOSITORY_URL;
var SHORT = {
  NOT_PUBLIC: "Release is not public",
  GATED_AUTO: "Release is behind click-through gating",
  NO_WEIGHTS: "Repository holds no weights",
  EXCLUDED_BY_PROGRAMME: "Release excluded by the programme file",
  LICENCE_NOT_APPROVED: "Licence is not approved by the policy",
  LICENCE_DENIED: "Licence is denied by the policy",
  LICENCE_MISSING: "No licence found",
  LICENCE_UNREADABLE: "Licence file could not be read",
  LICENCE_UNIDENTIFIED: "Licence text not identified",
  LICENCE_MISMATCH: "Declared and detected licences disagree",
  LICENCE_RESTRICTED_USE: "Licence restricts use",
  LICENCE_NON_COMMERCIAL: "Licence forbids commercial use",
  SOURCE_FAILED: "Registry could not be asked",
  FILES_UNKNOWN: "File list unknown",
  RENAMED: "Repository renamed",
  WAIVED: "Finding waived by the policy",
  LICENCE_MODIFIED: "Licence text is a modified licence",
  LICENCE_TEXT_MISSING: "No licence text backs the metadata",
  MALFORMED_METADATA: "Card licence field has the wrong shape",
  MALFORMED_RESPONSE: "Registry answer has an unknown shape",
  FILES_TRUNCATED: "File listing cut short",
  DECLARED_NOT_EXCLUDED: "Declared release matched by exclude",
  AVAILABILITY_NOT_CHECKED: "Availability not checked (local directory)",
  WEIGHTS_STUB: "Weight files too small to be a model",
  WEIGHTS_UNKNOWN: "Size of the weights not established",
  FAMILY_COPY: "Copy of another release of the team",
  COPY_LESS_OPEN: "A copy is less open than its original",
  ADAPTER: "Adapter, not counted",
  FORK: "Fork of another owner\u2019s repository, not counted",
  THIRD_PARTY_BASE: "Built on another owner\u2019s weights",
  LICENCE_INHERITED: "Licence inherited from the base model",
  BASE_UNREADABLE: "Base model could not be read"
};
function primaryCode(model) {
  return primaryFinding(model)?.code ?? (model.verdict === "unknown" ? "SOURCE_FAILED" : "LICENCE_NOT_APPROVED");
}
function rule(code) {
  const help = FINDING_HELP[code];
  return {
    id: code,
    name: code.toLowerCase().split("_").map((w) => w[0].toUpperCase() + w.slice(1)).join(""),
    shortDescription: { text: SHORT[code] },
    fullDescription: { text: help },
    help: {
      text: help,
      markdown: `**${code}**: ${help}

See [finding codes](${INFORMATION_URI}#finding-codes).`
    },
    helpUri: `${INFORMATION_URI}#finding-codes`,
    defaultConfiguration: {
      level: code === "SOURCE_FAILED" || code === "FILES_UNKNOWN" ? "warning" : "error"
    }
  };
}
function relativeUri(file) {
  return file.replace(/\\/g, "/").replace(/^\.\//, "").split("/").map(encodeURIComponent).join("/");
}
function result(team, model, uri, line, lang) {
  const code = primaryCode(model);
  const level = model.verdict === "unknown" ? "warning" : "error";
  return {
    ruleId: code,
    ruleIndex: FINDING_CODES.indexOf(code),
    level,
    message: { text: verdictSentence(lang, model, team.id) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri, uriBaseId: "%SRCROOT%" },
          region: { startLine: line ?? 1 }
        },
        logicalLocations: [{ name: model.id, fullyQualifiedName: `${team.id}/${model.id}`, kind: "module" }]
      }
    ],
    // Stable across runs: the same model with the same problem is the same alert.
    partialFingerprints: {
      "openquotaModel/v1": `${team.id}:${model.source}:${model.id.toLowerCase()}:${code}`
    },
    properties: {
      team: team.id,
      model: model.id,
      source: model.source,
      verdict: model.verdict,
      ...model.url ? { url: model.url } : {},
      ...model.revision ? { revision: model.revision } : {},
      licence: model.licence.expression,
      codes: model.reasons.map((r) => r.code)
    }
  };
}
function renderSarif(report, options = {}) {
  const uri = relativeUri(options.programmeUri ?? report.programme.file ?? "openquota.yml");
  const locate = locateInProgramme(options.programmeText);
  const results = report.teams.flatMap(
    (team) => team.models.filter((m) => m.verdict === "non-compliant" || m.verdict === "unknown").map((m) => result(team, m, uri, locate(team.id, m), options.lang ?? "en"))
  );
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "openquota",
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: INFORMATION_URI,
            rules: FINDING_CODES.map(rule)
          }
        },
        // No automationDetails: upload-sarif keeps an id already present and would ignore its `category`.
        results,
        properties: {
          programme: report.programme.title,
          policy: report.policy.id,
          status: report.status,
          teams: report.teams.map((t) => ({ id: t.id, status: t.status, share: t.share }))
        }
      }
    ]
  };
  return `${JSON.stringify(sarif, null, 2)}
`;
}

export {
  INFORMATION_URI,
  primaryCode,
  renderSarif
};
