import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pickLicenceFiles } from '../../detect/candidates.js';
import { cardBody, cardDetection } from '../../detect/card.js';
import { frontMatter } from '../../detect/front-matter.js';
import { identifyText } from '../../detect/identify.js';
import { checkOutputs } from '../../output-paths.js';
import { type BoundedText, formatBytes, readBoundedTextSync } from '../../read/bounded.js';
import { LIMITS } from '../../read/limits.js';
import type { Detection } from '../../types.js';
import { FLAG, formatFlag } from '../common-flags.js';
import { type CommandSpec, helpText, parseFlags } from '../flags.js';
import { type Command, EXIT } from '../io.js';
import { deliver, plannedOutputs, planOutput } from '../output.js';
import { Problems } from '../problems.js';

const FORMATS = ['table', 'json'] as const;

const SPEC: CommandSpec = {
  name: 'licence',
  usage: ['licence identify FILE|DIR... [options]'],
  about: [
    'Identifies the licence of each file: an SPDX id, a LicenseRef id for model licences, an SPDX expression for files holding several licences, or nothing (with the closest candidate) when no reference text matches for sure. For a directory, reads the files a repository scan would (LICENSE*, LICENCE*, COPYING*, LICENSES/*, LICENSE_MODEL, README / model card).',
    `Files are read up to ${formatBytes(LIMITS.licenceText)}: a longer file is not identified (only part of it was read), and FIFOs, devices and sockets are refused.`,
  ],
  flags: [
    formatFlag(FORMATS),
    {
      name: 'json',
      help: 'the same as --format json: a JSON array of {file, licence, confidence, matcher, closest, bearing, extra}',
    },
    FLAG.output,
    FLAG.quiet,
  ],
  footer: `Exit codes: 0 every file identified, 3 some file gave no licence (or was not read whole), 2 usage
            error (a missing file, or one that is not a regular file).`,
};

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

/** `openquota licence identify FILE|DIR... [--format table|json]`: what licence each file holds. */
export const licence: Command = async (argv, io) => {
  const problems = new Problems();
  const args = parseFlags(SPEC, argv, problems);
  const [sub, ...targets] = args.positionals;
  if (args.flag('help') || (!sub && problems.none)) {
    io.stdout(helpText(SPEC));
    return args.flag('help') ? EXIT.ok : EXIT.usage;
  }
  if (sub !== 'identify')
    problems.flag(
      sub ?? 'identify',
      `unknown subcommand "${sub ?? ''}"`,
      'openquota licence identify LICENSE',
    );
  else if (targets.length === 0)
    problems.flag('FILE', 'no FILE or DIR given', 'openquota licence identify LICENSE');
  const plan = planOutput(args, FORMATS, io, problems, 'table');
  if (args.flag('json')) {
    if (args.has('format') && plan.format !== 'json')
      problems.flag(
        '--json',
        `--json asks for json but --format asks for ${plan.format}`,
        'give one of them',
      );
    plan.format = 'json';
  }
  const files: { shown: string; full: string; role: 'licence' | 'readme' }[] = [];
  for (const target of sub === 'identify' ? targets : []) {
    const full = resolve(io.cwd, target);
    let stat: ReturnType<typeof statSync>;
    try {
      stat = statSync(full);
    } catch {
      problems.flag(target, 'no such file or directory', 'give a licence file or a directory');
      continue;
    }
    if (stat.isDirectory()) {
      for (const c of pickLicenceFiles(listFiles(full))) {
        files.push({ shown: join(target, c.path), full: join(full, c.path), role: c.role });
      }
    } else if (!stat.isFile()) {
      // stat never blocks; a FIFO or /dev/zero given by name is a usage error, not a file to read.
      problems.flag(
        target,
        'is not a regular file (a FIFO, device or socket)',
        'give a licence file or a directory',
      );
    } else {
      const role = /^(?:readme|model[-_]?card)/i.test(full.split(/[\\/]/).pop() ?? '') ? 'readme' : 'licence';
      files.push({ shown: target, full, role });
    }
  }
  // The output may sit beside the files read, never over one of them.
  await problems.gather(() =>
    checkOutputs({
      cwd: io.cwd,
      inputs: files.map((f) => ({ path: f.full, what: 'a file identified' })),
      ...plannedOutputs(plan),
    }),
  );
  problems.throwIfAny();
  const rows: Row[] = [];
  // Read one at a time, synchronously, just before each is identified: the reads are a few system
  // calls on local files, where the async reader's trips to the thread pool (open, stat, read, close)
  // cost more than the reads themselves. The bounded reader's guarantees are the same (read/bounded.ts).
  for (const f of files) rows.push(await identifyFile(f, readBoundedTextSync(f.full, LIMITS.licenceText)));
  let text: string;
  if (plan.format === 'json') {
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
    text = `${JSON.stringify(out, null, 2)}\n`;
  } else if (rows.length === 0) {
    text = 'no licence files found\n';
  } else {
    text = table(rows);
  }
  await deliver(text, plan, io);
  return rows.length > 0 && rows.every((r) => 'detection' in r && r.detection.licence !== null)
    ? EXIT.ok
    : EXIT.incomplete;
};

/**
 * Identifies one file read through the bounded reader. A text over the cap is not identified from its
 * first part (fail closed: what follows may change the licence); a file that turned into a FIFO or
 * vanished since it was listed is reported, not waited on.
 */
async function identifyFile(
  f: { shown: string; full: string; role: 'licence' | 'readme' },
  read: BoundedText,
): Promise<Row> {
  if (!read.ok) return { file: f.shown, unread: `the file ${read.message}` };
  if (read.truncated) {
    return {
      file: f.shown,
      unread: `larger than ${formatBytes(LIMITS.licenceText)}, so only its start was read`,
    };
  }
  const detection = identifyText(read.text, { file: f.shown, role: f.role });
  // A model card is answered from its front matter, as a scan reads it (declared), with the body's
  // additions (card.ts). The YAML parser loads only for a README that has front matter: a README
  // without any declares nothing (and loading it cost ~7 ms of a cold process).
  const card =
    f.role === 'readme' && frontMatter(read.text) !== undefined
      ? cardDetection(
          (await import('../../sources/repo-files.js')).frontMatterLicences(read.text),
          cardBody(read.text),
          detection,
          f.shown,
        )
      : null;
  return { file: f.shown, detection: card ?? detection };
}
