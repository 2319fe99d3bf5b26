/**
 * The safetensors header, read for what it says about the weights: how many parameters, of which
 * dtypes, in how many bytes. The format (https://github.com/huggingface/safetensors, "Format"): an
 * 8-byte little-endian unsigned length N, then N bytes of JSON mapping each tensor name to
 * `{dtype, shape, data_offsets: [begin, end]}` (offsets into the data that follows the header),
 * plus an optional `__metadata__` object of strings. Pure: bytes in, figures or a reason out, never
 * a throw, so a hostile file (a length larger than the file, invalid JSON, a dtype nobody defined)
 * leaves the weights unknown instead of crashing a scan.
 */

/**
 * Bits per element of every dtype the format defines (safetensors `Dtype`, including the 4- and
 * 6-bit float formats). A dtype outside this table makes the header unreadable: its size, and so
 * whether the data is really there, cannot be computed.
 */
export const DTYPE_BITS: Readonly<Record<string, number>> = {
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
  C64: 64,
};

/**
 * Largest header read. The format itself refuses headers over 100,000,000 bytes; real ones are far
 * smaller (a 750B-parameter checkpoint's index of ~3,000 tensors is under 1 MB per shard), so 16 MiB
 * bounds what one Range read may cost while leaving every real header readable.
 */
export const MAX_HEADER_BYTES = 16 * 1024 * 1024;

/** What a readable header says. */
export interface SafetensorsFigures {
  /** Sum over tensors of the product of the shape. */
  parameters: number;
  /** Parameters per dtype. */
  dtypes: Record<string, number>;
  /** Bytes of tensor data the header describes (the largest end offset). */
  dataBytes: number;
  /** 8 + the header length: where the data starts. */
  headerBytes: number;
}

/** A header's figures, or why it could not be read. */
export type HeaderResult = { ok: true; figures: SafetensorsFigures } | { ok: false; reason: string };

/** The header length N from the first 8 bytes; a reason when they are too few or N is out of bounds. */
export function headerLength(
  first: Uint8Array,
  fileBytes?: number,
): { ok: true; length: number } | { ok: false; reason: string } {
  if (first.length < 8)
    return { ok: false, reason: `the file has ${first.length} bytes, fewer than the 8 of a header length` };
  const view = new DataView(first.buffer, first.byteOffset, 8);
  const length = view.getBigUint64(0, true);
  if (length === 0n) return { ok: false, reason: 'the header length is 0' };
  if (length > BigInt(MAX_HEADER_BYTES))
    return { ok: false, reason: `the header length ${length} is over the ${MAX_HEADER_BYTES}-byte cap` };
  const n = Number(length);
  if (fileBytes !== undefined && 8 + n > fileBytes)
    return { ok: false, reason: `the header length ${n} is larger than the file (${fileBytes} bytes)` };
  return { ok: true, length: n };
}

/**
 * Parses a header: `bytes` holds at least the 8-byte length and the JSON after it. With `fileBytes`
 * (the file's size, when known), tensor data reaching past the end of the file is refused: a header
 * claiming 7B parameters over a 100-byte file describes weights that are not there.
 */
export function parseSafetensorsHeader(bytes: Uint8Array, fileBytes?: number): HeaderResult {
  const len = headerLength(bytes.subarray(0, 8), fileBytes);
  if (!len.ok) return len;
  if (bytes.length < 8 + len.length)
    return { ok: false, reason: `the header is ${len.length} bytes but only ${bytes.length - 8} were read` };
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(8, 8 + len.length)));
  } catch {
    return { ok: false, reason: 'the header is not valid UTF-8 JSON' };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json))
    return { ok: false, reason: 'the header is not a JSON object' };
  const dtypes: Record<string, number> = {};
  let parameters = 0;
  let dataBytes = 0;
  for (const [name, value] of Object.entries(json)) {
    if (name === '__metadata__') continue;
    const tensor = readTensor(name, value);
    if ('reason' in tensor) return { ok: false, reason: tensor.reason };
    parameters += tensor.elements;
    dtypes[tensor.dtype] = (dtypes[tensor.dtype] ?? 0) + tensor.elements;
    dataBytes = Math.max(dataBytes, tensor.end);
  }
  if (parameters === 0) return { ok: false, reason: 'the header lists no tensors' };
  const headerBytes = 8 + len.length;
  if (fileBytes !== undefined && headerBytes + dataBytes > fileBytes)
    return {
      ok: false,
      reason: `the header describes ${dataBytes} bytes of tensor data but the file has ${fileBytes - headerBytes} after the header`,
    };
  return { ok: true, figures: { parameters, dtypes, dataBytes, headerBytes } };
}

function readTensor(
  name: string,
  value: unknown,
): { dtype: string; elements: number; end: number } | { reason: string } {
  const t = value as { dtype?: unknown; shape?: unknown; data_offsets?: unknown } | null;
  const bad = (what: string) => ({ reason: `tensor ${JSON.stringify(name.slice(0, 80))}: ${what}` });
  if (typeof t !== 'object' || t === null) return bad('not an object');
  if (typeof t.dtype !== 'string' || !(t.dtype in DTYPE_BITS))
    return bad(`unknown dtype ${JSON.stringify(t.dtype)}`);
  if (!Array.isArray(t.shape) || !t.shape.every((d) => Number.isSafeInteger(d) && d >= 0))
    return bad('shape is not a list of whole numbers');
  const offsets = t.data_offsets;
  if (
    !Array.isArray(offsets) ||
    offsets.length !== 2 ||
    !offsets.every((o) => Number.isSafeInteger(o) && o >= 0) ||
    offsets[0] > offsets[1]
  )
    return bad('data_offsets is not [begin, end]');
  const elements = (t.shape as number[]).reduce((a, b) => a * b, 1);
  if (!Number.isSafeInteger(elements)) return bad('shape too large');
  // The bytes a tensor takes follow from its shape and dtype; offsets that disagree describe other data.
  const expected = Math.ceil((elements * DTYPE_BITS[t.dtype]!) / 8);
  if ((offsets[1] as number) - (offsets[0] as number) !== expected)
    return bad(
      `data_offsets span ${offsets[1] - offsets[0]} bytes, not the ${expected} its shape and dtype take`,
    );
  return { dtype: t.dtype, elements, end: offsets[1] as number };
}

/** Bytes the given parameters take at their dtypes; undefined when a dtype is not in the table. */
export function bytesOfDtypes(dtypes: Record<string, number>): number | undefined {
  let bits = 0;
  for (const [dtype, n] of Object.entries(dtypes)) {
    const b = DTYPE_BITS[dtype.toUpperCase()];
    if (b === undefined) return undefined;
    bits += b * n;
  }
  return Math.ceil(bits / 8);
}
