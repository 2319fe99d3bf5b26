import {
  TIMEOUT_RETRIES,
  askedDelay,
  backoffMs,
  createCacheStore,
  createRedactor,
  defaultSleep,
  parseRateLimit,
  shouldRetryStatus,
  withoutUserinfo
} from "./chunk-Y6GTXGKY.js";
import {
  createBudget
} from "./chunk-EXNACEYK.js";
import {
  noFigures
} from "./chunk-L67MFM7Y.js";
import {
  frontMatter
} from "./chunk-V5RXXIFA.js";
import {
  MAX_HEADER_BYTES,
  headerLength,
  parseSafetensorsHeader
} from "./chunk-3V46MXJE.js";
import {
  readBounded,
  require_dist
} from "./chunk-VQKAB5TF.js";
import {
  SourceError
} from "./chunk-IS7GHXRZ.js";
import {
  decodeText
} from "./chunk-XDNTXC6V.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-QOHIKXPB.js";

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
        return parse2(val);
      } else if (type === "number" && isFinite(val)) {
        return options.long ? fmtLong(val) : fmtShort(val);
      }
      throw new Error(
        "val is not a non-empty string or a valid number. val=" + JSON.stringify(val)
      );
    };
    function parse2(str) {
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
          const self = debug;
          const curr = Number(/* @__PURE__ */ new Date());
          const ms2 = curr - (prevTime || curr);
          self.diff = ms2;
          self.prev = prevTime;
          self.curr = curr;
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
              match = formatter.call(self, val);
              args.splice(index, 1);
              index--;
            }
            return match;
          });
          createDebug.formatArgs.call(self, args);
          const logFn = self.log || createDebug.log;
          logFn.apply(self, args);
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
    function getSupportLevel(stream) {
      const level = supportsColor(stream, stream && stream.isTTY);
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
        const stat = fs_1.statSync(path);
        if (stat.isFile() && isFile) {
          log(`[OK] path represents a file`);
          return true;
        }
        if (stat.isDirectory() && isDirectory) {
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
var require_dist2 = __commonJS({
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
var require_dist3 = __commonJS({
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
  const auth = headers.get("authorization") ?? "";
  const identity = auth ? createHash("sha256").update(auth).digest("hex") : "anonymous";
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
var import_file_exists = __toESM(require_dist2(), 1);
var import_debug = __toESM(require_src(), 1);
var import_promise_deferred = __toESM(require_dist3(), 1);
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

// src/sources/repo-files.ts
var import_yaml = __toESM(require_dist(), 1);
var WEIGHT_EXTENSIONS = [
  ".safetensors",
  ".bin",
  ".pt",
  ".pth",
  ".ckpt",
  ".gguf",
  ".ggml",
  ".onnx",
  ".h5",
  ".msgpack",
  ".tflite",
  ".nemo",
  ".pkl",
  ".mlmodel",
  ".keras",
  ".npz"
];
function isWeightPath(path) {
  const lower = path.toLowerCase();
  return WEIGHT_EXTENSIONS.some((e) => lower.endsWith(e));
}
var LFS_HEADER = "version https://git-lfs.github.com/spec/v1";
var MAX_POINTER_BYTES = 1024;
function parseLfsPointer(path, text) {
  if (!text.startsWith(LFS_HEADER) || text.length > MAX_POINTER_BYTES) return void 0;
  const oid = /^oid sha256:([0-9a-f]{64})$/m.exec(text)?.[1];
  const size = /^size (\d+)$/m.exec(text)?.[1];
  return oid && size ? { path, oid, size: Number(size) } : void 0;
}
function frontMatterLicences(readme) {
  const block = frontMatter(readme);
  if (!block) return [];
  let data;
  try {
    data = (0, import_yaml.parse)(block.yaml);
  } catch {
    return [];
  }
  if (typeof data !== "object" || data === null) return [];
  const card = data;
  const values = (Array.isArray(card.license) ? card.license : [card.license]).filter(
    (v2) => typeof v2 === "string" && v2.trim() !== ""
  );
  const name = typeof card.license_name === "string" ? card.license_name : void 0;
  const link = typeof card.license_link === "string" ? card.license_link : void 0;
  return values.map((value) => ({
    origin: "readme-front-matter",
    value: value.trim(),
    ...name ? { name } : {},
    ...link ? { link } : {}
  }));
}
var LINK = /https?:\/\/(?:www\.)?(?:huggingface\.co|hf\.co|github\.com)\/[\w.-]+\/[\w.-]+/g;
var NOT_OWNERS = /* @__PURE__ */ new Set([
  "datasets",
  "spaces",
  "docs",
  "collections",
  "papers",
  "blog",
  "api",
  "orgs",
  "organizations"
]);
var MAX_LINKS = 20;
function repoLinks(text) {
  const found = /* @__PURE__ */ new Set();
  for (const m2 of text.matchAll(LINK)) {
    const url = new URL(m2[0].replace(/\.git$/, "").replace(/[.,;:]+$/, ""));
    const [owner, name] = url.pathname.split("/").filter(Boolean);
    if (!owner || !name || NOT_OWNERS.has(owner.toLowerCase())) continue;
    const host = url.host.replace(/^www\./, "").replace(/^hf\.co$/, "huggingface.co");
    found.add(`https://${host}/${owner}/${name}`);
    if (found.size >= MAX_LINKS) break;
  }
  return [...found];
}

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

// src/sources/http-body.ts
import { createHash as createHash3 } from "node:crypto";

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
async function readJson(get, url, request, onRetry, redact) {
  for (let attempt = 0; ; attempt++) {
    const { bytes, ...rest } = await get(url, {
      accept: "application/json",
      ...request,
      ...attempt > 0 ? { fresh: true } : {}
    });
    try {
      return { ...rest, body: JSON.parse(new TextDecoder().decode(bytes)) };
    } catch {
      if (attempt === 0) {
        onRetry();
        continue;
      }
      const type = rest.headers.get("content-type")?.split(";")[0] ?? "no content type";
      throw malformed(`response is not JSON (${bytes.length} bytes, ${type})`, rest, redact);
    }
  }
}
async function readText(get, url, request, onRetry, redact) {
  for (let attempt = 0; ; attempt++) {
    const { bytes, ...rest } = await get(url, {
      kind: "file",
      ...request,
      ...attempt > 0 ? { fresh: true } : {}
    });
    if (isHtmlPage(bytes, rest.headers, url)) {
      if (attempt === 0) {
        onRetry();
        continue;
      }
      throw malformed("an HTML page was served where a file was expected", rest, redact);
    }
    const sha256 = createHash3("sha256").update(bytes).digest("hex");
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
var DEFAULTS = {
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
  const settings = { ...DEFAULTS, ...definedOnly(options) };
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
  async function get(url, request = {}) {
    const bucket = request.kind ?? "api";
    const paced = { until: 0 };
    const stop = request.signal ? AbortSignal.any([request.signal, budget.signal]) : budget.signal;
    let waited;
    for (let attempt = 0; ; attempt++) {
      request.signal?.throwIfAborted();
      const refused = budget.refusal(url, settings.maxRetryDelayMs);
      if (refused) {
        outage++;
        throw located(refused, url);
      }
      const until = budget.hostLimitedUntil(url);
      if (until !== void 0 && until !== waited) {
        waited = until;
        paced.until = Math.max(paced.until, until);
        await pause(until - budget.now(), stop, url, request);
      }
      await pace(url, bucket, stop, request, paced);
      let failure;
      let response;
      try {
        const limiter = options.limiters?.[bucket];
        const send = () => sendPaced(bucket, paced, () => follow(url, request));
        const result = await (limiter ? limiter(send) : send());
        if ("repace" in result) {
          attempt--;
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
        if (request.signal?.aborted) throw request.signal.reason;
        const expired = budget.expired();
        if (expired) throw located(expired, url);
        failure = error instanceof SourceError ? error : transportError(error, url, settings.timeoutMs, redact);
      }
      const asked = response ? askedDelay(response, budget.now()) : void 0;
      const limited = response?.status === 429 && asked !== void 0;
      if (limited) budget.limitHost(url, budget.now() + asked);
      const allowed = failure.code === "TIMEOUT" ? Math.min(TIMEOUT_RETRIES, settings.retries) : settings.retries;
      const retries = outage >= settings.failFastAfter ? 0 : allowed;
      const delay = asked ?? backoffMs(attempt, { ...settings, random });
      const fits = delay <= settings.maxRetryDelayMs && delay < budget.remainingMs();
      if (attempt >= retries || !fits) {
        outage++;
        if (limited) throw rateLimited(failure, budget.rateLimited(url, budget.now() + asked));
        throw failure;
      }
      figures[request.kind ?? "api"].retried++;
      if (limited) waited = budget.hostLimitedUntil(url);
      paced.until = Math.max(paced.until, budget.now() + delay);
      await pause(delay, stop, url, request);
    }
  }
  function bucketWait(bucket, paced) {
    const wait = pacer.waitMs(bucket);
    return wait > 0 && budget.now() + wait > paced.until + 100 ? wait : 0;
  }
  async function pace(url, bucket, stop, request, paced) {
    for (let wait = bucketWait(bucket, paced); wait > 0; wait = bucketWait(bucket, paced)) {
      if (wait > settings.maxRetryDelayMs || wait >= budget.remainingMs()) {
        outage++;
        throw located(budget.rateLimited(url, budget.now() + wait), url);
      }
      paced.until = budget.now() + wait;
      await pause(wait + 10, stop, url, request);
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
  async function pause(ms2, stop, url, request) {
    if (ms2 <= 0) return;
    try {
      await sleep(ms2, stop);
    } catch (error) {
      if (request.signal?.aborted) throw request.signal.reason;
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
  async function follow(startUrl, request) {
    const timeout = AbortSignal.timeout(settings.timeoutMs);
    const signal = AbortSignal.any([timeout, budget.signal, ...request.signal ? [request.signal] : []]);
    const origin = new URL(startUrl).origin;
    let url = startUrl;
    for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
      const counted = figures[request.kind ?? "api"];
      const sameOrigin = new URL(url).origin === origin;
      const headers = { ...options.headers };
      if (request.accept) headers.accept = request.accept;
      if (request.fresh) headers["cache-control"] = "no-cache";
      if (request.range) headers.range = request.range;
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
      const { bytes, truncated } = await readBody(response, request.maxBytes);
      const redirected = hop > 0;
      return {
        ok: { url, status: response.status, headers: response.headers, redirected, bytes, truncated }
      };
    }
    throw new HttpError("HTTP_ERROR", `more than ${MAX_REDIRECTS} redirects`, { url: redact(startUrl) });
  }
  return {
    get,
    getJson: (url, request = {}) => readJson(get, url, request, onRetry(request.kind), redact),
    getText: (url, request = {}) => readText(get, url, request, onRetry(request.kind), redact),
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
var LINK2 = /https?:\/\/(?:www\.)?(?:github\.com|huggingface\.co)\/[^\s"'<>()[\]{}`]+/g;
var MAX_LINKS2 = 20;
function linksOf(model) {
  const found = /* @__PURE__ */ new Set();
  const visit = (value) => {
    if (typeof value === "string")
      for (const m2 of value.matchAll(LINK2)) found.add(m2[0].replace(/[.,;:]+$/, ""));
    else if (Array.isArray(value)) value.forEach(visit);
    else if (isObject(value)) Object.values(value).forEach(visit);
  };
  visit(model.card);
  const links = [...found].slice(0, MAX_LINKS2);
  return links.length > 0 ? links : void 0;
}
function factsOf(model, raw, endpoint, requestedId) {
  return {
    source: "huggingface",
    id: model.id,
    ...requestedId && requestedId !== model.id ? { requestedId } : {},
    url: `${endpoint}/${model.id}`,
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
var MAX_PAGES = 1e3;
function listingUrl(endpoint, author) {
  const query = new URLSearchParams({ author, limit: String(PAGE_SIZE) });
  for (const field of EXPAND_FIELDS) query.append("expand[]", field);
  return `${endpoint}/api/models?${query}`;
}
async function listAuthor(http, endpoint, author, signal, maxPages = MAX_PAGES) {
  const items = [];
  const seen = /* @__PURE__ */ new Set();
  const ids = /* @__PURE__ */ new Set();
  let stated;
  let url = listingUrl(endpoint, author);
  try {
    while (url) {
      if (seen.has(url) || seen.size >= MAX_PAGES) throw malformed2("listing pages loop", url);
      seen.add(url);
      const res = await http.getJson(url, { kind: "api", signal });
      if (!Array.isArray(res.body)) throw malformed2("listing is not a JSON array", res.url);
      for (const raw of res.body) {
        const model = readHubModel(raw);
        if (!model) throw malformed2("listing item without a model id", res.url);
        items.push({ raw, model });
        ids.add(model.id.toLowerCase());
      }
      const total = totalCount(res.headers.get("x-total-count"));
      if (total !== void 0) stated = Math.max(stated ?? 0, total);
      url = nextLink(res.headers.get("link"), endpoint);
      if (url && seen.size >= maxPages) return { items, truncated: true };
    }
    if (stated !== void 0 && ids.size < stated) {
      const failure = toFailure(
        new SourceError(
          "LISTING_INCOMPLETE",
          `the Hub says ${author} has ${stated} models (X-Total-Count) but its listing ended after ${ids.size}; models left out cannot be counted`,
          { url: listingUrl(endpoint, author) }
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
function nextLink(header, endpoint) {
  if (!header) return void 0;
  for (const part of header.split(/,\s*(?=<)/)) {
    const match = /^<([^>]+)>\s*;(.*)$/.exec(part.trim());
    if (!match || !/\brel="?next"?/.test(match[2])) continue;
    const next = new URL(match[1], endpoint);
    if (next.origin !== new URL(endpoint).origin) throw malformed2("next page on another host", next.origin);
    return next.toString();
  }
  return void 0;
}
async function getModel(http, endpoint, id, signal) {
  const url = `${endpoint}/api/models/${id.split("/").map(encodeURIComponent).join("/")}`;
  try {
    const res = await http.getJson(url, { kind: "api", signal });
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

// src/sources/huggingface-texts.ts
var MAX_TEXT_BYTES2 = 512 * 1024;
function filesToRead(model, declared, pickFiles, endpoint) {
  if (!model.files) return { read: [], unread: [] };
  const link = declared.find((d2) => d2.link)?.link;
  const linked = link ? linkedPath(link, model.id, endpoint) : void 0;
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
function linkedPath(link, id, endpoint) {
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
  const hubHosts = /* @__PURE__ */ new Set(["huggingface.co", "www.huggingface.co", safeHost(endpoint)]);
  if (!hubHosts.has(url.host)) return void 0;
  const match = /^\/([^/]+\/[^/]+)\/(?:blob|resolve|raw)\/[^/]+\/(.+)$/.exec(url.pathname);
  if (!match || decodeURIComponent(match[1]).toLowerCase() !== id.toLowerCase()) return void 0;
  return decodeURIComponent(match[2]);
}
function resolveUrl(endpoint, id, revision, path) {
  const encode = (p2) => p2.split("/").map(encodeURIComponent).join("/");
  return `${endpoint}/${encode(id)}/resolve/${encodeURIComponent(revision)}/${encode(path)}`;
}
var PINNED_RESOLVE = /^\/[^/]+\/[^/]+\/resolve\/[0-9a-f]{40}\//i;
function isPinnedResolveUrl(url) {
  try {
    return PINNED_RESOLVE.test(new URL(url).pathname);
  } catch {
    return false;
  }
}
async function readTexts(http, endpoint, model, files, signal) {
  let failure;
  const read = await Promise.allSettled(
    files.map(
      (file) => http.getText(resolveUrl(endpoint, model.id, model.sha ?? "main", file.path), {
        kind: "file",
        maxBytes: MAX_TEXT_BYTES2,
        signal
      })
    )
  );
  if (signal?.aborted) throw signal.reason;
  const texts = files.map((file, i) => {
    const url = resolveUrl(endpoint, model.id, model.sha ?? "main", file.path);
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
function safeHost(endpoint) {
  try {
    return new URL(endpoint).host;
  } catch {
    return "";
  }
}

// src/sources/huggingface-declared.ts
function namespacePages(k2) {
  return Math.max(1, Math.floor(k2 / 2));
}
async function readDeclared(http, endpoint, ids, signal) {
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
      const { items } = await listAuthor(http, endpoint, namespace, signal, namespacePages(group.length));
      const wanted = new Set(group.map((id) => id.toLowerCase()));
      for (const { raw, model } of items) {
        const key = model.id.toLowerCase();
        if (wanted.has(key)) listed.set(key, { kind: "found", raw, model });
      }
    })
  );
  return Promise.all(ids.map((id) => listed.get(id.toLowerCase()) ?? getModel(http, endpoint, id, signal)));
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
async function treeWeights(http, endpoint, model, listing, signal) {
  const kept = {
    source: "hub-tree",
    ...listing?.storageBytes !== void 0 ? { storageBytes: listing.storageBytes } : {}
  };
  const rev = model.sha ?? "main";
  const repo = model.id.split("/").map(encodeURIComponent).join("/");
  let files;
  try {
    files = await readTree(
      http,
      endpoint,
      `${endpoint}/api/models/${repo}/tree/${encodeURIComponent(rev)}?recursive=true`,
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
    const url = `${endpoint}/${repo}/resolve/${encodeURIComponent(rev)}/${shard.path.split("/").map(encodeURIComponent).join("/")}`;
    const read = await readHeader(http, url, shard.size, signal);
    if ("problem" in read) return { ...out, problem: `${shard.path}: ${read.problem}` };
    parameters += read.parameters;
    for (const [d2, n] of Object.entries(read.dtypes)) dtypes[d2] = (dtypes[d2] ?? 0) + n;
  }
  return { ...out, source: "safetensors-header", parameters, dtypes };
}
async function readTree(http, endpoint, first, signal) {
  const files = [];
  let url = first;
  for (let page = 0; url; page++) {
    if (page >= MAX_TREE_PAGES) throw malformedTree("tree pages loop", url);
    const res = await http.getJson(url, { kind: "api", signal });
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
    url = nextLink(res.headers.get("link"), endpoint);
  }
  return files;
}
function malformedTree(message, url) {
  return new SourceError("MALFORMED_RESPONSE", message, { url });
}
async function readHeader(http, url, fileBytes, signal) {
  try {
    const head = await http.get(url, { kind: "file", range: "bytes=0-7", maxBytes: 8, signal });
    const len = headerLength(head.bytes, fileBytes);
    if (!len.ok) return { problem: len.reason };
    if (len.length > MAX_HEADER_BYTES) return { problem: "header over the cap" };
    const body = await http.get(url, {
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
  const { http, pickFiles } = options;
  const endpoint = options.endpoint.replace(/\/+$/, "");
  const now = options.now ?? (() => /* @__PURE__ */ new Date());
  async function discover(team, call = {}) {
    const releases = /* @__PURE__ */ new Map();
    const failures = [];
    const listings = await Promise.all(
      team.huggingface.map((author) => {
        call.onProgress?.({ phase: "discover", id: author });
        return listAuthor(http, endpoint, author, call.signal);
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
    const lookups = await readDeclared(http, endpoint, unlisted, call.signal);
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
          http,
          endpoint,
          lookup?.kind === "found" ? lookup.model.id : requestedId,
          call.signal
        );
      }
      const facts = factsFrom(lookup, requestedId);
      let texts = [];
      if (lookup.kind === "found" && facts.availability && !NO_TEXTS.has(facts.availability)) {
        const files = filesToRead(lookup.model, facts.declaredLicences, pickFiles, endpoint);
        const read = await readTexts(http, endpoint, lookup.model, files.read, call.signal);
        texts = [...read.texts, ...files.unread];
        if (read.failure && !facts.failure) facts.failure = read.failure;
      }
      if (lookup.kind === "found" && !facts.failure && facts.files?.some(isWeightPath)) {
        const stated = listingWeights(lookup.raw);
        facts.weights = needsTree(stated) ? await treeWeights(http, endpoint, lookup.model, stated, call.signal) : stated;
      }
      const { listing: _listing, ...release2 } = target;
      return { schema: "openquota/evidence@1", team: target.team, release: release2, facts, texts, fetchedAt };
    }
  }
  function factsFrom(lookup, requestedId) {
    if (lookup.kind === "found") return factsOf(lookup.model, lookup.raw, endpoint, requestedId);
    const base = { source: "huggingface", id: requestedId, url: `${endpoint}/${requestedId}` };
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
        const lookup = await getModel(http, endpoint, id, call.signal);
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
    stats: () => http.stats()
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

export {
  VALID_WHILE_HEADER,
  withoutValidWhile,
  createCachedFetch,
  isWeightPath,
  MAX_POINTER_BYTES,
  parseLfsPointer,
  repoLinks,
  licenceFilesToRead,
  repoWeights,
  releaseAssetSizes,
  readDirectory,
  isGitUrl,
  displayUrl,
  createGitSource,
  readRepo,
  repoAvailability,
  trimRepo,
  githubRepoId,
  createHttpClient,
  isPinnedResolveUrl,
  createHuggingFaceSource,
  hubId
};
