// Builds dist/ (run as `node --import tsx scripts/build.mjs`, so the notices can use openquota's
// own licence engine from src/):
//  - dist/cli.js, dist/index.js, dist/action.js: esbuild bundles carrying every dependency;
//  - THIRD_PARTY_NOTICES: each bundled package with the licence the engine read from its licence
//    file; nothing is written when a package's licence cannot be established or is not allowed;
//  - dist/index.d.ts: the library's types, self-contained (scripts/build-types.mjs).
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { build } from 'esbuild';
import { buildTypes } from './build-types.mjs';
import { bundleOptions } from './bundles.ts';
import { noticesFor } from './notices.ts';

const result = await build({ ...bundleOptions, write: false });
let notices;
try {
  notices = noticesFor(result.metafile, process.cwd());
} catch (error) {
  console.error(`build refused: ${error.message}`);
  process.exit(1);
}
for (const file of result.outputFiles) {
  await mkdir(dirname(file.path), { recursive: true });
  await writeFile(file.path, file.contents);
}
await writeFile('THIRD_PARTY_NOTICES', notices);
const expanded = await buildTypes('dist/index.d.ts');
console.log(
  `built ${result.outputFiles.map((f) => `${f.path.replace(`${process.cwd()}/`, '')} (${(f.contents.length / 1024).toFixed(0)} KiB)`).join(', ')}, ` +
    `dist/index.d.ts (zod-computed types written out: ${expanded.join(', ')}), THIRD_PARTY_NOTICES`,
);
