import {
  FORMAT_EXTENSIONS
} from "./chunk-TR3YZUGB.js";

// src/cli/common-flags.ts
function formatFlag(formats, terminal = "table") {
  const names = formats.map((f) => FORMAT_EXTENSIONS[f]?.[0]).filter(Boolean);
  return {
    name: "format",
    short: "f",
    value: "FORMAT",
    help: `${formats.join(", ")}. Default: ${terminal} on a terminal, json when piped; with --output, the format the file name ends in (${names.join(", ")}), else json`
  };
}
var FLAG = {
  output: {
    name: "output",
    short: "o",
    value: "FILE",
    help: "write the output (in the chosen format) to FILE instead of stdout, atomically; never over an input"
  },
  json: {
    name: "json",
    value: "FILE",
    help: "also write the JSON report to FILE (atomically; never over an input), beside the format printed or written by --output"
  },
  lang: {
    name: "lang",
    short: "l",
    value: "en|ko",
    help: "language of the table, Markdown and HTML (default: from LC_ALL / LANG)"
  },
  verbose: {
    name: "verbose",
    short: "v",
    help: "list every model in the table, with the reason for its verdict"
  },
  quiet: {
    name: "quiet",
    short: "q",
    help: "no notes and no progress on stderr (warnings and errors are still printed)"
  },
  team: { name: "team", short: "t", value: "ID", multiple: true, help: "only this team" },
  timeout: { name: "timeout", value: "SECONDS", help: "per HTTP request (default 30)", option: "timeout" },
  cacheMaxMb: {
    name: "cache-max-mb",
    value: "N",
    help: "cap of the cache in MiB, least recently used evicted (default 200)",
    option: "cacheMaxMb"
  },
  noCache: { name: "no-cache", help: "no conditional requests, no cache on disk", option: "noCache" }
};

export {
  formatFlag,
  FLAG
};
