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
  logLevel: 'warning',
  // Some dependencies are CommonJS and call require() on Node built-ins.
  banner: {
    js: "import { createRequire as __oqCreateRequire } from 'node:module'; const require = __oqCreateRequire(import.meta.url);",
  },
});
