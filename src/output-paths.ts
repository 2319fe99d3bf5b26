/**
 * Before a command reads the network or writes anything: its outputs (`--output FILE`,
 * `--save-evidence DIR`) must not be, contain or lie inside one of its inputs (the programme file,
 * the policy files, the evidence bundle being evaluated, the reports being merged, rendered or
 * compared), must not be a directory (for `--output`), and a bundle may only replace a bundle or an
 * empty folder. Paths are compared after resolving symlinks, so `./x`, `x` and a link to x agree.
 */
import { realpath, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { replaceableByBundle } from './bundle-dir.js';
import { ConfigError, type ConfigProblem } from './errors.js';

/** A path the command reads, and what it is (`the programme file`). */
export interface RunInput {
  path: string;
  what: string;
}

/** What a run reads and writes, as given (relative to `cwd`). */
export interface RunPaths {
  cwd: string;
  /** Where the paths were given, for problems: `command line` (default) or `action inputs`. */
  from?: string;
  inputs: RunInput[];
  /** `--output FILE`: a file written atomically. */
  output?: { path: string; flag: string };
  /** Further files written atomically (the Action's `sarif`). */
  alsoOutputs?: { path: string; flag: string }[];
  /** `--save-evidence DIR`: a bundle directory replaced whole. */
  evidence?: { path: string; flag: string };
}

/** The real path of `p`, or for a path that does not exist yet, its real parent plus its name. */
async function realOrPlanned(p: string): Promise<string> {
  try {
    return await realpath(p);
  } catch {
    const parent = dirname(p);
    return parent === p ? p : join(await realOrPlanned(parent), basename(p));
  }
}

/** True when `child` is `parent` or lies inside it. */
function within(child: string, parent: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/** Throws a ConfigError (exit 2) naming every output that would overwrite an input or a user's files. */
export async function checkOutputs(paths: RunPaths): Promise<void> {
  const problems: ConfigProblem[] = [];
  const inputs = await Promise.all(
    paths.inputs.map(async (i) => ({ ...i, real: await realOrPlanned(resolve(paths.cwd, i.path)) })),
  );
  const evidence = paths.evidence && {
    ...paths.evidence,
    real: await realOrPlanned(resolve(paths.cwd, paths.evidence.path)),
  };
  const refuse = (flag: string, path: string, message: string, fix: string) =>
    problems.push({ file: paths.from ?? 'command line', path: flag, message: `${path}: ${message}`, fix });

  for (const out of [...(paths.output ? [paths.output] : []), ...(paths.alsoOutputs ?? [])]) {
    const output = { ...out, real: await realOrPlanned(resolve(paths.cwd, out.path)) };
    for (const input of inputs) {
      if (within(output.real, input.real)) {
        refuse(
          output.flag,
          output.path,
          `is ${output.real === input.real ? '' : 'inside '}${input.what} (${input.path}), an input of this run`,
          'write the report to another file',
        );
      }
    }
    const info = await stat(output.real).catch(() => undefined);
    if (info?.isDirectory())
      refuse(
        output.flag,
        output.path,
        'is a directory',
        `give a file name, e.g. ${join(output.path, 'report.json')}`,
      );
    else if (info && !info.isFile())
      refuse(output.flag, output.path, 'exists and is not a regular file', 'give a file name');
    if (evidence && within(output.real, evidence.real)) {
      refuse(
        output.flag,
        output.path,
        `is inside the evidence bundle ${evidence.path}, which ${evidence.flag} replaces`,
        'write the report beside the bundle, not in it',
      );
    }
  }
  if (evidence) {
    for (const input of inputs) {
      if (within(evidence.real, input.real) || within(input.real, evidence.real)) {
        const how =
          evidence.real === input.real ? 'is' : within(input.real, evidence.real) ? 'holds' : 'is inside';
        refuse(
          evidence.flag,
          evidence.path,
          `${how} ${input.what} (${input.path}), an input of this run`,
          'save the evidence to a new directory',
        );
      }
    }
    const replaceable = await replaceableByBundle(evidence.real);
    if (!replaceable.ok) {
      refuse(
        evidence.flag,
        evidence.path,
        `will not be replaced: ${replaceable.why}`,
        'give a new or empty directory, or one written by --save-evidence before',
      );
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
}
