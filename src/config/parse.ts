import { LineCounter, parseDocument } from 'yaml';
import type { z } from 'zod';
import { ConfigError, type ConfigProblem } from '../errors.js';
import { LIMITS, nestsDeeperThan } from '../read/limits.js';
import { problemsFromZod } from './problems.js';
import type { SourceText } from './read.js';

/** Keys allowed at a path of a zod object schema, for "did you mean" suggestions. */
export function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
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

/** A parsed YAML/JSON document: its plain value, and the line where a path starts (for problems). */
export interface ParsedDocument {
  value: unknown;
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

// More problems than this are one file of junk: the first ones say enough, the rest are counted.
const MAX_PROBLEMS = 50;

/** Keeps the first MAX_PROBLEMS problems and says how many more there were. */
export function capProblems(problems: ConfigProblem[]): ConfigProblem[] {
  if (problems.length <= MAX_PROBLEMS) return problems;
  const first = problems[0]!;
  return [
    ...problems.slice(0, MAX_PROBLEMS),
    {
      file: first.file,
      path: '',
      message: `… and ${problems.length - MAX_PROBLEMS} more problems`,
      fix: 'check that this is the right file; fix the problems above and run again',
    },
  ];
}

function tooComplex(file: string, message: string): { ok: false; problems: ConfigProblem[] } {
  return {
    ok: false,
    problems: [
      {
        file,
        path: '',
        message,
        fix: 'a programme or policy file is a few plain lists and maps: write it out',
      },
    ],
  };
}

/**
 * Parses YAML (JSON is YAML) into a plain value, purely, within limits: at most LIMITS.yamlAliases
 * alias expansions (a "billion laughs" file is refused, not expanded) and LIMITS.depth levels of
 * nesting (a 5,000-deep list is refused, not recursed into). Every failure is a problem naming the file.
 */
export function parseYaml(
  source: SourceText,
): { ok: true; document: ParsedDocument } | { ok: false; problems: ConfigProblem[] } {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source.text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    // yaml turns its own stack overflow on deep nesting into a document error.
    if (doc.errors.some((e) => /call stack/i.test(e.message))) {
      return tooComplex(source.file, `nested more than ${LIMITS.depth} levels deep`);
    }
    return {
      ok: false,
      problems: capProblems(
        doc.errors.map((e) => ({
          file: source.file,
          path: '',
          line: e.linePos?.[0]?.line,
          message: `not valid YAML/JSON: ${e.message.split('\n')[0]}`,
          fix: 'check indentation and quoting at that line',
        })),
      ),
    };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: LIMITS.yamlAliases });
  } catch (error) {
    if (error instanceof RangeError)
      return tooComplex(source.file, `nested more than ${LIMITS.depth} levels deep`);
    if (error instanceof ReferenceError && /alias/i.test(error.message)) {
      return tooComplex(
        source.file,
        `expands too many YAML aliases (more than ${LIMITS.yamlAliases}: a "billion laughs" file?)`,
      );
    }
    return tooComplex(source.file, `cannot be read as YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  // Aliases within the limit can still stack nodes into a deep value: measure what was built.
  if (nestsDeeperThan(value, LIMITS.depth)) {
    return tooComplex(source.file, `nested more than ${LIMITS.depth} levels deep`);
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
  return { ok: true, document: { value, lineOf } };
}

// The last text parseShared parsed, and its document.
let shared: { text: string; document: ParsedDocument } | undefined;

/**
 * parseYaml for readers that only read the document (the programme's loader, its validation and
 * the SARIF and annotation line locator): the same text is parsed once per process and its
 * document shared, where each used to parse it again (50 ms for a programme of 8,400 releases).
 * Only a document that parsed is shared; problems are made afresh, naming the caller's file.
 * Whoever changes a document must use parseYaml.
 */
export function parseShared(
  source: SourceText,
): { ok: true; document: ParsedDocument } | { ok: false; problems: ConfigProblem[] } {
  if (shared?.text === source.text) return { ok: true, document: shared.document };
  const parsed = parseYaml(source);
  if (parsed.ok) shared = { text: source.text, document: parsed.document };
  return parsed;
}

/** Validates a parsed value against a zod schema; problems carry file, path, line and fix. */
export function validateDocument<T extends z.ZodType>(
  file: string | ((path: readonly PropertyKey[]) => string),
  document: ParsedDocument,
  schema: T,
): { ok: true; value: z.output<T> } | { ok: false; problems: ConfigProblem[] } {
  const result = schema.safeParse(document.value, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: capProblems(problemsFromZod(file, result.error, (p) => keysAt(schema, p), document.lineOf)),
  };
}

/**
 * Parses YAML (JSON is YAML) and validates it against a zod schema, purely. Every problem is
 * returned at once with file, path, line and fix; the caller throws or reports them.
 */
export function parseConfig<T extends z.ZodType>(
  source: SourceText,
  schema: T,
): { ok: true; value: z.output<T> } | { ok: false; problems: ConfigProblem[] } {
  const parsed = parseYaml(source);
  if (!parsed.ok) return parsed;
  return validateDocument(source.file, parsed.document, schema);
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
