import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { type CommandSpec, helpText, parseFlags } from '../../src/cli/flags.js';
import { describeNumber, optionValues } from '../../src/cli/option-values.js';
import { Problems } from '../../src/cli/problems.js';
import { scanOptionsSchema } from '../../src/options.js';

const SPEC: CommandSpec = {
  name: 'demo',
  usage: ['demo [options]'],
  about: ['A command for the parser.'],
  flags: [
    { name: 'format', short: 'f', value: 'FORMAT', help: 'the format' },
    { name: 'team', short: 't', value: 'ID', multiple: true, help: 'a team', option: 'team' },
    { name: 'verbose', short: 'v', help: 'more' },
    { name: 'quiet', short: 'q', help: 'less' },
    { name: 'concurrency', value: 'N', help: 'at once', option: 'concurrency' },
  ],
};

function parse(argv: string[]) {
  const problems = new Problems();
  const args = parseFlags(SPEC, argv, problems);
  return { args, problems: problems.list };
}

describe('parseFlags', () => {
  it('reads every spelling of a flag', () => {
    const { args, problems } = parse([
      '-vq',
      '-fjson',
      '--team=a',
      '-t',
      'b',
      '--concurrency',
      '-1',
      'x',
      '--',
      '--y',
    ]);
    expect(problems).toEqual([]);
    expect(args.flag('verbose') && args.flag('quiet')).toBe(true);
    expect(args.string('format')).toBe('json');
    expect(args.strings('team')).toEqual(['a', 'b']);
    // A value may start with `-` when it is not a flag of the command.
    expect(args.string('concurrency')).toBe('-1');
    expect(args.positionals).toEqual(['x', '--y']);
  });

  it('collects every mistake instead of stopping at the first', () => {
    const { problems } = parse([
      '--formt',
      'json',
      '-x',
      '--verbose=1',
      '--format',
      'a',
      '--format',
      'b',
      '--team',
    ]);
    expect(problems.map((p) => p.message)).toEqual([
      'unknown option --formt',
      'unknown option -x',
      '--verbose takes no value (got "1")',
      'given twice ("a" and "b")',
      '--team needs a value',
    ]);
    expect(problems[0]!.fix).toMatch(/^did you mean --format\?/);
  });

  it('writes a help that lists every flag, --help included', () => {
    const help = helpText(SPEC);
    for (const flag of [
      '-f, --format FORMAT',
      '-t, --team ID',
      '-v, --verbose',
      '--concurrency N',
      '-h, --help',
    ])
      expect(help).toContain(flag);
    expect(help).toContain('a team (repeatable)');
  });
});

describe('optionValues', () => {
  it('validates with the scan options schema and says what a value must be', () => {
    const problems = new Problems();
    const { args } = parse(['--concurrency', 'abc']);
    expect(optionValues(scanOptionsSchema, args, SPEC.flags, problems)).toBeUndefined();
    expect(problems.list).toEqual([
      {
        file: 'command line',
        path: '--concurrency',
        message:
          "must be N (every pool) or hub-api=16,hub-files=32,github=16 (any of them), each a whole number from 1 to 64, got 'abc'",
      },
    ]);
    const good = parse(['--concurrency', '4', '-t', 'a,b']);
    expect(optionValues(scanOptionsSchema, good.args, SPEC.flags, new Problems())).toEqual({
      concurrency: { 'hub-api': 4, 'hub-files': 4, github: 4 },
      team: ['a', 'b'],
    });
  });

  it('describes numbers from their checks', () => {
    expect(describeNumber(z.number().int().min(1).max(32))).toBe('a whole number from 1 to 32');
    expect(describeNumber(z.number().positive().max(600))).toBe('a number greater than 0 and at most 600');
    expect(describeNumber(z.number().min(1))).toBe('a number of at least 1');
    expect(describeNumber(z.number())).toBe('a number');
  });
});
