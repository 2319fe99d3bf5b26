/**
 * Regenerates rules/licences/corpus-index.txt: every SPDX text (from the installed spdx-license-list)
 * and every model licence of rules/licences/, normalised and numbered, with the inverted index over
 * them, so the engine starts without normalising 5 MB of text or indexing 660,000 words. Written as
 * ASCII (a line of JSON, non-ASCII escaped, then a line of words per reference) for a fast load.
 * test/detect/corpus-index.test.ts fails when the file is stale.
 *
 *   node --import tsx scripts/build-licence-index.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCorpusData, rulesDir, serialiseCorpusData } from '../src/detect/corpus.js';

const data = buildCorpusData();
const file = join(rulesDir(), 'corpus-index.txt');
writeFileSync(file, serialiseCorpusData(data));
console.log(`wrote ${file}: ${data.refs.length} references, ${data.vocabulary.length} words`);
