import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pickLicenceFiles } from '../../detect/candidates.js';
import { cardBody, cardDetection } from '../../detect/card.js';
import { identifyText } from '../../detect/identify.js';
import { decodeLicenceBytes } from '../../detect/normalise.js';
import { frontMatterLicences } from '../../sources/repo-files.js';
import type { Detection } from '../../types.js';
import { type Command, EXIT } from '../io.js';

const HELP = `Usage: openquota licence identify FILE|DIR... [--json]

Identifies the licence of each file: an SPDX id, a LicenseRef id for model licences, an SPDX
expression for files holding several licences, or nothing (with the closest candidate) when no
reference text matches for sure. For a directory, reads the files a repository scan would
(LICENSE*, LICENCE*, COPYING*, LICENSES/*, LICENSE_MODEL, README / model card).

Options:
  --json       print a JSON array of {file, licence, confidence, matcher, closest, bearing, extra}
  -h, --help   show this help

Exit codes: 0 every file identified, 3 some file gave no licence, 2 usage error.
`;

// Directories are listed two levels deep: enough for LICENSES/ (REUSE) and a model folder.
const MAX_DEPTH = 2;

function listFiles(dir: string, depth = 0, base = dir): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory() && depth < MAX_DEPTH) out.push(...listFiles(full, depth + 1, base));
    else if (entry.isFile()) out.push(relative(base, full).split('\\').join('/'));
  }
  return out;
}

type Row = { file: string; detection: Detection };

function table(rows: Row[]): string {
  const cells = rows.map(({ file, detection: d }) => [
    file,
    d.licence ?? '-',
    `${Math.round(d.confidence * 100)}%`,
    d.matcher,
    d.licence === null && d.closest
      ? `${d.closest.licence} (${Math.round(d.closest.confidence * 100)}%)`
      : '',
  ]);
  const head = ['FILE', 'LICENCE', 'CONFIDENCE', 'MATCHER', 'CLOSEST'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) =>
    `${c
      .map((x, i) => x.padEnd(widths[i]!))
      .join('  ')
      .trimEnd()}\n`;
  // What the match left unexplained (a modified licence's added text, a renamed template's names) is
  // printed under its row, for the reader to judge.
  const extra = (d: Detection) => (d.extra ?? []).map((e) => `    + ${e}\n`).join('');
  return line(head) + cells.map((c, i) => line(c) + extra(rows[i]!.detection)).join('');
}

/** `openquota licence identify FILE|DIR... [--json]`: what licence each file holds. */
export const licence: Command = async (argv, io) => {
  const args = argv.filter((a) => a !== '--json');
  const json = args.length !== argv.length;
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(HELP);
    return EXIT.ok;
  }
  const [sub, ...targets] = args;
  const unknown = targets.find((t) => t.startsWith('-'));
  if (sub !== 'identify' || targets.length === 0 || unknown) {
    const why =
      sub !== 'identify'
        ? `unknown subcommand "${sub ?? ''}"`
        : unknown
          ? `unknown option ${unknown}`
          : 'no FILE or DIR given';
    io.stderr(`openquota licence: ${why}\n\n${HELP}`);
    return EXIT.usage;
  }
  const files: { shown: string; full: string; role: 'licence' | 'readme' }[] = [];
  for (const target of targets) {
    const full = resolve(io.cwd, target);
    let stat: ReturnType<typeof statSync>;
    try {
      stat = statSync(full);
    } catch {
      io.stderr(`openquota licence: no such file or directory: ${target}\n`);
      return EXIT.usage;
    }
    if (stat.isDirectory()) {
      for (const c of pickLicenceFiles(listFiles(full))) {
        files.push({ shown: join(target, c.path), full: join(full, c.path), role: c.role });
      }
    } else {
      const role = /^(?:readme|model[-_]?card)/i.test(full.split(/[\\/]/).pop() ?? '') ? 'readme' : 'licence';
      files.push({ shown: target, full, role });
    }
  }
  const rows: Row[] = files.map((f) => {
    const text = decodeLicenceBytes(readFileSync(f.full));
    const detection = identifyText(text, { file: f.shown, role: f.role });
    // A model card is answered from its front matter, as a scan reads it (declared), with the body's
    // additions (card.ts).
    const card =
      f.role === 'readme'
        ? cardDetection(frontMatterLicences(text), cardBody(text), detection, f.shown)
        : null;
    return { file: f.shown, detection: card ?? detection };
  });
  if (json) {
    const out = rows.map(({ file, detection: d }) => ({
      file,
      licence: d.licence,
      confidence: d.confidence,
      matcher: d.matcher,
      closest: d.closest ? { licence: d.closest.licence, confidence: d.closest.confidence } : null,
      bearing: d.bearing ?? null,
      extra: d.extra ?? [],
    }));
    io.stdout(`${JSON.stringify(out, null, 2)}\n`);
  } else if (rows.length === 0) {
    io.stdout('no licence files found\n');
  } else {
    io.stdout(table(rows));
  }
  return rows.length > 0 && rows.every((r) => r.detection.licence !== null) ? EXIT.ok : EXIT.incomplete;
};
