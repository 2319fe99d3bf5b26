// esbuild's options for dist/: shared by the build, the benchmarks and the notices test, which
// rebuilds the bundles in memory to check that THIRD_PARTY_NOTICES lists what they hold.
import { existsSync } from 'node:fs';
import { type BuildOptions, build, type Metafile, type OutputFile } from 'esbuild';

/** dist/ name -> entry module, of the npm package: the CLI and the library. */
export const entryPoints: Record<string, string> = { cli: 'src/cli/index.ts', index: 'src/index.ts' };

/** The bundles carry every dependency, so neither an npm install nor the Action needs node_modules. */
const common = {
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

/**
 * The npm package's CLI and library, split into chunks (dist/chunks/) that each command loads when
 * it runs: every `import()` in src/ (the CLI's commands, the renderers) becomes its own chunk, so
 * `--version` and `licence identify` compile a few hundred KiB instead of the whole 2.5 MB bundle.
 * The two entries share their chunks. Chunk names carry a hash of their content, so a build is
 * deterministic and a changed chunk is a new file.
 */
export const packageOptions = {
  ...common,
  entryPoints,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
} satisfies BuildOptions;

/**
 * The Action (action.yml `main: dist/action.js`): one self-contained file, since GitHub runs it
 * from the repository as committed. Absent from a checkout without src/action (the npm package).
 */
export const actionOptions: (BuildOptions & typeof common) | undefined = existsSync('src/action/index.ts')
  ? { ...common, entryPoints: { action: 'src/action/index.ts' } }
  : undefined;

/** What buildBundles made: every output file, and one metafile over all of them. */
export interface BundlesResult {
  outputFiles: OutputFile[];
  metafile: Metafile;
}

/**
 * Builds every dist/ bundle (the package's chunked CLI and library, then the Action) with the same
 * overrides (an `outdir`, `absWorkingDir`, …), in memory; the caller writes `outputFiles`.
 */
export async function buildBundles(overrides: BuildOptions = {}): Promise<BundlesResult> {
  const results = await Promise.all(
    [packageOptions, actionOptions]
      .filter((o) => o !== undefined)
      .map((o) => build({ ...o, ...overrides, write: false, metafile: true })),
  );
  return {
    outputFiles: results.flatMap((r) => r.outputFiles),
    metafile: {
      inputs: Object.assign({}, ...results.map((r) => r.metafile.inputs)),
      outputs: Object.assign({}, ...results.map((r) => r.metafile.outputs)),
    },
  };
}
