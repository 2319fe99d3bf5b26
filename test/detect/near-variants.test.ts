/**
 * Near variants (issue 12, class 3): among close candidates the engine answers the one whose every
 * clause is in the text, and the canonical licence over a vendor variant when both fit alike. A
 * BSD-3-Clause text is never answered BSD-3-Clause-HP (or another vendor variant) unless the vendor's
 * clause is there.
 */
import { describe, expect, it } from 'vitest';
import { spdxData } from '../../src/detect/corpus.js';
import { identifyText } from '../../src/detect/identify.js';
import { better, type TextMatch } from '../../src/detect/matchers/fulltext.js';

const { data, ids } = spdxData();
const text = (id: string) => data[id]!.licenseText;
const bsd = text('BSD-3-Clause').replace('Copyright (c) <year> <owner>.', 'Copyright (c) 2021, Hanbit Labs');

describe('BSD-3-Clause and its vendor variants', () => {
  const copies: [string, string][] = [
    ['as SPDX has it', bsd],
    [
      'disclaiming for "THE AUTHOR" (the wording BSD-3-Clause-HP shares)',
      bsd
        .replace('PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS', 'PROVIDED BY THE AUTHOR')
        .replace('SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE', 'SHALL THE AUTHOR BE LIABLE'),
    ],
    [
      "naming HP in clause 3 and disclaiming for the author, without HP's patent clause",
      bsd
        .replace('the name of the copyright holder', 'the name of the HP')
        .replace('PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS', 'PROVIDED BY THE AUTHOR')
        .replace('SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE', 'SHALL THE AUTHOR BE LIABLE'),
    ],
    [
      'the HP text with its patent clause removed',
      text('BSD-3-Clause-HP').replace('PATENT INFRINGEMENT; ', ''),
    ],
    [
      'naming the Regents of the University of California',
      bsd.replace(/copyright holder(?! or)/, 'University'),
    ],
  ];

  it.each(copies)('a BSD-3-Clause text %s is BSD-3-Clause', (_name, copy) => {
    expect(identifyText(copy).licence).toBe('BSD-3-Clause');
  });

  it("is BSD-3-Clause-HP when HP's patent clause is there, whatever the name in clause 3", () => {
    const hp = text('BSD-3-Clause-HP');
    expect(identifyText(hp).licence).toBe('BSD-3-Clause-HP');
    expect(identifyText(hp.replace('the HP', 'Hanbit Labs')).licence).toBe('BSD-3-Clause-HP');
    expect(
      identifyText(`Copyright (c) 2003 Hewlett-Packard Development Company, L.P.\n\n${hp}`).licence,
    ).toBe('BSD-3-Clause-HP');
  });

  // Every SPDX id that extends another id with a suffix ("BSD-3-Clause-HP", "MIT-CMU", "X11-distribute-
  // modifications-variant"): each text is its own id, and never its base's, nor the base text the variant's.
  const pairs = [...ids]
    .filter((id) => data[id]?.licenseText)
    .flatMap((id) => {
      const base = [...ids].find((b) => b !== id && id.startsWith(`${b}-`) && data[b]?.licenseText);
      return base ? [[base, id] as const] : [];
    })
    .filter(
      ([base, id]) => identifyText(text(base)).licence === base && identifyText(text(id)).licence === id,
    );

  it('has vendor variants to test', () => {
    expect(pairs.length).toBeGreaterThan(20);
  });

  it.each(pairs)('%s and %s each answer themselves', (base, variant) => {
    expect(identifyText(text(base)).licence).toBe(base);
    expect(identifyText(text(variant)).licence).toBe(variant);
  });
});

describe('the choice between two clean matches', () => {
  const words = Int32Array.from([1, 2, 3, 4, 5, 6]);
  const match = (id: string, over: Partial<TextMatch> = {}): TextMatch => ({
    id,
    similarity: 0.97,
    start: 0,
    end: 100,
    exact: false,
    missing: [],
    refWords: words,
    ...over,
  });

  it('prefers the canonical licence over its vendor variant when both fit alike', () => {
    expect(better(match('BSD-3-Clause'), match('BSD-3-Clause-HP'))).toBe(true);
    expect(better(match('BSD-3-Clause-HP'), match('BSD-3-Clause'))).toBe(false);
    expect(better(match('MIT-CMU'), match('MIT'))).toBe(false);
  });

  it('prefers the reference whose every clause the text holds, even when the other fits a little better', () => {
    const vendor = match('BSD-3-Clause-HP', {
      similarity: 0.99,
      missing: [7, 8],
      refWords: Int32Array.from([1, 7, 8]),
    });
    const canonical = match('BSD-3-Clause', {
      similarity: 0.975,
      missing: [2],
      refWords: Int32Array.from([1, 2]),
    });
    // The canonical text lacks word 2, which the vendor's text has too (a template field): no clause lost.
    expect(better(canonical, vendor)).toBe(true);
  });

  it('still prefers a clearly better fit', () => {
    expect(
      better(match('BSD-3-Clause-HP', { similarity: 0.99 }), match('BSD-3-Clause', { similarity: 0.92 })),
    ).toBe(true);
  });
});
