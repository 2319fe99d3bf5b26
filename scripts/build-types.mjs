// Writes dist/index.d.ts: the library's types as one self-contained file. The npm package carries
// no runtime dependency (dist/ bundles them), so a declaration that said `import { z } from 'zod'`
// would break every strict consumer. Two steps:
//  1. tsc's declaration emit of src/index.ts and what it imports, where each type alias computed
//     from a zod schema (`type Policy = z.output<typeof policySchema>`) is replaced by the plain
//     object type the compiler computes for it (`{ id: string; threshold: number; … }`);
//  2. rollup-plugin-dts joins the files into one and drops what the entry does not reach.
// The build fails if the result still imports anything but Node's built-in modules.
import { readdirSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rollup } from 'rollup';
import { dts } from 'rollup-plugin-dts';
import ts from 'typescript';

const ENTRY = 'src/index.ts';

/** Compiler options of tsconfig.json, turned to declaration emit into `outDir`. */
function compilerOptions(outDir) {
  const config = ts.readConfigFile('tsconfig.json', ts.sys.readFile);
  if (config.error) throw new Error(ts.flattenDiagnosticMessageText(config.error.messageText, '\n'));
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, '.');
  return {
    ...options,
    noEmit: false,
    declaration: true,
    emitDeclarationOnly: true,
    outDir,
    rootDir: '.',
    stripInternal: true,
  };
}

/** Whether a type node mentions the zod namespace (`z.output<…>`, `z.ZodObject<…>`). */
function mentionsZod(node) {
  let found = false;
  const visit = (n) => {
    if (found) return;
    if (ts.isQualifiedName(n) && ts.isIdentifier(n.left) && n.left.text === 'z') found = true;
    else ts.forEachChild(n, visit);
  };
  visit(node);
  return found;
}

/** The declaration transformer: zod-computed type aliases become the types they compute. */
function expandZodAliases(checker, expanded) {
  const flags =
    ts.NodeBuilderFlags.NoTruncation |
    ts.NodeBuilderFlags.InTypeAlias |
    ts.NodeBuilderFlags.MultilineObjectLiterals |
    ts.NodeBuilderFlags.UseSingleQuotesForStringLiteralType;
  return (context) => (file) =>
    ts.visitEachChild(
      file,
      function visit(node) {
        if (!ts.isTypeAliasDeclaration(node) || !mentionsZod(node.type)) return node;
        const original = ts.getOriginalNode(node);
        const symbol = ts.isTypeAliasDeclaration(original)
          ? checker.getSymbolAtLocation(original.name)
          : undefined;
        const type = symbol && checker.getDeclaredTypeOfSymbol(symbol);
        const plain = type && checker.typeToTypeNode(type, undefined, flags);
        if (!plain || mentionsZod(plain)) {
          throw new Error(`build-types: cannot expand ${node.name.text} without zod's types`);
        }
        expanded.push(node.name.text);
        return context.factory.updateTypeAliasDeclaration(
          node,
          node.modifiers,
          node.name,
          node.typeParameters,
          plain,
        );
      },
      context,
    );
}

/** Emits the declarations of ENTRY's module graph into `outDir`; returns the expanded alias names. */
function emitDeclarations(outDir) {
  // src/types-ext/ declares the untyped packages the sources import (spdx-satisfies, …).
  const ambient = readdirSync('src/types-ext').map((f) => join('src/types-ext', f));
  const program = ts.createProgram([ENTRY, ...ambient], compilerOptions(outDir));
  const checker = program.getTypeChecker();
  const expanded = [];
  const result = program.emit(undefined, undefined, undefined, true, {
    afterDeclarations: [expandZodAliases(checker, expanded)],
  });
  const problems = [...ts.getPreEmitDiagnostics(program), ...result.diagnostics];
  if (problems.length > 0) {
    const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => '.', getNewLine: () => '\n' };
    throw new Error(`build-types: declaration emit failed\n${ts.formatDiagnostics(problems, host)}`);
  }
  return expanded;
}

const isBuiltin = (id) => id.startsWith('node:') || builtinModules.includes(id);

/**
 * Builds `out` (default dist/index.d.ts); throws when the result imports a package. Returns the
 * names of the aliases it expanded.
 */
export async function buildTypes(out = 'dist/index.d.ts') {
  const dir = await mkdtemp(join(tmpdir(), 'openquota-dts-'));
  let expanded;
  try {
    expanded = emitDeclarations(dir);
    const bundle = await rollup({
      input: join(dir, ENTRY.replace(/\.ts$/, '.d.ts')),
      plugins: [dts()],
      external: isBuiltin,
      // The per-file declarations of the schemas still import zod; what the entry reaches must not
      // (checked below), so an unresolved import is only an error if it survives.
      onwarn: (warning) => {
        if (warning.code === 'UNRESOLVED_IMPORT') return;
        throw new Error(`build-types: ${warning.message}`);
      },
    });
    await bundle.write({ file: out, format: 'es' });
    await bundle.close();
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const text = await readFile(out, 'utf8');
  const imported = [...text.matchAll(/\bfrom\s+['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)]
    .map((m) => m[1] ?? m[2])
    .filter((id) => !isBuiltin(id));
  if (imported.length > 0) {
    throw new Error(
      `build-types: ${out} imports ${[...new Set(imported)].join(', ')}, which an install of openquota does not carry; ` +
        'keep such types out of the library surface (src/index.ts) or expand them here',
    );
  }
  await writeFile(
    out,
    `// Types of openquota's library entry (dist/index.js); generated by scripts/build-types.mjs.\n${text}`,
  );
  return [...new Set(expanded)].sort();
}
