// THIRD_PARTY_NOTICES: every bundled package with the licence openquota's engine read from its
// licence file; the build refuses what it cannot establish or does not allow; the committed file
// is what the current bundles hold.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildBundles } from '../../scripts/bundles.js';
import {
  bundledPackageDirs,
  idsOf,
  loadNoticesPolicy,
  NoticeError,
  type NoticesPolicy,
  noticesFor,
  packageDirOf,
  readPackage,
} from '../../scripts/notices.js';

const root = resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const spdxText = (id: string) =>
  (require(`spdx-license-list/licenses/${id}.json`) as { licenseText: string }).licenseText;

const work = mkdtempSync(join(tmpdir(), 'openquota-notices-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const policy: NoticesPolicy = {
  minConfidence: 0.9,
  allow: { MIT: 'permissive', 'CC-BY-3.0': 'attribution' },
  reviewed: { 'data-only@1.0.0': { licence: 'CC-BY-3.0', reason: 'read by hand' } },
};

/** A fake package under work/node_modules/NAME with the given files. */
function fakePackage(name: string, pkg: Record<string, unknown>, files: Record<string, string>): string {
  const dir = join('node_modules', name);
  mkdirSync(join(work, dir), { recursive: true });
  writeFileSync(join(work, dir, 'package.json'), JSON.stringify({ name, version: '1.0.0', ...pkg }));
  for (const [file, text] of Object.entries(files)) writeFileSync(join(work, dir, file), text);
  return dir;
}

const mit = spdxText('MIT').replace('<year>', '2024').replace('<copyright holders>', 'Jane Doe');

describe('which packages went into which bundle', () => {
  it('takes the innermost package of each input, scoped or nested', () => {
    expect(packageDirOf('node_modules/@octokit/core/dist-src/index.js')).toBe('node_modules/@octokit/core');
    expect(packageDirOf('node_modules/spdx-satisfies/node_modules/spdx-expression-parse/index.js')).toBe(
      'node_modules/spdx-satisfies/node_modules/spdx-expression-parse',
    );
    expect(packageDirOf('src/scan.ts')).toBeUndefined();
    const dirs = bundledPackageDirs({
      outputs: {
        'dist/cli.js': { inputs: { 'node_modules/yaml/dist/index.js': {}, 'src/cli/index.ts': {} } },
        'dist/index.js': { inputs: { 'node_modules/yaml/dist/parse.js': {} } },
      },
    });
    expect([...dirs]).toEqual([['node_modules/yaml', ['dist/cli.js', 'dist/index.js']]]);
  });

  it('reads the ids of an expression', () => {
    expect(idsOf('(MIT AND CC-BY-3.0)')).toEqual(['MIT', 'CC-BY-3.0']);
    expect(idsOf('Apache-2.0 WITH LLVM-exception OR MIT')).toEqual(['Apache-2.0', 'LLVM-exception', 'MIT']);
  });
});

describe('each package is read by the engine from its licence file', () => {
  it('an honest MIT package: identified from LICENSE, text kept for the notice', () => {
    const dir = fakePackage('honest', { license: 'MIT' }, { LICENSE: mit, 'index.js': '' });
    const p = readPackage(work, dir, ['dist/cli.js'], policy);
    expect(p.licence).toBe('MIT');
    expect(p.basis).toMatch(/^LICENSE: MIT \(/);
    expect(p.texts.map((t) => t.file)).toEqual(['LICENSE']);
    expect(p.texts[0]!.text).toContain('Jane Doe');
  });

  it('package.json alone is not enough: "MIT" with no licence text is refused', () => {
    const dir = fakePackage('says-mit', { license: 'MIT' }, { 'README.md': '# says-mit\n\nA helper.\n' });
    expect(() => readPackage(work, dir, ['dist/cli.js'], policy)).toThrow(NoticeError);
    expect(() => readPackage(work, dir, ['dist/cli.js'], policy)).toThrow(/cannot establish its licence/);
  });

  it('a licence the policy does not allow fails the build, whatever package.json says', () => {
    const dir = fakePackage('copyleft', { license: 'MIT' }, { COPYING: spdxText('GPL-3.0-only') });
    expect(() => readPackage(work, dir, ['dist/cli.js'], policy)).toThrow(/GPL-3.0/);
  });

  it('an MIT file does not hide a disallowed id that package.json declares beside it', () => {
    const dir = fakePackage('dual', { license: '(MIT AND GPL-3.0-only)' }, { LICENSE: mit });
    expect(() => readPackage(work, dir, ['dist/cli.js'], policy)).toThrow(/GPL-3.0-only/);
  });

  it('a second licence file the engine cannot identify is not ignored', () => {
    const dir = fakePackage(
      'two-files',
      { license: 'MIT' },
      { LICENSE: mit, 'LICENSE-EXTRA': 'You may use this only on Tuesdays and must tell the author.\n' },
    );
    expect(() => readPackage(work, dir, ['dist/cli.js'], policy)).toThrow(/LICENSE-EXTRA/);
  });

  it('a reviewed entry covers exactly the version that was read, not the next', () => {
    const ok = fakePackage('data-only', { license: 'CC-BY-3.0' }, { 'index.json': '[]' });
    expect(readPackage(work, ok, ['dist/cli.js'], policy).basis).toMatch(/reviewed by hand: read by hand/);
    const next = fakePackage('data-only', { version: '1.0.1', license: 'CC-BY-3.0' }, { 'index.json': '[]' });
    expect(() => readPackage(work, next, ['dist/cli.js'], policy)).toThrow(NoticeError);
  });
});

describe('the committed THIRD_PARTY_NOTICES', () => {
  it('lists every package the current bundles hold, with the licence the engine found', async () => {
    const result = await buildBundles({ absWorkingDir: root });
    const expected = noticesFor(
      result.metafile,
      root,
      loadNoticesPolicy(join(root, 'scripts/notices-policy.json')),
    );
    const committed = readFileSync(join(root, 'THIRD_PARTY_NOTICES'), 'utf8');
    expect(committed, 'THIRD_PARTY_NOTICES is stale: run `npm run build` and commit it').toBe(expected);
    for (const dir of bundledPackageDirs(result.metafile).keys()) {
      const { name, version } = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
      expect(committed).toContain(`\n${name} ${version}\nLicence: `);
    }
    // engines is true to what is bundled: no bundled package asks for a newer Node than we declare.
    const floor = (range: string) =>
      Math.max(
        ...[...range.matchAll(/>=\s*(\d+)(?:\.(\d+))?/g)].map((m) => Number(m[1]) * 1000 + Number(m[2] ?? 0)),
      );
    const ours = floor(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).engines.node);
    for (const dir of bundledPackageDirs(result.metafile).keys()) {
      const { name, engines } = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8'));
      if (engines?.node && /^[\s>=\d.]+$/.test(engines.node))
        expect(floor(engines.node), `${name} needs Node ${engines.node}`).toBeLessThanOrEqual(ours);
    }
    // The packages' own legal comments stay in the bundles (MIT and BSD ask for it): in each file,
    // entry or chunk, that holds CycloneDX's code.
    const withCycloneDx = Object.entries(result.metafile.outputs)
      .filter(([, o]) => Object.keys(o.inputs).some((i) => i.includes('@cyclonedx/cyclonedx-library/')))
      .map(([out]) => out);
    expect(withCycloneDx.some((out) => out.startsWith('dist/chunks/'))).toBe(true);
    for (const out of withCycloneDx) {
      const file = result.outputFiles.find((f) => f.path === join(root, out))!;
      expect(file.text, out).toContain('Copyright (c) OWASP Foundation');
    }
  }, 60_000);
});
