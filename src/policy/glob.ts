import picomatch from 'picomatch';

// Compiled matchers by pattern. `picomatch.isMatch` compiles its pattern on every call: with the
// policy's deny globs, waivers and exclude rules tried on every release, a scan of 8,400 releases
// compiled the same few dozen patterns tens of thousands of times. Patterns come from the policy and
// programme files (a few dozen), so the map stays small.
const compiled = new Map<string, (id: string) => boolean>();

/** Whether a release or licence id matches a policy or programme glob, ignoring case (`LGAI-EXAONE/*-GGUF`). */
export function matchesGlob(id: string, pattern: string): boolean {
  let match = compiled.get(pattern);
  if (!match) {
    match = picomatch(pattern, { nocase: true });
    compiled.set(pattern, match);
  }
  return match(id);
}
