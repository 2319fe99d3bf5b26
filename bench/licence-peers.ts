/**
 * What the licence benchmarks share: how an answer is compared with a label (one rule for every
 * tool), and how the peers, GitHub's licensee and Debian's licensecheck, are run on a list of files
 * in one process each. bench/licences.ts (the shared corpus) and bench/licences-realworld.ts (licence
 * files found on this machine) both score with these.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { licenceInfo } from '../src/detect/identify.js';

/**
 * Labels of labels.tsv that name, in the corpus's own words, what the engine names by its general
 * rule; each pair says why they are the same answer. Printed with the results, so no score depends on
 * a hidden alias.
 * - The other is a known licence with a clause added: the engine answers `LicenseRef-<base>-modified`
 *   (issue 9's contract), which is what the label says in its own name.
 * Pixar needs no entry here: the text is the SPDX licence `Pixar` (Apache-2.0 as modified by Pixar),
 * the engine answers `Pixar`, and the engine's own index (rules/licences/index.json `spdxAliases`)
 * knows the label `LicenseRef-pixar-modified-apache` as an alias of `Pixar`, so `licenceInfo` scores
 * both the same way in the bench, the fixtures test and a policy naming either.
 */
export const LABEL_EQUIVALENTS: Record<string, string> = {
  'LicenseRef-deepfloyd-modified-mit': 'LicenseRef-MIT-modified',
};

/** An answer as a comparable value: ids canonicalised, AND/OR lists as sorted sets; null = no answer. */
export function canon(expr: string | null): string | null {
  if (!expr || expr === 'NOASSERTION') return null;
  const op = / OR /.test(expr) ? 'OR' : / AND /.test(expr) ? 'AND' : '';
  const ids = expr
    .split(/ (?:OR|AND|and\/or) /)
    .map((p) => p.replace(/[()]/g, '').trim())
    .map((p) => LABEL_EQUIVALENTS[p] ?? p)
    .map((p) => licenceInfo(p)?.id ?? p)
    .sort();
  return [...new Set(ids)].join(op ? ` ${op} ` : ' ');
}

// The flags the presets deny (rules/*.yml denyFlags); `binds-derivatives` and `attribution` deny nothing.
const DENIED_FLAGS = new Set(['restricted-use', 'non-commercial']);

/**
 * True when a policy could approve the answer: every leaf known, no denied flag, not a derived id. A
 * wrong answer that is approvable is the worst kind: it would pass a restricted licence.
 */
export function approvable(expr: string): boolean {
  return expr
    .split(/ (?:AND|OR|WITH) /)
    .map((l) => l.replace(/[()]/g, '').trim())
    .every((l) => {
      const info = licenceInfo(l);
      return info !== undefined && !info.flags.some((f) => DENIED_FLAGS.has(f)) && !info.variantOf;
    });
}

/** One tool's answer for one file (null = no answer). */
export type Answer = { licence: string | null; ms?: number };

/** A file given to the peers: its key in the answers, its path, and the role a scan would read it in. */
export interface PeerItem {
  key: string;
  path: string;
  role: 'licence' | 'readme';
}

/** A peer's answers over a list of files, with its wall time and peak memory. */
export interface PeerRun {
  name: string;
  answers: Map<string, Answer>;
  ms: number;
  rssMb?: number;
}

function has(bin: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${bin}`]).status === 0;
}

/** Runs a command under /usr/bin/time (when present) for its peak RSS; wall time measured here. */
function timed(cmd: string, args: string[]): { stdout: string; ms: number; rssMb?: number } {
  const gnuTime = existsSync('/usr/bin/time');
  const t = performance.now();
  const r = spawnSync(
    gnuTime ? '/usr/bin/time' : cmd,
    gnuTime ? ['-f', 'peak-rss-kb %M', cmd, ...args] : args,
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 26 },
  );
  const ms = performance.now() - t;
  const rss = /peak-rss-kb (\d+)/.exec(r.stderr ?? '');
  return { stdout: r.stdout ?? '', ms, ...(rss ? { rssMb: Number(rss[1]) / 1024 } : {}) };
}

/** licensecheck's names to SPDX ids, as the research note scores them (GPL-2 -> GPL-2.0-only). */
export function licensecheckToSpdx(name: string | undefined): string | null {
  if (!name || /UNKNOWN/.test(name)) return null;
  const map = (n: string): string => {
    const m = /^(A?GPL|LGPL)v?-?(\d(?:\.\d)?)(\+)?$/.exec(n.trim());
    if (m) return `${m[1]}-${m[2]!.includes('.') ? m[2] : `${m[2]}.0`}-${m[3] ? 'or-later' : 'only'}`;
    if (n.trim() === 'WTFPL-2') return 'WTFPL';
    return n.trim();
  };
  return name
    .split(/ and\/or | or | and /)
    .map(map)
    .join(/ or /.test(name) ? ' OR ' : ' AND ');
}

/** Whether licensee (and the ruby it runs on) is installed. */
export function licenseeInstalled(): boolean {
  return has('ruby') && has('licensee');
}

/**
 * Stages the files under `work` as licensee reads them (by name: LICENSE*, README*, one directory per
 * file) and writes the one-process batch script; returns the command that runs licensee over all of them
 * and prints one `[index, spdx id]` line per file.
 */
export function stageLicensee(
  items: PeerItem[],
  work: string,
): { command: string; args: string[]; files: string[] } {
  const list: string[] = [];
  const files: string[] = [];
  items.forEach((c, i) => {
    const dir = join(work, `case-${i}`);
    mkdirSync(dir);
    const ext = extname(c.path).length <= 5 && /^\.[a-z]+$/i.test(extname(c.path)) ? extname(c.path) : '';
    const file = join(dir, `${c.role === 'readme' ? 'README' : 'LICENSE'}${ext}`);
    copyFileSync(c.path, file);
    files.push(file);
    list.push(`${dir}\t${i}`);
  });
  writeFileSync(join(work, 'cases.tsv'), `${list.join('\n')}\n`);
  writeFileSync(
    join(work, 'batch.rb'),
    `require 'licensee'\nrequire 'json'\nFile.readlines(ARGV[0], chomp: true).each do |line|\n  dir, name = line.split("\\t")\n  lic = Licensee.project(dir, detect_readme: true).license\n  puts JSON.generate([name, lic ? lic.spdx_id : nil])\nend\n`,
  );
  return { command: 'ruby', args: [join(work, 'batch.rb'), join(work, 'cases.tsv')], files };
}

/**
 * Runs licensee and licensecheck on the files (each in one process), as installed on this machine.
 * `notRun` says which peer could not be run and why: a missing peer is printed, never a silent gap.
 */
export function runPeers(items: PeerItem[]): { peers: PeerRun[]; notRun: string[] } {
  const peers: PeerRun[] = [];
  const notRun: string[] = [];
  const haveRuby = has('ruby');
  const haveLicensee = has('licensee');
  if (!haveRuby || !haveLicensee)
    notRun.push(
      `licensee: not run (${haveRuby ? 'licensee' : 'ruby'} is not on PATH; apt-get install ruby-licensee)`,
    );
  if (!has('licensecheck'))
    notRun.push('licensecheck: not run (licensecheck is not on PATH; apt-get install licensecheck)');
  const work = mkdtempSync(join(tmpdir(), 'oq-bench-'));
  try {
    if (haveRuby && haveLicensee) {
      const { command, args } = stageLicensee(items, work);
      const { stdout, ms, rssMb } = timed(command, args);
      const answers = new Map<string, Answer>();
      for (const line of stdout.trim().split('\n')) {
        if (!line.startsWith('[')) continue;
        const [index, id] = JSON.parse(line) as [string, string | null];
        answers.set(items[Number(index)]!.key, {
          licence: id && !['NOASSERTION', 'NONE', 'other'].includes(id) ? id : null,
        });
      }
      peers.push({ name: 'licensee (ruby-licensee, one process)', answers, ms, ...(rssMb ? { rssMb } : {}) });
    }
    if (has('licensecheck')) {
      const byPath = new Map(items.map((c) => [c.path, c.key]));
      // --check=. --ignore=^$: every file, whatever its name (the default skips extension-less LICENSE).
      const { stdout, ms, rssMb } = timed('licensecheck', [
        '--check=.',
        '--ignore=^$',
        '-m',
        '--shortname-scheme=spdx',
        ...items.map((c) => c.path),
      ]);
      const answers = new Map<string, Answer>();
      for (const line of stdout.trim().split('\n')) {
        const tab = line.lastIndexOf('\t');
        const key = byPath.get(line.slice(0, tab));
        if (key !== undefined) answers.set(key, { licence: licensecheckToSpdx(line.slice(tab + 1)) });
      }
      peers.push({
        name: 'licensecheck (one process, default window)',
        answers,
        ms,
        ...(rssMb ? { rssMb } : {}),
      });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return { peers, notRun };
}
