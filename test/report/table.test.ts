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

  it('lists each linked code repository under its model, and says when its licence is not established', () => {
    const report = fixtureReport('round-1');
    const model = report.teams[0]!.models[0]!;
    model.code = [
      { source: 'github', id: 'LG-AI-EXAONE/EXAONE-4.0', licence: 'Apache-2.0' },
      { source: 'git', id: 'https://git.example.kr/exaone/tools.git', licence: null },
    ];
    for (const [lang, lines] of [
      [
        'en',
        [
          '    code: github LG-AI-EXAONE/EXAONE-4.0 (Apache-2.0)',
          '    code: git https://git.example.kr/exaone/tools.git (licence not established)',
        ],
      ],
      [
        'ko',
        [
          '    코드 저장소: github LG-AI-EXAONE/EXAONE-4.0 (Apache-2.0)',
          '    코드 저장소: git https://git.example.kr/exaone/tools.git (라이선스 확인되지 않음)',
        ],
      ],
    ] as const) {
      const out = renderTable(report, { verbose: true, colour: false, lang }).split('\n');
      const at = out.findIndex((l) => l.startsWith('  LGAI-EXAONE/EXAONE-4.0-32B '));
      expect(out.slice(at + 1, at + 3)).toEqual(lines);
    }
    // Not in the short table.
    expect(renderTable(report, { verbose: false, colour: false })).not.toContain('code:');
  });

  it('marks a code repository as not counted beside its verdict', () => {
    const out = renderTable(fixtureReport('round-1'), { verbose: true, colour: true });
    const row = out.split('\n').find((l) => l.startsWith('  LG-AI-EXAONE/EXAONE-4.0 '))!;
    expect(row).toContain('\u001b[2m– excluded\u001b[0m · code repository (not counted)');
  });
});
