import { createRequire as __oqCreateRequire } from 'node:module'; import { fileURLToPath as __oqFileURLToPath } from 'node:url'; import { dirname as __oqDirname } from 'node:path'; const require = __oqCreateRequire(import.meta.url); const __filename = __oqFileURLToPath(import.meta.url); const __dirname = __oqDirname(__filename);
import {
  secretsFrom,
  tokenFrom
} from "./chunk-34H5QAGY.js";
import {
  MAX_POINTER_BYTES,
  frontMatterLicences,
  isWeightPath,
  parseLfsPointer,
  repoLinks
} from "./chunk-2LADN3I2.js";
import {
  createRedactor,
  redactDeep,
  withoutUserinfo
} from "./chunk-I4IUDEWL.js";
import {
  DEFAULT_CACHE_MAX_MB,
  DEFAULT_POOLS,
  MAX_HEADER_BYTES,
  createCacheStore,
  createLimiters,
  headerLength,
  noFigures,
  parseSafetensorsHeader
} from "./chunk-53VXJEX3.js";
import {
  VERSION
} from "./chunk-7JQSIM7R.js";
import {
  pickLicenceFiles
} from "./chunk-KIPY7333.js";
import {
  decodeText,
  readBounded
} from "./chunk-PZKBUT2P.js";
import {
  ConfigError,
  SourceError
} from "./chunk-2HJM3R72.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-EJ2SUCMT.js";

// node_modules/ms/index.js
var require_ms = __commonJS({
  "node_modules/ms/index.js"(exports, module) {
    var s = 1e3;
    var m2 = s * 60;
    var h3 = m2 * 60;
    var d2 = h3 * 24;
    var w2 = d2 * 7;
    var y2 = d2 * 365.25;
    module.exports = function(val, options) {
      options = options || {};
      var type = typeof val;
      if (type === "string" && val.length > 0) {
        return parse3(val);
      } else if (type === "number" && isFinite(val)) {
        return options.long ? fmtLong(val) : fmtShort(val);
      }
      throw new Error(
        "val is not a non-empty string or a valid number. val=" + JSON.stringify(val)
      );
    };
    function parse3(str) {
      str = String(str);
      if (str.length > 100) {
        return;
      }
      var match = /^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i.exec(
        str
      );
      if (!match) {
        return;
      }
      var n = parseFloat(match[1]);
      var type = (match[2] || "ms").toLowerCase();
      switch (type) {
        case "years":
        case "year":
        case "yrs":
        case "yr":
        case "y":
          return n * y2;
        case "weeks":
        case "week":
        case "w":
          return n * w2;
        case "days":
        case "day":
        case "d":
          return n * d2;
        case "hours":
        case "hour":
        case "hrs":
        case "hr":
        case "h":
          return n * h3;
        case "minutes":
        case "minute":
        case "mins":
        case "min":
        case "m":
          return n * m2;
        case "seconds":
        case "second":
        case "secs":
        case "sec":
        case "s":
          return n * s;
        case "milliseconds":
        case "millisecond":
        case "msecs":
        case "msec":
        case "ms":
          return n;
        default:
          return void 0;
      }
    }
    function fmtShort(ms2) {
      var msAbs = Math.abs(ms2);
      if (msAbs >= d2) {
        return Math.round(ms2 / d2) + "d";
      }
      if (msAbs >= h3) {
        return Math.round(ms2 / h3) + "h";
      }
      if (msAbs >= m2) {
        return Math.round(ms2 / m2) + "m";
      }
      if (msAbs >= s) {
        return Math.round(ms2 / s) + "s";
      }
      return ms2 + "ms";
    }
    function fmtLong(ms2) {
      var msAbs = Math.abs(ms2);
      if (msAbs >= d2) {
        return plural(ms2, msAbs, d2, "day");
      }
      if (msAbs >= h3) {
        return plural(ms2, msAbs, h3, "hour");
      }
      if (msAbs >= m2) {
        return plural(ms2, msAbs, m2, "minute");
      }
      if (msAbs >= s) {
        return plural(ms2, msAbs, s, "second");
      }
      return ms2 + " ms";
    }
    function plural(ms2, msAbs, n, name) {
      var isPlural = msAbs >= n * 1.5;
      return Math.round(ms2 / n) + " " + name + (isPlural ? "s" : "");
    }
  }
});

// node_modules/debug/src/common.js
var require_common = __commonJS({
  "node_modules/debug/src/common.js"(exports, module) {
    function setup(env) {
      createDebug.debug = createDebug;
      createDebug.default = createDebug;
      createDebug.coerce = coerce;
      createDebug.disable = disable;
      createDebug.enable = enable;
      createDebug.enabled = enabled;
      createDebug.humanize = require_ms();
      createDebug.destroy = destroy;
      Object.keys(env).forEach((key) => {
        createDebug[key] = env[key];
      });
      createDebug.names = [];
      createDebug.skips = [];
      createDebug.formatters = {};
      function selectColor(namespace) {
        let hash = 0;
        for (let i = 0; i < namespace.length; i++) {
          hash = (hash << 5) - hash + namespace.charCodeAt(i);
          hash |= 0;
        }
        return createDebug.colors[Math.abs(hash) % createDebug.colors.length];
      }
      createDebug.selectColor = selectColor;
      function createDebug(namespace) {
        let prevTime;
        let enableOverride = null;
        let namespacesCache;
        let enabledCache;
        function debug(...args) {
          if (!debug.enabled) {
            return;
          }
          const self2 = debug;
          const curr = Number(/* @__PURE__ */ new Date());
          const ms2 = curr - (prevTime || curr);
          self2.diff = ms2;
          self2.prev = prevTime;
          self2.curr = curr;
          prevTime = curr;
          args[0] = createDebug.coerce(args[0]);
          if (typeof args[0] !== "string") {
            args.unshift("%O");
          }
          let index = 0;
          args[0] = args[0].replace(/%([a-zA-Z%])/g, (match, format) => {
            if (match === "%%") {
              return "%";
            }
            index++;
            const formatter = createDebug.formatters[format];
            if (typeof formatter === "function") {
              const val = args[index];
              match = formatter.call(self2, val);
              args.splice(index, 1);
              index--;
            }
            return match;
          });
          createDebug.formatArgs.call(self2, args);
          const logFn = self2.log || createDebug.log;
          logFn.apply(self2, args);
        }
        debug.namespace = namespace;
        debug.useColors = createDebug.useColors();
        debug.color = createDebug.selectColor(namespace);
        debug.extend = extend;
        debug.destroy = createDebug.destroy;
        Object.defineProperty(debug, "enabled", {
          enumerable: true,
          configurable: false,
          get: () => {
            if (enableOverride !== null) {
              return enableOverride;
            }
            if (namespacesCache !== createDebug.namespaces) {
              namespacesCache = createDebug.namespaces;
              enabledCache = createDebug.enabled(namespace);
            }
            return enabledCache;
          },
          set: (v2) => {
            enableOverride = v2;
          }
        });
        if (typeof createDebug.init === "function") {
          createDebug.init(debug);
        }
        return debug;
      }
      function extend(namespace, delimiter) {
        const newDebug = createDebug(this.namespace + (typeof delimiter === "undefined" ? ":" : delimiter) + namespace);
        newDebug.log = this.log;
        return newDebug;
      }
      function enable(namespaces) {
        createDebug.save(namespaces);
        createDebug.namespaces = namespaces;
        createDebug.names = [];
        createDebug.skips = [];
        const split = (typeof namespaces === "string" ? namespaces : "").trim().replace(/\s+/g, ",").split(",").filter(Boolean);
        for (const ns2 of split) {
          if (ns2[0] === "-") {
            createDebug.skips.push(ns2.slice(1));
          } else {
            createDebug.names.push(ns2);
          }
        }
      }
      function matchesTemplate(search, template) {
        let searchIndex = 0;
        let templateIndex = 0;
        let starIndex = -1;
        let matchIndex = 0;
        while (searchIndex < search.length) {
          if (templateIndex < template.length && (template[templateIndex] === search[searchIndex] || template[templateIndex] === "*")) {
            if (template[templateIndex] === "*") {
              starIndex = templateIndex;
              matchIndex = searchIndex;
              templateIndex++;
            } else {
              searchIndex++;
              templateIndex++;
            }
          } else if (starIndex !== -1) {
            templateIndex = starIndex + 1;
            matchIndex++;
            searchIndex = matchIndex;
          } else {
            return false;
          }
        }
        while (templateIndex < template.length && template[templateIndex] === "*") {
          templateIndex++;
        }
        return templateIndex === template.length;
      }
      function disable() {
        const namespaces = [
          ...createDebug.names,
          ...createDebug.skips.map((namespace) => "-" + namespace)
        ].join(",");
        createDebug.enable("");
        return namespaces;
      }
      function enabled(name) {
        for (const skip of createDebug.skips) {
          if (matchesTemplate(name, skip)) {
            return false;
          }
        }
        for (const ns2 of createDebug.names) {
          if (matchesTemplate(name, ns2)) {
            return true;
          }
        }
        return false;
      }
      function coerce(val) {
        if (val instanceof Error) {
          return val.stack || val.message;
        }
        return val;
      }
      function destroy() {
        console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.");
      }
      createDebug.enable(createDebug.load());
      return createDebug;
    }
    module.exports = setup;
  }
});

// node_modules/debug/src/browser.js
var require_browser = __commonJS({
  "node_modules/debug/src/browser.js"(exports, module) {
    exports.formatArgs = formatArgs;
    exports.save = save;
    exports.load = load;
    exports.useColors = useColors;
    exports.storage = localstorage();
    exports.destroy = /* @__PURE__ */ (() => {
      let warned = false;
      return () => {
        if (!warned) {
          warned = true;
          console.warn("Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.");
        }
      };
    })();
    exports.colors = [
      "#0000CC",
      "#0000FF",
      "#0033CC",
      "#0033FF",
      "#0066CC",
      "#0066FF",
      "#0099CC",
      "#0099FF",
      "#00CC00",
      "#00CC33",
      "#00CC66",
      "#00CC99",
      "#00CCCC",
      "#00CCFF",
      "#3300CC",
      "#3300FF",
      "#3333CC",
      "#3333FF",
      "#3366CC",
      "#3366FF",
      "#3399CC",
      "#3399FF",
      "#33CC00",
      "#33CC33",
      "#33CC66",
      "#33CC99",
      "#33CCCC",
      "#33CCFF",
      "#6600CC",
      "#6600FF",
      "#6633CC",
      "#6633FF",
      "#66CC00",
      "#66CC33",
      "#9900CC",
      "#9900FF",
      "#9933CC",
      "#9933FF",
      "#99CC00",
      "#99CC33",
      "#CC0000",
      "#CC0033",
      "#CC0066",
      "#CC0099",
      "#CC00CC",
      "#CC00FF",
      "#CC3300",
      "#CC3333",
      "#CC3366",
      "#CC3399",
      "#CC33CC",
      "#CC33FF",
      "#CC6600",
      "#CC6633",
      "#CC9900",
      "#CC9933",
      "#CCCC00",
      "#CCCC33",
      "#FF0000",
      "#FF0033",
      "#FF0066",
      "#FF0099",
      "#FF00CC",
      "#FF00FF",
      "#FF3300",
      "#FF3333",
      "#FF3366",
      "#FF3399",
      "#FF33CC",
      "#FF33FF",
      "#FF6600",
      "#FF6633",
      "#FF9900",
      "#FF9933",
      "#FFCC00",
      "#FFCC33"
    ];
    function useColors() {
      if (typeof window !== "undefined" && window.process && (window.process.type === "renderer" || window.process.__nwjs)) {
        return true;
      }
      if (typeof navigator !== "undefined" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/(edge|trident)\/(\d+)/)) {
        return false;
      }
      let m2;
      return typeof document !== "undefined" && document.documentElement && document.documentElement.style && document.documentElement.style.WebkitAppearance || // Is firebug? http://stackoverflow.com/a/398120/376773
      typeof window !== "undefined" && window.console && (window.console.firebug || window.console.exception && window.console.table) || // Is firefox >= v31?
      // https://developer.mozilla.org/en-US/docs/Tools/Web_Console#Styling_messages
      typeof navigator !== "undefined" && navigator.userAgent && (m2 = navigator.userAgent.toLowerCase().match(/firefox\/(\d+)/)) && parseInt(m2[1], 10) >= 31 || // Double check webkit in userAgent just in case we are in a worker
      typeof navigator !== "undefined" && navigator.userAgent && navigator.userAgent.toLowerCase().match(/applewebkit\/(\d+)/);
    }
    function formatArgs(args) {
      args[0] = (this.useColors ? "%c" : "") + this.namespace + (this.useColors ? " %c" : " ") + args[0] + (this.useColors ? "%c " : " ") + "+" + module.exports.humanize(this.diff);
      if (!this.useColors) {
        return;
      }
      const c3 = "color: " + this.color;
      args.splice(1, 0, c3, "color: inherit");
      let index = 0;
      let lastC = 0;
      args[0].replace(/%[a-zA-Z%]/g, (match) => {
        if (match === "%%") {
          return;
        }
        index++;
        if (match === "%c") {
          lastC = index;
        }
      });
      args.splice(lastC, 0, c3);
    }
    exports.log = console.debug || console.log || (() => {
    });
    function save(namespaces) {
      try {
        if (namespaces) {
          exports.storage.setItem("debug", namespaces);
        } else {
          exports.storage.removeItem("debug");
        }
      } catch (error) {
      }
    }
    function load() {
      let r2;
      try {
        r2 = exports.storage.getItem("debug") || exports.storage.getItem("DEBUG");
      } catch (error) {
      }
      if (!r2 && typeof process !== "undefined" && "env" in process) {
        r2 = process.env.DEBUG;
      }
      return r2;
    }
    function localstorage() {
      try {
        return localStorage;
      } catch (error) {
      }
    }
    module.exports = require_common()(exports);
    var { formatters } = module.exports;
    formatters.j = function(v2) {
      try {
        return JSON.stringify(v2);
      } catch (error) {
        return "[UnexpectedJSONParseError]: " + error.message;
      }
    };
  }
});

// node_modules/has-flag/index.js
var require_has_flag = __commonJS({
  "node_modules/has-flag/index.js"(exports, module) {
    "use strict";
    module.exports = (flag, argv = process.argv) => {
      const prefix = flag.startsWith("-") ? "" : flag.length === 1 ? "-" : "--";
      const position = argv.indexOf(prefix + flag);
      const terminatorPosition = argv.indexOf("--");
      return position !== -1 && (terminatorPosition === -1 || position < terminatorPosition);
    };
  }
});

// node_modules/supports-color/index.js
var require_supports_color = __commonJS({
  "node_modules/supports-color/index.js"(exports, module) {
    "use strict";
    var os2 = __require("os");
    var tty = __require("tty");
    var hasFlag = require_has_flag();
    var { env } = process;
    var forceColor;
    if (hasFlag("no-color") || hasFlag("no-colors") || hasFlag("color=false") || hasFlag("color=never")) {
      forceColor = 0;
    } else if (hasFlag("color") || hasFlag("colors") || hasFlag("color=true") || hasFlag("color=always")) {
      forceColor = 1;
    }
    if ("FORCE_COLOR" in env) {
      if (env.FORCE_COLOR === "true") {
        forceColor = 1;
      } else if (env.FORCE_COLOR === "false") {
        forceColor = 0;
      } else {
        forceColor = env.FORCE_COLOR.length === 0 ? 1 : Math.min(parseInt(env.FORCE_COLOR, 10), 3);
      }
    }
    function translateLevel(level) {
      if (level === 0) {
        return false;
      }
      return {
        level,
        hasBasic: true,
        has256: level >= 2,
        has16m: level >= 3
      };
    }
    function supportsColor(haveStream, streamIsTTY) {
      if (forceColor === 0) {
        return 0;
      }
      if (hasFlag("color=16m") || hasFlag("color=full") || hasFlag("color=truecolor")) {
        return 3;
      }
      if (hasFlag("color=256")) {
        return 2;
      }
      if (haveStream && !streamIsTTY && forceColor === void 0) {
        return 0;
      }
      const min = forceColor || 0;
      if (env.TERM === "dumb") {
        return min;
      }
      if (process.platform === "win32") {
        const osRelease = os2.release().split(".");
        if (Number(osRelease[0]) >= 10 && Number(osRelease[2]) >= 10586) {
          return Number(osRelease[2]) >= 14931 ? 3 : 2;
        }
        return 1;
      }
      if ("CI" in env) {
        if (["TRAVIS", "CIRCLECI", "APPVEYOR", "GITLAB_CI", "GITHUB_ACTIONS", "BUILDKITE"].some((sign) => sign in env) || env.CI_NAME === "codeship") {
          return 1;
        }
        return min;
      }
      if ("TEAMCITY_VERSION" in env) {
        return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 1 : 0;
      }
      if (env.COLORTERM === "truecolor") {
        return 3;
      }
      if ("TERM_PROGRAM" in env) {
        const version = parseInt((env.TERM_PROGRAM_VERSION || "").split(".")[0], 10);
        switch (env.TERM_PROGRAM) {
          case "iTerm.app":
            return version >= 3 ? 3 : 2;
          case "Apple_Terminal":
            return 2;
        }
      }
      if (/-256(color)?$/i.test(env.TERM)) {
        return 2;
      }
      if (/^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM)) {
        return 1;
      }
      if ("COLORTERM" in env) {
        return 1;
      }
      return min;
    }
    function getSupportLevel(stream2) {
      const level = supportsColor(stream2, stream2 && stream2.isTTY);
      return translateLevel(level);
    }
    module.exports = {
      supportsColor: getSupportLevel,
      stdout: translateLevel(supportsColor(true, tty.isatty(1))),
      stderr: translateLevel(supportsColor(true, tty.isatty(2)))
    };
  }
});

// node_modules/debug/src/node.js
var require_node = __commonJS({
  "node_modules/debug/src/node.js"(exports, module) {
    var tty = __require("tty");
    var util = __require("util");
    exports.init = init;
    exports.log = log;
    exports.formatArgs = formatArgs;
    exports.save = save;
    exports.load = load;
    exports.useColors = useColors;
    exports.destroy = util.deprecate(
      () => {
      },
      "Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`."
    );
    exports.colors = [6, 2, 3, 4, 5, 1];
    try {
      const supportsColor = require_supports_color();
      if (supportsColor && (supportsColor.stderr || supportsColor).level >= 2) {
        exports.colors = [
          20,
          21,
          26,
          27,
          32,
          33,
          38,
          39,
          40,
          41,
          42,
          43,
          44,
          45,
          56,
          57,
          62,
          63,
          68,
          69,
          74,
          75,
          76,
          77,
          78,
          79,
          80,
          81,
          92,
          93,
          98,
          99,
          112,
          113,
          128,
          129,
          134,
          135,
          148,
          149,
          160,
          161,
          162,
          163,
          164,
          165,
          166,
          167,
          168,
          169,
          170,
          171,
          172,
          173,
          178,
          179,
          184,
          185,
          196,
          197,
          198,
          199,
          200,
          201,
          202,
          203,
          204,
          205,
          206,
          207,
          208,
          209,
          214,
          215,
          220,
          221
        ];
      }
    } catch (error) {
    }
    exports.inspectOpts = Object.keys(process.env).filter((key) => {
      return /^debug_/i.test(key);
    }).reduce((obj, key) => {
      const prop = key.substring(6).toLowerCase().replace(/_([a-z])/g, (_3, k2) => {
        return k2.toUpperCase();
      });
      let val = process.env[key];
      if (/^(yes|on|true|enabled)$/i.test(val)) {
        val = true;
      } else if (/^(no|off|false|disabled)$/i.test(val)) {
        val = false;
      } else if (val === "null") {
        val = null;
      } else {
        val = Number(val);
      }
      obj[prop] = val;
      return obj;
    }, {});
    function useColors() {
      return "colors" in exports.inspectOpts ? Boolean(exports.inspectOpts.colors) : tty.isatty(process.stderr.fd);
    }
    function formatArgs(args) {
      const { namespace: name, useColors: useColors2 } = this;
      if (useColors2) {
        const c3 = this.color;
        const colorCode = "\x1B[3" + (c3 < 8 ? c3 : "8;5;" + c3);
        const prefix = `  ${colorCode};1m${name} \x1B[0m`;
        args[0] = prefix + args[0].split("\n").join("\n" + prefix);
        args.push(colorCode + "m+" + module.exports.humanize(this.diff) + "\x1B[0m");
      } else {
        args[0] = getDate() + name + " " + args[0];
      }
    }
    function getDate() {
      if (exports.inspectOpts.hideDate) {
        return "";
      }
      return (/* @__PURE__ */ new Date()).toISOString() + " ";
    }
    function log(...args) {
      return process.stderr.write(util.formatWithOptions(exports.inspectOpts, ...args) + "\n");
    }
    function save(namespaces) {
      if (namespaces) {
        process.env.DEBUG = namespaces;
      } else {
        delete process.env.DEBUG;
      }
    }
    function load() {
      return process.env.DEBUG;
    }
    function init(debug) {
      debug.inspectOpts = {};
      const keys = Object.keys(exports.inspectOpts);
      for (let i = 0; i < keys.length; i++) {
        debug.inspectOpts[keys[i]] = exports.inspectOpts[keys[i]];
      }
    }
    module.exports = require_common()(exports);
    var { formatters } = module.exports;
    formatters.o = function(v2) {
      this.inspectOpts.colors = this.useColors;
      return util.inspect(v2, this.inspectOpts).split("\n").map((str) => str.trim()).join(" ");
    };
    formatters.O = function(v2) {
      this.inspectOpts.colors = this.useColors;
      return util.inspect(v2, this.inspectOpts);
    };
  }
});

// node_modules/debug/src/index.js
var require_src = __commonJS({
  "node_modules/debug/src/index.js"(exports, module) {
    if (typeof process === "undefined" || process.type === "renderer" || process.browser === true || process.__nwjs) {
      module.exports = require_browser();
    } else {
      module.exports = require_node();
    }
  }
});

// node_modules/@kwsites/file-exists/dist/src/index.js
var require_src2 = __commonJS({
  "node_modules/@kwsites/file-exists/dist/src/index.js"(exports) {
    "use strict";
    var __importDefault = exports && exports.__importDefault || function(mod) {
      return mod && mod.__esModule ? mod : { "default": mod };
    };
    Object.defineProperty(exports, "__esModule", { value: true });
    var fs_1 = __require("fs");
    var debug_1 = __importDefault(require_src());
    var log = debug_1.default("@kwsites/file-exists");
    function check(path, isFile, isDirectory) {
      log(`checking %s`, path);
      try {
        const stat2 = fs_1.statSync(path);
        if (stat2.isFile() && isFile) {
          log(`[OK] path represents a file`);
          return true;
        }
        if (stat2.isDirectory() && isDirectory) {
          log(`[OK] path represents a directory`);
          return true;
        }
        log(`[FAIL] path represents something other than a file or directory`);
        return false;
      } catch (e) {
        if (e.code === "ENOENT") {
          log(`[FAIL] path is not accessible: %o`, e);
          return false;
        }
        log(`[FATAL] %o`, e);
        throw e;
      }
    }
    function exists(path, type = exports.READABLE) {
      return check(path, (type & exports.FILE) > 0, (type & exports.FOLDER) > 0);
    }
    exports.exists = exists;
    exports.FILE = 1;
    exports.FOLDER = 2;
    exports.READABLE = exports.FILE + exports.FOLDER;
  }
});

// node_modules/@kwsites/file-exists/dist/index.js
var require_dist = __commonJS({
  "node_modules/@kwsites/file-exists/dist/index.js"(exports) {
    "use strict";
    function __export(m2) {
      for (var p2 in m2) if (!exports.hasOwnProperty(p2)) exports[p2] = m2[p2];
    }
    Object.defineProperty(exports, "__esModule", { value: true });
    __export(require_src2());
  }
});

// node_modules/@kwsites/promise-deferred/dist/index.js
var require_dist2 = __commonJS({
  "node_modules/@kwsites/promise-deferred/dist/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.createDeferred = exports.deferred = void 0;
    function deferred() {
      let done;
      let fail;
      let status = "pending";
      const promise = new Promise((_done, _fail) => {
        done = _done;
        fail = _fail;
      });
      return {
        promise,
        done(result) {
          if (status === "pending") {
            status = "resolved";
            done(result);
          }
        },
        fail(error) {
          if (status === "pending") {
            status = "rejected";
            fail(error);
          }
        },
        get fulfilled() {
          return status !== "pending";
        },
        get status() {
          return status;
        }
      };
    }
    exports.deferred = deferred;
    exports.createDeferred = deferred;
    exports.default = deferred;
  }
});

// node_modules/@octokit/request/node_modules/content-type/dist/index.js
var require_dist3 = __commonJS({
  "node_modules/@octokit/request/node_modules/content-type/dist/index.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.format = format;
    exports.parse = parse3;
    var TEXT_REGEXP = /^[\u0009\u0020-\u007e\u0080-\u00ff]*$/;
    var TOKEN_REGEXP = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
    var QUOTE_REGEXP = /[\\"]/g;
    var TYPE_REGEXP = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+\/[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
    var NullObject = /* @__PURE__ */ (() => {
      const C2 = function() {
      };
      C2.prototype = /* @__PURE__ */ Object.create(null);
      return C2;
    })();
    function format(obj) {
      const { type, parameters } = obj;
      if (!type || !TYPE_REGEXP.test(type)) {
        throw new TypeError(`Invalid type: ${type}`);
      }
      let result = type;
      if (parameters) {
        for (const param of Object.keys(parameters)) {
          if (!TOKEN_REGEXP.test(param)) {
            throw new TypeError(`Invalid parameter name: ${param}`);
          }
          result += `; ${param}=${qstring(parameters[param])}`;
        }
      }
      return result;
    }
    function parse3(header, options) {
      const stopChar = options?.comma === true ? COMMA : 65536;
      const len = header.length;
      let index = skipOWS(header, options?.start ?? 0, len);
      const valueStart = index;
      index = skipValue(header, index, len, stopChar);
      const valueEnd = trailingOWS(header, valueStart, index);
      const type = header.slice(valueStart, valueEnd).toLowerCase();
      if (options?.parameters === false) {
        return { type, index, parameters: new NullObject() };
      }
      return parseParameters(header, type, index, len, stopChar);
    }
    var SP = 32;
    var HTAB = 9;
    var SEMI = 59;
    var EQ = 61;
    var DQUOTE = 34;
    var BSLASH = 92;
    var COMMA = 44;
    function parseParameters(header, type, index, len, stopChar) {
      const parameters = new NullObject();
      parameter: while (index < len) {
        if (header.charCodeAt(index) === stopChar)
          break;
        index = skipOWS(header, index + 1, len);
        const keyStart = index;
        while (index < len) {
          const code = header.charCodeAt(index);
          if (code === stopChar)
            break parameter;
          if (code === SEMI)
            continue parameter;
          if (code === EQ) {
            const keyEnd = trailingOWS(header, keyStart, index);
            const key = header.slice(keyStart, keyEnd).toLowerCase();
            index = skipOWS(header, index + 1, len);
            if (index < len && header.charCodeAt(index) === DQUOTE) {
              index++;
              let value = "";
              while (index < len) {
                const code2 = header.charCodeAt(index++);
                if (code2 === DQUOTE) {
                  index = skipValue(header, index, len, stopChar);
                  if (parameters[key] === void 0)
                    parameters[key] = value;
                  break;
                }
                if (code2 === BSLASH && index < len) {
                  value += header[index++];
                  continue;
                }
                value += String.fromCharCode(code2);
              }
              continue parameter;
            }
            const valueStart = index;
            index = skipValue(header, index, len, stopChar);
            if (parameters[key] === void 0) {
              const valueEnd = trailingOWS(header, valueStart, index);
              parameters[key] = header.slice(valueStart, valueEnd);
            }
            continue parameter;
          }
          index++;
        }
      }
      return { type, index, parameters };
    }
    function skipValue(str, index, len, stopChar) {
      while (index < len) {
        const code = str.charCodeAt(index);
        if (code === SEMI || code === stopChar)
          break;
        index++;
      }
      return index;
    }
    function skipOWS(header, index, len) {
      while (index < len) {
        const char = header.charCodeAt(index);
        if (char !== SP && char !== HTAB)
          break;
        index++;
      }
      return index;
    }
    function trailingOWS(header, start, end) {
      while (end > start) {
        const char = header.charCodeAt(end - 1);
        if (char !== SP && char !== HTAB)
          break;
        end--;
      }
      return end;
    }
    function qstring(str) {
      if (TOKEN_REGEXP.test(str))
        return str;
      if (TEXT_REGEXP.test(str))
        return `"${str.replace(QUOTE_REGEXP, "\\$&")}"`;
      throw new TypeError(`Invalid parameter value: ${str}`);
    }
  }
});

// node_modules/bottleneck/light.js
var require_light = __commonJS({
  "node_modules/bottleneck/light.js"(exports, module) {
    (function(global2, factory) {
      typeof exports === "object" && typeof module !== "undefined" ? module.exports = factory() : typeof define === "function" && define.amd ? define(factory) : global2.Bottleneck = factory();
    })(exports, (function() {
      "use strict";
      var commonjsGlobal = typeof globalThis !== "undefined" ? globalThis : typeof window !== "undefined" ? window : typeof global !== "undefined" ? global : typeof self !== "undefined" ? self : {};
      function getCjsExportFromNamespace(n) {
        return n && n["default"] || n;
      }
      var load = function(received, defaults, onto = {}) {
        var k2, ref, v2;
        for (k2 in defaults) {
          v2 = defaults[k2];
          onto[k2] = (ref = received[k2]) != null ? ref : v2;
        }
        return onto;
      };
      var overwrite = function(received, defaults, onto = {}) {
        var k2, v2;
        for (k2 in received) {
          v2 = received[k2];
          if (defaults[k2] !== void 0) {
            onto[k2] = v2;
          }
        }
        return onto;
      };
      var parser = {
        load,
        overwrite
      };
      var DLList;
      DLList = class DLList {
        constructor(incr, decr) {
          this.incr = incr;
          this.decr = decr;
          this._first = null;
          this._last = null;
          this.length = 0;
        }
        push(value) {
          var node;
          this.length++;
          if (typeof this.incr === "function") {
            this.incr();
          }
          node = {
            value,
            prev: this._last,
            next: null
          };
          if (this._last != null) {
            this._last.next = node;
            this._last = node;
          } else {
            this._first = this._last = node;
          }
          return void 0;
        }
        shift() {
          var value;
          if (this._first == null) {
            return;
          } else {
            this.length--;
            if (typeof this.decr === "function") {
              this.decr();
            }
          }
          value = this._first.value;
          if ((this._first = this._first.next) != null) {
            this._first.prev = null;
          } else {
            this._last = null;
          }
          return value;
        }
        first() {
          if (this._first != null) {
            return this._first.value;
          }
        }
        getArray() {
          var node, ref, results;
          node = this._first;
          results = [];
          while (node != null) {
            results.push((ref = node, node = node.next, ref.value));
          }
          return results;
        }
        forEachShift(cb) {
          var node;
          node = this.shift();
          while (node != null) {
            cb(node), node = this.shift();
          }
          return void 0;
        }
        debug() {
          var node, ref, ref1, ref2, results;
          node = this._first;
          results = [];
          while (node != null) {
            results.push((ref = node, node = node.next, {
              value: ref.value,
              prev: (ref1 = ref.prev) != null ? ref1.value : void 0,
              next: (ref2 = ref.next) != null ? ref2.value : void 0
            }));
          }
          return results;
        }
      };
      var DLList_1 = DLList;
      var Events;
      Events = class Events {
        constructor(instance) {
          this.instance = instance;
          this._events = {};
          if (this.instance.on != null || this.instance.once != null || this.instance.removeAllListeners != null) {
            throw new Error("An Emitter already exists for this object");
          }
          this.instance.on = (name, cb) => {
            return this._addListener(name, "many", cb);
          };
          this.instance.once = (name, cb) => {
            return this._addListener(name, "once", cb);
          };
          this.instance.removeAllListeners = (name = null) => {
            if (name != null) {
              return delete this._events[name];
            } else {
              return this._events = {};
            }
          };
        }
        _addListener(name, status, cb) {
          var base;
          if ((base = this._events)[name] == null) {
            base[name] = [];
          }
          this._events[name].push({ cb, status });
          return this.instance;
        }
        listenerCount(name) {
          if (this._events[name] != null) {
            return this._events[name].length;
          } else {
            return 0;
          }
        }
        async trigger(name, ...args) {
          var e, promises;
          try {
            if (name !== "debug") {
              this.trigger("debug", `Event triggered: ${name}`, args);
            }
            if (this._events[name] == null) {
              return;
            }
            this._events[name] = this._events[name].filter(function(listener) {
              return listener.status !== "none";
            });
            promises = this._events[name].map(async (listener) => {
              var e2, returned;
              if (listener.status === "none") {
                return;
              }
              if (listener.status === "once") {
                listener.status = "none";
              }
              try {
                returned = typeof listener.cb === "function" ? listener.cb(...args) : void 0;
                if (typeof (returned != null ? returned.then : void 0) === "function") {
                  return await returned;
                } else {
                  return returned;
                }
              } catch (error) {
                e2 = error;
                {
                  this.trigger("error", e2);
                }
                return null;
              }
            });
            return (await Promise.all(promises)).find(function(x3) {
              return x3 != null;
            });
          } catch (error) {
            e = error;
            {
              this.trigger("error", e);
            }
            return null;
          }
        }
      };
      var Events_1 = Events;
      var DLList$1, Events$1, Queues;
      DLList$1 = DLList_1;
      Events$1 = Events_1;
      Queues = class Queues {
        constructor(num_priorities) {
          var i;
          this.Events = new Events$1(this);
          this._length = 0;
          this._lists = (function() {
            var j3, ref, results;
            results = [];
            for (i = j3 = 1, ref = num_priorities; 1 <= ref ? j3 <= ref : j3 >= ref; i = 1 <= ref ? ++j3 : --j3) {
              results.push(new DLList$1((() => {
                return this.incr();
              }), (() => {
                return this.decr();
              })));
            }
            return results;
          }).call(this);
        }
        incr() {
          if (this._length++ === 0) {
            return this.Events.trigger("leftzero");
          }
        }
        decr() {
          if (--this._length === 0) {
            return this.Events.trigger("zero");
          }
        }
        push(job) {
          return this._lists[job.options.priority].push(job);
        }
        queued(priority) {
          if (priority != null) {
            return this._lists[priority].length;
          } else {
            return this._length;
          }
        }
        shiftAll(fn2) {
          return this._lists.forEach(function(list) {
            return list.forEachShift(fn2);
          });
        }
        getFirst(arr = this._lists) {
          var j3, len, list;
          for (j3 = 0, len = arr.length; j3 < len; j3++) {
            list = arr[j3];
            if (list.length > 0) {
              return list;
            }
          }
          return [];
        }
        shiftLastFrom(priority) {
          return this.getFirst(this._lists.slice(priority).reverse()).shift();
        }
      };
      var Queues_1 = Queues;
      var BottleneckError;
      BottleneckError = class BottleneckError extends Error {
      };
      var BottleneckError_1 = BottleneckError;
      var BottleneckError$1, DEFAULT_PRIORITY, Job, NUM_PRIORITIES, parser$1;
      NUM_PRIORITIES = 10;
      DEFAULT_PRIORITY = 5;
      parser$1 = parser;
      BottleneckError$1 = BottleneckError_1;
      Job = class Job {
        constructor(task, args, options, jobDefaults, rejectOnDrop, Events2, _states, Promise2) {
          this.task = task;
          this.args = args;
          this.rejectOnDrop = rejectOnDrop;
          this.Events = Events2;
          this._states = _states;
          this.Promise = Promise2;
          this.options = parser$1.load(options, jobDefaults);
          this.options.priority = this._sanitizePriority(this.options.priority);
          if (this.options.id === jobDefaults.id) {
            this.options.id = `${this.options.id}-${this._randomIndex()}`;
          }
          this.promise = new this.Promise((_resolve, _reject) => {
            this._resolve = _resolve;
            this._reject = _reject;
          });
          this.retryCount = 0;
        }
        _sanitizePriority(priority) {
          var sProperty;
          sProperty = ~~priority !== priority ? DEFAULT_PRIORITY : priority;
          if (sProperty < 0) {
            return 0;
          } else if (sProperty > NUM_PRIORITIES - 1) {
            return NUM_PRIORITIES - 1;
          } else {
            return sProperty;
          }
        }
        _randomIndex() {
          return Math.random().toString(36).slice(2);
        }
        doDrop({ error, message = "This job has been dropped by Bottleneck" } = {}) {
          if (this._states.remove(this.options.id)) {
            if (this.rejectOnDrop) {
              this._reject(error != null ? error : new BottleneckError$1(message));
            }
            this.Events.trigger("dropped", { args: this.args, options: this.options, task: this.task, promise: this.promise });
            return true;
          } else {
            return false;
          }
        }
        _assertStatus(expected) {
          var status;
          status = this._states.jobStatus(this.options.id);
          if (!(status === expected || expected === "DONE" && status === null)) {
            throw new BottleneckError$1(`Invalid job status ${status}, expected ${expected}. Please open an issue at https://github.com/SGrondin/bottleneck/issues`);
          }
        }
        doReceive() {
          this._states.start(this.options.id);
          return this.Events.trigger("received", { args: this.args, options: this.options });
        }
        doQueue(reachedHWM, blocked) {
          this._assertStatus("RECEIVED");
          this._states.next(this.options.id);
          return this.Events.trigger("queued", { args: this.args, options: this.options, reachedHWM, blocked });
        }
        doRun() {
          if (this.retryCount === 0) {
            this._assertStatus("QUEUED");
            this._states.next(this.options.id);
          } else {
            this._assertStatus("EXECUTING");
          }
          return this.Events.trigger("scheduled", { args: this.args, options: this.options });
        }
        async doExecute(chained, clearGlobalState, run, free) {
          var error, eventInfo, passed;
          if (this.retryCount === 0) {
            this._assertStatus("RUNNING");
            this._states.next(this.options.id);
          } else {
            this._assertStatus("EXECUTING");
          }
          eventInfo = { args: this.args, options: this.options, retryCount: this.retryCount };
          this.Events.trigger("executing", eventInfo);
          try {
            passed = await (chained != null ? chained.schedule(this.options, this.task, ...this.args) : this.task(...this.args));
            if (clearGlobalState()) {
              this.doDone(eventInfo);
              await free(this.options, eventInfo);
              this._assertStatus("DONE");
              return this._resolve(passed);
            }
          } catch (error1) {
            error = error1;
            return this._onFailure(error, eventInfo, clearGlobalState, run, free);
          }
        }
        doExpire(clearGlobalState, run, free) {
          var error, eventInfo;
          if (this._states.jobStatus(this.options.id === "RUNNING")) {
            this._states.next(this.options.id);
          }
          this._assertStatus("EXECUTING");
          eventInfo = { args: this.args, options: this.options, retryCount: this.retryCount };
          error = new BottleneckError$1(`This job timed out after ${this.options.expiration} ms.`);
          return this._onFailure(error, eventInfo, clearGlobalState, run, free);
        }
        async _onFailure(error, eventInfo, clearGlobalState, run, free) {
          var retry2, retryAfter;
          if (clearGlobalState()) {
            retry2 = await this.Events.trigger("failed", error, eventInfo);
            if (retry2 != null) {
              retryAfter = ~~retry2;
              this.Events.trigger("retry", `Retrying ${this.options.id} after ${retryAfter} ms`, eventInfo);
              this.retryCount++;
              return run(retryAfter);
            } else {
              this.doDone(eventInfo);
              await free(this.options, eventInfo);
              this._assertStatus("DONE");
              return this._reject(error);
            }
          }
        }
        doDone(eventInfo) {
          this._assertStatus("EXECUTING");
          this._states.next(this.options.id);
          return this.Events.trigger("done", eventInfo);
        }
      };
      var Job_1 = Job;
      var BottleneckError$2, LocalDatastore, parser$2;
      parser$2 = parser;
      BottleneckError$2 = BottleneckError_1;
      LocalDatastore = class LocalDatastore {
        constructor(instance, storeOptions, storeInstanceOptions) {
          this.instance = instance;
          this.storeOptions = storeOptions;
          this.clientId = this.instance._randomIndex();
          parser$2.load(storeInstanceOptions, storeInstanceOptions, this);
          this._nextRequest = this._lastReservoirRefresh = this._lastReservoirIncrease = Date.now();
          this._running = 0;
          this._done = 0;
          this._unblockTime = 0;
          this.ready = this.Promise.resolve();
          this.clients = {};
          this._startHeartbeat();
        }
        _startHeartbeat() {
          var base;
          if (this.heartbeat == null && (this.storeOptions.reservoirRefreshInterval != null && this.storeOptions.reservoirRefreshAmount != null || this.storeOptions.reservoirIncreaseInterval != null && this.storeOptions.reservoirIncreaseAmount != null)) {
            return typeof (base = this.heartbeat = setInterval(() => {
              var amount, incr, maximum, now, reservoir;
              now = Date.now();
              if (this.storeOptions.reservoirRefreshInterval != null && now >= this._lastReservoirRefresh + this.storeOptions.reservoirRefreshInterval) {
                this._lastReservoirRefresh = now;
                this.storeOptions.reservoir = this.storeOptions.reservoirRefreshAmount;
                this.instance._drainAll(this.computeCapacity());
              }
              if (this.storeOptions.reservoirIncreaseInterval != null && now >= this._lastReservoirIncrease + this.storeOptions.reservoirIncreaseInterval) {
                ({
                  reservoirIncreaseAmount: amount,
                  reservoirIncreaseMaximum: maximum,
                  reservoir
                } = this.storeOptions);
                this._lastReservoirIncrease = now;
                incr = maximum != null ? Math.min(amount, maximum - reservoir) : amount;
                if (incr > 0) {
                  this.storeOptions.reservoir += incr;
                  return this.instance._drainAll(this.computeCapacity());
                }
              }
            }, this.heartbeatInterval)).unref === "function" ? base.unref() : void 0;
          } else {
            return clearInterval(this.heartbeat);
          }
        }
        async __publish__(message) {
          await this.yieldLoop();
          return this.instance.Events.trigger("message", message.toString());
        }
        async __disconnect__(flush) {
          await this.yieldLoop();
          clearInterval(this.heartbeat);
          return this.Promise.resolve();
        }
        yieldLoop(t2 = 0) {
          return new this.Promise(function(resolve2, reject) {
            return setTimeout(resolve2, t2);
          });
        }
        computePenalty() {
          var ref;
          return (ref = this.storeOptions.penalty) != null ? ref : 15 * this.storeOptions.minTime || 5e3;
        }
        async __updateSettings__(options) {
          await this.yieldLoop();
          parser$2.overwrite(options, options, this.storeOptions);
          this._startHeartbeat();
          this.instance._drainAll(this.computeCapacity());
          return true;
        }
        async __running__() {
          await this.yieldLoop();
          return this._running;
        }
        async __queued__() {
          await this.yieldLoop();
          return this.instance.queued();
        }
        async __done__() {
          await this.yieldLoop();
          return this._done;
        }
        async __groupCheck__(time) {
          await this.yieldLoop();
          return this._nextRequest + this.timeout < time;
        }
        computeCapacity() {
          var maxConcurrent, reservoir;
          ({ maxConcurrent, reservoir } = this.storeOptions);
          if (maxConcurrent != null && reservoir != null) {
            return Math.min(maxConcurrent - this._running, reservoir);
          } else if (maxConcurrent != null) {
            return maxConcurrent - this._running;
          } else if (reservoir != null) {
            return reservoir;
          } else {
            return null;
          }
        }
        conditionsCheck(weight) {
          var capacity;
          capacity = this.computeCapacity();
          return capacity == null || weight <= capacity;
        }
        async __incrementReservoir__(incr) {
          var reservoir;
          await this.yieldLoop();
          reservoir = this.storeOptions.reservoir += incr;
          this.instance._drainAll(this.computeCapacity());
          return reservoir;
        }
        async __currentReservoir__() {
          await this.yieldLoop();
          return this.storeOptions.reservoir;
        }
        isBlocked(now) {
          return this._unblockTime >= now;
        }
        check(weight, now) {
          return this.conditionsCheck(weight) && this._nextRequest - now <= 0;
        }
        async __check__(weight) {
          var now;
          await this.yieldLoop();
          now = Date.now();
          return this.check(weight, now);
        }
        async __register__(index, weight, expiration) {
          var now, wait;
          await this.yieldLoop();
          now = Date.now();
          if (this.conditionsCheck(weight)) {
            this._running += weight;
            if (this.storeOptions.reservoir != null) {
              this.storeOptions.reservoir -= weight;
            }
            wait = Math.max(this._nextRequest - now, 0);
            this._nextRequest = now + wait + this.storeOptions.minTime;
            return {
              success: true,
              wait,
              reservoir: this.storeOptions.reservoir
            };
          } else {
            return {
              success: false
            };
          }
        }
        strategyIsBlock() {
          return this.storeOptions.strategy === 3;
        }
        async __submit__(queueLength, weight) {
          var blocked, now, reachedHWM;
          await this.yieldLoop();
          if (this.storeOptions.maxConcurrent != null && weight > this.storeOptions.maxConcurrent) {
            throw new BottleneckError$2(`Impossible to add a job having a weight of ${weight} to a limiter having a maxConcurrent setting of ${this.storeOptions.maxConcurrent}`);
          }
          now = Date.now();
          reachedHWM = this.storeOptions.highWater != null && queueLength === this.storeOptions.highWater && !this.check(weight, now);
          blocked = this.strategyIsBlock() && (reachedHWM || this.isBlocked(now));
          if (blocked) {
            this._unblockTime = now + this.computePenalty();
            this._nextRequest = this._unblockTime + this.storeOptions.minTime;
            this.instance._dropAllQueued();
          }
          return {
            reachedHWM,
            blocked,
            strategy: this.storeOptions.strategy
          };
        }
        async __free__(index, weight) {
          await this.yieldLoop();
          this._running -= weight;
          this._done += weight;
          this.instance._drainAll(this.computeCapacity());
          return {
            running: this._running
          };
        }
      };
      var LocalDatastore_1 = LocalDatastore;
      var BottleneckError$3, States;
      BottleneckError$3 = BottleneckError_1;
      States = class States {
        constructor(status1) {
          this.status = status1;
          this._jobs = {};
          this.counts = this.status.map(function() {
            return 0;
          });
        }
        next(id) {
          var current, next;
          current = this._jobs[id];
          next = current + 1;
          if (current != null && next < this.status.length) {
            this.counts[current]--;
            this.counts[next]++;
            return this._jobs[id]++;
          } else if (current != null) {
            this.counts[current]--;
            return delete this._jobs[id];
          }
        }
        start(id) {
          var initial;
          initial = 0;
          this._jobs[id] = initial;
          return this.counts[initial]++;
        }
        remove(id) {
          var current;
          current = this._jobs[id];
          if (current != null) {
            this.counts[current]--;
            delete this._jobs[id];
          }
          return current != null;
        }
        jobStatus(id) {
          var ref;
          return (ref = this.status[this._jobs[id]]) != null ? ref : null;
        }
        statusJobs(status) {
          var k2, pos, ref, results, v2;
          if (status != null) {
            pos = this.status.indexOf(status);
            if (pos < 0) {
              throw new BottleneckError$3(`status must be one of ${this.status.join(", ")}`);
            }
            ref = this._jobs;
            results = [];
            for (k2 in ref) {
              v2 = ref[k2];
              if (v2 === pos) {
                results.push(k2);
              }
            }
            return results;
          } else {
            return Object.keys(this._jobs);
          }
        }
        statusCounts() {
          return this.counts.reduce(((acc, v2, i) => {
            acc[this.status[i]] = v2;
            return acc;
          }), {});
        }
      };
      var States_1 = States;
      var DLList$2, Sync;
      DLList$2 = DLList_1;
      Sync = class Sync {
        constructor(name, Promise2) {
          this.schedule = this.schedule.bind(this);
          this.name = name;
          this.Promise = Promise2;
          this._running = 0;
          this._queue = new DLList$2();
        }
        isEmpty() {
          return this._queue.length === 0;
        }
        async _tryToRun() {
          var args, cb, error, reject, resolve2, returned, task;
          if (this._running < 1 && this._queue.length > 0) {
            this._running++;
            ({ task, args, resolve: resolve2, reject } = this._queue.shift());
            cb = await (async function() {
              try {
                returned = await task(...args);
                return function() {
                  return resolve2(returned);
                };
              } catch (error1) {
                error = error1;
                return function() {
                  return reject(error);
                };
              }
            })();
            this._running--;
            this._tryToRun();
            return cb();
          }
        }
        schedule(task, ...args) {
          var promise, reject, resolve2;
          resolve2 = reject = null;
          promise = new this.Promise(function(_resolve, _reject) {
            resolve2 = _resolve;
            return reject = _reject;
          });
          this._queue.push({ task, args, resolve: resolve2, reject });
          this._tryToRun();
          return promise;
        }
      };
      var Sync_1 = Sync;
      var version = "2.19.5";
      var version$1 = {
        version
      };
      var version$2 = /* @__PURE__ */ Object.freeze({
        version,
        default: version$1
      });
      var require$$2 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$3 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$4 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var Events$2, Group, IORedisConnection$1, RedisConnection$1, Scripts$1, parser$3;
      parser$3 = parser;
      Events$2 = Events_1;
      RedisConnection$1 = require$$2;
      IORedisConnection$1 = require$$3;
      Scripts$1 = require$$4;
      Group = (function() {
        class Group2 {
          constructor(limiterOptions = {}) {
            this.deleteKey = this.deleteKey.bind(this);
            this.limiterOptions = limiterOptions;
            parser$3.load(this.limiterOptions, this.defaults, this);
            this.Events = new Events$2(this);
            this.instances = {};
            this.Bottleneck = Bottleneck_1;
            this._startAutoCleanup();
            this.sharedConnection = this.connection != null;
            if (this.connection == null) {
              if (this.limiterOptions.datastore === "redis") {
                this.connection = new RedisConnection$1(Object.assign({}, this.limiterOptions, { Events: this.Events }));
              } else if (this.limiterOptions.datastore === "ioredis") {
                this.connection = new IORedisConnection$1(Object.assign({}, this.limiterOptions, { Events: this.Events }));
              }
            }
          }
          key(key = "") {
            var ref;
            return (ref = this.instances[key]) != null ? ref : (() => {
              var limiter;
              limiter = this.instances[key] = new this.Bottleneck(Object.assign(this.limiterOptions, {
                id: `${this.id}-${key}`,
                timeout: this.timeout,
                connection: this.connection
              }));
              this.Events.trigger("created", limiter, key);
              return limiter;
            })();
          }
          async deleteKey(key = "") {
            var deleted, instance;
            instance = this.instances[key];
            if (this.connection) {
              deleted = await this.connection.__runCommand__(["del", ...Scripts$1.allKeys(`${this.id}-${key}`)]);
            }
            if (instance != null) {
              delete this.instances[key];
              await instance.disconnect();
            }
            return instance != null || deleted > 0;
          }
          limiters() {
            var k2, ref, results, v2;
            ref = this.instances;
            results = [];
            for (k2 in ref) {
              v2 = ref[k2];
              results.push({
                key: k2,
                limiter: v2
              });
            }
            return results;
          }
          keys() {
            return Object.keys(this.instances);
          }
          async clusterKeys() {
            var cursor, end, found, i, k2, keys, len, next, start;
            if (this.connection == null) {
              return this.Promise.resolve(this.keys());
            }
            keys = [];
            cursor = null;
            start = `b_${this.id}-`.length;
            end = "_settings".length;
            while (cursor !== 0) {
              [next, found] = await this.connection.__runCommand__(["scan", cursor != null ? cursor : 0, "match", `b_${this.id}-*_settings`, "count", 1e4]);
              cursor = ~~next;
              for (i = 0, len = found.length; i < len; i++) {
                k2 = found[i];
                keys.push(k2.slice(start, -end));
              }
            }
            return keys;
          }
          _startAutoCleanup() {
            var base;
            clearInterval(this.interval);
            return typeof (base = this.interval = setInterval(async () => {
              var e, k2, ref, results, time, v2;
              time = Date.now();
              ref = this.instances;
              results = [];
              for (k2 in ref) {
                v2 = ref[k2];
                try {
                  if (await v2._store.__groupCheck__(time)) {
                    results.push(this.deleteKey(k2));
                  } else {
                    results.push(void 0);
                  }
                } catch (error) {
                  e = error;
                  results.push(v2.Events.trigger("error", e));
                }
              }
              return results;
            }, this.timeout / 2)).unref === "function" ? base.unref() : void 0;
          }
          updateSettings(options = {}) {
            parser$3.overwrite(options, this.defaults, this);
            parser$3.overwrite(options, options, this.limiterOptions);
            if (options.timeout != null) {
              return this._startAutoCleanup();
            }
          }
          disconnect(flush = true) {
            var ref;
            if (!this.sharedConnection) {
              return (ref = this.connection) != null ? ref.disconnect(flush) : void 0;
            }
          }
        }
        Group2.prototype.defaults = {
          timeout: 1e3 * 60 * 5,
          connection: null,
          Promise,
          id: "group-key"
        };
        return Group2;
      }).call(commonjsGlobal);
      var Group_1 = Group;
      var Batcher, Events$3, parser$4;
      parser$4 = parser;
      Events$3 = Events_1;
      Batcher = (function() {
        class Batcher2 {
          constructor(options = {}) {
            this.options = options;
            parser$4.load(this.options, this.defaults, this);
            this.Events = new Events$3(this);
            this._arr = [];
            this._resetPromise();
            this._lastFlush = Date.now();
          }
          _resetPromise() {
            return this._promise = new this.Promise((res, rej) => {
              return this._resolve = res;
            });
          }
          _flush() {
            clearTimeout(this._timeout);
            this._lastFlush = Date.now();
            this._resolve();
            this.Events.trigger("batch", this._arr);
            this._arr = [];
            return this._resetPromise();
          }
          add(data) {
            var ret;
            this._arr.push(data);
            ret = this._promise;
            if (this._arr.length === this.maxSize) {
              this._flush();
            } else if (this.maxTime != null && this._arr.length === 1) {
              this._timeout = setTimeout(() => {
                return this._flush();
              }, this.maxTime);
            }
            return ret;
          }
        }
        Batcher2.prototype.defaults = {
          maxTime: null,
          maxSize: null,
          Promise
        };
        return Batcher2;
      }).call(commonjsGlobal);
      var Batcher_1 = Batcher;
      var require$$4$1 = () => console.log("You must import the full version of Bottleneck in order to use this feature.");
      var require$$8 = getCjsExportFromNamespace(version$2);
      var Bottleneck2, DEFAULT_PRIORITY$1, Events$4, Job$1, LocalDatastore$1, NUM_PRIORITIES$1, Queues$1, RedisDatastore$1, States$1, Sync$1, parser$5, splice = [].splice;
      NUM_PRIORITIES$1 = 10;
      DEFAULT_PRIORITY$1 = 5;
      parser$5 = parser;
      Queues$1 = Queues_1;
      Job$1 = Job_1;
      LocalDatastore$1 = LocalDatastore_1;
      RedisDatastore$1 = require$$4$1;
      Events$4 = Events_1;
      States$1 = States_1;
      Sync$1 = Sync_1;
      Bottleneck2 = (function() {
        class Bottleneck3 {
          constructor(options = {}, ...invalid) {
            var storeInstanceOptions, storeOptions;
            this._addToQueue = this._addToQueue.bind(this);
            this._validateOptions(options, invalid);
            parser$5.load(options, this.instanceDefaults, this);
            this._queues = new Queues$1(NUM_PRIORITIES$1);
            this._scheduled = {};
            this._states = new States$1(["RECEIVED", "QUEUED", "RUNNING", "EXECUTING"].concat(this.trackDoneStatus ? ["DONE"] : []));
            this._limiter = null;
            this.Events = new Events$4(this);
            this._submitLock = new Sync$1("submit", this.Promise);
            this._registerLock = new Sync$1("register", this.Promise);
            storeOptions = parser$5.load(options, this.storeDefaults, {});
            this._store = (function() {
              if (this.datastore === "redis" || this.datastore === "ioredis" || this.connection != null) {
                storeInstanceOptions = parser$5.load(options, this.redisStoreDefaults, {});
                return new RedisDatastore$1(this, storeOptions, storeInstanceOptions);
              } else if (this.datastore === "local") {
                storeInstanceOptions = parser$5.load(options, this.localStoreDefaults, {});
                return new LocalDatastore$1(this, storeOptions, storeInstanceOptions);
              } else {
                throw new Bottleneck3.prototype.BottleneckError(`Invalid datastore type: ${this.datastore}`);
              }
            }).call(this);
            this._queues.on("leftzero", () => {
              var ref;
              return (ref = this._store.heartbeat) != null ? typeof ref.ref === "function" ? ref.ref() : void 0 : void 0;
            });
            this._queues.on("zero", () => {
              var ref;
              return (ref = this._store.heartbeat) != null ? typeof ref.unref === "function" ? ref.unref() : void 0 : void 0;
            });
          }
          _validateOptions(options, invalid) {
            if (!(options != null && typeof options === "object" && invalid.length === 0)) {
              throw new Bottleneck3.prototype.BottleneckError("Bottleneck v2 takes a single object argument. Refer to https://github.com/SGrondin/bottleneck#upgrading-to-v2 if you're upgrading from Bottleneck v1.");
            }
          }
          ready() {
            return this._store.ready;
          }
          clients() {
            return this._store.clients;
          }
          channel() {
            return `b_${this.id}`;
          }
          channel_client() {
            return `b_${this.id}_${this._store.clientId}`;
          }
          publish(message) {
            return this._store.__publish__(message);
          }
          disconnect(flush = true) {
            return this._store.__disconnect__(flush);
          }
          chain(_limiter) {
            this._limiter = _limiter;
            return this;
          }
          queued(priority) {
            return this._queues.queued(priority);
          }
          clusterQueued() {
            return this._store.__queued__();
          }
          empty() {
            return this.queued() === 0 && this._submitLock.isEmpty();
          }
          running() {
            return this._store.__running__();
          }
          done() {
            return this._store.__done__();
          }
          jobStatus(id) {
            return this._states.jobStatus(id);
          }
          jobs(status) {
            return this._states.statusJobs(status);
          }
          counts() {
            return this._states.statusCounts();
          }
          _randomIndex() {
            return Math.random().toString(36).slice(2);
          }
          check(weight = 1) {
            return this._store.__check__(weight);
          }
          _clearGlobalState(index) {
            if (this._scheduled[index] != null) {
              clearTimeout(this._scheduled[index].expiration);
              delete this._scheduled[index];
              return true;
            } else {
              return false;
            }
          }
          async _free(index, job, options, eventInfo) {
            var e, running;
            try {
              ({ running } = await this._store.__free__(index, options.weight));
              this.Events.trigger("debug", `Freed ${options.id}`, eventInfo);
              if (running === 0 && this.empty()) {
                return this.Events.trigger("idle");
              }
            } catch (error1) {
              e = error1;
              return this.Events.trigger("error", e);
            }
          }
          _run(index, job, wait) {
            var clearGlobalState, free, run;
            job.doRun();
            clearGlobalState = this._clearGlobalState.bind(this, index);
            run = this._run.bind(this, index, job);
            free = this._free.bind(this, index, job);
            return this._scheduled[index] = {
              timeout: setTimeout(() => {
                return job.doExecute(this._limiter, clearGlobalState, run, free);
              }, wait),
              expiration: job.options.expiration != null ? setTimeout(function() {
                return job.doExpire(clearGlobalState, run, free);
              }, wait + job.options.expiration) : void 0,
              job
            };
          }
          _drainOne(capacity) {
            return this._registerLock.schedule(() => {
              var args, index, next, options, queue;
              if (this.queued() === 0) {
                return this.Promise.resolve(null);
              }
              queue = this._queues.getFirst();
              ({ options, args } = next = queue.first());
              if (capacity != null && options.weight > capacity) {
                return this.Promise.resolve(null);
              }
              this.Events.trigger("debug", `Draining ${options.id}`, { args, options });
              index = this._randomIndex();
              return this._store.__register__(index, options.weight, options.expiration).then(({ success, wait, reservoir }) => {
                var empty;
                this.Events.trigger("debug", `Drained ${options.id}`, { success, args, options });
                if (success) {
                  queue.shift();
                  empty = this.empty();
                  if (empty) {
                    this.Events.trigger("empty");
                  }
                  if (reservoir === 0) {
                    this.Events.trigger("depleted", empty);
                  }
                  this._run(index, next, wait);
                  return this.Promise.resolve(options.weight);
                } else {
                  return this.Promise.resolve(null);
                }
              });
            });
          }
          _drainAll(capacity, total = 0) {
            return this._drainOne(capacity).then((drained) => {
              var newCapacity;
              if (drained != null) {
                newCapacity = capacity != null ? capacity - drained : capacity;
                return this._drainAll(newCapacity, total + drained);
              } else {
                return this.Promise.resolve(total);
              }
            }).catch((e) => {
              return this.Events.trigger("error", e);
            });
          }
          _dropAllQueued(message) {
            return this._queues.shiftAll(function(job) {
              return job.doDrop({ message });
            });
          }
          stop(options = {}) {
            var done, waitForExecuting;
            options = parser$5.load(options, this.stopDefaults);
            waitForExecuting = (at2) => {
              var finished;
              finished = () => {
                var counts;
                counts = this._states.counts;
                return counts[0] + counts[1] + counts[2] + counts[3] === at2;
              };
              return new this.Promise((resolve2, reject) => {
                if (finished()) {
                  return resolve2();
                } else {
                  return this.on("done", () => {
                    if (finished()) {
                      this.removeAllListeners("done");
                      return resolve2();
                    }
                  });
                }
              });
            };
            done = options.dropWaitingJobs ? (this._run = function(index, next) {
              return next.doDrop({
                message: options.dropErrorMessage
              });
            }, this._drainOne = () => {
              return this.Promise.resolve(null);
            }, this._registerLock.schedule(() => {
              return this._submitLock.schedule(() => {
                var k2, ref, v2;
                ref = this._scheduled;
                for (k2 in ref) {
                  v2 = ref[k2];
                  if (this.jobStatus(v2.job.options.id) === "RUNNING") {
                    clearTimeout(v2.timeout);
                    clearTimeout(v2.expiration);
                    v2.job.doDrop({
                      message: options.dropErrorMessage
                    });
                  }
                }
                this._dropAllQueued(options.dropErrorMessage);
                return waitForExecuting(0);
              });
            })) : this.schedule({
              priority: NUM_PRIORITIES$1 - 1,
              weight: 0
            }, () => {
              return waitForExecuting(1);
            });
            this._receive = function(job) {
              return job._reject(new Bottleneck3.prototype.BottleneckError(options.enqueueErrorMessage));
            };
            this.stop = () => {
              return this.Promise.reject(new Bottleneck3.prototype.BottleneckError("stop() has already been called"));
            };
            return done;
          }
          async _addToQueue(job) {
            var args, blocked, error, options, reachedHWM, shifted, strategy;
            ({ args, options } = job);
            try {
              ({ reachedHWM, blocked, strategy } = await this._store.__submit__(this.queued(), options.weight));
            } catch (error1) {
              error = error1;
              this.Events.trigger("debug", `Could not queue ${options.id}`, { args, options, error });
              job.doDrop({ error });
              return false;
            }
            if (blocked) {
              job.doDrop();
              return true;
            } else if (reachedHWM) {
              shifted = strategy === Bottleneck3.prototype.strategy.LEAK ? this._queues.shiftLastFrom(options.priority) : strategy === Bottleneck3.prototype.strategy.OVERFLOW_PRIORITY ? this._queues.shiftLastFrom(options.priority + 1) : strategy === Bottleneck3.prototype.strategy.OVERFLOW ? job : void 0;
              if (shifted != null) {
                shifted.doDrop();
              }
              if (shifted == null || strategy === Bottleneck3.prototype.strategy.OVERFLOW) {
                if (shifted == null) {
                  job.doDrop();
                }
                return reachedHWM;
              }
            }
            job.doQueue(reachedHWM, blocked);
            this._queues.push(job);
            await this._drainAll();
            return reachedHWM;
          }
          _receive(job) {
            if (this._states.jobStatus(job.options.id) != null) {
              job._reject(new Bottleneck3.prototype.BottleneckError(`A job with the same id already exists (id=${job.options.id})`));
              return false;
            } else {
              job.doReceive();
              return this._submitLock.schedule(this._addToQueue, job);
            }
          }
          submit(...args) {
            var cb, fn2, job, options, ref, ref1, task;
            if (typeof args[0] === "function") {
              ref = args, [fn2, ...args] = ref, [cb] = splice.call(args, -1);
              options = parser$5.load({}, this.jobDefaults);
            } else {
              ref1 = args, [options, fn2, ...args] = ref1, [cb] = splice.call(args, -1);
              options = parser$5.load(options, this.jobDefaults);
            }
            task = (...args2) => {
              return new this.Promise(function(resolve2, reject) {
                return fn2(...args2, function(...args3) {
                  return (args3[0] != null ? reject : resolve2)(args3);
                });
              });
            };
            job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
            job.promise.then(function(args2) {
              return typeof cb === "function" ? cb(...args2) : void 0;
            }).catch(function(args2) {
              if (Array.isArray(args2)) {
                return typeof cb === "function" ? cb(...args2) : void 0;
              } else {
                return typeof cb === "function" ? cb(args2) : void 0;
              }
            });
            return this._receive(job);
          }
          schedule(...args) {
            var job, options, task;
            if (typeof args[0] === "function") {
              [task, ...args] = args;
              options = {};
            } else {
              [options, task, ...args] = args;
            }
            job = new Job$1(task, args, options, this.jobDefaults, this.rejectOnDrop, this.Events, this._states, this.Promise);
            this._receive(job);
            return job.promise;
          }
          wrap(fn2) {
            var schedule, wrapped;
            schedule = this.schedule.bind(this);
            wrapped = function(...args) {
              return schedule(fn2.bind(this), ...args);
            };
            wrapped.withOptions = function(options, ...args) {
              return schedule(options, fn2, ...args);
            };
            return wrapped;
          }
          async updateSettings(options = {}) {
            await this._store.__updateSettings__(parser$5.overwrite(options, this.storeDefaults));
            parser$5.overwrite(options, this.instanceDefaults, this);
            return this;
          }
          currentReservoir() {
            return this._store.__currentReservoir__();
          }
          incrementReservoir(incr = 0) {
            return this._store.__incrementReservoir__(incr);
          }
        }
        Bottleneck3.default = Bottleneck3;
        Bottleneck3.Events = Events$4;
        Bottleneck3.version = Bottleneck3.prototype.version = require$$8.version;
        Bottleneck3.strategy = Bottleneck3.prototype.strategy = {
          LEAK: 1,
          OVERFLOW: 2,
          OVERFLOW_PRIORITY: 4,
          BLOCK: 3
        };
        Bottleneck3.BottleneckError = Bottleneck3.prototype.BottleneckError = BottleneckError_1;
        Bottleneck3.Group = Bottleneck3.prototype.Group = Group_1;
        Bottleneck3.RedisConnection = Bottleneck3.prototype.RedisConnection = require$$2;
        Bottleneck3.IORedisConnection = Bottleneck3.prototype.IORedisConnection = require$$3;
        Bottleneck3.Batcher = Bottleneck3.prototype.Batcher = Batcher_1;
        Bottleneck3.prototype.jobDefaults = {
          priority: DEFAULT_PRIORITY$1,
          weight: 1,
          expiration: null,
          id: "<no-id>"
        };
        Bottleneck3.prototype.storeDefaults = {
          maxConcurrent: null,
          minTime: 0,
          highWater: null,
          strategy: Bottleneck3.prototype.strategy.LEAK,
          penalty: null,
          reservoir: null,
          reservoirRefreshInterval: null,
          reservoirRefreshAmount: null,
          reservoirIncreaseInterval: null,
          reservoirIncreaseAmount: null,
          reservoirIncreaseMaximum: null
        };
        Bottleneck3.prototype.localStoreDefaults = {
          Promise,
          timeout: null,
          heartbeatInterval: 250
        };
        Bottleneck3.prototype.redisStoreDefaults = {
          Promise,
          timeout: null,
          heartbeatInterval: 5e3,
          clientTimeout: 1e4,
          Redis: null,
          clientOptions: {},
          clusterNodes: null,
          clearDatastore: false,
          connection: null
        };
        Bottleneck3.prototype.instanceDefaults = {
          datastore: "local",
          connection: null,
          id: "<no-id>",
          rejectOnDrop: true,
          trackDoneStatus: false,
          Promise
        };
        Bottleneck3.prototype.stopDefaults = {
          enqueueErrorMessage: "This limiter has been stopped and cannot accept new jobs.",
          dropWaitingJobs: true,
          dropErrorMessage: "This limiter has been stopped."
        };
        return Bottleneck3;
      }).call(commonjsGlobal);
      var Bottleneck_1 = Bottleneck2;
      var lib = Bottleneck_1;
      return lib;
    }));
  }
});

// src/sources/budget.ts
import { setMaxListeners } from "node:events";
function defaultDeadlineMs(releases) {
  return BASE_DEADLINE_MS + Math.ceil(Math.max(0, releases) * PER_THOUSAND_MS / 1e3);
}
var BASE_DEADLINE_MS = 10 * 6e4;
var PER_THOUSAND_MS = 5 * 6e4;
function createBudget(options = {}) {
  const now = options.now ?? Date.now;
  const controller = new AbortController();
  setMaxListeners(0, controller.signal);
  const limited = /* @__PURE__ */ new Map();
  let at2;
  let timer;
  const deadlineError = () => new SourceError(
    "DEADLINE",
    `the scan's deadline (${iso(at2 ?? now())}) passed before this was read; run the scan again, with a longer --deadline if it keeps happening`,
    {}
  );
  const expire = () => {
    if (!controller.signal.aborted) controller.abort(deadlineError());
  };
  const host = (url) => {
    try {
      return new URL(url).host;
    } catch {
      return url;
    }
  };
  const budget = {
    signal: controller.signal,
    setDeadline(value) {
      at2 = value;
      if (timer) clearTimeout(timer);
      const left = value - now();
      if (left <= 0) return expire();
      timer = setTimeout(() => budget.setDeadline(value), Math.min(left, 2 ** 31 - 1));
      timer.unref?.();
    },
    deadline: () => at2,
    remainingMs: () => at2 === void 0 ? Number.POSITIVE_INFINITY : Math.max(0, at2 - now()),
    expired() {
      if (at2 !== void 0 && now() >= at2) expire();
      return controller.signal.aborted ? controller.signal.reason : void 0;
    },
    limitHost(url, untilMs) {
      const key = host(url);
      limited.set(key, Math.max(untilMs, limited.get(key) ?? 0));
    },
    hostLimitedUntil(url) {
      const until = limited.get(host(url));
      return until !== void 0 && until > now() ? until : void 0;
    },
    refusal(url, maxWaitMs) {
      const stopped = budget.expired();
      if (stopped) return stopped;
      const until = budget.hostLimitedUntil(url);
      if (until === void 0) return void 0;
      const wait = until - now();
      return wait > maxWaitMs || wait >= budget.remainingMs() ? budget.rateLimited(url, until) : void 0;
    },
    rateLimited(url, untilMs) {
      const after = at2 !== void 0 && untilMs > at2 ? `, after the scan's deadline (${iso(at2)})` : "";
      return new SourceError(
        "RATE_LIMITED",
        `${host(url)} rate-limits this client until ${iso(untilMs)}${after}; not asked again in this run: retry after ${iso(untilMs)}`,
        {}
      );
    },
    now,
    dispose() {
      if (timer) clearTimeout(timer);
      timer = void 0;
    }
  };
  return budget;
}
function iso(ms2) {
  return new Date(ms2).toISOString().replace(/\.\d{3}Z$/, "Z");
}

// src/sources/create.ts
import { join as join5 } from "node:path";

// src/sources/cache.ts
import { createHash } from "node:crypto";
import { join } from "node:path";
var KEPT_HEADERS = ["content-type", "link", "x-total-count", "x-github-media-type", "x-repo-commit"];
var VALID_WHILE_HEADER = "x-openquota-valid-while";
function withoutValidWhile(init) {
  if (!init?.headers) return init;
  const headers = new Headers(init.headers);
  if (!headers.has(VALID_WHILE_HEADER)) return init;
  headers.delete(VALID_WHILE_HEADER);
  return { ...init, headers };
}
function createCachedFetch(options) {
  const inner = options.fetch ?? globalThis.fetch;
  const store = options.store ?? createCacheStore({ root: options.dir, maxBytes: options.maxBytes });
  const counters = { requests: 0, conditional: 0, notModified: 0, cacheHits: 0 };
  const cached = async (input, init) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const method = (init?.method ?? "GET").toUpperCase();
    const headers = new Headers(init?.headers);
    const validWhile = headers.get(VALID_WHILE_HEADER);
    headers.delete(VALID_WHILE_HEADER);
    if (method !== "GET" || headers.has("if-none-match") || headers.has("range")) {
      counters.requests++;
      return inner(input, { ...init, headers });
    }
    const file = join(options.dir, `${entryKey(url, headers)}.json`);
    const fresh = /\bno-cache\b/i.test(headers.get("cache-control") ?? "");
    const entry = fresh ? void 0 : await store.read(file);
    if (entry && (options.immutable?.(url) || validWhile && entry.headers[VALID_WHILE_HEADER] === validWhile)) {
      counters.cacheHits++;
      return replay(entry, url, "hit");
    }
    if (entry?.etag) {
      headers.set("if-none-match", entry.etag);
      counters.conditional++;
    }
    counters.requests++;
    const response = await inner(url, { ...init, headers });
    if (response.status === 304 && entry?.etag) {
      counters.notModified++;
      await response.body?.cancel();
      return replay(entry, url, "revalidated");
    }
    const etag = response.headers.get("etag") ?? "";
    const storable = response.status === 200 && etag || response.status === 404 && options.immutable?.(url);
    if (!storable) return response;
    const bytes = new Uint8Array(await response.arrayBuffer());
    const kept = Object.fromEntries(
      KEPT_HEADERS.flatMap((h3) => {
        const value = response.headers.get(h3);
        return value === null ? [] : [[h3, value]];
      })
    );
    if (validWhile) kept[VALID_WHILE_HEADER] = validWhile;
    await store.write(file, { etag, status: response.status, headers: kept, body: bytes });
    return new Response(bytes, {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers
    });
  };
  return { fetch: cached, stats: () => ({ ...counters }) };
}
function entryKey(url, headers) {
  const auth2 = headers.get("authorization") ?? "";
  const identity = auth2 ? createHash("sha256").update(auth2).digest("hex") : "anonymous";
  return createHash("sha256").update(`${url}
${headers.get("accept") ?? ""}
${identity}`).digest("hex");
}
var CACHE_HEADER = "x-openquota-cache";
function replay(entry, url, how) {
  const response = new Response(Buffer.from(entry.body), {
    status: entry.status,
    headers: { ...entry.headers, ...entry.etag ? { etag: entry.etag } : {}, [CACHE_HEADER]: how }
  });
  Object.defineProperty(response, "url", { value: url });
  return response;
}

// src/sources/git.ts
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join4 } from "node:path";

// node_modules/@simple-git/args-pathspec/dist/index.mjs
var t = /* @__PURE__ */ new WeakMap();
function c(...n) {
  const e = new String(n);
  return t.set(e, n), e;
}
function r(n) {
  return n instanceof String && t.has(n);
}
function o(n) {
  return t.get(n) ?? [];
}

// node_modules/simple-git/dist/index.mjs
var import_file_exists = __toESM(require_dist(), 1);
var import_debug = __toESM(require_src(), 1);
var import_promise_deferred = __toESM(require_dist2(), 1);
import { spawn as ve } from "node:child_process";
import { normalize as Se } from "node:path";

// node_modules/@simple-git/argv-parser/dist/index.mjs
function* x(e, n) {
  const t2 = n === "global";
  for (const o2 of e)
    o2.isGlobal === t2 && (yield o2);
}
var P = /* @__PURE__ */ new Set([
  "--add",
  "--edit",
  "--remove-section",
  "--rename-section",
  "--replace-all",
  "--unset",
  "--unset-all",
  "-e"
]);
var S = /* @__PURE__ */ new Set([
  "--get",
  "--get-all",
  "--get-color",
  "--get-colorbool",
  "--get-regexp",
  "--get-urlmatch",
  "--list",
  "-l"
]);
var E = /* @__PURE__ */ new Set([
  "edit",
  "remove-section",
  "rename-section",
  "set",
  "unset"
]);
var F = /* @__PURE__ */ new Set(["get", "get-color", "get-colorbool", "list"]);
function A(e, n) {
  for (const { name: o2 } of x(e, "task")) {
    if (P.has(o2))
      return w(true, n);
    if (S.has(o2))
      return w(false, n);
  }
  const t2 = n.at(0)?.toLowerCase();
  return t2 === void 0 ? null : E.has(t2) ? w(true, n.slice(1)) : F.has(t2) ? w(false, n.slice(1)) : n.length === 1 ? w(false, n) : w(true, n);
}
function w(e = false, n = []) {
  const t2 = n.at(0)?.toLowerCase();
  return t2 === void 0 ? null : {
    isWrite: e,
    isRead: !e,
    key: t2,
    value: n.at(1)
  };
}
function O(e, n) {
  return n.isWrite && n.value !== void 0 ? { key: n.key, value: n.value, scope: e } : { key: n.key, scope: e };
}
function G(e) {
  const n = e?.indexOf("=") || -1;
  return !e || n < 0 ? null : {
    key: e.slice(0, n).trim().toLowerCase(),
    value: e.slice(n + 1)
  };
}
function M(e) {
  for (const { name: n } of x(e, "task"))
    switch (n) {
      case "--global":
        return "global";
      case "--system":
        return "system";
      case "--worktree":
        return "worktree";
      case "--local":
        return "local";
      case "--file":
      case "-f":
        return "file";
    }
  return "local";
}
function N({ name: e }) {
  if (e === "-c" || e === "--config")
    return "inline";
  if (e === "--config-env")
    return "env";
}
function* $(e) {
  for (const n of e) {
    const t2 = N(n), o2 = t2 && G(n.value);
    o2 && (yield {
      ...o2,
      scope: t2
    });
  }
}
function D(e, n, t2) {
  const o2 = {
    read: [],
    write: [...$(n)]
  };
  return e === "config" && L(
    o2,
    M(n),
    A(n, t2)
  ), o2;
}
function L(e, n, t2) {
  if (t2 === null)
    return;
  const o2 = O(n, t2);
  t2.isWrite ? e.write.push(o2) : e.read.push(o2);
}
var C = {
  short: /* @__PURE__ */ new Map([
    ["c", true]
    //  -c <k=v>    set config key for this invocation
  ])
};
var I = {
  short: new Map([
    ["C", true],
    //  -C <path>   change working directory
    ["P", false],
    // -P          no pager (alias for --no-pager)
    ["h", false],
    // -h          help
    ["p", false],
    // -p          paginate
    ["v", false],
    // -v          version
    ...C.short.entries()
  ]),
  long: /* @__PURE__ */ new Set([
    "attr-source",
    "config-env",
    "exec-path",
    "git-dir",
    "list-cmds",
    "namespace",
    "super-prefix",
    "work-tree"
  ])
};
var R = {
  clone: {
    short: /* @__PURE__ */ new Map([
      ["b", true],
      // -b <branch>
      ["j", true],
      // -j <n>          parallel jobs
      ["l", false],
      // -l local
      ["n", false],
      // -n no-checkout
      ["o", true],
      // -o <name>       remote name
      ["q", false],
      // -q quiet
      ["s", false],
      // -s shared
      ["u", true]
      // -u <upload-pack>
    ]),
    long: /* @__PURE__ */ new Set(["branch", "config", "jobs", "origin", "upload-pack", "u", "template"])
  },
  commit: {
    short: /* @__PURE__ */ new Map([
      ["C", true],
      // -C <commit>  reuse message
      ["F", true],
      // -F <file>    read message from file
      ["c", true],
      // -c <commit>  reedit message
      ["m", true],
      // -m <msg>
      ["t", true]
      // -t <template>
    ]),
    long: /* @__PURE__ */ new Set(["file", "message", "reedit-message", "reuse-message", "template"])
  },
  config: {
    short: /* @__PURE__ */ new Map([
      ["e", false],
      // -e  open editor
      ["f", true],
      //  -f <file>
      ["l", false]
      // -l  list
    ]),
    long: /* @__PURE__ */ new Set(["blob", "comment", "default", "file", "type", "value"])
  },
  fetch: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["upload-pack"])
  },
  init: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["template"])
  },
  pull: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["upload-pack"])
  },
  push: {
    short: /* @__PURE__ */ new Map(),
    long: /* @__PURE__ */ new Set(["exec", "receive-pack"])
  },
  rebase: {
    short: /* @__PURE__ */ new Map([
      ["X", true],
      // -X <option>   strategy option
      ["f", false],
      // -f force-rebase
      ["i", false],
      // -i interactive
      ["k", false],
      // -k keep-base
      ["m", false],
      // -m merge
      ["n", false],
      // -n no-stat
      ["q", false],
      // -q quiet
      ["r", false],
      // -r rebase-merges
      ["s", true],
      // -s <strategy>
      ["v", false],
      // -v verbose
      ["x", true]
      // -x <cmd>      exec
    ]),
    long: /* @__PURE__ */ new Set(["exec", "onto", "strategy", "strategy-option"])
  }
};
var T = { short: /* @__PURE__ */ new Map(), long: /* @__PURE__ */ new Set() };
function B(e) {
  const n = R[e ?? ""] ?? T;
  return {
    short: new Map([...C.short.entries(), ...n.short.entries()]),
    long: n.long
  };
}
function b(e, n = I) {
  if (e.startsWith("--")) {
    const t2 = e.indexOf("=");
    if (t2 > 2)
      return [{ name: e.slice(0, t2), value: e.slice(t2 + 1), needsNext: false }];
    const o2 = e.slice(2);
    return [{ name: e, needsNext: n.long.has(o2) }];
  }
  if (e.length === 2) {
    const t2 = e.charAt(1), o2 = n.short.get(t2);
    return [{ name: e, needsNext: o2 === true }];
  }
  return j(e, n.short);
}
function j(e, n) {
  const t2 = e.slice(1).split(""), o2 = [];
  for (let a = 0; a < t2.length; a++) {
    const s = t2[a], r2 = n.get(s);
    if (r2 === void 0)
      return [{ name: e, needsNext: false }];
    if (r2) {
      const i = t2.slice(a + 1).join("");
      if (i && ![...i].every((m2) => n.has(m2)))
        return o2.push({ name: `-${s}`, value: i, needsNext: false }), o2;
    }
    o2.push({ name: `-${s}`, needsNext: r2 });
  }
  return o2;
}
function W(e, n = []) {
  let t2 = 0;
  for (; t2 < e.length; ) {
    const o2 = String(e[t2]);
    if (!o2.startsWith("-") || o2.length < 2) break;
    const a = b(o2);
    let s = t2 + 1;
    for (const r2 of a) {
      const i = {
        name: r2.name,
        value: r2.value,
        absorbedNext: false,
        isGlobal: true
      };
      r2.needsNext && i.value === void 0 && s < e.length && (i.value = String(e[s]), i.absorbedNext = true, s++), n.push(i);
    }
    t2 = s;
  }
  return { flags: n, taskIndex: t2 };
}
function V(e, n, t2 = []) {
  const o2 = B(n), a = [], s = [];
  let r2 = 0;
  for (; r2 < e.length; ) {
    const i = e[r2];
    if (r(i)) {
      s.push(...o(i)), r2++;
      continue;
    }
    const p2 = String(i);
    if (p2 === "--") {
      for (let d2 = r2 + 1; d2 < e.length; d2++) {
        const g2 = e[d2];
        r(g2) ? s.push(...o(g2)) : s.push(String(g2));
      }
      break;
    }
    if (!p2.startsWith("-") || p2.length < 2) {
      a.push(p2), r2++;
      continue;
    }
    const m2 = b(p2, o2);
    let u2 = r2 + 1;
    for (const d2 of m2) {
      const g2 = {
        name: d2.name,
        value: d2.value,
        absorbedNext: false,
        isGlobal: false
      };
      d2.needsNext && g2.value === void 0 && u2 < e.length && !r(e[u2]) && (g2.value = String(e[u2]), g2.absorbedNext = true, u2++), t2.push(g2);
    }
    r2 = u2;
  }
  return { flags: t2, positionals: a, pathspecs: s };
}
function* q({
  write: e
}) {
  for (const n of e)
    for (const t2 of K) {
      const o2 = t2(n.key);
      o2 && (yield o2);
    }
}
function f(e, n, t2 = String(e)) {
  const o2 = typeof e == "string" ? new RegExp(`\\s*${e.toLowerCase()}`) : e;
  return function(s) {
    if (o2.test(s))
      return {
        category: n,
        message: `Configuring ${t2} is not permitted without enabling ${n}`
      };
  };
}
function l(e, n) {
  const t2 = new RegExp(`\\s*${e.toLowerCase().replace(/\./g, "(..+)?.")}`);
  return f(t2, n, e);
}
var K = [
  f("alias", "allowUnsafeAlias"),
  f("core.askPass", "allowUnsafeAskPass"),
  f("core.editor", "allowUnsafeEditor"),
  f("core.fsmonitor", "allowUnsafeFsMonitor"),
  f("core.gitProxy", "allowUnsafeGitProxy"),
  f("core.hooksPath", "allowUnsafeHooksPath"),
  f("core.pager", "allowUnsafePager"),
  f("core.sshCommand", "allowUnsafeSshCommand"),
  l("credential.helper", "allowUnsafeCredentialHelper"),
  l("diff.command", "allowUnsafeDiffExternal"),
  f("diff.external", "allowUnsafeDiffExternal"),
  l("difftool.cmd", "allowUnsafeDiffExternal"),
  l("diff.textconv", "allowUnsafeDiffTextConv"),
  l("filter.clean", "allowUnsafeFilter"),
  l("filter.process", "allowUnsafeFilter"),
  l("filter.smudge", "allowUnsafeFilter"),
  l("gpg.program", "allowUnsafeGpgProgram"),
  f("include.path", "allowUnsafeInclude"),
  l("includeIf", "allowUnsafeInclude"),
  f("init.templateDir", "allowUnsafeTemplateDir"),
  l("pager.", "allowUnsafePager"),
  l("merge.driver", "allowUnsafeMergeDriver"),
  l("mergetool.path", "allowUnsafeMergeDriver"),
  l("mergetool.cmd", "allowUnsafeMergeDriver"),
  l("protocol.allow", "allowUnsafeProtocolOverride"),
  l("remote.receivepack", "allowUnsafePack"),
  l("remote.uploadpack", "allowUnsafePack"),
  f("uploadpack.packObjectsHook", "allowUnsafePack"),
  f("sequence.editor", "allowUnsafeEditor"),
  l("submodule.update", "allowUnsafeSubmodule"),
  l("tar.command", "allowUnsafeCommandBinaries"),
  l("trailer.cmd", "allowUnsafeCommandBinaries"),
  l("trailer.command", "allowUnsafeCommandBinaries"),
  l("url.insteadOf", "allowUnsafeUrlRewrite")
];
function* H(e, n) {
  for (const t2 of n)
    for (const o2 of X) {
      const a = o2(e, t2);
      a && (yield a);
    }
}
function c2(e, n, t2, { name: o2 = String(n), globalOnly: a = false, withValue: s = false } = {}) {
  const r2 = typeof n == "string" ? new RegExp(`\\s*${n.toLowerCase()}`) : n, i = `Use of ${e ? `${e} with option ` : ""}${o2} is not permitted without enabling ${t2}`;
  return function(m2, u2) {
    if (!(e && m2 !== e) && !(a && !u2.isGlobal) && !(s && u2.value === void 0) && r2.test(u2.name))
      return {
        category: t2,
        message: i
      };
  };
}
var h = { globalOnly: true, withValue: true };
var X = [
  c2(null, /--(upload|receive)-pack/, "allowUnsafePack", {
    name: "--upload-pack or --receive-pack"
  }),
  c2("clone", /^-\w*u/, "allowUnsafePack"),
  c2("clone", "--u", "allowUnsafePack"),
  c2("push", /^--exec$/, "allowUnsafePack", { name: "--exec" }),
  // `git` accepts unambiguous abbreviations of long options, so `--ex` and `--exe` are `--exec`
  c2("rebase", /^(-x|--ex(ec?)?)$/, "allowUnsafeExec", { name: "-x or --exec" }),
  c2(null, "--template", "allowUnsafeTemplateDir"),
  c2(null, "--exec-path", "allowUnsafeExec", h),
  // `git` reads the configuration of whichever repository these name, so the
  // directory alone is enough to deliver config the argv guards never see
  c2(null, "--git-dir", "allowUnsafeConfigPaths", h),
  c2(null, "--work-tree", "allowUnsafeConfigPaths", h),
  c2(null, /^-C$/, "allowUnsafeConfigPaths", { ...h, name: "-C" })
];
function k(e, n, t2) {
  return [...H(e, n), ...q(t2)];
}
function Y(...e) {
  const { flags: n, taskIndex: t2 } = W(e), o2 = t2 < e.length ? String(e[t2]).toLowerCase() : null, a = o2 !== null ? e.slice(t2 + 1) : [], { positionals: s, pathspecs: r2 } = V(a, o2, n), i = D(o2, n, s);
  return {
    task: o2,
    flags: n.map(J),
    paths: r2,
    config: i,
    vulnerabilities: z(k(o2, n, i))
  };
}
function z(e) {
  return Object.defineProperty(e, "vulnerabilities", {
    value: e
  });
}
function J({ value: e, name: n }) {
  return e !== void 0 ? { name: n, value: e } : { name: n };
}
var y = {
  editor: "allowUnsafeEditor",
  git_askpass: "allowUnsafeAskPass",
  git_config_global: "allowUnsafeConfigPaths",
  git_config_system: "allowUnsafeConfigPaths",
  git_config_count: "allowUnsafeConfigEnvCount",
  git_config_parameters: "allowUnsafeConfigEnvCount",
  git_config: "allowUnsafeConfigPaths",
  git_editor: "allowUnsafeEditor",
  git_exec_path: "allowUnsafeExec",
  git_external_diff: "allowUnsafeDiffExternal",
  git_pager: "allowUnsafePager",
  git_proxy_command: "allowUnsafeGitProxy",
  git_template_dir: "allowUnsafeTemplateDir",
  git_sequence_editor: "allowUnsafeEditor",
  git_ssh: "allowUnsafeSshCommand",
  git_ssh_command: "allowUnsafeSshCommand",
  pager: "allowUnsafePager",
  prefix: "allowUnsafeConfigPaths",
  ssh_askpass: "allowUnsafeAskPass",
  visual: "allowUnsafeEditor"
};
function* Q(e) {
  const n = parseInt(e.git_config_count ?? "0", 10);
  for (let t2 = 0; t2 < n; t2++) {
    const o2 = e[`git_config_key_${t2}`], a = e[`git_config_value_${t2}`];
    o2 !== void 0 && (yield { key: o2.toLowerCase().trim(), value: a, scope: "env" });
  }
}
function* Z(e) {
  for (const n of Object.keys(e))
    if (_(n)) {
      const t2 = y[n];
      yield {
        category: t2,
        message: `Use of "${n.toUpperCase()}" is not permitted without enabling ${t2}`
      };
    }
}
function _(e) {
  return Object.hasOwn(y, e);
}
function ee(e) {
  const n = {};
  for (const [t2, o2] of Object.entries(e)) {
    const a = t2.toLowerCase().trim();
    (_(a) || a.startsWith("git")) && (n[a] = String(o2));
  }
  return n;
}
function ne(e) {
  const n = ee(e), t2 = {
    read: [],
    write: [...Q(n)]
  }, o2 = [
    ...Z(n),
    ...k(null, [], t2)
  ];
  return {
    config: t2,
    vulnerabilities: o2
  };
}
function oe(e, n) {
  return [...Y(...e).vulnerabilities, ...ne(n).vulnerabilities];
}

// node_modules/simple-git/dist/index.mjs
import { EventEmitter as Ce } from "node:events";
var O2 = class extends Error {
  constructor(e, n) {
    super(n), this.task = e, Object.setPrototypeOf(this, new.target.prototype);
  }
};
var Ae = class extends O2 {
  constructor(e, n) {
    super(void 0, n), this.config = e;
  }
};
var A2 = class extends O2 {
  constructor(e, n, r2) {
    super(e, r2), this.task = e, this.plugin = n, Object.setPrototypeOf(this, new.target.prototype);
  }
};
var at = class extends O2 {
  constructor(e, n) {
    super(void 0, n || String(e)), this.git = e;
  }
};
var xe = class extends O2 {
  constructor(e) {
    super(void 0, e);
  }
};
var I2 = "\0";
var W2 = () => {
};
function Ne(t2) {
  return typeof t2 != "function" ? W2 : t2;
}
function $e(t2) {
  return typeof t2 == "function" && t2 !== W2;
}
function Pe(t2, e) {
  const n = t2.indexOf(e);
  return n <= 0 ? [t2, ""] : [t2.substr(0, n), t2.substr(n + 1)];
}
function Me(t2, e = 0) {
  return Dt(t2) && t2.length > e ? t2[e] : void 0;
}
function N2(t2, e = 0) {
  if (Dt(t2) && t2.length > e)
    return t2[t2.length - 1 - e];
}
function Dt(t2) {
  return Bt(t2);
}
function H2(t2 = "", e = true, n = `
`) {
  return t2.split(n).reduce((r2, s) => {
    const o2 = e ? s.trim() : s;
    return o2 && r2.push(o2), r2;
  }, []);
}
function ut(t2, e) {
  return H2(t2, true).map((n) => e(n));
}
function Lt(t2) {
  return (0, import_file_exists.exists)(t2, import_file_exists.FOLDER);
}
function S2(t2, e) {
  return Array.isArray(t2) ? t2.includes(e) || t2.push(e) : t2.add(e), e;
}
function De(t2, e) {
  return Array.isArray(t2) && !t2.includes(e) && t2.push(e), t2;
}
function ct(t2, e) {
  if (Array.isArray(t2)) {
    const n = t2.indexOf(e);
    n >= 0 && t2.splice(n, 1);
  } else
    t2.delete(e);
  return e;
}
var ft = Object.prototype.toString.call.bind(Object.prototype.toString);
function v(t2) {
  return Array.isArray(t2) ? t2 : [t2];
}
function jt(t2) {
  return t2.replace(/[\s-]+(.)/g, (e, n) => n.toUpperCase());
}
function L2(t2) {
  return v(t2).map((e) => e instanceof String ? e : String(e));
}
function p(t2, e = 0) {
  if (t2 == null)
    return e;
  const n = parseInt(t2, 10);
  return Number.isNaN(n) ? e : n;
}
function U(t2, e) {
  const n = [];
  for (let r2 = 0, s = t2.length; r2 < s; r2++)
    n.push(e, t2[r2]);
  return n;
}
function F2(t2) {
  return (Array.isArray(t2) ? Buffer.concat(t2) : t2).toString("utf-8");
}
function Le(t2) {
  return t2 ? Buffer.isBuffer(t2) ? t2.length : Buffer.byteLength(t2) : 0;
}
function je(t2, e) {
  const n = {};
  return e.forEach((r2) => {
    t2[r2] !== void 0 && (n[r2] = t2[r2]);
  }), n;
}
function wt(t2 = 0) {
  return new Promise((e) => setTimeout(e, t2));
}
function bt(t2) {
  if (t2 !== false)
    return t2;
}
function d(t2, e, n) {
  return e(t2) ? t2 : arguments.length > 2 ? n : void 0;
}
var K2 = (t2) => Array.isArray(t2);
function st(t2, e) {
  const n = r(t2) ? "string" : typeof t2;
  return /number|string|boolean/.test(n) && (!e || !e.includes(n));
}
var m = (t2) => typeof t2 == "string" || r(t2);
var Be = (t2) => m(t2) || Buffer.isBuffer(t2);
var G2 = (t2) => m(t2) || Array.isArray(t2) && t2.every(m);
function lt(t2) {
  return !!t2 && ft(t2) === "[object Object]";
}
function Ie(t2) {
  return typeof t2 == "function";
}
var Bt = (t2) => t2 == null || "number|boolean|function".includes(typeof t2) ? false : typeof t2.length == "number";
var V2 = /* @__PURE__ */ ((t2) => (t2[t2.SUCCESS = 0] = "SUCCESS", t2[t2.ERROR = 1] = "ERROR", t2[t2.NOT_FOUND = -2] = "NOT_FOUND", t2[t2.UNCLEAN = 128] = "UNCLEAN", t2))(V2 || {});
var z2 = class _z {
  constructor(e, n) {
    this.stdOut = e, this.stdErr = n;
  }
  asStrings() {
    return new _z(this.stdOut.toString("utf8"), this.stdErr.toString("utf8"));
  }
};
function Ue() {
  throw new Error("LineParser:useMatches not implemented");
}
var l2 = class {
  constructor(e, n) {
    this.matches = [], this.useMatches = Ue, this.parse = (r2, s) => (this.resetMatches(), this._regExp.every((o2, i) => this.addMatch(o2, i, r2(i))) ? this.useMatches(s, this.prepareMatches()) !== false : false), this._regExp = Array.isArray(e) ? e : [e], n && (this.useMatches = n);
  }
  resetMatches() {
    this.matches.length = 0;
  }
  prepareMatches() {
    return this.matches;
  }
  addMatch(e, n, r2) {
    const s = r2 && e.exec(r2);
    return s && this.pushMatch(n, s), !!s;
  }
  pushMatch(e, n) {
    this.matches.push(...n.slice(1));
  }
};
var x2 = class extends l2 {
  addMatch(e, n, r2) {
    return /^remote:\s/.test(String(r2)) && super.addMatch(e, n, r2);
  }
  pushMatch(e, n) {
    (e > 0 || n.length > 1) && super.pushMatch(e, n);
  }
};
var Fe = {
  binary: "git",
  maxConcurrentProcesses: 5,
  config: [],
  trimmed: false
};
function Ge(...t2) {
  const e = process.cwd(), n = Object.assign(
    { baseDir: e, ...Fe },
    ...t2.filter((r2) => typeof r2 == "object" && r2)
  );
  return n.baseDir = n.baseDir || e, n.trimmed = n.trimmed === true, n;
}
function It(t2, e = []) {
  return lt(t2) ? Object.keys(t2).reduce((n, r2) => {
    const s = t2[r2];
    if (r(s))
      n.push(s);
    else if (st(s, ["boolean"]))
      n.push(r2 + "=" + s);
    else if (Array.isArray(s))
      for (const o2 of s)
        st(o2, ["string", "number"]) || n.push(r2 + "=" + o2);
    else
      n.push(r2);
    return n;
  }, e) : e;
}
function h2(t2, e = 0, n = false) {
  const r2 = [];
  for (let s = 0, o2 = e < 0 ? t2.length : e; s < o2; s++)
    "string|number".includes(typeof t2[s]) && r2.push(String(t2[s]));
  return It(ht(t2), r2), n || r2.push(...ze(t2)), r2;
}
function ze(t2) {
  const e = typeof N2(t2) == "function";
  return L2(d(N2(t2, e ? 1 : 0), K2, []));
}
function ht(t2) {
  const e = Ie(N2(t2));
  return d(N2(t2, e ? 1 : 0), lt);
}
function u(t2, e = true) {
  const n = Ne(N2(t2));
  return e || $e(n) ? n : void 0;
}
function Tt(t2, e) {
  return t2(e.stdOut, e.stdErr);
}
function E2(t2, e, n, r2 = true) {
  return v(n).forEach((s) => {
    for (let o2 = H2(s, r2), i = 0, a = o2.length; i < a; i++) {
      const c3 = (y2 = 0) => {
        if (!(i + y2 >= a))
          return o2[i + y2];
      };
      e.some(({ parse: y2 }) => y2(c3, t2));
    }
  }), t2;
}
var mt = ({ exitCode: t2 }, e, n, r2) => {
  if (t2 === V2.UNCLEAN && Ve(e))
    return n(Buffer.from("false"));
  r2(e);
};
var Ut = (t2) => t2.trim() === "true";
function We(t2) {
  switch (t2) {
    case "bare":
      return Ke();
    case "root":
      return He();
  }
  return {
    commands: ["rev-parse", "--is-inside-work-tree"],
    format: "utf-8",
    onError: mt,
    parser: Ut
  };
}
function He() {
  return {
    commands: ["rev-parse", "--git-dir"],
    format: "utf-8",
    onError: mt,
    parser(e) {
      return /^\.(git)?$/.test(e.trim());
    }
  };
}
function Ke() {
  return {
    commands: ["rev-parse", "--is-bare-repository"],
    format: "utf-8",
    onError: mt,
    parser: Ut
  };
}
function Ve(t2) {
  return /(Not a git repository|Kein Git-Repository)/i.test(String(t2));
}
var Xe = class {
  constructor(e) {
    this.paths = [], this.files = [], this.folders = [], this.dryRun = e;
  }
};
var Ye = /^[a-z]+\s*/i;
var Qe = /^[a-z]+\s+[a-z]+\s*/i;
var Je = /\/$/;
function Ze(t2, e) {
  const n = new Xe(t2), r2 = t2 ? Qe : Ye;
  return H2(e).forEach((s) => {
    const o2 = s.replace(r2, "");
    n.paths.push(o2), (Je.test(o2) ? n.folders : n.files).push(o2);
  }), n;
}
var Ft = [];
function tn(t2) {
  return {
    commands: Ft,
    format: "empty",
    parser: t2
  };
}
function b2(t2) {
  return {
    commands: Ft,
    format: "empty",
    parser() {
      throw typeof t2 == "string" ? new xe(t2) : t2;
    }
  };
}
function g(t2, e = false) {
  return {
    commands: t2,
    format: "utf-8",
    parser(n) {
      return e ? String(n).trim() : n;
    }
  };
}
function Gt(t2) {
  return {
    commands: t2,
    format: "buffer",
    parser(e) {
      return e;
    }
  };
}
function en(t2) {
  return t2.format === "buffer";
}
function kt(t2) {
  return t2.format === "empty" || !t2.commands.length;
}
var nn = "Git clean interactive mode is not supported";
var rn = 'Git clean mode parameter ("n" or "f") is required';
var sn = "Git clean unknown option found in: ";
var zt = /* @__PURE__ */ ((t2) => (t2.DRY_RUN = "n", t2.FORCE = "f", t2.IGNORED_INCLUDED = "x", t2.IGNORED_ONLY = "X", t2.EXCLUDING = "e", t2.QUIET = "q", t2.RECURSIVE = "d", t2))(zt || {});
var qt = /* @__PURE__ */ new Set([
  "i",
  ...L2(Object.values(zt))
]);
function on(t2, e) {
  const { cleanMode: n, options: r2, valid: s } = cn(t2);
  return n ? s.options ? (r2.push(...e), r2.some(hn) ? b2(nn) : an(n, r2)) : b2(sn + JSON.stringify(t2)) : b2(rn);
}
function an(t2, e) {
  return {
    commands: ["clean", `-${t2}`, ...e],
    format: "utf-8",
    parser(r2) {
      return Ze(t2 === "n", r2);
    }
  };
}
function un(t2) {
  return Array.isArray(t2) && t2.every((e) => qt.has(e));
}
function cn(t2) {
  let e, n = [], r2 = { cleanMode: false, options: true };
  return t2.replace(/[^a-z]i/g, "").split("").forEach((s) => {
    fn(s) ? (e = s, r2.cleanMode = true) : r2.options = r2.options && ln(n[n.length] = `-${s}`);
  }), {
    cleanMode: e,
    options: n,
    valid: r2
  };
}
function fn(t2) {
  return t2 === "f" || t2 === "n";
}
function ln(t2) {
  return /^-[a-z]$/i.test(t2) && qt.has(t2.charAt(1));
}
function hn(t2) {
  return /^-[^\-]/.test(t2) ? t2.indexOf("i") > 0 : t2 === "--interactive";
}
var mn = class {
  constructor() {
    this.files = [], this.values = /* @__PURE__ */ Object.create(null);
  }
  get all() {
    return this._all || (this._all = this.files.reduce((e, n) => Object.assign(e, this.values[n]), {})), this._all;
  }
  addFile(e) {
    if (!(e in this.values)) {
      const n = N2(this.files);
      this.values[e] = n ? Object.create(this.values[n]) : {}, this.files.push(e);
    }
    return this.values[e];
  }
  addValue(e, n, r2) {
    const s = this.addFile(e);
    Object.hasOwn(s, n) ? Array.isArray(s[n]) ? s[n].push(r2) : s[n] = [s[n], r2] : s[n] = r2, this._all = void 0;
  }
};
function pn(t2) {
  const e = new mn();
  for (const n of Wt(t2))
    e.addValue(n.file, String(n.key), n.value);
  return e;
}
function dn(t2, e) {
  let n = null;
  const r2 = [], s = /* @__PURE__ */ new Map();
  for (const o2 of Wt(t2, e))
    o2.key === e && (r2.push(n = o2.value), s.has(o2.file) || s.set(o2.file, []), s.get(o2.file).push(n));
  return {
    key: e,
    paths: Array.from(s.keys()),
    scopes: s,
    value: n,
    values: r2
  };
}
function gn(t2) {
  return t2.replace(/^(file):/, "");
}
function* Wt(t2, e = null) {
  const n = t2.split("\0");
  for (let r2 = 0, s = n.length - 1; r2 < s; ) {
    const o2 = gn(n[r2++]);
    let i = n[r2++], a = e;
    if (i.includes(`
`)) {
      const c3 = Pe(i, `
`);
      a = c3[0], i = c3[1];
    }
    yield { file: o2, key: a, value: i };
  }
}
var Ht = /* @__PURE__ */ ((t2) => (t2.system = "system", t2.global = "global", t2.local = "local", t2.worktree = "worktree", t2))(Ht || {});
function Y2(t2, e) {
  return typeof t2 == "string" && Object.hasOwn(Ht, t2) ? t2 : e;
}
function yn(t2, e, n, r2) {
  const s = ["config", `--${r2}`];
  return n && s.push("--add"), s.push(t2, e), {
    commands: s,
    format: "utf-8",
    parser(o2) {
      return o2;
    }
  };
}
function wn(t2, e) {
  const n = ["config", "--null", "--show-origin", "--get-all", t2];
  return e && n.splice(1, 0, `--${e}`), {
    commands: n,
    format: "utf-8",
    parser(r2) {
      return dn(r2, t2);
    }
  };
}
function bn(t2) {
  const e = ["config", "--list", "--show-origin", "--null"];
  return t2 && e.push(`--${t2}`), {
    commands: e,
    format: "utf-8",
    parser(n) {
      return pn(n);
    }
  };
}
function Tn() {
  return {
    addConfig(t2, e, ...n) {
      return this._runTask(
        yn(
          t2,
          e,
          n[0] === true,
          Y2(
            n[1],
            "local"
            /* local */
          )
        ),
        u(arguments)
      );
    },
    getConfig(t2, e) {
      return this._runTask(
        wn(t2, Y2(e, void 0)),
        u(arguments)
      );
    },
    listConfig(...t2) {
      return this._runTask(
        bn(Y2(t2[0], void 0)),
        u(arguments)
      );
    }
  };
}
var Kt = /* @__PURE__ */ ((t2) => (t2.ADDED = "A", t2.COPIED = "C", t2.DELETED = "D", t2.MODIFIED = "M", t2.RENAMED = "R", t2.CHANGED = "T", t2.UNMERGED = "U", t2.UNKNOWN = "X", t2.BROKEN = "B", t2))(Kt || {});
var kn = new Set(Object.values(Kt));
function _n(t2) {
  return kn.has(t2);
}
var _t;
var vn = ["-h"];
var j2 = /* @__PURE__ */ Symbol("grepQuery");
var En = class {
  constructor() {
    this[_t] = [];
  }
  *[(_t = j2, Symbol.iterator)]() {
    for (const e of this[j2])
      yield e;
  }
  and(...e) {
    return e.length && this[j2].push("--and", "(", ...U(e, "-e"), ")"), this;
  }
  param(...e) {
    return this[j2].push(...U(e, "-e")), this;
  }
};
function Sn(...t2) {
  return new En().param(...t2);
}
function Rn(t2) {
  const e = /* @__PURE__ */ new Set(), n = {};
  return ut(t2, (r2) => {
    const [s, o2, i] = r2.split(I2);
    e.add(s), (n[s] = n[s] || []).push({
      line: p(o2),
      path: s,
      preview: i
    });
  }), {
    paths: e,
    results: n
  };
}
function On() {
  return {
    grep(t2) {
      const e = u(arguments), n = h2(arguments);
      for (const s of vn)
        if (n.includes(s))
          return this._runTask(
            b2(`git.grep: use of "${s}" is not supported.`),
            e
          );
      typeof t2 == "string" && (t2 = Sn().param(t2));
      const r2 = ["grep", "--null", "-n", "--full-name", ...n, ...t2];
      return this._runTask(
        {
          commands: r2,
          format: "utf-8",
          parser(s) {
            return Rn(s);
          }
        },
        e
      );
    }
  };
}
var Vt = /* @__PURE__ */ ((t2) => (t2.MIXED = "mixed", t2.SOFT = "soft", t2.HARD = "hard", t2.MERGE = "merge", t2.KEEP = "keep", t2))(Vt || {});
var Cn = L2(Object.values(Vt));
function An(t2, e) {
  const n = ["reset"];
  return Xt(t2) && n.push(`--${t2}`), n.push(...e), g(n);
}
function xn(t2) {
  if (Xt(t2))
    return t2;
  switch (typeof t2) {
    case "string":
    case "undefined":
      return "soft";
  }
}
function Xt(t2) {
  return typeof t2 == "string" && Cn.includes(t2);
}
import_debug.default.formatters.L = (t2) => String(Bt(t2) ? t2.length : "-");
import_debug.default.formatters.B = (t2) => Buffer.isBuffer(t2) ? t2.toString("utf8") : ft(t2);
function Nn() {
  return (0, import_debug.default)("simple-git");
}
function vt(t2, e, n) {
  return !e || !String(e).replace(/\s*/, "") ? n ? (r2, ...s) => {
    t2(r2, ...s), n(r2, ...s);
  } : t2 : (r2, ...s) => {
    t2(`%s ${r2}`, e, ...s), n && n(r2, ...s);
  };
}
function $n(t2, e, { namespace: n }) {
  if (typeof t2 == "string")
    return t2;
  const r2 = e && e.namespace || "";
  return r2.startsWith(n) ? r2.substr(n.length + 1) : r2 || n;
}
function $2(t2, e, n, r2 = Nn()) {
  const s = t2 && `[${t2}]` || "", o2 = [], i = typeof e == "string" ? r2.extend(e) : e, a = $n(d(e, m), i, r2);
  return y2(n);
  function c3(w2, T2) {
    return S2(
      o2,
      $2(t2, a.replace(/^[^:]+/, w2), T2, r2)
    );
  }
  function y2(w2) {
    const T2 = w2 && `[${w2}]` || "", k2 = i && vt(i, T2) || W2, C2 = vt(r2, `${s} ${T2}`, k2);
    return Object.assign(i ? k2 : C2, {
      label: t2,
      sibling: c3,
      info: C2,
      step: y2
    });
  }
}
var M2 = class M3 {
  constructor(e = "GitExecutor") {
    this.logLabel = e, this._queue = /* @__PURE__ */ new Map();
  }
  withProgress(e) {
    return this._queue.get(e);
  }
  createProgress(e) {
    const n = M3.getName(e.commands[0]), r2 = $2(this.logLabel, n);
    return {
      task: e,
      logger: r2,
      name: n
    };
  }
  push(e) {
    const n = this.createProgress(e);
    return n.logger("Adding task to the queue, commands = %o", e.commands), this._queue.set(e, n), n;
  }
  fatal(e) {
    for (const [n, { logger: r2 }] of Array.from(this._queue.entries()))
      n === e.task ? (r2.info("Failed %o", e), r2(
        "Fatal exception, any as-yet un-started tasks run through this executor will not be attempted"
      )) : r2.info(
        "A fatal exception occurred in a previous task, the queue has been purged: %o",
        e.message
      ), this.complete(n);
    if (this._queue.size !== 0)
      throw new Error(`Queue size should be zero after fatal: ${this._queue.size}`);
  }
  complete(e) {
    this.withProgress(e) && this._queue.delete(e);
  }
  attempt(e) {
    const n = this.withProgress(e);
    if (!n)
      throw new O2(void 0, "TasksPendingQueue: attempt called for an unknown task");
    return n.logger("Starting task"), n;
  }
  static getName(e = "empty") {
    return `task:${e}:${++M3.counter}`;
  }
};
M2.counter = 0;
var ot = M2;
var Pn = class {
  constructor(e, n, r2) {
    this._executor = e, this._scheduler = n, this._plugins = r2, this._chain = Promise.resolve(), this._queue = new ot();
  }
  get cwd() {
    return this._cwd || this._executor.cwd;
  }
  set cwd(e) {
    this._cwd = e;
  }
  get env() {
    return this._executor.env;
  }
  get outputHandler() {
    return this._executor.outputHandler;
  }
  chain() {
    return this;
  }
  push(e) {
    return this._queue.push(e), this._chain = this._chain.then(() => this.attemptTask(e));
  }
  async attemptTask(e) {
    const n = await this._scheduler.next(), r2 = () => this._queue.complete(e);
    try {
      const { logger: s } = this._queue.attempt(e);
      return await (kt(e) ? this.attemptEmptyTask(e, s) : this.attemptRemoteTask(e, s));
    } catch (s) {
      throw this.onFatalException(e, s);
    } finally {
      r2(), n();
    }
  }
  onFatalException(e, n) {
    const r2 = n instanceof O2 ? Object.assign(n, { task: e }) : new O2(e, n && String(n));
    return this._chain = Promise.resolve(), this._queue.fatal(r2), r2;
  }
  async attemptRemoteTask(e, n) {
    const r2 = this._plugins.exec("spawn.binary", "", this.taskContext(e, e.commands)), s = this._plugins.exec(
      "spawn.args",
      [...e.commands],
      this.taskContext(e, e.commands)
    ), o2 = await this.gitResponse(
      e,
      r2,
      s,
      this.outputHandler,
      n.step("SPAWN")
    ), i = await this.handleTaskData(e, s, o2, n.step("HANDLE"));
    return n("passing response to task's parser as a %s", e.format), en(e) ? Tt(e.parser, i) : Tt(e.parser, i.asStrings());
  }
  async attemptEmptyTask(e, n) {
    return n("empty task bypassing child process to call to task's parser"), e.parser(this);
  }
  handleTaskData(e, n, r2, s) {
    const { exitCode: o2, rejection: i, stdOut: a, stdErr: c3 } = r2;
    return new Promise((y2, w2) => {
      s("Preparing to handle process response exitCode=%d stdOut=", o2);
      const { error: T2 } = this._plugins.exec(
        "task.error",
        { error: i },
        {
          ...this.taskContext(e, n),
          ...r2
        }
      );
      if (T2 && e.onError)
        return s.info("exitCode=%s handling with custom error handler"), e.onError(
          r2,
          T2,
          (k2) => {
            s.info("custom error handler treated as success"), s("custom error returned a %s", ft(k2)), y2(
              new z2(
                Array.isArray(k2) ? Buffer.concat(k2) : k2,
                Buffer.concat(c3)
              )
            );
          },
          w2
        );
      if (T2)
        return s.info(
          "handling as error: exitCode=%s stdErr=%s rejection=%o",
          o2,
          c3.length,
          i
        ), w2(T2);
      s.info("retrieving task output complete"), y2(new z2(Buffer.concat(a), Buffer.concat(c3)));
    });
  }
  async gitResponse(e, n, r2, s, o2) {
    const i = o2.sibling("output"), a = this._plugins.exec(
      "spawn.options",
      {
        cwd: this.cwd,
        env: this.env,
        windowsHide: true
      },
      this.taskContext(e, e.commands)
    );
    return new Promise((c3) => {
      const y2 = [], w2 = [];
      o2.info("%s %o", n, r2), o2("%O", a);
      let T2 = this._beforeSpawn(e, r2);
      if (T2)
        return c3({
          stdOut: y2,
          stdErr: w2,
          exitCode: 9901,
          rejection: T2
        });
      this._plugins.exec("spawn.before", void 0, {
        ...this.taskContext(e, r2),
        kill(C2) {
          T2 = C2 || T2;
        }
      });
      const k2 = ve(n, r2, a);
      k2.stdout.on(
        "data",
        Et(y2, "stdOut", o2, i.step("stdOut"))
      ), k2.stderr.on(
        "data",
        Et(w2, "stdErr", o2, i.step("stdErr"))
      ), k2.on("error", Mn(w2, o2)), s && (o2("Passing child process stdOut/stdErr to custom outputHandler"), s(n, k2.stdout, k2.stderr, [...r2])), this._plugins.exec("spawn.after", void 0, {
        ...this.taskContext(e, r2),
        spawned: k2,
        close(C2, Te) {
          c3({
            stdOut: y2,
            stdErr: w2,
            exitCode: C2,
            rejection: T2 || Te
          });
        },
        kill(C2) {
          k2.killed || (T2 = C2, k2.kill("SIGINT"));
        }
      });
    });
  }
  _beforeSpawn(e, n) {
    let r2;
    return this._plugins.exec("spawn.before", void 0, {
      ...this.taskContext(e, n),
      kill(s) {
        r2 = s || r2;
      }
    }), r2;
  }
  taskContext(e, n) {
    return {
      method: String(Me(e.commands) || ""),
      commands: n,
      env: { ...this.env },
      input: kt(e) ? void 0 : e.input
    };
  }
};
function Mn(t2, e) {
  return (n) => {
    e("[ERROR] child process exception %o", n), t2.push(Buffer.from(String(n.stack), "ascii"));
  };
}
function Et(t2, e, n, r2) {
  return (s) => {
    n("%s received %L bytes", e, s), r2("%B", s), t2.push(s);
  };
}
var Dn = class {
  constructor(e, n, r2) {
    this.cwd = e, this._scheduler = n, this._plugins = r2, this._chain = this.chain();
  }
  chain() {
    return new Pn(this, this._scheduler, this._plugins);
  }
  push(e) {
    return this._chain.push(e);
  }
};
function Ln(t2, e, n = W2) {
  const r2 = (o2) => {
    n(null, o2);
  }, s = (o2) => {
    o2?.task === t2 && n(o2, void 0);
  };
  e.then(r2, s);
}
function St(t2, e) {
  return tn((n) => {
    if (!Lt(t2))
      throw new Error(`Git.cwd: cannot change to non-directory "${t2}"`);
    return (e || n).cwd = t2;
  });
}
function Q2(t2) {
  const e = ["checkout", ...t2];
  return e[1] === "-b" && e.includes("-B") && (e[1] = ct(e, "-B")), g(e);
}
function jn() {
  return {
    checkout() {
      return this._runTask(
        Q2(h2(arguments, 1)),
        u(arguments)
      );
    },
    checkoutBranch(t2, e) {
      return this._runTask(
        Q2(["-b", t2, e, ...h2(arguments)]),
        u(arguments)
      );
    },
    checkoutLocalBranch(t2) {
      return this._runTask(
        Q2(["-b", t2, ...h2(arguments)]),
        u(arguments)
      );
    }
  };
}
var Yt = (t2, e, n) => {
  const r2 = ["clone", ...n];
  return m(t2) && r2.push(c(t2)), m(e) && r2.push(c(e)), g(r2);
};
var Bn = (t2, e, n) => (S2(n, "--mirror"), Yt(t2, e, n));
function Rt(t2, e, n, ...r2) {
  return m(n) ? e(n, d(r2[0], m), h2(arguments)) : b2(`git.${t2}() requires a string 'repoPath'`);
}
function In() {
  return {
    clone(t2, ...e) {
      return this._runTask(
        Rt("clone", Yt, d(t2, m), ...e),
        u(arguments)
      );
    },
    mirror(t2, ...e) {
      return this._runTask(
        Rt("mirror", Bn, d(t2, m), ...e),
        u(arguments)
      );
    }
  };
}
var Un = [
  new l2(/^\[([^\s]+)( \([^)]+\))? ([^\]]+)/, (t2, [e, n, r2]) => {
    t2.branch = e, t2.commit = r2, t2.root = !!n;
  }),
  new l2(/\s*Author:\s(.+)/i, (t2, [e]) => {
    const n = e.split("<"), r2 = n.pop();
    !r2 || !r2.includes("@") || (t2.author = {
      email: r2.substr(0, r2.length - 1),
      name: n.join("<").trim()
    });
  }),
  new l2(
    /(\d+)[^,]*(?:,\s*(\d+)[^,]*)(?:,\s*(\d+))/g,
    (t2, [e, n, r2]) => {
      t2.summary.changes = parseInt(e, 10) || 0, t2.summary.insertions = parseInt(n, 10) || 0, t2.summary.deletions = parseInt(r2, 10) || 0;
    }
  ),
  new l2(
    /^(\d+)[^,]*(?:,\s*(\d+)[^(]+\(([+-]))?/,
    (t2, [e, n, r2]) => {
      t2.summary.changes = parseInt(e, 10) || 0;
      const s = parseInt(n, 10) || 0;
      r2 === "-" ? t2.summary.deletions = s : r2 === "+" && (t2.summary.insertions = s);
    }
  )
];
function Fn(t2) {
  return E2({
    author: null,
    branch: "",
    commit: "",
    root: false,
    summary: {
      changes: 0,
      insertions: 0,
      deletions: 0
    }
  }, Un, t2);
}
function Gn(t2, e, n) {
  return {
    commands: [
      "-c",
      "core.abbrev=40",
      "commit",
      ...U(t2, "-m"),
      ...e,
      ...n
    ],
    format: "utf-8",
    parser: Fn
  };
}
function zn() {
  return {
    commit(e, ...n) {
      const r2 = u(arguments), s = t2(e) || Gn(
        v(e),
        v(d(n[0], G2, [])),
        [
          ...L2(d(n[1], K2, [])),
          ...h2(arguments, 0, true)
        ]
      );
      return this._runTask(s, r2);
    }
  };
  function t2(e) {
    return !G2(e) && b2(
      "git.commit: requires the commit message to be supplied as a string/string[]"
    );
  }
}
function qn() {
  return {
    count: 0,
    garbage: 0,
    inPack: 0,
    packs: 0,
    prunePackable: 0,
    size: 0,
    sizeGarbage: 0,
    sizePack: 0
  };
}
var Wn = new l2(
  /([a-z-]+): (\d+)$/,
  (t2, [e, n]) => {
    const r2 = jt(e);
    Object.hasOwn(t2, r2) && (t2[r2] = p(n));
  }
);
function Hn() {
  return {
    countObjects() {
      return this._runTask({
        commands: ["count-objects", "--verbose"],
        format: "utf-8",
        parser(t2) {
          return E2(qn(), [Wn], t2);
        }
      });
    }
  };
}
function Kn() {
  return {
    firstCommit() {
      return this._runTask(
        g(["rev-list", "--max-parents=0", "HEAD"], true),
        u(arguments)
      );
    }
  };
}
function Vn(t2, e) {
  const n = ["hash-object", t2];
  return e && n.push("-w"), g(n, true);
}
var J2 = class {
  constructor(e, n, r2, s) {
    this.bare = e, this.path = n, this.existing = r2, this.gitDir = s;
  }
};
var Xn = /^Init.+ repository in (.+)$/;
var Yn = /^Rein.+ in (.+)$/;
function Qn(t2, e, n) {
  const r2 = String(n).trim();
  let s;
  if (s = Xn.exec(r2))
    return new J2(t2, e, false, s[1]);
  if (s = Yn.exec(r2))
    return new J2(t2, e, true, s[1]);
  let o2 = "";
  const i = r2.split(" ");
  for (; i.length; )
    if (i.shift() === "in") {
      o2 = i.join(" ");
      break;
    }
  return new J2(t2, e, /^re/i.test(r2), o2);
}
var Qt = "--bare";
function Jn(t2) {
  return t2.includes(Qt);
}
function Zn(t2 = false, e, n) {
  const r2 = ["init", ...n];
  return t2 && !Jn(r2) && r2.splice(1, 0, Qt), {
    commands: r2,
    format: "utf-8",
    parser(s) {
      return Qn(r2.includes("--bare"), e, s);
    }
  };
}
function tr(t2) {
  return t2 === void 0 ? b2("interpretTrailers called without input content") : {
    format: "utf-8",
    parser(e) {
      return Object.fromEntries(
        ut(e, (n) => {
          const r2 = n.indexOf(":");
          return [
            jt(n.substring(0, r2).toLowerCase()),
            n.substring(r2 + 2).trim()
          ];
        })
      );
    },
    commands: ["interpret-trailers", "--parse"],
    input: t2
  };
}
function er() {
  return {
    interpretTrailers(t2) {
      return this._runTask(
        tr(d(t2, Be)),
        u(arguments)
      );
    }
  };
}
var R2 = /* @__PURE__ */ ((t2) => (t2.NONE = "", t2.STAT = "--stat", t2.NUM_STAT = "--numstat", t2.NAME_ONLY = "--name-only", t2.NAME_STATUS = "--name-status", t2))(R2 || {});
var Jt = /^--(stat|numstat|name-only|name-status)(=|$)/;
function pt(t2) {
  for (let e = 0; e < t2.length; e++) {
    const n = Jt.exec(t2[e]);
    if (n)
      return `--${n[1]}`;
  }
  return "";
}
function nr(t2) {
  return Jt.test(t2);
}
var rr = class {
  constructor() {
    this.changed = 0, this.deletions = 0, this.insertions = 0, this.files = [];
  }
};
var Ot = [
  new l2(
    /^(.+)\s+\|\s+(\d+)(\s+[+\-]+)?$/,
    (t2, [e, n, r2 = ""]) => {
      t2.files.push({
        file: e.trim(),
        changes: p(n),
        insertions: r2.replace(/[^+]/g, "").length,
        deletions: r2.replace(/[^-]/g, "").length,
        binary: false
      });
    }
  ),
  new l2(
    /^(.+) \|\s+Bin ([0-9.]+) -> ([0-9.]+) ([a-z]+)/,
    (t2, [e, n, r2]) => {
      t2.files.push({
        file: e.trim(),
        before: p(n),
        after: p(r2),
        binary: true
      });
    }
  ),
  new l2(/^(.+)\s+\|\s+Bin\s*$/, (t2, [e]) => {
    t2.files.push({
      file: e.trim(),
      before: 0,
      after: 0,
      binary: true
    });
  }),
  new l2(
    /(\d+) files? changed\s*((?:, \d+ [^,]+){0,2})/,
    (t2, [e, n]) => {
      const r2 = /(\d+) i/.exec(n), s = /(\d+) d/.exec(n);
      t2.changed = p(e), t2.insertions = p(r2?.[1]), t2.deletions = p(s?.[1]);
    }
  )
];
var sr = [
  new l2(
    /(\d+)\t(\d+)\t(.+)$/,
    (t2, [e, n, r2]) => {
      const s = p(e), o2 = p(n);
      t2.changed++, t2.insertions += s, t2.deletions += o2, t2.files.push({
        file: r2,
        changes: s + o2,
        insertions: s,
        deletions: o2,
        binary: false
      });
    }
  ),
  new l2(/-\t-\t(.+)$/, (t2, [e]) => {
    t2.changed++, t2.files.push({
      file: e,
      after: 0,
      before: 0,
      binary: true
    });
  })
];
var or = [
  new l2(/(.+)$/, (t2, [e]) => {
    t2.changed++, t2.files.push({
      file: e,
      changes: 0,
      insertions: 0,
      deletions: 0,
      binary: false
    });
  })
];
var ir = [
  new l2(
    /([ACDMRTUXB])([0-9]{0,3})\t(.[^\t]*)(\t(.[^\t]*))?$/,
    (t2, [e, n, r2, s, o2]) => {
      t2.changed++, t2.files.push({
        file: o2 ?? r2,
        changes: 0,
        insertions: 0,
        deletions: 0,
        binary: false,
        status: bt(_n(e) && e),
        from: bt(!!o2 && r2 !== o2 && r2),
        similarity: p(n)
      });
    }
  )
];
var ar = {
  [R2.NONE]: Ot,
  [R2.STAT]: Ot,
  [R2.NUM_STAT]: sr,
  [R2.NAME_STATUS]: ir,
  [R2.NAME_ONLY]: or
};
function Zt(t2 = R2.NONE) {
  const e = ar[t2];
  return (n) => E2(new rr(), e, n, false);
}
var te = "\xF2\xF2\xF2\xF2\xF2\xF2 ";
var ee2 = " \xF2\xF2";
var ne2 = " \xF2 ";
var ur = ["hash", "date", "message", "refs", "author_name", "author_email"];
function cr(t2, e) {
  return e.reduce(
    (n, r2, s) => (n[r2] = t2[s] || "", n),
    /* @__PURE__ */ Object.create({ diff: null })
  );
}
function re(t2 = ne2, e = ur, n = R2.NONE) {
  const r2 = Zt(n);
  return function(s) {
    const o2 = H2(
      s.trim(),
      false,
      te
    ).map(function(i) {
      const a = i.split(ee2), c3 = cr(a[0].split(t2), e);
      return a.length > 1 && a[1].trim() && (c3.diff = r2(a[1])), c3;
    });
    return {
      all: o2,
      latest: o2.length && o2[0] || null,
      total: o2.length
    };
  };
}
function fr(t2) {
  let e = pt(t2);
  const n = ["diff"];
  return e === R2.NONE && (e = R2.STAT, n.push("--stat=4096")), n.push(...t2), dt(n) || {
    commands: n,
    format: "utf-8",
    parser: Zt(e)
  };
}
function dt(t2) {
  const e = t2.filter(nr);
  if (e.length > 1)
    return b2(
      `Summary flags are mutually exclusive - pick one of ${e.join(",")}`
    );
  if (e.length && t2.includes("-z"))
    return b2(
      `Summary flag ${e} parsing is not compatible with null termination option '-z'`
    );
}
var se = /* @__PURE__ */ ((t2) => (t2[t2["--pretty"] = 0] = "--pretty", t2[t2["max-count"] = 1] = "max-count", t2[t2.maxCount = 2] = "maxCount", t2[t2.n = 3] = "n", t2[t2.file = 4] = "file", t2[t2.format = 5] = "format", t2[t2.from = 6] = "from", t2[t2.to = 7] = "to", t2[t2.splitter = 8] = "splitter", t2[t2.symmetric = 9] = "symmetric", t2[t2.mailMap = 10] = "mailMap", t2[t2.multiLine = 11] = "multiLine", t2[t2.strictDate = 12] = "strictDate", t2))(se || {});
function lr(t2, e) {
  const n = [], r2 = [];
  return Object.keys(t2).forEach((s) => {
    n.push(s), r2.push(String(t2[s]));
  }), [n, r2.join(e)];
}
function hr(t2) {
  return Object.keys(t2).reduce((e, n) => (n in se || (e[n] = t2[n]), e), {});
}
function oe2(t2 = {}, e = []) {
  const n = d(t2.splitter, m, ne2), r2 = lt(t2.format) ? t2.format : {
    hash: "%H",
    date: t2.strictDate === false ? "%ai" : "%aI",
    message: "%s",
    refs: "%D",
    body: t2.multiLine ? "%B" : "%b",
    author_name: t2.mailMap !== false ? "%aN" : "%an",
    author_email: t2.mailMap !== false ? "%aE" : "%ae"
  }, [s, o2] = lr(r2, n), i = [], a = [
    `--pretty=format:${te}${o2}${ee2}`,
    ...e
  ], c3 = t2.n || t2["max-count"] || t2.maxCount;
  if (c3 && a.push(`--max-count=${c3}`), t2.from || t2.to) {
    const y2 = t2.symmetric !== false ? "..." : "..";
    i.push(`${t2.from || ""}${y2}${t2.to || ""}`);
  }
  return m(t2.file) && a.push("--follow", c(t2.file)), It(hr(t2), a), {
    fields: s,
    splitter: n,
    commands: [...a, ...i]
  };
}
function mr(t2, e, n) {
  const r2 = re(t2, e, pt(n));
  return {
    commands: ["log", ...n],
    format: "utf-8",
    parser: r2
  };
}
function pr() {
  return {
    log(...n) {
      const r2 = u(arguments), s = oe2(
        ht(arguments),
        L2(d(arguments[0], K2, []))
      ), o2 = e(...n) || dt(s.commands) || t2(s);
      return this._runTask(o2, r2);
    }
  };
  function t2(n) {
    return mr(n.splitter, n.fields, n.commands);
  }
  function e(n, r2) {
    return m(n) && m(r2) && b2(
      "git.log(string, string) should be replaced with git.log({ from: string, to: string })"
    );
  }
}
var Z2 = class {
  constructor(e, n = null, r2) {
    this.reason = e, this.file = n, this.meta = r2;
  }
  toString() {
    return `${this.file}:${this.reason}`;
  }
};
var dr = class {
  constructor() {
    this.conflicts = [], this.merges = [], this.result = "success";
  }
  get failed() {
    return this.conflicts.length > 0;
  }
  get reason() {
    return this.result;
  }
  toString() {
    return this.conflicts.length ? `CONFLICTS: ${this.conflicts.join(", ")}` : "OK";
  }
};
var ie = class {
  constructor() {
    this.remoteMessages = {
      all: []
    }, this.created = [], this.deleted = [], this.files = [], this.deletions = {}, this.insertions = {}, this.summary = {
      changes: 0,
      deletions: 0,
      insertions: 0
    };
  }
};
var gr = class {
  constructor() {
    this.remote = "", this.hash = {
      local: "",
      remote: ""
    }, this.branch = {
      local: "",
      remote: ""
    }, this.message = "";
  }
  toString() {
    return this.message;
  }
};
function tt(t2) {
  return t2.objects = t2.objects || {
    compressing: 0,
    counting: 0,
    enumerating: 0,
    packReused: 0,
    reused: { count: 0, delta: 0 },
    total: { count: 0, delta: 0 }
  };
}
function Ct(t2) {
  const e = /^\s*(\d+)/.exec(t2), n = /delta (\d+)/i.exec(t2);
  return {
    count: p(e && e[1] || "0"),
    delta: p(n && n[1] || "0")
  };
}
var yr = [
  new x2(
    /^remote:\s*(enumerating|counting|compressing) objects: (\d+),/i,
    (t2, [e, n]) => {
      const r2 = e.toLowerCase(), s = tt(t2.remoteMessages);
      Object.assign(s, { [r2]: p(n) });
    }
  ),
  new x2(
    /^remote:\s*(enumerating|counting|compressing) objects: \d+% \(\d+\/(\d+)\),/i,
    (t2, [e, n]) => {
      const r2 = e.toLowerCase(), s = tt(t2.remoteMessages);
      Object.assign(s, { [r2]: p(n) });
    }
  ),
  new x2(
    /total ([^,]+), reused ([^,]+), pack-reused (\d+)/i,
    (t2, [e, n, r2]) => {
      const s = tt(t2.remoteMessages);
      s.total = Ct(e), s.reused = Ct(n), s.packReused = p(r2);
    }
  )
];
var wr = [
  new x2(/^remote:\s*(.+)$/, (t2, [e]) => (t2.remoteMessages.all.push(e.trim()), false)),
  ...yr,
  new x2(
    [/create a (?:pull|merge) request/i, /\s(https?:\/\/\S+)$/],
    (t2, [e]) => {
      t2.remoteMessages.pullRequestUrl = e;
    }
  ),
  new x2(
    [/found (\d+) vulnerabilities.+\(([^)]+)\)/i, /\s(https?:\/\/\S+)$/],
    (t2, [e, n, r2]) => {
      t2.remoteMessages.vulnerabilities = {
        count: p(e),
        summary: n,
        url: r2
      };
    }
  )
];
function ae(t2, e) {
  return E2({ remoteMessages: new br() }, wr, e);
}
var br = class {
  constructor() {
    this.all = [];
  }
};
var Tr = /^\s*(.+?)\s+\|\s+\d+\s*(\+*)(-*)/;
var kr = /(\d+)\D+((\d+)\D+\(\+\))?(\D+(\d+)\D+\(-\))?/;
var _r = /^(create|delete) mode \d+ (.+)/;
var vr = [
  new l2(Tr, (t2, [e, n, r2]) => {
    t2.files.push(e), n && (t2.insertions[e] = n.length), r2 && (t2.deletions[e] = r2.length);
  }),
  new l2(kr, (t2, [e, , n, , r2]) => n !== void 0 || r2 !== void 0 ? (t2.summary.changes = +e || 0, t2.summary.insertions = +n || 0, t2.summary.deletions = +r2 || 0, true) : false),
  new l2(_r, (t2, [e, n]) => {
    S2(t2.files, n), S2(e === "create" ? t2.created : t2.deleted, n);
  })
];
var Er = [
  new l2(/^from\s(.+)$/i, (t2, [e]) => {
    t2.remote = e;
  }),
  new l2(/^fatal:\s(.+)$/, (t2, [e]) => {
    t2.message = e;
  }),
  new l2(
    /([a-z0-9]+)\.\.([a-z0-9]+)\s+(\S+)\s+->\s+(\S+)$/,
    (t2, [e, n, r2, s]) => {
      t2.branch.local = r2, t2.hash.local = e, t2.branch.remote = s, t2.hash.remote = n;
    }
  )
];
var Sr = (t2, e) => E2(new ie(), vr, [t2, e]);
var ue = (t2, e) => Object.assign(
  new ie(),
  Sr(t2, e),
  ae(t2, e)
);
function Rr(t2, e) {
  const n = E2(new gr(), Er, [t2, e]);
  return n.message && n;
}
var Or = [
  new l2(/^Auto-merging\s+(.+)$/, (t2, [e]) => {
    t2.merges.push(e);
  }),
  new l2(/^CONFLICT\s+\((.+)\): Merge conflict in (.+)$/, (t2, [e, n]) => {
    t2.conflicts.push(new Z2(e, n));
  }),
  new l2(
    /^CONFLICT\s+\((.+\/delete)\): (.+) deleted in (.+) and/,
    (t2, [e, n, r2]) => {
      t2.conflicts.push(new Z2(e, n, { deleteRef: r2 }));
    }
  ),
  new l2(/^CONFLICT\s+\((.+)\):/, (t2, [e]) => {
    t2.conflicts.push(new Z2(e, null));
  }),
  new l2(/^Automatic merge failed;\s+(.+)$/, (t2, [e]) => {
    t2.result = e;
  })
];
var Cr = (t2, e) => Object.assign(Ar(t2), ue(t2, e));
var Ar = (t2) => E2(new dr(), Or, t2);
function At(t2) {
  return t2.length ? {
    commands: ["merge", ...t2],
    format: "utf-8",
    parser(e, n) {
      const r2 = Cr(e, n);
      if (r2.failed)
        throw new at(r2);
      return r2;
    }
  } : b2("Git.merge requires at least one option");
}
function xr(t2, e, n) {
  const r2 = n.includes("deleted"), s = n.includes("tag") || /^refs\/tags/.test(t2), o2 = !n.includes("new");
  return {
    deleted: r2,
    tag: s,
    branch: !s,
    new: !o2,
    alreadyUpdated: o2,
    local: t2,
    remote: e
  };
}
var Nr = [
  new l2(/^Pushing to (.+)$/, (t2, [e]) => {
    t2.repo = e;
  }),
  new l2(/^updating local tracking ref '(.+)'/, (t2, [e]) => {
    t2.ref = {
      ...t2.ref || {},
      local: e
    };
  }),
  new l2(/^[=*-]\s+([^:]+):(\S+)\s+\[(.+)]$/, (t2, [e, n, r2]) => {
    t2.pushed.push(xr(e, n, r2));
  }),
  new l2(
    /^Branch '([^']+)' set up to track remote branch '([^']+)' from '([^']+)'/,
    (t2, [e, n, r2]) => {
      t2.branch = {
        ...t2.branch || {},
        local: e,
        remote: n,
        remoteName: r2
      };
    }
  ),
  new l2(
    /^([^:]+):(\S+)\s+([a-z0-9]+)\.\.([a-z0-9]+)$/,
    (t2, [e, n, r2, s]) => {
      t2.update = {
        head: {
          local: e,
          remote: n
        },
        hash: {
          from: r2,
          to: s
        }
      };
    }
  )
];
var $r = (t2, e) => {
  const n = Pr(t2, e), r2 = ae(t2, e);
  return {
    ...n,
    ...r2
  };
};
var Pr = (t2, e) => E2({ pushed: [] }, Nr, [t2, e]);
function Mr(t2 = {}, e) {
  return S2(e, "--tags"), ce(t2, e);
}
function ce(t2 = {}, e) {
  const n = ["push", ...e];
  return t2.branch && n.splice(1, 0, t2.branch), t2.remote && n.splice(1, 0, t2.remote), ct(n, "-v"), S2(n, "--verbose"), S2(n, "--porcelain"), {
    commands: n,
    format: "utf-8",
    parser: $r
  };
}
function Dr() {
  return {
    showBuffer() {
      const t2 = ["show", ...h2(arguments, 1)];
      return t2.includes("--binary") || t2.splice(1, 0, "--binary"), this._runTask(
        Gt(t2),
        u(arguments)
      );
    },
    show() {
      const t2 = ["show", ...h2(arguments, 1)];
      return this._runTask(
        g(t2),
        u(arguments)
      );
    }
  };
}
var Lr = /^(.+)\0(.+)$/;
var jr = class {
  constructor(e, n, r2) {
    if (this.path = e, this.index = n, this.working_dir = r2, n === "R" || r2 === "R") {
      const s = Lr.exec(e) || [null, e, e];
      this.from = s[2] || "", this.path = s[1] || "";
    }
  }
};
var Br = class {
  constructor() {
    this.not_added = [], this.conflicted = [], this.created = [], this.deleted = [], this.ignored = void 0, this.modified = [], this.renamed = [], this.files = [], this.staged = [], this.ahead = 0, this.behind = 0, this.current = null, this.tracking = null, this.detached = false, this.isClean = () => !this.files.length;
  }
};
function xt(t2) {
  const [e, n] = t2.split(I2);
  return {
    from: n || e,
    to: e
  };
}
function _2(t2, e, n) {
  return [`${t2}${e}`, n];
}
function et(t2, ...e) {
  return e.map((n) => _2(t2, n, (r2, s) => r2.conflicted.push(s)));
}
var Ir = new Map([
  _2(
    " ",
    "A",
    (t2, e) => t2.created.push(e)
  ),
  _2(
    " ",
    "D",
    (t2, e) => t2.deleted.push(e)
  ),
  _2(
    " ",
    "M",
    (t2, e) => t2.modified.push(e)
  ),
  _2("A", " ", (t2, e) => {
    t2.created.push(e), t2.staged.push(e);
  }),
  _2("A", "M", (t2, e) => {
    t2.created.push(e), t2.staged.push(e), t2.modified.push(e);
  }),
  _2("D", " ", (t2, e) => {
    t2.deleted.push(e), t2.staged.push(e);
  }),
  _2("M", " ", (t2, e) => {
    t2.modified.push(e), t2.staged.push(e);
  }),
  _2("M", "M", (t2, e) => {
    t2.modified.push(e), t2.staged.push(e);
  }),
  _2("R", " ", (t2, e) => {
    t2.renamed.push(xt(e));
  }),
  _2("R", "M", (t2, e) => {
    const n = xt(e);
    t2.renamed.push(n), t2.modified.push(n.to);
  }),
  _2("!", "!", (t2, e) => {
    (t2.ignored = t2.ignored || []).push(e);
  }),
  _2(
    "?",
    "?",
    (t2, e) => t2.not_added.push(e)
  ),
  ...et(
    "A",
    "A",
    "U"
    /* UNMERGED */
  ),
  ...et(
    "D",
    "D",
    "U"
    /* UNMERGED */
  ),
  ...et(
    "U",
    "A",
    "D",
    "U"
    /* UNMERGED */
  ),
  [
    "##",
    (t2, e) => {
      const n = /ahead (\d+)/, r2 = /behind (\d+)/, s = /^(.+?(?=(?:\.{3}|\s|$)))/, o2 = /\.{3}(\S*)/, i = /\son\s(\S+?)(?=\.{3}|$)/;
      let a = n.exec(e);
      t2.ahead = a && +a[1] || 0, a = r2.exec(e), t2.behind = a && +a[1] || 0, a = s.exec(e), t2.current = d(a?.[1], m, null), a = o2.exec(e), t2.tracking = d(a?.[1], m, null), a = i.exec(e), a && (t2.current = d(a?.[1], m, t2.current)), t2.detached = /\(no branch\)/.test(e);
    }
  ]
]);
var Ur = function(t2) {
  const e = t2.split(I2), n = new Br();
  for (let r2 = 0, s = e.length; r2 < s; ) {
    let o2 = e[r2++].trim();
    o2 && (o2.charAt(0) === "R" && (o2 += I2 + (e[r2++] || "")), Fr(n, o2));
  }
  return n;
};
function Fr(t2, e) {
  const n = e.trim();
  switch (" ") {
    case n.charAt(2):
      return r2(n.charAt(0), n.charAt(1), n.slice(3));
    case n.charAt(1):
      return r2(" ", n.charAt(0), n.slice(2));
    default:
      return;
  }
  function r2(s, o2, i) {
    const a = `${s}${o2}`, c3 = Ir.get(a);
    c3 && c3(t2, i), a !== "##" && a !== "!!" && t2.files.push(new jr(i, s, o2));
  }
}
var Gr = ["--null", "-z"];
function zr(t2) {
  return {
    format: "utf-8",
    commands: [
      "status",
      "--porcelain",
      "-b",
      "-u",
      "--null",
      ...t2.filter((n) => !Gr.includes(n))
    ],
    parser(n) {
      return Ur(n);
    }
  };
}
var fe = "installed=false";
function q2(t2 = 0, e = 0, n = 0, r2 = "", s = true) {
  return Object.defineProperty(
    {
      major: t2,
      minor: e,
      patch: n,
      agent: r2,
      installed: s
    },
    "toString",
    {
      value() {
        return `${this.major}.${this.minor}.${this.patch}`;
      },
      configurable: false,
      enumerable: false
    }
  );
}
function qr() {
  return q2(0, 0, 0, "", false);
}
function Wr() {
  return {
    version() {
      return this._runTask({
        commands: ["--version"],
        format: "utf-8",
        parser: Kr,
        onError(t2, e, n, r2) {
          if (t2.exitCode === V2.NOT_FOUND)
            return n(Buffer.from(fe));
          r2(e);
        }
      });
    }
  };
}
var Hr = [
  new l2(
    /version (\d+)\.(\d+)\.(\d+)(?:\s*\((.+)\))?/,
    (t2, [e, n, r2, s = ""]) => {
      Object.assign(
        t2,
        q2(p(e), p(n), p(r2), s)
      );
    }
  ),
  new l2(
    /version (\d+)\.(\d+)\.(\D+)(.+)?$/,
    (t2, [e, n, r2, s = ""]) => {
      Object.assign(t2, q2(p(e), p(n), r2, s));
    }
  )
];
function Kr(t2) {
  return t2 === fe ? qr() : E2(q2(0, 0, 0, t2), Hr, t2);
}
var le = class {
  constructor(e) {
    this._executor = e;
  }
  _runTask(e, n) {
    const r2 = this._executor.chain(), s = r2.push(e);
    return n && Ln(e, s, n), Object.create(this, {
      then: { value: s.then.bind(s) },
      catch: { value: s.catch.bind(s) },
      _executor: { value: r2 }
    });
  }
  add(e) {
    return this._runTask(
      g(["add", ...v(e)]),
      u(arguments)
    );
  }
  cwd(e) {
    const n = u(arguments);
    return typeof e == "string" ? this._runTask(St(e, this._executor), n) : typeof e?.path == "string" ? this._runTask(
      St(
        e.path,
        e.root && this._executor || void 0
      ),
      n
    ) : this._runTask(
      b2("Git.cwd: workingDirectory must be supplied as a string"),
      n
    );
  }
  hashObject(e, n) {
    return this._runTask(
      Vn(e, n === true),
      u(arguments)
    );
  }
  init(e) {
    return this._runTask(
      Zn(e === true, this._executor.cwd, h2(arguments)),
      u(arguments)
    );
  }
  merge() {
    return this._runTask(
      At(h2(arguments)),
      u(arguments)
    );
  }
  mergeFromTo(e, n) {
    return m(e) && m(n) ? this._runTask(
      At([e, n, ...h2(arguments)]),
      u(arguments, false)
    ) : this._runTask(
      b2(
        "Git.mergeFromTo requires that the 'remote' and 'branch' arguments are supplied as strings"
      )
    );
  }
  outputHandler(e) {
    return this._executor.outputHandler = e, this;
  }
  push() {
    const e = ce(
      {
        remote: d(arguments[0], m),
        branch: d(arguments[1], m)
      },
      h2(arguments)
    );
    return this._runTask(e, u(arguments));
  }
  stash() {
    return this._runTask(
      g(["stash", ...h2(arguments)]),
      u(arguments)
    );
  }
  status() {
    return this._runTask(
      zr(h2(arguments)),
      u(arguments)
    );
  }
};
Object.assign(
  le.prototype,
  jn(),
  In(),
  zn(),
  Tn(),
  Hn(),
  Kn(),
  On(),
  er(),
  pr(),
  Dr(),
  Wr()
);
var Vr = /* @__PURE__ */ (() => {
  let t2 = 0;
  return () => {
    t2++;
    const { promise: e, done: n } = (0, import_promise_deferred.createDeferred)();
    return {
      promise: e,
      done: n,
      id: t2
    };
  };
})();
var Xr = class {
  constructor(e = 2) {
    this.concurrency = e, this.logger = $2("", "scheduler"), this.pending = [], this.running = [], this.logger("Constructed, concurrency=%s", e);
  }
  schedule() {
    if (!this.pending.length || this.running.length >= this.concurrency) {
      this.logger(
        "Schedule attempt ignored, pending=%s running=%s concurrency=%s",
        this.pending.length,
        this.running.length,
        this.concurrency
      );
      return;
    }
    const e = S2(this.running, this.pending.shift());
    this.logger("Attempting id=%s", e.id), e.done(() => {
      this.logger("Completing id=", e.id), ct(this.running, e), this.schedule();
    });
  }
  next() {
    const { promise: e, id: n } = S2(this.pending, Vr());
    return this.logger("Scheduling id=%s", n), this.schedule(), e;
  }
};
function Yr(t2, e) {
  return g(["apply", ...e, ...t2]);
}
var he = /* @__PURE__ */ ((t2) => (t2.CURRENT = "*", t2.LINKED = "+", t2))(he || {});
var Qr = class {
  constructor() {
    this.all = [], this.branches = {}, this.current = "", this.detached = false;
  }
  push(e, n, r2, s, o2) {
    e === "*" && (this.detached = n, this.current = r2), this.all.push(r2), this.branches[r2] = {
      current: e === "*",
      linkedWorkTree: e === "+",
      name: r2,
      commit: s,
      label: o2
    };
  }
};
var Jr = [
  new l2(
    /^([*+]\s)?\((?:HEAD )?detached (?:from|at) (\S+)\)\s+([a-z0-9]+)\s(.*)$/,
    (t2, [e, n, r2, s]) => {
      t2.push(Nt(e), true, n, r2, s);
    }
  ),
  new l2(
    /^([*+]\s)?(\S+)\s+([a-z0-9]+)\s?(.*)$/s,
    (t2, [e, n, r2, s]) => {
      t2.push(Nt(e), false, n, r2, s);
    }
  )
];
var Zr = new l2(/^(\S+)$/s, (t2, [e]) => {
  t2.push(he.CURRENT, false, e, "", "");
});
function Nt(t2) {
  return t2 ? t2.charAt(0) : "";
}
function me(t2, e = false) {
  return E2(
    new Qr(),
    e ? [Zr] : Jr,
    t2
  );
}
var ts = class {
  constructor() {
    this.all = [], this.branches = {}, this.errors = [];
  }
  get success() {
    return !this.errors.length;
  }
};
function es(t2, e) {
  return {
    branch: t2,
    hash: e,
    success: true
  };
}
function ns(t2) {
  return {
    branch: t2,
    hash: null,
    success: false
  };
}
var rs = /(\S+)\s+\(\S+\s([^)]+)\)/;
var pe = /^error[^']+'([^']+)'/m;
var ss = [
  new l2(rs, (t2, [e, n]) => {
    const r2 = es(e, n);
    t2.all.push(r2), t2.branches[e] = r2;
  }),
  new l2(pe, (t2, [e]) => {
    const n = ns(e);
    t2.errors.push(n), t2.all.push(n), t2.branches[e] = n;
  })
];
var gt = (t2, e) => E2(new ts(), ss, [t2, e]);
function de(t2, e) {
  return e === V2.ERROR && pe.test(t2);
}
function os(t2) {
  const e = ["-d", "-D", "--delete"];
  return t2.some((n) => e.includes(n));
}
function is(t2) {
  const e = os(t2), n = t2.includes("--show-current"), r2 = ["branch", ...t2];
  return r2.length === 1 && r2.push("-a"), r2.includes("-v") || r2.splice(1, 0, "-v"), {
    format: "utf-8",
    commands: r2,
    parser(s, o2) {
      return e ? gt(s, o2).all[0] : me(s, n);
    }
  };
}
function as() {
  return {
    format: "utf-8",
    commands: ["branch", "-v"],
    parser(t2) {
      return me(t2);
    }
  };
}
function us(t2, e = false) {
  return {
    format: "utf-8",
    commands: ["branch", "-v", e ? "-D" : "-d", ...t2],
    parser(n, r2) {
      return gt(n, r2);
    },
    onError({ exitCode: n, stdOut: r2 }, s, o2, i) {
      if (!de(String(s), n))
        return i(s);
      o2(r2);
    }
  };
}
function cs(t2, e = false) {
  const n = {
    format: "utf-8",
    commands: ["branch", "-v", e ? "-D" : "-d", t2],
    parser(r2, s) {
      return gt(r2, s).branches[t2];
    },
    onError({ exitCode: r2, stdErr: s, stdOut: o2 }, i, a, c3) {
      if (!de(String(i), r2))
        return c3(i);
      throw new at(
        n.parser(F2(o2), F2(s)),
        String(i)
      );
    }
  };
  return n;
}
function fs(t2) {
  return {
    commands: ["check-ignore", ...t2],
    format: "utf-8",
    parser: ls
  };
}
function ls(t2) {
  return t2.split(/\n/g).map(hs).filter(Boolean);
}
function hs(t2) {
  const e = t2.trim().replace(/^["']|["']$/g, "");
  return e && Se(e);
}
var ms = [
  new l2(/From (.+)$/, (t2, [e]) => {
    t2.remote = e;
  }),
  new l2(/\* \[new branch]\s+(\S+)\s*-> (.+)$/, (t2, [e, n]) => {
    t2.branches.push({
      name: e,
      tracking: n
    });
  }),
  new l2(/\* \[new tag]\s+(\S+)\s*-> (.+)$/, (t2, [e, n]) => {
    t2.tags.push({
      name: e,
      tracking: n
    });
  }),
  new l2(/- \[deleted]\s+\S+\s*-> (.+)$/, (t2, [e]) => {
    t2.deleted.push({
      tracking: e
    });
  }),
  new l2(
    /\s*([^.]+)\.\.(\S+)\s+(\S+)\s*-> (.+)$/,
    (t2, [e, n, r2, s]) => {
      t2.updated.push({
        name: r2,
        tracking: s,
        to: n,
        from: e
      });
    }
  )
];
function ps(t2, e) {
  return E2({
    raw: t2,
    remote: null,
    branches: [],
    tags: [],
    updated: [],
    deleted: []
  }, ms, [t2, e]);
}
function ds(t2) {
  return /^--upload-pack(=|$)/.test(t2);
}
function gs(t2, e, n) {
  const r2 = ["fetch", ...n];
  return t2 && e && r2.push(t2, e), r2.find(ds) ? b2("git.fetch: potential exploit argument blocked.") : {
    commands: r2,
    format: "utf-8",
    parser: ps
  };
}
var ys = [
  new l2(/^Renaming (.+) to (.+)$/, (t2, [e, n]) => {
    t2.moves.push({ from: e, to: n });
  })
];
function ws(t2) {
  return E2({ moves: [] }, ys, t2);
}
function bs(t2, e) {
  return {
    commands: ["mv", "-v", ...v(t2), e],
    format: "utf-8",
    parser: ws
  };
}
function Ts(t2, e, n) {
  const r2 = ["pull", ...n];
  return t2 && e && r2.splice(1, 0, t2, e), {
    commands: r2,
    format: "utf-8",
    parser(s, o2) {
      return ue(s, o2);
    },
    onError(s, o2, i, a) {
      const c3 = Rr(
        F2(s.stdOut),
        F2(s.stdErr)
      );
      if (c3)
        return a(new at(c3));
      a(o2);
    }
  };
}
function ks(t2) {
  const e = {};
  return ge(t2, ([n]) => e[n] = { name: n }), Object.values(e);
}
function _s(t2) {
  const e = {};
  return ge(t2, ([n, r2, s]) => {
    Object.hasOwn(e, n) || (e[n] = {
      name: n,
      refs: { fetch: "", push: "" }
    }), s && r2 && (e[n].refs[s.replace(/[^a-z]/g, "")] = r2);
  }), Object.values(e);
}
function ge(t2, e) {
  ut(t2, (n) => e(n.split(/\s+/)));
}
function vs(t2, e, n) {
  return g(["remote", "add", ...n, t2, e]);
}
function Es(t2) {
  const e = ["remote"];
  return t2 && e.push("-v"), {
    commands: e,
    format: "utf-8",
    parser: t2 ? _s : ks
  };
}
function Ss(t2) {
  const e = [...t2];
  return e[0] !== "ls-remote" && e.unshift("ls-remote"), g(e);
}
function Rs(t2) {
  const e = [...t2];
  return e[0] !== "remote" && e.unshift("remote"), g(e);
}
function Os(t2) {
  return g(["remote", "remove", t2]);
}
function Cs(t2 = {}, e) {
  const n = oe2(t2), r2 = ["stash", "list", ...n.commands, ...e], s = re(
    n.splitter,
    n.fields,
    pt(r2)
  );
  return dt(r2) || {
    commands: r2,
    format: "utf-8",
    parser: s
  };
}
function As(t2, e) {
  return X2(["add", t2, e]);
}
function xs(t2) {
  return X2(["init", ...t2]);
}
function X2(t2) {
  const e = [...t2];
  return e[0] !== "submodule" && e.unshift("submodule"), g(e);
}
function Ns(t2) {
  return X2(["update", ...t2]);
}
var $s = class {
  constructor(e, n) {
    this.all = e, this.latest = n;
  }
};
var Ps = function(t2, e = false) {
  const n = t2.split(`
`).map(Ds).filter(Boolean);
  e || n.sort(function(s, o2) {
    const i = s.split("."), a = o2.split(".");
    if (i.length === 1 || a.length === 1)
      return Ms(B2(i[0]), B2(a[0]));
    for (let c3 = 0, y2 = Math.max(i.length, a.length); c3 < y2; c3++) {
      const w2 = ye(B2(i[c3]), B2(a[c3]));
      if (w2)
        return w2;
    }
    return 0;
  });
  const r2 = e ? n[0] : [...n].reverse().find((s) => s.indexOf(".") >= 0);
  return new $s(n, r2);
};
function Ms(t2, e) {
  const n = Number.isNaN(t2), r2 = Number.isNaN(e);
  return n !== r2 ? n ? 1 : -1 : n ? ye(t2, e) : 0;
}
function ye(t2, e) {
  return t2 === e ? 0 : t2 > e ? 1 : -1;
}
function Ds(t2) {
  return t2.trim();
}
function B2(t2) {
  return typeof t2 == "string" && parseInt(t2.replace(/^\D+/g, ""), 10) || 0;
}
function Ls(t2 = []) {
  const e = t2.some((n) => /^--sort=/.test(n));
  return {
    format: "utf-8",
    commands: ["tag", "-l", ...t2],
    parser(n) {
      return Ps(n, e);
    }
  };
}
function js(t2) {
  return {
    format: "utf-8",
    commands: ["tag", t2],
    parser() {
      return { name: t2 };
    }
  };
}
function Bs(t2, e) {
  return {
    format: "utf-8",
    commands: ["tag", "-a", "-m", e, t2],
    parser() {
      return { name: t2 };
    }
  };
}
function f2(t2, e) {
  this._plugins = e, this._executor = new Dn(
    t2.baseDir,
    new Xr(t2.maxConcurrentProcesses),
    e
  ), this._trimmed = t2.trimmed;
}
(f2.prototype = Object.create(le.prototype)).constructor = f2;
f2.prototype.customBinary = function(t2) {
  return this._plugins.reconfigure("binary", t2), this;
};
f2.prototype.env = function(t2, e) {
  return arguments.length === 1 && typeof t2 == "object" ? this._executor.env = t2 : (this._executor.env = this._executor.env || {})[t2] = e, this;
};
f2.prototype.stashList = function(t2) {
  return this._runTask(
    Cs(
      ht(arguments) || {},
      K2(t2) && t2 || []
    ),
    u(arguments)
  );
};
f2.prototype.mv = function(t2, e) {
  return this._runTask(bs(t2, e), u(arguments));
};
f2.prototype.checkoutLatestTag = function(t2) {
  var e = this;
  return this.pull(function() {
    e.tags(function(n, r2) {
      e.checkout(r2.latest, t2);
    });
  });
};
f2.prototype.pull = function(t2, e, n, r2) {
  return this._runTask(
    Ts(
      d(t2, m),
      d(e, m),
      h2(arguments)
    ),
    u(arguments)
  );
};
f2.prototype.fetch = function(t2, e) {
  return this._runTask(
    gs(
      d(t2, m),
      d(e, m),
      h2(arguments)
    ),
    u(arguments)
  );
};
f2.prototype.tags = function(t2, e) {
  return this._runTask(
    Ls(h2(arguments)),
    u(arguments)
  );
};
f2.prototype.rebase = function() {
  return this._runTask(
    g(["rebase", ...h2(arguments)]),
    u(arguments)
  );
};
f2.prototype.reset = function(t2) {
  return this._runTask(
    An(xn(t2), h2(arguments)),
    u(arguments)
  );
};
f2.prototype.revert = function(t2) {
  const e = u(arguments);
  return typeof t2 != "string" ? this._runTask(b2("Commit must be a string"), e) : this._runTask(
    g(["revert", ...h2(arguments, 0, true), t2]),
    e
  );
};
f2.prototype.addTag = function(t2) {
  const e = typeof t2 == "string" ? js(t2) : b2("Git.addTag requires a tag name");
  return this._runTask(e, u(arguments));
};
f2.prototype.addAnnotatedTag = function(t2, e) {
  return this._runTask(
    Bs(t2, e),
    u(arguments)
  );
};
f2.prototype.deleteLocalBranch = function(t2, e, n) {
  return this._runTask(
    cs(t2, typeof e == "boolean" ? e : false),
    u(arguments)
  );
};
f2.prototype.deleteLocalBranches = function(t2, e, n) {
  return this._runTask(
    us(t2, typeof e == "boolean" ? e : false),
    u(arguments)
  );
};
f2.prototype.branch = function(t2, e) {
  return this._runTask(
    is(h2(arguments)),
    u(arguments)
  );
};
f2.prototype.branchLocal = function(t2) {
  return this._runTask(as(), u(arguments));
};
f2.prototype.raw = function(t2) {
  const e = !Array.isArray(t2), n = [].slice.call(e ? arguments : t2, 0);
  for (let s = 0; s < n.length && e; s++)
    if (!st(n[s])) {
      n.splice(s, n.length - s);
      break;
    }
  n.push(...h2(arguments, 0, true));
  var r2 = u(arguments);
  return n.length ? this._runTask(g(n, this._trimmed), r2) : this._runTask(
    b2("Raw: must supply one or more command to execute"),
    r2
  );
};
f2.prototype.submoduleAdd = function(t2, e, n) {
  return this._runTask(As(t2, e), u(arguments));
};
f2.prototype.submoduleUpdate = function(t2, e) {
  return this._runTask(
    Ns(h2(arguments, true)),
    u(arguments)
  );
};
f2.prototype.submoduleInit = function(t2, e) {
  return this._runTask(
    xs(h2(arguments, true)),
    u(arguments)
  );
};
f2.prototype.subModule = function(t2, e) {
  return this._runTask(
    X2(h2(arguments)),
    u(arguments)
  );
};
f2.prototype.listRemote = function() {
  return this._runTask(
    Ss(h2(arguments)),
    u(arguments)
  );
};
f2.prototype.addRemote = function(t2, e, n) {
  return this._runTask(
    vs(t2, e, h2(arguments)),
    u(arguments)
  );
};
f2.prototype.removeRemote = function(t2, e) {
  return this._runTask(Os(t2), u(arguments));
};
f2.prototype.getRemotes = function(t2, e) {
  return this._runTask(Es(t2 === true), u(arguments));
};
f2.prototype.remote = function(t2, e) {
  return this._runTask(
    Rs(h2(arguments)),
    u(arguments)
  );
};
f2.prototype.tag = function(t2, e) {
  const n = h2(arguments);
  return n[0] !== "tag" && n.unshift("tag"), this._runTask(g(n), u(arguments));
};
f2.prototype.updateServerInfo = function(t2) {
  return this._runTask(
    g(["update-server-info"]),
    u(arguments)
  );
};
f2.prototype.pushTags = function(t2, e) {
  const n = Mr(
    { remote: d(t2, m) },
    h2(arguments)
  );
  return this._runTask(n, u(arguments));
};
f2.prototype.rm = function(t2) {
  return this._runTask(
    g(["rm", "-f", ...v(t2)]),
    u(arguments)
  );
};
f2.prototype.rmKeepLocal = function(t2) {
  return this._runTask(
    g(["rm", "--cached", ...v(t2)]),
    u(arguments)
  );
};
f2.prototype.catFile = function(t2, e) {
  return this._catFile("utf-8", arguments);
};
f2.prototype.binaryCatFile = function() {
  return this._catFile("buffer", arguments);
};
f2.prototype._catFile = function(t2, e) {
  var n = u(e), r2 = ["cat-file"], s = e[0];
  if (typeof s == "string")
    return this._runTask(
      b2("Git.catFile: options must be supplied as an array of strings"),
      n
    );
  Array.isArray(s) && r2.push.apply(r2, s);
  const o2 = t2 === "buffer" ? Gt(r2) : g(r2);
  return this._runTask(o2, n);
};
f2.prototype.diff = function(t2, e) {
  const n = m(t2) ? b2(
    "git.diff: supplying options as a single string is no longer supported, switch to an array of strings"
  ) : g(["diff", ...h2(arguments)]);
  return this._runTask(n, u(arguments));
};
f2.prototype.diffSummary = function() {
  return this._runTask(
    fr(h2(arguments, 1)),
    u(arguments)
  );
};
f2.prototype.applyPatch = function(t2) {
  const e = G2(t2) ? Yr(v(t2), h2([].slice.call(arguments, 1))) : b2(
    "git.applyPatch requires one or more string patches as the first argument"
  );
  return this._runTask(e, u(arguments));
};
f2.prototype.revparse = function() {
  const t2 = ["rev-parse", ...h2(arguments, true)];
  return this._runTask(
    g(t2, true),
    u(arguments)
  );
};
f2.prototype.clean = function(t2, e, n) {
  const r2 = un(t2), s = r2 && t2.join("") || d(t2, m) || "", o2 = h2([].slice.call(arguments, r2 ? 1 : 0));
  return this._runTask(
    on(s, o2),
    u(arguments)
  );
};
f2.prototype.exec = function(t2) {
  const e = {
    commands: [],
    format: "utf-8",
    parser() {
      typeof t2 == "function" && t2();
    }
  };
  return this._runTask(e);
};
f2.prototype.checkIgnore = function(t2, e) {
  return this._runTask(
    fs(v(d(t2, G2, []))),
    u(arguments)
  );
};
f2.prototype.checkIsRepo = function(t2, e) {
  return this._runTask(
    We(d(t2, m)),
    u(arguments)
  );
};
function Is(t2) {
  return t2 ? [{
    type: "spawn.before",
    action(r2, s) {
      t2.aborted && s.kill(new A2(void 0, "abort", "Abort already signaled"));
    }
  }, {
    type: "spawn.after",
    action(r2, s) {
      function o2() {
        s.kill(new A2(void 0, "abort", "Abort signal received"));
      }
      t2.addEventListener("abort", o2), s.spawned.on("close", () => t2.removeEventListener("abort", o2));
    }
  }] : void 0;
}
var Us = $2("", "plugin:allowEnvironment");
function Fs(t2, e = false) {
  const n = new Set(t2.map((r2) => r2.toLowerCase().trim()));
  return {
    type: "spawn.options",
    action(r2, s) {
      const o2 = { ...r2.env ?? process.env }, i = new Set(
        Object.keys(s.env).map((a) => a.toLowerCase().trim())
      );
      for (const a of Object.keys(o2)) {
        const c3 = a.toLowerCase().trim();
        if (!(!Gs(c3) || n.has(c3))) {
          if (i.has(c3))
            throw new A2(
              void 0,
              "allowEnvironment",
              `Use of "${a}" is blocked by the environment guard - add it to the allowEnvironment option to permit it`
            );
          Us("removing ambient guarded environment variable %s", a), delete o2[a];
        }
      }
      return {
        ...r2,
        env: {
          ...o2,
          GIT_TEST_DISALLOW_ABBREVIATED_OPTIONS: String(!e)
        }
      };
    }
  };
}
function Gs(t2) {
  const e = t2.toLowerCase().trim();
  return e.startsWith("git_") || _(e);
}
function zs(t2 = {}) {
  return {
    type: "spawn.args",
    action(e, { env: n }) {
      for (const r2 of oe(e, n))
        if (t2[r2.category] !== true)
          throw new A2(void 0, "unsafe", r2.message);
      return e;
    }
  };
}
function qs(t2) {
  const e = U(t2, "-c");
  return {
    type: "spawn.args",
    action(n) {
      return [...e, ...n];
    }
  };
}
var $t = (0, import_promise_deferred.deferred)().promise;
function Ws({
  onClose: t2 = true,
  onExit: e = 50
} = {}) {
  function n() {
    let s = -1;
    const o2 = {
      close: (0, import_promise_deferred.deferred)(),
      closeTimeout: (0, import_promise_deferred.deferred)(),
      exit: (0, import_promise_deferred.deferred)(),
      exitTimeout: (0, import_promise_deferred.deferred)()
    }, i = Promise.race([
      t2 === false ? $t : o2.closeTimeout.promise,
      e === false ? $t : o2.exitTimeout.promise
    ]);
    return r2(t2, o2.close, o2.closeTimeout), r2(e, o2.exit, o2.exitTimeout), {
      close(a) {
        s = a, o2.close.done();
      },
      exit(a) {
        s = a, o2.exit.done();
      },
      get exitCode() {
        return s;
      },
      result: i
    };
  }
  function r2(s, o2, i) {
    s !== false && (s === true ? o2.promise : o2.promise.then(() => wt(s))).then(i.done);
  }
  return {
    type: "spawn.after",
    async action(s, { spawned: o2, close: i }) {
      const a = n();
      let c3 = true, y2 = () => {
        c3 = false;
      };
      o2.stdout?.on("data", y2), o2.stderr?.on("data", y2), o2.on("error", y2), o2.on("close", (w2) => a.close(w2)), o2.on("exit", (w2) => a.exit(w2));
      try {
        await a.result, c3 && await wt(50), i(a.exitCode);
      } catch (w2) {
        i(a.exitCode, w2);
      }
    }
  };
}
var we = $2("", "plugin:binary");
var Hs = "Invalid value supplied for custom binary, requires a single string or an array containing either one or two strings";
var Ks = "Invalid value supplied for custom binary, restricted characters must be removed or supply the unsafe.allowUnsafeCustomBinary option";
function Vs(t2) {
  return !t2 || !/^([a-z]:)?([a-z0-9/.\\_~-]+)$/i.test(t2);
}
function Pt(t2, e) {
  if (t2.length < 1 || t2.length > 2)
    throw new A2(void 0, "binary", Hs);
  if (t2.some(Vs))
    if (e)
      we("permitted unsafe binary %o", t2);
    else
      throw new A2(void 0, "binary", Ks);
  const [r2, s] = t2;
  return {
    binary: r2,
    prefix: s
  };
}
function Xs(t2, e = ["git"], n = false) {
  let r2 = Pt(v(e), n);
  t2.on("binary", (s) => {
    r2 = Pt(v(s), n), we.info("reconfiguring %o", r2);
  }), t2.append("spawn.binary", () => r2.binary), t2.append("spawn.args", (s) => r2.prefix ? [r2.prefix, ...s] : s);
}
var be = {
  DISALLOWED_ABBREVIATED: {
    text: "disallowed abbreviated or ambiguous option",
    solution: "Unambiguous abbreviated options blocked with unsafe.allowAbbreviatedOptions setting: {message}"
  },
  UNKNOWN: {
    text: "~ unknown ~",
    solution: void 0
  }
};
function Ys(t2) {
  if (!t2)
    return "UNKNOWN";
  for (const [e, { text: n }] of Object.entries(be))
    if (t2.startsWith(`fatal: ${n}`))
      return e;
  return "UNKNOWN";
}
var Qs = class extends O2 {
  constructor(e = "") {
    const n = Ys(e);
    super(void 0, be[n].solution?.replace("{message}", e) ?? e), this.reason = n;
  }
};
function Js(t2) {
  return !!(t2.exitCode && t2.stdErr.length);
}
function Zs(t2) {
  return Buffer.concat([...t2.stdOut, ...t2.stdErr]);
}
function to(t2 = false, e = Js, n = Zs) {
  return (r2, s) => !t2 && r2 || !e(s) ? r2 : n(s);
}
function eo(t2, e) {
  return t2 === 128 && e.startsWith("fatal:") ? new Qs(e) : new O2(void 0, e);
}
function Mt(t2) {
  return {
    type: "task.error",
    action(e, n) {
      const r2 = t2(e.error, {
        stdErr: n.stdErr,
        stdOut: n.stdOut,
        exitCode: n.exitCode
      });
      return Buffer.isBuffer(r2) ? {
        error: eo(n.exitCode, r2.toString("utf-8"))
      } : {
        error: r2
      };
    }
  };
}
var nt = $2("", "plugin:input");
function no(t2) {
  return {
    type: "spawn.after",
    action(e, { commands: n, input: r2, spawned: { stdin: s } }) {
      if (!s)
        return;
      const o2 = t2?.([...n]) ?? r2;
      if (!o2)
        return nt("generated zero length content, not writing to stdin");
      nt("writing %s bytes to stdin", Le(o2)), s.on("error", (i) => {
        i.code !== "EPIPE" && nt("[ERROR] stdin error %o", i);
      }), s.end(o2);
    }
  };
}
var ro = class {
  constructor() {
    this.plugins = /* @__PURE__ */ new Set(), this.events = new Ce();
  }
  on(e, n) {
    this.events.on(e, n);
  }
  reconfigure(e, n) {
    this.events.emit(e, n);
  }
  append(e, n) {
    const r2 = S2(this.plugins, { type: e, action: n });
    return () => this.plugins.delete(r2);
  }
  add(e) {
    const n = [];
    return v(e).forEach(
      (r2) => {
        r2 && this.plugins.add(S2(n, r2));
      }
    ), () => {
      n.forEach((r2) => {
        this.plugins.delete(r2);
      });
    };
  }
  exec(e, n, r2) {
    let s = n;
    const o2 = Object.freeze(Object.create(r2));
    for (const i of this.plugins)
      i.type === e && (s = i.action(s, o2));
    return s;
  }
};
function so(t2) {
  const e = "--progress", n = ["checkout", "clone", "fetch", "pull", "push"];
  return [{
    type: "spawn.args",
    action(o2, i) {
      return n.includes(i.method) ? De(o2, e) : o2;
    }
  }, {
    type: "spawn.after",
    action(o2, i) {
      i.commands.includes(e) && i.spawned.stderr?.on("data", (a) => {
        const c3 = /^([\s\S]+?):\s*(\d+)% \((\d+)\/(\d+)\)/.exec(a.toString("utf8"));
        c3 && t2({
          method: i.method,
          stage: oo(c3[1]),
          progress: p(c3[2]),
          processed: p(c3[3]),
          total: p(c3[4])
        });
      });
    }
  }];
}
function oo(t2) {
  return String(t2.toLowerCase().split(" ", 1)) || "unknown";
}
function io(t2) {
  const e = je(t2, ["uid", "gid"]);
  return {
    type: "spawn.options",
    action(n) {
      return { ...e, ...n };
    }
  };
}
function ao() {
  return {
    type: "spawn.args",
    action(t2) {
      const e = [];
      let n;
      function r2(s) {
        (n = n || []).push(...s);
      }
      for (let s = 0; s < t2.length; s++) {
        const o2 = t2[s];
        if (r(o2)) {
          r2(o(o2));
          continue;
        }
        if (o2 === "--") {
          r2(
            t2.slice(s + 1).flatMap((i) => r(i) && o(i) || i)
          );
          break;
        }
        e.push(o2);
      }
      return n ? [...e, "--", ...n.map(String)] : e;
    }
  };
}
function uo({
  block: t2,
  stdErr: e = true,
  stdOut: n = true
}) {
  if (t2 > 0)
    return {
      type: "spawn.after",
      action(r2, s) {
        let o2;
        function i() {
          o2 && clearTimeout(o2), o2 = setTimeout(c3, t2);
        }
        function a() {
          s.spawned.stdout?.off("data", i), s.spawned.stderr?.off("data", i), s.spawned.off("exit", a), s.spawned.off("close", a), o2 && clearTimeout(o2);
        }
        function c3() {
          a(), s.kill(new A2(void 0, "timeout", "block timeout reached"));
        }
        n && s.spawned.stdout?.on("data", i), e && s.spawned.stderr?.on("data", i), s.spawned.on("exit", a), s.spawned.on("close", a), i();
      }
    };
}
var wo = (t2, e) => {
  const n = new ro(), r2 = Ge(
    t2 && (typeof t2 == "string" ? { baseDir: t2 } : t2) || {},
    e
  );
  if (!Lt(r2.baseDir))
    throw new Ae(
      r2,
      "Cannot use simple-git on a directory that does not exist"
    );
  return Array.isArray(r2.config) && n.add(qs(r2.config)), n.add(zs(r2.unsafe)), n.add(Ws(r2.completion)), r2.abort && n.add(Is(r2.abort)), r2.progress && n.add(so(r2.progress)), r2.timeout && n.add(uo(r2.timeout)), r2.spawnOptions && n.add(io(r2.spawnOptions)), n.add(ao()), n.add(no(r2.input)), n.add(Mt(to(true))), r2.errors && n.add(Mt(r2.errors)), Xs(n, r2.binary, r2.unsafe?.allowUnsafeCustomBinary), n.add(
    Fs(r2.allowEnvironment ?? [], r2.unsafe?.allowAbbreviatedOptions)
  ), new f2(r2, n);
};

// src/sources/directory.ts
import { createHash as createHash2 } from "node:crypto";
import { lstat as lstat2, readdir, realpath } from "node:fs/promises";
import { join as join3, relative, sep } from "node:path";

// src/sources/licence-files.ts
var MAX_LICENCE_FILES = 16;
var CAP_ERROR = `not read: cap of ${MAX_LICENCE_FILES} licence files`;
var LICENCE_DIR = /^licen[cs]es$/i;
function isReleaseLicencePath(path, weightDirs) {
  const parts = path.split("/");
  if (parts.length === 1) return true;
  if (parts.length === 2 && LICENCE_DIR.test(parts[0])) return true;
  return weightDirs.has(parts.slice(0, -1).join("/"));
}
function weightDirsOf(files) {
  const dirs = /* @__PURE__ */ new Set();
  for (const f3 of files) if (isWeightPath(f3) && f3.includes("/")) dirs.add(f3.slice(0, f3.lastIndexOf("/")));
  return dirs;
}
function licenceFilesToRead(files, pickFiles, options = {}) {
  const weightDirs = weightDirsOf(files);
  const picks = pickFiles(files).map((p2) => ({ path: p2.path, role: p2.role }));
  const first = (options.first ?? []).map((path) => ({ path, role: "licence" }));
  const licences = [
    ...first,
    ...picks.filter((p2) => p2.role === "licence" && isReleaseLicencePath(p2.path, weightDirs))
  ];
  const seen = new Set(options.alreadyRead ?? []);
  const unique = licences.filter((p2) => !seen.has(p2.path) && seen.add(p2.path));
  const room = Math.max(0, MAX_LICENCE_FILES - (options.alreadyRead?.length ?? 0));
  const readme = picks.find((p2) => p2.role === "readme" && !p2.path.includes("/"));
  return {
    read: [...unique.slice(0, room), ...readme && !seen.has(readme.path) ? [readme] : []],
    unread: unique.slice(room).map((p2) => ({ path: p2.path, role: "licence", error: CAP_ERROR }))
  };
}

// src/sources/weights-repo.ts
import { lstat } from "node:fs/promises";
import { join as join2 } from "node:path";
function repoWeights(files, lfs, checked) {
  const weights = files.filter((f3) => isWeightPath(f3.path));
  if (weights.length === 0) return void 0;
  const pointers = new Map(lfs.map((p2) => [p2.path, p2]));
  let known = 0;
  const unknown = [];
  for (const f3 of weights) {
    const pointer = pointers.get(f3.path);
    if (pointer) known += pointer.size;
    else if (f3.size !== void 0 && (f3.size > MAX_POINTER_BYTES || checked.has(f3.path))) known += f3.size;
    else unknown.push(f3.path);
  }
  const source = lfs.length > 0 ? "lfs-pointer" : "github-tree";
  const digests = weights.length === lfs.length ? { digests: lfs.map((p2) => p2.oid).sort() } : {};
  if (unknown.length === 0) return { source, bytes: known, ...digests };
  return {
    source,
    bytesAtLeast: known,
    problem: `the sizes of ${unknown.length} weight file(s) (${unknown.slice(0, 3).join(", ")}) were not read`
  };
}
function releaseAssetSizes(body) {
  if (!Array.isArray(body)) return [];
  return body.flatMap((release2) => {
    const r2 = release2;
    if (typeof r2.tag_name !== "string" || !Array.isArray(r2.assets) || r2.draft === true) return [];
    return r2.assets.flatMap((a) => {
      const { name, size } = a;
      if (typeof name !== "string" || !isWeightPath(name)) return [];
      return [
        {
          path: `release:${r2.tag_name}/${name}`,
          ...Number.isSafeInteger(size) ? { size } : {}
        }
      ];
    });
  });
}
async function directoryWeights(root, files, lfs) {
  const paths = files.filter(isWeightPath);
  if (paths.length === 0) return void 0;
  const pointers = new Map(lfs.map((p2) => [p2.path, p2]));
  let bytes = 0;
  let parameters = 0;
  const dtypes = {};
  const problems = [];
  const headerProblems = [];
  let headers = 0;
  for (const path of paths) {
    const pointer = pointers.get(path);
    if (pointer) {
      bytes += pointer.size;
      continue;
    }
    const info = await lstat(join2(root, path)).catch(() => void 0);
    if (!info?.isFile()) {
      problems.push(`${path} is not a regular file`);
      continue;
    }
    bytes += info.size;
    if (!path.toLowerCase().endsWith(".safetensors")) continue;
    const read = await fileHeader(join2(root, path), info.size);
    if ("problem" in read) headerProblems.push(`${path}: ${read.problem}`);
    else {
      headers++;
      parameters += read.parameters;
      for (const [d2, n] of Object.entries(read.dtypes)) dtypes[d2] = (dtypes[d2] ?? 0) + n;
    }
  }
  const digests = paths.length === lfs.length ? { digests: lfs.map((p2) => p2.oid).sort() } : {};
  const figures = {
    source: headers > 0 ? "safetensors-header" : lfs.length > 0 ? "lfs-pointer" : "file-size",
    ...digests
  };
  if (headerProblems.length > 0)
    return {
      ...figures,
      ...problems.length === 0 ? { bytes } : {},
      problem: [...headerProblems, ...problems].slice(0, 3).join("; ")
    };
  if (problems.length > 0)
    return { ...figures, bytesAtLeast: bytes, problem: problems.slice(0, 3).join("; ") };
  return { ...figures, bytes, ...headers > 0 ? { parameters, dtypes } : {} };
}
async function fileHeader(file, size) {
  const head = await readBounded(file, 8);
  if (!head.ok) return { problem: "not readable" };
  const len = headerLength(head.bytes, size);
  if (!len.ok) return { problem: len.reason };
  const all = await readBounded(file, 8 + len.length);
  if (!all.ok) return { problem: "not readable" };
  const parsed = parseSafetensorsHeader(all.bytes, size);
  return parsed.ok ? { parameters: parsed.figures.parameters, dtypes: parsed.figures.dtypes } : { problem: parsed.reason };
}

// src/sources/directory.ts
var MAX_FILES = 2e4;
var MAX_TEXT_BYTES = 512 * 1024;
var SKIP_DIRS = /* @__PURE__ */ new Set([".git", "node_modules", ".venv", "__pycache__"]);
async function readDirectory(root, pickFiles, urlOf) {
  const realRoot = await realpath(root);
  const { files, truncated } = await walk(realRoot);
  const chosen = licenceFilesToRead(files, pickFiles);
  const texts = [];
  for (const pick of chosen.read) {
    const read = await readInside(realRoot, pick.path, MAX_TEXT_BYTES);
    const url = urlOf ? { url: urlOf(pick.path) } : {};
    if ("error" in read) texts.push({ ...pick, ...url, error: read.error });
    else
      texts.push({
        ...pick,
        ...url,
        text: read.text,
        ...read.truncated ? { truncated: true } : { sha256: read.sha256 }
      });
  }
  texts.push(...chosen.unread);
  const readmeText = texts.find((t2) => t2.role === "readme")?.text ?? "";
  const lfs = [];
  for (const path of files.filter(isWeightPath)) {
    const read = await readInside(realRoot, path, MAX_POINTER_BYTES + 1);
    const pointer = "text" in read ? parseLfsPointer(path, read.text) : void 0;
    if (pointer) lfs.push(pointer);
  }
  const weights = await directoryWeights(realRoot, files, lfs);
  return {
    files,
    ...weights ? { weights } : {},
    declared: frontMatterLicences(readmeText),
    texts,
    links: repoLinks(readmeText),
    lfs,
    truncated,
    problems: truncated ? [
      {
        code: "TRUNCATED",
        message: `the file walk stopped at ${MAX_FILES.toLocaleString("en")} files; the rest of the repository was not listed`
      }
    ] : []
  };
}
async function walk(root) {
  const files = [];
  const queue = [root];
  while (queue.length > 0) {
    const dir = queue.shift();
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const full = join3(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) queue.push(full);
      } else if (entry.isFile() || entry.isSymbolicLink()) {
        files.push(relative(root, full).split(sep).join("/"));
        if (files.length >= MAX_FILES) return { files: files.sort(), truncated: true };
      }
    }
  }
  return { files: files.sort(), truncated: false };
}
async function readInside(root, path, maxBytes) {
  const full = join3(root, path);
  try {
    const link = await lstat2(full);
    const real = await realpath(full);
    const rel = relative(root, real);
    if (rel.startsWith("..") || rel === "" || rel.split(sep)[0] === ".." || /^[\\/]/.test(rel))
      return { error: "refused: a symlink to a path outside the repository" };
    if (link.isSymbolicLink() && !(await lstat2(real)).isFile())
      return { error: "refused: a symlink to something other than a regular file" };
    const read = await readBounded(real, maxBytes);
    if (!read.ok) {
      if (read.reason === "not-regular") return { error: "refused: not a regular file" };
      if (read.reason === "missing") return { error: "refused: a symlink to a missing file" };
      return { error: `not readable (${read.code ?? read.message})` };
    }
    return {
      text: decodeText(read.bytes, read.truncated),
      sha256: createHash2("sha256").update(read.bytes).digest("hex"),
      truncated: read.truncated
    };
  } catch (error) {
    const code = error.code;
    return {
      error: code === "ENOENT" ? "refused: a symlink to a missing file" : `not readable (${code ?? error})`
    };
  }
}

// src/sources/git.ts
var DEFAULT_TIMEOUT_MS = 12e4;
var SAFE_CONFIG = [
  "core.hooksPath=/dev/null",
  "protocol.allow=never",
  "protocol.https.allow=always",
  "protocol.ssh.allow=always",
  "protocol.file.allow=always",
  "credential.helper=",
  "core.fsmonitor=false"
];
var SAFE_ENV = {
  GIT_LFS_SKIP_SMUDGE: "1",
  GIT_TERMINAL_PROMPT: "0",
  GIT_ASKPASS: "",
  SSH_ASKPASS: "",
  GIT_SSH_COMMAND: "ssh -o BatchMode=yes",
  GIT_CONFIG_NOSYSTEM: "1"
};
function refuseGitUrl(url) {
  if (url.startsWith("-")) return 'a URL starting with "-" would be read by git as an option';
  if (/^ext::|::/i.test(url)) return "remote helpers (ext::, transport::address) are not allowed";
  if (/^(https|ssh|file):\/\//i.test(url) || /^[\w.-]+@[\w.-]+:/.test(url)) return void 0;
  return "only https://, ssh://, git@host: and file:// URLs are cloned";
}
var OWN_SOURCE_HOSTS = /^https:\/\/(?:www\.)?(?:github\.com|huggingface\.co|hf\.co)\//i;
function isGitUrl(declared) {
  return !OWN_SOURCE_HOSTS.test(declared) && /^(https|ssh|file):\/\/|^[\w.-]+@[\w.-]+:/i.test(declared);
}
var displayUrl = withoutUserinfo;
function createGitSource(options) {
  const now = options.now ?? (() => /* @__PURE__ */ new Date());
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const redact = options.redact ?? createRedactor();
  let clones = 0;
  async function discover(team) {
    const releases = /* @__PURE__ */ new Map();
    const add = (url, declared, origin) => {
      const found = releases.get(url);
      if (found) found.declared ||= declared;
      else
        releases.set(url, {
          source: "git",
          id: displayUrl(url),
          team: team.id,
          declared,
          origin,
          listing: url
        });
    };
    for (const url of team.git) add(url, false, `git: ${displayUrl(url)}`);
    for (const url of team.models.filter(isGitUrl)) add(url, true, `models: ${displayUrl(url)}`);
    return { releases: [...releases.values()], failures: [] };
  }
  async function inspect(target, call = {}) {
    call.onProgress?.({ phase: "inspect", id: target.id });
    const fetchedAt = now().toISOString();
    const url = typeof target.listing === "string" ? target.listing : target.id;
    const base = { source: "git", id: target.id, url: displayUrl(url), declaredLicences: [] };
    const { listing: _listing, ...release2 } = target;
    const evidence = (facts, texts = []) => ({
      schema: "openquota/evidence@1",
      team: target.team,
      release: release2,
      facts,
      texts,
      fetchedAt
    });
    const refused = refuseGitUrl(url);
    if (refused) {
      const failure = { code: "URL_REFUSED", message: refused, url: displayUrl(url) };
      return evidence({ ...base, availability: null, files: null, failure });
    }
    const dir = await mkdtemp(join4(options.tempDir ?? tmpdir(), "openquota-clone-"));
    try {
      const cloned = await clone(url, join4(dir, "repo"), call.signal);
      if ("failure" in cloned)
        return evidence({ ...base, availability: null, files: null, failure: cloned.failure });
      const read = await readDirectory(join4(dir, "repo"), options.pickFiles);
      return evidence(
        {
          ...base,
          revision: cloned.commit,
          // A clone that succeeded with no credential offered is public; over ssh a key was used.
          availability: /^(https|file):/i.test(url) ? "public" : null,
          files: read.files,
          declaredLicences: read.declared,
          ...read.weights ? { weights: read.weights } : {},
          ...read.links.length ? { links: read.links } : {},
          ...read.problems.length ? { problems: read.problems } : {},
          raw: { commit: cloned.commit, ...read.lfs.length ? { lfs: read.lfs } : {} }
        },
        read.texts
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  async function clone(url, dest, signal) {
    const limit = AbortSignal.timeout(timeoutMs);
    const abort = AbortSignal.any([
      limit,
      ...signal ? [signal] : [],
      ...options.stop ? [options.stop] : []
    ]);
    const git = wo({
      config: SAFE_CONFIG,
      abort,
      allowEnvironment: ["PATH", "HOME", ...Object.keys(SAFE_ENV)],
      unsafe: {
        allowUnsafeProtocolOverride: true,
        allowUnsafeHooksPath: true,
        allowUnsafeCredentialHelper: true,
        allowUnsafeAskPass: true,
        allowUnsafeSshCommand: true,
        allowUnsafeFsMonitor: true
      }
    }).env({
      PATH: options.env.PATH,
      HOME: options.env.HOME,
      ...SAFE_ENV
    });
    clones++;
    try {
      await git.raw(["clone", "--depth", "1", "--no-tags", "--single-branch", "--quiet", "--", url, dest]);
      const commit = (await git.cwd(dest).revparse(["HEAD"])).trim();
      return { commit };
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      const stopped = options.stop?.aborted ? options.stop.reason : void 0;
      if (stopped)
        return {
          failure: {
            code: stopped.code ?? "DEADLINE",
            message: redact(stopped.message ?? "stopped"),
            url: displayUrl(url)
          }
        };
      if (limit.aborted)
        return {
          failure: {
            code: "TIMEOUT",
            message: `clone did not finish within ${timeoutMs} ms`,
            url: displayUrl(url)
          }
        };
      const message = String(error?.message ?? error).split("\n").find((l3) => l3.trim()) ?? "clone failed";
      return {
        failure: { code: "GIT_ERROR", message: redact(message).slice(0, 300), url: displayUrl(url) }
      };
    }
  }
  return {
    kind: "git",
    claims: isGitUrl,
    discover,
    inspect,
    stats: () => ({ api: 0, files: clones, retries: 0, notModified: 0, cacheHits: 0 })
  };
}

// node_modules/universal-user-agent/index.js
function getUserAgent() {
  if (typeof navigator === "object" && "userAgent" in navigator) {
    return navigator.userAgent;
  }
  if (typeof process === "object" && process.version !== void 0) {
    return `Node.js/${process.version.substr(1)} (${process.platform}; ${process.arch})`;
  }
  return "<environment undetectable>";
}

// node_modules/before-after-hook/lib/register.js
function register(state, name, method, options) {
  if (typeof method !== "function") {
    throw new Error("method for before hook must be a function");
  }
  if (!options) {
    options = {};
  }
  if (Array.isArray(name)) {
    return name.reverse().reduce((callback, name2) => {
      return register.bind(null, state, name2, callback, options);
    }, method)();
  }
  return Promise.resolve().then(() => {
    if (!state.registry[name]) {
      return method(options);
    }
    return state.registry[name].reduce((method2, registered) => {
      return registered.hook.bind(null, method2, options);
    }, method)();
  });
}

// node_modules/before-after-hook/lib/add.js
function addHook(state, kind, name, hook2) {
  const orig = hook2;
  if (!state.registry[name]) {
    state.registry[name] = [];
  }
  if (kind === "before") {
    hook2 = (method, options) => {
      return Promise.resolve().then(orig.bind(null, options)).then(method.bind(null, options));
    };
  }
  if (kind === "after") {
    hook2 = (method, options) => {
      let result;
      return Promise.resolve().then(method.bind(null, options)).then((result_) => {
        result = result_;
        return orig(result, options);
      }).then(() => {
        return result;
      });
    };
  }
  if (kind === "error") {
    hook2 = (method, options) => {
      return Promise.resolve().then(method.bind(null, options)).catch((error) => {
        return orig(error, options);
      });
    };
  }
  state.registry[name].push({
    hook: hook2,
    orig
  });
}

// node_modules/before-after-hook/lib/remove.js
function removeHook(state, name, method) {
  if (!state.registry[name]) {
    return;
  }
  const index = state.registry[name].map((registered) => {
    return registered.orig;
  }).indexOf(method);
  if (index === -1) {
    return;
  }
  state.registry[name].splice(index, 1);
}

// node_modules/before-after-hook/index.js
var bind = Function.bind;
var bindable = bind.bind(bind);
function bindApi(hook2, state, name) {
  const removeHookRef = bindable(removeHook, null).apply(
    null,
    name ? [state, name] : [state]
  );
  hook2.api = { remove: removeHookRef };
  hook2.remove = removeHookRef;
  ["before", "error", "after", "wrap"].forEach((kind) => {
    const args = name ? [state, kind, name] : [state, kind];
    hook2[kind] = hook2.api[kind] = bindable(addHook, null).apply(null, args);
  });
}
function Singular() {
  const singularHookName = /* @__PURE__ */ Symbol("Singular");
  const singularHookState = {
    registry: {}
  };
  const singularHook = register.bind(null, singularHookState, singularHookName);
  bindApi(singularHook, singularHookState, singularHookName);
  return singularHook;
}
function Collection() {
  const state = {
    registry: {}
  };
  const hook2 = register.bind(null, state);
  bindApi(hook2, state);
  return hook2;
}
var before_after_hook_default = { Singular, Collection };

// node_modules/@octokit/endpoint/dist-bundle/index.js
var VERSION2 = "0.0.0-development";
var userAgent = `octokit-endpoint.js/${VERSION2} ${getUserAgent()}`;
var DEFAULTS = {
  method: "GET",
  baseUrl: "https://api.github.com",
  headers: {
    accept: "application/vnd.github.v3+json",
    "user-agent": userAgent
  },
  mediaType: {
    format: ""
  }
};
function lowercaseKeys(object) {
  if (!object) {
    return {};
  }
  return Object.keys(object).reduce((newObj, key) => {
    newObj[key.toLowerCase()] = object[key];
    return newObj;
  }, {});
}
function isPlainObject(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
function mergeDeep(defaults, options) {
  const result = Object.assign({}, defaults);
  Object.keys(options).forEach((key) => {
    if (isPlainObject(options[key])) {
      if (!(key in defaults)) Object.assign(result, { [key]: options[key] });
      else result[key] = mergeDeep(defaults[key], options[key]);
    } else {
      Object.assign(result, { [key]: options[key] });
    }
  });
  return result;
}
function removeUndefinedProperties(obj) {
  for (const key in obj) {
    if (obj[key] === void 0) {
      delete obj[key];
    }
  }
  return obj;
}
function merge(defaults, route, options) {
  if (typeof route === "string") {
    let [method, url] = route.split(" ");
    options = Object.assign(url ? { method, url } : { url: method }, options);
  } else {
    options = Object.assign({}, route);
  }
  options.headers = lowercaseKeys(options.headers);
  removeUndefinedProperties(options);
  removeUndefinedProperties(options.headers);
  const mergedOptions = mergeDeep(defaults || {}, options);
  if (options.url === "/graphql") {
    if (defaults && defaults.mediaType.previews?.length) {
      mergedOptions.mediaType.previews = defaults.mediaType.previews.filter(
        (preview) => !mergedOptions.mediaType.previews.includes(preview)
      ).concat(mergedOptions.mediaType.previews);
    }
    mergedOptions.mediaType.previews = (mergedOptions.mediaType.previews || []).map((preview) => preview.replace(/-preview/, ""));
  }
  return mergedOptions;
}
function addQueryParameters(url, parameters) {
  const separator = /\?/.test(url) ? "&" : "?";
  const names = Object.keys(parameters);
  if (names.length === 0) {
    return url;
  }
  return url + separator + names.map((name) => {
    if (name === "q") {
      return "q=" + parameters.q.split("+").map(encodeURIComponent).join("+");
    }
    return `${name}=${encodeURIComponent(parameters[name])}`;
  }).join("&");
}
var urlVariableRegex = /\{[^{}}]+\}/g;
function removeNonChars(variableName) {
  return variableName.replace(/(?:^\W+)|(?:(?<!\W)\W+$)/g, "").split(/,/);
}
function extractUrlVariableNames(url) {
  const matches = url.match(urlVariableRegex);
  if (!matches) {
    return [];
  }
  return matches.map(removeNonChars).reduce((a, b3) => a.concat(b3), []);
}
function omit(object, keysToOmit) {
  const result = { __proto__: null };
  for (const key of Object.keys(object)) {
    if (keysToOmit.indexOf(key) === -1) {
      result[key] = object[key];
    }
  }
  return result;
}
function encodeReserved(str) {
  return str.split(/(%[0-9A-Fa-f]{2})/g).map(function(part) {
    if (!/%[0-9A-Fa-f]/.test(part)) {
      part = encodeURI(part).replace(/%5B/g, "[").replace(/%5D/g, "]");
    }
    return part;
  }).join("");
}
function encodeUnreserved(str) {
  return encodeURIComponent(str).replace(/[!'()*]/g, function(c3) {
    return "%" + c3.charCodeAt(0).toString(16).toUpperCase();
  });
}
function encodeValue(operator, value, key) {
  value = operator === "+" || operator === "#" ? encodeReserved(value) : encodeUnreserved(value);
  if (key) {
    return encodeUnreserved(key) + "=" + value;
  } else {
    return value;
  }
}
function isDefined(value) {
  return value !== void 0 && value !== null;
}
function isKeyOperator(operator) {
  return operator === ";" || operator === "&" || operator === "?";
}
function getValues(context, operator, key, modifier) {
  var value = context[key], result = [];
  if (isDefined(value) && value !== "") {
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint" || typeof value === "boolean") {
      value = value.toString();
      if (modifier && modifier !== "*") {
        value = value.substring(0, parseInt(modifier, 10));
      }
      result.push(
        encodeValue(operator, value, isKeyOperator(operator) ? key : "")
      );
    } else {
      if (modifier === "*") {
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            result.push(
              encodeValue(operator, value2, isKeyOperator(operator) ? key : "")
            );
          });
        } else {
          Object.keys(value).forEach(function(k2) {
            if (isDefined(value[k2])) {
              result.push(encodeValue(operator, value[k2], k2));
            }
          });
        }
      } else {
        const tmp = [];
        if (Array.isArray(value)) {
          value.filter(isDefined).forEach(function(value2) {
            tmp.push(encodeValue(operator, value2));
          });
        } else {
          Object.keys(value).forEach(function(k2) {
            if (isDefined(value[k2])) {
              tmp.push(encodeUnreserved(k2));
              tmp.push(encodeValue(operator, value[k2].toString()));
            }
          });
        }
        if (isKeyOperator(operator)) {
          result.push(encodeUnreserved(key) + "=" + tmp.join(","));
        } else if (tmp.length !== 0) {
          result.push(tmp.join(","));
        }
      }
    }
  } else {
    if (operator === ";") {
      if (isDefined(value)) {
        result.push(encodeUnreserved(key));
      }
    } else if (value === "" && (operator === "&" || operator === "?")) {
      result.push(encodeUnreserved(key) + "=");
    } else if (value === "") {
      result.push("");
    }
  }
  return result;
}
function parseUrl(template) {
  return {
    expand: expand.bind(null, template)
  };
}
function expand(template, context) {
  var operators = ["+", "#", ".", "/", ";", "?", "&"];
  template = template.replace(
    /\{([^\{\}]+)\}|([^\{\}]+)/g,
    function(_3, expression, literal) {
      if (expression) {
        let operator = "";
        const values = [];
        if (operators.indexOf(expression.charAt(0)) !== -1) {
          operator = expression.charAt(0);
          expression = expression.substr(1);
        }
        expression.split(/,/g).forEach(function(variable) {
          var tmp = /([^:\*]*)(?::(\d+)|(\*))?/.exec(variable);
          values.push(getValues(context, operator, tmp[1], tmp[2] || tmp[3]));
        });
        if (operator && operator !== "+") {
          var separator = ",";
          if (operator === "?") {
            separator = "&";
          } else if (operator !== "#") {
            separator = operator;
          }
          return (values.length !== 0 ? operator : "") + values.join(separator);
        } else {
          return values.join(",");
        }
      } else {
        return encodeReserved(literal);
      }
    }
  );
  if (template === "/") {
    return template;
  } else {
    return template.replace(/\/$/, "");
  }
}
function parse(options) {
  let method = options.method.toUpperCase();
  let url = (options.url || "/").replace(/:([a-z]\w+)/g, "{$1}");
  let headers = Object.assign({}, options.headers);
  let body;
  let parameters = omit(options, [
    "method",
    "baseUrl",
    "url",
    "headers",
    "request",
    "mediaType"
  ]);
  const urlVariableNames = extractUrlVariableNames(url);
  url = parseUrl(url).expand(parameters);
  if (!/^http/.test(url)) {
    url = options.baseUrl + url;
  }
  const omittedParameters = Object.keys(options).filter((option) => urlVariableNames.includes(option)).concat("baseUrl");
  const remainingParameters = omit(parameters, omittedParameters);
  const isBinaryRequest = /application\/octet-stream/i.test(headers.accept);
  if (!isBinaryRequest) {
    if (options.mediaType.format) {
      headers.accept = headers.accept.split(/,/).map(
        (format) => format.replace(
          /application\/vnd(\.\w+)(\.v3)?(\.\w+)?(\+json)?$/,
          `application/vnd$1$2.${options.mediaType.format}`
        )
      ).join(",");
    }
    if (url.endsWith("/graphql")) {
      if (options.mediaType.previews?.length) {
        const previewsFromAcceptHeader = headers.accept.match(/(?<![\w-])[\w-]+(?=-preview)/g) || [];
        headers.accept = previewsFromAcceptHeader.concat(options.mediaType.previews).map((preview) => {
          const format = options.mediaType.format ? `.${options.mediaType.format}` : "+json";
          return `application/vnd.github.${preview}-preview${format}`;
        }).join(",");
      }
    }
  }
  if (["GET", "HEAD"].includes(method)) {
    url = addQueryParameters(url, remainingParameters);
  } else {
    if ("data" in remainingParameters) {
      body = remainingParameters.data;
    } else {
      if (Object.keys(remainingParameters).length) {
        body = remainingParameters;
      }
    }
  }
  if (!headers["content-type"] && typeof body !== "undefined") {
    headers["content-type"] = "application/json; charset=utf-8";
  }
  if (["PATCH", "PUT"].includes(method) && typeof body === "undefined") {
    body = "";
  }
  return Object.assign(
    { method, url, headers },
    typeof body !== "undefined" ? { body } : null,
    options.request ? { request: options.request } : null
  );
}
function endpointWithDefaults(defaults, route, options) {
  return parse(merge(defaults, route, options));
}
function withDefaults(oldDefaults, newDefaults) {
  const DEFAULTS22 = merge(oldDefaults, newDefaults);
  const endpoint2 = endpointWithDefaults.bind(null, DEFAULTS22);
  return Object.assign(endpoint2, {
    DEFAULTS: DEFAULTS22,
    defaults: withDefaults.bind(null, DEFAULTS22),
    merge: merge.bind(null, DEFAULTS22),
    parse
  });
}
var endpoint = withDefaults(null, DEFAULTS);

// node_modules/@octokit/request/dist-bundle/index.js
var import_content_type = __toESM(require_dist3(), 1);

// node_modules/json-with-bigint/json-with-bigint.js
var intRegex = /^-?\d+$/;
var noiseValue = /^-?\d+n+$/;
var originalStringify = JSON.stringify;
var originalParse = JSON.parse;
var customFormat = /^-?\d+n$/;
var bigIntsStringify = /([\[:])?"(-?\d+)n"($|\s*[,\}\]])/g;
var noiseStringify = /([\[:])?("-?\d+n+)n("$|"\s*[,\}\]])/g;
var isUnstringifiable = (val) => val === void 0 || typeof val === "function" || typeof val === "symbol";
var isRawJSON = (val) => val !== null && typeof val === "object" && val.constructor && val.constructor.name === "RawJSON";
var stringifyIteratively = (rootValue, replacer, spaceParam) => {
  let space = "";
  if (typeof spaceParam === "number") {
    space = " ".repeat(Math.min(10, Math.max(0, Math.floor(spaceParam))));
  } else if (typeof spaceParam === "string") {
    space = spaceParam.slice(0, 10);
  }
  const isFunctionReplacer = typeof replacer === "function";
  const propertyList = Array.isArray(replacer) ? new Set(replacer.map(String)) : null;
  const prepareVal = (parent, key, val) => {
    const isObject2 = val !== null && typeof val === "object";
    const hasToJSON = isObject2 && typeof val.toJSON === "function";
    if (hasToJSON) {
      val = val.toJSON(key);
    }
    const isNoise = typeof val === "string" && noiseValue.test(val);
    if (isNoise) return val + "n";
    const isBigInt = typeof val === "bigint";
    if (isBigInt) {
      const supportsRawJSON = "rawJSON" in JSON;
      if (supportsRawJSON) return JSON.rawJSON(val.toString());
      return val.toString() + "n";
    }
    if (isFunctionReplacer) {
      val = replacer.call(parent, key, val);
    }
    const isPostReplacerObject = val !== null && typeof val === "object";
    if (isPostReplacerObject) {
      const isPrimitiveWrapper = val instanceof Number || val instanceof String || val instanceof Boolean;
      if (isPrimitiveWrapper) {
        val = val.valueOf();
      }
    }
    return val;
  };
  const rootProcessed = prepareVal({ "": rootValue }, "", rootValue);
  if (isUnstringifiable(rootProcessed)) {
    return void 0;
  }
  const isRootPrimitive = rootProcessed === null || typeof rootProcessed !== "object";
  const isRootNativeRawJSON = isRawJSON(rootProcessed);
  if (isRootPrimitive || isRootNativeRawJSON) {
    return originalStringify(rootProcessed);
  }
  const chunks = [];
  let level = 0;
  const stack = [
    {
      parent: { "": rootProcessed },
      key: "",
      val: rootProcessed,
      isArray: Array.isArray(rootProcessed),
      keys: Array.isArray(rootProcessed) ? null : Object.keys(rootProcessed),
      index: 0,
      first: true
    }
  ];
  const visited = new WeakSet([rootProcessed]);
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (node.index === 0) {
      chunks.push(node.isArray ? "[" : "{");
      level++;
    }
    let isDone = false;
    if (node.isArray) {
      if (node.index < node.val.length) {
        if (!node.first) chunks.push(",");
        if (space) chunks.push("\n" + space.repeat(level));
        const childRaw = node.val[node.index];
        const childVal = prepareVal(node.val, String(node.index), childRaw);
        if (isUnstringifiable(childVal)) {
          chunks.push("null");
          node.first = false;
          node.index++;
        } else {
          const isComplexObject = childVal !== null && typeof childVal === "object";
          const isNativeRaw = isRawJSON(childVal);
          if (isComplexObject && !isNativeRaw) {
            if (visited.has(childVal)) {
              throw new TypeError("Converting circular structure to JSON");
            }
            visited.add(childVal);
            stack.push({
              parent: node.val,
              key: String(node.index),
              val: childVal,
              isArray: Array.isArray(childVal),
              keys: Array.isArray(childVal) ? null : Object.keys(childVal),
              index: 0,
              first: true
            });
            node.first = false;
            node.index++;
          } else {
            chunks.push(originalStringify(childVal));
            node.first = false;
            node.index++;
          }
        }
      } else {
        isDone = true;
      }
    } else {
      while (node.index < node.keys.length) {
        const k2 = node.keys[node.index++];
        const isFilteredOutByArray = propertyList && !propertyList.has(k2);
        if (isFilteredOutByArray) continue;
        const childRaw = node.val[k2];
        const childVal = prepareVal(node.val, k2, childRaw);
        if (isUnstringifiable(childVal)) continue;
        if (!node.first) chunks.push(",");
        if (space) {
          chunks.push("\n" + space.repeat(level) + originalStringify(k2) + ": ");
        } else {
          chunks.push(originalStringify(k2) + ":");
        }
        const isComplexObject = childVal !== null && typeof childVal === "object";
        const isNativeRaw = isRawJSON(childVal);
        if (isComplexObject && !isNativeRaw) {
          if (visited.has(childVal)) {
            throw new TypeError("Converting circular structure to JSON");
          }
          visited.add(childVal);
          stack.push({
            parent: node.val,
            key: k2,
            val: childVal,
            isArray: Array.isArray(childVal),
            keys: Array.isArray(childVal) ? null : Object.keys(childVal),
            index: 0,
            first: true
          });
          node.first = false;
          break;
        } else {
          chunks.push(originalStringify(childVal));
          node.first = false;
        }
      }
      const isNodeFullyProcessed = node.index >= node.keys.length && stack[stack.length - 1] === node;
      if (isNodeFullyProcessed) {
        isDone = true;
      }
    }
    if (isDone) {
      level--;
      if (!node.first && space) chunks.push("\n" + space.repeat(level));
      chunks.push(node.isArray ? "]" : "}");
      visited.delete(node.val);
      stack.pop();
    }
  }
  return chunks.join("");
};
var JSONStringify = (value, replacer, space) => {
  try {
    const supportsRawJSON = "rawJSON" in JSON;
    if (supportsRawJSON) {
      return originalStringify(
        value,
        (key, val) => {
          if (typeof val === "bigint") return JSON.rawJSON(val.toString());
          const hasFunctionReplacer = typeof replacer === "function";
          if (hasFunctionReplacer) return replacer(key, val);
          const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key);
          if (isKeyInArrayReplacer) return val;
          return val;
        },
        space
      );
    }
    if (!value) return originalStringify(value, replacer, space);
    const convertedToCustomJSON = originalStringify(
      value,
      (key, val) => {
        const isNoise = typeof val === "string" && noiseValue.test(val);
        if (isNoise) return val.toString() + "n";
        if (typeof val === "bigint") return val.toString() + "n";
        const hasFunctionReplacer = typeof replacer === "function";
        if (hasFunctionReplacer) return replacer(key, val);
        const isKeyInArrayReplacer = Array.isArray(replacer) && replacer.includes(key);
        if (isKeyInArrayReplacer) return val;
        return val;
      },
      space
    );
    const processedJSON = convertedToCustomJSON.replace(
      bigIntsStringify,
      "$1$2$3"
    );
    const denoisedJSON = processedJSON.replace(noiseStringify, "$1$2$3");
    return denoisedJSON;
  } catch (error) {
    if (error instanceof RangeError) {
      const convertedJSON = stringifyIteratively(value, replacer, space);
      if (convertedJSON === void 0) return void 0;
      const supportsRawJSON = "rawJSON" in JSON;
      if (supportsRawJSON) return convertedJSON;
      const processedJSON = convertedJSON.replace(bigIntsStringify, "$1$2$3");
      return processedJSON.replace(noiseStringify, "$1$2$3");
    }
    throw error;
  }
};
var featureCache = /* @__PURE__ */ new Map();
var isContextSourceSupported = () => {
  const parseFingerprint = JSON.parse.toString();
  if (featureCache.has(parseFingerprint)) {
    return featureCache.get(parseFingerprint);
  }
  try {
    const result = JSON.parse(
      "1",
      (_3, __, context) => !!context?.source && context.source === "1"
    );
    featureCache.set(parseFingerprint, result);
    return result;
  } catch {
    featureCache.set(parseFingerprint, false);
    return false;
  }
};
var convertMarkedBigIntsReviver = (key, value, context, userReviver) => {
  const isCustomFormatBigInt = typeof value === "string" && customFormat.test(value);
  if (isCustomFormatBigInt) return BigInt(value.slice(0, -1));
  const isNoiseValue = typeof value === "string" && noiseValue.test(value);
  if (isNoiseValue) return value.slice(0, -1);
  const hasUserReviver = typeof userReviver === "function";
  if (!hasUserReviver) return value;
  return userReviver(key, value, context);
};
var JSONParseV2 = (text, reviver) => {
  return JSON.parse(text, (key, value, context) => {
    const isNumber = typeof value === "number";
    const isOutOfBounds = value > Number.MAX_SAFE_INTEGER || value < Number.MIN_SAFE_INTEGER;
    const isBigNumber = isNumber && isOutOfBounds;
    const isInt = context && intRegex.test(context.source);
    const isBigInt = isBigNumber && isInt;
    if (isBigInt) return BigInt(context.source);
    const hasCustomReviver = typeof reviver === "function";
    if (!hasCustomReviver) return value;
    return reviver(key, value, context);
  });
};
var MAX_INT = Number.MAX_SAFE_INTEGER.toString();
var MAX_DIGITS = MAX_INT.length;
var stringsOrLargeNumbers = /"(?:[^"\\]|\\.)*"|-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/g;
var noiseValueWithQuotes = /^"-?\d+n+"$/;
var applyReviverIteratively = (parsed, userReviver) => {
  const rootHolder = { "": parsed };
  const stack = [{ parent: rootHolder, key: "", visited: false }];
  while (stack.length > 0) {
    const node = stack[stack.length - 1];
    if (!node.visited) {
      node.visited = true;
      const value = node.parent[node.key];
      const isComplexObject = value !== null && typeof value === "object";
      if (isComplexObject) {
        const keys = Object.keys(value);
        for (let i = keys.length - 1; i >= 0; i--) {
          stack.push({ parent: value, key: keys[i], visited: false });
        }
      }
    } else {
      const { parent, key } = node;
      let value = parent[key];
      if (typeof value === "string") {
        const isCustomFormatBigInt = customFormat.test(value);
        if (isCustomFormatBigInt) {
          value = BigInt(value.slice(0, -1));
        } else {
          const isNoise = noiseValue.test(value);
          if (isNoise) value = value.slice(0, -1);
        }
      }
      const hasUserReviver = typeof userReviver === "function";
      if (hasUserReviver) {
        value = userReviver.call(parent, key, value);
      }
      const isDeleted = value === void 0;
      if (isDeleted) {
        delete parent[key];
      } else {
        parent[key] = value;
      }
      stack.pop();
    }
  }
  return rootHolder[""];
};
var serializeBigInts = (text) => {
  return text.replace(
    stringsOrLargeNumbers,
    (match, digits, fractional, exponential) => {
      const isString = match[0] === '"';
      const isNoise = isString && noiseValueWithQuotes.test(match);
      if (isNoise) return match.substring(0, match.length - 1) + 'n"';
      const hasFractionalOrExponential = fractional || exponential;
      const isLessThanMaxSafeInt = digits && (digits.length < MAX_DIGITS || digits.length === MAX_DIGITS && digits <= MAX_INT);
      const isStandardValue = isString || hasFractionalOrExponential || isLessThanMaxSafeInt;
      if (isStandardValue) return match;
      return '"' + match + 'n"';
    }
  );
};
var JSONParse = (text, reviver) => {
  if (!text) return originalParse(text, reviver);
  try {
    if (isContextSourceSupported()) return JSONParseV2(text, reviver);
    const serializedData = serializeBigInts(text);
    return originalParse(
      serializedData,
      (key, value, context) => convertMarkedBigIntsReviver(key, value, context, reviver)
    );
  } catch (error) {
    if (error instanceof RangeError) {
      const serializedData = serializeBigInts(text);
      const parsed = originalParse(serializedData);
      return applyReviverIteratively(parsed, reviver);
    }
    throw error;
  }
};

// node_modules/@octokit/request-error/dist-src/index.js
var RequestError = class extends Error {
  name;
  /**
   * http status code
   */
  status;
  /**
   * Request options that lead to the error.
   */
  request;
  /**
   * Response object if a response was received
   */
  response;
  constructor(message, statusCode, options) {
    super(message, { cause: options.cause });
    this.name = "HttpError";
    this.status = Number.parseInt(statusCode);
    if (Number.isNaN(this.status)) {
      this.status = 0;
    }
    if ("response" in options) {
      this.response = options.response;
    }
    const requestCopy = Object.assign({}, options.request);
    if (options.request.headers.authorization) {
      requestCopy.headers = Object.assign({}, options.request.headers, {
        authorization: options.request.headers.authorization.replace(
          /(?<! ) .*$/,
          " [REDACTED]"
        )
      });
    }
    requestCopy.url = requestCopy.url.replace(/\bclient_secret=\w+/g, "client_secret=[REDACTED]").replace(/\baccess_token=\w+/g, "access_token=[REDACTED]");
    this.request = requestCopy;
  }
};

// node_modules/@octokit/request/dist-bundle/index.js
var VERSION3 = "10.0.16";
var defaults_default = {
  headers: {
    "user-agent": `octokit-request.js/${VERSION3} ${getUserAgent()}`
  }
};
function isPlainObject2(value) {
  if (typeof value !== "object" || value === null) return false;
  if (Object.prototype.toString.call(value) !== "[object Object]") return false;
  const proto = Object.getPrototypeOf(value);
  if (proto === null) return true;
  const Ctor = Object.prototype.hasOwnProperty.call(proto, "constructor") && proto.constructor;
  return typeof Ctor === "function" && Ctor instanceof Ctor && Function.prototype.call(Ctor) === Function.prototype.call(value);
}
var noop = () => "";
async function fetchWrapper(requestOptions) {
  const fetch = requestOptions.request?.fetch || globalThis.fetch;
  if (!fetch) {
    throw new Error(
      "fetch is not set. Please pass a fetch implementation as new Octokit({ request: { fetch }}). Learn more at https://github.com/octokit/octokit.js/#fetch-missing"
    );
  }
  const log = requestOptions.request?.log || console;
  const parseSuccessResponseBody = requestOptions.request?.parseSuccessResponseBody !== false;
  const body = isPlainObject2(requestOptions.body) || Array.isArray(requestOptions.body) ? JSONStringify(requestOptions.body) : requestOptions.body;
  const requestHeaders = Object.fromEntries(
    Object.entries(requestOptions.headers).map(([name, value]) => [
      name,
      String(value)
    ])
  );
  let fetchResponse;
  try {
    fetchResponse = await fetch(requestOptions.url, {
      method: requestOptions.method,
      body,
      redirect: requestOptions.request?.redirect,
      headers: requestHeaders,
      signal: requestOptions.request?.signal,
      // duplex must be set if request.body is ReadableStream or Async Iterables.
      // See https://fetch.spec.whatwg.org/#dom-requestinit-duplex.
      ...requestOptions.body && { duplex: "half" }
    });
  } catch (error) {
    let message = "Unknown Error";
    if (error instanceof Error) {
      if (error.name === "AbortError") {
        error.status = 500;
        throw error;
      }
      message = error.message;
      if (error.name === "TypeError" && "cause" in error) {
        if (error.cause instanceof Error) {
          message = error.cause.message;
        } else if (typeof error.cause === "string") {
          message = error.cause;
        }
      }
    }
    const requestError = new RequestError(message, 500, {
      request: requestOptions
    });
    requestError.cause = error;
    throw requestError;
  }
  const status = fetchResponse.status;
  const url = fetchResponse.url;
  const responseHeaders = {};
  for (const [key, value] of fetchResponse.headers) {
    responseHeaders[key] = value;
  }
  const octokitResponse = {
    url,
    status,
    headers: responseHeaders,
    data: ""
  };
  if ("deprecation" in responseHeaders) {
    const matches = responseHeaders.link && responseHeaders.link.match(/<([^<>]+)>; rel="deprecation"/);
    const deprecationLink = matches && matches.pop();
    log.warn(
      `[@octokit/request] "${requestOptions.method} ${requestOptions.url}" is deprecated. It is scheduled to be removed on ${responseHeaders.sunset}${deprecationLink ? `. See ${deprecationLink}` : ""}`
    );
  }
  if (status === 204 || status === 205) {
    return octokitResponse;
  }
  if (requestOptions.method === "HEAD") {
    if (status < 400) {
      return octokitResponse;
    }
    throw new RequestError(fetchResponse.statusText, status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status === 304) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError("Not modified", status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  if (status >= 400) {
    octokitResponse.data = await getResponseData(fetchResponse);
    throw new RequestError(toErrorMessage(octokitResponse.data), status, {
      response: octokitResponse,
      request: requestOptions
    });
  }
  octokitResponse.data = parseSuccessResponseBody ? await getResponseData(fetchResponse) : fetchResponse.body;
  return octokitResponse;
}
async function getResponseData(response) {
  const contentType = response.headers.get("content-type");
  if (!contentType) {
    return response.text().catch(noop);
  }
  const mimetype = (0, import_content_type.parse)(contentType);
  if (isJSONResponse(mimetype)) {
    let text = "";
    try {
      text = await response.text();
      return JSONParse(text);
    } catch (err) {
      return text;
    }
  } else if (mimetype.type.startsWith("text/") || // `application/octet-stream` is the canonical "arbitrary binary" type
  // (RFC 2046) and must never be decoded as text, even when the response
  // carries a (misleading) `charset=utf-8` parameter — see #751.
  mimetype.parameters.charset?.toLowerCase() === "utf-8" && mimetype.type !== "application/octet-stream") {
    return response.text().catch(noop);
  } else {
    return response.arrayBuffer().catch(
      /* v8 ignore next -- @preserve */
      () => new ArrayBuffer(0)
    );
  }
}
function isJSONResponse(mimetype) {
  return mimetype.type === "application/json" || mimetype.type === "application/scim+json";
}
function toErrorMessage(data) {
  if (typeof data === "string") {
    return data;
  }
  if (data instanceof ArrayBuffer) {
    return "Unknown error";
  }
  if (typeof data === "object" && data !== null && "message" in data) {
    const objectData = data;
    const suffix = "documentation_url" in objectData ? ` - ${objectData.documentation_url}` : "";
    return Array.isArray(objectData.errors) ? `${objectData.message}: ${objectData.errors.map((v2) => JSON.stringify(v2)).join(", ")}${suffix}` : `${objectData.message}${suffix}`;
  }
  return `Unknown error: ${JSON.stringify(data)}`;
}
function withDefaults2(oldEndpoint, newDefaults) {
  const endpoint2 = oldEndpoint.defaults(newDefaults);
  const newApi = function(route, parameters) {
    const endpointOptions = endpoint2.merge(route, parameters);
    if (!endpointOptions.request || !endpointOptions.request.hook) {
      return fetchWrapper(endpoint2.parse(endpointOptions));
    }
    const request2 = (route2, parameters2) => {
      return fetchWrapper(
        endpoint2.parse(endpoint2.merge(route2, parameters2))
      );
    };
    Object.assign(request2, {
      endpoint: endpoint2,
      defaults: withDefaults2.bind(null, endpoint2)
    });
    return endpointOptions.request.hook(request2, endpointOptions);
  };
  return Object.assign(newApi, {
    endpoint: endpoint2,
    defaults: withDefaults2.bind(null, endpoint2)
  });
}
var request = withDefaults2(endpoint, defaults_default);

// node_modules/@octokit/graphql/dist-bundle/index.js
var VERSION4 = "0.0.0-development";
function _buildMessageForResponseErrors(data) {
  return `Request failed due to following response errors:
` + data.errors.map((e) => ` - ${e.message}`).join("\n");
}
var GraphqlResponseError = class extends Error {
  constructor(request2, headers, response) {
    super(_buildMessageForResponseErrors(response));
    this.request = request2;
    this.headers = headers;
    this.response = response;
    this.errors = response.errors;
    this.data = response.data;
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    }
  }
  request;
  headers;
  response;
  name = "GraphqlResponseError";
  errors;
  data;
};
var NON_VARIABLE_OPTIONS = [
  "method",
  "baseUrl",
  "url",
  "headers",
  "request",
  "query",
  "mediaType",
  "operationName"
];
var FORBIDDEN_VARIABLE_OPTIONS = ["query", "method", "url"];
var GHES_V3_SUFFIX_REGEX = /\/api\/v3\/?$/;
function graphql(request2, query, options) {
  if (options) {
    if (typeof query === "string" && "query" in options) {
      return Promise.reject(
        new Error(`[@octokit/graphql] "query" cannot be used as variable name`)
      );
    }
    for (const key in options) {
      if (!FORBIDDEN_VARIABLE_OPTIONS.includes(key)) continue;
      return Promise.reject(
        new Error(
          `[@octokit/graphql] "${key}" cannot be used as variable name`
        )
      );
    }
  }
  const parsedOptions = typeof query === "string" ? Object.assign({ query }, options) : query;
  const requestOptions = Object.keys(
    parsedOptions
  ).reduce((result, key) => {
    if (NON_VARIABLE_OPTIONS.includes(key)) {
      result[key] = parsedOptions[key];
      return result;
    }
    if (!result.variables) {
      result.variables = {};
    }
    result.variables[key] = parsedOptions[key];
    return result;
  }, {});
  const baseUrl = parsedOptions.baseUrl || request2.endpoint.DEFAULTS.baseUrl;
  if (GHES_V3_SUFFIX_REGEX.test(baseUrl)) {
    requestOptions.url = baseUrl.replace(GHES_V3_SUFFIX_REGEX, "/api/graphql");
  }
  return request2(requestOptions).then((response) => {
    if (response.data.errors) {
      const headers = {};
      for (const key of Object.keys(response.headers)) {
        headers[key] = response.headers[key];
      }
      throw new GraphqlResponseError(
        requestOptions,
        headers,
        response.data
      );
    }
    return response.data.data;
  });
}
function withDefaults3(request2, newDefaults) {
  const newRequest = request2.defaults(newDefaults);
  const newApi = (query, options) => {
    return graphql(newRequest, query, options);
  };
  return Object.assign(newApi, {
    defaults: withDefaults3.bind(null, newRequest),
    endpoint: newRequest.endpoint
  });
}
var graphql2 = withDefaults3(request, {
  headers: {
    "user-agent": `octokit-graphql.js/${VERSION4} ${getUserAgent()}`
  },
  method: "POST",
  url: "/graphql"
});
function withCustomRequest(customRequest) {
  return withDefaults3(customRequest, {
    method: "POST",
    url: "/graphql"
  });
}

// node_modules/@octokit/auth-token/dist-bundle/index.js
var b64url = "(?:[a-zA-Z0-9_-]+)";
var sep2 = "\\.";
var jwtRE = new RegExp(`^${b64url}${sep2}${b64url}${sep2}${b64url}$`);
var isJWT = jwtRE.test.bind(jwtRE);
async function auth(token) {
  const isApp = isJWT(token);
  const isInstallation = token.startsWith("v1.") || token.startsWith("ghs_");
  const isUserToServer = token.startsWith("ghu_");
  const tokenType = isApp ? "app" : isInstallation ? "installation" : isUserToServer ? "user-to-server" : "oauth";
  return {
    type: "token",
    token,
    tokenType
  };
}
function withAuthorizationPrefix(token) {
  if (token.split(/\./).length === 3) {
    return `bearer ${token}`;
  }
  return `token ${token}`;
}
async function hook(token, request2, route, parameters) {
  const endpoint2 = request2.endpoint.merge(
    route,
    parameters
  );
  endpoint2.headers.authorization = withAuthorizationPrefix(token);
  return request2(endpoint2);
}
var createTokenAuth = function createTokenAuth2(token) {
  if (!token) {
    throw new Error("[@octokit/auth-token] No token passed to createTokenAuth");
  }
  if (typeof token !== "string") {
    throw new Error(
      "[@octokit/auth-token] Token passed to createTokenAuth is not a string"
    );
  }
  token = token.replace(/^(token|bearer) +/i, "");
  return Object.assign(auth.bind(null, token), {
    hook: hook.bind(null, token)
  });
};

// node_modules/@octokit/core/dist-src/version.js
var VERSION5 = "7.0.8";

// node_modules/@octokit/core/dist-src/index.js
var noop2 = () => {
};
var consoleWarn = console.warn.bind(console);
var consoleError = console.error.bind(console);
function createLogger(logger = {}) {
  if (typeof logger.debug !== "function") {
    logger.debug = noop2;
  }
  if (typeof logger.info !== "function") {
    logger.info = noop2;
  }
  if (typeof logger.warn !== "function") {
    logger.warn = consoleWarn;
  }
  if (typeof logger.error !== "function") {
    logger.error = consoleError;
  }
  return logger;
}
var userAgentTrail = `octokit-core.js/${VERSION5} ${getUserAgent()}`;
var Octokit = class {
  static VERSION = VERSION5;
  static defaults(defaults) {
    const OctokitWithDefaults = class extends this {
      constructor(...args) {
        const options = args[0] || {};
        if (typeof defaults === "function") {
          super(defaults(options));
          return;
        }
        super(
          Object.assign(
            {},
            defaults,
            options,
            options.userAgent && defaults.userAgent ? {
              userAgent: `${options.userAgent} ${defaults.userAgent}`
            } : null
          )
        );
      }
    };
    return OctokitWithDefaults;
  }
  static plugins = [];
  /**
   * Attach a plugin (or many) to your Octokit instance.
   *
   * @example
   * const API = Octokit.plugin(plugin1, plugin2, plugin3, ...)
   */
  static plugin(...newPlugins) {
    const currentPlugins = this.plugins;
    const NewOctokit = class extends this {
      static plugins = currentPlugins.concat(
        newPlugins.filter((plugin) => !currentPlugins.includes(plugin))
      );
    };
    return NewOctokit;
  }
  constructor(options = {}) {
    const hook2 = new before_after_hook_default.Collection();
    const requestDefaults = {
      baseUrl: request.endpoint.DEFAULTS.baseUrl,
      headers: {},
      request: Object.assign({}, options.request, {
        // @ts-ignore internal usage only, no need to type
        hook: hook2.bind(null, "request")
      }),
      mediaType: {
        previews: [],
        format: ""
      }
    };
    requestDefaults.headers["user-agent"] = options.userAgent ? `${options.userAgent} ${userAgentTrail}` : userAgentTrail;
    if (options.baseUrl) {
      requestDefaults.baseUrl = options.baseUrl;
    }
    if (options.previews) {
      requestDefaults.mediaType.previews = options.previews;
    }
    if (options.timeZone) {
      requestDefaults.headers["time-zone"] = options.timeZone;
    }
    this.request = request.defaults(requestDefaults);
    this.graphql = withCustomRequest(this.request).defaults(requestDefaults);
    this.log = createLogger(options.log);
    this.hook = hook2;
    if (!options.authStrategy) {
      if (!options.auth) {
        this.auth = async () => ({
          type: "unauthenticated"
        });
      } else {
        const auth2 = createTokenAuth(options.auth);
        hook2.wrap("request", auth2.hook);
        this.auth = auth2;
      }
    } else {
      const { authStrategy, ...otherOptions } = options;
      const auth2 = authStrategy(
        Object.assign(
          {
            request: this.request,
            log: this.log,
            // we pass the current octokit instance as well as its constructor options
            // to allow for authentication strategies that return a new octokit instance
            // that shares the same internal state as the current one. The original
            // requirement for this was the "event-octokit" authentication strategy
            // of https://github.com/probot/octokit-auth-probot.
            octokit: this,
            octokitOptions: otherOptions
          },
          options.auth
        )
      );
      hook2.wrap("request", auth2.hook);
      this.auth = auth2;
    }
    const classConstructor = this.constructor;
    for (let i = 0; i < classConstructor.plugins.length; ++i) {
      Object.assign(this, classConstructor.plugins[i](this, options));
    }
  }
  // assigned during constructor
  request;
  graphql;
  log;
  hook;
  // TODO: type `octokit.auth` based on passed options.authStrategy
  auth;
};

// node_modules/@octokit/plugin-paginate-rest/dist-bundle/index.js
var VERSION6 = "0.0.0-development";
function normalizePaginatedListResponse(response) {
  if (!response.data) {
    return {
      ...response,
      data: []
    };
  }
  const responseNeedsNormalization = ("total_count" in response.data || "total_commits" in response.data) && !("url" in response.data);
  if (!responseNeedsNormalization) return response;
  const incompleteResults = response.data.incomplete_results;
  const repositorySelection = response.data.repository_selection;
  const totalCount2 = response.data.total_count;
  const totalCommits = response.data.total_commits;
  delete response.data.incomplete_results;
  delete response.data.repository_selection;
  delete response.data.total_count;
  delete response.data.total_commits;
  const namespaceKey = Object.keys(response.data)[0];
  const data = response.data[namespaceKey];
  response.data = data;
  if (typeof incompleteResults !== "undefined") {
    response.data.incomplete_results = incompleteResults;
  }
  if (typeof repositorySelection !== "undefined") {
    response.data.repository_selection = repositorySelection;
  }
  response.data.total_count = totalCount2;
  response.data.total_commits = totalCommits;
  return response;
}
function iterator(octokit, route, parameters) {
  const options = typeof route === "function" ? route.endpoint(parameters) : octokit.request.endpoint(route, parameters);
  const requestMethod = typeof route === "function" ? route : octokit.request;
  const method = options.method;
  const headers = options.headers;
  let url = options.url;
  return {
    [Symbol.asyncIterator]: () => ({
      async next() {
        if (!url) return { done: true };
        try {
          const response = await requestMethod({ method, url, headers });
          const normalizedResponse = normalizePaginatedListResponse(response);
          url = ((normalizedResponse.headers.link || "").match(
            /<([^<>]+)>;\s*rel="next"/
          ) || [])[1];
          if (!url && "total_commits" in normalizedResponse.data) {
            const parsedUrl = new URL(normalizedResponse.url);
            const params = parsedUrl.searchParams;
            const page = parseInt(params.get("page") || "1", 10);
            const per_page = parseInt(params.get("per_page") || "250", 10);
            if (page * per_page < normalizedResponse.data.total_commits) {
              params.set("page", String(page + 1));
              url = parsedUrl.toString();
            }
          }
          return { value: normalizedResponse };
        } catch (error) {
          if (error.status !== 409) throw error;
          url = "";
          return {
            value: {
              status: 200,
              headers: {},
              data: []
            }
          };
        }
      }
    })
  };
}
function paginate(octokit, route, parameters, mapFn) {
  if (typeof parameters === "function") {
    mapFn = parameters;
    parameters = void 0;
  }
  return gather(
    octokit,
    [],
    iterator(octokit, route, parameters)[Symbol.asyncIterator](),
    mapFn
  );
}
function gather(octokit, results, iterator2, mapFn) {
  return iterator2.next().then((result) => {
    if (result.done) {
      return results;
    }
    let earlyExit = false;
    function done() {
      earlyExit = true;
    }
    results = results.concat(
      mapFn ? mapFn(result.value, done) : result.value.data
    );
    if (earlyExit) {
      return results;
    }
    return gather(octokit, results, iterator2, mapFn);
  });
}
var composePaginateRest = Object.assign(paginate, {
  iterator
});
function paginateRest(octokit) {
  return {
    paginate: Object.assign(paginate.bind(null, octokit), {
      iterator: iterator.bind(null, octokit)
    })
  };
}
paginateRest.VERSION = VERSION6;

// node_modules/@octokit/plugin-retry/dist-bundle/index.js
var import_light = __toESM(require_light(), 1);
var VERSION7 = "0.0.0-development";
function isRequestError(error) {
  return error.request !== void 0;
}
async function errorRequest(state, octokit, error, options) {
  if (!isRequestError(error) || !error?.request.request) {
    throw error;
  }
  if (error.status >= 400 && !state.doNotRetry.includes(error.status)) {
    const retries = options.request.retries != null ? options.request.retries : state.retries;
    const retryAfter = Math.pow((options.request.retryCount || 0) + 1, 2);
    throw octokit.retry.retryRequest(error, retries, retryAfter);
  }
  throw error;
}
async function wrapRequest(state, octokit, request2, options) {
  const limiter = new import_light.default();
  limiter.on("failed", function(error, info) {
    const maxRetries = ~~error.request.request?.retries;
    const after = ~~error.request.request?.retryAfter;
    options.request.retryCount = info.retryCount + 1;
    if (maxRetries > info.retryCount) {
      return after * state.retryAfterBaseValue;
    }
  });
  return limiter.schedule(
    requestWithGraphqlErrorHandling.bind(null, state, octokit, request2),
    options
  );
}
async function requestWithGraphqlErrorHandling(state, octokit, request2, options) {
  const response = await request2(options);
  if (response.data && response.data.errors && response.data.errors.length > 0 && /Something went wrong while executing your query/.test(
    response.data.errors[0].message
  )) {
    const error = new RequestError(response.data.errors[0].message, 500, {
      request: options,
      response
    });
    return errorRequest(state, octokit, error, options);
  }
  return response;
}
function retry(octokit, octokitOptions) {
  const state = Object.assign(
    {
      enabled: true,
      retryAfterBaseValue: 1e3,
      doNotRetry: [400, 401, 403, 404, 410, 422, 451],
      retries: 3
    },
    octokitOptions.retry
  );
  const retryPlugin = {
    retry: {
      retryRequest: (error, retries, retryAfter) => {
        error.request.request = Object.assign({}, error.request.request, {
          retries,
          retryAfter
        });
        return error;
      }
    }
  };
  if (state.enabled) {
    octokit.hook.error("request", errorRequest.bind(null, state, retryPlugin));
    octokit.hook.wrap("request", wrapRequest.bind(null, state, retryPlugin));
  }
  return retryPlugin;
}
retry.VERSION = VERSION7;

// node_modules/@octokit/plugin-throttling/dist-bundle/index.js
var import_light2 = __toESM(require_light(), 1);
var VERSION8 = "0.0.0-development";
var noop3 = () => Promise.resolve();
function wrapRequest2(state, request2, options) {
  return state.retryLimiter.schedule(doRequest, state, request2, options);
}
async function doRequest(state, request2, options) {
  const { pathname } = new URL(options.url, "http://github.test");
  const isAuth = isAuthRequest(options.method, pathname);
  const isWrite = !isAuth && options.method !== "GET" && options.method !== "HEAD";
  const isSearch = options.method === "GET" && pathname.startsWith("/search/");
  const isGraphQL = pathname.startsWith("/graphql");
  const retryCount = ~~request2.retryCount;
  const jobOptions = retryCount > 0 ? { priority: 0, weight: 0 } : {};
  if (state.clustering) {
    jobOptions.expiration = 1e3 * 60;
  }
  if (isWrite || isGraphQL) {
    await state.write.key(state.id).schedule(jobOptions, noop3);
  }
  if (isWrite && state.triggersNotification(pathname)) {
    await state.notifications.key(state.id).schedule(jobOptions, noop3);
  }
  if (isSearch) {
    await state.search.key(state.id).schedule(jobOptions, noop3);
  }
  const req = (isAuth ? state.auth : state.global).key(state.id).schedule(jobOptions, request2, options);
  if (isGraphQL) {
    const res = await req;
    if (res.data.errors != null && res.data.errors.some((error) => error.type === "RATE_LIMITED")) {
      const error = Object.assign(new Error("GraphQL Rate Limit Exceeded"), {
        response: res,
        data: res.data
      });
      throw error;
    }
  }
  return req;
}
function isAuthRequest(method, pathname) {
  return method === "PATCH" && // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-a-scoped-access-token
  /^\/applications\/[^/]+\/token\/scoped$/.test(pathname) || method === "POST" && // https://docs.github.com/en/rest/apps/oauth-applications?apiVersion=2022-11-28#reset-a-token
  (/^\/applications\/[^/]+\/token$/.test(pathname) || // https://docs.github.com/en/rest/apps/apps?apiVersion=2022-11-28#create-an-installation-access-token-for-an-app
  /^\/app\/installations\/[^/]+\/access_tokens$/.test(pathname) || // https://docs.github.com/en/apps/oauth-apps/building-oauth-apps/authorizing-oauth-apps
  pathname === "/login/oauth/access_token");
}
var triggers_notification_paths_default = [
  "/orgs/{org}/invitations",
  "/orgs/{org}/invitations/{invitation_id}",
  "/orgs/{org}/teams/{team_slug}/discussions",
  "/orgs/{org}/teams/{team_slug}/discussions/{discussion_number}/comments",
  "/repos/{owner}/{repo}/collaborators/{username}",
  "/repos/{owner}/{repo}/commits/{commit_sha}/comments",
  "/repos/{owner}/{repo}/issues",
  "/repos/{owner}/{repo}/issues/{issue_number}/comments",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issue",
  "/repos/{owner}/{repo}/issues/{issue_number}/sub_issues/priority",
  "/repos/{owner}/{repo}/pulls",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments",
  "/repos/{owner}/{repo}/pulls/{pull_number}/comments/{comment_id}/replies",
  "/repos/{owner}/{repo}/pulls/{pull_number}/merge",
  "/repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers",
  "/repos/{owner}/{repo}/pulls/{pull_number}/reviews",
  "/repos/{owner}/{repo}/releases",
  "/teams/{team_id}/discussions",
  "/teams/{team_id}/discussions/{discussion_number}/comments"
];
function routeMatcher(paths) {
  const regexes = paths.map(
    (path) => path.split("/").map((c3) => c3.startsWith("{") ? "(?:.+?)" : c3).join("/")
  );
  const regex2 = `^(?:${regexes.map((r2) => `(?:${r2})`).join("|")})[^/]*$`;
  return new RegExp(regex2, "i");
}
var regex = routeMatcher(triggers_notification_paths_default);
var triggersNotification = regex.test.bind(regex);
var groups = {};
var createGroups = function(Bottleneck2, common) {
  groups.global = new Bottleneck2.Group({
    id: "octokit-global",
    maxConcurrent: 10,
    ...common
  });
  groups.auth = new Bottleneck2.Group({
    id: "octokit-auth",
    maxConcurrent: 1,
    ...common
  });
  groups.search = new Bottleneck2.Group({
    id: "octokit-search",
    maxConcurrent: 1,
    minTime: 2e3,
    ...common
  });
  groups.write = new Bottleneck2.Group({
    id: "octokit-write",
    maxConcurrent: 1,
    minTime: 1e3,
    ...common
  });
  groups.notifications = new Bottleneck2.Group({
    id: "octokit-notifications",
    maxConcurrent: 1,
    minTime: 3e3,
    ...common
  });
};
function throttling(octokit, octokitOptions) {
  const {
    enabled = true,
    Bottleneck: Bottleneck2 = import_light2.default,
    id = "no-id",
    timeout = 1e3 * 60 * 2,
    // Redis TTL: 2 minutes
    connection
  } = octokitOptions.throttle || {};
  if (!enabled) {
    return {};
  }
  const common = { timeout };
  if (typeof connection !== "undefined") {
    common.connection = connection;
  }
  const state = Object.assign(
    {
      clustering: connection != null,
      triggersNotification,
      fallbackSecondaryRateRetryAfter: 60,
      retryAfterBaseValue: 1e3,
      id
    },
    octokitOptions.throttle
  );
  if (typeof state.onSecondaryRateLimit !== "function" || typeof state.onRateLimit !== "function") {
    throw new Error(`octokit/plugin-throttling error:
        You must pass the onSecondaryRateLimit and onRateLimit error handlers.
        See https://octokit.github.io/rest.js/#throttling

        const octokit = new Octokit({
          throttle: {
            onSecondaryRateLimit: (retryAfter, options) => {/* ... */},
            onRateLimit: (retryAfter, options) => {/* ... */}
          }
        })
    `);
  }
  let initialized = false;
  const initializeBottleneck = () => {
    if (initialized) {
      return;
    }
    initialized = true;
    if (groups.global == null) {
      createGroups(Bottleneck2, common);
    }
    state.global = state.global ?? groups.global;
    state.auth = state.auth ?? groups.auth;
    state.search = state.search ?? groups.search;
    state.write = state.write ?? groups.write;
    state.notifications = state.notifications ?? groups.notifications;
    state.retryLimiter = state.retryLimiter ?? new Bottleneck2();
    const events = {};
    const emitter = new Bottleneck2.Events(events);
    events.on("secondary-limit", state.onSecondaryRateLimit);
    events.on("rate-limit", state.onRateLimit);
    events.on(
      "error",
      (e) => octokit.log.warn("Error in throttling-plugin limit handler", e)
    );
    state.retryLimiter.on("failed", async function(error, info) {
      const [state2, request2, options] = info.args;
      const { pathname } = new URL(options.url, "http://github.test");
      const shouldRetryGraphQL = pathname.startsWith("/graphql") && error.status !== 401;
      if (!(shouldRetryGraphQL || error.status === 403 || error.status === 429)) {
        return;
      }
      const retryCount = ~~request2.retryCount;
      request2.retryCount = retryCount;
      options.request.retryCount = retryCount;
      const { wantRetry, retryAfter = 0 } = await (async function() {
        if (/\bsecondary rate\b/i.test(error.message)) {
          const retryAfter2 = Number(error.response.headers["retry-after"]) || state2.fallbackSecondaryRateRetryAfter;
          const wantRetry2 = await emitter.trigger(
            "secondary-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        if (error.response.headers != null && error.response.headers["x-ratelimit-remaining"] === "0" || (error.response.data?.errors ?? []).some(
          (error2) => error2.type === "RATE_LIMITED"
        )) {
          const rateLimitReset = new Date(
            ~~error.response.headers["x-ratelimit-reset"] * 1e3
          ).getTime();
          const retryAfter2 = Math.max(
            // Add one second so we retry _after_ the reset time
            // https://docs.github.com/en/rest/overview/resources-in-the-rest-api?apiVersion=2022-11-28#exceeding-the-rate-limit
            Math.ceil((rateLimitReset - Date.now()) / 1e3) + 1,
            0
          );
          const wantRetry2 = await emitter.trigger(
            "rate-limit",
            retryAfter2,
            options,
            octokit,
            retryCount
          );
          return { wantRetry: wantRetry2, retryAfter: retryAfter2 };
        }
        return {};
      })();
      if (wantRetry) {
        request2.retryCount++;
        return retryAfter * state2.retryAfterBaseValue;
      }
    });
  };
  octokit.hook.wrap("request", (request2, options) => {
    initializeBottleneck();
    return wrapRequest2(state, request2, options);
  });
  return {};
}
throttling.VERSION = VERSION8;
throttling.triggersNotification = triggersNotification;

// src/sources/http-retry.ts
var RETRYABLE = /* @__PURE__ */ new Set([408, 429, 500, 502, 503, 504]);
var TIMEOUT_RETRIES = 1;
function shouldRetryStatus(status) {
  return RETRYABLE.has(status);
}
function backoffMs(attempt2, settings) {
  const backoff = settings.baseDelayMs * 2 ** attempt2 + settings.random() * settings.baseDelayMs;
  return Math.min(settings.maxRetryDelayMs, Math.round(backoff));
}
function serverDelayMs(headers, now = Date.now()) {
  const limit = parseRateLimit(headers.get("ratelimit"));
  if (limit && limit.remaining === 0 && limit.resetSeconds !== void 0)
    return (limit.resetSeconds + 1) * 1e3;
  return retryAfterMs(headers.get("retry-after"), now);
}
function retryAfterMs(value, now = Date.now()) {
  const text = value?.trim();
  if (!text) return void 0;
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1e3;
  if (!/^[A-Za-z]{3},/.test(text)) return void 0;
  const at2 = Date.parse(text);
  return Number.isNaN(at2) ? void 0 : Math.max(0, at2 - now);
}
function parseRateLimit(value) {
  if (!value) return void 0;
  const r2 = /(?:^|;)\s*r=(\d+)/.exec(value);
  const t2 = /(?:^|;)\s*t=(\d+)/.exec(value);
  if (!r2 && !t2) return void 0;
  return { remaining: r2 ? Number(r2[1]) : void 0, resetSeconds: t2 ? Number(t2[1]) : void 0 };
}
function limitedUntil(status, headers, now = Date.now()) {
  if (status !== 429 && status !== 403) return void 0;
  const reset = Number(headers.get("x-ratelimit-reset"));
  if (headers.get("x-ratelimit-remaining") === "0" && Number.isFinite(reset) && reset > 0)
    return reset * 1e3;
  const asked = serverDelayMs(headers, now);
  return asked === void 0 ? void 0 : now + asked;
}
function askedDelay(response, now) {
  if (response.status !== 429) return serverDelayMs(response.headers, now);
  const until = limitedUntil(429, response.headers, now);
  return until === void 0 ? void 0 : Math.max(0, until - now);
}
function defaultSleep(ms2, signal) {
  return new Promise((resolve2, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve2();
    }, ms2);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

// src/sources/github-client.ts
var Octokit2 = Octokit.plugin(paginateRest, retry, throttling);
var FAIL_FAST_AFTER = 3;
var GITHUB_MAX_WAIT_SECONDS = 60;
var MAX_SECONDARY_RETRIES = 2;
var UNQUEUED = {
  key: () => ({
    schedule: (_options, job, ...args) => Promise.resolve().then(() => job(...args))
  })
};
function createGitHubClient(options) {
  const maxWait = options.maxRateLimitWait ?? GITHUB_MAX_WAIT_SECONDS;
  const budget = options.budget ?? createBudget();
  const redactToken = createRedactor([options.token]);
  const redact = options.redact ? (t2) => redactToken(options.redact(t2)) : redactToken;
  const fits = (retryAfter) => retryAfter <= maxWait && retryAfter * 1e3 < budget.remainingMs();
  const silent = () => {
  };
  const octokit = new Octokit2({
    baseUrl: options.baseUrl,
    ...options.token ? { auth: options.token } : {},
    userAgent: options.userAgent,
    request: { fetch: options.fetch },
    log: { debug: silent, info: silent, warn: silent, error: silent },
    throttle: {
      // Reads are bounded by the transport's GitHub pool (src/sources/pools.ts), one limit in one
      // place: the plugin's own group of 10 reads at once (shared by every client) would cap it
      // unseen. Writes keep the plugin's serialising group. (The plugin takes its groups from these
      // options, `Object.assign(state, throttle)`; its types do not list them: a test checks it.)
      ...{ global: UNQUEUED },
      retryAfterBaseValue: options.retryAfterBaseValue ?? 1e3,
      // Primary limit: retry once, only when the window resets soon; else the release is unknown.
      onRateLimit: (retryAfter, _o, _k, retryCount) => retryCount < 1 && fits(retryAfter),
      // Secondary limit: honour `retry-after`, a bounded number of times.
      onSecondaryRateLimit: (retryAfter, _o, _k, retryCount) => retryCount < MAX_SECONDARY_RETRIES && fits(retryAfter)
    },
    retry: {
      retries: options.retries ?? 2,
      // The plugin waits (retry number)^2 x this: 0.5 s, then 2 s.
      retryAfterBaseValue: Math.min(options.retryAfterBaseValue ?? 500, 500)
    }
  });
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  return { octokit, state: { outage: 0 }, baseUrl, budget, redact, maxWaitMs: maxWait * 1e3 };
}
async function attempt(client, call, url) {
  const refused = client.budget.refusal(`${client.baseUrl}${url}`, client.maxWaitMs);
  if (refused) {
    client.state.outage++;
    const failure = { code: refused.code, message: client.redact(refused.message), url };
    client.onFailure?.(failure);
    return { ok: false, failure };
  }
  try {
    const value = await call(client.state.outage >= FAIL_FAST_AFTER ? { retries: 0 } : {});
    client.state.outage = 0;
    return { ok: true, value };
  } catch (error) {
    const failure = failureOf(error, url, client.redact, client.budget.now());
    const down = ["NETWORK_ERROR", "TIMEOUT", "RATE_LIMITED", "DEADLINE"].includes(failure.code) || (failure.status ?? 0) >= 500;
    client.state.outage = down ? client.state.outage + 1 : 0;
    client.onFailure?.(failure);
    return { ok: false, failure };
  }
}
function failureOf(error, url, redact = createRedactor(), now = Date.now()) {
  const e = error;
  const stop = error instanceof SourceError ? error : e.cause instanceof SourceError ? e.cause : void 0;
  if (stop) return { code: stop.code, message: redact(stop.message), url };
  const headers = e.response?.headers ?? {};
  const requestId = headers["x-github-request-id"];
  const status = typeof e.status === "number" && e.status > 0 ? e.status : void 0;
  const limited = status === 429 || status === 403 && (headers["x-ratelimit-remaining"] === "0" || /rate limit/i.test(e.message ?? ""));
  const code = limited ? "RATE_LIMITED" : status ? "HTTP_ERROR" : e.name === "AbortError" || e.name === "TimeoutError" ? "TIMEOUT" : "NETWORK_ERROR";
  const until = limited && status ? limitedUntil(status, toHeaders(headers), now) : void 0;
  const retry2 = until ? `; retry after ${new Date(until).toISOString().replace(/\.\d{3}Z$/, "Z")}` : "";
  const message = status ? `HTTP ${status} (${firstLine(e.message)})${retry2}` : firstLine(e.message);
  return {
    code,
    message: redact(message),
    url,
    ...status ? { status } : {},
    ...requestId ? { requestId: redact(requestId) } : {}
  };
}
function toHeaders(record) {
  const headers = new Headers();
  for (const [k2, v2] of Object.entries(record)) if (typeof v2 === "string") headers.set(k2, v2);
  return headers;
}
function firstLine(text) {
  return (text ?? "request failed").split("\n")[0].slice(0, 200);
}

// src/sources/github-api.ts
var MAX_PAGES = 100;
function listOrgRepos(client, org, signal) {
  const path = `/orgs/${encodeURIComponent(org)}/repos`;
  return attempt(
    client,
    async (retry2) => {
      const items = [];
      const seen = /* @__PURE__ */ new Set();
      let next = `${client.baseUrl}${path}?type=all&per_page=100`;
      while (next) {
        if (seen.has(next) || seen.size >= MAX_PAGES)
          throw new SourceError("MALFORMED_RESPONSE", "org listing pages loop", { url: path });
        seen.add(next);
        const page = await client.octokit.request({
          method: "GET",
          url: next,
          request: { signal, ...retry2 }
        });
        const body = await ensureJson(client, page.data, next, signal);
        if (!Array.isArray(body))
          throw new SourceError("MALFORMED_RESPONSE", "org listing is not a JSON array", { url: path });
        items.push(...body);
        next = nextPage(page.headers.link, client.baseUrl, path);
      }
      return items;
    },
    path
  );
}
function nextPage(link, baseUrl, path) {
  const match = /<([^<>]+)>;\s*rel="next"/.exec(link ?? "");
  if (!match) return void 0;
  const next = new URL(match[1], baseUrl);
  if (next.origin !== new URL(baseUrl).origin || next.username || next.password)
    throw new SourceError("MALFORMED_RESPONSE", "next page on another host", { url: path });
  return next.toString();
}
async function ensureJson(client, data, url, signal) {
  if (typeof data === "object" && data !== null) return data;
  const again = await client.octokit.request({
    method: "GET",
    url,
    headers: { "cache-control": "no-cache" },
    request: { signal }
  });
  if (typeof again.data === "object" && again.data !== null) return again.data;
  throw new SourceError("MALFORMED_RESPONSE", "response is not JSON", { url: new URL(url).pathname });
}
async function getJson(client, route, params, signal, headers) {
  const url = route.replace(/^GET /, "").replace(/\{(\w+)\}/g, (_3, k2) => String(params[k2] ?? ""));
  const request2 = client.octokit.request;
  return attempt(
    client,
    async (retry2) => {
      const res = await request2(route, {
        ...params,
        ...headers ? { headers } : {},
        request: { signal, ...retry2 }
      });
      return ensureJson(client, res.data, res.url, signal);
    },
    url
  );
}

// src/sources/github-inspect.ts
import { createHash as createHash3 } from "node:crypto";
var MAX_TEXT_BYTES2 = 512 * 1024;
var MAX_POINTERS = 4;
async function readContents(client, repo, commit, pickFiles, signal) {
  const p2 = { owner: repo.owner, repo: repo.name };
  const blobUrl = (path) => `${repo.htmlUrl}/blob/${commit}/${path}`;
  const out = {
    files: null,
    declared: [],
    texts: [],
    links: [],
    lfs: [],
    releaseAssets: [],
    problems: []
  };
  const licence = await getJson(client, "GET /repos/{owner}/{repo}/license", { ...p2, ref: commit }, signal);
  const licencePath = addFileText(out, licence, "licence", blobUrl, (body) => {
    const spdx = body.license?.spdx_id;
    if (typeof spdx === "string") out.declared.push({ origin: "github-api", value: spdx });
  });
  const tree = await getJson(
    client,
    "GET /repos/{owner}/{repo}/git/trees/{tree_sha}",
    { ...p2, tree_sha: commit, recursive: 1 },
    signal
  );
  let entries = [];
  if (tree.ok) {
    const read = treeEntries(tree.value);
    if ("problem" in read)
      out.problems.push({ ...read.problem, url: `/repos/${p2.owner}/${p2.repo}/git/trees` });
    else {
      entries = read.entries;
      out.files = entries.filter((e) => e.type === "blob").map((e) => e.path);
    }
    if (tree.value.truncated === true)
      out.problems.push({
        code: "TRUNCATED",
        message: `GitHub cut the file tree short at ${out.files?.length ?? 0} files (truncated: true)`
      });
  } else if (tree.failure.status === 409)
    out.files = [];
  else return { ...out, failure: tree.failure };
  const readme = await getJson(client, "GET /repos/{owner}/{repo}/readme", { ...p2, ref: commit }, signal);
  addFileText(out, readme, "readme", blobUrl);
  const chosen = licenceFilesToRead(out.files ?? [], pickFiles, {
    alreadyRead: licencePath ? [licencePath] : []
  });
  const extra = chosen.read.filter((f3) => f3.role === "licence");
  out.texts.push(...chosen.unread);
  const pointers = entries.filter((e) => e.type === "blob" && isWeightPath(e.path) && (e.size ?? 0) <= MAX_POINTER_BYTES).slice(0, MAX_POINTERS);
  for (const file of [...extra.map((f3) => f3.path), ...pointers.map((e) => e.path)]) {
    const content = await getJson(
      client,
      "GET /repos/{owner}/{repo}/contents/{path}",
      { ...p2, path: file, ref: commit },
      signal
    );
    const isPointer = pointers.some((e) => e.path === file);
    if (!isPointer) addFileText(out, content, "licence", blobUrl);
    else if (content.ok) {
      const pointer = parseLfsPointer(file, decode(content.value).text);
      if (pointer) out.lfs.push(pointer);
    }
  }
  const releases = await getJson(
    client,
    "GET /repos/{owner}/{repo}/releases",
    { ...p2, per_page: 100 },
    signal
  );
  if (!releases.ok) return { ...out, failure: releases.failure };
  out.releaseAssets = releaseWeightAssets(releases.value);
  const sized = [...entries.filter((e) => e.type === "blob"), ...releaseAssetSizes(releases.value)];
  const weights = repoWeights(sized, out.lfs, new Set(pointers.map((e) => e.path)));
  if (weights) out.weights = weights;
  return out;
}
function addFileText(out, result, role, blobUrl, onBody) {
  if (!result.ok) {
    if (result.failure.status === 404) return void 0;
    out.texts.push({
      path: role === "readme" ? "README.md" : "LICENSE",
      role,
      error: result.failure.message
    });
    return void 0;
  }
  onBody?.(result.value);
  const path = result.value.path;
  if (typeof path !== "string") return void 0;
  const { text, sha256, truncated } = decode(result.value);
  out.texts.push({ path, role, text, url: blobUrl(path), ...truncated ? { truncated: true } : { sha256 } });
  if (role === "readme") out.links.push(...repoLinks(text));
  return path;
}
function decode(body) {
  const content = body.content;
  const all = typeof content === "string" ? Buffer.from(content, "base64") : Buffer.alloc(0);
  const bytes = all.subarray(0, MAX_TEXT_BYTES2);
  const sha256 = createHash3("sha256").update(bytes).digest("hex");
  return { text: bytes.toString("utf8"), sha256, truncated: all.length > MAX_TEXT_BYTES2 };
}
function treeEntries(body) {
  const tree = body?.tree;
  const problem = (message) => ({ problem: { code: "MALFORMED_RESPONSE", message } });
  if (!Array.isArray(tree)) return problem("the tree answer has no `tree` list");
  const entries = [];
  for (const e of tree) {
    const entry = e;
    if (typeof entry?.path !== "string" || typeof entry.type !== "string")
      return problem("a tree entry has no `path` or `type`");
    entries.push({
      path: entry.path,
      type: entry.type,
      ...typeof entry.size === "number" ? { size: entry.size } : {}
    });
  }
  return { entries };
}
function releaseWeightAssets(body) {
  if (!Array.isArray(body)) return [];
  return body.flatMap((release2) => {
    const r2 = release2;
    if (typeof r2.tag_name !== "string" || !Array.isArray(r2.assets) || r2.draft === true) return [];
    return r2.assets.flatMap((a) => {
      const name = a.name;
      return typeof name === "string" && isWeightPath(name) ? [`release:${r2.tag_name}/${name}`] : [];
    });
  });
}

// src/sources/github-repo.ts
function readRepo(raw) {
  if (typeof raw !== "object" || raw === null) return null;
  const r2 = raw;
  if (typeof r2.full_name !== "string" || !r2.full_name.includes("/")) return null;
  const licence = r2.license;
  return {
    fullName: r2.full_name,
    visibility: typeof r2.visibility === "string" ? r2.visibility : r2.private === true ? "private" : "public",
    archived: r2.archived === true,
    fork: r2.fork === true,
    ...typeof r2.parent?.full_name === "string" ? { parent: r2.parent.full_name } : {},
    disabled: r2.disabled === true,
    defaultBranch: typeof r2.default_branch === "string" ? r2.default_branch : "main",
    topics: Array.isArray(r2.topics) ? r2.topics.filter((t2) => typeof t2 === "string") : [],
    ...typeof r2.html_url === "string" ? { htmlUrl: r2.html_url } : {},
    ...typeof r2.description === "string" ? { description: r2.description } : {},
    ...typeof r2.pushed_at === "string" ? { pushedAt: r2.pushed_at } : {},
    ...typeof licence?.spdx_id === "string" ? { spdxId: licence.spdx_id } : {}
  };
}
function repoAvailability(repo) {
  if (repo.disabled) return "disabled";
  return repo.visibility === "public" ? "public" : "private";
}
function trimRepo(repo) {
  return {
    full_name: repo.fullName,
    visibility: repo.visibility,
    archived: repo.archived,
    fork: repo.fork,
    disabled: repo.disabled,
    default_branch: repo.defaultBranch,
    topics: repo.topics,
    ...repo.pushedAt ? { pushed_at: repo.pushedAt } : {},
    ...repo.spdxId ? { license_spdx_id: repo.spdxId } : {}
  };
}
var OWNER_REPO = /^([A-Za-z0-9][A-Za-z0-9-]*)\/([\w.-]+)$/;
var GITHUB_HOSTS = /* @__PURE__ */ new Set(["github.com", "www.github.com"]);
function githubRepoId(declared) {
  const value = declared.trim();
  if (/^github:/i.test(value)) {
    const id2 = value.slice("github:".length).replace(/\.git$/, "");
    return OWNER_REPO.test(id2) ? id2 : void 0;
  }
  if (!/^https:\/\//i.test(value)) return void 0;
  let url;
  try {
    url = new URL(value);
  } catch {
    return void 0;
  }
  if (!GITHUB_HOSTS.has(url.host.toLowerCase())) return void 0;
  const [owner, name] = url.pathname.split("/").filter(Boolean);
  if (!owner || !name) return void 0;
  const id = `${owner}/${name.replace(/\.git$/, "")}`;
  return OWNER_REPO.test(id) ? id : void 0;
}

// src/sources/github.ts
function createGitHubSource(options) {
  const { client, pickFiles } = options;
  const now = options.now ?? (() => /* @__PURE__ */ new Date());
  const webUrl = options.webUrl.replace(/\/+$/, "");
  async function discover(team, call = {}) {
    const releases = /* @__PURE__ */ new Map();
    const failures = [];
    const listings = await Promise.all(
      team.github.map((org) => {
        call.onProgress?.({ phase: "discover", id: org });
        return listOrgRepos(client, org, call.signal);
      })
    );
    team.github.forEach((org, i) => {
      const listing = listings[i];
      if (!listing.ok) {
        failures.push({ ...listing.failure, origin: `github: ${org}` });
        return;
      }
      for (const [index, raw] of listing.value.entries()) {
        const repo = readRepo(raw);
        if (!repo) {
          failures.push({
            code: "MALFORMED_RESPONSE",
            message: `listing item ${index} is not a repository with a full_name`,
            url: `/orgs/${org}/repos`,
            origin: `github: ${org}`
          });
          continue;
        }
        if (releases.has(repo.fullName.toLowerCase())) continue;
        releases.set(repo.fullName.toLowerCase(), {
          source: "github",
          id: repo.fullName,
          team: team.id,
          declared: false,
          origin: `github: ${org}`,
          listing: raw
        });
      }
    });
    for (const declared of team.models) {
      const id = githubRepoId(declared);
      if (!id) continue;
      const found = releases.get(id.toLowerCase());
      if (found) found.declared = true;
      else
        releases.set(id.toLowerCase(), {
          source: "github",
          id,
          team: team.id,
          declared: true,
          origin: `models: ${declared}`
        });
    }
    return { releases: [...releases.values()], failures };
  }
  async function inspect(target, call = {}) {
    call.onProgress?.({ phase: "inspect", id: target.id });
    const fetchedAt = now().toISOString();
    const facts = await factsOf2(target, call.signal);
    const { texts = [], ...rest } = facts;
    const { listing: _listing, ...release2 } = target;
    return { schema: "openquota/evidence@1", team: target.team, release: release2, facts: rest, texts, fetchedAt };
  }
  async function factsOf2(target, signal) {
    const [owner, name] = target.id.split("/");
    const base = {
      source: "github",
      id: target.id,
      url: `${webUrl}/${target.id}`,
      declaredLicences: []
    };
    let raw = target.listing;
    if (raw === void 0) {
      const got = await getJson(client, "GET /repos/{owner}/{repo}", { owner, repo: name }, signal);
      if (!got.ok && got.failure.status === 404)
        return { ...base, availability: "missing", files: null, raw: { notFound: got.failure } };
      if (!got.ok) return { ...base, availability: null, files: null, failure: got.failure };
      raw = got.value;
    }
    const repo = readRepo(raw);
    if (!repo) {
      const failure = {
        code: "MALFORMED_RESPONSE",
        message: "not a repository object",
        url: `/repos/${target.id}`
      };
      return { ...base, availability: null, files: null, failure };
    }
    const [o2, r2] = repo.fullName.split("/");
    const renamed = repo.fullName !== target.id ? { requestedId: target.id } : {};
    const url = repo.htmlUrl ?? `${webUrl}/${repo.fullName}`;
    const known = { ...base, ...renamed, id: repo.fullName, url, availability: repoAvailability(repo) };
    const tag = headTag(raw);
    const branch = await getJson(
      client,
      "GET /repos/{owner}/{repo}/branches/{branch}",
      { owner: o2, repo: r2, branch: repo.defaultBranch },
      signal,
      tag ? { [VALID_WHILE_HEADER]: tag } : void 0
    );
    const commit = branch.ok ? branch.value.commit?.sha : void 0;
    if (!branch.ok || typeof commit !== "string") {
      const failure = branch.ok ? { code: "MALFORMED_RESPONSE", message: "branch without a commit", url: `/repos/${repo.fullName}` } : branch.failure;
      return { ...known, files: null, failure, raw: { repository: trimRepo(repo) } };
    }
    const failed = [];
    const contents = await readContents(
      { ...client, onFailure: (f3) => failed.push(f3) },
      { owner: o2, name: r2, htmlUrl: url },
      commit,
      pickFiles,
      signal
    );
    const unread = failed.find((f3) => f3.status !== 404 && f3.status !== 409);
    return {
      ...known,
      revision: commit,
      files: contents.files ? [...contents.files, ...contents.releaseAssets] : null,
      declaredLicences: contents.declared,
      ...repo.fork ? { fork: { parent: repo.parent ?? null } } : {},
      ...contents.weights ? { weights: contents.weights } : {},
      ...contents.links.length ? { links: contents.links } : {},
      ...contents.failure || unread ? { failure: contents.failure ?? unread } : {},
      ...contents.problems.length ? { problems: contents.problems } : {},
      raw: {
        repository: trimRepo(repo),
        ...contents.lfs.length ? { lfs: contents.lfs } : {},
        ...contents.releaseAssets.length ? { releaseAssets: contents.releaseAssets } : {}
      },
      texts: contents.texts
    };
  }
  return {
    kind: "github",
    claims: (declaredId) => githubRepoId(declaredId) !== void 0,
    discover,
    inspect,
    stats: options.stats
  };
}
function isCommitPinned(url) {
  return /\/git\/trees\/[0-9a-f]{40}(?:[?#]|$)|[?&]ref=[0-9a-f]{40}(?:&|$)/.test(url);
}
function headTag(raw) {
  if (typeof raw !== "object" || raw === null) return void 0;
  const r2 = raw;
  if (typeof r2.full_name !== "string" || typeof r2.default_branch !== "string" || typeof r2.pushed_at !== "string")
    return void 0;
  const id = typeof r2.id === "number" ? r2.id : "";
  return JSON.stringify([id, r2.full_name, r2.default_branch, r2.pushed_at]);
}

// src/sources/http-body.ts
import { createHash as createHash4 } from "node:crypto";

// src/sources/http-errors.ts
var HttpError = class extends SourceError {
  /** e.g. the Hub's `RepoNotFound`, `GatedRepo`, `EntryNotFound`, `RevisionNotFound`. */
  errorCode;
  /** `X-Error-Message` or the body's `error`/`message`. */
  serverMessage;
  constructor(code, message, info) {
    super(code, message, info);
    this.name = "HttpError";
    this.errorCode = info.errorCode;
    this.serverMessage = info.serverMessage;
  }
};
async function statusError(response, url, redact) {
  const body = await response.text().catch(() => "");
  let serverMessage = response.headers.get("x-error-message") ?? void 0;
  if (!serverMessage) {
    try {
      const json = JSON.parse(body);
      const text = json.error ?? json.message;
      serverMessage = typeof text === "string" ? text : Array.isArray(text) ? text.join("; ") : void 0;
    } catch {
      serverMessage = body.trim().slice(0, 200) || void 0;
    }
  }
  const errorCode = response.headers.get("x-error-code") ?? void 0;
  const code = response.status === 429 ? "RATE_LIMITED" : "HTTP_ERROR";
  const detail = [errorCode, serverMessage].filter(Boolean).join(": ");
  const message = redact(`HTTP ${response.status}${detail ? ` (${detail})` : ""}`);
  return new HttpError(code, message, {
    url: redact(url),
    status: response.status,
    requestId: response.headers.get("x-request-id") ?? void 0,
    errorCode,
    serverMessage: serverMessage && redact(serverMessage)
  });
}
function transportError(error, url, timeoutMs, redact) {
  const name = error?.name;
  if (name === "TimeoutError") {
    return new SourceError("TIMEOUT", `no complete answer within ${timeoutMs} ms`, { url: redact(url) });
  }
  const cause = error?.cause;
  const reason = cause?.code ?? cause?.message ?? error?.message ?? String(error);
  return new SourceError("NETWORK_ERROR", redact(`request failed: ${reason}`), { url: redact(url) });
}

// src/sources/http-body.ts
async function readJson(get, url, request2, onRetry, redact) {
  for (let attempt2 = 0; ; attempt2++) {
    const { bytes, ...rest } = await get(url, {
      accept: "application/json",
      ...request2,
      ...attempt2 > 0 ? { fresh: true } : {}
    });
    try {
      return { ...rest, body: JSON.parse(new TextDecoder().decode(bytes)) };
    } catch {
      if (attempt2 === 0) {
        onRetry();
        continue;
      }
      const type = rest.headers.get("content-type")?.split(";")[0] ?? "no content type";
      throw malformed(`response is not JSON (${bytes.length} bytes, ${type})`, rest, redact);
    }
  }
}
async function readText(get, url, request2, onRetry, redact) {
  for (let attempt2 = 0; ; attempt2++) {
    const { bytes, ...rest } = await get(url, {
      kind: "file",
      ...request2,
      ...attempt2 > 0 ? { fresh: true } : {}
    });
    if (isHtmlPage(bytes, rest.headers, url)) {
      if (attempt2 === 0) {
        onRetry();
        continue;
      }
      throw malformed("an HTML page was served where a file was expected", rest, redact);
    }
    const sha256 = createHash4("sha256").update(bytes).digest("hex");
    return { ...rest, text: new TextDecoder("utf-8", { fatal: false }).decode(bytes), sha256 };
  }
}
function malformed(message, res, redact) {
  return new HttpError("MALFORMED_RESPONSE", message, {
    url: redact(res.url),
    status: res.status,
    requestId: res.headers.get("x-request-id") ?? void 0
  });
}
function isHtmlPage(bytes, headers, url) {
  if (/\.x?html?$/i.test(new URL(url).pathname)) return false;
  if (/^text\/html\b/i.test(headers.get("content-type") ?? "")) return true;
  const head = new TextDecoder().decode(bytes.subarray(0, 64)).replace(/^\uFEFF?\s*/, "").toLowerCase();
  return head.startsWith("<!doctype html") || head.startsWith("<html");
}
async function readBody(response, maxBytes = Number.POSITIVE_INFINITY) {
  if (!response.body) return { bytes: new Uint8Array(), truncated: false };
  const chunks = [];
  let size = 0;
  let truncated = false;
  const reader = response.body.getReader();
  for (; ; ) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.length;
    if (size > maxBytes) {
      truncated = true;
      await reader.cancel();
      break;
    }
  }
  const bytes = Buffer.concat(chunks);
  return { bytes: truncated ? bytes.subarray(0, maxBytes) : bytes, truncated };
}

// src/sources/pacing.ts
var SKEW_MS = 1e3;
var PROBE_WAIT_MS = 100;
function createPacer(now = Date.now) {
  const buckets = /* @__PURE__ */ new Map();
  const get = (name) => {
    let b3 = buckets.get(name);
    if (!b3) {
      b3 = { left: Number.POSITIVE_INFINITY, inFlight: 0 };
      buckets.set(name, b3);
    }
    if (b3.resetAt !== void 0 && now() >= b3.resetAt + SKEW_MS) {
      b3.left = (b3.quota ?? 1) - b3.inFlight;
      b3.resetAt = void 0;
    }
    return b3;
  };
  return {
    waitMs(name) {
      const b3 = get(name);
      if (b3.left > 0) return 0;
      if (b3.resetAt === void 0) return b3.inFlight > 0 ? PROBE_WAIT_MS : 0;
      return Math.max(1, b3.resetAt + SKEW_MS - now());
    },
    resetAt: (name) => get(name).resetAt,
    take(name) {
      const b3 = get(name);
      b3.left--;
      b3.inFlight++;
    },
    settle(name, headers) {
      const b3 = get(name);
      b3.inFlight = Math.max(0, b3.inFlight - 1);
      const limit = parseRateLimit(headers?.get("ratelimit") ?? null);
      if (limit?.remaining === void 0) return;
      const quota = /(?:^|;)\s*q=(\d+)/.exec(headers?.get("ratelimit-policy") ?? "");
      if (quota) b3.quota = Number(quota[1]);
      const left = limit.remaining - b3.inFlight;
      const resetAt = limit.resetSeconds !== void 0 ? now() + limit.resetSeconds * 1e3 : void 0;
      const sameWindow = b3.resetAt !== void 0 && (resetAt === void 0 || Math.abs(resetAt - b3.resetAt) <= SKEW_MS);
      b3.left = sameWindow ? Math.min(b3.left, left) : left;
      if (resetAt !== void 0 && !sameWindow) b3.resetAt = resetAt;
    }
  };
}

// src/sources/http.ts
var DEFAULTS2 = {
  timeoutMs: 3e4,
  retries: 4,
  baseDelayMs: 500,
  // One Hub rate-limit window (fixed 5 minutes): a window that resets within it is waited out.
  maxRetryDelayMs: 3e5,
  failFastAfter: 3
};
var MAX_REDIRECTS = 5;
var REDIRECTS = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
function createHttpClient(options = {}) {
  const doFetch = options.fetch ?? globalThis.fetch;
  const settings = { ...DEFAULTS2, ...definedOnly(options) };
  const sleep = options.sleep ?? defaultSleep;
  const random = options.random ?? Math.random;
  const budget = options.budget ?? createBudget();
  const pacer = options.pacer ?? createPacer(budget.now);
  const figures = { api: noFigures(), file: noFigures() };
  const redactToken = createRedactor([options.token]);
  const redact = options.redact ? (t2) => redactToken(options.redact(t2)) : redactToken;
  const onRetry = (kind) => () => {
    figures[kind ?? "api"].retried++;
  };
  let outage = 0;
  async function get(url, request2 = {}) {
    const bucket = request2.kind ?? "api";
    const paced = { until: 0 };
    const stop = request2.signal ? AbortSignal.any([request2.signal, budget.signal]) : budget.signal;
    let waited;
    for (let attempt2 = 0; ; attempt2++) {
      request2.signal?.throwIfAborted();
      const refused = budget.refusal(url, settings.maxRetryDelayMs);
      if (refused) {
        outage++;
        throw located(refused, url);
      }
      const until = budget.hostLimitedUntil(url);
      if (until !== void 0 && until !== waited) {
        waited = until;
        paced.until = Math.max(paced.until, until);
        await pause(until - budget.now(), stop, url, request2);
      }
      await pace(url, bucket, stop, request2, paced);
      let failure;
      let response;
      try {
        const limiter = options.limiters?.[bucket];
        const send = () => sendPaced(bucket, paced, () => follow(url, request2));
        const result = await (limiter ? limiter(send) : send());
        if ("repace" in result) {
          attempt2--;
          continue;
        }
        if ("ok" in result) {
          outage = 0;
          return result.ok;
        }
        response = result.error;
        failure = await statusError(response, result.url, redact);
        if (!shouldRetryStatus(response.status)) throw failure;
      } catch (error) {
        if (error instanceof HttpError && !shouldRetryStatus(error.status ?? 0)) {
          outage = 0;
          throw error;
        }
        if (request2.signal?.aborted) throw request2.signal.reason;
        const expired = budget.expired();
        if (expired) throw located(expired, url);
        failure = error instanceof SourceError ? error : transportError(error, url, settings.timeoutMs, redact);
      }
      const asked = response ? askedDelay(response, budget.now()) : void 0;
      const limited = response?.status === 429 && asked !== void 0;
      if (limited) budget.limitHost(url, budget.now() + asked);
      const allowed = failure.code === "TIMEOUT" ? Math.min(TIMEOUT_RETRIES, settings.retries) : settings.retries;
      const retries = outage >= settings.failFastAfter ? 0 : allowed;
      const delay = asked ?? backoffMs(attempt2, { ...settings, random });
      const fits = delay <= settings.maxRetryDelayMs && delay < budget.remainingMs();
      if (attempt2 >= retries || !fits) {
        outage++;
        if (limited) throw rateLimited(failure, budget.rateLimited(url, budget.now() + asked));
        throw failure;
      }
      figures[request2.kind ?? "api"].retried++;
      if (limited) waited = budget.hostLimitedUntil(url);
      paced.until = Math.max(paced.until, budget.now() + delay);
      await pause(delay, stop, url, request2);
    }
  }
  function bucketWait(bucket, paced) {
    const wait = pacer.waitMs(bucket);
    return wait > 0 && budget.now() + wait > paced.until + 100 ? wait : 0;
  }
  async function pace(url, bucket, stop, request2, paced) {
    for (let wait = bucketWait(bucket, paced); wait > 0; wait = bucketWait(bucket, paced)) {
      if (wait > settings.maxRetryDelayMs || wait >= budget.remainingMs()) {
        outage++;
        throw located(budget.rateLimited(url, budget.now() + wait), url);
      }
      paced.until = budget.now() + wait;
      await pause(wait + 10, stop, url, request2);
    }
  }
  async function sendPaced(bucket, paced, send) {
    if (bucketWait(bucket, paced) > 0) return { repace: true };
    pacer.take(bucket);
    let headers;
    try {
      const result = await send();
      headers = "ok" in result ? result.ok.headers : result.error.headers;
      return result;
    } finally {
      pacer.settle(bucket, headers);
    }
  }
  async function pause(ms2, stop, url, request2) {
    if (ms2 <= 0) return;
    try {
      await sleep(ms2, stop);
    } catch (error) {
      if (request2.signal?.aborted) throw request2.signal.reason;
      const expired = budget.expired();
      throw expired ? located(expired, url) : error;
    }
  }
  function located(error, url) {
    return new SourceError(error.code, error.message, { url: redact(url) });
  }
  function rateLimited(failure, stop) {
    const server = failure instanceof HttpError ? failure : void 0;
    return new HttpError("RATE_LIMITED", `HTTP 429: ${stop.message}`, {
      url: failure.url,
      status: 429,
      requestId: failure.requestId,
      errorCode: server?.errorCode,
      serverMessage: server?.serverMessage
    });
  }
  async function follow(startUrl, request2) {
    const timeout = AbortSignal.timeout(settings.timeoutMs);
    const signal = AbortSignal.any([timeout, budget.signal, ...request2.signal ? [request2.signal] : []]);
    const origin = new URL(startUrl).origin;
    let url = startUrl;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const counted = figures[request2.kind ?? "api"];
      const sameOrigin = new URL(url).origin === origin;
      const headers = { ...options.headers };
      if (request2.accept) headers.accept = request2.accept;
      if (request2.fresh) headers["cache-control"] = "no-cache";
      if (request2.range) headers.range = request2.range;
      if (options.token && sameOrigin) headers.authorization = `Bearer ${options.token}`;
      const response = await doFetch(url, { headers, signal, redirect: "manual" });
      const cached = response.headers.get(CACHE_HEADER);
      if (cached === "hit") counted.cached++;
      else counted.made++;
      if (cached === "revalidated") counted.revalidated++;
      const location = response.headers.get("location");
      if (REDIRECTS.has(response.status) && location) {
        await response.body?.cancel();
        const next = new URL(location, url);
        if (next.username || next.password)
          throw new HttpError("HTTP_ERROR", "redirect to a URL carrying credentials refused", {
            url: redact(url),
            status: response.status
          });
        url = next.toString();
        continue;
      }
      if (response.status < 200 || response.status > 299) return { error: response, url };
      const { bytes, truncated } = await readBody(response, request2.maxBytes);
      const redirected = hop > 0;
      return {
        ok: { url, status: response.status, headers: response.headers, redirected, bytes, truncated }
      };
    }
    throw new HttpError("HTTP_ERROR", `more than ${MAX_REDIRECTS} redirects`, { url: redact(startUrl) });
  }
  return {
    get,
    getJson: (url, request2 = {}) => readJson(get, url, request2, onRetry(request2.kind), redact),
    getText: (url, request2 = {}) => readText(get, url, request2, onRetry(request2.kind), redact),
    stats: () => ({
      api: figures.api.made,
      files: figures.file.made,
      retries: figures.api.retried + figures.file.retried,
      notModified: figures.api.revalidated + figures.file.revalidated,
      cacheHits: figures.api.cached + figures.file.cached
    }),
    figures: () => ({ api: { ...figures.api }, file: { ...figures.file } })
  };
}
function definedOnly(value) {
  return Object.fromEntries(Object.entries(value).filter(([, v2]) => v2 !== void 0));
}

// src/sources/huggingface-model.ts
function readHubModel(raw) {
  if (!isObject(raw) || typeof raw.id !== "string" || !raw.id.includes("/")) return null;
  const safetensors = isObject(raw.safetensors) ? raw.safetensors : {};
  const card = isObject(raw.cardData) ? raw.cardData : {};
  const files = siblingFiles(raw.siblings);
  return {
    id: raw.id,
    private: typeof raw.private === "boolean" ? raw.private : void 0,
    gated: raw.gated,
    disabled: typeof raw.disabled === "boolean" ? raw.disabled : void 0,
    sha: typeof raw.sha === "string" ? raw.sha : void 0,
    files: files.files,
    parameters: typeof safetensors.total === "number" ? safetensors.total : void 0,
    tags: Array.isArray(raw.tags) ? raw.tags.filter((t2) => typeof t2 === "string") : [],
    card,
    problems: [...files.problems, ...cardProblems(card)]
  };
}
function siblingFiles(siblings) {
  if (siblings === void 0 || siblings === null) return { files: null, problems: [] };
  const malformed3 = (message) => ({
    files: null,
    problems: [{ code: "MALFORMED_RESPONSE", message }]
  });
  if (!Array.isArray(siblings)) return malformed3("`siblings` is not a list of files");
  const files = [];
  for (const [i, s] of siblings.entries()) {
    if (!isObject(s) || typeof s.rfilename !== "string" || s.rfilename === "")
      return malformed3(`\`siblings[${i}]\` is not a file entry with an \`rfilename\``);
    files.push(s.rfilename);
  }
  return { files, problems: [] };
}
function cardProblems(card) {
  const problems = [];
  const bad = (field, value) => problems.push({
    code: "MALFORMED_METADATA",
    message: `cardData.${field} is ${describe(value)}, not ${field === "license" ? "an id or a list of ids" : "text"}`
  });
  const licence = card.license;
  if (licence !== void 0 && licence !== null) {
    const list = Array.isArray(licence) ? licence : [licence];
    if (!list.every((v2) => typeof v2 === "string")) bad("license", licence);
  }
  for (const field of ["license_name", "license_link"]) {
    const value = card[field];
    if (value !== void 0 && value !== null && typeof value !== "string") bad(field, value);
  }
  return problems;
}
function describe(value) {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 59)}\u2026` : json;
}
function availabilityOf(model) {
  if (model.private === true) return "private";
  if (model.disabled === true) return "disabled";
  if (model.gated === "auto") return "gated-auto";
  if (model.gated !== false && model.gated !== void 0 && model.gated !== null) return "gated-manual";
  return "public";
}
function declaredLicences(model) {
  if (cardProblems(model.card).length > 0) return [];
  const name = stringField(model.card.license_name);
  const link = stringField(model.card.license_link);
  const fromCard = listOf(model.card.license).map((value) => ({
    origin: "hub-card",
    value,
    ...name ? { name } : {},
    ...link ? { link } : {}
  }));
  if (fromCard.length > 0) return fromCard;
  return model.tags.filter((tag) => tag.startsWith("license:")).map((tag) => ({ origin: "hub-tag", value: tag.slice("license:".length) }));
}
var RELATIONS = /* @__PURE__ */ new Set(["adapter", "finetune", "merge", "quantized"]);
function baseRelation(model) {
  const stated = stringField(model.card.base_model_relation)?.toLowerCase();
  if (stated) return stated;
  for (const tag of model.tags) {
    const relation = /^base_model:([a-z]+):/.exec(tag)?.[1];
    if (relation && RELATIONS.has(relation)) return relation;
  }
  return void 0;
}
function baseModels(model) {
  const list = listOf(model.card.base_model);
  return list.length > 0 ? list : void 0;
}
var LINK = /https?:\/\/(?:www\.)?(?:github\.com|huggingface\.co)\/[^\s"'<>()[\]{}`]+/g;
var MAX_LINKS = 20;
function linksOf(model) {
  const found = /* @__PURE__ */ new Set();
  const visit = (value) => {
    if (typeof value === "string")
      for (const m2 of value.matchAll(LINK)) found.add(m2[0].replace(/[.,;:]+$/, ""));
    else if (Array.isArray(value)) value.forEach(visit);
    else if (isObject(value)) Object.values(value).forEach(visit);
  };
  visit(model.card);
  const links = [...found].slice(0, MAX_LINKS);
  return links.length > 0 ? links : void 0;
}
function factsOf(model, raw, endpoint2, requestedId) {
  return {
    source: "huggingface",
    id: model.id,
    ...requestedId && requestedId !== model.id ? { requestedId } : {},
    url: `${endpoint2}/${model.id}`,
    ...model.sha ? { revision: model.sha } : {},
    availability: availabilityOf(model),
    files: model.files,
    ...model.parameters !== void 0 ? { parameters: model.parameters } : {},
    declaredLicences: declaredLicences(model),
    ...model.problems.length ? { problems: model.problems } : {},
    ...optional("baseModels", baseModels(model)),
    ...optional("baseRelation", baseRelation(model)),
    ...optional("links", linksOf(model)),
    raw
  };
}
function optional(key, value) {
  return value === void 0 ? {} : { [key]: value };
}
function listOf(value) {
  const list = Array.isArray(value) ? value : [value];
  return list.filter((v2) => typeof v2 === "string" && v2.trim() !== "").map((v2) => v2.trim());
}
function stringField(value) {
  return typeof value === "string" && value.trim() !== "" ? value.trim() : void 0;
}
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/sources/huggingface-api.ts
var EXPAND_FIELDS = [
  "author",
  "cardData",
  "createdAt",
  "disabled",
  "downloads",
  "gated",
  // Parameter count of GGUF repositories (`total`), as `safetensors` is for safetensors ones.
  "gguf",
  "lastModified",
  "library_name",
  "likes",
  "pipeline_tag",
  "private",
  "safetensors",
  "sha",
  "siblings",
  "tags",
  // Bytes the repository stores: with the parameter count, shows whether the weights are there.
  "usedStorage"
];
var PAGE_SIZE = 1e3;
var MAX_PAGES2 = 1e3;
function listingUrl(endpoint2, author) {
  const query = new URLSearchParams({ author, limit: String(PAGE_SIZE) });
  for (const field of EXPAND_FIELDS) query.append("expand[]", field);
  return `${endpoint2}/api/models?${query}`;
}
async function listAuthor(http2, endpoint2, author, signal, maxPages = MAX_PAGES2) {
  const items = [];
  const seen = /* @__PURE__ */ new Set();
  const ids = /* @__PURE__ */ new Set();
  let stated;
  let url = listingUrl(endpoint2, author);
  try {
    while (url) {
      if (seen.has(url) || seen.size >= MAX_PAGES2) throw malformed2("listing pages loop", url);
      seen.add(url);
      const res = await http2.getJson(url, { kind: "api", signal });
      if (!Array.isArray(res.body)) throw malformed2("listing is not a JSON array", res.url);
      for (const raw of res.body) {
        const model = readHubModel(raw);
        if (!model) throw malformed2("listing item without a model id", res.url);
        items.push({ raw, model });
        ids.add(model.id.toLowerCase());
      }
      const total = totalCount(res.headers.get("x-total-count"));
      if (total !== void 0) stated = Math.max(stated ?? 0, total);
      url = nextLink(res.headers.get("link"), endpoint2);
      if (url && seen.size >= maxPages) return { items, truncated: true };
    }
    if (stated !== void 0 && ids.size < stated) {
      const failure = toFailure(
        new SourceError(
          "LISTING_INCOMPLETE",
          `the Hub says ${author} has ${stated} models (X-Total-Count) but its listing ended after ${ids.size}; models left out cannot be counted`,
          { url: listingUrl(endpoint2, author) }
        )
      );
      return { items, failure };
    }
    return { items };
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    return { items, failure: toFailure(error) };
  }
}
function totalCount(header) {
  const text = header?.trim();
  return text && /^\d{1,9}$/.test(text) ? Number(text) : void 0;
}
function nextLink(header, endpoint2) {
  if (!header) return void 0;
  for (const part of header.split(/,\s*(?=<)/)) {
    const match = /^<([^>]+)>\s*;(.*)$/.exec(part.trim());
    if (!match || !/\brel="?next"?/.test(match[2])) continue;
    const next = new URL(match[1], endpoint2);
    if (next.origin !== new URL(endpoint2).origin) throw malformed2("next page on another host", next.origin);
    return next.toString();
  }
  return void 0;
}
async function getModel(http2, endpoint2, id, signal) {
  const url = `${endpoint2}/api/models/${id.split("/").map(encodeURIComponent).join("/")}`;
  try {
    const res = await http2.getJson(url, { kind: "api", signal });
    const model = readHubModel(res.body);
    if (!model) throw malformed2("model info without a model id", res.url);
    return { kind: "found", raw: res.body, model };
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    return { kind: isNotFound(error) ? "missing" : "failed", failure: toFailure(error) };
  }
}
function isNotFound(error) {
  if (!(error instanceof HttpError)) return false;
  if (error.status === 401)
    return !/invalid credentials/i.test(error.serverMessage ?? "") && error.errorCode !== "GatedRepo";
  return error.status === 404 && (error.errorCode === "RepoNotFound" || error.errorCode === void 0);
}
function toFailure(error) {
  if (!(error instanceof SourceError)) throw error;
  return {
    code: error.code,
    message: error.message,
    ...error.url ? { url: error.url } : {},
    ...error.status ? { status: error.status } : {},
    ...error.requestId ? { requestId: error.requestId } : {}
  };
}
function malformed2(message, url) {
  return new SourceError("MALFORMED_RESPONSE", message, { url });
}

// src/sources/huggingface-declared.ts
function namespacePages(k2) {
  return Math.max(1, Math.floor(k2 / 2));
}
async function readDeclared(http2, endpoint2, ids, signal) {
  const byNamespace = /* @__PURE__ */ new Map();
  for (const id of ids) {
    const slash = id.indexOf("/");
    if (slash <= 0) continue;
    const namespace = id.slice(0, slash).toLowerCase();
    byNamespace.set(namespace, [...byNamespace.get(namespace) ?? [], id]);
  }
  const listed = /* @__PURE__ */ new Map();
  await Promise.all(
    [...byNamespace.values()].filter((group) => group.length >= 2).map(async (group) => {
      const namespace = group[0].slice(0, group[0].indexOf("/"));
      const { items } = await listAuthor(http2, endpoint2, namespace, signal, namespacePages(group.length));
      const wanted = new Set(group.map((id) => id.toLowerCase()));
      for (const { raw, model } of items) {
        const key = model.id.toLowerCase();
        if (wanted.has(key)) listed.set(key, { kind: "found", raw, model });
      }
    })
  );
  return Promise.all(ids.map((id) => listed.get(id.toLowerCase()) ?? getModel(http2, endpoint2, id, signal)));
}

// src/sources/huggingface-texts.ts
var MAX_TEXT_BYTES3 = 512 * 1024;
function filesToRead(model, declared, pickFiles, endpoint2) {
  if (!model.files) return { read: [], unread: [] };
  const link = declared.find((d2) => d2.link)?.link;
  const linked = link ? linkedPath(link, model.id, endpoint2) : void 0;
  const listed = linked !== void 0 && model.files.includes(linked);
  const chosen = licenceFilesToRead(model.files, pickFiles, { first: listed ? [linked] : [] });
  if (linked === void 0 || listed) return chosen;
  const missing = {
    path: linked,
    role: "licence",
    error: `license_link names ${linked}, which the repository does not list`
  };
  return { read: chosen.read, unread: [missing, ...chosen.unread] };
}
function linkedPath(link, id, endpoint2) {
  if (!/^[a-z][a-z0-9+.-]*:|^\/\//i.test(link)) {
    const clean = link.split(/[?#]/)[0].replace(/^(\.\/|\/)+/, "");
    return clean || void 0;
  }
  let url;
  try {
    url = new URL(link);
  } catch {
    return void 0;
  }
  const hubHosts = /* @__PURE__ */ new Set(["huggingface.co", "www.huggingface.co", safeHost(endpoint2)]);
  if (!hubHosts.has(url.host)) return void 0;
  const match = /^\/([^/]+\/[^/]+)\/(?:blob|resolve|raw)\/[^/]+\/(.+)$/.exec(url.pathname);
  if (!match || decodeURIComponent(match[1]).toLowerCase() !== id.toLowerCase()) return void 0;
  return decodeURIComponent(match[2]);
}
function resolveUrl(endpoint2, id, revision, path) {
  const encode = (p2) => p2.split("/").map(encodeURIComponent).join("/");
  return `${endpoint2}/${encode(id)}/resolve/${encodeURIComponent(revision)}/${encode(path)}`;
}
var PINNED_RESOLVE = /^\/[^/]+\/[^/]+\/resolve\/[0-9a-f]{40}\//i;
function isPinnedResolveUrl(url) {
  try {
    return PINNED_RESOLVE.test(new URL(url).pathname);
  } catch {
    return false;
  }
}
async function readTexts(http2, endpoint2, model, files, signal) {
  let failure;
  const read = await Promise.allSettled(
    files.map(
      (file) => http2.getText(resolveUrl(endpoint2, model.id, model.sha ?? "main", file.path), {
        kind: "file",
        maxBytes: MAX_TEXT_BYTES3,
        signal
      })
    )
  );
  if (signal?.aborted) throw signal.reason;
  const texts = files.map((file, i) => {
    const url = resolveUrl(endpoint2, model.id, model.sha ?? "main", file.path);
    const outcome = read[i];
    if (outcome.status === "rejected") {
      if (!failure && isUpstreamFailure(outcome.reason)) failure = toFailure(outcome.reason);
      return { ...file, url, error: describeReadError(outcome.reason) };
    }
    const res = outcome.value;
    return {
      ...file,
      text: res.text,
      url,
      ...res.truncated ? { truncated: true } : { sha256: res.sha256 }
    };
  });
  return { texts, ...failure ? { failure } : {} };
}
var ANSWERS = /* @__PURE__ */ new Set([401, 403, 404, 410]);
function isUpstreamFailure(error) {
  if (!(error instanceof SourceError)) return false;
  if (!(error instanceof HttpError) || error.code !== "HTTP_ERROR" || !ANSWERS.has(error.status ?? 0))
    return true;
  const spoken = error.errorCode !== void 0 || /disabled/i.test(error.serverMessage ?? "");
  return !spoken;
}
function describeReadError(error) {
  if (error instanceof HttpError) {
    if (error.errorCode === "GatedRepo") return `gated: files need accepted access (${error.message})`;
    if (error.errorCode === "EntryNotFound") return `file listed but not found (${error.message})`;
    if (error.status === 403 && /disabled/i.test(error.serverMessage ?? ""))
      return `disabled (${error.message})`;
  }
  const coded = error;
  return coded.code ? `${coded.code}: ${coded.message}` : String(coded.message ?? error);
}
function safeHost(endpoint2) {
  try {
    return new URL(endpoint2).host;
  } catch {
    return "";
  }
}

// src/sources/weights-hub.ts
var MAX_TREE_PAGES = 100;
var MAX_HEADERS = 8;
function listingWeights(raw) {
  const r2 = typeof raw === "object" && raw !== null ? raw : {};
  const out = { source: "hub-listing" };
  const st2 = r2.safetensors;
  if (st2 && Number.isSafeInteger(st2.total) && st2.total >= 0) {
    out.parameters = st2.total;
    const dtypes = numbers(st2.parameters);
    if (dtypes) out.dtypes = dtypes;
  }
  const gguf = r2.gguf;
  if (out.parameters === void 0 && gguf && Number.isSafeInteger(gguf.total) && gguf.total >= 0)
    out.parameters = gguf.total;
  if (Number.isSafeInteger(r2.usedStorage) && r2.usedStorage >= 0)
    out.storageBytes = r2.usedStorage;
  return out.parameters !== void 0 || out.storageBytes !== void 0 ? out : void 0;
}
function needsTree(weights) {
  return weights?.parameters === void 0;
}
async function treeWeights(http2, endpoint2, model, listing, signal) {
  const kept = {
    source: "hub-tree",
    ...listing?.storageBytes !== void 0 ? { storageBytes: listing.storageBytes } : {}
  };
  const rev = model.sha ?? "main";
  const repo = model.id.split("/").map(encodeURIComponent).join("/");
  let files;
  try {
    files = await readTree(
      http2,
      endpoint2,
      `${endpoint2}/api/models/${repo}/tree/${encodeURIComponent(rev)}?recursive=true`,
      signal
    );
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    return { ...kept, problem: `the file tree could not be read: ${toFailure(error).message}` };
  }
  const weights = files.filter((f3) => isWeightPath(f3.path));
  const out = { ...kept, bytes: weights.reduce((a, f3) => a + f3.size, 0) };
  const digests = weights.flatMap((f3) => f3.oid ? [f3.oid] : []);
  if (digests.length === weights.length && digests.length > 0) out.digests = digests.sort();
  const shards = weights.filter((f3) => f3.path.toLowerCase().endsWith(".safetensors"));
  if (shards.length === 0) return out;
  if (shards.length > MAX_HEADERS)
    return {
      ...out,
      problem: `${shards.length} safetensors files: only ${MAX_HEADERS} headers are read, so the parameter count is not established`
    };
  const dtypes = {};
  let parameters = 0;
  for (const shard of shards) {
    const url = `${endpoint2}/${repo}/resolve/${encodeURIComponent(rev)}/${shard.path.split("/").map(encodeURIComponent).join("/")}`;
    const read = await readHeader(http2, url, shard.size, signal);
    if ("problem" in read) return { ...out, problem: `${shard.path}: ${read.problem}` };
    parameters += read.parameters;
    for (const [d2, n] of Object.entries(read.dtypes)) dtypes[d2] = (dtypes[d2] ?? 0) + n;
  }
  return { ...out, source: "safetensors-header", parameters, dtypes };
}
async function readTree(http2, endpoint2, first, signal) {
  const files = [];
  let url = first;
  for (let page = 0; url; page++) {
    if (page >= MAX_TREE_PAGES) throw malformedTree("tree pages loop", url);
    const res = await http2.getJson(url, { kind: "api", signal });
    if (!Array.isArray(res.body)) throw malformedTree("the tree answer is not a list", res.url);
    for (const item of res.body) {
      const e = item;
      if (e?.type !== "file") continue;
      const size = Number.isSafeInteger(e.lfs?.size) ? e.lfs.size : e.size;
      if (typeof e.path !== "string" || !Number.isSafeInteger(size))
        throw malformedTree("a tree entry has no `path` or size", res.url);
      files.push({
        path: e.path,
        size,
        ...typeof e.lfs?.oid === "string" ? { oid: e.lfs.oid } : {}
      });
    }
    url = nextLink(res.headers.get("link"), endpoint2);
  }
  return files;
}
function malformedTree(message, url) {
  return new SourceError("MALFORMED_RESPONSE", message, { url });
}
async function readHeader(http2, url, fileBytes, signal) {
  try {
    const head = await http2.get(url, { kind: "file", range: "bytes=0-7", maxBytes: 8, signal });
    const len = headerLength(head.bytes, fileBytes);
    if (!len.ok) return { problem: len.reason };
    if (len.length > MAX_HEADER_BYTES) return { problem: "header over the cap" };
    const body = await http2.get(url, {
      kind: "file",
      range: `bytes=8-${7 + len.length}`,
      maxBytes: len.length,
      signal
    });
    const bytes = new Uint8Array(8 + body.bytes.length);
    bytes.set(head.bytes.subarray(0, 8), 0);
    bytes.set(body.bytes, 8);
    const parsed = parseSafetensorsHeader(bytes, fileBytes);
    if (!parsed.ok) return { problem: parsed.reason };
    return { parameters: parsed.figures.parameters, dtypes: parsed.figures.dtypes };
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    return { problem: `the header could not be read: ${toFailure(error).message}` };
  }
}
function numbers(value) {
  if (typeof value !== "object" || value === null) return void 0;
  const out = {};
  for (const [k2, v2] of Object.entries(value)) {
    if (!Number.isSafeInteger(v2) || v2 < 0) return void 0;
    out[k2] = v2;
  }
  return out;
}

// src/sources/huggingface.ts
var NO_TEXTS = /* @__PURE__ */ new Set(["disabled", "missing"]);
function createHuggingFaceSource(options) {
  const { http: http2, pickFiles } = options;
  const endpoint2 = options.endpoint.replace(/\/+$/, "");
  const now = options.now ?? (() => /* @__PURE__ */ new Date());
  async function discover(team, call = {}) {
    const releases = /* @__PURE__ */ new Map();
    const failures = [];
    const listings = await Promise.all(
      team.huggingface.map((author) => {
        call.onProgress?.({ phase: "discover", id: author });
        return listAuthor(http2, endpoint2, author, call.signal);
      })
    );
    team.huggingface.forEach((author, i) => {
      const { items, failure } = listings[i];
      if (failure) failures.push({ ...failure, origin: `huggingface: ${author}` });
      for (const { raw, model } of items) {
        const key = model.id.toLowerCase();
        if (releases.has(key)) continue;
        const listing = { lookup: { kind: "found", raw, model } };
        releases.set(key, release(team, model.id, false, `huggingface: ${author}`, listing));
      }
    });
    const declared = [...new Set(team.models.map(hubId).filter((id) => id !== void 0))];
    const unlisted = declared.filter((id) => !releases.has(id.toLowerCase()));
    const lookups = await readDeclared(http2, endpoint2, unlisted, call.signal);
    unlisted.forEach((id, i) => {
      const lookup = lookups[i];
      const canonical = lookup.kind === "found" ? lookup.model.id : id;
      if (releases.has(canonical.toLowerCase())) return;
      const listing = { lookup, ...canonical !== id ? { requestedId: id } : {} };
      releases.set(canonical.toLowerCase(), release(team, canonical, true, `models: ${id}`, listing));
    });
    for (const id of declared) {
      const found = releases.get(id.toLowerCase());
      if (found) found.declared = true;
    }
    for (const lookup of lookups) {
      if (lookup.kind !== "found") continue;
      const found = releases.get(lookup.model.id.toLowerCase());
      if (found) found.declared = true;
    }
    return { releases: [...releases.values()], failures };
  }
  async function inspect(target, call = {}) {
    {
      call.onProgress?.({ phase: "inspect", id: target.id });
      const fetchedAt = now().toISOString();
      const given = isHubListing(target.listing) ? target.listing : void 0;
      const requestedId = given?.requestedId ?? hubId(target.id) ?? target.id;
      let lookup = given?.lookup;
      if (!lookup || lookup.kind === "found" && lookup.model.files === null) {
        lookup = await getModel(
          http2,
          endpoint2,
          lookup?.kind === "found" ? lookup.model.id : requestedId,
          call.signal
        );
      }
      const facts = factsFrom(lookup, requestedId);
      let texts = [];
      if (lookup.kind === "found" && facts.availability && !NO_TEXTS.has(facts.availability)) {
        const files = filesToRead(lookup.model, facts.declaredLicences, pickFiles, endpoint2);
        const read = await readTexts(http2, endpoint2, lookup.model, files.read, call.signal);
        texts = [...read.texts, ...files.unread];
        if (read.failure && !facts.failure) facts.failure = read.failure;
      }
      if (lookup.kind === "found" && !facts.failure && facts.files?.some(isWeightPath)) {
        const stated = listingWeights(lookup.raw);
        facts.weights = needsTree(stated) ? await treeWeights(http2, endpoint2, lookup.model, stated, call.signal) : stated;
      }
      const { listing: _listing, ...release2 } = target;
      return { schema: "openquota/evidence@1", team: target.team, release: release2, facts, texts, fetchedAt };
    }
  }
  function factsFrom(lookup, requestedId) {
    if (lookup.kind === "found") return factsOf(lookup.model, lookup.raw, endpoint2, requestedId);
    const base = { source: "huggingface", id: requestedId, url: `${endpoint2}/${requestedId}` };
    if (lookup.kind === "missing") {
      return {
        ...base,
        availability: "missing",
        files: null,
        declaredLicences: [],
        raw: { notFound: lookup.failure }
      };
    }
    return { ...base, availability: null, files: null, declaredLicences: [], failure: lookup.failure };
  }
  const described = /* @__PURE__ */ new Map();
  function describeModel(id, call = {}) {
    const key = id.toLowerCase();
    let answer = described.get(key);
    if (!answer) {
      answer = (async () => {
        const lookup = await getModel(http2, endpoint2, id, call.signal);
        if (lookup.kind !== "found") return { found: false, failure: lookup.failure };
        const relation = baseRelation(lookup.model);
        return {
          found: true,
          declaredLicences: declaredLicences(lookup.model),
          baseModels: baseModels(lookup.model) ?? [],
          ...relation ? { relation } : {}
        };
      })();
      described.set(key, answer);
    }
    return answer;
  }
  return {
    kind: "huggingface",
    claims: (declaredId) => hubId(declaredId) !== void 0,
    discover,
    inspect,
    describeModel,
    stats: () => http2.stats()
  };
}
function release(team, id, declared, origin, listing) {
  return { source: "huggingface", id, team: team.id, declared, origin, listing };
}
function isHubListing(value) {
  const lookup = value?.lookup;
  return typeof lookup === "object" && lookup !== null && typeof lookup.kind === "string";
}
var REPO_ID = /^[A-Za-z0-9][\w.-]*\/[A-Za-z0-9][\w.-]*$/;
var HUB_HOSTS = /* @__PURE__ */ new Set(["huggingface.co", "www.huggingface.co", "hf.co"]);
var NOT_MODELS = /* @__PURE__ */ new Set(["datasets", "spaces", "api", "collections", "docs", "papers", "organizations"]);
function hubId(declared) {
  const value = declared.trim().replace(/^hf:/i, "");
  if (/^https?:\/\//i.test(value)) {
    let url;
    try {
      url = new URL(value);
    } catch {
      return void 0;
    }
    const [owner, name] = url.pathname.split("/").filter(Boolean);
    if (!HUB_HOSTS.has(url.host.toLowerCase()) || !owner || !name || NOT_MODELS.has(owner)) return void 0;
    const id = `${owner}/${name}`;
    return REPO_ID.test(id) ? id : void 0;
  }
  return REPO_ID.test(value) && !value.endsWith(".git") ? value : void 0;
}

// src/sources/local.ts
import { stat } from "node:fs/promises";
import { basename, resolve } from "node:path";
var LOCAL_AVAILABILITY_NOTE = "a local directory: availability is not checked";
function createLocalSource(options) {
  const now = options.now ?? (() => /* @__PURE__ */ new Date());
  async function inspect(target, call = {}) {
    call.onProgress?.({ phase: "inspect", id: target.id });
    const fetchedAt = now().toISOString();
    const dir = resolve(options.cwd, target.id);
    const base = { source: "local", id: target.id, declaredLicences: [] };
    let facts;
    let texts = [];
    const info = await stat(dir).catch(() => void 0);
    if (!info?.isDirectory()) {
      facts = {
        ...base,
        availability: null,
        files: null,
        failure: { code: "NOT_A_DIRECTORY", message: `${target.id} is not a readable directory` }
      };
    } else {
      const read = await readDirectory(dir, options.pickFiles);
      texts = read.texts;
      facts = {
        ...base,
        url: `file://${dir}`,
        availability: null,
        files: read.files,
        declaredLicences: read.declared,
        ...read.weights ? { weights: read.weights } : {},
        ...read.links.length ? { links: read.links } : {},
        ...read.problems.length ? { problems: read.problems } : {},
        raw: {
          directory: basename(dir),
          note: LOCAL_AVAILABILITY_NOTE,
          ...read.lfs.length ? { lfs: read.lfs } : {},
          ...read.truncated ? { truncated: true } : {}
        }
      };
    }
    const { listing: _listing, ...release2 } = target;
    return { schema: "openquota/evidence@1", team: target.team, release: release2, facts, texts, fetchedAt };
  }
  return {
    kind: "local",
    // Programme files name registries, not directories: `check` builds its local release itself.
    claims: () => false,
    discover: async () => ({ releases: [], failures: [] }),
    inspect,
    stats: () => ({ api: 0, files: 0, retries: 0, notModified: 0, cacheHits: 0 })
  };
}

// src/sources/node-fetch.ts
import http from "node:http";
import https from "node:https";
import zlib from "node:zlib";
var MAX_FOLLOWED = 20;
var REDIRECTS2 = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
var NULL_BODY = /* @__PURE__ */ new Set([101, 103, 204, 205, 304]);
var ORIGIN_BOUND = ["authorization", "cookie", "proxy-authorization"];
var IDLE_MS = 4e3;
function createNodeFetch(fallback = globalThis.fetch) {
  const agents = {
    "http:": new http.Agent({ keepAlive: true, timeout: IDLE_MS }),
    "https:": new https.Agent({ keepAlive: true, timeout: IDLE_MS })
  };
  return async (input, init) => {
    const method = (init?.method ?? "GET").toUpperCase();
    if (typeof input !== "string" && !(input instanceof URL)) return fallback(input, init);
    const start = new URL(input);
    if (start.username || start.password) return fallback(input, init);
    if (method !== "GET" && method !== "HEAD" || init?.body != null || !(start.protocol in agents))
      return fallback(input, init);
    const signal = init?.signal ?? void 0;
    signal?.throwIfAborted();
    const headers = new Headers(init?.headers);
    if (!headers.has("accept")) headers.set("accept", "*/*");
    if (!headers.has("accept-encoding"))
      headers.set("accept-encoding", headers.has("range") ? "identity" : "gzip, deflate, br");
    if (!headers.has("user-agent")) headers.set("user-agent", "node");
    const redirect = init?.redirect ?? "follow";
    let url = start;
    for (let hop = 0; ; hop++) {
      const res = await send(url, method, headers, signal);
      const status = res.statusCode ?? 0;
      const location = res.headers.location;
      if (!REDIRECTS2.has(status) || location === void 0 || redirect === "manual")
        return respond(res, method, url, hop > 0, signal);
      res.resume();
      if (redirect === "error" || hop >= MAX_FOLLOWED)
        throw new TypeError("fetch failed", {
          cause: new Error(redirect === "error" ? "unexpected redirect" : "redirect count exceeded")
        });
      const next = new URL(location, url);
      if (next.protocol !== "http:" && next.protocol !== "https:")
        throw new TypeError("fetch failed", { cause: new Error("URL scheme must be a HTTP(S) scheme") });
      if (next.username || next.password)
        throw new TypeError("fetch failed", {
          cause: new Error("redirect to a URL that includes credentials")
        });
      if (next.origin !== url.origin) for (const name of ORIGIN_BOUND) headers.delete(name);
      url = next;
    }
  };
  function send(url, method, headers, signal) {
    return new Promise((resolve2, reject) => {
      const out = {};
      headers.forEach((value, name) => {
        out[name] = value;
      });
      const protocol = url.protocol;
      const request2 = (protocol === "https:" ? https : http).request(url, {
        method,
        headers: out,
        agent: agents[protocol]
      });
      const onAbort = () => {
        request2.destroy();
        reject(signal.reason);
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      if (signal?.aborted) onAbort();
      request2.on("response", (res) => {
        signal?.removeEventListener("abort", onAbort);
        resolve2(res);
      });
      request2.on("error", (error) => {
        signal?.removeEventListener("abort", onAbort);
        reject(signal?.aborted ? signal.reason : new TypeError("fetch failed", { cause: error }));
      });
      request2.end();
    });
  }
}
function respond(res, method, url, redirected, signal) {
  const status = res.statusCode ?? 0;
  const headers = new Headers();
  const raw = res.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) headers.append(raw[i], raw[i + 1]);
  if (status < 200 || status > 599) {
    res.destroy();
    throw new TypeError("fetch failed", { cause: new Error(`invalid status ${status}`) });
  }
  let body = null;
  if (method === "HEAD" || NULL_BODY.has(status)) res.resume();
  else body = stream(res, decoded(res), signal);
  const response = new Response(body, { status, statusText: res.statusMessage ?? "", headers });
  Object.defineProperty(response, "url", { value: url.href });
  if (redirected) Object.defineProperty(response, "redirected", { value: true });
  return response;
}
function decoded(res) {
  const coding = (res.headers["content-encoding"] ?? "").trim().toLowerCase();
  const loose = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
  const decoder = coding === "gzip" || coding === "x-gzip" ? zlib.createGunzip(loose) : coding === "deflate" ? zlib.createInflate(loose) : coding === "br" ? zlib.createBrotliDecompress({
    flush: zlib.constants.BROTLI_OPERATION_FLUSH,
    finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH
  }) : void 0;
  if (!decoder) return res;
  res.on("error", (error) => decoder.destroy(error));
  return res.pipe(decoder);
}
function stream(res, source, signal) {
  let done = false;
  const finish = () => {
    done = true;
    signal?.removeEventListener("abort", onAbort);
  };
  let fail = () => {
  };
  const onAbort = () => {
    fail(signal.reason);
    res.destroy();
  };
  signal?.addEventListener("abort", onAbort, { once: true });
  return new ReadableStream({
    start(controller) {
      fail = (reason) => {
        if (done) return;
        finish();
        controller.error(reason);
      };
      source.on("data", (chunk) => {
        if (done) return;
        controller.enqueue(chunk);
        if ((controller.desiredSize ?? 0) <= 0) source.pause();
      });
      source.on("end", () => {
        if (done) return;
        finish();
        controller.close();
      });
      source.on("error", (error) => fail(new TypeError("terminated", { cause: error })));
      res.on("aborted", () => fail(new TypeError("terminated", { cause: new Error("other side closed") })));
    },
    pull() {
      source.resume();
    },
    cancel() {
      finish();
      res.destroy();
    }
  });
}

// src/sources/redacting-source.ts
function redacting(source, redact) {
  return {
    ...source,
    async discover(team, call) {
      const found = await source.discover(team, call);
      return {
        releases: found.releases.map((r2) => ({ ...r2, id: redact(r2.id), origin: redact(r2.origin) })),
        failures: redactDeep(found.failures, redact)
      };
    },
    async inspect(release2, call) {
      return redactDeep(await source.inspect(release2, call), redact);
    }
  };
}

// src/sources/transport.ts
var NoRetry = class extends Error {
  constructor(cause) {
    super(cause.message);
    this.cause = cause;
    this.name = "AbortError";
  }
  cause;
};
var RETRIED = /* @__PURE__ */ new Set([403, 408, 429, 500, 502, 503, 504]);
function createTransport(options = {}) {
  const inner = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? 3e4;
  const budget = options.budget ?? createBudget();
  const maxWaitMs = options.maxWaitMs ?? 6e4;
  let requests = 0;
  let retries = 0;
  const pending = /* @__PURE__ */ new Set();
  const counted = async (input, asked) => {
    const init = withoutValidWhile(asked);
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const refused = budget.refusal(url, maxWaitMs);
    if (refused) throw new NoRetry(refused);
    let response;
    for (let attempt2 = 0; ; attempt2++) {
      requests++;
      if (pending.has(url) || attempt2 > 0) retries++;
      let timeout;
      const send = () => {
        timeout = AbortSignal.timeout(timeoutMs);
        const signal = AbortSignal.any([timeout, budget.signal, ...init?.signal ? [init.signal] : []]);
        return inner(input, { ...init, signal });
      };
      try {
        response = await (options.limiter ? options.limiter(send) : send());
        break;
      } catch (error) {
        const expired = budget.expired();
        if (expired) throw new NoRetry(expired);
        if (!timeout?.aborted || init?.signal?.aborted) throw error;
        if (attempt2 < TIMEOUT_RETRIES) continue;
        throw new NoRetry(new SourceError("TIMEOUT", `no answer within ${timeoutMs} ms, twice`, {}));
      }
    }
    const until = limitedUntil(response.status, response.headers, budget.now());
    if (until !== void 0) budget.limitHost(url, until);
    if (RETRIED.has(response.status)) pending.add(url);
    else pending.delete(url);
    return response;
  };
  const cache = options.cacheDir ? createCachedFetch({
    dir: options.cacheDir,
    store: options.cacheStore,
    fetch: counted,
    immutable: options.immutable
  }) : void 0;
  return {
    fetch: cache?.fetch ?? counted,
    stats: () => {
      const c3 = cache?.stats();
      return {
        api: requests,
        files: 0,
        retries,
        notModified: c3?.notModified ?? 0,
        cacheHits: c3?.cacheHits ?? 0,
        conditional: c3?.conditional ?? 0
      };
    }
  };
}

// src/sources/create.ts
var HF_DEFAULT = "https://huggingface.co";
var GITHUB_DEFAULT = "https://api.github.com";
function createSources(env, options = {}) {
  const secrets = secretsFrom(env);
  const limiters = createLimiters(options.pools ?? DEFAULT_POOLS);
  const redact = createRedactor(secrets);
  const budget = options.budget ?? createBudget();
  const headers = { "user-agent": `openquota/${VERSION}` };
  const send = options.fetch ?? createNodeFetch();
  const transport = {
    fetch: send,
    timeoutMs: options.timeoutMs,
    headers,
    budget,
    redact,
    ...options.retry
  };
  const hfEndpoint = endpointFrom(env, "HF_ENDPOINT", HF_DEFAULT);
  const hfToken = tokenFrom(env, "HF_TOKEN") ?? tokenFrom(env, "HUGGING_FACE_HUB_TOKEN");
  const cacheDir = options.noCache ? void 0 : options.cacheDir ?? defaultCacheDir(env);
  const store = cacheDir ? createCacheStore({
    root: cacheDir,
    maxBytes: (options.cacheMaxMb ?? DEFAULT_CACHE_MAX_MB) * 1024 * 1024
  }) : void 0;
  const hubCache = cacheDir && store ? createCachedFetch({
    dir: join5(cacheDir, "huggingface"),
    store,
    fetch: send,
    // A file read at a commit sha never changes: a rerun serves it from disk, asking nothing.
    immutable: isPinnedResolveUrl
  }) : void 0;
  const hubHttp = createHttpClient({
    ...transport,
    ...hubCache ? { fetch: hubCache.fetch } : {},
    token: hfToken,
    limiters: { api: limiters["hub-api"], file: limiters["hub-files"] }
  });
  const huggingface = createHuggingFaceSource({
    endpoint: hfEndpoint,
    http: hubHttp,
    pickFiles: pickLicenceFiles
  });
  const githubApi = endpointFrom(env, "GITHUB_API_URL", GITHUB_DEFAULT);
  const githubToken = tokenFrom(env, "GITHUB_TOKEN") ?? tokenFrom(env, "GH_TOKEN");
  const githubTransport = createTransport({
    fetch: send,
    timeoutMs: options.timeoutMs,
    ...cacheDir ? { cacheDir: join5(cacheDir, "github"), cacheStore: store } : {},
    immutable: isCommitPinned,
    limiter: limiters.github,
    budget,
    maxWaitMs: GITHUB_MAX_WAIT_SECONDS * 1e3
  });
  const github = createGitHubSource({
    client: createGitHubClient({
      baseUrl: githubApi,
      token: githubToken,
      fetch: githubTransport.fetch,
      userAgent: headers["user-agent"],
      budget,
      redact,
      ...options.githubRetryAfterBaseValue !== void 0 ? { retryAfterBaseValue: options.githubRetryAfterBaseValue } : {}
    }),
    webUrl: githubWebUrl(githubApi),
    pickFiles: pickLicenceFiles,
    stats: () => {
      const { conditional: _conditional, ...stats } = githubTransport.stats();
      return stats;
    }
  });
  const git = createGitSource({
    pickFiles: pickLicenceFiles,
    env: { PATH: env.PATH, HOME: env.HOME },
    timeoutMs: (options.timeoutMs ?? 3e4) * 4,
    stop: budget.signal,
    redact
  });
  const local = createLocalSource({ pickFiles: pickLicenceFiles, cwd: options.cwd ?? "." });
  const sources = [huggingface, github, git, local].map((s) => redacting(s, redact));
  const figures = () => {
    const hub = hubHttp.figures();
    const gh = githubTransport.stats();
    return {
      "hub-api": hub.api,
      "hub-files": hub.file,
      github: { made: gh.api, cached: gh.cacheHits, revalidated: gh.notModified, retried: gh.retries }
    };
  };
  return { sources, secrets, redact, budget, figures };
}
function defaultCacheDir(env) {
  const xdg = env.XDG_CACHE_HOME?.trim();
  if (xdg) return join5(xdg, "openquota");
  const home = (env.HOME ?? env.USERPROFILE)?.trim();
  return home ? join5(home, ".cache", "openquota") : void 0;
}
function githubWebUrl(api) {
  const url = new URL(api);
  if (url.host === "api.github.com") return "https://github.com";
  return `${url.origin}${url.pathname.replace(/\/api\/v3\/?$/, "")}`.replace(/\/+$/, "");
}
function endpointFrom(env, name, fallback) {
  const value = env[name]?.trim() || fallback;
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError([
      { file: "", path: name, message: `${name} is not a URL`, fix: `e.g. ${fallback}` }
    ]);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ConfigError([
      { file: "", path: name, message: `${name} must be http or https`, fix: `e.g. ${fallback}` }
    ]);
  }
  return value.replace(/\/+$/, "");
}
function credentialNotices(env, teams) {
  const notices = [];
  if (teams.some((t2) => t2.huggingface.length > 0) && !tokenFrom(env, "HF_TOKEN") && !tokenFrom(env, "HUGGING_FACE_HUB_TOKEN"))
    notices.push(
      "HF_TOKEN is not set: Hub listings show public repositories only, so private releases cannot be counted. Set HF_TOKEN to a token of an org member to see them."
    );
  if (teams.some((t2) => t2.github.length > 0) && !tokenFrom(env, "GITHUB_TOKEN") && !tokenFrom(env, "GH_TOKEN"))
    notices.push(
      "GITHUB_TOKEN is not set: GitHub allows 60 anonymous requests an hour and lists public repositories only."
    );
  return notices;
}

// src/sources/lineage.ts
var MAX_DEPTH = 3;
var MAX_BASES = 8;
async function readLineage(evidence, teams, sources, call = {}) {
  const describer = sources.find((s) => s.describeModel);
  const byTeam = /* @__PURE__ */ new Map();
  for (const e of evidence) {
    if (e.facts.source !== "huggingface") continue;
    const map = byTeam.get(e.team) ?? /* @__PURE__ */ new Map();
    map.set(e.facts.id.toLowerCase(), e);
    byTeam.set(e.team, map);
  }
  return Promise.all(
    evidence.map(async (e) => {
      if (!e.facts.baseModels?.length) return e;
      const team = teams.find((t2) => t2.id === e.team);
      const own = byTeam.get(e.team) ?? /* @__PURE__ */ new Map();
      const authors = new Set((team?.huggingface ?? []).map((a) => a.toLowerCase()));
      const chain = [];
      const seen = /* @__PURE__ */ new Set([e.facts.id.toLowerCase()]);
      let level = e.facts.baseModels.map((id) => ({
        id,
        relation: e.facts.baseRelation ?? "base"
      }));
      for (let depth = 0; depth < MAX_DEPTH && level.length > 0 && chain.length < MAX_BASES; depth++) {
        const next = [];
        for (const { id, relation } of level) {
          if (seen.has(id.toLowerCase()) || chain.length >= MAX_BASES) continue;
          seen.add(id.toLowerCase());
          const release2 = own.get(id.toLowerCase());
          const isOwn = release2 !== void 0 || authors.has(id.split("/")[0].toLowerCase());
          if (release2) {
            chain.push({ id, relation, own: true, declaredLicences: release2.facts.declaredLicences });
            for (const b3 of release2.facts.baseModels ?? [])
              next.push({ id: b3, relation: release2.facts.baseRelation ?? "base" });
            continue;
          }
          const described = describer?.describeModel ? await describer.describeModel(id, call) : { found: false, failure: { code: "NO_SOURCE", message: "no source reads Hub models" } };
          if (!described.found) {
            chain.push({ id, relation, own: isOwn, declaredLicences: [], failure: described.failure });
            continue;
          }
          chain.push({ id, relation, own: isOwn, declaredLicences: described.declaredLicences });
          for (const b3 of described.baseModels) next.push({ id: b3, relation: described.relation ?? "base" });
        }
        level = next;
      }
      return chain.length > 0 ? { ...e, facts: { ...e.facts, lineage: chain } } : e;
    })
  );
}

export {
  defaultDeadlineMs,
  BASE_DEADLINE_MS,
  readLineage,
  isGitUrl,
  displayUrl,
  githubRepoId,
  hubId,
  createSources,
  credentialNotices
};
/*! Bundled license information:

content-type/dist/index.js:
  (*!
   * content-type
   * Copyright(c) 2015 Douglas Christopher Wilson
   * MIT Licensed
   *)

@octokit/request-error/dist-src/index.js:
  (* v8 ignore else -- @preserve -- Bug with vitest coverage where it sees an else branch that doesn't exist *)

@octokit/request/dist-bundle/index.js:
  (* v8 ignore next -- @preserve *)
  (* v8 ignore else -- @preserve *)

@octokit/graphql/dist-bundle/index.js:
  (* v8 ignore if -- @preserve *)

@octokit/plugin-paginate-rest/dist-bundle/index.js:
  (* v8 ignore next -- @preserve *)
*/
