import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import spdx from 'spdx-license-list/full.js';
import { describe, expect, it } from 'vitest';
import { pickLicenceFiles } from '../../src/detect/candidates.js';
import { createGitSource, displayUrl, isGitUrl, refuseGitUrl } from '../../src/sources/git.js';
import type { Release } from '../../src/types.js';
import { tempDir } from '../support/cli.js';
import { makeRepo } from '../support/git-repos.js';
import { lfsPointer } from '../support/github-world.js';

const MIT = spdx.MIT!.licenseText;

function source(options: { timeoutMs?: number; tempDir?: string } = {}) {
  return createGitSource({ pickFiles: pickLicenceFiles, env: { PATH: process.env.PATH }, ...options });
}

function release(url: string): Release {
  return { source: 'git', id: url, team: 't', declared: false, origin: `git: ${url}`, listing: url };
}

describe('git source', () => {
  it('clones by file:// URL: commit, files, LFS pointers with sizes, licence texts, front matter, links', async () => {
    const repo = makeRepo({
      files: {
        LICENSE: MIT,
        'README.md':
          '---\nlicense: mit\n---\n# m\n\nWeights: https://huggingface.co/example-k-ai-team/open-mit-1b\n',
        'model.safetensors': lfsPointer(7_000_000_000, 'm'),
        '.gitattributes': '*.safetensors filter=lfs diff=lfs merge=lfs -text\n',
      },
    });
    const temp = tempDir('openquota-clones-');
    const evidence = await source({ tempDir: temp }).inspect(release(repo.url));
    expect(evidence.facts).toMatchObject({
      source: 'git',
      revision: repo.commit,
      availability: 'public',
      declaredLicences: [{ origin: 'readme-front-matter', value: 'mit' }],
      links: ['https://huggingface.co/example-k-ai-team/open-mit-1b'],
    });
    expect(evidence.facts.files).toEqual(['.gitattributes', 'LICENSE', 'README.md', 'model.safetensors']);
    expect((evidence.facts.raw as { lfs: unknown[] }).lfs).toEqual([
      expect.objectContaining({ path: 'model.safetensors', size: 7_000_000_000 }),
    ]);
    expect(evidence.texts.map((t) => [t.path, t.role, Boolean(t.text)])).toEqual([
      ['LICENSE', 'licence', true],
      ['README.md', 'readme', true],
    ]);
    // The temporary clone is gone.
    expect(readdirSync(temp)).toEqual([]);
  });

  it('a LICENSE symlinked out of the clone is refused and reported as unreadable', async () => {
    const outside = join(tempDir(), 'secret.txt');
    writeFileSync(outside, 'not yours');
    const repo = makeRepo({ files: { 'w.bin': 'x' }, symlinks: { LICENSE: outside } });
    const evidence = await source().inspect(release(repo.url));
    expect(evidence.texts).toEqual([
      expect.objectContaining({
        path: 'LICENSE',
        error: 'refused: a symlink to a path outside the repository',
      }),
    ]);
    expect(JSON.stringify(evidence)).not.toContain('not yours');
  });

  it('a URL beginning with --upload-pack= is refused before git runs', async () => {
    const marker = join(tempDir(), 'ran');
    const url = `--upload-pack=touch ${marker}`;
    const evidence = await source().inspect(release(url));
    expect(evidence.facts.failure).toMatchObject({ code: 'URL_REFUSED' });
    expect(existsSync(marker)).toBe(false);
  });

  it.each([
    ['ext::sh -c touch% /tmp/pwned', 'remote helpers'],
    ['http://example.com/a.git', 'only https'],
    ['git://example.com/a.git', 'only https'],
  ])('refuses %s', (url, reason) => {
    expect(refuseGitUrl(url)).toContain(reason);
  });

  it('a clone that takes too long is killed at the time limit and its directory removed', async () => {
    // A repository whose HEAD is a FIFO: git-upload-pack blocks opening it until killed.
    const dir = join(tempDir(), 'slow.git');
    mkdirSync(join(dir, 'objects'), { recursive: true });
    mkdirSync(join(dir, 'refs'), { recursive: true });
    execFileSync('mkfifo', [join(dir, 'HEAD')]);
    const temp = tempDir('openquota-clones-');
    const started = Date.now();
    const evidence = await source({ timeoutMs: 500, tempDir: temp }).inspect(
      release(pathToFileURL(dir).href),
    );
    expect(evidence.facts.failure).toMatchObject({ code: 'TIMEOUT' });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(readdirSync(temp)).toEqual([]);
  });

  it('a clone that fails is a GIT_ERROR with credentials stripped from the URL', async () => {
    const evidence = await source().inspect(release('file:///nonexistent/openquota/repo'));
    expect(evidence.facts.failure).toMatchObject({ code: 'GIT_ERROR' });
    expect(displayUrl('https://user:secret@example.com/a.git')).toBe('https://example.com/a.git');
  });

  it('claims git URLs on hosts without their own source', () => {
    expect(isGitUrl('https://gitlab.com/a/b.git')).toBe(true);
    expect(isGitUrl('git@gitlab.com:a/b.git')).toBe(true);
    expect(isGitUrl('https://github.com/a/b')).toBe(false);
    expect(isGitUrl('LGAI-EXAONE/EXAONE-4.0-32B')).toBe(false);
  });
});
