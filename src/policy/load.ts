import { existsSync, readdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { stringify } from 'yaml';
import { sha256Of } from '../bundle-index.js';
import { capProblems, type ParsedDocument, parseYaml, validateDocument } from '../config/parse.js';
import { renderPath } from '../config/problems.js';
import { readConfigFile } from '../config/read.js';
import { ConfigError, type ConfigProblem } from '../errors.js';
import { rulesPath } from '../rules-path.js';
import { hasPath, mergePolicyLayers } from './extends.js';
import { type Policy, policySchema } from './schema.js';
import { checkPolicy, type PolicyNote } from './validate.js';

/** A policy with where it came from. */
export interface LoadedPolicy {
  /** Preset name or file path as given. */
  ref: string;
  file: string;
  /** The policy's identity in reports: SHA-256 of the file, or of the resolved text when it extends another. */
  sha256: string;
  /** The policy as saved into evidence bundles: the file's text, or (with `extends:`) the merged policy. */
  text: string;
  policy: Policy;
  /** The files it was built from, the file itself first, then what it extends. */
  chain: string[];
  /** What was pointed out but did not refuse the policy (ids normalised, waivers expired). */
  warnings: ConfigProblem[];
}

/** Options of loadPolicy. */
export interface PolicyLoadOptions {
  /** YYYY-MM-DD against which waiver expiry is reported; default today. */
  today?: string;
}

/** Names of the presets shipped in `rules/`. */
export function presetNames(): string[] {
  return readdirSync(rulesPath())
    .filter((f) => f.endsWith('.yml'))
    .map((f) => f.slice(0, -4))
    .sort();
}

/** The file a preset name or a path stands for; an unknown preset lists the presets. */
function resolveRef(ref: string, baseDir: string, shownAs: { file: string; path: string }): string {
  if (/[/\\]|\.(ya?ml|json)$/i.test(ref)) return resolve(baseDir, ref);
  const file = rulesPath(`${ref}.yml`);
  if (!existsSync(file)) {
    throw new ConfigError([
      {
        ...shownAs,
        message: `unknown policy "${ref}"`,
        fix: `use one of the presets (${presetNames().join(', ')}) or a path to a policy file`,
      },
    ]);
  }
  return file;
}

interface Layer {
  file: string;
  text: string;
  sha256: string;
  document: ParsedDocument;
}

// A policy extends a preset, which might extend another: more than this is a loop nobody meant.
const MAX_LAYERS = 5;

/** Reads a policy file and every file it extends, the file itself first. */
async function readLayers(ref: string, baseDir: string): Promise<Layer[]> {
  const layers: Layer[] = [];
  let next: { ref: string; baseDir: string; shownAs: { file: string; path: string } } | undefined = {
    ref,
    baseDir,
    shownAs: { file: ref, path: 'policy' },
  };
  while (next) {
    const file = resolveRef(next.ref, next.baseDir, next.shownAs);
    if (layers.some((l) => l.file === file) || layers.length >= MAX_LAYERS) {
      throw new ConfigError([
        {
          ...next.shownAs,
          message: `extends "${next.ref}", which ${layers.length >= MAX_LAYERS ? `makes a chain longer than ${MAX_LAYERS}` : 'is already in the chain (a loop)'}`,
          fix: 'extend a preset, e.g. extends: msit-sovereign-ai-2025',
        },
      ]);
    }
    const source = await readConfigFile(
      file,
      'policy file',
      'give a preset name or an existing YAML/JSON file',
    );
    const parsed = parseYaml(source);
    if (!parsed.ok) throw new ConfigError(parsed.problems);
    layers.push({ file, text: source.text, sha256: source.sha256, document: parsed.document });
    const parent = (parsed.document.value as { extends?: unknown } | null)?.extends;
    next =
      typeof parent === 'string' && parent !== ''
        ? { ref: parent, baseDir: dirname(file), shownAs: { file, path: 'extends' } }
        : undefined;
  }
  return layers;
}

/**
 * Loads a policy by preset name (`msit-sovereign-ai-2025`) or by path (`./policy.yml`), relative
 * to `baseDir` (the programme file's folder). A file may `extends:` another and change a few keys.
 * The policy is validated in full (schema, globs, licence ids, waiver codes and expiry): every
 * problem at once, with file, path, line and fix, in a ConfigError.
 */
export async function loadPolicy(
  ref: string,
  baseDir = process.cwd(),
  options: PolicyLoadOptions = {},
): Promise<LoadedPolicy> {
  const layers = await readLayers(ref, baseDir);
  const top = layers[0]!;
  // Merge base-first, so each file overrides what it extends; `extends` itself is not a setting.
  const merged = layers.reduceRight<unknown>((acc, layer) => {
    const { extends: _e, $schema: _s, ...own } = layer.document.value as Record<string, unknown>;
    return mergePolicyLayers(acc, own);
  }, {});
  // A problem is reported in the file the setting came from (the extending file or the preset).
  const layerOf = (path: readonly PropertyKey[]): Layer =>
    layers.find((l) => hasPath(l.document.value, path)) ??
    (path.length > 0 ? layerOf(path.slice(0, -1)) : top);
  const document: ParsedDocument = {
    value: merged,
    lineOf: (path) => layerOf(path).document.lineOf(path),
  };
  const note = (n: PolicyNote): ConfigProblem => ({
    file: layerOf(n.path).file,
    path: renderPath(n.path),
    line: layerOf(n.path).document.lineOf(n.path),
    message: n.message,
    ...(n.fix ? { fix: n.fix } : {}),
  });
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const checked = checkPolicy(merged, today);
  // Every problem at once: the file's identity, the schema's, and what the schema cannot check.
  const problems: ConfigProblem[] = layers.length > 1 ? ownIdentity(top, layers[1]!) : [];
  const validated = validateDocument((p) => layerOf(p).file, document, policySchema);
  if (!validated.ok) problems.push(...validated.problems);
  problems.push(...checked.problems.map(note));
  if (problems.length > 0 || !validated.ok) throw new ConfigError(capProblems(problems));
  const { $schema: _s, extends: _e, ...policy } = checked.normalise(validated.value);
  // With `extends`, the bundle keeps the merged policy, so evaluating it later needs no preset.
  const text =
    layers.length === 1
      ? top.text
      : `# openquota policy ${policy.id}, resolved from ${layers.map((l) => l.file).join(' <- extends ')}\n${stringify(merged, { lineWidth: 0 })}`;
  return {
    ref,
    file: top.file,
    sha256: layers.length === 1 ? top.sha256 : sha256Of(text),
    text,
    policy,
    chain: layers.map((l) => l.file),
    warnings: checked.warnings.map(note),
  };
}

/**
 * A file that extends another must name itself: a report saying `msit-sovereign-ai-2025` must be
 * judged by that preset, not by a copy with some keys changed.
 */
function ownIdentity(top: Layer, base: Layer): ConfigProblem[] {
  const own = top.document.value as { id?: unknown; title?: unknown };
  const parent = base.document.value as { id?: unknown };
  const out: ConfigProblem[] = [];
  if (own.id === undefined || own.id === parent.id) {
    out.push({
      file: top.file,
      path: 'id',
      line: top.document.lineOf(['id']),
      message: `a policy that extends "${String(parent.id)}" needs an id of its own`,
      fix: `add "id: ${String(parent.id)}-local" (reports then say which policy judged them)`,
    });
  }
  if (own.title === undefined) {
    out.push({
      file: top.file,
      path: 'title',
      line: top.document.lineOf(['title']),
      message: 'a policy that extends another needs a title of its own',
      fix: 'add "title: …" saying what it changes',
    });
  }
  return out;
}
