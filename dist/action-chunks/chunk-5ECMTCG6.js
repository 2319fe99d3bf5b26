
// src/sources/lineage.ts
var MAX_DEPTH = 3;
var MAX_BASES = 8;
async function readLineage(evidence, teams, sources, call = {}) {
  const describer = sources.find((s) => s.describeModel);
  const byTeam = /* @__PURE__ */ new Map();
  for (const e of evidence) {
    if (e.facts.source !== "huggingface") continue;
    const map = byTeam.get(e.team) ?? /* @__PURE__ */ new Map();
    map.set(e.facts.id.toLowerCase(), e);
    byTeam.set(e.team, map);
  }
  return Promise.all(
    evidence.map(async (e) => {
      if (!e.facts.baseModels?.length) return e;
      const team = teams.find((t) => t.id === e.team);
      const own = byTeam.get(e.team) ?? /* @__PURE__ */ new Map();
      const authors = new Set((team?.huggingface ?? []).map((a) => a.toLowerCase()));
      const chain = [];
      const seen = /* @__PURE__ */ new Set([e.facts.id.toLowerCase()]);
      let level = e.facts.baseModels.map((id) => ({
        id,
        relation: e.facts.baseRelation ?? "base"
      }));
      for (let depth = 0; depth < MAX_DEPTH && level.length > 0 && chain.length < MAX_BASES; depth++) {
        const next = [];
        for (const { id, relation } of level) {
          if (seen.has(id.toLowerCase()) || chain.length >= MAX_BASES) continue;
          seen.add(id.toLowerCase());
          const release = own.get(id.toLowerCase());
          const isOwn = release !== void 0 || authors.has(id.split("/")[0].toLowerCase());
          if (release) {
            chain.push({ id, relation, own: true, declaredLicences: release.facts.declaredLicences });
            for (const b of release.facts.baseModels ?? [])
              next.push({ id: b, relation: release.facts.baseRelation ?? "base" });
            continue;
          }
          const described = describer?.describeModel ? await describer.describeModel(id, call) : { found: false, failure: { code: "NO_SOURCE", message: "no source reads Hub models" } };
          if (!described.found) {
            chain.push({ id, relation, own: isOwn, declaredLicences: [], failure: described.failure });
            continue;
          }
          chain.push({ id, relation, own: isOwn, declaredLicences: described.declaredLicences });
          for (const b of described.baseModels) next.push({ id: b, relation: described.relation ?? "base" });
        }
        level = next;
      }
      return chain.length > 0 ? { ...e, facts: { ...e.facts, lineage: chain } } : e;
    })
  );
}

export {
  readLineage
};
