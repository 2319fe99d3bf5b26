import { describe, expect, it } from 'vitest';
import { findingMessage } from '../../src/report/i18n/index.js';
import { primaryFinding } from '../../src/report/primary-finding.js';
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
          '    code: GitHub LG-AI-EXAONE/EXAONE-4.0 (Apache-2.0)',
          '    code: git https://git.example.kr/exaone/tools.git (licence not established)',
        ],
      ],
      [
        'ko',
        [
          '    코드 저장소: GitHub LG-AI-EXAONE/EXAONE-4.0 (Apache-2.0)',
          '    코드 저장소: git https://git.example.kr/exaone/tools.git (라이선스 확인되지 않음)',
        ],
      ],
    ] as const) {
      // Wide enough for columns and the whole reason: the code lines follow the model's row.
      const out = renderTable(report, { verbose: true, colour: false, lang, width: 300 }).split('\n');
      const at = out.findIndex((l) => l.startsWith('  LGAI-EXAONE/EXAONE-4.0-32B '));
      expect(out.slice(at + 1, at + 3)).toEqual(lines);
    }
    // Not in the short table.
    expect(renderTable(report, { verbose: false, colour: false })).not.toContain('code:');
  });

  it('marks a code repository as not counted beside its verdict', () => {
    const out = renderTable(fixtureReport('round-1'), { verbose: true, colour: true, width: 220 });
    const lines = out.split('\n');
    const at = lines.findIndex((l) => l.startsWith('  LG-AI-EXAONE/EXAONE-4.0 '));
    // The verdict column wraps after the label: the label is coloured, the rest follows under it.
    expect(lines[at]).toContain('\u001b[2m– excluded\u001b[0m ·');
    expect(
      lines
        .slice(at, at + 3)
        .join(' ')
        .replace(/\s+/g, ' '),
    ).toContain('code repository (not counted)');
    // Laid out as blocks (narrow), the label is coloured too.
    const narrow = renderTable(fixtureReport('round-1'), { verbose: true, colour: true, width: 80 });
    expect(narrow).toContain('verdict: \u001b[2m– excluded\u001b[0m · code repository (not counted)');
  });
});

describe('table width', () => {
  /** round-1 with ids and reasons far longer than any terminal line. */
  function longReport() {
    const report = fixtureReport('round-1');
    const lg = report.teams[0]!;
    lg.models[0]!.id = 'LGAI-EXAONE/EXAONE-4.0-32B-Instruct-AWQ-int4-group-size-128-with-a-very-long-suffix';
    lg.models[1]!.id = 'org/AnIdWithoutAnyBreakCharactersThatIsLongerThanSixtyColumnsOfTextInTotal';
    lg.models[2]!.reasons[1]!.message = `${'a very long explanation '.repeat(12)}end`;
    lg.name = '아주 긴 이름을 가진 팀 (A team with a long display name that wraps)';
    return report;
  }
  const width = (line: string) =>
    [...line.replace(/\u001b\[\d+m/g, '')].reduce((w, ch) => w + (/[\uac00-\ud7a3]/.test(ch) ? 2 : 1), 0);

  for (const columns of [60, 80, 120]) {
    for (const lang of ['en', 'ko'] as const) {
      it(`no line is wider than ${columns} columns (${lang}), and no word is broken`, () => {
        const report = longReport();
        for (const verbose of [false, true]) {
          const out = renderTable(report, { verbose, colour: true, lang, width: columns });
          const lines = out.trimEnd().split('\n');
          expect(Math.max(...lines.map(width))).toBeLessThanOrEqual(columns);
          if (!verbose) continue;
          // Every word that fits on a line is on one line, whole (prose wraps between words).
          const words = report.teams.flatMap((t) =>
            t.models.flatMap((m) => {
              const f = primaryFinding(m);
              return f ? findingMessage(lang, f).split(' ') : [];
            }),
          );
          const plain = lines.map((l) => l.replace(/\u001b\[\d+m/g, ''));
          for (const word of new Set(words.filter((w) => w && w.length < columns - 8)))
            expect(
              plain.some((l) => l.includes(word)),
              word,
            ).toBe(true);
          // A long id is broken only after its punctuation (`-`, `/`), and reads whole once rejoined.
          const id = report.teams[0]!.models[0]!.id;
          const start = plain.findIndex((l) => l.includes(id.slice(0, 12)));
          const piece = plain[start]!.trim();
          if (!piece.includes(id)) expect(piece).toMatch(/[-/_.]$/);
          const joined = plain
            .slice(start, start + 4)
            .map((l) => l.trim())
            .join('');
          expect(joined).toContain(id);
        }
      });
    }
  }

  it('uses 100 columns when the width is not known', () => {
    const lines = renderTable(longReport(), { verbose: true, colour: false }).trimEnd().split('\n');
    expect(Math.max(...lines.map(width))).toBeLessThanOrEqual(100);
  });

  it('is a table with aligned columns when the terminal is wide enough', () => {
    const lines = renderTable(fixtureReport('round-1'), { verbose: true, colour: false, width: 200 }).split(
      '\n',
    );
    // One set of widths for every team: each team's header is the same line.
    const headers = lines.filter((l) => l.startsWith('  model '));
    expect(headers).toHaveLength(6);
    expect(new Set(headers)).toEqual(
      new Set([
        '  model                                                  verdict           availability             licence                      reason',
      ]),
    );
    expect(Math.max(...lines.map(width))).toBeLessThanOrEqual(200);
  });
});

describe('table explanations', () => {
  it('says why an excluded release is excluded, in both languages', () => {
    const en = renderTable(fixtureReport('round-1'), { verbose: true, colour: false });
    expect(en).toContain(
      'reason: EXCLUDED_BY_PROGRAMME: quantised copy of a counted release (LGAI-EXAONE/*-GGUF)',
    );
    expect(en).toContain('reason: NO_WEIGHTS: no weight files: this repository does not count as a release');
    const ko = renderTable(fixtureReport('round-1'), { verbose: true, colour: false, lang: 'ko' });
    // The programme's own words, quoted; the sentence around them in Korean.
    expect(ko).toContain('사유: 사업 파일에서 제외: 제외 규칙 LGAI-EXAONE/*-GGUF, 사유: “quantised copy');
  });

  it('names each registry that failed, with its host, cause and request id, verbose or not', () => {
    for (const verbose of [false, true]) {
      const out = renderTable(fixtureReport('round-1'), { verbose, colour: false, width: 200 });
      expect(out).toContain(
        'KT: a registry could not be listed — huggingface.co: the Hub kept answering 429 after 5 retries while listing K-intelligence (RATE_LIMITED; request id Root=1-68db1a2f-5e0c3a7b1f2d4c6e8a9b0c1d)',
      );
      expect(out).toContain(
        '네이버클라우드: 1 release could not be inspected — huggingface.co: GET /api/models/naver-hyperclovax/HyperCLOVAX-SEED-Vision-Instruct-3B: 503 after 3 retries (HTTP_ERROR)',
      );
    }
    const verbose = renderTable(fixtureReport('round-1'), { verbose: true, colour: false, width: 100 });
    expect(verbose).toContain('reason: SOURCE_FAILED: huggingface.co: GET');
  });

  it('names the host a release failed on from its finding’s URL, not from its page', () => {
    // A GitHub release's page is github.com; its API is api.github.com (or an Enterprise host).
    const report = fixtureReport('round-1');
    const reason = report.teams
      .flatMap((t) => t.models)
      .flatMap((m) => m.reasons)
      .find((r) => r.code === 'SOURCE_FAILED')!;
    reason.args = { ...reason.args, url: 'https://ghe.example.org/api/v3/repos/naver/x' };
    const out = renderTable(report, { verbose: true, colour: false, width: 100 });
    expect(out).toContain('reason: SOURCE_FAILED: ghe.example.org: GET');
    expect(out).toContain('1 release could not be inspected — ghe.example.org: GET');
    expect(out).not.toContain('reason: SOURCE_FAILED: huggingface.co');
  });

  it('groups the releases one failure left unknown: one line per host and cause, counted', () => {
    const report = fixtureReport('round-1');
    const team = report.teams[2]!;
    const failed = team.models[1]!;
    team.models.push({ ...failed, id: `${failed.id}-b` }, { ...failed, id: `${failed.id}-c` });
    const out = renderTable(report, { verbose: false, colour: false, width: 200 });
    expect(out).toContain('네이버클라우드: 3 releases could not be inspected — huggingface.co:');
    expect(out.match(/could not be inspected/g)).toHaveLength(1);
  });

  it('counts the excluded releases of each team', () => {
    const lines = renderTable(fixtureReport('round-1'), { verbose: false, colour: false }).split('\n');
    expect(lines[3]).toMatch(/excluded/);
    expect(lines[4]).toMatch(/^LG AI연구원\s+5\s+1\s+0\s+2\s+20\.0%/);
  });
});
