/**
 * A deterministic programme world for the benchmarks: `teams` teams, each with `n` Hub models (nine
 * in ten listed under the team's author, one in ten under a second namespace and declared in the
 * programme file, as a team declares a model it keeps elsewhere) and a GitHub org of n/20
 * repositories. Licences vary by model (Apache-2.0, MIT with the team's copyright line, BSD-3-Clause,
 * CC-BY-NC-4.0), so a report holds both verdicts and a few hundred distinct texts. Built from the
 * red-team suite's world builders, so the loopback servers serve it in the real APIs' shapes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import spdx from 'spdx-license-list/full.js';
import { stringify } from 'yaml';
import type { GitHubWorld } from './github-world.js';
import type { World } from './hub-world.js';
import { buildGitHubWorld, buildHubWorld, type HubModelSpec, type RepoSpec } from './redteam-world.js';

/** The requests a cold scan of the world cannot do without, by host kind, and the longest chain of dependent ones. */
export interface Needed {
  hubApi: number;
  hubFiles: number;
  github: number;
  /** Longest chain of requests each waiting on the one before (listing pages, then a release's reads). */
  chain: number;
}

/** A built world, its programme file and what scanning it needs. */
export interface BenchWorld {
  programmeFile: string;
  hub: World;
  github: GitHubWorld;
  releases: number;
  needed: Needed;
}

const LICENCES = [
  { hub: 'apache-2.0', text: () => spdx['Apache-2.0']!.licenseText },
  {
    hub: 'mit',
    text: (team: string) => spdx.MIT!.licenseText.replace('<year> <copyright holders>', `2025 ${team}`),
  },
  { hub: 'apache-2.0', text: () => spdx['Apache-2.0']!.licenseText },
  {
    hub: 'bsd-3-clause',
    text: (team: string) => spdx['BSD-3-Clause']!.licenseText.replace('<year> <owner>', `2025 ${team}`),
  },
  { hub: 'cc-by-nc-4.0', text: () => spdx['CC-BY-NC-4.0']!.licenseText },
];
/** Hub listing page size the Hub serves at most; GitHub's per_page maximum. */
const HUB_PAGE = 1000;
const GITHUB_PAGE = 100;

/** Writes the programme file under `dir` and builds the worlds the servers serve. */
export function benchWorld(
  dir: string,
  n: number,
  teams = 5,
  repos = Math.max(1, Math.floor(n / 20)),
): BenchWorld {
  const models: HubModelSpec[] = [];
  const repoSpecs: RepoSpec[] = [];
  const programme: Record<string, unknown>[] = [];
  let listedMax = 0;
  let reposPerTeam = 0;
  for (let t = 0; t < teams; t++) {
    const org = `bench-org-${t}`;
    const gh = `bench-gh-${t}`;
    const declared: string[] = [];
    let listed = 0;
    for (let k = 0; k < n; k++) {
      const elsewhere = k % 10 === 9;
      const id = `${elsewhere ? `bench-lab-${t}` : org}/model-${String(k).padStart(5, '0')}`;
      if (!elsewhere) listed++;
      // Declared: every model kept elsewhere, and one in fifty of the listed ones (declared and discovered).
      if (elsewhere || k % 50 === 0) declared.push(id);
      const licence = LICENCES[k % LICENCES.length]!;
      models.push({
        id,
        card: { license: licence.hub, library_name: 'transformers' },
        files: {
          'README.md': `# model ${k}\n\nA benchmark model of ${org}.\n`,
          LICENSE: licence.text(org),
          'model.safetensors': '',
        },
      });
    }
    const repoCount = repos;
    for (let r = 0; r < repoCount; r++) {
      repoSpecs.push({
        id: `${gh}/repo-${r}`,
        files: {
          LICENSE: spdx['Apache-2.0']!.licenseText,
          'README.md': `# repo ${r}\n\nCode of ${org}.\n`,
          'train.py': 'print("train")\n',
        },
        licence: { path: 'LICENSE', spdxId: 'Apache-2.0' },
      });
    }
    listedMax = Math.max(listedMax, listed);
    reposPerTeam = repoCount;
    programme.push({
      id: `team-${t}`,
      name: `Team ${t}`,
      huggingface: [org],
      github: [gh],
      models: declared,
    });
  }
  const hub = buildHubWorld(models);
  // Weights with a parameter count, as the Hub's `safetensors` field states it.
  for (const m of hub.models.values())
    m.info.safetensors = { parameters: { BF16: 7_000_000_000 }, total: 7_000_000_000 };
  const github = buildGitHubWorld(repoSpecs);
  mkdirSync(dir, { recursive: true });
  const programmeFile = join(dir, 'openquota.yml');
  writeFileSync(
    programmeFile,
    stringify({
      programme: `Benchmark programme, ${teams} x ${n}`,
      policy: 'msit-sovereign-ai-2025',
      teams: programme,
    }),
  );
  const hubPages = Math.ceil(listedMax / HUB_PAGE) * teams;
  // The models kept elsewhere are read by listing their namespace (src/sources/huggingface-declared.ts):
  // a page per 1,000 of them, or one lookup when a team keeps a single model there.
  const elsewhere = Math.floor(n / 10);
  const lookups = teams * (elsewhere >= 2 ? Math.ceil(elsewhere / HUB_PAGE) : elsewhere);
  const githubPages = Math.ceil(reposPerTeam / GITHUB_PAGE);
  return {
    programmeFile,
    hub,
    github,
    releases: teams * (n + reposPerTeam),
    needed: {
      hubApi: hubPages + lookups,
      // Every readable Hub release: its LICENSE and its README (the fail-closed rules read both).
      hubFiles: 2 * teams * n,
      // A listing page, then per repository: its branch's commit, /license, the tree, /readme, releases.
      github: githubPages * teams + 5 * teams * reposPerTeam,
      // Listing pages one after another, then a release's reads: a lookup or a commit, then its texts.
      chain: Math.max(Math.ceil(listedMax / HUB_PAGE), githubPages) + 2,
    },
  };
}
