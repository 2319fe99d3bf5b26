/**
 * Command-line flags, declared once per command: the same declaration parses argv, writes the
 * `--help` text and suggests the flag a typo meant. Adding an option to a command is adding one
 * FlagSpec to its list (and, for a scan option, its field in src/options.ts).
 */
import { closest } from '../config/problems.js';
import type { Problems } from './problems.js';

/** One flag of a command. */
export interface FlagSpec {
  /** Long name, without `--`. */
  name: string;
  /** One-letter alias, without `-`. */
  short?: string;
  /** The value's placeholder in the help (`FILE`, `N`); absent for a switch. */
  value?: string;
  /** May be given more than once; every value is kept, in order. */
  multiple?: boolean;
  /** What it does, for --help (wrapped to the help's width). */
  help: string;
  /** The scan option (src/options.ts) the value is validated as, e.g. `concurrency` for `--concurrency`. */
  option?: string;
  /** The fix shown when the value is invalid, when the option's default is no example (`--concurrency`'s pools). */
  example?: string;
}

/** What a command is, for its --help. */
export interface CommandSpec {
  /** `scan`, `licence identify`. */
  name: string;
  /** Usage lines after `openquota `, e.g. `scan [options]`. */
  usage: string[];
  /** What the command does, one paragraph per string. */
  about: string[];
  flags: FlagSpec[];
  /** Text after the options (environment, exit codes), as written. */
  footer?: string;
}

/** The help flag every command has; parsed like any other. */
export const HELP_FLAG: FlagSpec = { name: 'help', short: 'h', help: 'show this help' };

/** One flag as given, in argv order. */
export interface GivenFlag {
  name: string;
  value: string | true;
}

/** Parsed argv: positionals, and each flag by name. */
export class ParsedArgs {
  constructor(
    readonly positionals: string[],
    readonly given: GivenFlag[],
  ) {}

  /** Whether the flag was given at all. */
  has(name: string): boolean {
    return this.given.some((g) => g.name === name);
  }

  /** The value of a single-valued flag (the last, if repeated). */
  string(name: string): string | undefined {
    const hit = this.given.filter((g) => g.name === name && typeof g.value === 'string').at(-1);
    return hit?.value as string | undefined;
  }

  /** Every value of a repeatable flag, in order. */
  strings(name: string): string[] {
    return this.given
      .filter((g) => g.name === name && typeof g.value === 'string')
      .map((g) => g.value as string);
  }

  /** Whether a switch was given. */
  flag(name: string): boolean {
    return this.given.some((g) => g.name === name && g.value === true);
  }
}

/**
 * Parses argv against a command's flags without stopping at the first mistake: every unknown flag
 * (with the flag it most likely meant), every missing value, a value given to a switch and a
 * single-valued flag given twice are added to `problems`. Accepts `--name value`, `--name=value`,
 * `-n value`, `-nvalue`, grouped switches (`-vq`) and `--` before positionals that start with `-`.
 */
export function parseFlags(spec: CommandSpec, argv: string[], problems: Problems): ParsedArgs {
  const flags = [...spec.flags, HELP_FLAG];
  const byLong = new Map(flags.map((f) => [f.name, f]));
  const byShort = new Map(flags.filter((f) => f.short).map((f) => [f.short!, f]));
  const positionals: string[] = [];
  const given: GivenFlag[] = [];
  const see = `\`openquota ${spec.name} --help\` lists every option`;
  // A value may start with `-` (`--concurrency -1`), but not look like a flag of this command.
  const looksLikeFlag = (arg: string | undefined) =>
    arg !== undefined && (arg.startsWith('--') || (/^-[A-Za-z]/.test(arg) && byShort.has(arg[1]!)));
  let i = 0;
  const valueFor = (flag: FlagSpec, shownAs: string, inline: string | undefined): string | undefined => {
    if (inline !== undefined) return inline;
    if (i + 1 < argv.length && !looksLikeFlag(argv[i + 1])) return argv[++i];
    problems.coded(`--${flag.name}`, 'NEEDS_VALUE', { option: shownAs, value: flag.value ?? '' });
    return undefined;
  };
  const record = (flag: FlagSpec, value: string | true) => {
    const before = given.find((g) => g.name === flag.name);
    if (before && !flag.multiple && typeof value === 'string' && before.value !== value) {
      problems.coded(`--${flag.name}`, 'GIVEN_TWICE', {
        option: `--${flag.name}`,
        first: String(before.value),
        second: value,
      });
    }
    given.push({ name: flag.name, value });
  };
  for (; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq < 0 ? undefined : eq);
      const inline = eq < 0 ? undefined : arg.slice(eq + 1);
      const flag = byLong.get(name);
      if (!flag) {
        const near = closest(name, [...byLong.keys()]);
        problems.coded(`--${name}`, 'UNKNOWN_OPTION', {
          option: `--${name}`,
          command: spec.name,
          ...(near ? { near: `--${near}`, variant: 'near' } : {}),
        });
        // `--formt json`: the value belongs to the mistyped flag, not to the positionals.
        if (near && byLong.get(near)!.value && inline === undefined && !looksLikeFlag(argv[i + 1])) i++;
        continue;
      }
      if (!flag.value) {
        if (inline !== undefined)
          problems.coded(`--${name}`, 'TAKES_NO_VALUE', { option: `--${name}`, value: inline });
        else record(flag, true);
        continue;
      }
      const value = valueFor(flag, `--${name}`, inline);
      if (value !== undefined) record(flag, value);
      continue;
    }
    // Short flags: `-v`, `-vq`, `-f json`, `-fjson`, `-f=json`.
    const letters = arg.slice(1);
    for (let j = 0; j < letters.length; j++) {
      const flag = byShort.get(letters[j]!);
      if (!flag) {
        problems.flag(
          `-${letters[j]}`,
          `unknown option -${letters[j]}${letters.length > 1 ? ` (in ${arg})` : ''}`,
          see,
        );
        break;
      }
      if (!flag.value) {
        record(flag, true);
        continue;
      }
      const rest = letters.slice(j + 1).replace(/^=/, '');
      const value = valueFor(flag, `-${flag.short}`, rest || undefined);
      if (value !== undefined) record(flag, value);
      break;
    }
  }
  return new ParsedArgs(positionals, given);
}

// Help text is wrapped to this width: readable in an 80-column terminal with room to spare.
const HELP_WIDTH = 100;
// Labels longer than this put their text on the next line instead of pushing every column right.
const LABEL_WIDTH = 24;

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/ +/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines;
}

/** The --help of a command, generated from its spec, so that it lists exactly the flags it parses. */
export function helpText(spec: CommandSpec): string {
  const flags = [...spec.flags, HELP_FLAG];
  const label = (f: FlagSpec) =>
    `${f.short ? `-${f.short}, ` : '    '}--${f.name}${f.value ? ` ${f.value}` : ''}`;
  const column = Math.min(LABEL_WIDTH, Math.max(...flags.map((f) => label(f).length))) + 4;
  const options = flags.flatMap((f) => {
    const text = wrap(`${f.help}${f.multiple ? ' (repeatable)' : ''}`, HELP_WIDTH - column);
    const head = `  ${label(f)}`;
    if (head.length + 2 > column) return [head, ...text.map((l) => ' '.repeat(column) + l)];
    return [head.padEnd(column) + text[0], ...text.slice(1).map((l) => ' '.repeat(column) + l)];
  });
  const usage = spec.usage.map((u, i) => `${i === 0 ? 'Usage: ' : '       '}openquota ${u}`);
  const about = spec.about.map((p) => wrap(p, HELP_WIDTH).join('\n'));
  return `${[usage.join('\n'), ...about, `Options:\n${options.join('\n')}`, ...(spec.footer ? [spec.footer.trimEnd()] : [])].join('\n\n')}\n`;
}
