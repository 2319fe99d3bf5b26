import { describe, expect, it } from 'vitest';
import { pickLicenceFiles } from '../../src/detect/candidates.js';
import {
  CAP_ERROR,
  isReleaseLicencePath,
  licenceFilesToRead,
  MAX_LICENCE_FILES,
} from '../../src/sources/licence-files.js';

describe('which licence files are the release’s', () => {
  const weightDirs = new Set(['original', 'checkpoints/v2']);
  it.each([
    ['LICENSE', true],
    ['LICENSES/Apache-2.0.txt', true],
    ['LICENCES/CC-BY-4.0.txt', true],
    ['original/LICENSE', true],
    ['checkpoints/v2/LICENSE.md', true],
    ['tests/fixtures/gpl/LICENSE', false],
    ['vendor/lib/COPYING', false],
    ['LICENSES/nested/MIT.txt', false],
    ['docs/LICENSE', false],
  ])('%s: %s', (path, own) => {
    expect(isReleaseLicencePath(path, weightDirs)).toBe(own);
  });
});

describe('licenceFilesToRead', () => {
  it('reads the top-level README and the own licence files, the linked one first', () => {
    const files = [
      'README.md',
      'docs/README.md',
      'LICENSE',
      'LICENSE.txt',
      'test/fixtures/LICENSE',
      'model.safetensors',
    ];
    expect(licenceFilesToRead(files, pickLicenceFiles, { first: ['LICENSE.txt'] })).toEqual({
      read: [
        { path: 'LICENSE.txt', role: 'licence' },
        { path: 'LICENSE', role: 'licence' },
        { path: 'README.md', role: 'readme' },
      ],
      unread: [],
    });
  });

  it('past the cap, the rest come back as unread texts, never dropped', () => {
    const files = Array.from(
      { length: MAX_LICENCE_FILES + 3 },
      (_, i) => `LICENSE-part${String(i).padStart(2, '0')}`,
    );
    const { read, unread } = licenceFilesToRead(files, pickLicenceFiles);
    expect(read).toHaveLength(MAX_LICENCE_FILES);
    expect(unread).toHaveLength(3);
    expect(unread[0]).toEqual({
      path: expect.stringMatching(/^LICENSE-part/),
      role: 'licence',
      error: CAP_ERROR,
    });
    // A file already read elsewhere (GitHub's licence API) counts towards the cap.
    const after = licenceFilesToRead(files, pickLicenceFiles, { alreadyRead: ['LICENSE-part00'] });
    expect(after.read).toHaveLength(MAX_LICENCE_FILES - 1);
    expect(after.unread).toHaveLength(3);
  });
});
