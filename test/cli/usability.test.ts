// The CLI a reviewer expects: each mistake gets one clear message with a fix, every problem of a
// run is listed at once, help per verb, one output rule for every verb.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import spdx from 'spdx-license-list/full.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../support/cli.js';
import { type HubServer, startHubServer } from '../support/hub-server.js';

const EXAMPLE = 'examples/sovereign-ai-2025/openquota.yml';
const EVIDENCE = 'examples/sovereign-ai-2025/evidence';
const ROUND_1 = 'test/fixtures/reports/round-1.json';
const ROUND_2 = 'test/fixtures/reports/round-2.json';
// The teams of round-1, for merge (which otherwise wants the programme file the report names).
const TEAMS = 'lg-ai-research,upstage,naver-cloud,sk-telecom,nc-ai,kt';

let hub: HubServer;
beforeAll(async () => {
  hub = await startHubServer();
});
afterAll(async () => {
  await hub.close();
});

/** A programme of one Hub-only team: a scan of it asks the loopback Hub only. */
function programme(dir: string): string {
  const file = join(dir, 'openquota.yml');
  writeFileSync(
    file,
    'programme: T\nteams:\n  - id: open\n    name: Open\n    huggingface: [example-k-ai-team]\n    models: [example-k-ai-team/open-apache-7b, example-k-ai-team/open-mit-1b]\n',
  );
  return file;
}

/** A directory holding one licence file, for `licence identify` and `check`. */
function licenceDir(): string {
  const dir = tempDir();
  writeFileSync(join(dir, 'LICENSE'), spdx.MIT!.licenseText);
  return dir;
}

function isJson(text: string): boolean | string {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return text.slice(0, 200);
  }
}

/** Each mistake on the command line: exit 2, one message naming it, and a fix. */
describe('one clear message with a fix for each mistake', () => {
  it.each([
    [
      'a format with a typo',
      ['render', ROUND_1, '--format', 'htm'],
      '--format: unknown format "htm"',
      'did you mean "html"?',
    ],
    [
      'an unknown language',
      ['render', ROUND_1, '--lang', 'fr'],
      '--lang: unknown language "fr"',
      'use one of: en, ko',
    ],
    [
      'a flag with a typo',
      ['render', ROUND_1, '--verbos'],
      'unknown option --verbos',
      'did you mean --verbose?',
    ],
    [
      'a flag with a typo and its value',
      ['render', ROUND_1, '--fromat', 'html'],
      'unknown option --fromat',
      'did you mean --format?',
    ],
    [
      'a flag without its value',
      ['render', ROUND_1, '--format'],
      '--format needs a value',
      'write --format FORMAT',
    ],
    [
      'a value given to a switch',
      ['render', ROUND_1, '--verbose=yes'],
      '--verbose takes no value',
      'write --verbose alone',
    ],
    [
      'a flag given twice',
      ['render', ROUND_1, '-f', 'html', '-f', 'markdown'],
      'given twice ("html" and "markdown")',
      'give --format once',
    ],
    ['a command with a typo', ['evalute', EVIDENCE], 'unknown command "evalute"', 'did you mean "evaluate"?'],
    [
      'help for a command with a typo',
      ['help', 'lisence'],
      'unknown command "lisence"',
      'did you mean "licence"?',
    ],
    [
      'a number that is not one',
      ['scan', '--concurrency', 'abc'],
      "--concurrency: must be N (every pool) or hub-api=16,hub-files=32,github=16 (any of them), each a whole number from 1 to 64, got 'abc'",
      'e.g. --concurrency 16, or --concurrency hub-files=48',
    ],
    [
      'a number out of range',
      ['scan', '--timeout', '0'],
      "--timeout: must be a number greater than 0 and at most 600, got '0'",
      'e.g. --timeout 30',
    ],
    [
      'a fraction where a whole number is due',
      ['scan', '--concurrency', '1.5'],
      "must be N (every pool) or hub-api=16,hub-files=32,github=16 (any of them), each a whole number from 1 to 64, got '1.5'",
      'e.g. --concurrency 16, or --concurrency hub-files=48',
    ],
    [
      'the same timeout rule on check',
      ['check', '.', '--timeout', 'soon'],
      "--timeout: must be a number greater than 0 and at most 600, got 'soon'",
      'e.g. --timeout 30',
    ],
    [
      'a format check does not write',
      ['check', '.', '--format', 'sarif'],
      'unknown format "sarif"',
      'use one of: table, json',
    ],
    [
      'an output name whose format the verb does not write',
      ['check', '.', '-o', 'check.html'],
      'the name says html, which this command does not write',
      'give --format',
    ],
    [
      '--json and --output naming one file',
      ['evaluate', EVIDENCE, '-o', 'x.json', '--json', 'x.json'],
      'is also the --output file',
      'give --json another file name',
    ],
    [
      'no report to render',
      ['render'],
      'give exactly one JSON report (got 0)',
      'openquota render report.json',
    ],
    [
      'a missing report',
      ['render', 'nope.json'],
      'nope.json: cannot read the report: it does not exist',
      'give a JSON report written by `openquota scan --json FILE`',
    ],
    [
      'a licence file that is not there',
      ['licence', 'identify', 'NOPE'],
      'NOPE: no such file or directory',
      'give a licence file or a directory',
    ],
    [
      'an unknown licence subcommand',
      ['licence', 'idenitfy', 'LICENSE'],
      'unknown subcommand "idenitfy"',
      'openquota licence identify LICENSE',
    ],
  ])('%s', async (_name, argv, message, fix) => {
    const run = await runCli(argv, { cwd: process.cwd() });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain(`fix: ${fix}`);
    // Never zod's or parseArgs' own words.
    expect(run.stderr).not.toMatch(
      /expected number, received|Invalid input|To specify an option argument|ERR_PARSE_ARGS/,
    );
  });

  it('an empty programme file, and one of comments only, say so and how to start one', async () => {
    const dir = tempDir();
    for (const text of ['', '# nothing yet\n\n']) {
      writeFileSync(join(dir, 'openquota.yml'), text);
      const run = await runCli(['scan'], { cwd: dir, env: { HF_ENDPOINT: hub.url } });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('openquota.yml: the programme file is empty');
      expect(run.stderr).toContain('fix: start one with `openquota init --hf YOUR-HUB-ORG`');
      expect(run.stderr).not.toContain('expected object, got object');
    }
    // `teams:` with nothing after it is empty, not "got object".
    writeFileSync(join(dir, 'openquota.yml'), 'programme: T\nteams:\n');
    const empty = await runCli(['scan'], { cwd: dir, env: { HF_ENDPOINT: hub.url } });
    expect(empty.stderr).toContain('teams: is empty');
    expect(empty.stderr).toContain('fix: write a list');
  });

  it('a JSON file that is not a report, given to render, diff or merge, says what it is instead', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({ name: 'x', version: '1.0.0', dependencies: {} }),
    );
    writeFileSync(join(dir, 'list.json'), '[]');
    writeFileSync(join(dir, 'empty.json'), '');
    writeFileSync(join(dir, 'diff.json'), JSON.stringify({ schema: 'openquota/diff@1', changes: [] }));
    const sarif = join(process.cwd(), 'test/fixtures/golden/report.sarif');
    const cases: [string[], string][] = [
      [
        ['render', 'package.json'],
        'package.json: is not an openquota report: it has no "schema": "openquota/report@1"; it looks like a package manifest',
      ],
      [
        ['render', 'list.json'],
        'list.json: is not an openquota report: the file holds an array, not a report object',
      ],
      [['render', 'empty.json'], 'empty.json: the report file is empty'],
      [
        ['diff', 'diff.json', 'list.json'],
        'diff.json: schema: "openquota/diff@1" is not a report this version reads: this is a diff of two reports',
      ],
      [
        ['merge', sarif],
        'is not an openquota report: it has no "schema": "openquota/report@1"; it looks like a SARIF log',
      ],
    ];
    for (const [argv, message] of cases) {
      const run = await runCli(argv, { cwd: dir });
      expect({ argv, code: run.code }).toEqual({ argv, code: 2 });
      expect(run.stderr).toContain(message);
      expect(run.stderr).toContain('fix: give a JSON report written by `openquota scan --json FILE`');
      // One problem per file, not twenty schema errors.
      expect(run.stderr).not.toMatch(/tool:|teams:|Invalid input/);
    }
    // diff names both bad files in one run.
    const both = await runCli(['diff', 'diff.json', 'list.json'], { cwd: dir });
    expect(both.stderr).toMatch(/^openquota diff: 2 problems to fix:/);
  });
});

describe('every problem of flags, programme and policy at once', () => {
  it('scan --format htm --team nosuch --policy nosuch --lang fr names all four', async () => {
    const run = await runCli(
      [
        'scan',
        '--config',
        EXAMPLE,
        '--format',
        'htm',
        '--team',
        'nosuch',
        '--policy',
        'nosuch',
        '--lang',
        'fr',
      ],
      { env: { HF_ENDPOINT: hub.url } },
    );
    expect(run.code).toBe(2);
    const before = hub.requests.length;
    expect(run.stderr).toMatch(/^openquota scan: 4 problems to fix:/);
    expect(run.stderr).toContain('--format: unknown format "htm"\n    fix: did you mean "html"?');
    expect(run.stderr).toContain('--lang: unknown language "fr"');
    expect(run.stderr).toContain('unknown policy "nosuch"');
    expect(run.stderr).toContain('teams: no team "nosuch" in the programme file');
    expect(hub.requests.length).toBe(before);
  });

  it('flags, the programme file and the outputs together', async () => {
    const dir = tempDir();
    writeFileSync(
      join(dir, 'openquota.yml'),
      'programme: X\nteams:\n  - id: Bad Id\n    name: A\n    hugginface: [x]\n',
    );
    const run = await runCli(['scan', '--concurrency', '0', '--bogus', '-o', 'openquota.yml'], {
      cwd: dir,
      env: { HF_ENDPOINT: hub.url },
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown option --bogus');
    expect(run.stderr).toContain(
      "--concurrency: must be N (every pool) or hub-api=16,hub-files=32,github=16 (any of them), each a whole number from 1 to 64, got '0'",
    );
    expect(run.stderr).toMatch(/openquota\.yml:3: teams\[0\]\.id/);
    expect(run.stderr).toContain('did you mean "huggingface"?');
    expect(run.stderr).toContain('--output: openquota.yml: is the programme file');
    expect(run.stderr).toMatch(/^openquota scan: 6 problems to fix:/);
  });

  it('evaluate: a bad flag, a bad --policy and an unknown --team at once', async () => {
    const run = await runCli(['evaluate', EVIDENCE, '--team', 'kakao', '--policy', 'msit-2024', '-f', 'pdf']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^openquota evaluate: 3 problems to fix:/);
    expect(run.stderr).toContain('unknown format "pdf"');
    expect(run.stderr).toContain('unknown policy "msit-2024"');
    expect(run.stderr).toContain('the evidence bundle has no team "kakao"');
  });

  it('licence identify names every missing file', async () => {
    const run = await runCli(['licence', 'identify', 'A', 'B', '--format', 'xml']);
    expect(run.stderr).toMatch(/^openquota licence: 3 problems to fix:/);
  });
});

describe('help', () => {
  it.each(['init', 'scan', 'check', 'evaluate', 'licence', 'policy', 'render', 'diff', 'merge'])(
    '`openquota help %s` is that command’s --help, listing every flag it takes',
    async (verb) => {
      const help = await runCli(['help', verb]);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^Usage: openquota ${verb}`));
      expect((await runCli([verb, '--help'])).stdout).toBe(help.stdout);
      expect((await runCli([verb, '-h'])).stdout).toBe(help.stdout);
      expect(help.stdout).toContain('-q, --quiet');
      expect(help.stdout).toContain('-h, --help');
      if (verb !== 'init') expect(help.stdout).toContain('-f, --format FORMAT');
      expect(help.stdout).toContain('-o, --output FILE');
      if (['scan', 'evaluate', 'merge'].includes(verb)) expect(help.stdout).toContain('--json FILE');
      // Every flag the help names is one the command parses (none is "unknown").
      for (const flag of new Set(help.stdout.match(/--[a-z][a-z-]+/g) ?? [])) {
        const run = await runCli([verb, flag, '--help']);
        expect({ flag, stderr: run.stderr }).not.toMatchObject({
          stderr: expect.stringContaining('unknown option'),
        });
      }
      // No line of help is wider than 100 columns.
      expect(Math.max(...help.stdout.split('\n').map((l) => l.length))).toBeLessThanOrEqual(100);
    },
  );

  it('top-level help lists every command and says how to get a command’s help', async () => {
    const run = await runCli(['help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('openquota help COMMAND');
    for (const verb of ['init', 'scan', 'check', 'evaluate', 'licence', 'policy', 'render', 'diff', 'merge'])
      expect(run.stdout).toMatch(new RegExp(`^  ${verb} `, 'm'));
  });
});

describe('errors as JSON on stderr when --format json was asked', () => {
  it('usage errors in Korean with --lang ko (or LANG=ko_KR): every coded problem said from its code and args', async () => {
    const run = await runCli([
      'evaluate',
      'x',
      '--formt',
      'json',
      '--lang',
      'ko',
      '--bogus',
      '--format',
      'htm',
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('openquota evaluate: 고쳐야 할 문제가');
    expect(run.stderr).toContain('알 수 없는 옵션 --formt');
    expect(run.stderr).toContain('해결 방법: --format을(를) 뜻했습니까?');
    expect(run.stderr).toContain('알 수 없는 형식 “htm”');
    expect(run.stderr).toContain('“html”을(를) 뜻했습니까?');
    const nearCommand = await runCli(['evalute'], { env: { LANG: 'ko_KR.UTF-8' } });
    expect(nearCommand.stderr).toContain('알 수 없는 명령 “evalute”');
    expect(nearCommand.stderr).toContain('“evaluate”을(를) 뜻했습니까?');
  });

  it('a usage error: {error: {kind, command, exitCode, problems}}', async () => {
    const run = await runCli(['render', 'nope.json', '--format', 'json', '--bogus']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const error = JSON.parse(run.stderr);
    expect(error).toEqual({
      error: {
        kind: 'config',
        command: 'render',
        exitCode: 2,
        problems: [
          {
            file: 'command line',
            path: '--bogus',
            message: 'unknown option --bogus',
            fix: '`openquota render --help` lists every option',
            // Coded, so a script can act on it without parsing the sentence.
            code: 'UNKNOWN_OPTION',
            args: { option: '--bogus', command: 'render' },
          },
          {
            file: 'nope.json',
            message: 'cannot read the report: it does not exist',
            fix: expect.stringContaining('openquota scan --json FILE'),
          },
        ],
      },
    });
  });

  it('every spelling of --format json, and licence/policy --json, ask for it; other formats do not', async () => {
    for (const argv of [
      ['render', 'nope.json', '-f', 'json'],
      ['render', 'nope.json', '--format=json'],
      ['render', 'nope.json', '-fjson'],
      ['licence', 'identify', 'NOPE', '--json'],
      ['policy', 'show', 'nosuch', '--json'],
    ]) {
      const run = await runCli(argv);
      expect(JSON.parse(run.stderr).error.kind).toBe('config');
    }
    const text = await runCli(['render', 'nope.json', '--format', 'html']);
    expect(text.stderr).toMatch(/^openquota render: a problem to fix:/);
    // `--json FILE` on scan names a file; it does not ask for JSON errors.
    const scan = await runCli(['scan', '--config', 'missing.yml', '--json', 'r.json'], { cwd: tempDir() });
    expect(scan.stderr).toMatch(/^openquota scan: a problem to fix:/);
  });

  it('secrets are redacted from JSON errors too', async () => {
    const token = 'hf_SECRETtokenNeverPrinted123';
    const run = await runCli(['render', token, '--format', 'json'], { env: { HF_TOKEN: token } });
    expect(run.stderr).not.toContain(token);
    expect(JSON.parse(run.stderr).error.problems[0].file).toBe('***');
  });
});

describe('one output rule for every verb', () => {
  /** Each verb, runnable offline (scan against the loopback Hub), and how to recognise its table. */
  function verbs(
    dir: string,
  ): { verb: string; argv: string[]; table: RegExp; env?: Record<string, string> }[] {
    const licences = licenceDir();
    return [
      {
        verb: 'scan',
        argv: ['scan', '--config', programme(dir)],
        table: /^T\npolicy /,
        env: { HF_ENDPOINT: hub.url },
      },
      { verb: 'evaluate', argv: ['evaluate', EVIDENCE], table: /\nteam +counted/ },
      { verb: 'render', argv: ['render', ROUND_1], table: /\nteam +counted/ },
      { verb: 'merge', argv: ['merge', ROUND_1, '--teams', TEAMS], table: /\nteam +counted/ },
      { verb: 'diff', argv: ['diff', ROUND_1, ROUND_2], table: /change/ },
      { verb: 'check', argv: ['check', licences], table: /^openquota check / },
      { verb: 'licence', argv: ['licence', 'identify', join(licences, 'LICENSE')], table: /^FILE +LICENCE/ },
      { verb: 'policy', argv: ['policy', 'show'], table: /^id: msit-sovereign-ai-2025/m },
    ];
  }

  it('piped, every verb prints JSON; on a terminal, its table', async () => {
    const dir = tempDir();
    for (const { verb, argv, table, env } of verbs(dir)) {
      const piped = await runCli(argv, { ...(env ? { env } : {}) });
      expect({ verb, json: isJson(piped.stdout) }).toEqual({ verb, json: true });
      const tty = await runCli(argv, { tty: true, ...(env ? { env } : {}) });
      expect({ verb, table: table.test(tty.stdout) }).toEqual({ verb, table: true });
    }
  });

  it('-o writes the chosen format on every verb, and nothing to stdout', async () => {
    const dir = tempDir();
    const cases: [string[], RegExp, Record<string, string>?][] = [
      [
        ['scan', '--config', programme(dir), '--format', 'html', '-o', join(dir, 'scan.out')],
        /^<!doctype html>/,
        { HF_ENDPOINT: hub.url },
      ],
      [['evaluate', EVIDENCE, '--format', 'html', '-o', join(dir, 'dash.html')], /^<!doctype html>/],
      [['render', ROUND_1, '--format', 'markdown', '-o', join(dir, 'r.md')], /^## Open release quota/],
      [
        ['merge', ROUND_1, '--teams', TEAMS, '--format', 'sarif', '-o', join(dir, 'm.out')],
        /"version": "2\.1\.0"/,
      ],
      [['diff', ROUND_1, ROUND_2, '--format', 'html', '-o', join(dir, 'd.html')], /<table class="changes">/],
      [['check', licenceDir(), '--format', 'table', '-o', join(dir, 'c.txt')], /^openquota check /],
      [
        ['licence', 'identify', join(licenceDir(), 'LICENSE'), '--format', 'json', '-o', join(dir, 'l.out')],
        /^\[\n {2}\{\n {4}"file"/,
      ],
      [['policy', 'show', '--format', 'yaml', '-o', join(dir, 'p.out')], /^id: msit-sovereign-ai-2025/m],
    ];
    for (const [argv, expected, env] of cases) {
      const run = await runCli(argv, { tty: true, ...(env ? { env } : {}) });
      expect({ argv: argv.slice(0, 2), stdout: run.stdout }).toEqual({ argv: argv.slice(0, 2), stdout: '' });
      expect(readFileSync(argv.at(-1)!, 'utf8')).toMatch(expected);
    }
  });

  it('without --format, -o takes the format its name ends in, else JSON', async () => {
    const dir = tempDir();
    const cases: [string, RegExp][] = [
      ['dash.html', /^<!doctype html>/],
      ['summary.md', /^## Open release quota/],
      ['report.sarif', /"\$schema": ".*sarif/],
      ['bom.cdx.json', /"bomFormat": "CycloneDX"/],
      ['table.txt', /\nteam +counted/],
      ['report.json', /^\{\n {2}"schema": "openquota\/report@1"/],
      ['report', /^\{\n {2}"schema": "openquota\/report@1"/],
    ];
    for (const [name, expected] of cases) {
      const run = await runCli(['evaluate', EVIDENCE, '-o', join(dir, name)], { tty: true });
      expect({ name, stdout: run.stdout }).toEqual({ name, stdout: '' });
      expect({ name, ok: expected.test(readFileSync(join(dir, name), 'utf8')) }).toEqual({ name, ok: true });
    }
  });

  it('--json FILE writes the JSON report beside the format printed or written', async () => {
    const dir = tempDir();
    const run = await runCli([
      'evaluate',
      EVIDENCE,
      '-o',
      join(dir, 'dash.html'),
      '--json',
      join(dir, 'r.json'),
    ]);
    expect(run.stdout).toBe('');
    expect(readFileSync(join(dir, 'dash.html'), 'utf8')).toMatch(/^<!doctype html>/);
    const report = JSON.parse(readFileSync(join(dir, 'r.json'), 'utf8'));
    expect(report.schema).toBe('openquota/report@1');
    const table = await runCli(['evaluate', EVIDENCE, '--json', join(dir, 'r2.json')], { tty: true });
    expect(table.stdout).toMatch(/\nteam +counted/);
    expect(JSON.parse(readFileSync(join(dir, 'r2.json'), 'utf8'))).toEqual(report);
  });

  it('the table fits the terminal it is printed on', async () => {
    for (const columns of [60, 80, 120]) {
      const run = await runCli(['render', ROUND_1, '--verbose'], { tty: true, columns });
      const widest = Math.max(
        ...run.stdout
          .replace(/\u001b\[\d+m/g, '')
          .split('\n')
          .map((l) => [...l].reduce((w, ch) => w + (/[\uac00-\ud7a3]/.test(ch) ? 2 : 1), 0)),
      );
      expect({ columns, widest: widest <= columns }).toEqual({ columns, widest: true });
    }
  });
});

describe('--quiet', () => {
  it('prints no notes and no progress on stderr; the report is still printed', async () => {
    const dir = tempDir();
    const loud = await runCli(['scan', '--config', programme(dir)], { env: { HF_ENDPOINT: hub.url } });
    expect(loud.stderr).toMatch(/^note: HF_TOKEN is not set/m);
    const quiet = await runCli(['scan', '--config', programme(dir), '--quiet'], {
      env: { HF_ENDPOINT: hub.url },
    });
    expect(quiet.stderr).toBe('');
    expect(JSON.parse(quiet.stdout)).toMatchObject({ schema: 'openquota/report@1' });
    expect(quiet.code).toBe(loud.code);
    const short = await runCli(['scan', '--config', programme(dir), '-q'], { env: { HF_ENDPOINT: hub.url } });
    expect(short.stderr).toBe('');
  });

  it('errors are still printed', async () => {
    const run = await runCli(['render', 'nope.json', '-q']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('nope.json: cannot read the report');
  });
});
