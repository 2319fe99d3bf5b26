import type { z } from 'zod';
import type { ConfigProblem } from '../errors.js';

/** Renders a zod path as `teams[2].huggingface[0]`. */
export function renderPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

/** Edit distance, to suggest the key the user meant (`hugginface` -> `huggingface`). */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row[j]!;
      row[j] = next;
    }
  }
  return row[b.length]!;
}

/** The option nearest to `word` when it is near enough to be a typo of it (`hugginface` -> `huggingface`). */
export function closest(word: string, options: readonly string[]): string | undefined {
  const ranked = options.map((o) => [o, distance(word.toLowerCase(), o.toLowerCase())] as const);
  ranked.sort((a, b) => a[1] - b[1]);
  const best = ranked[0];
  return best && best[1] <= Math.max(2, Math.floor(word.length / 3)) ? best[0] : undefined;
}

/**
 * Turns zod issues into problems a person can act on: where, what is wrong, what to write instead.
 * `knownKeys` maps a path (rendered without indices, e.g. `teams`) to the keys allowed there;
 * `file` is the file named, or the file a path comes from (a policy that extends a preset).
 */
export function problemsFromZod(
  fileOrFileOf: string | ((path: readonly PropertyKey[]) => string),
  error: z.ZodError,
  knownKeys: (path: readonly PropertyKey[]) => string[],
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
): ConfigProblem[] {
  const fileOf = typeof fileOrFileOf === 'string' ? () => fileOrFileOf : fileOrFileOf;
  const problems: ConfigProblem[] = [];
  for (const issue of error.issues) {
    const file = fileOf(issue.path);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        const suggestion = closest(key, knownKeys(issue.path));
        problems.push({
          file,
          path: renderPath(path),
          line: lineOf(path),
          message: `unknown key "${key}"`,
          fix: suggestion
            ? `did you mean "${suggestion}"?`
            : `remove it; allowed here: ${knownKeys(issue.path).join(', ')}`,
        });
      }
      continue;
    }
    let message = issue.message;
    let fix: string | undefined;
    if (issue.code === 'invalid_type') {
      const received = (issue as { input?: unknown }).input;
      if (received === undefined) {
        message = 'is required';
        fix = `add "${String(issue.path.at(-1) ?? '')}": ${issue.expected === 'array' ? '[...]' : `<${issue.expected}>`}`;
      } else if (received === null) {
        // `teams:` with nothing after it is null in YAML: say it is empty, not "got object".
        message = 'is empty';
        fix = `write ${issue.expected === 'array' ? 'a list, e.g. [LGAI-EXAONE] or one "- item" per line' : `<${issue.expected}>`}`;
      } else {
        message = `expected ${issue.expected}, got ${Array.isArray(received) ? 'array' : typeof received}`;
        if (issue.expected === 'array') fix = 'write a list, e.g. [LGAI-EXAONE] or one "- item" per line';
      }
    } else if (issue.code === 'invalid_value' && 'values' in issue) {
      const values = (issue.values as unknown[]).map(String);
      const input = (issue as { input?: unknown }).input;
      const near = typeof input === 'string' ? closest(input, values) : undefined;
      if (input !== undefined && values.length > 3)
        message = `${JSON.stringify(input)} is not a value allowed here`;
      fix = `${near ? `did you mean "${near}"? ` : ''}use one of: ${values.join(', ')}`;
    } else if (issue.code === 'invalid_union') {
      message = 'is neither a glob string nor {pattern, reason}';
      fix = 'write "org/*-GGUF" or {pattern: "org/*-GGUF", reason: "quantised copies"}';
    }
    problems.push({ file, path: renderPath(issue.path), line: lineOf(issue.path), message, fix });
  }
  return problems;
}
