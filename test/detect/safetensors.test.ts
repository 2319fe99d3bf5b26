import { describe, expect, it } from 'vitest';
import {
  bytesOfDtypes,
  headerLength,
  MAX_HEADER_BYTES,
  parseSafetensorsHeader,
} from '../../src/detect/safetensors.js';
import { buildSafetensors } from '../support/safetensors.js';

describe('safetensors header', () => {
  it('counts parameters per dtype from shapes, and the data the header describes', () => {
    const file = buildSafetensors([
      { name: 'embed.weight', dtype: 'BF16', shape: [1000, 64] },
      { name: 'norm.weight', dtype: 'F32', shape: [64] },
      { name: 'q.weight', dtype: 'F4', shape: [3, 5] },
    ]);
    const parsed = parseSafetensorsHeader(file, file.length);
    expect(parsed).toEqual({
      ok: true,
      figures: {
        parameters: 64_000 + 64 + 15,
        dtypes: { BF16: 64_000, F32: 64, F4: 15 },
        // 128,000 + 256 + ceil(15 * 4 / 8) = 8
        dataBytes: 128_264,
        headerBytes: file.readUInt32LE(0) + 8,
      },
    });
  });

  it('reads the length from exactly 8 little-endian bytes, built by hand', () => {
    const bytes = new Uint8Array([0x10, 0x01, 0, 0, 0, 0, 0, 0]);
    expect(headerLength(bytes)).toEqual({ ok: true, length: 272 });
    expect(headerLength(bytes.subarray(0, 1))).toMatchObject({ ok: false });
    expect(headerLength(new Uint8Array(8))).toEqual({ ok: false, reason: 'the header length is 0' });
  });

  it('a one-byte "model.safetensors" is no header', () => {
    expect(parseSafetensorsHeader(new Uint8Array([0x7b]), 1)).toMatchObject({ ok: false });
  });

  it('a length larger than the file is refused, never read past', () => {
    const file = buildSafetensors([{ name: 'w', dtype: 'F16', shape: [4] }], { length: 1_000_000n });
    const parsed = parseSafetensorsHeader(file, file.length);
    expect(parsed).toEqual({
      ok: false,
      reason: `the header length 1000000 is larger than the file (${file.length} bytes)`,
    });
  });

  it('a length over the cap is refused before anything is read', () => {
    const first = Buffer.alloc(8);
    first.writeBigUInt64LE(BigInt(MAX_HEADER_BYTES) + 1n);
    expect(headerLength(first)).toMatchObject({ ok: false });
    first.writeBigUInt64LE(0xffff_ffff_ffff_ffffn);
    expect(headerLength(first)).toMatchObject({ ok: false });
  });

  it('invalid JSON, a JSON list, or a header with no tensors give a reason, never a throw', () => {
    for (const headerText of ['{"w": {"dtype": "F16",', '[1, 2]', '{"__metadata__": {}}', '\u00ff\u00fe']) {
      const file = buildSafetensors([], { headerText });
      expect(parseSafetensorsHeader(file, file.length).ok).toBe(false);
    }
    const latin1 = Buffer.concat([Buffer.from([2, 0, 0, 0, 0, 0, 0, 0]), Buffer.from([0xff, 0xfe])]);
    expect(parseSafetensorsHeader(latin1)).toEqual({
      ok: false,
      reason: 'the header is not valid UTF-8 JSON',
    });
  });

  it('an unknown dtype, a bad shape or offsets that disagree with the shape are unreadable', () => {
    const cases = [
      { w: { dtype: 'Q4_K', shape: [4], data_offsets: [0, 2] } },
      { w: { dtype: 'F16', shape: [-1], data_offsets: [0, 2] } },
      { w: { dtype: 'F16', shape: [4], data_offsets: [0, 2] } },
      { w: { dtype: 'F16', shape: [4], data_offsets: [8, 0] } },
    ];
    for (const header of cases) {
      const file = buildSafetensors([], { headerText: JSON.stringify(header) });
      expect(parseSafetensorsHeader(Buffer.concat([file, Buffer.alloc(64)])).ok).toBe(false);
    }
  });

  it('a header claiming tensors the file does not hold is refused when the file size is known', () => {
    const file = buildSafetensors([{ name: 'w', dtype: 'BF16', shape: [7_000, 1_000] }], { noData: true });
    expect(parseSafetensorsHeader(file).ok).toBe(true);
    const parsed = parseSafetensorsHeader(file, file.length);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.reason).toMatch(/describes 14000000 bytes of tensor data but the file has 0/);
  });

  it('bytesOfDtypes: bits per dtype, unknown dtypes undefined', () => {
    expect(bytesOfDtypes({ BF16: 1_000, F8_E4M3: 10, F4: 3 })).toBe(2_012);
    expect(bytesOfDtypes({ Q4_K: 1 })).toBeUndefined();
  });
});
