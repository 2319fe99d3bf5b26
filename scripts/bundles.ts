// esbuild's options for dist/: shared by the build, the benchmarks and the notices test, which
// rebuilds the bundles in memory to check that THIRD_PARTY_NOTICES lists what they hold.
import { existsSync } from 'node:fs';
import { type BuildOptions, build, type Metafile, type OutputFile, type Plugin } from 'esbuild';

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
 * @actions/core imports @actions/http-client for its OIDC token call (`core.getIDToken`), and
 * http-client imports undici at load for one thing: a `ProxyAgent` for `getAgentDispatcher()`.
 * The Action calls neither (its requests go through openquota's own transport), yet undici was
 * 766 KiB of the Action's start-up code, compiled on every run. In the Action bundle only, that
 * import resolves to a module whose `ProxyAgent` throws, saying why, if anything ever constructs it.
 */
const noProxyDispatcher: Plugin = {
  name: 'no-proxy-dispatcher',
  setup(b) {
    b.onResolve({ filter: /^undici$/ }, (args) =>
      args.importer.includes('@actions/http-client')
        ? { path: 'undici', namespace: 'oq-no-undici' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'oq-no-undici' }, () => ({
      contents:
        'export class ProxyAgent { constructor() { throw new Error("openquota\'s Action bundles no undici: @actions/http-client\'s proxy dispatcher is not available (scripts/bundles.ts)"); } }',
      loader: 'js',
    }));
  },
};

/**
 * The Action (action.yml `main: dist/action.js`), split like the CLI into chunks of its own
 * (dist/action-chunks/, committed beside it: GitHub runs the Action from the repository as
 * committed, chunks included; not in the npm package's files), so a merge loads no scanner and a
 * scan no check mode. Absent from a checkout without src/action (the npm package).
 */
export const actionOptions: (BuildOptions & typeof common) | undefined = existsSync('src/action/index.ts')
  ? {
      ...common,
      entryPoints: { action: 'src/action/index.ts' },
      plugins: [noProxyDispatcher],
      splitting: true,
      chunkNames: 'action-chunks/[name]-[hash]',
    }
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
