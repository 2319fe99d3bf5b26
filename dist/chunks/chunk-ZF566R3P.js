import {
  closest
} from "./chunk-ZVPDN32M.js";

// src/cli/flags.ts
var HELP_FLAG = { name: "help", short: "h", help: "show this help" };
var ParsedArgs = class {
  constructor(positionals, given) {
    this.positionals = positionals;
    this.given = given;
  }
  positionals;
  given;
  /** Whether the flag was given at all. */
  has(name) {
    return this.given.some((g) => g.name === name);
  }
  /** The value of a single-valued flag (the last, if repeated). */
  string(name) {
    const hit = this.given.filter((g) => g.name === name && typeof g.value === "string").at(-1);
    return hit?.value;
  }
  /** Every value of a repeatable flag, in order. */
  strings(name) {
    return this.given.filter((g) => g.name === name && typeof g.value === "string").map((g) => g.value);
  }
  /** Whether a switch was given. */
  flag(name) {
    return this.given.some((g) => g.name === name && g.value === true);
  }
};
function parseFlags(spec, argv, problems) {
  const flags = [...spec.flags, HELP_FLAG];
  const byLong = new Map(flags.map((f) => [f.name, f]));
  const byShort = new Map(flags.filter((f) => f.short).map((f) => [f.short, f]));
  const positionals = [];
  const given = [];
  const see = `\`openquota ${spec.name} --help\` lists every option`;
  const looksLikeFlag = (arg) => arg !== void 0 && (arg.startsWith("--") || /^-[A-Za-z]/.test(arg) && byShort.has(arg[1]));
  let i = 0;
  const valueFor = (flag, shownAs, inline) => {
    if (inline !== void 0) return inline;
    if (i + 1 < argv.length && !looksLikeFlag(argv[i + 1])) return argv[++i];
    problems.coded(`--${flag.name}`, "NEEDS_VALUE", { option: shownAs, value: flag.value ?? "" });
    return void 0;
  };
  const record = (flag, value) => {
    const before = given.find((g) => g.name === flag.name);
    if (before && !flag.multiple && typeof value === "string" && before.value !== value) {
      problems.coded(`--${flag.name}`, "GIVEN_TWICE", {
        option: `--${flag.name}`,
        first: String(before.value),
        second: value
      });
    }
    given.push({ name: flag.name, value });
  };
  for (; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === "-" || !arg.startsWith("-")) {
      positionals.push(arg);
      continue;
    }
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      const name = arg.slice(2, eq < 0 ? void 0 : eq);
      const inline = eq < 0 ? void 0 : arg.slice(eq + 1);
      const flag = byLong.get(name);
      if (!flag) {
        const near = closest(name, [...byLong.keys()]);
        problems.coded(`--${name}`, "UNKNOWN_OPTION", {
          option: `--${name}`,
          command: spec.name,
          ...near ? { near: `--${near}`, variant: "near" } : {}
        });
        if (near && byLong.get(near).value && inline === void 0 && !looksLikeFlag(argv[i + 1])) i++;
        continue;
      }
      if (!flag.value) {
        if (inline !== void 0)
          problems.coded(`--${name}`, "TAKES_NO_VALUE", { option: `--${name}`, value: inline });
        else record(flag, true);
        continue;
      }
      const value = valueFor(flag, `--${name}`, inline);
      if (value !== void 0) record(flag, value);
      continue;
    }
    const letters = arg.slice(1);
    for (let j = 0; j < letters.length; j++) {
      const flag = byShort.get(letters[j]);
      if (!flag) {
        problems.flag(
          `-${letters[j]}`,
          `unknown option -${letters[j]}${letters.length > 1 ? ` (in ${arg})` : ""}`,
          see
        );
        break;
      }
      if (!flag.value) {
        record(flag, true);
        continue;
      }
      const rest = letters.slice(j + 1).replace(/^=/, "");
      const value = valueFor(flag, `-${flag.short}`, rest || void 0);
      if (value !== void 0) record(flag, value);
      break;
    }
  }
  return new ParsedArgs(positionals, given);
}
var HELP_WIDTH = 100;
var LABEL_WIDTH = 24;
function wrap(text, width) {
  const lines = [];
  let line = "";
  for (const word of text.split(/ +/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines;
}
function helpText(spec) {
  const flags = [...spec.flags, HELP_FLAG];
  const label = (f) => `${f.short ? `-${f.short}, ` : "    "}--${f.name}${f.value ? ` ${f.value}` : ""}`;
  const column = Math.min(LABEL_WIDTH, Math.max(...flags.map((f) => label(f).length))) + 4;
  const options = flags.flatMap((f) => {
    const text = wrap(`${f.help}${f.multiple ? " (repeatable)" : ""}`, HELP_WIDTH - column);
    const head = `  ${label(f)}`;
    if (head.length + 2 > column) return [head, ...text.map((l) => " ".repeat(column) + l)];
    return [head.padEnd(column) + text[0], ...text.slice(1).map((l) => " ".repeat(column) + l)];
  });
  const usage = spec.usage.map((u, i) => `${i === 0 ? "Usage: " : "       "}openquota ${u}`);
  const about = spec.about.map((p) => wrap(p, HELP_WIDTH).join("\n"));
  return `${[usage.join("\n"), ...about, `Options:
${options.join("\n")}`, ...spec.footer ? [spec.footer.trimEnd()] : []].join("\n\n")}
`;
}

export {
  parseFlags,
  helpText
};
