/**
 * Runs red-team cases through the real pipeline: each case is a team of its own (its id is its Hub
 * author, GitHub org and team id), every case's models are served by one loopback Hub and one
 * loopback GitHub built from their specs, and one `scan()` with `createSources` pointed at them
 * judges them all, as `openquota scan` would.
 */
import { createHash } from 'node:crypto';
import type { LoadedProgramme } from '../../src/config/load.js';
import { programmeSchema } from '../../src/config/programme.js';
import { defaultEngine } from '../../src/detect/engine.js';
import type { LoadedPolicy } from '../../src/policy/load.js';
import { scan } from '../../src/scan.js';
import { createSources } from '../../src/sources/create.js';
import type { FindingCode, ModelResult, Report, TeamResult, TeamStatus, Verdict } from '../../src/types.js';
import { type RepoSpec as GitRepoSpec, makeRepo } from './git-repos.js';
import { startGitHubServer } from './github-server.js';
import { type Fault, startHubServer } from './hub-server.js';
import { buildGitHubWorld, buildHubWorld, type HubModelSpec, type RepoSpec } from './redteam-world.js';

/** What a case expects: the verdict of its model (and codes among its reasons), or its team's status. */
export interface Expectation {
  verdict?: Verdict;
  status?: TeamStatus;
  /** Codes that must be among the reasons. */
  codes?: FindingCode[];
  /** The standing licence expression, when it matters. */
  expression?: string | null;
}

/** One trap or honest control, in a few lines of data. */
export interface RedTeamCase {
  /** Lower-case and dashes: the case's Hub author, GitHub org and team id. */
  id: string;
  /** The "way in" of issue 9 it tries (1-15), or `control` for an honest release that must pass. */
  way: number | 'control';
  what: string;
  /** Hub models, by name under the case's author (`name` -> `<id>/<name>`). */
  hub?: (Omit<HubModelSpec, 'id'> & { name: string })[];
  /** GitHub repositories, by name under the case's org. */
  github?: (Omit<RepoSpec, 'id'> & { name: string })[];
  /** A git repository cloned by `file://` URL (`git:` of the team). */
  git?: GitRepoSpec;
  /** Declared ids and exclusions (`{org}` is replaced by the case id); declared-only cases list no author. */
  team?: { models?: string[]; exclude?: (string | { pattern: string; reason: string })[]; discover?: false };
  /** Error answers of the loopback Hub for this case (e.g. a 503 on one file). */
  faults?: (org: string) => Fault[];
  /** The verdict depends on the licence engine's half of issue 9 (modified texts, README restrictions). */
  engine?: true;
  expect: Expectation;
}

/** A case's outcome: its team and, when it has one, the model the expectation is about. */
export interface CaseOutcome {
  team: TeamResult;
  model: ModelResult | undefined;
}

const NOW = new Date('2026-11-28T00:00:00.000Z');

function programmeOf(cases: RedTeamCase[], gitUrls: Map<string, string>): LoadedProgramme {
  const teams = cases.map((c) => {
    const fill = (s: string) => s.replaceAll('{org}', c.id);
    const discover = c.team?.discover !== false;
    return {
      id: c.id,
      name: c.what.slice(0, 60),
      huggingface: c.hub && discover ? [c.id] : [],
      github: c.github && discover ? [c.id] : [],
      git: gitUrls.has(c.id) ? [gitUrls.get(c.id)!] : [],
      models: (c.team?.models ?? []).map(fill),
      exclude: (c.team?.exclude ?? []).map((e) =>
        typeof e === 'string' ? fill(e) : { ...e, pattern: fill(e.pattern) },
      ),
    };
  });
  const text = JSON.stringify({ programme: 'openquota red team', policy: 'msit-sovereign-ai-2025', teams });
  return {
    file: 'redteam.json',
    text,
    sha256: createHash('sha256').update(text).digest('hex'),
    programme: programmeSchema.parse(JSON.parse(text)),
  };
}

/** Scans every case at once under `policy`; outcomes by case id, and the report. */
export async function scanCases(
  cases: RedTeamCase[],
  policy: LoadedPolicy,
  /** Hub models of other owners (base models), served but listed under no team. */
  others: HubModelSpec[] = [],
): Promise<{ outcomes: Map<string, CaseOutcome>; report: Report; apiCalls: number }> {
  const hubModels = [
    ...cases.flatMap((c) => (c.hub ?? []).map(({ name, ...m }) => ({ ...m, id: `${c.id}/${name}` }))),
    ...others,
  ];
  const repos = cases.flatMap((c) =>
    (c.github ?? []).map(({ name, ...r }) => ({ ...r, id: `${c.id}/${name}` })),
  );
  const hub = await startHubServer({
    world: buildHubWorld(hubModels),
    faults: cases.flatMap((c) => c.faults?.(c.id) ?? []),
  });
  const github = await startGitHubServer({ world: buildGitHubWorld(repos) });
  const gitUrls = new Map(cases.filter((c) => c.git).map((c) => [c.id, makeRepo(c.git!).url] as const));
  try {
    const { sources } = createSources(
      { HF_ENDPOINT: hub.url, GITHUB_API_URL: github.url, PATH: process.env.PATH, HOME: process.env.HOME },
      {
        noCache: true,
        timeoutMs: 5000,
        githubRetryAfterBaseValue: 1,
        retry: { retries: 1, sleep: async () => {}, random: () => 0 },
      },
    );
    const { report } = await scan({
      programme: programmeOf(cases, gitUrls),
      policy,
      sources,
      engine: defaultEngine(),
      now: () => NOW,
    });
    const outcomes = new Map<string, CaseOutcome>();
    for (const team of report.teams) {
      const counted = team.models.filter((m) => m.verdict !== 'excluded');
      outcomes.set(team.id, { team, model: counted[0] ?? team.models[0] });
    }
    return { outcomes, report, apiCalls: hub.apiCalls() };
  } finally {
    await hub.close();
    await github.close();
  }
}
