/**
 * The scan's lineage step: for every release whose `base_model` lies outside its team, the base's
 * own metadata (its licence, its own base), read once per distinct base through the source that
 * owns Hub ids (`describeModel`, memoised by the source), following up to three levels. A base that
 * is a release of the same team is read from that release's evidence, at no request. The chain is
 * stored in the release's facts (facts.lineage), so judging it stays a pure function of evidence.
 */
import type { Team } from '../config/programme.js';
import type { BaseModelFacts, Evidence } from '../types.js';
import type { CallOptions, Source } from './source.js';

/** What a source says about one base model. */
export type BaseDescription =
  | {
      found: true;
      declaredLicences: BaseModelFacts['declaredLicences'];
      baseModels: string[];
      relation?: string;
    }
  | { found: false; failure: NonNullable<BaseModelFacts['failure']> };

/** Levels of bases followed: base, its base, and one more (a quantised copy of a fine-tune of a base). */
export const MAX_DEPTH = 3;
// Bases per release at most: a merge of many models names them all; past this the chain is cut, saying so.
const MAX_BASES = 8;

/** Adds facts.lineage to every release with a `base_model`; evidence without one is returned as is. */
export async function readLineage(
  evidence: Evidence[],
  teams: Team[],
  sources: Source[],
  call: CallOptions = {},
): Promise<Evidence[]> {
  const describer = sources.find((s) => s.describeModel);
  const byTeam = new Map<string, Map<string, Evidence>>();
  for (const e of evidence) {
    if (e.facts.source !== 'huggingface') continue;
    const map = byTeam.get(e.team) ?? new Map<string, Evidence>();
    map.set(e.facts.id.toLowerCase(), e);
    byTeam.set(e.team, map);
  }
  return Promise.all(
    evidence.map(async (e) => {
      if (!e.facts.baseModels?.length) return e;
      const team = teams.find((t) => t.id === e.team);
      const own = byTeam.get(e.team) ?? new Map<string, Evidence>();
      const authors = new Set((team?.huggingface ?? []).map((a) => a.toLowerCase()));
      const chain: BaseModelFacts[] = [];
      const seen = new Set([e.facts.id.toLowerCase()]);
      let level: { id: string; relation: string }[] = e.facts.baseModels.map((id) => ({
        id,
        relation: e.facts.baseRelation ?? 'base',
      }));
      for (let depth = 0; depth < MAX_DEPTH && level.length > 0 && chain.length < MAX_BASES; depth++) {
        const next: { id: string; relation: string }[] = [];
        for (const { id, relation } of level) {
          if (seen.has(id.toLowerCase()) || chain.length >= MAX_BASES) continue;
          seen.add(id.toLowerCase());
          const release = own.get(id.toLowerCase());
          const isOwn = release !== undefined || authors.has(id.split('/')[0]!.toLowerCase());
          if (release) {
            chain.push({ id, relation, own: true, declaredLicences: release.facts.declaredLicences });
            for (const b of release.facts.baseModels ?? [])
              next.push({ id: b, relation: release.facts.baseRelation ?? 'base' });
            continue;
          }
          const described: BaseDescription = describer?.describeModel
            ? await describer.describeModel(id, call)
            : { found: false, failure: { code: 'NO_SOURCE', message: 'no source reads Hub models' } };
          if (!described.found) {
            chain.push({ id, relation, own: isOwn, declaredLicences: [], failure: described.failure });
            continue;
          }
          chain.push({ id, relation, own: isOwn, declaredLicences: described.declaredLicences });
          for (const b of described.baseModels) next.push({ id: b, relation: described.relation ?? 'base' });
        }
        level = next;
      }
      return chain.length > 0 ? { ...e, facts: { ...e.facts, lineage: chain } } : e;
    }),
  );
}
