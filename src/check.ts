/**
 * `check`: one model, judged exactly as a scan would judge it, with a fix for every finding. The
 * target is a directory, a Hub repo id (`org/name`), `github:owner/repo` or a GitHub URL, or a git
 * URL. Like scan(), it never reads the environment, prints or exits.
 */
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fixFor } from './check-fixes.js';
import type { Team } from './config/programme.js';
import { resolveLicence } from './detect/resolve.js';
import { ConfigError } from './errors.js';
import type { Engine } from './evaluate.js';
import { judge, judgeAsPublished } from './policy/judge.js';
import type { LoadedPolicy } from './policy/load.js';
import { displayUrl, isGitUrl } from './sources/git.js';
import { githubRepoId } from './sources/github-repo.js';
import { hubId } from './sources/huggingface.js';
import { readLineage } from './sources/lineage.js';
import type { Source } from './sources/source.js';
import type { Evidence, ModelResult, SourceKind } from './types.js';

/** What check() needs: everything injected. */
export interface CheckInput {
  target: string;
  policy: LoadedPolicy;
  sources: Source[];
  engine: Engine;
  now: Date;
  /** Directory a relative directory target resolves against. */
  cwd: string;
}

/** The verdict on one model and one fix text per finding, in the order of `model.reasons`. */
export interface CheckResult {
  model: ModelResult;
  fixes: string[];
}

/** Which source a target belongs to, and the id that source knows it by. */
export async function classifyTarget(target: string, cwd: string): Promise<{ kind: SourceKind; id: string }> {
  const trimmed = target.trim();
  const dir = await stat(resolve(cwd, trimmed)).catch(() => undefined);
  if (dir?.isDirectory() && !/^[a-z]+:\/\//i.test(trimmed)) return { kind: 'local', id: trimmed };
  const github = githubRepoId(trimmed);
  if (github) return { kind: 'github', id: github };
  // Anything URL-like goes to git, which refuses what it must not run (`-…`, `ext::`).
  if (isGitUrl(trimmed) || trimmed.startsWith('-') || trimmed.includes('::'))
    return { kind: 'git', id: trimmed };
  const hub = hubId(trimmed);
  if (hub) return { kind: 'huggingface', id: hub };
  throw new ConfigError([
    {
      file: 'openquota check',
      path: 'TARGET',
      message: `"${target}" is not a directory, a Hub id, a GitHub repository or a git URL`,
      fix: 'e.g. openquota check ., openquota check LGAI-EXAONE/EXAONE-4.0-32B, openquota check github:owner/repo',
    },
  ]);
}

// check judges one model outside any programme: no exclusions, nothing declared.
const CHECK_TEAM: Team = {
  id: 'check',
  name: 'check',
  huggingface: [],
  github: [],
  git: [],
  models: [],
  exclude: [],
};

/** Inspects and judges one target; per-model failures come back as an `unknown` verdict. */
export async function check(input: CheckInput): Promise<CheckResult> {
  const { kind, id } = await classifyTarget(input.target, input.cwd);
  const source = input.sources.find((s) => s.kind === kind);
  if (!source) {
    throw new ConfigError([
      { file: 'openquota check', path: 'TARGET', message: `this openquota has no ${kind} source configured` },
    ]);
  }
  // A git URL's credentials (`https://user:SECRET@host/r.git`) reach the clone through `listing`
  // only; the id and origin, which every report prints, carry the URL without them.
  const release = {
    source: kind,
    id: kind === 'local' ? resolve(input.cwd, id) : displayUrl(id),
    team: CHECK_TEAM.id,
    declared: false,
    origin: `check: ${displayUrl(input.target)}`,
    ...(kind === 'git' ? { listing: id } : {}),
  };
  const inspected: Evidence = await source.inspect(release);
  // Lineage as a scan reads it: the model's own owner is its team, every other owner third-party.
  const owner = kind === 'huggingface' ? [inspected.facts.id.split('/')[0]!] : [];
  const [evidence] = (await readLineage(
    [inspected],
    [{ ...CHECK_TEAM, huggingface: owner }],
    input.sources,
  )) as [Evidence];
  if (kind === 'local') evidence.facts.id = id;
  const { policy } = input.policy;
  const resolved = resolveLicence(evidence, input.engine.identify, policy.licences.minConfidence);
  // A directory cannot show whether the release is public: check says how it would be judged once published.
  const model = (kind === 'local' ? judgeAsPublished : judge)(evidence, resolved, {
    policy,
    team: CHECK_TEAM,
    lookup: input.engine.lookup,
    refines: input.engine.refines,
    today: input.now.toISOString().slice(0, 10),
  });
  const fixes = model.reasons.map((f) => fixFor(f, { evidence, resolved, policyId: policy.id }));
  return { model, fixes };
}
