import { describe, expect, it } from 'vitest';
import { pickLicenceFiles } from '../../src/detect/candidates.js';

describe('pickLicenceFiles', () => {
  it('ranks LICENSE first, then model licences, then the README; never NOTICE or use policies', () => {
    const picked = pickLicenceFiles([
      'README.md',
      'NOTICE',
      'USE_POLICY.md',
      'ACKNOWLEDGEMENTS',
      'LICENSE_MODEL',
      'LICENSE',
      'config.json',
      'model.safetensors',
      'LICENSES/MIT.txt',
      'docs/README.md',
      'license.py',
    ]);
    expect(picked.map((p) => p.path)).toEqual([
      'LICENSE',
      'LICENSE_MODEL',
      'LICENSES/MIT.txt',
      'README.md',
      'docs/README.md',
    ]);
    expect(picked.find((p) => p.path === 'README.md')?.role).toBe('readme');
    expect(picked.find((p) => p.path === 'LICENSE')?.role).toBe('licence');
  });

  it('knows the other spellings', () => {
    const names = [
      'LICENCE.txt',
      'COPYING',
      'COPYING.LESSER',
      'UNLICENSE',
      'LICENSE-MIT',
      'MIT-LICENSE',
      'LICENSE-MODEL',
      'MODEL_LICENSE',
    ];
    expect(
      pickLicenceFiles(names)
        .map((p) => p.path)
        .sort(),
    ).toEqual([...names].sort());
  });
});
