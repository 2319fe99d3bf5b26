import "./chunk-EJ2SUCMT.js";

// src/report/json-chunks.ts
var STREAM_DEPTH = 4;
var GAP = "  ";
function container(value) {
  if (Array.isArray(value)) return true;
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && typeof value.toJSON !== "function";
}
var omitted = (value) => value === void 0 || typeof value === "function" || typeof value === "symbol";
function* pieces(value, indent, depth) {
  if (depth >= STREAM_DEPTH || !container(value)) {
    const text = JSON.stringify(value, null, 2);
    yield indent === "" ? text : text.replaceAll("\n", `
${indent}`);
    return;
  }
  const inner = indent + GAP;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield "[]";
      return;
    }
    yield "[";
    for (let i = 0; i < value.length; i++) {
      yield `${i === 0 ? "" : ","}
${inner}`;
      const item = value[i];
      if (omitted(item)) yield "null";
      else yield* pieces(item, inner, depth + 1);
    }
    yield `
${indent}]`;
    return;
  }
  let first = true;
  for (const key of Object.keys(value)) {
    const item = value[key];
    if (omitted(item)) continue;
    yield `${first ? "{" : ","}
${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* pieces(item, inner, depth + 1);
  }
  yield first ? "{}" : `
${indent}}`;
}
function* jsonChunks(value, size = 1 << 15) {
  let parts = [];
  let length = 0;
  for (const piece of pieces(value, "", 0)) {
    parts.push(piece);
    length += piece.length;
    if (length >= size) {
      yield parts.join("");
      parts = [];
      length = 0;
    }
  }
  parts.push("\n");
  yield parts.join("");
}
export {
  jsonChunks
};
