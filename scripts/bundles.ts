// esbuild's options for dist/: shared by the build, the benchmarks and the notices test, which
// rebuilds the bundles in memory to check that THIRD_PARTY_NOTICES lists what they hold.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import {
  type BuildOptions,
  build,
  type Metafile,
  type OnResolveArgs,
  type OutputFile,
  type Plugin,
} from 'esbuild';

/** dist/ name -> entry module, of the npm package: the CLI and the library. */
export const entryPoints: Record<string, string> = { cli: 'src/cli/index.ts', index: 'src/index.ts' };

/**
 * JSON data, smaller and quicker to start. esbuild writes a JSON import as a JavaScript object
 * literal, which V8 parses far more slowly than the same text given to `JSON.parse`; every process
 * that loads the chunk pays for it (spdx-license-list's 121 KB on the path of `licence identify`).
 * So a JSON file of any size is emitted as `module.exports = JSON.parse("…")`: one module per file
 * (an import with `with { type: 'json' }` and a plain `require` of it used to be two copies), the
 * same value for an ESM default import and a CommonJS require. And spdx-license-list's `spdx.json`
 * keeps only the fields openquota reads (`name`, `osiApproved`; not `url`): src/detect/corpus.ts
 * (`spdxMeta`) and src/policy/licences.ts are its only importers.
 */
const compactJson: Plugin = {
  name: 'compact-json',
  setup(b) {
    b.onLoad({ filter: /\.json$/ }, (args) => {
      let data: unknown = JSON.parse(readFileSync(args.path, 'utf8'));
      if (/[\\/]spdx-license-list[\\/]spdx\.json$/.test(args.path)) data = slimSpdxList(data);
      return {
        // An ES import (`with { type: 'json' }`, openquota's own) gets an ES default export; a
        // CommonJS require (spdx-expression-parse's) gets module.exports. Not CommonJS for both:
        // esbuild's ES view of a CommonJS module copies each of its keys (600 for spdx.json).
        contents: `${args.with.type === 'json' ? 'export default' : 'module.exports ='} JSON.parse(${JSON.stringify(JSON.stringify(data))});`,
        loader: 'js',
        resolveDir: dirname(args.path),
        watchFiles: [args.path],
      };
    });
  },
};

/** spdx-license-list's `spdx.json` with `name` and `osiApproved` only; refused if its shape changed. */
function slimSpdxList(data: unknown): Record<string, { name: string; osiApproved: boolean }> {
  const out: Record<string, { name: string; osiApproved: boolean }> = {};
  for (const [id, entry] of Object.entries(data as Record<string, unknown>)) {
    const e = entry as { name?: unknown; osiApproved?: unknown };
    if (typeof e.name !== 'string' || typeof e.osiApproved !== 'boolean')
      throw new Error(`spdx-license-list/spdx.json: ${id} has no string name or boolean osiApproved`);
    out[id] = { name: e.name, osiApproved: e.osiApproved };
  }
  return out;
}

/**
 * spdx-satisfies and spdx-compare (spdx-satisfies' own dependency) each carry a copy of
 * spdx-expression-parse 3 (the package's own import is version 5, which parses differently, and
 * stays apart). spdx-compare's import resolves to spdx-satisfies' copy when the two are the same
 * files, so the bundle holds that code once; if they ever differ, each keeps its own.
 */
const dedupeCopies: Plugin = {
  name: 'dedupe-copies',
  setup(b) {
    const resolveFrom = (args: OnResolveArgs, resolveDir: string) =>
      b.resolve(args.path, { kind: args.kind, resolveDir, pluginData: 'oq-dedupe' });
    b.onResolve({ filter: /^spdx-expression-parse$/ }, async (args) => {
      if (args.pluginData === 'oq-dedupe' || !/[\\/]spdx-compare[\\/]/.test(args.importer)) return undefined;
      const own = await resolveFrom(args, args.resolveDir);
      const satisfies = await b.resolve('spdx-satisfies/package.json', {
        kind: 'require-call',
        resolveDir: args.resolveDir,
        pluginData: 'oq-dedupe',
      });
      if (own.errors.length > 0 || satisfies.errors.length > 0) return undefined;
      const shared = await resolveFrom(args, dirname(satisfies.path));
      if (shared.errors.length > 0 || !sameFiles(dirname(own.path), dirname(shared.path))) return undefined;
      return { path: shared.path };
    });
  },
};

/** True when two package folders hold the same files with the same bytes (top level). */
function sameFiles(a: string, b: string): boolean {
  const names = (d: string) =>
    readdirSync(d, { withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => e.name)
      .sort();
  const [na, nb] = [names(a), names(b)];
  return (
    na.length === nb.length &&
    na.every((n, i) => n === nb[i] && readFileSync(join(a, n)).equals(readFileSync(join(b, n))))
  );
}

const BANNER = [
  "import { createRequire as __oqCreateRequire } from 'node:module';",
  "import { fileURLToPath as __oqFileURLToPath } from 'node:url';",
  "import { dirname as __oqDirname } from 'node:path';",
  'const require = __oqCreateRequire(import.meta.url);',
  'const __filename = __oqFileURLToPath(import.meta.url);',
  'const __dirname = __oqDirname(__filename);',
].join(' ');

/**
 * A file without the banner when nothing in it names `require`, `__filename` or `__dirname`: most
 * chunks are openquota's own ES modules, and each banner costs a process that loads the chunk three
 * built-in imports and a `createRequire` (`licence identify` loads about twenty chunks). A file that
 * names one anywhere (code, string or comment) keeps it, which is harmless.
 */
function withoutNeedlessBanner(file: OutputFile): OutputFile {
  if (!file.path.endsWith('.js')) return file;
  const text = file.text;
  const at = text.indexOf(BANNER);
  if (at === -1) return file;
  const end = at + BANNER.length + (text[at + BANNER.length] === '\n' ? 1 : 0);
  const rest = text.slice(0, at) + text.slice(end);
  if (/\b(?:require|__filename|__dirname)\b/.test(rest)) return file;
  const contents = new TextEncoder().encode(rest);
  return { path: file.path, contents, hash: file.hash, text: rest };
}

/**
 * The optional plug-ins of @cyclonedx/cyclonedx-library (XML output, schema validation): it
 * `require`s them as it loads, inside try/catch, and goes without what is missing. openquota emits
 * JSON only and validates it in tests, so in the bundles each resolves to a module that throws, as
 * a missing package would: left external, a `render --format cyclonedx` run where node_modules held
 * ajv (a checkout, a user's project) compiled it at start, a tenth of the run at 8,400 releases.
 */
const OPTIONAL_PLUGINS = ['xmlbuilder2', 'libxmljs2', 'ajv', 'ajv-formats', 'ajv-formats-draft2019'];

const absentOptionalPlugins: Plugin = {
  name: 'absent-optional-plugins',
  setup(b) {
    const filter = new RegExp(`^(?:${OPTIONAL_PLUGINS.join('|')})$`);
    b.onResolve({ filter }, (args) =>
      /[\\/]@cyclonedx[\\/]cyclonedx-library[\\/]/.test(args.importer)
        ? { path: args.path, namespace: 'oq-absent' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'oq-absent' }, (args) => ({
      contents: `throw new Error(${JSON.stringify(`${args.path} is not bundled: openquota emits CycloneDX as JSON and does not validate it at run time (scripts/bundles.ts)`)});`,
      loader: 'js',
    }));
  },
};

/**
 * zod's `locales` namespace (`z.locales.ar` … `z.locales.zhTW`): zod's index re-exports every
 * locale's messages, 366 KiB of code, and `import { z } from 'zod'` keeps them all (a namespace
 * used as a value is not tree-shaken), so every command that reads a file with a schema compiled
 * them. openquota says its problems itself and never sets a zod locale; zod registers English
 * itself (classic/schemas.js imports locales/en.js). In the bundles `z.locales` holds `en` only.
 */
const englishZodLocale: Plugin = {
  name: 'english-zod-locale',
  setup(b) {
    b.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, (args) => ({
      contents: 'export { default as en } from "./en.js";',
      loader: 'js',
      resolveDir: dirname(args.path),
    }));
  },
};

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
  plugins: [compactJson, dedupeCopies, absentOptionalPlugins, englishZodLocale],
  logLevel: 'warning',
  // Some dependencies are CommonJS: they call require() on Node built-ins and read __dirname.
  // buildBundles drops it again from each file that names none of the three.
  banner: { js: BANNER },
} satisfies BuildOptions;

/**
 * The licence command's own bundle (src/cli/main-licence.ts, the CLI's `licence` entry), one file
 * at dist/chunks/licence-cli.js: `main`, the command, the engine and the error path together, so
 * `licence identify` loads three files instead of about twenty chunks. In the chunked build,
 * src/cli/index.ts's import of it points at that file. It is built without splitting, so its
 * `import()`s are inlined, except what a licence run never loads: main.ts's other commands and
 * output.ts's renderers (the report formats), which resolve to a module that throws, saying why;
 * and src/sources/repo-files.ts (a README's front matter), a file of its own beside it. Nothing here
 * is shared with the chunks: a licence run loads only these files after dist/cli.js.
 */
const LICENCE_BUNDLE = 'chunks/licence-cli';
// A README's front matter is read with yaml (250 KiB of code) only for a README: its own file, beside.
const LICENCE_REPO_FILES = 'chunks/licence-repo-files';

const licenceBundleExternal: Plugin = {
  name: 'licence-bundle-external',
  setup(b) {
    b.onResolve({ filter: /^\.\/main-licence\.js$/ }, (args) =>
      /[\\/]src[\\/]cli[\\/]index\.ts$/.test(args.importer)
        ? { path: `./${LICENCE_BUNDLE}.js`, external: true }
        : undefined,
    );
  },
};

const NOT_IN_LICENCE_BUNDLE: { importer: RegExp; path: RegExp }[] = [
  { importer: /[\\/]src[\\/]cli[\\/]main\.ts$/, path: /^\.\/commands\/(?!licence\.js$)[\w-]+\.js$/ },
  { importer: /[\\/]src[\\/]cli[\\/]output\.ts$/, path: /^\.\.\/report\/index\.js$/ },
];

const licenceOnly: Plugin = {
  name: 'licence-only',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/\.\.\/sources\/repo-files\.js$/ }, (args) =>
      args.kind === 'dynamic-import' && /[\\/]src[\\/]cli[\\/]commands[\\/]licence\.ts$/.test(args.importer)
        ? { path: `./${basename(LICENCE_REPO_FILES)}.js`, external: true }
        : undefined,
    );
    b.onResolve({ filter: /^\./ }, (args) =>
      args.kind === 'dynamic-import' &&
      NOT_IN_LICENCE_BUNDLE.some((n) => n.importer.test(args.importer) && n.path.test(args.path))
        ? { path: args.path, namespace: 'oq-not-in-licence-bundle' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'oq-not-in-licence-bundle' }, (args) => ({
      contents: `throw new Error(${JSON.stringify(`openquota's licence bundle does not hold ${args.path}: a licence run never loads it (scripts/bundles.ts)`)});`,
      loader: 'js',
    }));
  },
};

/** dist/chunks/licence-cli.js (see licenceOnly). */
export const licenceOptions = {
  ...common,
  entryPoints: {
    [LICENCE_BUNDLE]: 'src/cli/main-licence.ts',
    [LICENCE_REPO_FILES]: 'src/sources/repo-files.ts',
  },
  plugins: [...common.plugins, licenceOnly],
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
  plugins: [...common.plugins, licenceBundleExternal],
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
      plugins: [...common.plugins, noProxyDispatcher],
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
    [packageOptions, licenceOptions, actionOptions]
      .filter((o) => o !== undefined)
      .map((o) => build({ ...o, ...overrides, write: false, metafile: true })),
  );
  return {
    outputFiles: results.flatMap((r) => r.outputFiles).map(withoutNeedlessBanner),
    metafile: {
      inputs: Object.assign({}, ...results.map((r) => r.metafile.inputs)),
      outputs: Object.assign({}, ...results.map((r) => r.metafile.outputs)),
    },
  };
}
