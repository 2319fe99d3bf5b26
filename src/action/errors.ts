import { isAbsolute, relative, sep } from 'node:path';
import type { ConfigProblem } from '../errors.js';

// The core's messages speak the CLI (`pass --config FILE`, `openquota scan --save-evidence DIR`),
// since the CLI and the library share them. A workflow author has inputs, not flags, and no copy of
// openquota's repository, so the Action says the same thing in its own terms. Ordered: whole
// phrases first, then single flags. Each input name is the flag's (INPUT_NAMES), except
// `--output` and `--json`, whose input is `report`.
const REWRITES: [RegExp, string][] = [
  [/\s*\(see examples\/[^)]*\)/g, ''],
  [/`?openquota scan --save-evidence DIR`?/g, 'the `save-evidence` input of a scan'],
  [/`?openquota scan --json FILE`?(?: \(or `--format json`\))?/g, 'the `report` output of a scan'],
  [/`?openquota scan --format json`?/g, 'the `report` output of a scan'],
  [/e\.g\. openquota check (.+)$/g, 'set `target:` to a path, Hub id or git URL, e.g. $1'],
  [/\bopenquota check /g, 'target: '],
  // `--json FILE` is where the CLI writes the JSON report beside its format: the `report` input too.
  [/--(?:output|json)\b(?: FILE)?/g, 'the `report` input'],
  [/--([a-z][a-z-]*)\b(?: (?:FILE|DIR|ID|P))?/g, 'the `$1` input'],
];

/** A message in the Action's terms: inputs for flags, no paths of openquota's own repository. */
export function inActionTerms(text: string): string {
  return REWRITES.reduce((t, [pattern, replacement]) => t.replace(pattern, replacement), text);
}

/** A file as the workflow author knows it: relative to the workspace when inside it. */
export function workspacePath(workspace: string, file: string): string {
  if (!file || !isAbsolute(file)) return file;
  const rel = relative(workspace, file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

/**
 * A ConfigProblem from the core, restated for the Action's log: inputs for flags, and files inside
 * the workspace as the workflow sees them (a quoted system error names the runner's absolute path).
 */
export function problemInActionTerms(problem: ConfigProblem, workspace: string): ConfigProblem {
  const restate = (text: string) => inActionTerms(text).split(`${workspace}${sep}`).join('');
  return {
    ...problem,
    file: workspacePath(workspace, problem.file),
    message: restate(problem.message),
    ...(problem.fix !== undefined ? { fix: restate(problem.fix) } : {}),
  };
}
