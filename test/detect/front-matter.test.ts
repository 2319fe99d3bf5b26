import { describe, expect, it } from 'vitest';
import { cardBody } from '../../src/detect/card.js';
import { frontMatter } from '../../src/detect/front-matter.js';
import { frontMatterLicences } from '../../src/sources/repo-files.js';

// One pattern decides what a card's front matter is, for its body (card.ts), its declaration
// (repo-files.ts) and whether `licence identify` loads the YAML parser at all (licence.ts).
describe('front matter', () => {
  it('finds the block at the very top, with a BOM or CRLF line ends', () => {
    expect(frontMatter('---\nlicense: mit\n---\n# Model\n')).toEqual({ yaml: 'license: mit', bodyStart: 21 });
    const crlf = '\uFEFF---\r\nlicense: apache-2.0\r\n---\r\nBody';
    expect(frontMatter(crlf)?.yaml).toBe('license: apache-2.0');
    expect(cardBody(crlf)).toBe('Body');
    expect(frontMatterLicences(crlf).map((d) => d.value)).toEqual(['apache-2.0']);
  });

  it('is no front matter when the block is not first or never closes, so nothing is declared', () => {
    // A card that opens with a blank line, or a Markdown rule with no closing one, declares nothing:
    // its body is all of it, and the licence comes from the text alone.
    for (const text of ['\n---\nlicense: mit\n---\nBody', '---\nlicense: mit\n\nBody with no closing rule']) {
      expect(frontMatter(text)).toBeUndefined();
      expect(cardBody(text)).toBe(text);
      expect(frontMatterLicences(text)).toEqual([]);
    }
  });

  it('ends at the first closing rule: a later one belongs to the body', () => {
    const text = '---\nlicense: mit\n---\nIntro\n---\nlicense: apache-2.0\n---\n';
    expect(frontMatterLicences(text).map((d) => d.value)).toEqual(['mit']);
    expect(cardBody(text)).toBe('Intro\n---\nlicense: apache-2.0\n---\n');
  });
});
