import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { licence } from '../../src/cli/commands/licence.js';
import type { CliIO } from '../../src/cli/io.js';

function fakeIO(cwd: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    env: {},
    cwd,
    stdoutIsTTY: false,
    stderrIsTTY: false,
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

const MIT = `MIT License

Copyright (c) 2025 Example

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
`;

function repo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'oq-licence-'));
  writeFileSync(join(dir, 'LICENSE'), MIT);
  writeFileSync(join(dir, 'README.md'), '# Demo\n\n## License\n\nReleased under the MIT License.\n');
  writeFileSync(join(dir, 'NOTICE'), 'Third-party components listed below.\n');
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'src', 'index.js'), '// code\n');
  return dir;
}

describe('openquota licence identify', () => {
  it('identifies the files a directory scan would pick, as JSON', async () => {
    const dir = repo();
    const { io, out } = fakeIO(dir);
    expect(await licence(['identify', '.', '--json'], io)).toBe(0);
    const rows = JSON.parse(out()) as { file: string; licence: string; matcher: string; closest: unknown }[];
    expect(rows.map((r) => [r.file, r.licence, r.matcher])).toEqual([
      ['LICENSE', 'MIT', 'exact'],
      ['README.md', 'MIT', 'reference'],
    ]);
    expect(rows[0]!.closest).toBeNull();
  });

  it('answers a model card from its front matter (matcher card), as a scan declares it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oq-licence-'));
    // Plain Hub ids in the front matter; the body names no licence at all.
    writeFileSync(
      join(dir, 'README.md'),
      '---\nlicense: apache-2.0\nlanguage: [en]\n---\n# Widget-7B\n\nA model.\n',
    );
    mkdirSync(join(dir, 'nc'));
    // The body adds a restriction: it joins the declaration, it does not replace it.
    writeFileSync(
      join(dir, 'nc', 'README.md'),
      '---\nlicense: mit\n---\n# Widget-7B-NC\n\nThe weights are for non-commercial use only.\n',
    );
    const { io, out } = fakeIO(dir);
    expect(await licence(['identify', 'README.md', 'nc/README.md', '--json'], io)).toBe(0);
    const rows = JSON.parse(out()) as { file: string; licence: string; matcher: string }[];
    expect(rows.map((r) => [r.file, r.licence, r.matcher])).toEqual([
      ['README.md', 'Apache-2.0', 'card'],
      ['nc/README.md', 'MIT AND LicenseRef-statement-non-commercial', 'card'],
    ]);
  });

  it('prints a table and exits 3 when a file gives no licence', async () => {
    const dir = repo();
    writeFileSync(join(dir, 'other.txt'), 'Lorem ipsum dolor sit amet.\n');
    const { io, out } = fakeIO(dir);
    expect(await licence(['identify', 'LICENSE', 'other.txt', '--format', 'table'], io)).toBe(3);
    expect(out()).toMatch(/^FILE\s+LICENCE\s+CONFIDENCE\s+MATCHER\s+CLOSEST/);
    expect(out()).toMatch(/LICENSE\s+MIT\s+\d+%\s+exact/);
  });

  it('answers many files in the order given, one read too large among them (files are read ahead)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oq-licence-'));
    const names = Array.from({ length: 9 }, (_, i) => (i === 4 ? 'big.txt' : `LICENSE-${i}`));
    for (const n of names) writeFileSync(join(dir, n), n === 'big.txt' ? 'x '.repeat(300 * 1024) : MIT);
    const { io, out } = fakeIO(dir);
    expect(await licence(['identify', ...names, '--json'], io)).toBe(3);
    const rows = JSON.parse(out()) as { file: string; licence: string | null; unread?: string }[];
    expect(rows.map((r) => r.file)).toEqual(names);
    expect(rows.map((r) => r.licence)).toEqual(names.map((n) => (n === 'big.txt' ? null : 'MIT')));
    expect(rows[4]!.unread).toMatch(/larger than 512 KiB/);
  });

  it('refuses a missing file and a missing subcommand (a ConfigError: exit 2 from main)', async () => {
    const { io } = fakeIO(repo());
    await expect(licence(['identify', 'nope.txt'], io)).rejects.toThrow(
      /nope\.txt: no such file or directory/,
    );
    await expect(licence(['nope'], io)).rejects.toThrow(/unknown subcommand "nope"/);
    expect(await licence([], io)).toBe(2);
  });

  it('prints help', async () => {
    const { io, out } = fakeIO(repo());
    expect(await licence(['--help'], io)).toBe(0);
    expect(out()).toContain('openquota licence identify');
  });
});
