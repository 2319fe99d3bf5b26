/**
 * The JSON report written to a file in pieces, by the CLI and the Action: the same bytes as
 * `renderJson` (JSON.stringify with two spaces, newline-terminated), never held whole. A
 * programme's report is tens of millions of characters; one string of it (two bytes a character once a single one is outside Latin-1), its
 * UTF-8 copy and JSON.stringify's own buffers were the largest memory of a whole scan. The outer
 * levels (the report, its arrays, their objects) are written here; each value below `STREAM_DEPTH`
 * by JSON.stringify itself, re-indented, so the text cannot drift from what JSON.stringify writes.
 */

// report > teams[] > team > models[] > model: a model (a few KiB) is the largest piece JSON.stringify makes.
const STREAM_DEPTH = 4;
const GAP = '  ';

/** A plain object or array, whose text this module writes itself (anything else JSON.stringify writes). */
function container(value: unknown): value is Record<string, unknown> | unknown[] {
  if (Array.isArray(value)) return true;
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  // A toJSON (a Date) or a boxed primitive changes what is written: left to JSON.stringify.
  return (
    (proto === Object.prototype || proto === null) &&
    typeof (value as { toJSON?: unknown }).toJSON !== 'function'
  );
}

/** Whether JSON.stringify leaves a property with this value out (and writes `null` for it in an array). */
const omitted = (value: unknown) =>
  value === undefined || typeof value === 'function' || typeof value === 'symbol';

/** The text of `value` at `indent`, in pieces, outer levels first. */
function* pieces(value: unknown, indent: string, depth: number): Generator<string> {
  if (depth >= STREAM_DEPTH || !container(value)) {
    const text = JSON.stringify(value, null, 2);
    // JSON escapes every newline inside a string, so each one here is a line break of the layout.
    yield indent === '' ? text : text.replaceAll('\n', `\n${indent}`);
    return;
  }
  const inner = indent + GAP;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    yield '[';
    for (let i = 0; i < value.length; i++) {
      yield `${i === 0 ? '' : ','}\n${inner}`;
      const item: unknown = value[i];
      if (omitted(item)) yield 'null';
      else yield* pieces(item, inner, depth + 1);
    }
    yield `\n${indent}]`;
    return;
  }
  let first = true;
  for (const key of Object.keys(value)) {
    const item = value[key];
    if (omitted(item)) continue;
    yield `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* pieces(item, inner, depth + 1);
  }
  yield first ? '{}' : `\n${indent}}`;
}

/**
 * `${JSON.stringify(value, null, 2)}\n` as strings of about `size` characters each (fewer, larger
 * writes than one per piece). The default keeps each under V8's large-object size (128 KiB, two
 * bytes a character at worst): a larger string lives in the old generation until a full collection,
 * so a report's worth of them would pile up there. Throws where JSON.stringify throws (a cycle, a BigInt).
 */
export function* jsonChunks(value: object, size = 1 << 15): Generator<string> {
  let parts: string[] = [];
  let length = 0;
  for (const piece of pieces(value, '', 0)) {
    parts.push(piece);
    length += piece.length;
    if (length >= size) {
      yield parts.join('');
      parts = [];
      length = 0;
    }
  }
  parts.push('\n');
  yield parts.join('');
}
