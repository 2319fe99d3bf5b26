// The JSON report written in pieces (src/report/json-chunks.ts) is byte for byte what renderJson writes,
// and a write that fails part way leaves neither a report nor a temp file (src/report/write.ts).
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/report/json.js';
import { jsonChunks } from '../../src/report/json-chunks.js';
import { writeFileAtomic } from '../../src/report/write.js';
import type { Report } from '../../src/types.js';

const asReport = (value: object) => value as unknown as Report;

// Every case JSON.stringify treats specially, at each level the pieces are written at and below it.
const odd = {
  empty: {},
  none: [],
  nested: [[], {}, [[]], { a: [] }],
  skipped: { u: undefined, f: () => 1, s: Symbol('x'), kept: 1 },
  onlySkipped: { u: undefined },
  holes: [undefined, () => 1, Symbol('y'), null, 0],
  date: new Date(0),
  boxed: [new String('s'), new Number(1), new Boolean(false)],
  text: 'line\nbreak "quoted" \u2014 \u{1F600} \u2028',
  numbers: [0, -0, 1.5, 1e21, Number.NaN, Number.POSITIVE_INFINITY],
  custom: { toJSON: () => ({ replaced: true }) },
  nullProto: Object.assign(Object.create(null) as object, { a: 1 }),
};

describe('jsonChunks', () => {
  it('writes exactly what renderJson writes, at any depth and chunk size', () => {
    const deep = {
      schema: 'x',
      ...odd,
      teams: [{ id: 't', models: [{ id: 'm', ...odd, deeper: { odd } }, odd, [], {}] }, odd, { models: [] }],
    };
    const whole = renderJson(asReport(deep));
    for (const size of [1, 7, 100, 1 << 15]) {
      const chunks = [...jsonChunks(deep, size)];
      expect(chunks.join('')).toBe(whole);
      if (size === 1 << 15) expect(chunks).toHaveLength(1);
    }
    expect([...jsonChunks({})].join('')).toBe(renderJson(asReport({})));
  });

  it('keeps chunks near the size asked for', () => {
    const big = { teams: [{ models: Array.from({ length: 2000 }, (_, i) => ({ id: `m${i}` })) }] };
    const chunks = [...jsonChunks(big, 4096)];
    expect(chunks.length).toBeGreaterThan(10);
    for (const chunk of chunks.slice(0, -1)) expect(chunk.length).toBeLessThan(4096 + 200);
    expect(chunks.join('')).toBe(renderJson(asReport(big)));
  });

  it('throws where JSON.stringify throws', () => {
    const cyclic: Record<string, unknown> = { teams: [{ models: [{}] }] };
    (cyclic.teams as { models: Record<string, unknown>[] }[])[0]!.models[0]!.back = cyclic;
    expect(() => [...jsonChunks(cyclic)]).toThrow(TypeError);
    expect(() => [...jsonChunks({ a: [{ b: 1n }] })]).toThrow(TypeError);
  });
});

describe('writeFileAtomic with pieces', () => {
  it('writes the pieces as UTF-8, and a piece that throws leaves the old file and no temp', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oq-json-file-'));
    const file = join(dir, 'report.json');
    await writeFileAtomic(file, ['{"a": ', '"\u2014"', '}\n']);
    expect(readFileSync(file, 'utf8')).toBe('{"a": "\u2014"}\n');
    writeFileSync(file, 'old');
    function* failing() {
      yield 'partial';
      throw new Error('disk gone');
    }
    await expect(writeFileAtomic(file, failing())).rejects.toThrow('disk gone');
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['report.json']);
  });

  it('pieces gathered into larger writes keep every byte, across batches and past a batch in one piece', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oq-json-file-'));
    const file = join(dir, 'big.txt');
    const pieces = [
      ...Array.from({ length: 3000 }, (_, i) => `${i}:${'\u2014\u{1F600}é'.repeat(i % 97)}\n`),
      'x'.repeat(2 * 1024 * 1024),
      '한국어 '.repeat(50_000),
      '',
      'end',
    ];
    await writeFileAtomic(file, pieces);
    expect(readFileSync(file).equals(Buffer.from(pieces.join(''), 'utf8'))).toBe(true);
    expect(readdirSync(dir)).toEqual(['big.txt']);
  });
});
