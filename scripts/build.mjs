// Bundles the CLI, the library and the GitHub Action into dist/ with esbuild. The bundles carry
// every dependency, so the Action runs from a checkout with no node_modules; data files stay in rules/.
import { existsSync } from 'node:fs';
import { build } from 'esbuild';

const entryPoints = { cli: 'src/cli/index.ts', index: 'src/index.ts' };
if (existsSync('src/action/index.ts')) entryPoints.action = 'src/action/index.ts';

await build({
  entryPoints,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
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
});
