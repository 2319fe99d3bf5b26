import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseConfigOrThrow } from '../config/parse.js';
import { readConfigFile } from '../config/read.js';
import { ConfigError } from '../errors.js';
import { rulesPath } from '../rules-path.js';
import { type Policy, policySchema } from './schema.js';

/** A policy with where it came from. */
export interface LoadedPolicy {
  /** Preset name or file path as given. */
  ref: string;
  file: string;
  sha256: string;
  /** The file's text, saved into evidence bundles. */
  text: string;
  policy: Policy;
}

/** Names of the presets shipped in `rules/`. */
export function presetNames(): string[] {
  return readdirSync(rulesPath())
    .filter((f) => f.endsWith('.yml'))
    .map((f) => f.slice(0, -4))
    .sort();
}

/**
 * Loads a policy by preset name (`msit-sovereign-ai-2025`) or by path (`./policy.yml`), relative
 * to `baseDir` (the programme file's folder). An unknown name lists the presets.
 */
export async function loadPolicy(ref: string, baseDir = process.cwd()): Promise<LoadedPolicy> {
  const looksLikePath = /[/\\]|\.(ya?ml|json)$/i.test(ref);
  let file: string;
  if (looksLikePath) file = resolve(baseDir, ref);
  else {
    file = rulesPath(`${ref}.yml`);
    if (!existsSync(file)) {
      throw new ConfigError([
        {
          file: ref,
          path: 'policy',
          message: `unknown policy "${ref}"`,
          fix: `use one of the presets (${presetNames().join(', ')}) or a path to a policy file`,
        },
      ]);
    }
  }
  const source = await readConfigFile(
    file,
    'policy file',
    'give a preset name or an existing YAML/JSON file',
  );
  const policy = parseConfigOrThrow(source, policySchema);
  return {
    ref,
    file,
    sha256: createHash('sha256').update(source.text).digest('hex'),
    text: source.text,
    policy,
  };
}
