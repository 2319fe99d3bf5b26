import pLimit from 'p-limit';
import type { LoadedProgramme } from './config/load.js';
import type { Team } from './config/programme.js';
import { ConfigError } from './errors.js';
import { type Engine, evaluate } from './evaluate.js';
import type { LoadedPolicy } from './policy/load.js';
import { BASE_DEADLINE_MS, type Budget, defaultDeadlineMs } from './sources/budget.js';
import { readLineage } from './sources/lineage.js';
import { DEFAULT_POOLS, releasesInFlight } from './sources/pools.js';
import type { Source, TeamTarget } from './sources/source.js';
import type { Evidence, LicenceText, Release, Report, RequestStats, SourceFailure } from './types.js';

/** Progress events, for a progress line on a terminal. */
export type ScanProgress =
  | { phase: 'discover'; team: string }
  | { phase: 'inspect'; team: string; id: string; done: number; total: number };

/** What scan() needs: everything injected, nothing read from the environment. */
export interface ScanInput {
  programme: LoadedProgramme & { commit?: string | null };
  policy: LoadedPolicy;
  sources: Source[];
  engine: Engine;
  /** Team ids to scan; all when empty or absent. */
  teams?: string[];
  /**
   * Releases inspected at once per source (default: enough to fill the default pools); the
   * sources' request pools bound what goes out, this only bounds the work begun.
   */
  concurrency?: number;
  now?: () => Date;
  signal?: AbortSignal;
  onProgress?: (event: ScanProgress) => void;
  /** The budget the sources share (createSources' `budget`); the scan arms its deadline. */
  budget?: Budget;
  /**
   * Time limit of the whole scan, ms (`--deadline`); default defaultDeadlineMs(releases): set
   * to its base for discovery, then extended once the release count is known.
   */
  deadlineMs?: number;
}

/** A scan's report and the evidence it rests on (saved by `--save-evidence`). */
export interface ScanResult {
  report: Report;
  evidence: Evidence[];
  failures: Record<string, SourceFailure[]>;
  teams: string[];
}

/** Checks `--team` ids against the programme; an unknown id is a ConfigError listing the known ones. */
export function selectTeams(all: Team[], wanted: string[] | undefined, file: string): Team[] {
  if (!wanted || wanted.length === 0) return all;
  const unknown = wanted.filter((id) => !all.some((t) => t.id === id));
  if (unknown.length > 0) {
    throw new ConfigError(
      unknown.map((id) => ({
        file,
        path: 'teams',
        message: `no team "${id}" in the programme file`,
        fix: `use one of: ${all.map((t) => t.id).join(', ')}`,
      })),
    );
  }
  return all.filter((t) => wanted.includes(t.id));
}

function target(team: Team): TeamTarget {
  return {
    id: team.id,
    huggingface: team.huggingface,
    github: team.github,
    git: team.git,
    models: team.models,
  };
}

/** Declared ids that no source claims are a configuration problem (e.g. a GitHub id with no GitHub source). */
function checkClaims(teams: Team[], sources: Source[], file: string): void {
  const problems = teams.flatMap((team, ti) =>
    team.models
      .map((id, mi) => ({ id, mi }))
      .filter(({ id }) => !sources.some((s) => s.claims(id)))
      .map(({ id, mi }) => ({
        file,
        path: `teams[${ti}].models[${mi}]`,
        message: `no source can inspect "${id}"`,
        fix: 'write a Hub id as org/name, a GitHub repository as github:owner/repo, or a git URL',
      })),
  );
  // A registry list with no source to read it would be skipped silently: refuse it instead.
  teams.forEach((team, ti) => {
    for (const kind of ['huggingface', 'github', 'git'] as const) {
      if (team[kind].length > 0 && !sources.some((s) => s.kind === kind)) {
        problems.push({
          file,
          path: `teams[${ti}].${kind}`,
          message: `this openquota has no ${kind} source configured`,
          fix: `remove the ${kind}: entries or run a build of openquota that reads ${kind}`,
        });
      }
    }
  });
  if (problems.length > 0) throw new ConfigError(problems);
}

function sumStats(sources: Source[]): RequestStats {
  const total: RequestStats = { api: 0, files: 0, retries: 0, notModified: 0, cacheHits: 0 };
  for (const s of sources) {
    const st = s.stats();
    for (const k of Object.keys(total) as (keyof RequestStats)[]) total[k] += st[k];
  }
  return total;
}

/**
 * One release per canonical id: a declared old name that redirects to a discovered new name is the
 * same release (declared wins, so it is always counted).
 */
export function mergeRenamed(evidence: Evidence[]): Evidence[] {
  const byKey = new Map<string, Evidence>();
  for (const e of evidence) {
    const key = `${e.team}:${e.facts.source}:${e.facts.id.toLowerCase()}`;
    const prior = byKey.get(key);
    if (!prior) byKey.set(key, e);
    else if (e.release.declared && !prior.release.declared)
      byKey.set(key, { ...prior, release: { ...prior.release, declared: true, origin: e.release.origin } });
  }
  return [...byKey.values()];
}

/**
 * Evidence whose texts share one string per distinct text: most releases of a programme carry the
 * same few licence texts, and thousands of copies of each were most of a large scan's memory.
 * Keyed by the text's SHA-256 (a long string's own hash is only its length) and kept only when
 * equal, so nothing changes but where the characters live.
 */
function sharedTexts(): (evidence: Evidence) => Evidence {
  const seen = new Map<string, string>();
  const one = (text: LicenceText): LicenceText => {
    if (text.text === undefined || text.sha256 === undefined) return text;
    const held = seen.get(text.sha256);
    if (held === undefined) seen.set(text.sha256, text.text);
    return held === text.text ? { ...text, text: held } : text;
  };
  return (evidence) => ({ ...evidence, texts: evidence.texts.map(one) });
}

/** The evidence of a release the deadline left uninspected: its facts are a DEADLINE failure. */
function stoppedEvidence(
  release: Release,
  stop: { code: string; message: string },
  now: () => Date,
): Evidence {
  const { listing: _listing, ...rest } = release;
  return {
    schema: 'openquota/evidence@1',
    team: release.team,
    release: rest,
    facts: {
      source: release.source,
      id: release.id,
      availability: null,
      files: null,
      declaredLicences: [],
      failure: { code: stop.code, message: stop.message },
    },
    texts: [],
    fetchedAt: now().toISOString(),
  };
}

/**
 * The core: discover each team's releases on every source, inspect them with bounded concurrency,
 * then evaluate. Never reads the environment, prints or exits; per-release failures become
 * `unknown` verdicts, listing failures make a team `incomplete`.
 */
export async function scan(input: ScanInput): Promise<ScanResult> {
  const { programme } = input.programme;
  const teams = selectTeams(programme.teams, input.teams, input.programme.file);
  checkClaims(teams, input.sources, input.programme.file);
  const { budget } = input;
  const started = budget?.now() ?? Date.now();
  budget?.setDeadline(started + (input.deadlineMs ?? BASE_DEADLINE_MS));
  const failures: Record<string, SourceFailure[]> = {};
  const releases: { team: string; release: Release; source: Source }[] = [];
  // Every team on every source at once: the listings are independent, and one after another they
  // were the longest chain of round trips of a scan. Results are taken in programme order.
  const discovered = await Promise.all(
    teams.map((team) => {
      input.onProgress?.({ phase: 'discover', team: team.id });
      return Promise.all(
        input.sources.map(async (source) => ({
          source,
          found: await source.discover(target(team), { signal: input.signal }),
        })),
      );
    }),
  );
  for (const [ti, team] of teams.entries()) {
    failures[team.id] = [];
    const seen = new Set<string>();
    for (const { source, found: discovery } of discovered[ti]!) {
      failures[team.id]!.push(...discovery.failures);
      for (const release of discovery.releases) {
        const key = `${release.source}:${release.id.toLowerCase()}`;
        if (seen.has(key)) continue;
        seen.add(key);
        releases.push({ team: team.id, release, source });
      }
    }
  }
  if (input.deadlineMs === undefined) budget?.setDeadline(started + defaultDeadlineMs(releases.length));
  // One limit per source, so a source's releases never wait behind another's (GitHub repositories
  // queued behind thousands of Hub models left the GitHub pool idle).
  const limits = new Map(
    input.sources.map((s) => [s, pLimit(input.concurrency ?? releasesInFlight(DEFAULT_POOLS))] as const),
  );
  let done = 0;
  const shared = sharedTexts();
  const evidence = await Promise.all(
    releases.map(({ team, release, source }) =>
      limits.get(source)!(async () => {
        // Past the deadline, a release not yet begun is not inspected: it is unknown, saying so.
        const expired = budget?.expired();
        const result = expired
          ? stoppedEvidence(release, expired, input.now ?? (() => new Date()))
          : await source.inspect(release, { signal: input.signal });
        done += 1;
        input.onProgress?.({ phase: 'inspect', team, id: release.id, done, total: releases.length });
        return shared(result);
      }),
    ),
  );
  // Bases outside each team: one metadata read per distinct base model, up to three levels.
  const merged = await readLineage(mergeRenamed(evidence), teams, input.sources, { signal: input.signal });
  // The deadline's timer is no longer needed (it is unref'd anyway; this keeps a library caller tidy).
  budget?.dispose();
  const teamIds = teams.map((t) => t.id);
  const report = evaluate({
    programme: input.programme,
    policy: input.policy,
    teams: teamIds,
    evidence: merged,
    failures,
    engine: input.engine,
    now: (input.now ?? (() => new Date()))(),
    requests: sumStats(input.sources),
  });
  return { report, evidence: merged, failures, teams: teamIds };
}
