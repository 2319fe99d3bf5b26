import { describe, expect, it } from 'vitest';
import { asksForJson, describeError, printError } from '../../src/cli/report-error.js';
import { ConfigError, InternalError, SourceError } from '../../src/errors.js';

describe('errors as data', () => {
  it('has one shape for every kind: {error: {kind, command, exitCode, problems}}', () => {
    expect(
      describeError(
        new ConfigError([{ file: 'a.yml', path: 'teams', line: 3, message: 'm', fix: 'f' }]),
        'scan',
      ),
    ).toEqual({
      error: {
        kind: 'config',
        command: 'scan',
        exitCode: 2,
        problems: [{ file: 'a.yml', path: 'teams', line: 3, message: 'm', fix: 'f' }],
      },
    });
    const source = new SourceError('RATE_LIMITED', 'HTTP 429', {
      url: 'https://huggingface.co/api/x',
      status: 429,
      requestId: 'r1',
    });
    expect(describeError(source, 'check')).toEqual({
      error: {
        kind: 'source',
        command: 'check',
        exitCode: 3,
        problems: [
          {
            message: 'HTTP 429',
            code: 'RATE_LIMITED',
            url: 'https://huggingface.co/api/x',
            status: 429,
            requestId: 'r1',
          },
        ],
      },
    });
    expect(describeError(new InternalError('bug'), 'render').error).toEqual({
      kind: 'internal',
      command: 'render',
      exitCode: 3,
      problems: [{ message: 'bug' }],
    });
  });

  it('prints JSON or text, redacted', () => {
    let err = '';
    const io = {
      stdout: () => {},
      stderr: (t: string) => {
        err += t;
      },
      env: {},
      cwd: '.',
      stdoutIsTTY: false,
      stderrIsTTY: false,
    };
    const error = new SourceError('HTTP_ERROR', 'HTTP 500 for token sekrit', {});
    expect(
      printError(error, { command: 'scan', json: true, redact: (t) => t.replace('sekrit', '***') }, io),
    ).toBe(3);
    expect(JSON.parse(err).error.problems[0].message).toBe('HTTP 500 for token ***');
    err = '';
    printError(error, { command: 'scan', json: false, redact: (t) => t }, io);
    expect(err).toBe('openquota scan: upstream failure (HTTP_ERROR): HTTP 500 for token sekrit\n');
  });

  it('knows when JSON was asked for', () => {
    expect(asksForJson('scan', ['--format', 'json'])).toBe(true);
    expect(asksForJson('scan', ['--json', 'r.json'])).toBe(false);
    expect(asksForJson('policy', ['show', '--json'])).toBe(true);
    expect(asksForJson('scan', ['--', '--format', 'json'])).toBe(false);
  });
});
