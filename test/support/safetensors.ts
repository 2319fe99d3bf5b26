/**
 * Safetensors files built byte by byte for tests: the 8-byte little-endian header length, the JSON
 * header, then the tensor data (zeros). Options break one part on purpose, to test that a malformed
 * header leaves the weights unknown.
 */
import { DTYPE_BITS } from '../../src/detect/safetensors.js';

/** One tensor: its dtype and shape. */
export interface TensorSpec {
  name: string;
  dtype: string;
  shape: number[];
}

/** Ways to break a file. */
export interface BuildOptions {
  /** Header length to write instead of the real one. */
  length?: bigint;
  /** Header text to write instead of the JSON built from the tensors. */
  headerText?: string;
  /** Write no tensor data (a header over nothing). */
  noData?: boolean;
}

/** The header JSON of these tensors, offsets laid out one after another. */
export function headerOf(tensors: TensorSpec[]): Record<string, unknown> {
  const header: Record<string, unknown> = { __metadata__: { format: 'pt' } };
  let offset = 0;
  for (const t of tensors) {
    const elements = t.shape.reduce((a, b) => a * b, 1);
    const bytes = Math.ceil((elements * (DTYPE_BITS[t.dtype] ?? 8)) / 8);
    header[t.name] = { dtype: t.dtype, shape: t.shape, data_offsets: [offset, offset + bytes] };
    offset += bytes;
  }
  return header;
}

/** A whole safetensors file. */
export function buildSafetensors(tensors: TensorSpec[], options: BuildOptions = {}): Buffer {
  const header = headerOf(tensors);
  const text = options.headerText ?? JSON.stringify(header);
  const json = Buffer.from(text, 'utf8');
  const length = Buffer.alloc(8);
  length.writeBigUInt64LE(options.length ?? BigInt(json.length));
  const dataBytes = Object.values(header).reduce<number>((max, t) => {
    const end = (t as { data_offsets?: number[] }).data_offsets?.[1] ?? 0;
    return Math.max(max, end);
  }, 0);
  return Buffer.concat([length, json, options.noData ? Buffer.alloc(0) : Buffer.alloc(dataBytes)]);
}
