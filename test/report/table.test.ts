import { describe, expect, it } from 'vitest';
import { renderTable } from '../../src/report/table.js';
import { expectGolden, fixtureReport } from './golden.js';

describe('table renderer', () => {
  for (const lang of ['en', 'ko'] as const) {
    it(`matches the golden table in ${lang}`, () => {
      const report = fixtureReport('round-1');
      expectGolden(`table.${lang}.txt`, renderTable(report, { verbose: false, colour: false, lang }));
      expectGolden(`table.verbose.${lang}.txt`, renderTable(report, { verbose: true, colour: false, lang }));
    });
  }

  it('aligns Korean team names by display width', () => {
    const lines = renderTable(fixtureReport('round-1'), { verbose: false, colour: false, lang: 'ko' }).split(
      '\n',
    );
    const rows = lines.slice(4, 10);
    const col = (line: string) => [...line].reduce((w, ch) => w + (/[\uac00-\ud7a3]/.test(ch) ? 2 : 1), 0);
    const widths = rows.map((r) => col(r.slice(0, r.search(/\d/))));
    expect(new Set(widths).size).toBe(1);
  });
});
