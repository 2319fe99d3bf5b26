/**
 * The common words of close reference pairs (Corpus.common) let the matcher skip a diff whose answer
 * cannot matter (cannotWin in src/detect/matchers/fulltext.ts). What is checked: the stored counts are
 * the pairs' longest common subsequences; the bound they give holds; and no answer changes with them,
 * on copies of the licences they cover (the honest case) and on texts spliced from two of them (the
 * case a skip would get wrong if the bound were not one).
 */
import { describe, expect, it } from 'vitest';
import { corpus, full, pairKey, spdxData } from '../../src/detect/corpus.js';
import { identifyText } from '../../src/detect/identify.js';
import { diffWords, editDistance } from '../../src/detect/matchers/diff.js';
import { normalise } from '../../src/detect/normalise.js';

/** The length of the longest common subsequence, by the diff the matcher uses (no budget). */
const lcs = (a: Int32Array, b: Int32Array) => diffWords(a, b, a.length + b.length)!.matched;

// A small deterministic generator, so that a failure names a case that can be run again.
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

function sequence(next: () => number, length: number, alphabet: number): Int32Array {
  return Int32Array.from({ length }, () => Math.floor(next() * alphabet));
}

/** `a` with some words deleted and others inserted (taken from `from`), as real copies differ. */
function mutate(next: () => number, a: Int32Array, from: Int32Array, edits: number): Int32Array {
  const out = [...a];
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(next() * (out.length + 1));
    if (next() < 0.5 && out.length > 0) out.splice(Math.min(at, out.length - 1), 1);
    else out.splice(at, 0, from[Math.floor(next() * from.length)]!);
  }
  return Int32Array.from(out);
}

describe('editDistance', () => {
  it('is the number of words the shortest edit script inserts or deletes, or -1 past the budget', () => {
    const next = random(7);
    for (let k = 0; k < 300; k++) {
      const a = sequence(next, Math.floor(next() * 40), 6);
      const b =
        next() < 0.5
          ? mutate(next, a, a, Math.floor(next() * 8))
          : sequence(next, Math.floor(next() * 40), 6);
      const d = a.length + b.length - 2 * (a.length && b.length ? lcs(a, b) : 0);
      expect(editDistance(a, b, d), `case ${k}`).toBe(d);
      expect(editDistance(a, b, d + 5), `case ${k}`).toBe(d);
      if (d > 0) expect(editDistance(a, b, d - 1), `case ${k}`).toBe(-1);
    }
  });
});

describe('the order bound (cannotWin)', () => {
  it('LCS(T, B) <= LCS(A, B) + |T| - m for any m <= LCS(T, A), on random texts', () => {
    const next = random(11);
    for (let k = 0; k < 400; k++) {
      const a = sequence(next, 20 + Math.floor(next() * 60), 8);
      const b = mutate(next, a, sequence(next, 30, 12), Math.floor(next() * 20));
      // The text: A changed a little, with words of B and unknown words mixed in.
      const t = mutate(
        next,
        mutate(next, a, b, Math.floor(next() * 10)),
        sequence(next, 10, 12),
        Math.floor(next() * 5),
      );
      expect(lcs(t, b), `case ${k}`).toBeLessThanOrEqual(lcs(a, b) + t.length - lcs(t, a));
    }
  });
});

describe('Corpus.common', () => {
  const { refs, common } = corpus();
  const id = (name: string) => refs.findIndex((r) => r.id === name);

  it('holds the pairs the matcher meets among long texts, GPL-3.0 against AGPL-3.0 and SSPL-1.0 among them', () => {
    for (const [a, b] of [
      ['GPL-3.0-only', 'AGPL-3.0-only'],
      ['AGPL-3.0-only', 'GPL-3.0-only'],
      ['CC-BY-SA-4.0', 'CC-BY-NC-SA-4.0'],
    ] as const)
      expect(common.has(pairKey(id(a), id(b), refs.length)), `${a} / ${b}`).toBe(true);
  });

  it('stores the longest common subsequence of each pair (checked on every tenth)', () => {
    const entries = [...common].filter((_, i) => i % 10 === 0);
    expect(entries.length).toBeGreaterThan(20);
    for (const [key, count] of entries) {
      const a = Math.floor(key / refs.length);
      const b = key % refs.length;
      expect(count, `${refs[a]!.id} / ${refs[b]!.id}`).toBe(lcs(full(refs[a]!).words, full(refs[b]!).words));
    }
  });
});

describe('answers with and without the pairs', () => {
  const { data } = spdxData();
  const text = (name: string) => data[name]!.licenseText;
  const paragraphs = (name: string) => text(name).split(/\n\s*\n/);
  /** A with its k-th paragraph replaced by B's k-th: a hybrid no reference is. */
  const splice = (a: string, b: string, k: number) => {
    const pa = paragraphs(a);
    const pb = paragraphs(b);
    pa[k] = pb[Math.min(k, pb.length - 1)]!;
    return pa.join('\n\n');
  };
  const families = [
    ['GPL-3.0-only', 'AGPL-3.0-only', 'SSPL-1.0'],
    ['CC-BY-4.0', 'CC-BY-SA-4.0', 'CC-BY-NC-4.0', 'CC-BY-NC-SA-4.0', 'CC-BY-ND-4.0', 'CC-BY-NC-ND-4.0'],
    ['GFDL-1.1-only', 'GFDL-1.2-only', 'GFDL-1.3-only'],
    ['EUPL-1.0', 'EUPL-1.1', 'EUPL-1.2'],
    ['EPL-1.0', 'IPL-1.0'],
  ];
  const cases: [string, string][] = [];
  for (const family of families)
    for (const a of family) {
      cases.push([`${a} as SPDX has it`, text(a)]);
      cases.push([
        `${a} with a copyright line and a clause added`,
        `Copyright 2025 Example AI\n\n${text(a)}\n\nYou may not use the Model for any commercial purpose.`,
      ]);
      for (const b of family) {
        if (a === b) continue;
        for (const k of [3, 12, 40]) cases.push([`${a} with paragraph ${k} of ${b}`, splice(a, b, k)]);
        cases.push([`${a} followed by ${b}`, `${text(a)}\n\n${text(b)}`]);
      }
    }

  it('bounds what a real hybrid text can share with the second licence of a pair', () => {
    const { refs, common, vocabulary } = corpus();
    const index = (name: string) => refs.findIndex((r) => r.id === name);
    const idsOf = (t: string) =>
      Int32Array.from(
        normalise(t).words.flatMap((w) => {
          const id = vocabulary.get(w);
          return id === undefined ? [] : [id];
        }),
      );
    let checked = 0;
    for (const [a, b] of [
      ['GPL-3.0-only', 'AGPL-3.0-only'],
      ['AGPL-3.0-only', 'SSPL-1.0'],
      ['CC-BY-SA-4.0', 'CC-BY-NC-SA-4.0'],
      ['CC-BY-NC-4.0', 'CC-BY-ND-4.0'],
      ['GFDL-1.3-only', 'GFDL-1.2-only'],
    ] as const) {
      const c = common.get(pairKey(index(a), index(b), refs.length));
      expect(c, `${a} / ${b}`).toBeDefined();
      const A = full(refs[index(a)]!).words;
      const B = full(refs[index(b)]!).words;
      for (const t of [text(a), splice(a, b, 5), splice(a, b, 30), `${text(a)}\n\n${paragraphs(b)[20]}`]) {
        const T = idsOf(t);
        expect(lcs(T, B), `${a} / ${b}`).toBeLessThanOrEqual(c! + T.length - lcs(T, A));
        checked++;
      }
    }
    expect(checked).toBe(20);
  });

  it(`gives the same answer for ${cases.length} copies and hybrids of close licences`, () => {
    const withPairs = cases.map(([, t]) => identifyText(t, { role: 'licence' }));
    const store = corpus().common;
    const saved = new Map(store);
    store.clear();
    try {
      const without = cases.map(([, t]) => identifyText(t, { role: 'licence' }));
      cases.forEach(([name], i) => {
        expect(withPairs[i], name).toEqual(without[i]);
      });
    } finally {
      for (const [k, v] of saved) store.set(k, v);
    }
    // Copies are still answered as the licence they are.
    for (const family of families)
      for (const a of family) expect(identifyText(text(a), { role: 'licence' }).licence, a).toBe(a);
  });
});
