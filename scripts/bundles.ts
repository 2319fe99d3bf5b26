// esbuild's options for dist/: shared by the build and by the notices test, which rebuilds the
// bundles in memory to check that THIRD_PARTY_NOTICES lists what they hold.
import { existsSync } from 'node:fs';
import type { BuildOptions } from 'esbuild';

/** dist/ name -> entry module. The Action bundle is the repository's, not the npm package's. */
export const entryPoints: Record<string, string> = { cli: 'src/cli/index.ts', index: 'src/index.ts' };
if (existsSync('src/action/index.ts')) entryPoints.action = 'src/action/index.ts';

/** The bundles carry every dependency, so neither an npm install nor the Action needs node_modules. */
export const bundleOptions = {
  entryPoints,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // The bundled packages' own licence and copyright comments (/*! … */, @license, @preserve), at
  // the end of each file, beside THIRD_PARTY_NOTICES: MIT and BSD ask that they stay with the code.
  legalComments: 'eof',
  metafile: true,
  // Optional plug-ins of @cyclonedx/cyclonedx-library (XML output, schema validation), loaded
  // lazily inside try/catch; openquota emits JSON only and validates in tests.
  external: ['xmlbuilder2', 'libxmljs2', 'ajv', 'ajv-formats', 'ajv-formats-draft2019'],
  logLevel: 'warning',
  // Some dependencies are CommonJS: they call require() on Node built-ins and read __dirname.
  banner: {
    js: [
      "import { createRequire as __oqCreateRequire } from 'node:module';",
      "import { fileURLToPath as __oqFileURLToPath } from 'node:url';",
      "import { dirname as __oqDirname } from 'node:path';",
      'const require = __oqCreateRequire(import.meta.url);',
      'const __filename = __oqFileURLToPath(import.meta.url);',
      'const __dirname = __oqDirname(__filename);',
    ].join(' '),
  },
} satisfies BuildOptions;
