import {
  licenceEntries,
  lookupLicence,
  spdx_default
} from "./chunk-ZRELNASS.js";
import {
  rulesPath
} from "./chunk-4XURTWPT.js";
import {
  readConfigFile
} from "./chunk-MCOX4F7J.js";
import {
  expressionApproved,
  leaves,
  parseExpression,
  spdxLicenceIds
} from "./chunk-GO5VWACE.js";
import {
  FINDING_CODES
} from "./chunk-WE5VP5WZ.js";
import {
  capProblems,
  parseYaml,
  validateDocument
} from "./chunk-VNYT6GF5.js";
import {
  external_exports
} from "./chunk-WFX5YPL4.js";
import {
  require_dist
} from "./chunk-A4L3TASA.js";
import {
  ConfigError
} from "./chunk-2HJM3R72.js";
import {
  closest,
  renderPath
} from "./chunk-ZVPDN32M.js";
import {
  __commonJS,
  __toESM
} from "./chunk-EJ2SUCMT.js";

// node_modules/picomatch/lib/constants.js
var require_constants = __commonJS({
  "node_modules/picomatch/lib/constants.js"(exports, module) {
    "use strict";
    var WIN_SLASH = "\\\\/";
    var WIN_NO_SLASH = `[^${WIN_SLASH}]`;
    var DEFAULT_MAX_EXTGLOB_RECURSION = 0;
    var DOT_LITERAL = "\\.";
    var PLUS_LITERAL = "\\+";
    var QMARK_LITERAL = "\\?";
    var SLASH_LITERAL = "\\/";
    var ONE_CHAR = "(?=.)";
    var QMARK = "[^/]";
    var END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
    var START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
    var DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
    var NO_DOT = `(?!${DOT_LITERAL})`;
    var NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
    var NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
    var NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
    var QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
    var STAR = `${QMARK}*?`;
    var SEP = "/";
    var POSIX_CHARS = {
      DOT_LITERAL,
      PLUS_LITERAL,
      QMARK_LITERAL,
      SLASH_LITERAL,
      ONE_CHAR,
      QMARK,
      END_ANCHOR,
      DOTS_SLASH,
      NO_DOT,
      NO_DOTS,
      NO_DOT_SLASH,
      NO_DOTS_SLASH,
      QMARK_NO_DOT,
      STAR,
      START_ANCHOR,
      SEP
    };
    var WINDOWS_CHARS = {
      ...POSIX_CHARS,
      SLASH_LITERAL: `[${WIN_SLASH}]`,
      QMARK: WIN_NO_SLASH,
      STAR: `${WIN_NO_SLASH}*?`,
      DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
      NO_DOT: `(?!${DOT_LITERAL})`,
      NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
      NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
      QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
      START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
      END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
      SEP: "\\"
    };
    var POSIX_REGEX_SOURCE = {
      __proto__: null,
      alnum: "a-zA-Z0-9",
      alpha: "a-zA-Z",
      ascii: "\\x00-\\x7F",
      blank: " \\t",
      cntrl: "\\x00-\\x1F\\x7F",
      digit: "0-9",
      graph: "\\x21-\\x7E",
      lower: "a-z",
      print: "\\x20-\\x7E ",
      punct: "\\-!\"#$%&'()\\*+,./:;<=>?@[\\]^_`{|}~",
      space: " \\t\\r\\n\\v\\f",
      upper: "A-Z",
      word: "A-Za-z0-9_",
      xdigit: "A-Fa-f0-9"
    };
    module.exports = {
      DEFAULT_MAX_EXTGLOB_RECURSION,
      MAX_LENGTH: 1024 * 64,
      POSIX_REGEX_SOURCE,
      // regular expressions
      REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
      REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
      REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
      REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
      REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
      REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,
      // Replace globs with equivalent patterns to reduce parsing time.
      REPLACEMENTS: {
        __proto__: null,
        "***": "*",
        "**/**": "**",
        "**/**/**": "**"
      },
      // Digits
      CHAR_0: 48,
      /* 0 */
      CHAR_9: 57,
      /* 9 */
      // Alphabet chars.
      CHAR_UPPERCASE_A: 65,
      /* A */
      CHAR_LOWERCASE_A: 97,
      /* a */
      CHAR_UPPERCASE_Z: 90,
      /* Z */
      CHAR_LOWERCASE_Z: 122,
      /* z */
      CHAR_LEFT_PARENTHESES: 40,
      /* ( */
      CHAR_RIGHT_PARENTHESES: 41,
      /* ) */
      CHAR_ASTERISK: 42,
      /* * */
      // Non-alphabetic chars.
      CHAR_AMPERSAND: 38,
      /* & */
      CHAR_AT: 64,
      /* @ */
      CHAR_BACKWARD_SLASH: 92,
      /* \ */
      CHAR_CARRIAGE_RETURN: 13,
      /* \r */
      CHAR_CIRCUMFLEX_ACCENT: 94,
      /* ^ */
      CHAR_COLON: 58,
      /* : */
      CHAR_COMMA: 44,
      /* , */
      CHAR_DOT: 46,
      /* . */
      CHAR_DOUBLE_QUOTE: 34,
      /* " */
      CHAR_EQUAL: 61,
      /* = */
      CHAR_EXCLAMATION_MARK: 33,
      /* ! */
      CHAR_FORM_FEED: 12,
      /* \f */
      CHAR_FORWARD_SLASH: 47,
      /* / */
      CHAR_GRAVE_ACCENT: 96,
      /* ` */
      CHAR_HASH: 35,
      /* # */
      CHAR_HYPHEN_MINUS: 45,
      /* - */
      CHAR_LEFT_ANGLE_BRACKET: 60,
      /* < */
      CHAR_LEFT_CURLY_BRACE: 123,
      /* { */
      CHAR_LEFT_SQUARE_BRACKET: 91,
      /* [ */
      CHAR_LINE_FEED: 10,
      /* \n */
      CHAR_NO_BREAK_SPACE: 160,
      /* \u00A0 */
      CHAR_PERCENT: 37,
      /* % */
      CHAR_PLUS: 43,
      /* + */
      CHAR_QUESTION_MARK: 63,
      /* ? */
      CHAR_RIGHT_ANGLE_BRACKET: 62,
      /* > */
      CHAR_RIGHT_CURLY_BRACE: 125,
      /* } */
      CHAR_RIGHT_SQUARE_BRACKET: 93,
      /* ] */
      CHAR_SEMICOLON: 59,
      /* ; */
      CHAR_SINGLE_QUOTE: 39,
      /* ' */
      CHAR_SPACE: 32,
      /*   */
      CHAR_TAB: 9,
      /* \t */
      CHAR_UNDERSCORE: 95,
      /* _ */
      CHAR_VERTICAL_LINE: 124,
      /* | */
      CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279,
      /* \uFEFF */
      /**
       * Create EXTGLOB_CHARS
       */
      extglobChars(chars) {
        return {
          "!": { type: "negate", open: "(?:(?!(?:", close: `))${chars.STAR})` },
          "?": { type: "qmark", open: "(?:", close: ")?" },
          "+": { type: "plus", open: "(?:", close: ")+" },
          "*": { type: "star", open: "(?:", close: ")*" },
          "@": { type: "at", open: "(?:", close: ")" }
        };
      },
      /**
       * Create GLOB_CHARS
       */
      globChars(win32) {
        return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
      }
    };
  }
});

// node_modules/picomatch/lib/utils.js
var require_utils = __commonJS({
  "node_modules/picomatch/lib/utils.js"(exports) {
    "use strict";
    var {
      REGEX_BACKSLASH,
      REGEX_REMOVE_BACKSLASH,
      REGEX_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_GLOBAL
    } = require_constants();
    exports.isObject = (val) => val !== null && typeof val === "object" && !Array.isArray(val);
    exports.hasRegexChars = (str) => REGEX_SPECIAL_CHARS.test(str);
    exports.isRegexChar = (str) => str.length === 1 && exports.hasRegexChars(str);
    exports.escapeRegex = (str) => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, "\\$1");
    exports.toPosixSlashes = (str) => str.replace(REGEX_BACKSLASH, "/");
    exports.isWindows = () => {
      if (typeof navigator !== "undefined" && navigator.platform) {
        const platform = navigator.platform.toLowerCase();
        return platform === "win32" || platform === "windows";
      }
      if (typeof process !== "undefined" && process.platform) {
        return process.platform === "win32";
      }
      return false;
    };
    exports.removeBackslashes = (str) => {
      return str.replace(REGEX_REMOVE_BACKSLASH, (match) => {
        return match === "\\" ? "" : match;
      });
    };
    exports.escapeLast = (input, char, lastIdx) => {
      const idx = input.lastIndexOf(char, lastIdx);
      if (idx === -1) return input;
      if (input[idx - 1] === "\\") return exports.escapeLast(input, char, idx - 1);
      return `${input.slice(0, idx)}\\${input.slice(idx)}`;
    };
    exports.removePrefix = (input, state = {}) => {
      let output = input;
      if (output.startsWith("./")) {
        output = output.slice(2);
        state.prefix = "./";
      }
      return output;
    };
    exports.wrapOutput = (input, state = {}, options = {}) => {
      const prepend = options.contains ? "" : "^";
      const append = options.contains ? "" : "$";
      let output = `${prepend}(?:${input})${append}`;
      if (state.negated === true) {
        output = `(?:^(?!${output}).*$)`;
      }
      return output;
    };
    exports.basename = (path, { windows } = {}) => {
      const segs = path.split(windows ? /[\\/]/ : "/");
      const last = segs[segs.length - 1];
      if (last === "") {
        return segs[segs.length - 2];
      }
      return last;
    };
  }
});

// node_modules/picomatch/lib/scan.js
var require_scan = __commonJS({
  "node_modules/picomatch/lib/scan.js"(exports, module) {
    "use strict";
    var utils = require_utils();
    var {
      CHAR_ASTERISK,
      /* * */
      CHAR_AT,
      /* @ */
      CHAR_BACKWARD_SLASH,
      /* \ */
      CHAR_COMMA,
      /* , */
      CHAR_DOT,
      /* . */
      CHAR_EXCLAMATION_MARK,
      /* ! */
      CHAR_FORWARD_SLASH,
      /* / */
      CHAR_LEFT_CURLY_BRACE,
      /* { */
      CHAR_LEFT_PARENTHESES,
      /* ( */
      CHAR_LEFT_SQUARE_BRACKET,
      /* [ */
      CHAR_PLUS,
      /* + */
      CHAR_QUESTION_MARK,
      /* ? */
      CHAR_RIGHT_CURLY_BRACE,
      /* } */
      CHAR_RIGHT_PARENTHESES,
      /* ) */
      CHAR_RIGHT_SQUARE_BRACKET
      /* ] */
    } = require_constants();
    var isPathSeparator = (code) => {
      return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
    };
    var depth = (token) => {
      if (token.isPrefix !== true) {
        token.depth = token.isGlobstar ? Infinity : 1;
      }
    };
    var scan = (input, options) => {
      const opts = options || {};
      const length = input.length - 1;
      const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
      const slashes = [];
      const tokens = [];
      const parts = [];
      let str = input;
      let index = -1;
      let start = 0;
      let lastIndex = 0;
      let isBrace = false;
      let isBracket = false;
      let isGlob = false;
      let isExtglob = false;
      let isGlobstar = false;
      let braceEscaped = false;
      let backslashes = false;
      let negated = false;
      let negatedExtglob = false;
      let finished = false;
      let braces = 0;
      let prev;
      let code;
      let token = { value: "", depth: 0, isGlob: false };
      const eos = () => index >= length;
      const peek = () => str.charCodeAt(index + 1);
      const advance = () => {
        prev = code;
        return str.charCodeAt(++index);
      };
      while (index < length) {
        code = advance();
        let next;
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          code = advance();
          if (code === CHAR_LEFT_CURLY_BRACE) {
            braceEscaped = true;
          }
          continue;
        }
        if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (code === CHAR_LEFT_CURLY_BRACE) {
              braces++;
              continue;
            }
            if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (braceEscaped !== true && code === CHAR_COMMA) {
              isBrace = token.isBrace = true;
              isGlob = token.isGlob = true;
              finished = true;
              if (scanToEnd === true) {
                continue;
              }
              break;
            }
            if (code === CHAR_RIGHT_CURLY_BRACE) {
              braces--;
              if (braces === 0) {
                braceEscaped = false;
                isBrace = token.isBrace = true;
                finished = true;
                break;
              }
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_FORWARD_SLASH) {
          slashes.push(index);
          tokens.push(token);
          token = { value: "", depth: 0, isGlob: false };
          if (finished === true) continue;
          if (prev === CHAR_DOT && index === start + 1) {
            start += 2;
            continue;
          }
          lastIndex = index + 1;
          continue;
        }
        if (opts.noext !== true) {
          const isExtglobChar = code === CHAR_PLUS || code === CHAR_AT || code === CHAR_ASTERISK || code === CHAR_QUESTION_MARK || code === CHAR_EXCLAMATION_MARK;
          if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
            isGlob = token.isGlob = true;
            isExtglob = token.isExtglob = true;
            finished = true;
            if (code === CHAR_EXCLAMATION_MARK && index === start) {
              negatedExtglob = true;
            }
            if (scanToEnd === true) {
              let parens = 0;
              while (eos() !== true && (code = advance())) {
                if (code === CHAR_BACKWARD_SLASH) {
                  backslashes = token.backslashes = true;
                  advance();
                  continue;
                }
                if (code === CHAR_LEFT_PARENTHESES) {
                  parens++;
                  continue;
                }
                if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                  finished = true;
                  break;
                }
              }
              continue;
            }
            break;
          }
        }
        if (code === CHAR_ASTERISK) {
          if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_QUESTION_MARK) {
          isGlob = token.isGlob = true;
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (code === CHAR_LEFT_SQUARE_BRACKET) {
          while (eos() !== true && (next = advance())) {
            if (next === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }
            if (next === CHAR_RIGHT_SQUARE_BRACKET) {
              isBracket = token.isBracket = true;
              isGlob = token.isGlob = true;
              finished = true;
              break;
            }
          }
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
        if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
          negated = token.negated = true;
          start++;
          continue;
        }
        if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
          isGlob = token.isGlob = true;
          if (scanToEnd === true) {
            let parens = 1;
            while (eos() !== true && (code = advance())) {
              if (code === CHAR_BACKWARD_SLASH) {
                backslashes = token.backslashes = true;
                advance();
                continue;
              }
              if (code === CHAR_LEFT_PARENTHESES) {
                parens++;
                continue;
              }
              if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
                finished = true;
                break;
              }
            }
            continue;
          }
          break;
        }
        if (isGlob === true) {
          finished = true;
          if (scanToEnd === true) {
            continue;
          }
          break;
        }
      }
      if (opts.noext === true) {
        isExtglob = false;
        isGlob = false;
      }
      let base = str;
      let prefix = "";
      let glob2 = "";
      if (start > 0) {
        prefix = str.slice(0, start);
        str = str.slice(start);
        lastIndex -= start;
      }
      if (base && isGlob === true && lastIndex > 0) {
        base = str.slice(0, lastIndex);
        glob2 = str.slice(lastIndex);
      } else if (isGlob === true) {
        base = "";
        glob2 = str;
      } else {
        base = str;
      }
      if (base && base !== "" && base !== "/" && base !== str) {
        if (isPathSeparator(base.charCodeAt(base.length - 1))) {
          base = base.slice(0, -1);
        }
      }
      if (opts.unescape === true) {
        if (glob2) glob2 = utils.removeBackslashes(glob2);
        if (base && backslashes === true) {
          base = utils.removeBackslashes(base);
        }
      }
      const state = {
        prefix,
        input,
        start,
        base,
        glob: glob2,
        isBrace,
        isBracket,
        isGlob,
        isExtglob,
        isGlobstar,
        negated,
        negatedExtglob
      };
      if (opts.tokens === true) {
        state.maxDepth = 0;
        if (!isPathSeparator(code)) {
          tokens.push(token);
        }
        state.tokens = tokens;
      }
      if (opts.parts === true || opts.tokens === true) {
        let prevIndex;
        for (let idx = 0; idx < slashes.length; idx++) {
          const n2 = prevIndex !== void 0 ? prevIndex + 1 : start;
          const i = slashes[idx];
          const value2 = input.slice(n2, i);
          if (opts.tokens) {
            if (idx === 0 && start !== 0) {
              tokens[idx].isPrefix = true;
              tokens[idx].value = prefix;
            } else {
              tokens[idx].value = value2;
            }
            depth(tokens[idx]);
            state.maxDepth += tokens[idx].depth;
          }
          if (i >= start) {
            parts.push(value2);
            prevIndex = i;
          }
        }
        const n = prevIndex !== void 0 ? prevIndex + 1 : start;
        const value = input.slice(n);
        parts.push(value);
        if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
          tokens[tokens.length - 1].value = value;
          depth(tokens[tokens.length - 1]);
          state.maxDepth += tokens[tokens.length - 1].depth;
        }
        state.slashes = slashes;
        state.parts = parts;
      }
      return state;
    };
    module.exports = scan;
  }
});

// node_modules/picomatch/lib/parse.js
var require_parse = __commonJS({
  "node_modules/picomatch/lib/parse.js"(exports, module) {
    "use strict";
    var constants = require_constants();
    var utils = require_utils();
    var {
      MAX_LENGTH,
      POSIX_REGEX_SOURCE,
      REGEX_NON_SPECIAL_CHARS,
      REGEX_SPECIAL_CHARS_BACKREF,
      REPLACEMENTS
    } = constants;
    var expandRange = (args, options) => {
      if (typeof options.expandRange === "function") {
        return options.expandRange(...args, options);
      }
      args.sort();
      const value = `[${args.join("-")}]`;
      try {
        new RegExp(value);
      } catch (ex) {
        return args.map((v) => utils.escapeRegex(v)).join("..");
      }
      return value;
    };
    var syntaxError = (type, char) => {
      return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
    };
    var splitTopLevel = (input) => {
      const parts = [];
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let value = "";
      let escaped = false;
      for (const ch of input) {
        if (escaped === true) {
          value += ch;
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          value += ch;
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          value += ch;
          continue;
        }
        if (quote === 0) {
          if (ch === "[") {
            bracket++;
          } else if (ch === "]" && bracket > 0) {
            bracket--;
          } else if (bracket === 0) {
            if (ch === "(") {
              paren++;
            } else if (ch === ")" && paren > 0) {
              paren--;
            } else if (ch === "|" && paren === 0) {
              parts.push(value);
              value = "";
              continue;
            }
          }
        }
        value += ch;
      }
      parts.push(value);
      return parts;
    };
    var isPlainBranch = (branch) => {
      let escaped = false;
      for (const ch of branch) {
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (/[?*+@!()[\]{}]/.test(ch)) {
          return false;
        }
      }
      return true;
    };
    var normalizeSimpleBranch = (branch) => {
      let value = branch.trim();
      let changed = true;
      while (changed === true) {
        changed = false;
        if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
          value = value.slice(2, -1);
          changed = true;
        }
      }
      if (!isPlainBranch(value)) {
        return;
      }
      return value.replace(/\\(.)/g, "$1");
    };
    var hasRepeatedCharPrefixOverlap = (branches) => {
      const values = branches.map(normalizeSimpleBranch).filter(Boolean);
      for (let i = 0; i < values.length; i++) {
        for (let j = i + 1; j < values.length; j++) {
          const a = values[i];
          const b = values[j];
          const char = a[0];
          if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
            continue;
          }
          if (a === b || a.startsWith(b) || b.startsWith(a)) {
            return true;
          }
        }
      }
      return false;
    };
    var parseRepeatedExtglob = (pattern, requireEnd = true) => {
      if (pattern[0] !== "+" && pattern[0] !== "*" || pattern[1] !== "(") {
        return;
      }
      let bracket = 0;
      let paren = 0;
      let quote = 0;
      let escaped = false;
      for (let i = 1; i < pattern.length; i++) {
        const ch = pattern[i];
        if (escaped === true) {
          escaped = false;
          continue;
        }
        if (ch === "\\") {
          escaped = true;
          continue;
        }
        if (ch === '"') {
          quote = quote === 1 ? 0 : 1;
          continue;
        }
        if (quote === 1) {
          continue;
        }
        if (ch === "[") {
          bracket++;
          continue;
        }
        if (ch === "]" && bracket > 0) {
          bracket--;
          continue;
        }
        if (bracket > 0) {
          continue;
        }
        if (ch === "(") {
          paren++;
          continue;
        }
        if (ch === ")") {
          paren--;
          if (paren === 0) {
            if (requireEnd === true && i !== pattern.length - 1) {
              return;
            }
            return {
              type: pattern[0],
              body: pattern.slice(2, i),
              end: i
            };
          }
        }
      }
    };
    var buildCharClassStar = (chars) => {
      const source = chars.length === 1 ? utils.escapeRegex(chars[0]) : `[${chars.map((ch) => utils.escapeRegex(ch)).join("")}]`;
      return `${source}*`;
    };
    var getStarExtglobSequenceChars = (pattern) => {
      let index = 0;
      const chars = [];
      while (index < pattern.length) {
        const match = parseRepeatedExtglob(pattern.slice(index), false);
        if (!match || match.type !== "*") {
          return;
        }
        const branches = splitTopLevel(match.body).map((branch2) => branch2.trim());
        if (branches.length !== 1) {
          return;
        }
        const branch = normalizeSimpleBranch(branches[0]);
        if (!branch || branch.length !== 1) {
          return;
        }
        chars.push(branch);
        index += match.end + 1;
      }
      if (chars.length < 1) {
        return;
      }
      return chars;
    };
    var repeatedExtglobRecursion = (pattern) => {
      let depth = 0;
      let value = pattern.trim();
      let match = parseRepeatedExtglob(value);
      while (match) {
        depth++;
        value = match.body.trim();
        match = parseRepeatedExtglob(value);
      }
      return depth;
    };
    var analyzeRepeatedExtglob = (body, options) => {
      if (options.maxExtglobRecursion === false) {
        return { risky: false };
      }
      const max = typeof options.maxExtglobRecursion === "number" ? options.maxExtglobRecursion : constants.DEFAULT_MAX_EXTGLOB_RECURSION;
      const branches = splitTopLevel(body).map((branch) => branch.trim());
      if (branches.length > 1) {
        if (branches.some((branch) => branch === "") || branches.some((branch) => /^[*?]+$/.test(branch)) || hasRepeatedCharPrefixOverlap(branches)) {
          return { risky: true };
        }
      }
      const safeChars = [];
      let sawStarSequence = false;
      let combinable = true;
      for (const branch of branches) {
        const chars = getStarExtglobSequenceChars(branch);
        if (chars) {
          sawStarSequence = true;
          safeChars.push(...chars);
          continue;
        }
        const literal = normalizeSimpleBranch(branch);
        if (literal && literal.length === 1) {
          safeChars.push(literal);
          continue;
        }
        combinable = false;
        if (repeatedExtglobRecursion(branch) > max) {
          return { risky: true };
        }
      }
      if (sawStarSequence) {
        return combinable ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) } : { risky: true };
      }
      return { risky: false };
    };
    var parse = (input, options) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected a string");
      }
      input = REPLACEMENTS[input] || input;
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      let len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      const bos = { type: "bos", value: "", output: opts.prepend || "" };
      const tokens = [bos];
      const capture = opts.capture ? "" : "?:";
      const PLATFORM_CHARS = constants.globChars(opts.windows);
      const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);
      const {
        DOT_LITERAL,
        PLUS_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOT_SLASH,
        NO_DOTS_SLASH,
        QMARK,
        QMARK_NO_DOT,
        STAR,
        START_ANCHOR
      } = PLATFORM_CHARS;
      const globstar = (opts2) => {
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const nodot = opts.dot ? "" : NO_DOT;
      const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
      let star = opts.bash === true ? globstar(opts) : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      if (typeof opts.noext === "boolean") {
        opts.noextglob = opts.noext;
      }
      const state = {
        input,
        index: -1,
        start: 0,
        dot: opts.dot === true,
        consumed: "",
        output: "",
        prefix: "",
        backtrack: false,
        negated: false,
        brackets: 0,
        braces: 0,
        parens: 0,
        quotes: 0,
        globstar: false,
        tokens
      };
      input = utils.removePrefix(input, state);
      len = input.length;
      const extglobs = [];
      const braces = [];
      const stack = [];
      let prev = bos;
      let value;
      const eos = () => state.index === len - 1;
      const peek = state.peek = (n = 1) => input[state.index + n];
      const advance = state.advance = () => input[++state.index] || "";
      const remaining = () => input.slice(state.index + 1);
      const consume = (value2 = "", num = 0) => {
        state.consumed += value2;
        state.index += num;
      };
      const append = (token) => {
        state.output += token.output != null ? token.output : token.value;
        consume(token.value);
      };
      const negate = () => {
        let count = 1;
        while (peek() === "!" && (peek(2) !== "(" || peek(3) === "?")) {
          advance();
          state.start++;
          count++;
        }
        if (count % 2 === 0) {
          return false;
        }
        state.negated = true;
        state.start++;
        return true;
      };
      const increment = (type) => {
        state[type]++;
        stack.push(type);
      };
      const decrement = (type) => {
        state[type]--;
        stack.pop();
      };
      const push = (tok) => {
        if (prev.type === "globstar") {
          const isBrace = state.braces > 0 && (tok.type === "comma" || tok.type === "brace");
          const isExtglob = tok.extglob === true || extglobs.length && (tok.type === "pipe" || tok.type === "paren");
          if (tok.type !== "slash" && tok.type !== "paren" && !isBrace && !isExtglob) {
            state.output = state.output.slice(0, -prev.output.length);
            prev.type = "star";
            prev.value = "*";
            prev.output = star;
            state.output += prev.output;
          }
        }
        if (extglobs.length && tok.type !== "paren") {
          extglobs[extglobs.length - 1].inner += tok.value;
        }
        if (tok.value || tok.output) append(tok);
        if (prev && prev.type === "text" && tok.type === "text") {
          prev.output = (prev.output || prev.value) + tok.value;
          prev.value += tok.value;
          return;
        }
        tok.prev = prev;
        tokens.push(tok);
        prev = tok;
      };
      const extglobOpen = (type, value2) => {
        const token = { ...EXTGLOB_CHARS[value2], conditions: 1, inner: "" };
        token.prev = prev;
        token.parens = state.parens;
        token.output = state.output;
        token.startIndex = state.index;
        token.tokensIndex = tokens.length;
        const output = (opts.capture ? "(" : "") + token.open;
        increment("parens");
        push({ type, value: value2, output: state.output ? "" : ONE_CHAR });
        push({ type: "paren", extglob: true, value: advance(), output });
        extglobs.push(token);
      };
      const extglobClose = (token) => {
        const literal = input.slice(token.startIndex, state.index + 1);
        const body = input.slice(token.startIndex + 2, state.index);
        const analysis = analyzeRepeatedExtglob(body, opts);
        if ((token.type === "plus" || token.type === "star") && analysis.risky) {
          const safeOutput = analysis.safeOutput ? (token.output ? "" : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput) : void 0;
          const open = tokens[token.tokensIndex];
          open.type = "text";
          open.value = literal;
          open.output = safeOutput || utils.escapeRegex(literal);
          for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
            tokens[i].value = "";
            tokens[i].output = "";
            delete tokens[i].suffix;
          }
          state.output = token.output + open.output;
          state.backtrack = true;
          push({ type: "paren", extglob: true, value, output: "" });
          decrement("parens");
          return;
        }
        let output = token.close + (opts.capture ? ")" : "");
        let rest;
        if (token.type === "negate") {
          let extglobStar = star;
          if (token.inner && token.inner.length > 1 && token.inner.includes("/")) {
            extglobStar = globstar(opts);
          }
          if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
            output = token.close = `)$))${extglobStar}`;
          }
          if (token.inner.includes("*") && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
            const expression = parse(rest, { ...options, fastpaths: false }).output;
            output = token.close = `)${expression})${extglobStar})`;
          }
          if (token.prev.type === "bos") {
            state.negatedExtglob = true;
          }
        }
        push({ type: "paren", extglob: true, value, output });
        decrement("parens");
      };
      if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
        let backslashes = false;
        let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
          if (first === "\\") {
            backslashes = true;
            return m;
          }
          if (first === "?") {
            if (esc) {
              return esc + first + (rest ? QMARK.repeat(rest.length) : "");
            }
            if (index === 0) {
              return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : "");
            }
            return QMARK.repeat(chars.length);
          }
          if (first === ".") {
            return DOT_LITERAL.repeat(chars.length);
          }
          if (first === "*") {
            if (esc) {
              return esc + first + (rest ? star : "");
            }
            return star;
          }
          return esc ? m : `\\${m}`;
        });
        if (backslashes === true) {
          if (opts.unescape === true) {
            output = output.replace(/\\/g, "");
          } else {
            output = output.replace(/\\+/g, (m) => {
              return m.length % 2 === 0 ? "\\\\" : m ? "\\" : "";
            });
          }
        }
        if (output === input && opts.contains === true) {
          state.output = input;
          return state;
        }
        state.output = utils.wrapOutput(output, state, options);
        return state;
      }
      while (!eos()) {
        value = advance();
        if (value === "\0") {
          continue;
        }
        if (value === "\\") {
          const next = peek();
          if (next === "/" && opts.bash !== true) {
            continue;
          }
          if (next === "." || next === ";") {
            continue;
          }
          if (!next) {
            value += "\\";
            push({ type: "text", value });
            continue;
          }
          const match = /^\\+/.exec(remaining());
          let slashes = 0;
          if (match && match[0].length > 2) {
            slashes = match[0].length;
            state.index += slashes;
            if (slashes % 2 !== 0) {
              value += "\\";
            }
          }
          if (opts.unescape === true) {
            value = advance();
          } else {
            value += advance();
          }
          if (state.brackets === 0) {
            push({ type: "text", value });
            continue;
          }
        }
        if (state.brackets > 0 && (value !== "]" || prev.value === "[" || prev.value === "[^")) {
          if (opts.posix !== false && value === ":") {
            const inner = prev.value.slice(1);
            if (inner.includes("[")) {
              prev.posix = true;
              if (inner.includes(":")) {
                const idx = prev.value.lastIndexOf("[");
                const pre = prev.value.slice(0, idx);
                const rest2 = prev.value.slice(idx + 2);
                const posix = POSIX_REGEX_SOURCE[rest2];
                if (posix) {
                  prev.value = pre + posix;
                  state.backtrack = true;
                  advance();
                  if (!bos.output && tokens.indexOf(prev) === 1) {
                    bos.output = ONE_CHAR;
                  }
                  continue;
                }
              }
            }
          }
          if (value === "[" && peek() !== ":" || value === "-" && peek() === "]") {
            value = `\\${value}`;
          }
          if (value === "]" && (prev.value === "[" || prev.value === "[^")) {
            value = `\\${value}`;
          }
          if (opts.posix === true && value === "!" && prev.value === "[") {
            value = "^";
          }
          prev.value += value;
          append({ value });
          continue;
        }
        if (state.quotes === 1 && value !== '"') {
          value = utils.escapeRegex(value);
          prev.value += value;
          append({ value });
          continue;
        }
        if (value === '"') {
          state.quotes = state.quotes === 1 ? 0 : 1;
          if (opts.keepQuotes === true) {
            push({ type: "text", value });
          }
          continue;
        }
        if (value === "(") {
          increment("parens");
          push({ type: "paren", value });
          continue;
        }
        if (value === ")") {
          if (state.parens === 0 && opts.strictBrackets === true) {
            throw new SyntaxError(syntaxError("opening", "("));
          }
          const extglob = extglobs[extglobs.length - 1];
          if (extglob && state.parens === extglob.parens + 1) {
            extglobClose(extglobs.pop());
            continue;
          }
          push({ type: "paren", value, output: state.parens ? ")" : "\\)" });
          decrement("parens");
          continue;
        }
        if (value === "[") {
          if (opts.nobracket === true || !remaining().includes("]")) {
            if (opts.nobracket !== true && opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("closing", "]"));
            }
            value = `\\${value}`;
          } else {
            increment("brackets");
          }
          push({ type: "bracket", value });
          continue;
        }
        if (value === "]") {
          if (opts.nobracket === true || prev && prev.type === "bracket" && prev.value.length === 1) {
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          if (state.brackets === 0) {
            if (opts.strictBrackets === true) {
              throw new SyntaxError(syntaxError("opening", "["));
            }
            push({ type: "text", value, output: `\\${value}` });
            continue;
          }
          decrement("brackets");
          const prevValue = prev.value.slice(1);
          if (prev.posix !== true && prevValue[0] === "^" && !prevValue.includes("/")) {
            value = `/${value}`;
          }
          prev.value += value;
          append({ value });
          if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
            continue;
          }
          const escaped = utils.escapeRegex(prev.value);
          state.output = state.output.slice(0, -prev.value.length);
          if (opts.literalBrackets === true) {
            state.output += escaped;
            prev.value = escaped;
            continue;
          }
          prev.value = `(${capture}${escaped}|${prev.value})`;
          state.output += prev.value;
          continue;
        }
        if (value === "{" && opts.nobrace !== true) {
          increment("braces");
          const open = {
            type: "brace",
            value,
            output: "(",
            outputIndex: state.output.length,
            tokensIndex: state.tokens.length
          };
          braces.push(open);
          push(open);
          continue;
        }
        if (value === "}") {
          const brace = braces[braces.length - 1];
          if (opts.nobrace === true || !brace) {
            push({ type: "text", value, output: value });
            continue;
          }
          let output = ")";
          if (brace.dots === true) {
            const arr = tokens.slice();
            const range = [];
            for (let i = arr.length - 1; i >= 0; i--) {
              tokens.pop();
              if (arr[i].type === "brace") {
                break;
              }
              if (arr[i].type !== "dots") {
                range.unshift(arr[i].value);
              }
            }
            output = expandRange(range, opts);
            state.backtrack = true;
          }
          if (brace.comma !== true && brace.dots !== true) {
            const out = state.output.slice(0, brace.outputIndex);
            const toks = state.tokens.slice(brace.tokensIndex);
            brace.value = brace.output = "\\{";
            value = output = "\\}";
            state.output = out;
            for (const t of toks) {
              state.output += t.output || t.value;
            }
          }
          push({ type: "brace", value, output });
          decrement("braces");
          braces.pop();
          continue;
        }
        if (value === "|") {
          if (extglobs.length > 0) {
            extglobs[extglobs.length - 1].conditions++;
          }
          push({ type: "text", value });
          continue;
        }
        if (value === ",") {
          let output = value;
          const brace = braces[braces.length - 1];
          if (brace && stack[stack.length - 1] === "braces") {
            brace.comma = true;
            output = "|";
          }
          push({ type: "comma", value, output });
          continue;
        }
        if (value === "/") {
          if (prev.type === "dot" && state.index === state.start + 1) {
            state.start = state.index + 1;
            state.consumed = "";
            state.output = "";
            tokens.pop();
            prev = bos;
            continue;
          }
          push({ type: "slash", value, output: SLASH_LITERAL });
          continue;
        }
        if (value === ".") {
          if (state.braces > 0 && prev.type === "dot") {
            if (prev.value === ".") prev.output = DOT_LITERAL;
            const brace = braces[braces.length - 1];
            prev.type = "dots";
            prev.output += value;
            prev.value += value;
            brace.dots = true;
            continue;
          }
          if (state.braces + state.parens === 0 && prev.type !== "bos" && prev.type !== "slash") {
            push({ type: "text", value, output: DOT_LITERAL });
            continue;
          }
          push({ type: "dot", value, output: DOT_LITERAL });
          continue;
        }
        if (value === "?") {
          const isGroup = prev && prev.value === "(";
          if (!isGroup && opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("qmark", value);
            continue;
          }
          if (prev && prev.type === "paren") {
            const next = peek();
            let output = value;
            if (prev.value === "(" && !/[!=<:]/.test(next) || next === "<" && !/<([!=]|\w+>)/.test(remaining())) {
              output = `\\${value}`;
            }
            push({ type: "text", value, output });
            continue;
          }
          if (opts.dot !== true && (prev.type === "slash" || prev.type === "bos")) {
            push({ type: "qmark", value, output: QMARK_NO_DOT });
            continue;
          }
          push({ type: "qmark", value, output: QMARK });
          continue;
        }
        if (value === "!") {
          if (opts.noextglob !== true && peek() === "(") {
            if (peek(2) !== "?" || !/[!=<:]/.test(peek(3))) {
              extglobOpen("negate", value);
              continue;
            }
          }
          if (opts.nonegate !== true && state.index === 0) {
            negate();
            continue;
          }
        }
        if (value === "+") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            extglobOpen("plus", value);
            continue;
          }
          if (prev && prev.value === "(" || opts.regex === false) {
            push({ type: "plus", value, output: PLUS_LITERAL });
            continue;
          }
          if (prev && (prev.type === "bracket" || prev.type === "paren" || prev.type === "brace") || state.parens > 0) {
            push({ type: "plus", value });
            continue;
          }
          push({ type: "plus", value: PLUS_LITERAL });
          continue;
        }
        if (value === "@") {
          if (opts.noextglob !== true && peek() === "(" && peek(2) !== "?") {
            push({ type: "at", extglob: true, value, output: "" });
            continue;
          }
          push({ type: "text", value });
          continue;
        }
        if (value !== "*") {
          if (value === "$" || value === "^") {
            value = `\\${value}`;
          }
          const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
          if (match) {
            value += match[0];
            state.index += match[0].length;
          }
          push({ type: "text", value });
          continue;
        }
        if (prev && (prev.type === "globstar" || prev.star === true)) {
          prev.type = "star";
          prev.star = true;
          prev.value += value;
          prev.output = star;
          state.backtrack = true;
          state.globstar = true;
          consume(value);
          continue;
        }
        let rest = remaining();
        if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
          extglobOpen("star", value);
          continue;
        }
        if (prev.type === "star") {
          if (opts.noglobstar === true) {
            consume(value);
            continue;
          }
          const prior = prev.prev;
          const before = prior.prev;
          const isStart = prior.type === "slash" || prior.type === "bos";
          const afterStar = before && (before.type === "star" || before.type === "globstar");
          if (opts.bash === true && (!isStart || rest[0] && rest[0] !== "/")) {
            push({ type: "star", value, output: "" });
            continue;
          }
          const isBrace = state.braces > 0 && (prior.type === "comma" || prior.type === "brace");
          const isExtglob = extglobs.length && (prior.type === "pipe" || prior.type === "paren");
          if (!isStart && prior.type !== "paren" && !isBrace && !isExtglob) {
            push({ type: "star", value, output: "" });
            continue;
          }
          while (rest.slice(0, 3) === "/**") {
            const after = input[state.index + 4];
            if (after && after !== "/") {
              break;
            }
            rest = rest.slice(3);
            consume("/**", 3);
          }
          const isEnd = eos() || state.parens > 0 && rest === ")".repeat(state.parens) && !extglobs.some((extglob) => extglob.type === "negate");
          if (prior.type === "bos" && eos()) {
            prev.type = "globstar";
            prev.value += value;
            prev.output = globstar(opts);
            state.output = prev.output;
            state.globstar = true;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && !afterStar && isEnd) {
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = globstar(opts) + (opts.strictSlashes ? ")" : "|$)");
            prev.value += value;
            state.globstar = true;
            state.output += prior.output + prev.output;
            consume(value);
            continue;
          }
          if (prior.type === "slash" && prior.prev.type !== "bos" && rest[0] === "/") {
            const end = rest[1] !== void 0 ? "|$" : "";
            state.output = state.output.slice(0, -(prior.output + prev.output).length);
            prior.output = `(?:${prior.output}`;
            prev.type = "globstar";
            prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
            prev.value += value;
            state.output += prior.output + prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          if (prior.type === "bos" && rest[0] === "/") {
            prev.type = "globstar";
            prev.value += value;
            prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
            state.output = prev.output;
            state.globstar = true;
            consume(value + advance());
            push({ type: "slash", value: "/", output: "" });
            continue;
          }
          state.output = state.output.slice(0, -prev.output.length);
          prev.type = "globstar";
          prev.output = globstar(opts);
          prev.value += value;
          state.output += prev.output;
          state.globstar = true;
          consume(value);
          continue;
        }
        const token = { type: "star", value, output: star };
        if (opts.bash === true) {
          token.output = ".*?";
          if (prev.type === "bos" || prev.type === "slash") {
            token.output = nodot + token.output;
          }
          push(token);
          continue;
        }
        if (prev && (prev.type === "bracket" || prev.type === "paren") && opts.regex === true) {
          token.output = value;
          push(token);
          continue;
        }
        if (state.index === state.start || prev.type === "slash" || prev.type === "dot") {
          if (prev.type === "dot") {
            state.output += NO_DOT_SLASH;
            prev.output += NO_DOT_SLASH;
          } else if (opts.dot === true) {
            state.output += NO_DOTS_SLASH;
            prev.output += NO_DOTS_SLASH;
          } else {
            state.output += nodot;
            prev.output += nodot;
          }
          if (peek() !== "*") {
            state.output += ONE_CHAR;
            prev.output += ONE_CHAR;
          }
        }
        push(token);
      }
      while (state.brackets > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "]"));
        state.output = utils.escapeLast(state.output, "[");
        decrement("brackets");
      }
      while (state.parens > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", ")"));
        state.output = utils.escapeLast(state.output, "(");
        decrement("parens");
      }
      while (state.braces > 0) {
        if (opts.strictBrackets === true) throw new SyntaxError(syntaxError("closing", "}"));
        state.output = utils.escapeLast(state.output, "{");
        decrement("braces");
      }
      if (opts.strictSlashes !== true && (prev.type === "star" || prev.type === "bracket")) {
        push({ type: "maybe_slash", value: "", output: `${SLASH_LITERAL}?` });
      }
      if (state.backtrack === true) {
        state.output = "";
        for (const token of state.tokens) {
          state.output += token.output != null ? token.output : token.value;
          if (token.suffix) {
            state.output += token.suffix;
          }
        }
      }
      return state;
    };
    parse.fastpaths = (input, options) => {
      const opts = { ...options };
      const max = typeof opts.maxLength === "number" ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
      const len = input.length;
      if (len > max) {
        throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
      }
      input = REPLACEMENTS[input] || input;
      const {
        DOT_LITERAL,
        SLASH_LITERAL,
        ONE_CHAR,
        DOTS_SLASH,
        NO_DOT,
        NO_DOTS,
        NO_DOTS_SLASH,
        STAR,
        START_ANCHOR
      } = constants.globChars(opts.windows);
      const nodot = opts.dot ? NO_DOTS : NO_DOT;
      const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
      const capture = opts.capture ? "" : "?:";
      const state = { negated: false, prefix: "" };
      let star = opts.bash === true ? ".*?" : STAR;
      if (opts.capture) {
        star = `(${star})`;
      }
      const globstar = (opts2) => {
        if (opts2.noglobstar === true) return star;
        return `(${capture}(?:(?!${START_ANCHOR}${opts2.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
      };
      const create = (str) => {
        switch (str) {
          case "*":
            return `${nodot}${ONE_CHAR}${star}`;
          case ".*":
            return `${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*.*":
            return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "*/*":
            return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;
          case "**":
            return nodot + globstar(opts);
          case "**/*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;
          case "**/*.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;
          case "**/.*":
            return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;
          default: {
            const match = /^(.*?)\.(\w+)$/.exec(str);
            if (!match) return;
            const source2 = create(match[1]);
            if (!source2) return;
            return source2 + DOT_LITERAL + match[2];
          }
        }
      };
      const output = utils.removePrefix(input, state);
      let source = create(output);
      if (source && opts.strictSlashes !== true) {
        source += `${SLASH_LITERAL}?`;
      }
      return source;
    };
    module.exports = parse;
  }
});

// node_modules/picomatch/lib/picomatch.js
var require_picomatch = __commonJS({
  "node_modules/picomatch/lib/picomatch.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    var utils = require_utils();
    var constants = require_constants();
    var isObject2 = (val) => val && typeof val === "object" && !Array.isArray(val);
    var picomatch3 = (glob2, options, returnState = false) => {
      if (Array.isArray(glob2)) {
        const fns = glob2.map((input) => picomatch3(input, options, returnState));
        const arrayMatcher = (str) => {
          for (const isMatch of fns) {
            const state2 = isMatch(str);
            if (state2) return state2;
          }
          return false;
        };
        return arrayMatcher;
      }
      const isState = isObject2(glob2) && glob2.tokens && glob2.input;
      if (glob2 === "" || typeof glob2 !== "string" && !isState) {
        throw new TypeError("Expected pattern to be a non-empty string");
      }
      const opts = options || {};
      const posix = opts.windows;
      const regex = isState ? picomatch3.compileRe(glob2, options) : picomatch3.makeRe(glob2, options, false, true);
      const state = regex.state;
      delete regex.state;
      let isIgnored = () => false;
      if (opts.ignore) {
        const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
        isIgnored = picomatch3(opts.ignore, ignoreOpts, returnState);
      }
      const matcher = (input, returnObject = false) => {
        const { isMatch, match, output } = picomatch3.test(input, regex, options, { glob: glob2, posix });
        const result = { glob: glob2, state, regex, posix, input, output, match, isMatch };
        if (typeof opts.onResult === "function") {
          opts.onResult(result);
        }
        if (isMatch === false) {
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (isIgnored(input)) {
          if (typeof opts.onIgnore === "function") {
            opts.onIgnore(result);
          }
          result.isMatch = false;
          return returnObject ? result : false;
        }
        if (typeof opts.onMatch === "function") {
          opts.onMatch(result);
        }
        return returnObject ? result : true;
      };
      if (returnState) {
        matcher.state = state;
      }
      return matcher;
    };
    picomatch3.test = (input, regex, options, { glob: glob2, posix } = {}) => {
      if (typeof input !== "string") {
        throw new TypeError("Expected input to be a string");
      }
      if (input === "") {
        return { isMatch: false, output: "" };
      }
      const opts = options || {};
      const format = opts.format || (posix ? utils.toPosixSlashes : null);
      let match = input === glob2;
      let output = match && format ? format(input) : input;
      if (match === false) {
        output = format ? format(input) : input;
        match = output === glob2;
      }
      if (match === false || opts.capture === true) {
        if (opts.matchBase === true || opts.basename === true) {
          match = picomatch3.matchBase(input, regex, options, posix);
        } else {
          match = regex.exec(output);
        }
      }
      return { isMatch: Boolean(match), match, output };
    };
    picomatch3.matchBase = (input, glob2, options, posix = options && options.windows) => {
      const regex = glob2 instanceof RegExp ? glob2 : picomatch3.makeRe(glob2, options);
      return regex.test(utils.basename(input, { windows: posix }));
    };
    picomatch3.isMatch = (str, patterns, options) => picomatch3(patterns, options)(str);
    picomatch3.parse = (pattern, options) => {
      if (Array.isArray(pattern)) return pattern.map((p) => picomatch3.parse(p, options));
      return parse(pattern, { ...options, fastpaths: false });
    };
    picomatch3.scan = (input, options) => scan(input, options);
    picomatch3.compileRe = (state, options, returnOutput = false, returnState = false) => {
      if (returnOutput === true) {
        return state.output;
      }
      const opts = options || {};
      const prepend = opts.contains ? "" : "^";
      const append = opts.contains ? "" : "$";
      let source = `${prepend}(?:${state.output})${append}`;
      if (state && state.negated === true) {
        source = `^(?!${source}).*$`;
      }
      const regex = picomatch3.toRegex(source, options);
      if (returnState === true) {
        regex.state = state;
      }
      return regex;
    };
    picomatch3.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
      if (!input || typeof input !== "string") {
        throw new TypeError("Expected a non-empty string");
      }
      let parsed = { negated: false, fastpaths: true };
      if (options.fastpaths !== false && (input[0] === "." || input[0] === "*")) {
        parsed.output = parse.fastpaths(input, options);
      }
      if (!parsed.output) {
        parsed = parse(input, options);
      }
      return picomatch3.compileRe(parsed, options, returnOutput, returnState);
    };
    picomatch3.toRegex = (source, options) => {
      try {
        const opts = options || {};
        return new RegExp(source, opts.flags || (opts.nocase ? "i" : ""));
      } catch (err) {
        if (options && options.debug === true) throw err;
        return /$^/;
      }
    };
    picomatch3.constants = constants;
    module.exports = picomatch3;
  }
});

// node_modules/picomatch/index.js
var require_picomatch2 = __commonJS({
  "node_modules/picomatch/index.js"(exports, module) {
    "use strict";
    var pico = require_picomatch();
    var utils = require_utils();
    function picomatch3(glob2, options, returnState = false) {
      if (options && (options.windows === null || options.windows === void 0)) {
        options = { ...options, windows: utils.isWindows() };
      }
      return pico(glob2, options, returnState);
    }
    Object.assign(picomatch3, pico);
    module.exports = picomatch3;
  }
});

// src/policy/glob.ts
var import_picomatch = __toESM(require_picomatch2(), 1);
var compiled = /* @__PURE__ */ new Map();
function matchesGlob(id, pattern) {
  let match = compiled.get(pattern);
  if (!match) {
    match = (0, import_picomatch.default)(pattern, { nocase: true });
    compiled.set(pattern, match);
  }
  return match(id);
}

// src/policy/licences.ts
var spdxList = spdx_default;
var LICENCE_FLAGS = [
  "restricted-use",
  "non-commercial",
  "binds-derivatives",
  "attribution"
];
function osiApproved(id) {
  return spdxList[id]?.osiApproved === true;
}
function judgeLeaf(leaf, policy, lookup) {
  const base = leaf.split(" WITH ")[0].replace(/\+$/, "");
  const flags = lookup(base)?.flags ?? [];
  const denied = policy.licences.deny.find((glob2) => matchesGlob(base, glob2));
  if (denied) return { leaf, approved: false, why: `denied:${denied}`, flags };
  const flag = flags.find((f) => policy.licences.denyFlags.includes(f));
  if (flag) return { leaf, approved: false, why: `flag:${flag}`, flags };
  if (policy.licences.approve.some((id) => id.toLowerCase() === base.toLowerCase())) {
    return { leaf, approved: true, why: "listed", flags };
  }
  if (policy.licences.osiApproved && osiApproved(base)) return { leaf, approved: true, why: "osi", flags };
  return { leaf, approved: false, why: "not-listed", flags };
}
function judgeExpression(expression, policy, lookup) {
  const parsed = parseExpression(expression);
  if (!parsed.ok) return { approved: false, leaves: [] };
  const judged = leaves(parsed.tree).map((leaf) => judgeLeaf(leaf, policy, lookup));
  const approvedSet = new Set(judged.filter((j) => j.approved).map((j) => j.leaf));
  return { approved: expressionApproved(parsed.expression, (leaf) => approvedSet.has(leaf)), leaves: judged };
}
function approvedSpdxIds(policy) {
  const ids = /* @__PURE__ */ new Set();
  if (policy.licences.osiApproved) {
    for (const [id, v] of Object.entries(spdxList)) if (v.osiApproved) ids.add(id);
  }
  for (const id of policy.licences.approve) ids.add(id);
  return [...ids].filter((id) => !policy.licences.deny.some((g) => matchesGlob(id, g))).sort();
}

// src/policy/load.ts
var import_yaml = __toESM(require_dist(), 1);
import { existsSync, readdirSync } from "node:fs";
import { dirname, resolve } from "node:path";

// src/bundle-index.ts
import { createHash } from "node:crypto";

// src/evidence-schema.ts
var sourceKind = external_exports.enum(["huggingface", "github", "git", "local"]);
var availability = external_exports.enum(["public", "gated-auto", "gated-manual", "private", "disabled", "missing"]);
var sha256 = external_exports.string().regex(/^[0-9a-f]{64}$/, "a SHA-256 is 64 lower-case hex digits");
var sourceFailureSchema = external_exports.strictObject({
  code: external_exports.string().min(1),
  message: external_exports.string(),
  url: external_exports.string().optional(),
  status: external_exports.number().int().optional(),
  requestId: external_exports.string().optional(),
  origin: external_exports.string().optional()
});
var declaredLicence = external_exports.strictObject({
  origin: external_exports.enum(["hub-card", "hub-tag", "github-api", "spdx-tag", "readme-front-matter"]),
  value: external_exports.string(),
  name: external_exports.string().optional(),
  link: external_exports.string().optional()
});
var licenceText = external_exports.strictObject({
  path: external_exports.string().min(1),
  role: external_exports.enum(["licence", "readme"]),
  text: external_exports.string().optional(),
  error: external_exports.string().optional(),
  url: external_exports.string().optional(),
  sha256: sha256.optional(),
  truncated: external_exports.boolean().optional()
});
var weightFacts = external_exports.strictObject({
  bytes: external_exports.number().int().nonnegative().optional(),
  bytesAtLeast: external_exports.number().int().nonnegative().optional(),
  parameters: external_exports.number().int().nonnegative().optional(),
  dtypes: external_exports.record(external_exports.string(), external_exports.number().nonnegative()).optional(),
  storageBytes: external_exports.number().int().nonnegative().optional(),
  source: external_exports.enum([
    "hub-listing",
    "hub-tree",
    "safetensors-header",
    "github-tree",
    "lfs-pointer",
    "file-size"
  ]),
  digests: external_exports.array(external_exports.string()).optional(),
  problem: external_exports.string().optional()
});
var baseModelFacts = external_exports.strictObject({
  id: external_exports.string().min(1),
  relation: external_exports.string(),
  own: external_exports.boolean(),
  declaredLicences: external_exports.array(declaredLicence),
  failure: sourceFailureSchema.optional()
});
var release = external_exports.strictObject({
  source: sourceKind,
  id: external_exports.string().min(1),
  team: external_exports.string().min(1),
  declared: external_exports.boolean(),
  origin: external_exports.string()
});
var facts = external_exports.strictObject({
  source: sourceKind,
  id: external_exports.string().min(1),
  requestedId: external_exports.string().optional(),
  url: external_exports.string().optional(),
  revision: external_exports.string().optional(),
  availability: availability.nullable(),
  files: external_exports.array(external_exports.string()).nullable(),
  parameters: external_exports.number().nonnegative().optional(),
  declaredLicences: external_exports.array(declaredLicence),
  baseModels: external_exports.array(external_exports.string()).optional(),
  weights: weightFacts.optional(),
  baseRelation: external_exports.string().optional(),
  fork: external_exports.strictObject({ parent: external_exports.string().nullable() }).optional(),
  lineage: external_exports.array(baseModelFacts).optional(),
  links: external_exports.array(external_exports.string()).optional(),
  failure: sourceFailureSchema.optional(),
  problems: external_exports.array(sourceFailureSchema).optional(),
  // Raw metadata as fetched: shown to reviewers, never judged, so its shape is not checked.
  raw: external_exports.unknown().optional()
});
var evidenceSchema = external_exports.strictObject({
  schema: external_exports.literal("openquota/evidence@1"),
  team: external_exports.string().min(1),
  release,
  facts,
  texts: external_exports.array(licenceText),
  fetchedAt: external_exports.iso.datetime()
});

// src/bundle-index.ts
var BUNDLE_SCHEMA = "openquota/evidence-bundle@2";
var sha2562 = external_exports.string().regex(/^[0-9a-f]{64}$/, "a SHA-256 is 64 lower-case hex digits");
var RECORD_PATH = /^evidence\/[a-z0-9][a-z0-9-]*\/(huggingface|github|git|local)\/[A-Za-z0-9._-]+\.json$/;
var recordEntry = external_exports.strictObject({
  file: external_exports.string().regex(RECORD_PATH, "a record is evidence/<team>/<source>/<name>.json"),
  sha256: sha2562,
  // In the order of the record's `texts`; null for a text that was not read (it has an `error`).
  texts: external_exports.array(sha2562.nullable())
});
var bundleIndexSchema = external_exports.strictObject({
  schema: external_exports.literal(BUNDLE_SCHEMA),
  createdAt: external_exports.iso.datetime(),
  tool: external_exports.strictObject({ name: external_exports.literal("openquota"), version: external_exports.string() }),
  programme: external_exports.strictObject({
    file: external_exports.literal("programme.yml"),
    /** The programme file's path as the scan named it (shown in reports). */
    path: external_exports.string(),
    /** SHA-256 of the programme file the scan read, as in the report's `programme.sha256`. */
    sha256: sha2562,
    /** SHA-256 of `programme.yml` in the bundle (equal to `sha256` for a UTF-8 file). */
    fileSha256: sha2562,
    commit: external_exports.string().nullish()
  }),
  policy: external_exports.strictObject({
    ref: external_exports.string(),
    file: external_exports.literal("policy.yml"),
    /** The policy's SHA-256 as in the report's `policy.sha256`. */
    sha256: sha2562,
    /** SHA-256 of `policy.yml` in the bundle. */
    fileSha256: sha2562
  }),
  teams: external_exports.array(external_exports.string()),
  failures: external_exports.record(external_exports.string(), external_exports.array(sourceFailureSchema)),
  records: external_exports.array(recordEntry),
  /**
   * SHA-256 of this index itself: of its JSON (compact, keys in written order) without this field,
   * so an edit of the index (a listing failure removed, a team added) is detected like any other.
   */
  digest: sha2562,
  requests: external_exports.strictObject({
    api: external_exports.number(),
    files: external_exports.number(),
    retries: external_exports.number(),
    notModified: external_exports.number(),
    cacheHits: external_exports.number()
  }).optional()
});
function indexDigest(index) {
  const { digest: _digest, ...rest } = index;
  return sha256Of(JSON.stringify(rest));
}
function sha256Of(data) {
  return createHash("sha256").update(data).digest("hex");
}
function recordName(id) {
  const safe = id.replace(/^[a-z]+:\/\//i, "").replace(/[^A-Za-z0-9._-]+/g, "__");
  return `${safe.slice(0, 120)}-${sha256Of(id).slice(0, 8)}.json`;
}
function recordPath(team, source, id) {
  return `evidence/${team}/${source}/${recordName(id)}`;
}

// src/policy/extends.ts
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function mergePolicyLayers(base, over) {
  if (!isObject(base) || !isObject(over)) return over === void 0 ? base : over;
  const out = { ...base };
  for (const [key, value] of Object.entries(over)) out[key] = mergePolicyLayers(base[key], value);
  return out;
}
function hasPath(value, path) {
  let node = value;
  for (const part of path) {
    if (node === null || typeof node !== "object" || !Object.hasOwn(node, part)) return false;
    node = node[part];
  }
  return true;
}

// src/policy/schema.ts
var gateTreatment = external_exports.enum(["public", "not-public"]);
var glob = external_exports.string().min(1);
var waiver = external_exports.strictObject({
  release: glob.describe("glob over release ids, e.g. skt/A.X-K1"),
  codes: external_exports.array(external_exports.enum(FINDING_CODES)).min(1).describe("finding codes waived, e.g. [GATED_AUTO]"),
  reason: external_exports.string().min(1).describe("why the ministry accepts it; shown in the report"),
  approvedBy: external_exports.string().min(1).describe("who approved the waiver (a person or a decision reference); shown in the report"),
  expires: external_exports.iso.date().optional().describe("YYYY-MM-DD after which the waiver no longer applies")
});
var approvedId = external_exports.union([
  external_exports.string().min(1),
  external_exports.strictObject({
    id: external_exports.string().regex(/^LicenseRef-[A-Za-z0-9.-]+$/, "a custom licence id is LicenseRef-<name>"),
    custom: external_exports.literal(true).describe("the id is the ministry\u2019s own: the licence engine does not know it")
  })
]).transform((v) => typeof v === "string" ? v : v.id);
var licences = external_exports.strictObject({
  osiApproved: external_exports.boolean().describe("approve every OSI-approved SPDX licence (computed from SPDX data)"),
  approve: external_exports.array(approvedId).default([]).describe("further approved ids, e.g. CC-BY-4.0, or {id: LicenseRef-x, custom: true}"),
  deny: external_exports.array(glob).default([]).describe("globs over ids never approved, e.g. CC-BY-NC-*"),
  denyFlags: external_exports.array(external_exports.enum(LICENCE_FLAGS)).default([]).describe("licences carrying these flags are never approved"),
  minConfidence: external_exports.number().gt(0).max(1).default(0.9).describe("a detected text below this confidence counts as unidentified; in (0, 1]"),
  metadataOnly: external_exports.enum(["allow", "unknown"]).default("allow").describe(
    "a licence named only by metadata (no licence text in the repository at all): allow lets it stand, unknown leaves the licence not established"
  )
});
var policySchema = external_exports.strictObject({
  $schema: external_exports.string().optional(),
  extends: external_exports.string().min(1).optional().describe(
    "a preset name (or policy file) this file changes: objects merge key by key, lists replace whole"
  ),
  id: external_exports.string().regex(/^[a-z0-9][a-z0-9.-]*$/, "a policy id is lower-case letters, digits, dots and dashes"),
  title: external_exports.string().min(1),
  description: external_exports.string().optional(),
  threshold: external_exports.number().gt(0, "the threshold is a share strictly between 0 and 1, e.g. 0.5").lt(1, "the threshold is a share strictly between 0 and 1, e.g. 0.5").describe("a team passes when its compliant share is strictly greater than this; in (0, 1)"),
  availability: external_exports.strictObject({
    "gated-auto": gateTreatment.describe("click-through gating (Hub gated: auto)"),
    "gated-manual": gateTreatment.describe("owner-approved gating (Hub gated: manual)")
  }).describe("how gated releases count; private, disabled and missing are never public"),
  weights: external_exports.strictObject({
    required: external_exports.boolean().describe("a repository without weight files is excluded (not a release)"),
    extensions: external_exports.array(external_exports.string().regex(/^\.[a-z0-9.]+$/)).min(1).describe("weight file extensions"),
    // Defaults argued in rules/msit-sovereign-ai-2025.yml: 1M parameters, 1 MiB.
    minParameters: external_exports.number().int().nonnegative().default(1e6).describe("weights stating fewer parameters are a stub: the repository is excluded (WEIGHTS_STUB)"),
    minBytes: external_exports.number().int().nonnegative().default(1048576).describe("weight files of fewer bytes in all are a stub: the repository is excluded (WEIGHTS_STUB)")
  }),
  licences,
  count: external_exports.enum(["family", "repository"]).default("family").describe(
    "family: quantised, converted and re-uploaded copies count once, under their original; repository: every repository counts"
  ),
  families: external_exports.strictObject({
    adapters: external_exports.enum(["listed", "counted"]).default("listed").describe("adapters (LoRA, PEFT) are listed, not counted"),
    forks: external_exports.enum(["listed", "counted"]).default("listed").describe("forks of other owners' repositories are listed, not counted")
  }).default({ adapters: "listed", forks: "listed" }),
  lineage: external_exports.strictObject({
    thirdPartyBase: external_exports.enum(["allow", "flag", "not-counted"]).default("flag").describe(
      "a release built on another owner's weights: allow (an info finding), flag (a warning), not-counted (excluded)"
    )
  }).default({ thirdPartyBase: "flag" }),
  measure: external_exports.enum(["releases", "parameters", "both"]).default("releases").describe(
    "what the threshold is compared with: the share of releases (the rule as written), of parameters, or both"
  ),
  waivers: external_exports.array(waiver).default([])
});

// src/policy/validate.ts
var import_picomatch2 = __toESM(require_picomatch2(), 1);
var knownIds;
function allKnownIds() {
  knownIds ??= [...spdxLicenceIds, ...licenceEntries().flatMap((e) => [e.id, ...e.aliases])];
  return knownIds;
}
function globProblem(pattern) {
  const open = [];
  const pairs = { "]": "[", "}": "{", ")": "(" };
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (c === "[" || c === "{" || c === "(") open.push(c);
    else if (c in pairs) {
      if (open.at(-1) !== pairs[c]) return `"${c}" at position ${i + 1} closes nothing`;
      open.pop();
    }
  }
  if (open.length > 0) return `"${open.at(-1)}" is never closed`;
  try {
    if (import_picomatch2.default.makeRe(pattern).source === "$^") return "it matches nothing";
  } catch (error) {
    return error.message;
  }
  return void 0;
}
var DERIVED = /^LicenseRef-(.+)-(modified|renamed)$/;
function canonical(id) {
  const known = lookupLicence(id)?.id;
  if (known) return known;
  const m = DERIVED.exec(id);
  if (!m) return void 0;
  const base = lookupLicence(m[1]) ?? lookupLicence(`LicenseRef-${m[1]}`);
  return base ? `LicenseRef-${base.id.replace(/^LicenseRef-/, "")}-${m[2].toLowerCase()}` : void 0;
}
var list = (v) => Array.isArray(v) ? v : [];
function checkApproved(raw, check) {
  const use = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Set();
  list(raw.licences?.approve).forEach((entry, i) => {
    const path = ["licences", "approve", i];
    const custom = typeof entry === "object" && entry !== null;
    const id = custom ? entry.id : entry;
    if (typeof id !== "string") return;
    let result = id;
    if (custom) {
      const known = canonical(id);
      if (known) {
        check.warnings.push({
          path,
          message: `"${id}" is a licence the engine knows, not a custom one`,
          fix: `write it as "${known}" (the engine's flags then apply to it)`
        });
      }
    } else if (/\s/.test(id.trim())) {
      check.problems.push({ path, message: `"${id}" is not one licence id`, fix: "list one id per entry" });
    } else {
      const known = canonical(id);
      if (!known) {
        const near = closest(id, allKnownIds());
        const own = id.startsWith("LicenseRef-") ? `; if it is the ministry's own licence, write {id: ${id}, custom: true}` : "";
        check.problems.push({
          path,
          message: `"${id}" is not an SPDX id or a licence openquota knows`,
          fix: `${near ? `did you mean "${near}"?` : "use an SPDX id, e.g. CC-BY-4.0"}${own}`
        });
      } else if (known !== id) {
        check.warnings.push({
          path,
          message: `"${id}" is spelled "${known}": used as "${known}"`,
          fix: `write "${known}"`
        });
        result = known;
      }
    }
    if (seen.has(result.toLowerCase())) check.warnings.push({ path, message: `"${result}" is listed twice` });
    seen.add(result.toLowerCase());
    use.set(i, result);
  });
  return use;
}
function checkDeny(raw, check) {
  list(raw.licences?.deny).forEach((pattern, i) => {
    if (typeof pattern !== "string" || pattern === "") return;
    const path = ["licences", "deny", i];
    const why = globProblem(pattern);
    if (why) {
      check.problems.push({
        path,
        message: `the glob "${pattern}" does not compile: ${why}`,
        fix: 'e.g. "CC-BY-NC*"'
      });
      return;
    }
    if (!allKnownIds().some((id) => matchesGlob(id, pattern))) {
      const near = closest(pattern.replace(/[*?]/g, ""), allKnownIds());
      check.warnings.push({
        path,
        message: `the glob "${pattern}" matches no licence id openquota knows, so it denies nothing`,
        fix: near ? `did you mean "${near}"?` : "check the spelling against SPDX ids"
      });
    }
  });
}
function checkWaivers(raw, today, check) {
  list(raw.waivers).forEach((w, i) => {
    const { release: release2, expires } = typeof w === "object" && w !== null ? w : {};
    const why = typeof release2 === "string" && release2 !== "" ? globProblem(release2) : void 0;
    if (why) {
      check.problems.push({
        path: ["waivers", i, "release"],
        message: `the glob "${String(release2)}" does not compile: ${why}`,
        fix: 'e.g. "org/model-*"'
      });
    }
    if (typeof expires === "string" && /^\d{4}-\d{2}-\d{2}$/.test(expires) && expires < today) {
      check.warnings.push({
        path: ["waivers", i, "expires"],
        message: `the waiver for "${String(release2)}" expired on ${expires}: it no longer applies`,
        fix: "remove it, or give a new expiry date the ministry agreed"
      });
    }
  });
}
function checkPolicy(raw, today) {
  const check = { problems: [], warnings: [] };
  const doc = typeof raw === "object" && raw !== null ? raw : {};
  const use = checkApproved(doc, check);
  checkDeny(doc, check);
  checkWaivers(doc, today, check);
  return {
    ...check,
    normalise: (policy) => ({
      ...policy,
      licences: { ...policy.licences, approve: policy.licences.approve.map((id, i) => use.get(i) ?? id) }
    })
  };
}

// src/policy/load.ts
function presetNames() {
  return readdirSync(rulesPath()).filter((f) => f.endsWith(".yml")).map((f) => f.slice(0, -4)).sort();
}
function resolveRef(ref, baseDir, shownAs) {
  if (/[/\\]|\.(ya?ml|json)$/i.test(ref)) return resolve(baseDir, ref);
  const file = rulesPath(`${ref}.yml`);
  if (!existsSync(file)) {
    throw new ConfigError([
      {
        ...shownAs,
        message: `unknown policy "${ref}"`,
        fix: `use one of the presets (${presetNames().join(", ")}) or a path to a policy file`
      }
    ]);
  }
  return file;
}
var MAX_LAYERS = 5;
async function readLayers(ref, baseDir) {
  const layers = [];
  let next = {
    ref,
    baseDir,
    shownAs: { file: ref, path: "policy" }
  };
  while (next) {
    const file = resolveRef(next.ref, next.baseDir, next.shownAs);
    if (layers.some((l) => l.file === file) || layers.length >= MAX_LAYERS) {
      throw new ConfigError([
        {
          ...next.shownAs,
          message: `extends "${next.ref}", which ${layers.length >= MAX_LAYERS ? `makes a chain longer than ${MAX_LAYERS}` : "is already in the chain (a loop)"}`,
          fix: "extend a preset, e.g. extends: msit-sovereign-ai-2025"
        }
      ]);
    }
    const source = await readConfigFile(
      file,
      "policy file",
      "give a preset name or an existing YAML/JSON file"
    );
    const parsed = parseYaml(source);
    if (!parsed.ok) throw new ConfigError(parsed.problems);
    layers.push({ file, text: source.text, sha256: source.sha256, document: parsed.document });
    const parent = parsed.document.value?.extends;
    next = typeof parent === "string" && parent !== "" ? { ref: parent, baseDir: dirname(file), shownAs: { file, path: "extends" } } : void 0;
  }
  return layers;
}
async function loadPolicy(ref, baseDir = process.cwd(), options = {}) {
  const layers = await readLayers(ref, baseDir);
  const top = layers[0];
  const merged = layers.reduceRight((acc, layer) => {
    const { extends: _e2, $schema: _s2, ...own } = layer.document.value;
    return mergePolicyLayers(acc, own);
  }, {});
  const layerOf = (path) => layers.find((l) => hasPath(l.document.value, path)) ?? (path.length > 0 ? layerOf(path.slice(0, -1)) : top);
  const document = {
    value: merged,
    lineOf: (path) => layerOf(path).document.lineOf(path)
  };
  const note = (n) => ({
    file: layerOf(n.path).file,
    path: renderPath(n.path),
    line: layerOf(n.path).document.lineOf(n.path),
    message: n.message,
    ...n.fix ? { fix: n.fix } : {}
  });
  const today = options.today ?? (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  const checked = checkPolicy(merged, today);
  const problems = layers.length > 1 ? ownIdentity(top, layers[1]) : [];
  const validated = validateDocument((p) => layerOf(p).file, document, policySchema);
  if (!validated.ok) problems.push(...validated.problems);
  problems.push(...checked.problems.map(note));
  if (problems.length > 0 || !validated.ok) throw new ConfigError(capProblems(problems));
  const { $schema: _s, extends: _e, ...policy } = checked.normalise(validated.value);
  const text = layers.length === 1 ? top.text : `# openquota policy ${policy.id}, resolved from ${layers.map((l) => l.file).join(" <- extends ")}
${(0, import_yaml.stringify)(merged, { lineWidth: 0 })}`;
  return {
    ref,
    file: top.file,
    sha256: layers.length === 1 ? top.sha256 : sha256Of(text),
    text,
    policy,
    chain: layers.map((l) => l.file),
    warnings: checked.warnings.map(note)
  };
}
function ownIdentity(top, base) {
  const own = top.document.value;
  const parent = base.document.value;
  const out = [];
  if (own.id === void 0 || own.id === parent.id) {
    out.push({
      file: top.file,
      path: "id",
      line: top.document.lineOf(["id"]),
      message: `a policy that extends "${String(parent.id)}" needs an id of its own`,
      fix: `add "id: ${String(parent.id)}-local" (reports then say which policy judged them)`
    });
  }
  if (own.title === void 0) {
    out.push({
      file: top.file,
      path: "title",
      line: top.document.lineOf(["title"]),
      message: "a policy that extends another needs a title of its own",
      fix: 'add "title: \u2026" saying what it changes'
    });
  }
  return out;
}

export {
  evidenceSchema,
  BUNDLE_SCHEMA,
  bundleIndexSchema,
  indexDigest,
  sha256Of,
  recordPath,
  matchesGlob,
  judgeExpression,
  approvedSpdxIds,
  presetNames,
  loadPolicy
};
