import {
  BASE_DEADLINE_MS,
  defaultDeadlineMs,
  readLineage
} from "./chunk-G7PQX2GY.js";
import {
  evaluate
} from "./chunk-LB72PGIN.js";
import {
  DEFAULT_POOLS,
  pLimit,
  releasesInFlight
} from "./chunk-53VXJEX3.js";
import {
  programmeSchema
} from "./chunk-43SM6JHF.js";
import {
  readConfigFile
} from "./chunk-MCOX4F7J.js";
import {
  parseShared,
  validateDocument
} from "./chunk-VNYT6GF5.js";
import {
  ConfigError
} from "./chunk-2HJM3R72.js";

// src/config/load.ts
async function loadProgramme(file) {
  const source = await readConfigFile(
    file,
    "programme file",
    "pass --config FILE, or create openquota.yml (see examples/sovereign-ai-2025/openquota.yml)"
  );
  const parsed = parseShared(source);
  if (!parsed.ok) throw new ConfigError(parsed.problems);
  if (parsed.document.value === null || parsed.document.value === void 0) {
    throw new ConfigError([
      {
        file,
        path: "",
        message: "the programme file is empty",
        fix: "start one with `openquota init --hf YOUR-HUB-ORG`, or copy examples/sovereign-ai-2025/openquota.yml"
      }
    ]);
  }
  const validated = validateDocument(source.file, parsed.document, programmeSchema);
  if (!validated.ok) throw new ConfigError(validated.problems);
  const programme = validated.value;
  return {
    file,
    text: source.text,
    sha256: source.sha256,
    programme
  };
}

// src/scan.ts
function selectTeams(all, wanted, file) {
  if (!wanted || wanted.length === 0) return all;
  const unknown = wanted.filter((id) => !all.some((t) => t.id === id));
  if (unknown.length > 0) {
    throw new ConfigError(
      unknown.map((id) => ({
        file,
        path: "teams",
        message: `no team "${id}" in the programme file`,
        fix: `use one of: ${all.map((t) => t.id).join(", ")}`
      }))
    );
  }
  return all.filter((t) => wanted.includes(t.id));
}
function target(team) {
  return {
    id: team.id,
    huggingface: team.huggingface,
    github: team.github,
    git: team.git,
    models: team.models
  };
}
function checkClaims(teams, sources, file) {
  const problems = teams.flatMap(
    (team, ti) => team.models.map((id, mi) => ({ id, mi })).filter(({ id }) => !sources.some((s) => s.claims(id))).map(({ id, mi }) => ({
      file,
      path: `teams[${ti}].models[${mi}]`,
      message: `no source can inspect "${id}"`,
      fix: "write a Hub id as org/name, a GitHub repository as github:owner/repo, or a git URL"
    }))
  );
  teams.forEach((team, ti) => {
    for (const kind of ["huggingface", "github", "git"]) {
      if (team[kind].length > 0 && !sources.some((s) => s.kind === kind)) {
        problems.push({
          file,
          path: `teams[${ti}].${kind}`,
          message: `this openquota has no ${kind} source configured`,
          fix: `remove the ${kind}: entries or run a build of openquota that reads ${kind}`
        });
      }
    }
  });
  if (problems.length > 0) throw new ConfigError(problems);
}
function sumStats(sources) {
  const total = { api: 0, files: 0, retries: 0, notModified: 0, cacheHits: 0 };
  for (const s of sources) {
    const st = s.stats();
    for (const k of Object.keys(total)) total[k] += st[k];
  }
  return total;
}
function mergeRenamed(evidence) {
  const byKey = /* @__PURE__ */ new Map();
  for (const e of evidence) {
    const key = `${e.team}:${e.facts.source}:${e.facts.id.toLowerCase()}`;
    const prior = byKey.get(key);
    if (!prior) byKey.set(key, e);
    else if (e.release.declared && !prior.release.declared)
      byKey.set(key, { ...prior, release: { ...prior.release, declared: true, origin: e.release.origin } });
  }
  return [...byKey.values()];
}
function sharedTexts() {
  const seen = /* @__PURE__ */ new Map();
  const one = (text) => {
    if (text.text === void 0 || text.sha256 === void 0) return text;
    const held = seen.get(text.sha256);
    if (held === void 0) seen.set(text.sha256, text.text);
    return held === text.text ? { ...text, text: held } : text;
  };
  return (evidence) => ({ ...evidence, texts: evidence.texts.map(one) });
}
function stoppedEvidence(release, stop, now) {
  const { listing: _listing, ...rest } = release;
  return {
    schema: "openquota/evidence@1",
    team: release.team,
    release: rest,
    facts: {
      source: release.source,
      id: release.id,
      availability: null,
      files: null,
      declaredLicences: [],
      failure: { code: stop.code, message: stop.message }
    },
    texts: [],
    fetchedAt: now().toISOString()
  };
}
async function scan(input) {
  const { programme } = input.programme;
  const teams = selectTeams(programme.teams, input.teams, input.programme.file);
  checkClaims(teams, input.sources, input.programme.file);
  const { budget } = input;
  const started = budget?.now() ?? Date.now();
  budget?.setDeadline(started + (input.deadlineMs ?? BASE_DEADLINE_MS));
  const failures = {};
  const releases = [];
  const discovered = await Promise.all(
    teams.map((team) => {
      input.onProgress?.({ phase: "discover", team: team.id });
      return Promise.all(
        input.sources.map(async (source) => ({
          source,
          found: await source.discover(target(team), { signal: input.signal })
        }))
      );
    })
  );
  for (const [ti, team] of teams.entries()) {
    failures[team.id] = [];
    const seen = /* @__PURE__ */ new Set();
    for (const { source, found: discovery } of discovered[ti]) {
      failures[team.id].push(...discovery.failures);
      for (const release of discovery.releases) {
        const key = `${release.source}:${release.id.toLowerCase()}`;
        if (seen.has(key)) continue;
        seen.add(key);
        releases.push({ team: team.id, release, source });
      }
    }
  }
  if (input.deadlineMs === void 0) budget?.setDeadline(started + defaultDeadlineMs(releases.length));
  const limits = new Map(
    input.sources.map((s) => [s, pLimit(input.concurrency ?? releasesInFlight(DEFAULT_POOLS))])
  );
  let done = 0;
  const shared = sharedTexts();
  const evidence = await Promise.all(
    releases.map(
      ({ team, release, source }) => limits.get(source)(async () => {
        const expired = budget?.expired();
        const result = expired ? stoppedEvidence(release, expired, input.now ?? (() => /* @__PURE__ */ new Date())) : await source.inspect(release, { signal: input.signal });
        done += 1;
        input.onProgress?.({ phase: "inspect", team, id: release.id, done, total: releases.length });
        return shared(result);
      })
    )
  );
  const merged = await readLineage(mergeRenamed(evidence), teams, input.sources, { signal: input.signal });
  budget?.dispose();
  const teamIds = teams.map((t) => t.id);
  const report = evaluate({
    programme: input.programme,
    policy: input.policy,
    teams: teamIds,
    evidence: merged,
    failures,
    engine: input.engine,
    now: (input.now ?? (() => /* @__PURE__ */ new Date()))(),
    requests: sumStats(input.sources)
  });
  return { report, evidence: merged, failures, teams: teamIds };
}

export {
  loadProgramme,
  selectTeams,
  scan
};
