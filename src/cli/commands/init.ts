import { randomBytes } from 'node:crypto';
import { link, mkdir, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parseConfig } from '../../config/parse.js';
import { programmeSchema, teamSchema } from '../../config/programme.js';
import { InternalError } from '../../errors.js';
import { loadPolicy } from '../../policy/load.js';
import { FLAG } from '../common-flags.js';
import { type CommandSpec, helpText, parseFlags } from '../flags.js';
import { type Command, EXIT } from '../io.js';
import { noteWriter } from '../output.js';
import { Problems } from '../problems.js';

const DEFAULT_FILE = 'openquota.yml';
const DEFAULT_POLICY = 'msit-sovereign-ai-2025';

const SPEC: CommandSpec = {
  name: 'init',
  usage: ['init [--team ID] [--hf ORG]... [--github ORG]... [options]'],
  about: [
    "Writes a commented programme file to start from. Offline: it writes the organisations given, it does not look them up or list their models. Each --team starts a team; the --hf and --github after it are that team's (before any --team, one team named after the first organisation). Without any organisation the file holds an example team, commented out, to fill in.",
    'It never overwrites a file: an existing FILE is refused.',
  ],
  flags: [
    {
      name: 'team',
      short: 't',
      value: 'ID',
      multiple: true,
      help: 'start a team with this id (lower-case letters, digits, dashes)',
    },
    {
      name: 'hf',
      value: 'ORG',
      multiple: true,
      help: 'a Hugging Face Hub organisation or user of the current team',
    },
    { name: 'github', value: 'ORG', multiple: true, help: 'a GitHub organisation of the current team' },
    {
      name: 'title',
      value: 'TEXT',
      help: 'the programme title shown in reports (default: "Open release quota")',
    },
    {
      name: 'policy',
      short: 'p',
      value: 'NAME|FILE',
      help: `policy preset or file (default: ${DEFAULT_POLICY})`,
    },
    { ...FLAG.output, help: `the file to write (default: ${DEFAULT_FILE}); - for stdout` },
    FLAG.quiet,
  ],
  footer: `Example:
  openquota init --team lg-ai-research --hf LGAI-EXAONE --github LG-AI-EXAONE \\
                 --team upstage --hf upstage

Exit codes: 0 written, 2 a flag is invalid or the file exists.`,
};

interface DraftTeam {
  id: string;
  huggingface: string[];
  github: string[];
}

/** The teams the flags describe, in order: `--team` starts one, `--hf`/`--github` join the current one. */
function teamsOf(given: { name: string; value: string | true }[]): DraftTeam[] {
  const teams: DraftTeam[] = [];
  for (const g of given) {
    if (typeof g.value !== 'string') continue;
    if (g.name === 'team') teams.push({ id: g.value, huggingface: [], github: [] });
    else if (g.name === 'hf' || g.name === 'github') {
      if (teams.length === 0) teams.push({ id: '', huggingface: [], github: [] });
      teams.at(-1)![g.name === 'hf' ? 'huggingface' : 'github'].push(g.value);
    }
  }
  // A team with no --team is named after its first organisation: `LGAI-EXAONE` -> `lgai-exaone`.
  for (const team of teams) {
    if (!team.id)
      team.id = (team.huggingface[0] ?? team.github[0] ?? 'team')
        .toLowerCase()
        .replace(/[^a-z0-9-]+/g, '-')
        .replace(/^-+|-+$/g, '');
  }
  return teams;
}

/** A YAML scalar: plain when it is an id-like word, JSON-quoted (valid YAML) otherwise. */
const scalar = (s: string) => (/^[A-Za-z0-9][\w.-]*$/.test(s) ? s : JSON.stringify(s));
const list = (items: string[]) => `[${items.map(scalar).join(', ')}]`;

/** The programme file's text: every key commented with what it means. */
export function programmeText(title: string, policy: string, teams: DraftTeam[]): string {
  const head = [
    '# openquota programme file: the teams whose releases are checked and where they publish them.',
    '# Written by `openquota init`; edit it, then run `openquota scan` (README "The programme file").',
    `programme: ${scalar(title)}   # title shown in every report`,
    `policy: ${scalar(policy)}   # a preset (openquota policy list) or a policy file, relative to this file`,
  ];
  const team = (t: DraftTeam, c: string) => [
    `${c}  - id: ${scalar(t.id)}   # lower-case letters, digits and dashes; used by --team`,
    `${c}    name: ${scalar(t.id)}   # display name in reports`,
    `${c}    huggingface: ${list(t.huggingface)}   # Hub organisations or users whose models are discovered`,
    `${c}    github: ${list(t.github)}   # GitHub organisations whose repositories are inspected`,
    `${c}    git: []   # other git repositories: https://, ssh://, git@host: or file:// URLs`,
    `${c}    models: []   # declared releases (org/name, github:owner/repo, a git URL): always counted`,
    `${c}    exclude: []   # releases that do not count, each with the reason the report shows, e.g.`,
    `${c}    #  - pattern: "ORG/*-GGUF"`,
    `${c}    #    reason: quantised copy of a model that is counted itself`,
  ];
  if (teams.length === 0) {
    return `${[
      ...head,
      '# No organisation was given: uncomment the team below, fill it in, and add one per team.',
      'teams: []',
      ...team({ id: 'my-team', huggingface: ['MY-HUB-ORG'], github: [] }, '#'),
    ].join('\n')}\n`;
  }
  return `${[...head, 'teams:', ...teams.flatMap((t) => team(t, ''))].join('\n')}\n`;
}

/** Writes `text` to `file` only if no file is there: a link() of a finished temp file, which fails rather than replace. */
async function writeNew(file: string, text: string): Promise<boolean> {
  await mkdir(dirname(file), { recursive: true });
  const temp = join(
    dirname(file),
    `.${basename(file)}.openquota-${process.pid}-${randomBytes(6).toString('hex')}.tmp`,
  );
  await writeFile(temp, text);
  try {
    await link(temp, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    await rm(temp, { force: true });
  }
}

/** `openquota init`: a programme file to start from, with the organisations given. */
export const initCommand: Command = async (argv, io) => {
  const problems = new Problems();
  const args = parseFlags(SPEC, argv, problems);
  if (args.flag('help')) {
    io.stdout(helpText(SPEC));
    return EXIT.ok;
  }
  for (const extra of args.positionals)
    problems.flag(
      extra,
      `unexpected argument "${extra}"`,
      'give the file with -o FILE, the organisations with --hf ORG',
    );
  const teams = teamsOf(args.given);
  // Each value is checked by the programme file's own schema, so what init writes, scan reads.
  for (const t of teams) {
    const id = teamSchema.shape.id.safeParse(t.id);
    if (!id.success) problems.flag('--team', `"${t.id}": ${id.error.issues[0]!.message}`);
    for (const [flag, key] of [
      ['--hf', 'huggingface'],
      ['--github', 'github'],
    ] as const)
      for (const org of t[key]) {
        const ok = teamSchema.shape[key].safeParse([org]);
        if (!ok.success) problems.flag(flag, `"${org}": ${ok.error.issues[0]!.message}`);
      }
  }
  const seen = new Set<string>();
  for (const t of teams) {
    if (seen.has(t.id))
      problems.flag('--team', `team id "${t.id}" is given twice`, 'give each team its own --team ID');
    seen.add(t.id);
  }
  const output = args.string('output') ?? DEFAULT_FILE;
  const file = output === '-' ? undefined : resolve(io.cwd, output);
  const policy = args.string('policy') ?? DEFAULT_POLICY;
  await problems.gather(() => loadPolicy(policy, file ? dirname(file) : io.cwd));
  problems.throwIfAny();
  const text = programmeText(args.string('title') ?? 'Open release quota', policy, teams);
  // What init writes must be a programme scan accepts (with a team); anything else is our bug.
  if (teams.length > 0) {
    const parsed = parseConfig({ file: output, text }, programmeSchema);
    if (!parsed.ok)
      throw new InternalError(`init wrote a programme file scan refuses: ${parsed.problems[0]!.message}`);
  }
  if (!file) {
    io.stdout(text);
    return EXIT.ok;
  }
  if (!(await writeNew(file, text))) {
    problems.flag(
      '--output',
      `${output}: already exists; init never overwrites a file`,
      'give another -o FILE, or move the file away first',
    );
    problems.throwIfAny();
  }
  noteWriter(
    io,
    args.flag('quiet'),
  )(
    `wrote ${output}${teams.length ? '' : ' (no organisation given: fill in the example team)'}; edit it, then run openquota scan${output === DEFAULT_FILE ? '' : ` --config ${output}`}`,
  );
  return EXIT.ok;
};
