
// src/detect/safetensors.ts
var DTYPE_BITS = {
  BOOL: 8,
  F4: 4,
  F6_E2M3: 6,
  F6_E3M2: 6,
  U8: 8,
  I8: 8,
  F8_E5M2: 8,
  F8_E4M3: 8,
  F8_E8M0: 8,
  I16: 16,
  U16: 16,
  F16: 16,
  BF16: 16,
  I32: 32,
  U32: 32,
  F32: 32,
  F64: 64,
  I64: 64,
  U64: 64,
  C64: 64
};
var MAX_HEADER_BYTES = 16 * 1024 * 1024;
function headerLength(first, fileBytes) {
  if (first.length < 8)
    return { ok: false, reason: `the file has ${first.length} bytes, fewer than the 8 of a header length` };
  const view = new DataView(first.buffer, first.byteOffset, 8);
  const length = view.getBigUint64(0, true);
  if (length === 0n) return { ok: false, reason: "the header length is 0" };
  if (length > BigInt(MAX_HEADER_BYTES))
    return { ok: false, reason: `the header length ${length} is over the ${MAX_HEADER_BYTES}-byte cap` };
  const n = Number(length);
  if (fileBytes !== void 0 && 8 + n > fileBytes)
    return { ok: false, reason: `the header length ${n} is larger than the file (${fileBytes} bytes)` };
  return { ok: true, length: n };
}
function parseSafetensorsHeader(bytes, fileBytes) {
  const len = headerLength(bytes.subarray(0, 8), fileBytes);
  if (!len.ok) return len;
  if (bytes.length < 8 + len.length)
    return { ok: false, reason: `the header is ${len.length} bytes but only ${bytes.length - 8} were read` };
  let json;
  try {
    json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(8, 8 + len.length)));
  } catch {
    return { ok: false, reason: "the header is not valid UTF-8 JSON" };
  }
  if (typeof json !== "object" || json === null || Array.isArray(json))
    return { ok: false, reason: "the header is not a JSON object" };
  const dtypes = {};
  let parameters = 0;
  let dataBytes = 0;
  for (const [name, value] of Object.entries(json)) {
    if (name === "__metadata__") continue;
    const tensor = readTensor(name, value);
    if ("reason" in tensor) return { ok: false, reason: tensor.reason };
    parameters += tensor.elements;
    dtypes[tensor.dtype] = (dtypes[tensor.dtype] ?? 0) + tensor.elements;
    dataBytes = Math.max(dataBytes, tensor.end);
  }
  if (parameters === 0) return { ok: false, reason: "the header lists no tensors" };
  const headerBytes = 8 + len.length;
  if (fileBytes !== void 0 && headerBytes + dataBytes > fileBytes)
    return {
      ok: false,
      reason: `the header describes ${dataBytes} bytes of tensor data but the file has ${fileBytes - headerBytes} after the header`
    };
  return { ok: true, figures: { parameters, dtypes, dataBytes, headerBytes } };
}
function readTensor(name, value) {
  const t = value;
  const bad = (what) => ({ reason: `tensor ${JSON.stringify(name.slice(0, 80))}: ${what}` });
  if (typeof t !== "object" || t === null) return bad("not an object");
  if (typeof t.dtype !== "string" || !(t.dtype in DTYPE_BITS))
    return bad(`unknown dtype ${JSON.stringify(t.dtype)}`);
  if (!Array.isArray(t.shape) || !t.shape.every((d) => Number.isSafeInteger(d) && d >= 0))
    return bad("shape is not a list of whole numbers");
  const offsets = t.data_offsets;
  if (!Array.isArray(offsets) || offsets.length !== 2 || !offsets.every((o) => Number.isSafeInteger(o) && o >= 0) || offsets[0] > offsets[1])
    return bad("data_offsets is not [begin, end]");
  const elements = t.shape.reduce((a, b) => a * b, 1);
  if (!Number.isSafeInteger(elements)) return bad("shape too large");
  const expected = Math.ceil(elements * DTYPE_BITS[t.dtype] / 8);
  if (offsets[1] - offsets[0] !== expected)
    return bad(
      `data_offsets span ${offsets[1] - offsets[0]} bytes, not the ${expected} its shape and dtype take`
    );
  return { dtype: t.dtype, elements, end: offsets[1] };
}
function bytesOfDtypes(dtypes) {
  let bits = 0;
  for (const [dtype, n] of Object.entries(dtypes)) {
    const b = DTYPE_BITS[dtype.toUpperCase()];
    if (b === void 0) return void 0;
    bits += b * n;
  }
  return Math.ceil(bits / 8);
}

export {
  MAX_HEADER_BYTES,
  headerLength,
  parseSafetensorsHeader,
  bytesOfDtypes
};
