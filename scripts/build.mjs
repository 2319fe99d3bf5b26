// Builds dist/ (run as `node --import tsx scripts/build.mjs`, so the notices can use openquota's
// own licence engine from src/):
//  - dist/cli.js, dist/index.js (with their shared dist/chunks/), dist/action.js (with its own
//    dist/action-chunks/): esbuild bundles
//    carrying every dependency (scripts/bundles.ts);
//  - THIRD_PARTY_NOTICES: each bundled package with the licence the engine read from its licence
//    file; nothing is written when a package's licence cannot be established or is not allowed;
//  - dist/index.d.ts: the library's types, self-contained (scripts/build-types.mjs).
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { buildTypes } from './build-types.mjs';
import { buildBundles } from './bundles.ts';
import { noticesFor } from './notices.ts';

const result = await buildBundles();
let notices;
try {
  notices = noticesFor(result.metafile, process.cwd());
} catch (error) {
  console.error(`build refused: ${error.message}`);
  process.exit(1);
}
// A chunk's name is its content's hash: the last build's chunks go, or stale ones would linger.
await rm('dist/chunks', { recursive: true, force: true });
await rm('dist/action-chunks', { recursive: true, force: true });
for (const file of result.outputFiles) {
  await mkdir(dirname(file.path), { recursive: true });
  await writeFile(file.path, file.contents);
}
await writeFile('THIRD_PARTY_NOTICES', notices);
const expanded = await buildTypes('dist/index.d.ts');
const kib = (files) => `${(files.reduce((n, f) => n + f.contents.length, 0) / 1024).toFixed(0)} KiB`;
const relative = (f) => f.path.replace(`${process.cwd()}/`, '');
const chunks = result.outputFiles.filter((f) => relative(f).startsWith('dist/chunks/'));
const actionChunks = result.outputFiles.filter((f) => relative(f).startsWith('dist/action-chunks/'));
console.log(
  `built ${result.outputFiles
    .filter((f) => !chunks.includes(f) && !actionChunks.includes(f))
    .map((f) => `${relative(f)} (${kib([f])})`)
    .join(', ')}, ${chunks.length} chunks in dist/chunks (${kib(chunks)}), ` +
    `${actionChunks.length} in dist/action-chunks (${kib(actionChunks)}), ` +
    `dist/index.d.ts (zod-computed types written out: ${expanded.join(', ')}), THIRD_PARTY_NOTICES`,
);
