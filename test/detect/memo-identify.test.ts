import spdx from 'spdx-license-list/full.js';
import { describe, expect, it } from 'vitest';
import { identifyText } from '../../src/detect/identify.js';
import { memoiseIdentify } from '../../src/detect/resolve.js';
import type { Detection } from '../../src/types.js';

describe('memoiseIdentify', () => {
  const mit = spdx.MIT!.licenseText;

  it('identifies each distinct text once, reporting each file back', () => {
    const calls: string[] = [];
    const identify = memoiseIdentify((text, options) => {
      calls.push(options.file);
      return identifyText(text, options);
    });
    const a = identify(mit, { file: 'a/LICENSE', role: 'licence' });
    const b = identify(mit, { file: 'b/LICENSE', role: 'licence' });
    expect(calls).toEqual(['a/LICENSE']);
    expect(a.licence).toBe('MIT');
    expect([a.file, b.file]).toEqual(['a/LICENSE', 'b/LICENSE']);
  });

  it('keys by role and by every byte: a README and a one-character change are identified again', () => {
    let calls = 0;
    const identify = memoiseIdentify((text, options) => {
      calls++;
      return identifyText(text, options);
    });
    identify(mit, { file: 'LICENSE', role: 'licence' });
    identify(mit, { file: 'README.md', role: 'readme' });
    // A team that appends a restriction to a copy of a text identified before gets its own answer.
    const changed = identify(`${mit}\nYou may not use this for military purposes.\n`, {
      file: 'LICENSE',
      role: 'licence',
    });
    expect(calls).toBe(3);
    expect(changed.licence).not.toBe('MIT');
  });

  it('hands each caller its own copy', () => {
    const identify = memoiseIdentify(
      (): Detection => ({ licence: 'MIT', confidence: 1, matcher: 'x', extra: ['a'] }),
    );
    const first = identify('t', { file: 'f', role: 'licence' });
    first.extra!.push('changed');
    expect(identify('t', { file: 'g', role: 'licence' }).extra).toEqual(['a']);
  });
});
