import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { ConfigError, type ConfigProblem } from '../errors.js';
import { problemsFromZod } from './problems.js';
import type { SourceText } from './read.js';

/** Keys allowed at a path of a zod object schema, for "did you mean" suggestions. */
function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let node: unknown = schema;
  const unwrap = (n: unknown): unknown => {
    let cur = n as { _zod?: { def?: Record<string, unknown> } };
    for (let i = 0; i < 8 && cur?._zod?.def; i++) {
      const def = cur._zod.def;
      if (def.type === 'pipe') cur = def.in as typeof cur;
      else if (def.innerType) cur = def.innerType as typeof cur;
      else break;
    }
    return cur;
  };
  for (const part of path) {
    const def = (unwrap(node) as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
    if (!def) return [];
    if (typeof part === 'number' && def.type === 'array') node = def.element;
    else if (def.type === 'object') node = (def.shape as Record<string, unknown>)[String(part)];
    else return [];
  }
  const def = (unwrap(node) as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
  return def?.type === 'object' ? Object.keys(def.shape as object) : [];
}

/**
 * Parses YAML (JSON is YAML) and validates it against a zod schema, purely. Every problem is
 * returned at once with file, path, line and fix; the caller throws or reports them.
 */
export function parseConfig<T extends z.ZodType>(
  source: SourceText,
  schema: T,
): { ok: true; value: z.output<T> } | { ok: false; problems: ConfigProblem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source.text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => ({
        file: source.file,
        path: '',
        line: e.linePos?.[0]?.line,
        message: `not valid YAML/JSON: ${e.message.split('\n')[0]}`,
        fix: 'check indentation and quoting at that line',
      })),
    };
  }
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = doc.getIn(path.slice(0, depth) as unknown[], true) as
        | { range?: [number, number] }
        | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line;
    }
    return undefined;
  };
  const result = schema.safeParse(doc.toJS(), { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: problemsFromZod(source.file, result.error, (p) => keysAt(schema, p), lineOf),
  };
}

/** parseConfig, throwing a ConfigError with every problem. */
export function parseConfigOrThrow<T extends z.ZodType>(source: SourceText, schema: T): z.output<T> {
  const result = parseConfig(source, schema);
  if (!result.ok) throw new ConfigError(result.problems);
  return result.value;
}

/** The 1-based line where a path starts in a YAML text, for annotations pointing at a team or model. */
export function lineOfPath(text: string, path: readonly PropertyKey[]): number | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const node = doc.getIn(path as unknown[], true) as { range?: [number, number] } | undefined;
  return node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
}
