import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  readBounded,
  readBoundedSync,
  readBoundedText,
  readBoundedTextSync,
} from '../../src/read/bounded.js';
import { decodeText } from '../../src/read/decode.js';
import { LIMITS, nestsDeeperThan } from '../../src/read/limits.js';
import { readInside } from '../../src/sources/directory.js';
import { tempDir } from '../support/cli.js';

// No timing assertions: a FIFO that blocked would hang the test until vitest's timeout fails it.
let dir: string;
let socketServer: Server;
beforeAll(async () => {
  dir = tempDir();
  execFileSync('mkfifo', [join(dir, 'fifo')]);
  mkdirSync(join(dir, 'folder'));
  socketServer = createServer();
  await new Promise<void>((done) => socketServer.listen(join(dir, 'socket'), done));
});
afterAll(async () => {
  await new Promise((done) => socketServer.close(done));
});

describe('readBounded: regular files only, never more than the cap', () => {
  it.each([
    ['a FIFO with no writer', 'fifo', 'is a FIFO (named pipe), not a regular file'],
    ['a directory', 'folder', 'is a directory, not a regular file'],
    ['a socket', 'socket', 'is a socket, not a regular file'],
  ])('refuses %s at once', async (_name, file, message) => {
    expect(await readBounded(join(dir, file), 1024)).toEqual({ ok: false, reason: 'not-regular', message });
  });

  it('refuses /dev/zero (a character device) instead of reading it forever', async () => {
    expect(await readBounded('/dev/zero', LIMITS.licenceText)).toMatchObject({
      ok: false,
      reason: 'not-regular',
      message: 'is a character device, not a regular file',
    });
  });

  it('a missing file', async () => {
    expect(await readBounded(join(dir, 'nope'), 10)).toMatchObject({ ok: false, reason: 'missing' });
  });

  it('reads up to the cap and says when there was more; exactly the cap is not truncated', async () => {
    writeFileSync(join(dir, 'ten'), '0123456789');
    expect(await readBounded(join(dir, 'ten'), 4)).toMatchObject({ ok: true, truncated: true });
    expect(((await readBounded(join(dir, 'ten'), 4)) as { bytes: Buffer }).bytes.toString()).toBe('0123');
    expect(await readBounded(join(dir, 'ten'), 10)).toMatchObject({ ok: true, truncated: false });
  });

  it('a file whose size fstat does not tell (/proc) is read to its end, still bounded by the cap', async () => {
    const all = await readBounded('/proc/self/status', LIMITS.licenceText);
    expect(all).toMatchObject({ ok: true, truncated: false });
    expect((all as { bytes: Buffer }).bytes.toString()).toMatch(/^Name:[\s\S]*\n$/);
    expect(await readBounded('/proc/self/status', 10)).toMatchObject({ ok: true, truncated: true });
  });

  it('a file of several read chunks is read whole into one buffer of its size, or cut at the cap', async () => {
    const big = 'x'.repeat(3 * 1024 * 1024 + 5);
    writeFileSync(join(dir, 'big'), big);
    const read = await readBounded(join(dir, 'big'), 4 * 1024 * 1024);
    expect(read).toMatchObject({ ok: true, truncated: false });
    expect((read as { bytes: Buffer }).bytes.toString()).toBe(big);
    const cut = await readBounded(join(dir, 'big'), 2 * 1024 * 1024 + 1);
    expect(cut).toMatchObject({ ok: true, truncated: true });
    expect((cut as { bytes: Buffer }).bytes.length).toBe(2 * 1024 * 1024 + 1);
    expect(await readBounded(join(dir, 'big'), big.length)).toMatchObject({ ok: true, truncated: false });
  });

  it('follows a symlink to a regular file, refuses one to a FIFO', async () => {
    symlinkSync(join(dir, 'ten'), join(dir, 'link-ten'));
    symlinkSync(join(dir, 'fifo'), join(dir, 'link-fifo'));
    expect(await readBoundedText(join(dir, 'link-ten'), 100)).toMatchObject({ ok: true, text: '0123456789' });
    expect(await readBounded(join(dir, 'link-fifo'), 100)).toMatchObject({
      ok: false,
      reason: 'not-regular',
    });
  });

  it('a repository LICENSE that is a symlink to a FIFO inside the checkout is refused (check DIR)', async () => {
    const repo = tempDir();
    execFileSync('mkfifo', [join(repo, 'pipe')]);
    symlinkSync('pipe', join(repo, 'LICENSE'));
    expect(await readInside(repo, 'LICENSE', LIMITS.licenceText)).toEqual({
      error: 'refused: a symlink to something other than a regular file',
    });
    writeFileSync(join(repo, 'BIG'), 'x'.repeat(LIMITS.licenceText + 10));
    expect(await readInside(repo, 'BIG', LIMITS.licenceText)).toMatchObject({ truncated: true });
  });
});

describe('readBoundedSync: the same answers as readBounded, without the thread pool', () => {
  it.each([
    ['a FIFO with no writer', 'fifo'],
    ['a directory', 'folder'],
    ['a socket', 'socket'],
    ['a missing file', 'nope'],
    ['a symlink to a FIFO', 'link-fifo'],
  ])('refuses %s at once, as readBounded does', async (_name, file) => {
    expect(readBoundedSync(join(dir, file), 1024)).toEqual(await readBounded(join(dir, file), 1024));
  });

  it('refuses /dev/zero', () => {
    expect(readBoundedSync('/dev/zero', LIMITS.licenceText)).toMatchObject({
      ok: false,
      reason: 'not-regular',
      message: 'is a character device, not a regular file',
    });
  });

  it('reads up to the cap and says when there was more; exactly the cap is not truncated', () => {
    writeFileSync(join(dir, 'ten-sync'), '0123456789');
    const cut = readBoundedSync(join(dir, 'ten-sync'), 4);
    expect(cut).toMatchObject({ ok: true, truncated: true });
    expect((cut as { bytes: Buffer }).bytes.toString()).toBe('0123');
    expect(readBoundedSync(join(dir, 'ten-sync'), 10)).toMatchObject({ ok: true, truncated: false });
    expect(readBoundedTextSync(join(dir, 'ten-sync'), 100)).toMatchObject({ ok: true, text: '0123456789' });
  });

  it('a file whose size fstat does not tell (/proc) is read to its end, still bounded by the cap', () => {
    const all = readBoundedSync('/proc/self/status', LIMITS.licenceText);
    expect(all).toMatchObject({ ok: true, truncated: false });
    expect((all as { bytes: Buffer }).bytes.toString()).toMatch(/^Name:/);
    expect(readBoundedSync('/proc/self/status', 10)).toMatchObject({ ok: true, truncated: true });
  });

  it('a file larger than one read chunk is read whole', () => {
    const big = 'y'.repeat(3 * 1024 * 1024 + 5);
    writeFileSync(join(dir, 'big-sync'), big);
    const read = readBoundedTextSync(join(dir, 'big-sync'), 4 * 1024 * 1024);
    expect(read).toMatchObject({ ok: true, truncated: false });
    expect((read as { text: string }).text).toBe(big);
  });
});

describe('decodeText: one rule for every file', () => {
  const text = 'Licence © 2025 — Ünïcode';
  const bom16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  const be = Buffer.from(text, 'utf16le');
  be.swap16();
  const bom16be = Buffer.concat([Buffer.from([0xfe, 0xff]), be]);

  it.each([
    ['UTF-8', Buffer.from(text, 'utf8')],
    ['UTF-8 with a BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
    ['UTF-16 LE with a BOM', bom16le],
    ['UTF-16 BE with a BOM', bom16be],
  ])('%s', (_name, bytes) => {
    expect(decodeText(bytes)).toBe(text);
  });

  it('Latin-1 when the bytes are not UTF-8 (a file saved by an old Windows editor)', () => {
    expect(decodeText(Buffer.from('Licence © 2025', 'latin1'))).toBe('Licence © 2025');
  });

  it('a UTF-8 text cut by a cap inside a character stays UTF-8 (not Latin-1 mojibake)', () => {
    const bytes = Buffer.from('aé', 'utf8').subarray(0, 2); // 'a' + the first byte of 'é'
    expect(decodeText(bytes, true)).toBe('a');
    expect(decodeText(Buffer.from('a€', 'utf8').subarray(0, 3), true)).toBe('a');
  });

  it('a UTF-16 text cut at an odd byte drops the half character', () => {
    expect(decodeText(bom16le.subarray(0, 7), true)).toBe('Li');
  });
});

describe('nestsDeeperThan', () => {
  it('measures without recursion: a 100,000-deep value does not exhaust the stack', () => {
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(nestsDeeperThan(deep, LIMITS.depth)).toBe(true);
    expect(nestsDeeperThan({ a: [{ b: 1 }] }, 3)).toBe(false);
    expect(nestsDeeperThan({ a: [{ b: [] }] }, 3)).toBe(true);
  });
});
