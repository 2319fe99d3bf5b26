import { describe, expect, it } from 'vitest';
import { spdxData } from '../../src/detect/corpus.js';
import { identifyText } from '../../src/detect/identify.js';
import { unexplainedTails } from '../../src/detect/matchers/tails.js';
import { normalise } from '../../src/detect/normalise.js';

// The optional tails a copy keeps ("How to Apply These Terms", Apache's appendix): a standard tail with
// its template fields filled in is explained; a sentence added to it is quoted. Each tail is compared
// with the standard tails of its kind nearest first, so these cases also hold the answer to what a
// search in list order gives (GPL-3.0's tail is not the first "how to apply" tail listed: AGPL's is).
const { data } = spdxData();
const text = (id: string) => data[id]!.licenseText;
// Template fields as a project fills them in.
const filled = (t: string) =>
  t
    .replace(
      /<one line to give the program's name and (?:a brief|an) idea of what it does\.>/g,
      'Widget-7B, a model.',
    )
    .replace(/<(?:year|yyyy)>\s+<name of author>/g, '2024 Acme Research')
    .replace(/\[yyyy\]\s+\[name of copyright owner\]/g, '2024 Acme Research');
const ADDED = 'You may not use this program or its weights for any commercial purpose.';

describe('optional tails', () => {
  for (const [id, heading] of [
    ['GPL-3.0-only', 'How to Apply These Terms to Your New Programs'],
    ['AGPL-3.0-only', 'How to Apply These Terms to Your New Programs'],
    ['GPL-2.0-only', 'How to Apply These Terms to Your New Programs'],
    ['LGPL-2.1-only', 'How to Apply These Terms to Your New Libraries'],
    ['Apache-2.0', 'APPENDIX: How to apply the Apache License to your work.'],
  ] as const) {
    it(`${id}: its tail with the fields filled in is the licence as it is`, () => {
      const copy = filled(text(id));
      expect(copy).toContain(heading);
      expect(unexplainedTails(normalise(copy))).toEqual([]);
      expect(identifyText(copy)).toMatchObject({ licence: id, matcher: 'exact' });
    });

    it(`${id}: a sentence added to its tail is quoted, and the licence is not ${id} as it is`, () => {
      const copy = filled(text(id)).replace(heading, `${heading}\n\n${ADDED}`);
      expect(unexplainedTails(normalise(copy)).join('\n')).toContain(ADDED);
      const d = identifyText(copy);
      expect(d.licence).not.toBe(id);
      expect(d.extra).toContain(ADDED);
    });
  }

  it('a GPL-2.0 tail after the GPL-3.0 text is a standard tail of the same kind: nothing in it is quoted', () => {
    const gpl3 = filled(text('GPL-3.0-only'));
    const gpl2tail = filled(text('GPL-2.0-only')).slice(text('GPL-2.0-only').indexOf('How to Apply'));
    const hybrid = `${gpl3.slice(0, gpl3.indexOf('How to Apply'))}${gpl2tail}`;
    // Explained by the GPL-2.0 tail (a standard tail of this kind), so nothing is quoted either way.
    expect(unexplainedTails(normalise(hybrid))).toEqual([]);
  });
});
