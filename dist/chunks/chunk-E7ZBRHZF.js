import {
  evaluate
} from "./chunk-LB72PGIN.js";
import {
  loadPolicy
} from "./chunk-QSBO4CC7.js";
import {
  programmeSchema
} from "./chunk-43SM6JHF.js";
import {
  parseConfigOrThrow
} from "./chunk-VNYT6GF5.js";
import {
  ConfigError
} from "./chunk-2HJM3R72.js";

// src/evaluate-bundle.ts
import { join } from "node:path";
function unknownTeams(bundle, wanted, caller) {
  return wanted.filter((t) => !bundle.teams.includes(t)).map((team) => ({
    file: caller,
    path: "team",
    message: `the evidence bundle has no team "${team}"`,
    fix: `use one of: ${bundle.teams.join(", ")}`
  }));
}
async function evaluateBundle(bundle, options) {
  const programme = parseConfigOrThrow(
    { file: bundle.programme.path, text: bundle.programme.text },
    programmeSchema
  );
  const today = bundle.createdAt.slice(0, 10);
  const policy = options.policy ? await loadPolicy(options.policy, options.cwd, { today }) : {
    ...await loadPolicy(bundle.policy.file, void 0, { today }),
    ref: bundle.policy.ref,
    // The identity the scan's report gave it (verified with the bundle's hashes).
    sha256: bundle.policy.sha256
  };
  const problems = [];
  const strays = bundle.teams.filter((t) => !programme.teams.some((p) => p.id === t));
  for (const team of strays) {
    problems.push({
      file: join(bundle.dir, "bundle.json"),
      path: "teams",
      message: `team "${team}" is not in the bundle's programme file`,
      fix: "the bundle was changed after it was written; write it again with --save-evidence"
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
      commit: bundle.programme.commit ?? null
    },
    policy,
    teams: options.teams.length > 0 ? options.teams : bundle.teams,
    evidence: bundle.evidence,
    failures: bundle.failures,
    engine: options.engine,
    now: new Date(bundle.createdAt),
    ...bundle.requests ? { requests: bundle.requests } : {}
  });
}

export {
  unknownTeams,
  evaluateBundle
};
