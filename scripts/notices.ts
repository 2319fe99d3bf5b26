/**
 * THIRD_PARTY_NOTICES from esbuild's metafile: which npm packages went into which dist/ file, and
 * the licence of each as openquota's own engine (identifyText) reads it from the package's licence
 * file. A licence-compliance tool takes no package's word for its licence: package.json is only
 * compared with what the file says. The build fails (NoticeError) on a package whose licence the
 * engine cannot establish or that scripts/notices-policy.json does not allow.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { identifyText } from '../src/detect/identify.js';
import type { Detection } from '../src/types.js';

/** The project's policy for its own bundles (scripts/notices-policy.json). */
export interface NoticesPolicy {
  minConfidence: number;
  /** SPDX id -> why it may be bundled. */
  allow: Record<string, string>;
  /** `name@version` -> the licence a person read, for a package with no identifiable licence text. */
  reviewed: Record<string, { licence: string; reason: string }>;
}

/** The part of esbuild's metafile read here: each output's inputs, and the outputs it imports. */
export interface Metafile {
  outputs: Record<
    string,
    { inputs: Record<string, unknown>; imports?: { path: string; external?: boolean }[] }
  >;
}

/** One bundled package, with what its licence file says. */
export interface BundledPackage {
  name: string;
  version: string;
  /** Where it was read, relative to the project (node_modules/…). */
  dir: string;
  /** The dist/ files it went into. */
  bundles: string[];
  /** package.json's `license`, compared only. */
  declared: string | null;
  /** The licence: the engine's reading of `file`, or a reviewed entry of the policy. */
  licence: string;
  /** How the licence was established, for the notice. */
  basis: string;
  /** The texts reproduced: licence file and NOTICE file, when present. */
  texts: { file: string; text: string }[];
}

/** A package the build refuses to bundle, and why. */
export class NoticeError extends Error {
  override name = 'NoticeError';
}

/** `node_modules/@scope/name/dist/x.js` -> `node_modules/@scope/name` (the innermost package). */
export function packageDirOf(input: string): string | undefined {
  return input.match(/^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//)?.[1];
}

/**
 * Output -> the dist/ files it is part of: an entry (an output no other imports: dist/cli.js,
 * dist/index.js, dist/action.js) is itself; a chunk (dist/chunks/) belongs to every entry that
 * loads it, statically or by import(), directly or through other chunks. The notices name what a
 * user runs or imports, never a chunk's hashed name.
 */
export function entriesOfOutputs(metafile: Metafile): Map<string, string[]> {
  const imports = (out: string) =>
    (metafile.outputs[out]?.imports ?? []).filter((i) => !i.external && i.path in metafile.outputs);
  const imported = new Set(Object.keys(metafile.outputs).flatMap((out) => imports(out).map((i) => i.path)));
  const entries = new Map<string, Set<string>>();
  for (const entry of Object.keys(metafile.outputs)) {
    if (entry.endsWith('.map') || imported.has(entry)) continue;
    const stack = [entry];
    const seen = new Set<string>();
    while (stack.length > 0) {
      const out = stack.pop()!;
      if (seen.has(out)) continue;
      seen.add(out);
      entries.set(out, (entries.get(out) ?? new Set()).add(entry));
      stack.push(...imports(out).map((i) => i.path));
    }
  }
  return new Map([...entries].map(([out, of]) => [out, [...of].sort()]));
}

/** Package dir -> the dist/ files (entries) whose code holds it. */
export function bundledPackageDirs(metafile: Metafile): Map<string, string[]> {
  const entries = entriesOfOutputs(metafile);
  const dirs = new Map<string, Set<string>>();
  for (const [output, { inputs }] of Object.entries(metafile.outputs)) {
    for (const entry of entries.get(output) ?? []) {
      for (const input of Object.keys(inputs)) {
        const dir = packageDirOf(input);
        if (dir) dirs.set(dir, (dirs.get(dir) ?? new Set()).add(entry));
      }
    }
  }
  return new Map([...dirs].map(([dir, outs]) => [dir, [...outs].sort()]));
}

const LICENCE_FILE = /^(?:licen[cs]e|copying)(?:[-_.][\w.-]*)?$/i;
const NOTICE_FILE = /^notice(?:\.(?:md|txt))?$/i;
const README_FILE = /^readme(?:\.(?:md|markdown|txt))?$/i;

/** The SPDX ids an expression names: `(MIT AND CC-BY-3.0)` -> MIT, CC-BY-3.0. */
export function idsOf(expression: string): string[] {
  return expression
    .replace(/[()]/g, ' ')
    .split(/\s+(?:AND|OR|WITH)\s+|\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function detect(dir: string, file: string, role: 'licence' | 'readme'): Detection {
  return identifyText(readFileSync(join(dir, file), 'utf8'), { file, role });
}

/**
 * Reads one package: its licence file(s) through the engine (the README only when it ships no
 * licence file), else the policy's reviewed entry for exactly this version; throws NoticeError
 * when neither establishes the licence, or when it or package.json names an id not allowed.
 */
export function readPackage(
  root: string,
  dir: string,
  bundles: string[],
  policy: NoticesPolicy,
): BundledPackage {
  const abs = join(root, dir);
  const pkg = JSON.parse(readFileSync(join(abs, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
    license?: unknown;
  };
  const key = `${pkg.name}@${pkg.version}`;
  const declared = typeof pkg.license === 'string' ? pkg.license : null;
  const files = readdirSync(abs).sort();
  const licenceFiles = files.filter((f) => LICENCE_FILE.test(f));
  const candidates: [string, 'licence' | 'readme'][] = licenceFiles.length
    ? licenceFiles.map((f) => [f, 'licence'])
    : files.filter((f) => README_FILE.test(f)).map((f) => [f, 'readme']);
  const read = candidates.map(([file, role]) => ({ file, role, d: detect(abs, file, role) }));
  const found = read.filter(({ d }) => d.licence !== null && d.confidence >= policy.minConfidence);
  // Every licence file must be identified (a second one may add terms); a README only stands in
  // for a missing licence file, so one that names the licence is enough.
  const established = licenceFiles.length > 0 ? found.length === read.length : found.length > 0;
  const reviewed = policy.reviewed[key];
  let licence: string;
  let basis: string;
  if (established) {
    licence = [...new Set(found.map(({ d }) => d.licence!))].join(' AND ');
    basis = found
      .map(({ file, d }) => `${file}: ${d.licence} (${d.matcher}, ${Math.round(d.confidence * 100)}%)`)
      .join('; ');
  } else if (reviewed) {
    licence = reviewed.licence;
    basis = `no licence text the engine identifies (read: ${read.map(({ file }) => file).join(', ') || 'none'}); reviewed by hand: ${reviewed.reason}`;
  } else {
    const what = read
      .map(
        ({ file, d }) => `${file} (${d.licence ?? `unidentified, closest ${d.closest?.licence ?? 'none'}`})`,
      )
      .join(', ');
    throw new NoticeError(
      `${key} (${dir}, bundled in ${bundles.join(', ')}): openquota's engine cannot establish its licence from ${what || 'no licence file and no README'}. ` +
        'Do not bundle it, or read its terms and add a reviewed entry for exactly this version to scripts/notices-policy.json.',
    );
  }
  const refused = [...new Set([...idsOf(licence), ...(declared ? idsOf(declared) : [])])].filter(
    (id) => !(id in policy.allow),
  );
  if (refused.length > 0) {
    throw new NoticeError(
      `${key} (${dir}, bundled in ${bundles.join(', ')}) is under ${refused.join(', ')} ` +
        `(licence file: ${licence}; package.json: ${declared ?? 'none'}), which scripts/notices-policy.json does not allow in openquota's bundles.`,
    );
  }
  const texts = [...licenceFiles, ...files.filter((f) => NOTICE_FILE.test(f))].map((file) => ({
    file,
    text: readFileSync(join(abs, file), 'utf8').trim(),
  }));
  return { name: pkg.name, version: pkg.version, dir, bundles, declared, licence, basis, texts };
}

/** Every bundled package, read and checked; one copy per name@version (nested duplicates merge). */
export function collectPackages(metafile: Metafile, root: string, policy: NoticesPolicy): BundledPackage[] {
  const byKey = new Map<string, BundledPackage>();
  for (const [dir, bundles] of bundledPackageDirs(metafile)) {
    const p = readPackage(root, dir, bundles, policy);
    const key = `${p.name}@${p.version}`;
    const seen = byKey.get(key);
    if (seen) seen.bundles = [...new Set([...seen.bundles, ...bundles])].sort();
    else byKey.set(key, p);
  }
  return [...byKey.values()].sort(
    (a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version),
  );
}

const RULE = '='.repeat(78);

/** The THIRD_PARTY_NOTICES text: a table of contents per dist/ file, then each package's texts. */
export function renderNotices(packages: BundledPackage[]): string {
  const outputs = [...new Set(packages.flatMap((p) => p.bundles))].sort();
  const head = [
    "Third-party software bundled into openquota's dist/ files",
    '',
    "Generated by `npm run build` (scripts/notices.ts) from esbuild's metafile; do not edit.",
    "Each licence was identified by openquota's own engine (src/detect/identify.ts) from the",
    "package's licence file, and compared with its package.json; the build fails on a package",
    'whose licence the engine cannot establish or that scripts/notices-policy.json does not allow.',
    "The bundles keep the packages' own legal comments at their end.",
    '',
    ...outputs.flatMap((out) => [
      `${out}:`,
      ...packages
        .filter((p) => p.bundles.includes(out))
        .map((p) => `  ${p.name} ${p.version} (${p.licence})`),
      '',
    ]),
  ];
  const body = packages.flatMap((p) => [
    RULE,
    `${p.name} ${p.version}`,
    `Licence: ${p.licence}`,
    `Identified from ${p.basis}`,
    `package.json says: ${p.declared ?? '(nothing)'}`,
    `Bundled in: ${p.bundles.join(', ')}`,
    ...p.texts.flatMap(({ file, text }) => ['', `--- ${file} ---`, '', text]),
    '',
  ]);
  return `${[...head, ...body].join('\n').trimEnd()}\n`;
}

/** Reads the policy file. */
export function loadNoticesPolicy(file = 'scripts/notices-policy.json'): NoticesPolicy {
  return JSON.parse(readFileSync(file, 'utf8')) as NoticesPolicy;
}

/** THIRD_PARTY_NOTICES for a build's metafile (paths relative to `root`, as esbuild writes them). */
export function noticesFor(metafile: Metafile, root: string, policy = loadNoticesPolicy()): string {
  return renderNotices(collectPackages(metafile, root, policy));
}
