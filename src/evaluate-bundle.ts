import { join } from 'node:path';
import type { Bundle } from './bundle.js';
import { parseConfigOrThrow } from './config/parse.js';
import { programmeSchema } from './config/programme.js';
import { ConfigError, type ConfigProblem } from './errors.js';
import { type Engine, evaluate } from './evaluate.js';
import { loadPolicy } from './policy/load.js';
import type { Report } from './types.js';

/** How to judge a saved bundle: its own policy unless another is named, all its teams unless some are. */
export interface BundleEvaluation {
  /** Preset name or policy file (relative to `cwd`); the bundle's saved policy when absent. */
  policy?: string;
  cwd: string;
  /** Team ids; every team of the bundle when empty. */
  teams: string[];
  engine: Engine;
  /** Who asks, for error messages: `openquota evaluate`, `action inputs`. */
  caller: string;
  /** Told what the policy's checks pointed out without refusing it (to print as warnings). */
  onWarnings?: (warnings: ConfigProblem[]) => void;
}

/** A problem for each team id asked for that the bundle does not hold (callers list them before evaluating). */
export function unknownTeams(
  bundle: Pick<Bundle, 'teams'>,
  wanted: string[],
  caller: string,
): ConfigProblem[] {
  return wanted
    .filter((t) => !bundle.teams.includes(t))
    .map((team) => ({
      file: caller,
      path: 'team',
      message: `the evidence bundle has no team "${team}"`,
      fix: `use one of: ${bundle.teams.join(', ')}`,
    }));
}

/**
 * Re-runs identify -> judge -> tally on a saved evidence bundle. With the bundle's own policy the
 * report equals the scan's (same evidence, same evaluation time); with another it answers "what if".
 */
export async function evaluateBundle(bundle: Bundle, options: BundleEvaluation): Promise<Report> {
  const programme = parseConfigOrThrow(
    { file: bundle.programme.path, text: bundle.programme.text },
    programmeSchema,
  );
  // Waiver expiry is judged at the bundle's time, so it is reported against that date too.
  const today = bundle.createdAt.slice(0, 10);
  const policy = options.policy
    ? await loadPolicy(options.policy, options.cwd, { today })
    : {
        ...(await loadPolicy(bundle.policy.file, undefined, { today })),
        ref: bundle.policy.ref,
        // The identity the scan's report gave it (verified with the bundle's hashes).
        sha256: bundle.policy.sha256,
      };
  const problems: ConfigProblem[] = [];
  const strays = bundle.teams.filter((t) => !programme.teams.some((p) => p.id === t));
  for (const team of strays) {
    problems.push({
      file: join(bundle.dir, 'bundle.json'),
      path: 'teams',
      message: `team "${team}" is not in the bundle's programme file`,
      fix: 'the bundle was changed after it was written; write it again with --save-evidence',
    });
  }
  problems.push(...unknownTeams(bundle, options.teams, options.caller));
  if (problems.length > 0) throw new ConfigError(problems);
  options.onWarnings?.(policy.warnings);
  return evaluate({
    programme: {
      file: bundle.programme.path,
      sha256: bundle.programme.sha256,
      programme,
      commit: bundle.programme.commit ?? null,
    },
    policy,
    teams: options.teams.length > 0 ? options.teams : bundle.teams,
    evidence: bundle.evidence,
    failures: bundle.failures,
    engine: options.engine,
    now: new Date(bundle.createdAt),
    ...(bundle.requests ? { requests: bundle.requests } : {}),
  });
}
