import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardBody, cardDetection } from '../../src/detect/card.js';
import { identifyText, licenceInfo } from '../../src/detect/identify.js';
import { decodeLicenceBytes } from '../../src/detect/normalise.js';
import { frontMatterLicences } from '../../src/sources/repo-files.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'licences');
const lines = readFileSync(join(dir, 'expectations.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '' && !l.startsWith('#') && !l.startsWith('file\t'))
  .map((l) => l.split('\t') as [string, string, 'licence' | 'readme', string, string?]);
const expected = new Map(lines.map(([file, exp, role]) => [file, { exp, role }]));

/** An expression as a comparable value: canonical ids, AND/OR operands as a sorted set. */
function canon(expr: string | null): string | null {
  if (!expr || expr === 'NOASSERTION') return null;
  const op = / OR /.test(expr) ? ' OR ' : / AND /.test(expr) ? ' AND ' : ' ';
  return expr
    .split(/ OR | AND /)
    .map((p) => licenceInfo(p)?.id ?? p)
    .sort()
    .join(op);
}

describe('licence fixtures (test/fixtures/licences)', () => {
  it('has an expectation for every file', () => {
    const missing = readdirSync(join(dir, 'files')).filter((f) => !expected.has(f));
    expect(
      missing,
      `add a line "<file>\\t<expected id or NOASSERTION>\\t<licence|readme>\\t<source>\\t<note>" to ${join(dir, 'expectations.tsv')} for each of these`,
    ).toEqual([]);
  });

  it.each(lines)('%s -> %s', (file, exp, role) => {
    const text = decodeLicenceBytes(readFileSync(join(dir, 'files', file)));
    // As `licence identify` answers: a model card from its front matter, with the body's additions.
    const body = identifyText(text, { file, role });
    const d =
      (role === 'readme' ? cardDetection(frontMatterLicences(text), cardBody(text), body) : null) ?? body;
    expect(canon(d.licence)).toBe(canon(exp));
    if (d.licence === null) expect(d.confidence).toBe(0);
    else expect(d.confidence).toBeGreaterThan(0.5);
  });
});
