/**
 * The engine's cost on hostile input: texts a repository chooses to make identification slow or to
 * exhaust memory (a 1 MiB README of junk, a 512 KiB licence of repeated clauses, a licence buried in
 * filler, a soup of licence words that defeats the diff's pruning, one long line, many licences
 * concatenated). Each input is identified in its own process under a time limit, as `licence
 * identify` and a scan would read it, and its time, peak memory and answer are printed.
 *
 *   npm run bench:hostile            (node --import tsx bench/licences-hostile.ts)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(import.meta.url);
const root = resolve(dirname(here), '..');

if (process.argv[2] === '--one') {
  // Child: identify one file the way `licence identify` does, print one JSON line.
  const [, , , file, role] = process.argv as [string, string, string, string, 'licence' | 'readme'];
  const { identifyText } = await import('../src/detect/identify.js');
  const { cardBody, cardDetection } = await import('../src/detect/card.js');
  const { frontMatterLicences } = await import('../src/sources/repo-files.js');
  const text = readFileSync(file, 'utf8');
  // Load the corpus index first, so the time is the identification's own.
  identifyText('MIT License');
  const t = performance.now();
  const body = identifyText(text, { file, role });
  const d =
    (role === 'readme' ? cardDetection(frontMatterLicences(text), cardBody(text), body) : null) ?? body;
  const ms = performance.now() - t;
  console.log(
    JSON.stringify({
      ms,
      rssMb: process.resourceUsage().maxRSS / 1024,
      licence: d.licence,
      matcher: d.matcher,
      extra: (d.extra ?? []).filter((e) => !e.startsWith('…')).slice(-1),
    }),
  );
  process.exit(0);
}

// Deterministic pseudo-random words (no Math.random: the inputs are the same on every run).
// xorshift32: integer arithmetic only, so the sequence is exact in JavaScript numbers.
let seed = 2463534242;
const rand = () => {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) / 0x100000000;
};
const spdx = (await import('spdx-license-list/full.js')).default as Record<string, { licenseText: string }>;
const APACHE = spdx['Apache-2.0']!.licenseText;
const MIT = spdx.MIT!.licenseText;
const BSD3 = spdx['BSD-3-Clause']!.licenseText;
const GPL3 = spdx['GPL-3.0-only']!.licenseText;
const SYLLABLES = 'ka lo mi ne ra to su vi po de an el or is un ba ge hi ju ko'.split(' ');
const junkWord = () =>
  Array.from({ length: 1 + Math.floor(rand() * 3) }, () => SYLLABLES[Math.floor(rand() * 20)]).join('');
const lines = (bytes: number, word: () => string, perLine = 12): string => {
  const out: string[] = [];
  let size = 0;
  let line: string[] = [];
  while (size < bytes) {
    const w = word();
    line.push(w);
    size += w.length + 1;
    if (line.length === perLine) {
      out.push(line.join(' '));
      line = [];
    }
  }
  if (line.length > 0) out.push(line.join(' '));
  return out.join('\n');
};
const licenceVocabulary = [...new Set((APACHE + GPL3).toLowerCase().match(/[a-z]+/g) ?? [])];
const licenceWord = () => licenceVocabulary[Math.floor(rand() * licenceVocabulary.length)]!;
const repeat = (text: string, bytes: number, sep = '\n\n') =>
  Array.from({ length: Math.ceil(bytes / (text.length + sep.length)) }, () => text).join(sep);
const apacheClauses = APACHE.split(/\n\s*\n/);
const KiB = 1024;

const inputs: { name: string; role: 'licence' | 'readme'; text: string }[] = [
  { name: 'README, 1 MiB of junk words', role: 'readme', text: `# Model\n\n${lines(1024 * KiB, junkWord)}` },
  {
    name: 'README, 1 MiB: card front matter + junk',
    role: 'readme',
    text: `---\nlicense: apache-2.0\n---\n# Model\n\n${lines(1024 * KiB, junkWord)}`,
  },
  {
    name: 'licence, 512 KiB of Apache clauses repeated',
    role: 'licence',
    text: repeat(apacheClauses.join('\n\n'), 512 * KiB),
  },
  {
    name: 'licence, 512 KiB of Apache clauses shuffled',
    role: 'licence',
    text: Array.from(
      { length: Math.ceil((512 * KiB) / 400) },
      () => apacheClauses[Math.floor(rand() * apacheClauses.length)],
    ).join('\n\n'),
  },
  {
    name: 'licence, Apache-2.0 + 70 KiB filler',
    role: 'licence',
    text: `${APACHE}\n\n${lines(70 * KiB, junkWord)}`,
  },
  {
    name: 'licence, Apache-2.0 + 120 KiB filler',
    role: 'licence',
    text: `${APACHE}\n\n${lines(120 * KiB, junkWord)}`,
  },
  {
    name: 'licence, Apache-2.0 + 440 KiB filler',
    role: 'licence',
    text: `${APACHE}\n\n${lines(440 * KiB, junkWord)}`,
  },
  { name: 'licence, 512 KiB soup of licence words', role: 'licence', text: lines(512 * KiB, licenceWord) },
  {
    name: 'licence, GPL-3.0 with every 10th word a licence word',
    role: 'licence',
    text: GPL3.split(/(\s+)/)
      .map((w, i) => (i % 20 === 0 && /\w/.test(w) ? licenceWord() : w))
      .join(''),
  },
  { name: 'licence, one 512 KiB line of junk', role: 'licence', text: lines(512 * KiB, junkWord, 1 << 20) },
  {
    name: 'licence, MIT+BSD-3+Apache+GPL-3 concatenated to 512 KiB',
    role: 'licence',
    text: repeat([MIT, BSD3, APACHE, GPL3].join('\n\n'), 512 * KiB),
  },
  {
    name: 'licence, 512 KiB of MIT copies, one word changed in each',
    role: 'licence',
    text: Array.from({ length: Math.ceil((512 * KiB) / MIT.length) }, (_, i) =>
      MIT.replace('Software', `Software${i}`),
    ).join('\n\n'),
  },
  {
    // A holder-line pattern with two ways to read an all-caps word backtracked 2^n on such a line.
    name: 'licence, MIT + a line of 32 all-caps words ending in ";"',
    role: 'licence',
    text: `${MIT}\n\n${Array.from({ length: 32 }, () => 'WIDGET').join(' ')} ;\n`,
  },
  {
    name: 'licence, MIT + 2,000 such lines',
    role: 'licence',
    text: `${MIT}\n\n${Array.from({ length: 2000 }, () => `${Array.from({ length: 32 }, () => 'WIDGET').join(' ')} ;`).join('\n')}\n`,
  },
  {
    name: 'licence, Apache-2.0 + 300 KiB of two-word sentences',
    role: 'licence',
    text: `${APACHE}\n\n${lines(300 * KiB, () => `${junkWord()} ${junkWord()}.`, 8)}`,
  },
  {
    name: 'licence, MIT + 256 KiB of markup bait lines',
    role: 'licence',
    text: `${MIT}\n\n${Array.from({ length: 2000 }, (_, i) => ['(A) (B) (C) '.repeat(10), '1.1.1.1.1.1.1.1.1.1 '.repeat(4), '* * * * * * * * * * * *'.repeat(3), '[a](b) [c](d) '.repeat(8), '    \t    \t'.repeat(10), '--- === --- ==='.repeat(6), 'Copyright (C) 2020, 2021, 2022 '.repeat(4)][i % 7]).join('\n')}\n`,
  },
  {
    name: 'README, 512 KiB of "licensed under" statements',
    role: 'readme',
    text: `# Model\n\n${Array.from({ length: 6000 }, (_, i) => `Part ${i} is licensed under the ${['MIT', 'Apache License 2.0', 'GPL v2 or later'][i % 3]} licence, see part ${i}.`).join('\n')}`,
  },
  {
    // Each License field's text is identified (distinct texts once): fields are capped at 400.
    name: 'Debian copyright file, 390 stanzas each with its own MIT-like text',
    role: 'licence',
    text: `Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n\n${Array.from(
      { length: 390 },
      (_, i) =>
        `Files: part${i}/*\nCopyright: ${2000 + (i % 25)} Holder ${i}\nLicense: Expat\n ${MIT.replace('Software', `Software ${i}`).split('\n').join('\n ')}`,
    ).join('\n\n')}\n`,
  },
  {
    // The address pattern rescanned a long token from each of its word boundaries: quadratic.
    name: 'licence, MIT + one 160 KiB token "1.1x1.1x..."',
    role: 'licence',
    text: `${MIT}\n\n${'1.1x'.repeat(40 * KiB)} ;\n`,
  },
  {
    // Each "License" line read the next 600 characters as its section: sections overlapped.
    name: 'README, 80,000 "License" heading lines',
    role: 'readme',
    text: Array.from({ length: 80_000 }, (_, i) => (i % 2 ? 'x' : 'License')).join('\n'),
  },
];

const LIMIT_MS = Number(process.env.HOSTILE_LIMIT_MS ?? 60_000);
const work = mkdtempSync(join(tmpdir(), 'oq-hostile-'));
console.log(`Engine cost on hostile input (each in its own process, limit ${LIMIT_MS / 1000} s)\n`);
console.log('input | KiB | words | ms | peak RSS MB | answer');
// HOSTILE_ONLY=regex runs the inputs whose name matches.
const only = process.env.HOSTILE_ONLY ? new RegExp(process.env.HOSTILE_ONLY, 'i') : null;
try {
  inputs.forEach((input, i) => {
    if (only && !only.test(input.name)) return;
    const file = join(work, `input-${i}`);
    writeFileSync(file, input.text);
    const r = spawnSync(process.execPath, ['--import', 'tsx', here, '--one', file, input.role], {
      cwd: root,
      encoding: 'utf8',
      timeout: LIMIT_MS,
      maxBuffer: 1 << 22,
    });
    const size = (Buffer.byteLength(input.text) / KiB).toFixed(0);
    const words = (input.text.match(/\S+/g) ?? []).length;
    const line = r.stdout.trim().split('\n').pop() ?? '';
    if (r.error || r.status !== 0 || !line.startsWith('{')) {
      const why = r.error
        ? `killed after ${LIMIT_MS / 1000} s`
        : `exit ${r.status} ${r.stderr.split('\n')[0]}`;
      console.log([input.name, size, words, 'n/a', 'n/a', why].join(' | '));
      return;
    }
    const o = JSON.parse(line) as {
      ms: number;
      rssMb: number;
      licence: string | null;
      matcher: string;
      extra: string[];
    };
    console.log(
      [
        input.name,
        size,
        words,
        o.ms.toFixed(0),
        o.rssMb.toFixed(0),
        `${o.licence ?? 'null'} (${o.matcher})${o.extra.length ? ` ${o.extra[0]!.slice(0, 90)}` : ''}`,
      ].join(' | '),
    );
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}
