import type { Bundle } from './bundle.js';
import { parseConfigOrThrow } from './config/parse.js';
import { programmeSchema } from './config/programme.js';
import { ConfigError } from './errors.js';
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
  const policy = options.policy
    ? await loadPolicy(options.policy, options.cwd)
    : { ...(await loadPolicy(bundle.policy.file)), ref: bundle.policy.ref };
  const unknown = options.teams.filter((t) => !bundle.teams.includes(t));
  if (unknown.length > 0) {
    throw new ConfigError([
      {
        file: options.caller,
        path: 'team',
        message: `the evidence bundle has no team "${unknown[0]}"`,
        fix: `use one of: ${bundle.teams.join(', ')}`,
      },
    ]);
  }
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
