import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildCorpusData, rulesDir, serialiseCorpusData } from '../../src/detect/corpus.js';

describe('rules/licences/corpus-index.txt', () => {
  it('is current (regenerate with: node --import tsx scripts/build-licence-index.ts)', () => {
    const committed = readFileSync(join(rulesDir(), 'corpus-index.txt'), 'utf8');
    expect(
      committed === serialiseCorpusData(buildCorpusData()),
      'stale: run node --import tsx scripts/build-licence-index.ts',
    ).toBe(true);
  });
});
