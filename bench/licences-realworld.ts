/**
 * A proxy for text the engine has never seen: licence files found on this machine, each with a label
 * from a source independent of our engine, scored for openquota, licensee and licensecheck with the
 * same rules as bench/licences.ts (bench/licence-peers.ts).
 *
 * - npm: LICENSE / LICENCE / COPYING files of packages under ../main/node_modules (or this checkout's
 *   node_modules), labelled with the package.json `license` field (a valid SPDX expression; packages
 *   with several licence files are left out, as one file may hold only one of the licences).
 * - common-licenses: /usr/share/common-licenses/*, labelled by the file name (GPL-2 -> GPL-2.0-only:
 *   the bare text names no "or later"; Artistic is Perl's, Artistic-1.0-Perl; BSD is BSD-3-Clause).
 * - debian-copyright: /usr/share/doc/{pkg}/copyright in the machine-readable format, labelled with
 *   every licence its `License:` fields name (AND), when each is one licence with an SPDX id.
 *   Files that are not machine-readable, or name a licence SPDX lacks, are counted as unlabelled.
 *
 * Identical texts are scored once (the first label seen; a copy labelled otherwise is counted as a
 * label conflict). Our wrong answers are listed, each to be judged: the engine wrong, or the label.
 *
 *   npm run bench:realworld [-- --limit N]
 */
import { createHash } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { identifyText, licenceInfo } from '../src/detect/identify.js';
import { decodeLicenceBytes } from '../src/detect/normalise.js';
import { LIMITS } from '../src/read/limits.js';
import { parseExpression } from '../src/spdx/expression.js';
import { type Answer, approvable, canon, runPeers } from './licence-peers.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
type Source = 'npm' | 'common-licenses' | 'debian-copyright';
interface Case {
  key: string;
  path: string;
  source: Source;
  /** The independent label; null when the source gives none (scored as answered / abstained only). */
  label: string | null;
}

const LICENCE_FILE = /^(?:licen[cs]e|copying)(?:[.-][\w.-]*)?$/i;

/** Package directories under a node_modules tree, nested ones included. */
function packageDirs(dir: string, out: string[] = [], depth = 0): string[] {
  if (depth > 8 || !existsSync(dir)) return out;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.name.startsWith('@')) {
      packageDirs(full, out, depth + 1);
      continue;
    }
    if (existsSync(join(full, 'package.json'))) out.push(full);
    if (existsSync(join(full, 'node_modules'))) packageDirs(join(full, 'node_modules'), out, depth + 1);
  }
  return out;
}

function npmCases(): Case[] {
  const modules = [resolve(root, '..', '..', 'main', 'node_modules'), join(root, 'node_modules')].find((d) =>
    existsSync(d),
  );
  if (!modules) return [];
  const out: Case[] = [];
  for (const dir of packageDirs(realpathSync(modules))) {
    let pkg: { license?: unknown; name?: unknown };
    try {
      pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    } catch {
      continue;
    }
    if (typeof pkg.name !== 'string' || typeof pkg.license !== 'string') continue;
    const parsed = parseExpression(pkg.license);
    if (!parsed.ok) continue;
    const files = readdirSync(dir).filter((f) => LICENCE_FILE.test(f) && statSync(join(dir, f)).isFile());
    if (files.length !== 1) continue;
    out.push({
      key: `npm:${pkg.name}/${files[0]}`,
      path: join(dir, files[0]!),
      source: 'npm',
      label: parsed.expression,
    });
  }
  return out;
}

// Debian's common-licenses by file name; the GNU texts alone name no "or later".
const COMMON: Record<string, string> = {
  'Apache-2.0': 'Apache-2.0',
  Artistic: 'Artistic-1.0-Perl',
  BSD: 'BSD-3-Clause',
  'CC0-1.0': 'CC0-1.0',
  'GFDL-1.2': 'GFDL-1.2-only',
  'GFDL-1.3': 'GFDL-1.3-only',
  'GPL-1': 'GPL-1.0-only',
  'GPL-2': 'GPL-2.0-only',
  'GPL-3': 'GPL-3.0-only',
  'LGPL-2': 'LGPL-2.0-only',
  'LGPL-2.1': 'LGPL-2.1-only',
  'LGPL-3': 'LGPL-3.0-only',
  'MPL-1.1': 'MPL-1.1',
  'MPL-2.0': 'MPL-2.0',
};

function commonCases(): Case[] {
  const dir = '/usr/share/common-licenses';
  if (!existsSync(dir)) return [];
  // GPL, LGPL and GFDL are symlinks to the latest version: scored once, as the file they point to.
  return readdirSync(dir)
    .filter((f) => !lstatSync(join(dir, f)).isSymbolicLink())
    .map((f) => ({
      key: `common:${f}`,
      path: join(dir, f),
      source: 'common-licenses' as const,
      label: COMMON[f] ?? null,
    }));
}

/** A Debian short licence name as an SPDX id (GPL-2+ -> GPL-2.0-or-later, Expat -> MIT), or null. */
function debianName(name: string): string | null {
  const n = name.trim();
  if (/^expat$/i.test(n)) return 'MIT';
  const gnu = /^(A?GPL|LGPL|GFDL)-?v?(\d(?:\.\d)?)(\+)?$/i.exec(n);
  if (gnu) {
    const version = gnu[2]!.includes('.') ? gnu[2] : `${gnu[2]}.0`;
    const family = gnu[1]!.toUpperCase();
    // LGPL-2 is the Library GPL 2.0; GFDL versions are 1.1-1.3.
    const v = family === 'GFDL' ? gnu[2]! : version;
    return licenceInfo(`${family}-${v}-${gnu[3] ? 'or-later' : 'only'}`)?.id ?? null;
  }
  if (/^apache-2$/i.test(n)) return 'Apache-2.0';
  if (/^cc0$/i.test(n)) return 'CC0-1.0';
  const info = licenceInfo(n);
  return info?.spdx ? info.id : null;
}

function debianCases(): Case[] {
  const doc = '/usr/share/doc';
  if (!existsSync(doc)) return [];
  const out: Case[] = [];
  for (const pkg of readdirSync(doc)) {
    const path = join(doc, pkg, 'copyright');
    if (!existsSync(path) || !statSync(path).isFile()) continue;
    const text = readFileSync(path, 'utf8');
    let label: string | null = null;
    if (/^Format:\s*\S*copyright-format/m.test(text)) {
      const names = [...text.matchAll(/^License:[ \t]*(\S[^\n]*)$/gm)].map((m) => m[1]!.trim());
      const ids = names.map((n) => (/\s(?:or|and|with)\s|[,|&]/i.test(n) ? null : debianName(n)));
      if (names.length > 0 && ids.every((id) => id !== null)) label = [...new Set(ids)].join(' AND ');
    }
    out.push({ key: `debian:${pkg}`, path, source: 'debian-copyright', label });
  }
  return out;
}

const limitAt = process.argv.indexOf('--limit');
const limit = limitAt > 0 ? Number(process.argv[limitAt + 1]) : Number.POSITIVE_INFINITY;
const all = [...npmCases(), ...commonCases(), ...debianCases()];
// Identical texts once; a copy labelled otherwise is a label conflict (the labels disagree, not us).
const seen = new Map<string, Case>();
const conflicts: string[] = [];
const cases: Case[] = [];
let tooLong = 0;
for (const c of all) {
  const bytes = readFileSync(c.path);
  if (bytes.length > LIMITS.licenceText) {
    tooLong++;
    continue;
  }
  const hash = createHash('sha1').update(bytes).digest('hex');
  const first = seen.get(hash);
  if (first) {
    if (canon(first.label) !== canon(c.label))
      conflicts.push(`${c.key} (${c.label}) = ${first.key} (${first.label})`);
    continue;
  }
  seen.set(hash, c);
  if (cases.length < limit) cases.push(c);
}

// --- openquota ---------------------------------------------------------------------------------
const ours = new Map<string, Answer>();
const started = performance.now();
for (const c of cases) {
  const d = identifyText(decodeLicenceBytes(readFileSync(c.path)), {
    file: basename(c.path),
    role: 'licence',
  });
  ours.set(c.key, { licence: d.licence });
}
const oursMs = performance.now() - started;
const { peers, notRun } = runPeers(
  cases.map((c) => ({ key: c.key, path: c.path, role: 'licence' as const })),
);

// --- scoring --------------------------------------------------------------------------------------
type Score = { ok: number; wrong: number; abstained: number; answered: number; unlabelled: number };
const SOURCES: Source[] = ['npm', 'common-licenses', 'debian-copyright'];
function score(answers: Map<string, Answer>): { by: Record<string, Score>; wrong: string[] } {
  const by: Record<string, Score> = {};
  for (const k of [...SOURCES, 'ALL']) by[k] = { ok: 0, wrong: 0, abstained: 0, answered: 0, unlabelled: 0 };
  const wrong: string[] = [];
  for (const c of cases) {
    const got = canon(answers.get(c.key)?.licence ?? null);
    for (const k of [c.source, 'ALL']) {
      const s = by[k]!;
      if (c.label === null) {
        s.unlabelled++;
        if (got !== null) s.answered++;
      } else if (got === canon(c.label)) s.ok++;
      else if (got === null) s.abstained++;
      else s.wrong++;
    }
    if (c.label !== null && got !== null && got !== canon(c.label))
      wrong.push(`${c.key}: label ${c.label}, answer ${answers.get(c.key)?.licence} (${c.path})`);
  }
  return { by, wrong };
}

const rows: [string, ReturnType<typeof score>, number][] = [
  ['openquota', score(ours), oursMs],
  ...peers.map((p): [string, ReturnType<typeof score>, number] => [p.name, score(p.answers), p.ms]),
];
const labelled = cases.filter((c) => c.label !== null).length;
console.log(
  `Licence files found on this machine: ${cases.length} distinct texts (${labelled} labelled by a source independent of the engine), ${all.length - cases.length - tooLong} copies scored once, ${tooLong} over the ${LIMITS.licenceText / 1024} KiB read cap left out\n`,
);
for (const n of notRun) console.log(n);
console.log(
  [
    'tool',
    ...SOURCES.map((s) => `${s} right/wrong/abstained`),
    'ALL right/wrong/abstained',
    'unlabelled answered',
    'time',
  ].join(' | '),
);
for (const [name, s, ms] of rows) {
  const cell = (k: string) => `${s.by[k]!.ok}/${s.by[k]!.wrong}/${s.by[k]!.abstained}`;
  console.log(
    [
      name,
      ...SOURCES.map(cell),
      cell('ALL'),
      `${s.by.ALL!.answered}/${s.by.ALL!.unlabelled}`,
      `${(ms / 1000).toFixed(2)} s`,
    ].join(' | '),
  );
}
if (conflicts.length > 0)
  console.log(
    `\nlabel conflicts (identical texts, different labels): ${conflicts.length}\n  ${conflicts.slice(0, 20).join('\n  ')}`,
  );
// Our wrong answers a policy could approve (the label may be what is wrong: each is listed to judge).
const approving = cases.filter((c) => {
  const got = ours.get(c.key)?.licence ?? null;
  return (
    c.label !== null &&
    got !== null &&
    canon(got) !== canon(c.label) &&
    approvable(got) &&
    !approvable(c.label)
  );
});
console.log(
  `\nopenquota wrong answers that would approve a licence its label says a policy denies: ${approving.length}${approving.map((c) => `\n  ${c.key}: label ${c.label}, answer ${ours.get(c.key)?.licence}`).join('')}`,
);
for (const [name, s] of rows) {
  if (s.wrong.length === 0) continue;
  const shown = name === 'openquota' ? s.wrong : s.wrong.slice(0, 15);
  console.log(
    `\nwrong answers of ${name} (${s.wrong.length}):\n  ${shown.join('\n  ')}${shown.length < s.wrong.length ? '\n  …' : ''}`,
  );
}
