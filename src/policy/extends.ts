/**
 * `extends:` in a policy file: the file's keys laid over its base's (pure). Objects merge key by
 * key, to any depth; a list (or any other value) replaces the base's whole, so `deny: [X]` in a
 * file that extends a preset means exactly `[X]`, never the preset's list plus X.
 */

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** `over` laid on `base`: objects merged recursively, everything else from `over` when it has it. */
export function mergePolicyLayers(base: unknown, over: unknown): unknown {
  if (!isObject(base) || !isObject(over)) return over === undefined ? base : over;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) out[key] = mergePolicyLayers(base[key], value);
  return out;
}

/** Whether `value` holds `path` itself (not just a prefix of it): which layer a setting came from. */
export function hasPath(value: unknown, path: readonly PropertyKey[]): boolean {
  let node = value;
  for (const part of path) {
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, part as string)) return false;
    node = (node as Record<PropertyKey, unknown>)[part];
  }
  return true;
}
