import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pickLicenceFiles } from '../../detect/candidates.js';
import { cardBody, cardDetection } from '../../detect/card.js';
import { identifyText } from '../../detect/identify.js';
import { formatBytes, readBoundedText } from '../../read/bounded.js';
import { LIMITS } from '../../read/limits.js';
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

Files are read up to ${formatBytes(LIMITS.licenceText)}: a longer file is not identified (only part of it
was read), and FIFOs, devices and sockets are refused.

Exit codes: 0 every file identified, 3 some file gave no licence (or was not read whole), 2 usage
error (a missing file, or one that is not a regular file).
`;

// Directories are listed two levels deep: enough for LICENSES/ (REUSE) and a model folder.
const MAX_DEPTH = 2;

function listFiles(dir: string, depth = 0, base = dir): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory() && depth < MAX_DEPTH) out.push(...listFiles(full, depth + 1, base));
    // Not only regular files: a FIFO or a symlink named LICENSE is listed so that it is reported
    // as not read, rather than skipped without a word.
    else if (!entry.isDirectory()) out.push(relative(base, full).split('\\').join('/'));
  }
  return out;
}

/** One file's answer: what was detected, or why the file was not read whole (then nothing is identified). */
type Row = { file: string; detection: Detection } | { file: string; unread: string };

function table(rows: Row[]): string {
  const cells = rows.map((row) => {
    if ('unread' in row) return [row.file, '-', '-', '-', `not identified: ${row.unread}`];
    const d = row.detection;
    return [
      row.file,
      d.licence ?? '-',
      `${Math.round(d.confidence * 100)}%`,
      d.matcher,
      d.licence === null && d.closest
        ? `${d.closest.licence} (${Math.round(d.closest.confidence * 100)}%)`
        : '',
    ];
  });
  const head = ['FILE', 'LICENCE', 'CONFIDENCE', 'MATCHER', 'CLOSEST'];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) =>
    `${c
      .map((x, i) => x.padEnd(widths[i]!))
      .join('  ')
      .trimEnd()}\n`;
  // What the match left unexplained (a modified licence's added text, a renamed template's names) is
  // printed under its row, for the reader to judge.
  const extra = (row: Row) =>
    'detection' in row ? (row.detection.extra ?? []).map((e) => `    + ${e}\n`).join('') : '';
  return line(head) + cells.map((c, i) => line(c) + extra(rows[i]!)).join('');
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
    } else if (!stat.isFile()) {
      // stat never blocks; a FIFO or /dev/zero given by name is a usage error, not a file to read.
      io.stderr(`openquota licence: ${target} is not a regular file (a FIFO, device or socket)\n`);
      return EXIT.usage;
    } else {
      const role = /^(?:readme|model[-_]?card)/i.test(full.split(/[\\/]/).pop() ?? '') ? 'readme' : 'licence';
      files.push({ shown: target, full, role });
    }
  }
  const rows: Row[] = [];
  for (const f of files) rows.push(await identifyFile(f));
  if (json) {
    const out = rows.map((row) =>
      'unread' in row
        ? { file: row.file, licence: null, confidence: 0, matcher: null, closest: null, unread: row.unread }
        : {
            file: row.file,
            licence: row.detection.licence,
            confidence: row.detection.confidence,
            matcher: row.detection.matcher,
            closest: row.detection.closest
              ? { licence: row.detection.closest.licence, confidence: row.detection.closest.confidence }
              : null,
            bearing: row.detection.bearing ?? null,
            extra: row.detection.extra ?? [],
          },
    );
    io.stdout(`${JSON.stringify(out, null, 2)}\n`);
  } else if (rows.length === 0) {
    io.stdout('no licence files found\n');
  } else {
    io.stdout(table(rows));
  }
  return rows.length > 0 && rows.every((r) => 'detection' in r && r.detection.licence !== null)
    ? EXIT.ok
    : EXIT.incomplete;
};

/**
 * Reads one file through the bounded reader and identifies it. A text over the cap is not
 * identified from its first part (fail closed: what follows may change the licence); a file that
 * turned into a FIFO or vanished since it was listed is reported, not waited on.
 */
async function identifyFile(f: { shown: string; full: string; role: 'licence' | 'readme' }): Promise<Row> {
  const read = await readBoundedText(f.full, LIMITS.licenceText);
  if (!read.ok) return { file: f.shown, unread: `the file ${read.message}` };
  if (read.truncated) {
    return {
      file: f.shown,
      unread: `larger than ${formatBytes(LIMITS.licenceText)}, so only its start was read`,
    };
  }
  const detection = identifyText(read.text, { file: f.shown, role: f.role });
  // A model card is answered from its front matter, as a scan reads it (declared), with the body's
  // additions (card.ts).
  const card =
    f.role === 'readme'
      ? cardDetection(frontMatterLicences(read.text), cardBody(read.text), detection, f.shown)
      : null;
  return { file: f.shown, detection: card ?? detection };
}
