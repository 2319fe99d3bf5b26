import {
  loadProgramme,
  md,
  mdHtml,
  mdTable
} from "./action-chunks/chunk-F5K2CWUY.js";
import {
  attempt
} from "./action-chunks/chunk-BCJIBLNO.js";
import {
  DEFAULT_CACHE_MAX_MB,
  createRedactor
} from "./action-chunks/chunk-Y6GTXGKY.js";
import "./action-chunks/chunk-EXNACEYK.js";
import {
  DEFAULT_POOLS,
  formatPools,
  parsePools
} from "./action-chunks/chunk-L67MFM7Y.js";
import {
  replaceableByBundle,
  writeFileAtomic
} from "./action-chunks/chunk-MWGAR25V.js";
import "./action-chunks/chunk-WCDJBUBR.js";
import {
  EVIDENCE_CODES,
  FINDING_CODES
} from "./action-chunks/chunk-47ITIVWF.js";
import {
  overallStatus
} from "./action-chunks/chunk-SHM64M3Y.js";
import {
  FINDING_HELP,
  availabilityLabel,
  codeLicence,
  findingMessage,
  findingTitle,
  modelVerdictLabel,
  parameterShareCell,
  percent,
  plural,
  primaryFinding,
  statusLabel,
  t,
  teamReason,
  verdictSentence
} from "./action-chunks/chunk-FZZBKKJM.js";
import {
  external_exports,
  parseShared,
  renderPath
} from "./action-chunks/chunk-F2ZSLCTL.js";
import {
  formatBytes,
  readBoundedText
} from "./action-chunks/chunk-VQKAB5TF.js";
import {
  LIMITS
} from "./action-chunks/chunk-A4DY5VKQ.js";
import {
  ConfigError,
  SourceError,
  formatProblem
} from "./action-chunks/chunk-IS7GHXRZ.js";
import "./action-chunks/chunk-XDNTXC6V.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./action-chunks/chunk-QOHIKXPB.js";

// node_modules/tunnel/lib/tunnel.js
var require_tunnel = __commonJS({
  "node_modules/tunnel/lib/tunnel.js"(exports) {
    "use strict";
    var net = __require("net");
    var tls = __require("tls");
    var http = __require("http");
    var https = __require("https");
    var events = __require("events");
    var assert = __require("assert");
    var util = __require("util");
    exports.httpOverHttp = httpOverHttp2;
    exports.httpsOverHttp = httpsOverHttp2;
    exports.httpOverHttps = httpOverHttps2;
    exports.httpsOverHttps = httpsOverHttps2;
    function httpOverHttp2(options) {
      var agent = new TunnelingAgent(options);
      agent.request = http.request;
      return agent;
    }
    function httpsOverHttp2(options) {
      var agent = new TunnelingAgent(options);
      agent.request = http.request;
      agent.createSocket = createSecureSocket;
      agent.defaultPort = 443;
      return agent;
    }
    function httpOverHttps2(options) {
      var agent = new TunnelingAgent(options);
      agent.request = https.request;
      return agent;
    }
    function httpsOverHttps2(options) {
      var agent = new TunnelingAgent(options);
      agent.request = https.request;
      agent.createSocket = createSecureSocket;
      agent.defaultPort = 443;
      return agent;
    }
    function TunnelingAgent(options) {
      var self = this;
      self.options = options || {};
      self.proxyOptions = self.options.proxy || {};
      self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
      self.requests = [];
      self.sockets = [];
      self.on("free", function onFree(socket, host, port, localAddress) {
        var options2 = toOptions(host, port, localAddress);
        for (var i = 0, len = self.requests.length; i < len; ++i) {
          var pending = self.requests[i];
          if (pending.host === options2.host && pending.port === options2.port) {
            self.requests.splice(i, 1);
            pending.request.onSocket(socket);
            return;
          }
        }
        socket.destroy();
        self.removeSocket(socket);
      });
    }
    util.inherits(TunnelingAgent, events.EventEmitter);
    TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
      var self = this;
      var options = mergeOptions({ request: req }, self.options, toOptions(host, port, localAddress));
      if (self.sockets.length >= this.maxSockets) {
        self.requests.push(options);
        return;
      }
      self.createSocket(options, function(socket) {
        socket.on("free", onFree);
        socket.on("close", onCloseOrRemove);
        socket.on("agentRemove", onCloseOrRemove);
        req.onSocket(socket);
        function onFree() {
          self.emit("free", socket, options);
        }
        function onCloseOrRemove(err) {
          self.removeSocket(socket);
          socket.removeListener("free", onFree);
          socket.removeListener("close", onCloseOrRemove);
          socket.removeListener("agentRemove", onCloseOrRemove);
        }
      });
    };
    TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
      var self = this;
      var placeholder = {};
      self.sockets.push(placeholder);
      var connectOptions = mergeOptions({}, self.proxyOptions, {
        method: "CONNECT",
        path: options.host + ":" + options.port,
        agent: false,
        headers: {
          host: options.host + ":" + options.port
        }
      });
      if (options.localAddress) {
        connectOptions.localAddress = options.localAddress;
      }
      if (connectOptions.proxyAuth) {
        connectOptions.headers = connectOptions.headers || {};
        connectOptions.headers["Proxy-Authorization"] = "Basic " + new Buffer(connectOptions.proxyAuth).toString("base64");
      }
      debug2("making CONNECT request");
      var connectReq = self.request(connectOptions);
      connectReq.useChunkedEncodingByDefault = false;
      connectReq.once("response", onResponse);
      connectReq.once("upgrade", onUpgrade);
      connectReq.once("connect", onConnect);
      connectReq.once("error", onError);
      connectReq.end();
      function onResponse(res) {
        res.upgrade = true;
      }
      function onUpgrade(res, socket, head2) {
        process.nextTick(function() {
          onConnect(res, socket, head2);
        });
      }
      function onConnect(res, socket, head2) {
        connectReq.removeAllListeners();
        socket.removeAllListeners();
        if (res.statusCode !== 200) {
          debug2(
            "tunneling socket could not be established, statusCode=%d",
            res.statusCode
          );
          socket.destroy();
          var error2 = new Error("tunneling socket could not be established, statusCode=" + res.statusCode);
          error2.code = "ECONNRESET";
          options.request.emit("error", error2);
          self.removeSocket(placeholder);
          return;
        }
        if (head2.length > 0) {
          debug2("got illegal response body from proxy");
          socket.destroy();
          var error2 = new Error("got illegal response body from proxy");
          error2.code = "ECONNRESET";
          options.request.emit("error", error2);
          self.removeSocket(placeholder);
          return;
        }
        debug2("tunneling connection has established");
        self.sockets[self.sockets.indexOf(placeholder)] = socket;
        return cb(socket);
      }
      function onError(cause) {
        connectReq.removeAllListeners();
        debug2(
          "tunneling socket could not be established, cause=%s\n",
          cause.message,
          cause.stack
        );
        var error2 = new Error("tunneling socket could not be established, cause=" + cause.message);
        error2.code = "ECONNRESET";
        options.request.emit("error", error2);
        self.removeSocket(placeholder);
      }
    };
    TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
      var pos = this.sockets.indexOf(socket);
      if (pos === -1) {
        return;
      }
      this.sockets.splice(pos, 1);
      var pending = this.requests.shift();
      if (pending) {
        this.createSocket(pending, function(socket2) {
          pending.request.onSocket(socket2);
        });
      }
    };
    function createSecureSocket(options, cb) {
      var self = this;
      TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
        var hostHeader = options.request.getHeader("host");
        var tlsOptions = mergeOptions({}, self.options, {
          socket,
          servername: hostHeader ? hostHeader.replace(/:.*$/, "") : options.host
        });
        var secureSocket = tls.connect(0, tlsOptions);
        self.sockets[self.sockets.indexOf(socket)] = secureSocket;
        cb(secureSocket);
      });
    }
    function toOptions(host, port, localAddress) {
      if (typeof host === "string") {
        return {
          host,
          port,
          localAddress
        };
      }
      return host;
    }
    function mergeOptions(target) {
      for (var i = 1, len = arguments.length; i < len; ++i) {
        var overrides = arguments[i];
        if (typeof overrides === "object") {
          var keys = Object.keys(overrides);
          for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
            var k = keys[j];
            if (overrides[k] !== void 0) {
              target[k] = overrides[k];
            }
          }
        }
      }
      return target;
    }
    var debug2;
    if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
      debug2 = function() {
        var args = Array.prototype.slice.call(arguments);
        if (typeof args[0] === "string") {
          args[0] = "TUNNEL: " + args[0];
        } else {
          args.unshift("TUNNEL:");
        }
        console.error.apply(console, args);
      };
    } else {
      debug2 = function() {
      };
    }
    exports.debug = debug2;
  }
});

// node_modules/tunnel/index.js
var require_tunnel2 = __commonJS({
  "node_modules/tunnel/index.js"(exports, module) {
    module.exports = require_tunnel();
  }
});

// src/action/main.ts
import { execFile } from "node:child_process";
import { join as join3 } from "node:path";

// node_modules/@actions/core/lib/command.js
import * as os from "os";

// node_modules/@actions/core/lib/utils.js
function toCommandValue(input) {
  if (input === null || input === void 0) {
    return "";
  } else if (typeof input === "string" || input instanceof String) {
    return input;
  }
  return JSON.stringify(input);
}
function toCommandProperties(annotationProperties) {
  if (!Object.keys(annotationProperties).length) {
    return {};
  }
  return {
    title: annotationProperties.title,
    file: annotationProperties.file,
    line: annotationProperties.startLine,
    endLine: annotationProperties.endLine,
    col: annotationProperties.startColumn,
    endColumn: annotationProperties.endColumn
  };
}

// node_modules/@actions/core/lib/command.js
function issueCommand(command, properties, message) {
  const cmd = new Command(command, properties, message);
  process.stdout.write(cmd.toString() + os.EOL);
}
var CMD_STRING = "::";
var Command = class {
  constructor(command, properties, message) {
    if (!command) {
      command = "missing.command";
    }
    this.command = command;
    this.properties = properties;
    this.message = message;
  }
  toString() {
    let cmdStr = CMD_STRING + this.command;
    if (this.properties && Object.keys(this.properties).length > 0) {
      cmdStr += " ";
      let first = true;
      for (const key in this.properties) {
        if (this.properties.hasOwnProperty(key)) {
          const val = this.properties[key];
          if (val) {
            if (first) {
              first = false;
            } else {
              cmdStr += ",";
            }
            cmdStr += `${key}=${escapeProperty(val)}`;
          }
        }
      }
    }
    cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
    return cmdStr;
  }
};
function escapeData(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return toCommandValue(s).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A").replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// node_modules/@actions/core/lib/file-command.js
import * as crypto from "crypto";
import * as fs from "fs";
import * as os2 from "os";
function issueFileCommand(command, message) {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) {
    throw new Error(`Unable to find environment variable for file command ${command}`);
  }
  if (!fs.existsSync(filePath)) {
    throw new Error(`Missing file at path: ${filePath}`);
  }
  fs.appendFileSync(filePath, `${toCommandValue(message)}${os2.EOL}`, {
    encoding: "utf8"
  });
}
function prepareKeyValueMessage(key, value) {
  const delimiter = `ghadelimiter_${crypto.randomUUID()}`;
  const convertedValue = toCommandValue(value);
  if (key.includes(delimiter)) {
    throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
  }
  if (convertedValue.includes(delimiter)) {
    throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
  }
  return `${key}<<${delimiter}${os2.EOL}${convertedValue}${os2.EOL}${delimiter}`;
}

// node_modules/@actions/core/lib/core.js
import * as os4 from "os";

// node_modules/@actions/http-client/lib/index.js
var tunnel = __toESM(require_tunnel2(), 1);
var HttpCodes;
(function(HttpCodes2) {
  HttpCodes2[HttpCodes2["OK"] = 200] = "OK";
  HttpCodes2[HttpCodes2["MultipleChoices"] = 300] = "MultipleChoices";
  HttpCodes2[HttpCodes2["MovedPermanently"] = 301] = "MovedPermanently";
  HttpCodes2[HttpCodes2["ResourceMoved"] = 302] = "ResourceMoved";
  HttpCodes2[HttpCodes2["SeeOther"] = 303] = "SeeOther";
  HttpCodes2[HttpCodes2["NotModified"] = 304] = "NotModified";
  HttpCodes2[HttpCodes2["UseProxy"] = 305] = "UseProxy";
  HttpCodes2[HttpCodes2["SwitchProxy"] = 306] = "SwitchProxy";
  HttpCodes2[HttpCodes2["TemporaryRedirect"] = 307] = "TemporaryRedirect";
  HttpCodes2[HttpCodes2["PermanentRedirect"] = 308] = "PermanentRedirect";
  HttpCodes2[HttpCodes2["BadRequest"] = 400] = "BadRequest";
  HttpCodes2[HttpCodes2["Unauthorized"] = 401] = "Unauthorized";
  HttpCodes2[HttpCodes2["PaymentRequired"] = 402] = "PaymentRequired";
  HttpCodes2[HttpCodes2["Forbidden"] = 403] = "Forbidden";
  HttpCodes2[HttpCodes2["NotFound"] = 404] = "NotFound";
  HttpCodes2[HttpCodes2["MethodNotAllowed"] = 405] = "MethodNotAllowed";
  HttpCodes2[HttpCodes2["NotAcceptable"] = 406] = "NotAcceptable";
  HttpCodes2[HttpCodes2["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
  HttpCodes2[HttpCodes2["RequestTimeout"] = 408] = "RequestTimeout";
  HttpCodes2[HttpCodes2["Conflict"] = 409] = "Conflict";
  HttpCodes2[HttpCodes2["Gone"] = 410] = "Gone";
  HttpCodes2[HttpCodes2["TooManyRequests"] = 429] = "TooManyRequests";
  HttpCodes2[HttpCodes2["InternalServerError"] = 500] = "InternalServerError";
  HttpCodes2[HttpCodes2["NotImplemented"] = 501] = "NotImplemented";
  HttpCodes2[HttpCodes2["BadGateway"] = 502] = "BadGateway";
  HttpCodes2[HttpCodes2["ServiceUnavailable"] = 503] = "ServiceUnavailable";
  HttpCodes2[HttpCodes2["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function(Headers2) {
  Headers2["Accept"] = "accept";
  Headers2["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function(MediaTypes2) {
  MediaTypes2["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
var HttpRedirectCodes = [
  HttpCodes.MovedPermanently,
  HttpCodes.ResourceMoved,
  HttpCodes.SeeOther,
  HttpCodes.TemporaryRedirect,
  HttpCodes.PermanentRedirect
];
var HttpResponseRetryCodes = [
  HttpCodes.BadGateway,
  HttpCodes.ServiceUnavailable,
  HttpCodes.GatewayTimeout
];

// node_modules/@actions/core/lib/summary.js
import { EOL as EOL3 } from "os";
import { constants, promises } from "fs";
var __awaiter = function(thisArg, _arguments, P, generator) {
  function adopt(value) {
    return value instanceof P ? value : new P(function(resolve4) {
      resolve4(value);
    });
  }
  return new (P || (P = Promise))(function(resolve4, reject) {
    function fulfilled(value) {
      try {
        step(generator.next(value));
      } catch (e) {
        reject(e);
      }
    }
    function rejected(value) {
      try {
        step(generator["throw"](value));
      } catch (e) {
        reject(e);
      }
    }
    function step(result2) {
      result2.done ? resolve4(result2.value) : adopt(result2.value).then(fulfilled, rejected);
    }
    step((generator = generator.apply(thisArg, _arguments || [])).next());
  });
};
var { access, appendFile, writeFile } = promises;
var SUMMARY_ENV_VAR = "GITHUB_STEP_SUMMARY";
var Summary = class {
  constructor() {
    this._buffer = "";
  }
  /**
   * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
   * Also checks r/w permissions.
   *
   * @returns step summary file path
   */
  filePath() {
    return __awaiter(this, void 0, void 0, function* () {
      if (this._filePath) {
        return this._filePath;
      }
      const pathFromEnv = process.env[SUMMARY_ENV_VAR];
      if (!pathFromEnv) {
        throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
      }
      try {
        yield access(pathFromEnv, constants.R_OK | constants.W_OK);
      } catch (_a) {
        throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
      }
      this._filePath = pathFromEnv;
      return this._filePath;
    });
  }
  /**
   * Wraps content in an HTML tag, adding any HTML attributes
   *
   * @param {string} tag HTML tag to wrap
   * @param {string | null} content content within the tag
   * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
   *
   * @returns {string} content wrapped in HTML element
   */
  wrap(tag, content, attrs = {}) {
    const htmlAttrs = Object.entries(attrs).map(([key, value]) => ` ${key}="${value}"`).join("");
    if (!content) {
      return `<${tag}${htmlAttrs}>`;
    }
    return `<${tag}${htmlAttrs}>${content}</${tag}>`;
  }
  /**
   * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
   *
   * @param {SummaryWriteOptions} [options] (optional) options for write operation
   *
   * @returns {Promise<Summary>} summary instance
   */
  write(options) {
    return __awaiter(this, void 0, void 0, function* () {
      const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
      const filePath = yield this.filePath();
      const writeFunc = overwrite ? writeFile : appendFile;
      yield writeFunc(filePath, this._buffer, { encoding: "utf8" });
      return this.emptyBuffer();
    });
  }
  /**
   * Clears the summary buffer and wipes the summary file
   *
   * @returns {Summary} summary instance
   */
  clear() {
    return __awaiter(this, void 0, void 0, function* () {
      return this.emptyBuffer().write({ overwrite: true });
    });
  }
  /**
   * Returns the current summary buffer as a string
   *
   * @returns {string} string of summary buffer
   */
  stringify() {
    return this._buffer;
  }
  /**
   * If the summary buffer is empty
   *
   * @returns {boolen} true if the buffer is empty
   */
  isEmptyBuffer() {
    return this._buffer.length === 0;
  }
  /**
   * Resets the summary buffer without writing to summary file
   *
   * @returns {Summary} summary instance
   */
  emptyBuffer() {
    this._buffer = "";
    return this;
  }
  /**
   * Adds raw text to the summary buffer
   *
   * @param {string} text content to add
   * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
   *
   * @returns {Summary} summary instance
   */
  addRaw(text, addEOL = false) {
    this._buffer += text;
    return addEOL ? this.addEOL() : this;
  }
  /**
   * Adds the operating system-specific end-of-line marker to the buffer
   *
   * @returns {Summary} summary instance
   */
  addEOL() {
    return this.addRaw(EOL3);
  }
  /**
   * Adds an HTML codeblock to the summary buffer
   *
   * @param {string} code content to render within fenced code block
   * @param {string} lang (optional) language to syntax highlight code
   *
   * @returns {Summary} summary instance
   */
  addCodeBlock(code, lang) {
    const attrs = Object.assign({}, lang && { lang });
    const element = this.wrap("pre", this.wrap("code", code), attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML list to the summary buffer
   *
   * @param {string[]} items list of items to render
   * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
   *
   * @returns {Summary} summary instance
   */
  addList(items, ordered = false) {
    const tag = ordered ? "ol" : "ul";
    const listItems = items.map((item) => this.wrap("li", item)).join("");
    const element = this.wrap(tag, listItems);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML table to the summary buffer
   *
   * @param {SummaryTableCell[]} rows table rows
   *
   * @returns {Summary} summary instance
   */
  addTable(rows) {
    const tableBody = rows.map((row) => {
      const cells = row.map((cell) => {
        if (typeof cell === "string") {
          return this.wrap("td", cell);
        }
        const { header, data, colspan, rowspan } = cell;
        const tag = header ? "th" : "td";
        const attrs = Object.assign(Object.assign({}, colspan && { colspan }), rowspan && { rowspan });
        return this.wrap(tag, data, attrs);
      }).join("");
      return this.wrap("tr", cells);
    }).join("");
    const element = this.wrap("table", tableBody);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds a collapsable HTML details element to the summary buffer
   *
   * @param {string} label text for the closed state
   * @param {string} content collapsable content
   *
   * @returns {Summary} summary instance
   */
  addDetails(label, content) {
    const element = this.wrap("details", this.wrap("summary", label) + content);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML image tag to the summary buffer
   *
   * @param {string} src path to the image you to embed
   * @param {string} alt text description of the image
   * @param {SummaryImageOptions} options (optional) addition image attributes
   *
   * @returns {Summary} summary instance
   */
  addImage(src, alt, options) {
    const { width, height } = options || {};
    const attrs = Object.assign(Object.assign({}, width && { width }), height && { height });
    const element = this.wrap("img", null, Object.assign({ src, alt }, attrs));
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML section heading element
   *
   * @param {string} text heading text
   * @param {number | string} [level=1] (optional) the heading level, default: 1
   *
   * @returns {Summary} summary instance
   */
  addHeading(text, level) {
    const tag = `h${level}`;
    const allowedTag = ["h1", "h2", "h3", "h4", "h5", "h6"].includes(tag) ? tag : "h1";
    const element = this.wrap(allowedTag, text);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML thematic break (<hr>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addSeparator() {
    const element = this.wrap("hr", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML line break (<br>) to the summary buffer
   *
   * @returns {Summary} summary instance
   */
  addBreak() {
    const element = this.wrap("br", null);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML blockquote to the summary buffer
   *
   * @param {string} text quote text
   * @param {string} cite (optional) citation url
   *
   * @returns {Summary} summary instance
   */
  addQuote(text, cite) {
    const attrs = Object.assign({}, cite && { cite });
    const element = this.wrap("blockquote", text, attrs);
    return this.addRaw(element).addEOL();
  }
  /**
   * Adds an HTML anchor tag to the summary buffer
   *
   * @param {string} text link text/content
   * @param {string} href hyperlink
   *
   * @returns {Summary} summary instance
   */
  addLink(text, href) {
    const element = this.wrap("a", text, { href });
    return this.addRaw(element).addEOL();
  }
};
var _summary = new Summary();
var summary = _summary;

// node_modules/@actions/core/lib/platform.js
import os3 from "os";

// node_modules/@actions/io/lib/io-util.js
import * as fs2 from "fs";
var { chmod, copyFile, lstat, mkdir, open, readdir, rename, rm, rmdir, stat, symlink, unlink } = fs2.promises;
var IS_WINDOWS = process.platform === "win32";
var READONLY = fs2.constants.O_RDONLY;

// node_modules/@actions/exec/lib/toolrunner.js
var IS_WINDOWS2 = process.platform === "win32";

// node_modules/@actions/core/lib/platform.js
var platform = os3.platform();
var arch = os3.arch();

// node_modules/@actions/core/lib/core.js
var ExitCode;
(function(ExitCode2) {
  ExitCode2[ExitCode2["Success"] = 0] = "Success";
  ExitCode2[ExitCode2["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
function setSecret(secret) {
  issueCommand("add-mask", {}, secret);
}
function getInput(name, options) {
  const val = process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] || "";
  if (options && options.required && !val) {
    throw new Error(`Input required and not supplied: ${name}`);
  }
  if (options && options.trimWhitespace === false) {
    return val;
  }
  return val.trim();
}
function setOutput(name, value) {
  const filePath = process.env["GITHUB_OUTPUT"] || "";
  if (filePath) {
    return issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
  }
  process.stdout.write(os4.EOL);
  issueCommand("set-output", { name }, toCommandValue(value));
}
function setFailed(message) {
  process.exitCode = ExitCode.Failure;
  error(message);
}
function error(message, properties = {}) {
  issueCommand("error", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function warning(message, properties = {}) {
  issueCommand("warning", toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
function info(message) {
  process.stdout.write(message + os4.EOL);
}

// src/heap.ts
import { setFlagsFromString } from "node:v8";
function keepHeapNearLive(execArgv = process.execArgv) {
  if (!execArgv.some((a) => a.includes("heap-growing-percent")))
    setFlagsFromString("--heap-growing-percent=60");
}

// src/action/errors.ts
import { isAbsolute, relative, sep } from "node:path";
var REWRITES = [
  [/\s*\(see examples\/[^)]*\)/g, ""],
  [/`?openquota scan --save-evidence DIR`?/g, "the `save-evidence` input of a scan"],
  [/`?openquota scan --json FILE`?(?: \(or `--format json`\))?/g, "the `report` output of a scan"],
  [/`?openquota scan --format json`?/g, "the `report` output of a scan"],
  [/e\.g\. openquota check (.+)$/g, "set `target:` to a path, Hub id or git URL, e.g. $1"],
  [/\bopenquota check /g, "target: "],
  // `--json FILE` is where the CLI writes the JSON report beside its format: the `report` input too.
  [/--(?:output|json)\b(?: FILE)?/g, "the `report` input"],
  [/--([a-z][a-z-]*)\b(?: (?:FILE|DIR|ID|P))?/g, "the `$1` input"]
];
function inActionTerms(text) {
  return REWRITES.reduce((t2, [pattern, replacement]) => t2.replace(pattern, replacement), text);
}
function workspacePath(workspace, file) {
  if (!file || !isAbsolute(file)) return file;
  const rel = relative(workspace, file);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : file;
}
function problemInActionTerms(problem, workspace) {
  const restate = (text) => inActionTerms(text).split(`${workspace}${sep}`).join("");
  return {
    ...problem,
    file: workspacePath(workspace, problem.file),
    message: restate(problem.message),
    ...problem.fix !== void 0 ? { fix: restate(problem.fix) } : {}
  };
}

// src/formats.ts
var FORMATS = ["table", "json", "markdown", "sarif", "html", "cyclonedx"];

// src/options.ts
var DURATION = /^(?:(\d+(?:\.\d+)?)(ms|s|m|h))+$|^\d+(?:\.\d+)?$/;
var UNIT_MS = { ms: 1, s: 1e3, m: 6e4, h: 36e5 };
var MAX_DEADLINE_MS = 24 * 36e5;
function parseDuration(text) {
  const value = text.trim().toLowerCase();
  if (!DURATION.test(value)) return void 0;
  if (/^\d+(?:\.\d+)?$/.test(value)) return Number(value) * 1e3;
  let total = 0;
  for (const [, amount, unit] of value.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g))
    total += Number(amount) * UNIT_MS[unit];
  return Math.round(total);
}
var deadline = external_exports.string().transform((text, ctx) => {
  const ms = parseDuration(text);
  if (ms === void 0 || ms <= 0 || ms > MAX_DEADLINE_MS) {
    ctx.addIssue({
      code: "custom",
      message: `"${text}" is not a duration between 1s and 24h; write e.g. 90s, 10m or 1h30m`
    });
    return external_exports.NEVER;
  }
  return ms;
}).optional();
var concurrency = external_exports.union([external_exports.string(), external_exports.number()]).transform((value, ctx) => {
  const pools = parsePools(String(value));
  if ("error" in pools) {
    ctx.addIssue({ code: "custom", message: pools.error });
    return external_exports.NEVER;
  }
  return pools;
});
var teamList = external_exports.union([external_exports.string(), external_exports.array(external_exports.string())]).transform((v) => (Array.isArray(v) ? v : [v]).flatMap((s) => s.split(/[\s,]+/)).filter(Boolean));
var scanOptionsSchema = external_exports.strictObject({
  config: external_exports.string().min(1).default("openquota.yml").describe("programme file"),
  policy: external_exports.string().min(1).optional().describe("preset name or policy file; overrides the programme's"),
  team: teamList.default([]).describe("team ids to scan; all when empty"),
  format: external_exports.enum(FORMATS).optional().describe("output format on stdout"),
  output: external_exports.string().min(1).optional().describe("write the JSON report to this file (atomically)"),
  saveEvidence: external_exports.string().min(1).optional().describe("write every evidence record to this directory"),
  verbose: external_exports.boolean().default(false).describe("list every model in the table"),
  concurrency: concurrency.default({ ...DEFAULT_POOLS }).describe(`requests in flight at once per host: N for every pool, or ${formatPools(DEFAULT_POOLS)}`),
  timeout: external_exports.coerce.number().positive().max(600).default(30).describe("seconds per HTTP request"),
  cacheDir: external_exports.string().min(1).optional().describe("ETag cache directory; default $XDG_CACHE_HOME/openquota or ~/.cache/openquota"),
  noCache: external_exports.boolean().default(false).describe("send no conditional requests and keep no cache"),
  cacheMaxMb: external_exports.coerce.number().int().min(1).max(1e5).default(DEFAULT_CACHE_MAX_MB).describe("cap of the on-disk cache in MiB; least recently used entries are evicted"),
  deadline: deadline.describe(
    "time limit of the whole scan (90s, 10m, 1h); default 10 minutes plus 5 per thousand releases"
  ),
  failOn: external_exports.enum(["fail", "incomplete", "never"]).default("fail").describe("which outcome fails the run")
});

// src/action/comment.ts
import { readFile } from "node:fs/promises";

// src/sources/github-comments.ts
async function upsertComment(client, pr, marker, body, options) {
  const base = `/repos/${pr.owner}/${pr.repo}/issues`;
  const paginate = client.octokit.paginate;
  const request = client.octokit.request;
  const listed = await attempt(
    client,
    (retry) => paginate("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      owner: pr.owner,
      repo: pr.repo,
      issue_number: pr.number,
      per_page: 100,
      request: retry
    }),
    `${base}/${pr.number}/comments`
  );
  if (!listed.ok) return listed;
  const ours = listed.value.filter((c) => c.user?.type === "Bot" && c.body?.startsWith(marker)).at(-1);
  if (ours) {
    const updated = await attempt(
      client,
      async (retry) => (await request("PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}", {
        owner: pr.owner,
        repo: pr.repo,
        comment_id: ours.id,
        body,
        request: retry
      })).data,
      `${base}/comments/${ours.id}`
    );
    return updated.ok ? { ok: true, value: { action: "updated", url: updated.value.html_url } } : updated;
  }
  if (!options.create) return { ok: true, value: { action: "none" } };
  const created = await attempt(
    client,
    async (retry) => (await request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
      owner: pr.owner,
      repo: pr.repo,
      issue_number: pr.number,
      body,
      request: retry
    })).data,
    `${base}/${pr.number}/comments`
  );
  return created.ok ? { ok: true, value: { action: "created", url: created.value.html_url } } : created;
}

// src/action/comment.ts
var COMMENT_MODES = ["never", "always", "on-failure"];
var COMMENT_LIMIT = 65536;
function commentMarker(env) {
  const clean = (s) => (s ?? "").replace(/--+>?/g, "-").trim();
  return `<!-- openquota comment: ${clean(env.GITHUB_WORKFLOW) || "workflow"} / ${clean(env.GITHUB_JOB) || "job"} -->`;
}
async function pullRequestOf(env) {
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? "").split("/");
  if (!owner || !repo || !env.GITHUB_EVENT_PATH) return void 0;
  const event = JSON.parse(await readFile(env.GITHUB_EVENT_PATH, "utf8").catch(() => "{}"));
  const number = event.pull_request?.number ?? (event.issue?.pull_request ? event.issue.number : void 0);
  return typeof number === "number" && Number.isInteger(number) ? { owner, repo, number } : void 0;
}
function commentBody(marker, markdown, env) {
  const run2 = env.GITHUB_SERVER_URL && env.GITHUB_REPOSITORY && env.GITHUB_RUN_ID ? `
[Workflow run](${env.GITHUB_SERVER_URL}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}) (job summary, report artifact).
` : "";
  const body = `${marker}
${markdown.trimEnd()}
${run2}`;
  if (body.length <= COMMENT_LIMIT) return body;
  return `${marker}
The openquota summary (${markdown.length} characters) is longer than a pull-request comment may be (${COMMENT_LIMIT}); read it in the job summary.
${run2}`;
}
async function writeComment(request) {
  const { mode, status: status2, env } = request;
  if (mode === "never") return "";
  const pr = await pullRequestOf(env);
  if (!pr) {
    request.info(`comment: ${mode}, but this run's event is not a pull request; no comment written`);
    return "";
  }
  const { createGitHubApiClient } = await import("./action-chunks/create-TQ4XX5TO.js");
  const client = createGitHubApiClient(env, { timeoutMs: request.timeoutMs });
  const marker = commentMarker(env);
  const result2 = await upsertComment(client, pr, marker, commentBody(marker, request.markdown(), env), {
    create: mode === "always" || status2 !== "pass"
  });
  if (!result2.ok) {
    const { failure: failure2 } = result2;
    const hint = failure2.status === 403 || failure2.status === 401 || failure2.status === 404 ? " Give the job `permissions: pull-requests: write` (and pass `github-token` if you override it); pull requests from forks get a read-only token." : "";
    request.warn(
      `openquota could not write the pull-request comment: ${failure2.message} [${failure2.url}].${hint}`
    );
    return "";
  }
  if (result2.value.action === "none") return "";
  request.info(`comment ${result2.value.action}: ${result2.value.url}`);
  return result2.value.url;
}

// src/action/inputs.ts
var list = external_exports.string().optional().transform(
  (v) => (v ?? "").split(/[\n,]+/).map((s) => s.trim()).filter(Boolean)
);
var actionInputsSchema = scanOptionsSchema.extend({
  mode: external_exports.enum(["scan", "check", "merge"]).default("scan").describe("scan a programme, check one model, or merge reports"),
  target: external_exports.string().min(1).optional().describe("check: a path, Hub id or git URL; default the workspace"),
  output: external_exports.string().min(1).default("openquota-report.json").describe("the JSON report written"),
  sarif: external_exports.string().min(1).optional().describe("write SARIF 2.1.0 here for code scanning"),
  evidence: external_exports.string().min(1).optional().describe("evaluate this saved evidence bundle instead of scanning"),
  reports: list.describe("merge: the JSON reports of the jobs to merge"),
  comment: external_exports.enum(COMMENT_MODES).default("never").describe("write or update one pull-request comment with the summary: never, always or on-failure"),
  lang: external_exports.enum(["en", "ko"]).default("en").describe("language of the job summary, the comment, annotations and SARIF messages: en or ko")
});
var INPUT_NAMES = {
  config: "config",
  policy: "policy",
  team: "team",
  mode: "mode",
  target: "target",
  report: "output",
  sarif: "sarif",
  "save-evidence": "saveEvidence",
  "fail-on": "failOn",
  evidence: "evidence",
  reports: "reports",
  comment: "comment",
  lang: "lang",
  deadline: "deadline",
  concurrency: "concurrency"
};
var inputOf = (option) => Object.entries(INPUT_NAMES).find(([, o]) => o === option)?.[0] ?? String(option);
function describeIssue(issue2, raw) {
  const name = inputOf(issue2.path[0] ?? "");
  const got = raw[name] === void 0 ? "" : `; got "${raw[name]}"`;
  if (issue2.code === "invalid_value")
    return `Input "${name}" must be one of ${issue2.values.join(", ")}${got}`;
  if (issue2.code === "unrecognized_keys") return `Input "${issue2.keys.join('", "')}" is not known`;
  return `Input "${name}": ${issue2.message.replace(/^Invalid input: /, "")}${got}`;
}
function parseInputs(get) {
  const raw = {};
  for (const name of Object.keys(INPUT_NAMES)) {
    const value = get(name).trim();
    if (value !== "") raw[name] = value;
  }
  const options = Object.fromEntries(
    Object.entries(raw).map(([name, value]) => [INPUT_NAMES[name], value])
  );
  const parsed = actionInputsSchema.safeParse(options);
  const problems = parsed.success ? [] : parsed.error.issues.map((i) => describeIssue(i, raw));
  if (parsed.success) {
    const v = parsed.data;
    if (v.target && v.mode !== "check") problems.push('Input "target" is used only with mode: check');
    if (v.evidence && v.mode !== "scan") problems.push('Input "evidence" is used only with mode: scan');
    if (v.sarif && v.mode === "check") problems.push('Input "sarif" is used only with mode: scan or merge');
    if (v.mode === "merge" && v.reports.length === 0)
      problems.push('Input "reports" must name the JSON reports to merge when mode is merge');
    if (v.mode !== "merge" && v.reports.length > 0)
      problems.push('Input "reports" is used only with mode: merge');
  }
  if (problems.length > 0 || !parsed.success) {
    throw new ConfigError(problems.map((message) => ({ file: "action inputs", path: "", message })));
  }
  return parsed.data;
}

// src/action/produce.ts
import { readdir as readdir2, stat as stat3 } from "node:fs/promises";
import { dirname as dirname2, join as join2, relative as relative3, resolve as resolve2 } from "node:path";

// src/output-paths.ts
import { realpath, stat as stat2 } from "node:fs/promises";
import { basename, dirname, isAbsolute as isAbsolute2, join, relative as relative2, resolve } from "node:path";
async function realOrPlanned(p) {
  try {
    return await realpath(p);
  } catch {
    const parent = dirname(p);
    return parent === p ? p : join(await realOrPlanned(parent), basename(p));
  }
}
function within(child, parent) {
  const rel = relative2(parent, child);
  return rel === "" || !rel.startsWith("..") && !isAbsolute2(rel);
}
async function checkOutputs(paths) {
  const problems = [];
  const inputs = await Promise.all(
    paths.inputs.map(async (i) => ({ ...i, real: await realOrPlanned(resolve(paths.cwd, i.path)) }))
  );
  const evidence = paths.evidence && {
    ...paths.evidence,
    real: await realOrPlanned(resolve(paths.cwd, paths.evidence.path))
  };
  const refuse = (flag, path, message, fix) => problems.push({ file: paths.from ?? "command line", path: flag, message: `${path}: ${message}`, fix });
  for (const out of [...paths.output ? [paths.output] : [], ...paths.alsoOutputs ?? []]) {
    const output = { ...out, real: await realOrPlanned(resolve(paths.cwd, out.path)) };
    for (const input of inputs) {
      if (within(output.real, input.real)) {
        refuse(
          output.flag,
          output.path,
          `is ${output.real === input.real ? "" : "inside "}${input.what} (${input.path}), an input of this run`,
          "write the report to another file"
        );
      }
    }
    const info2 = await stat2(output.real).catch(() => void 0);
    if (info2?.isDirectory())
      refuse(
        output.flag,
        output.path,
        "is a directory",
        `give a file name, e.g. ${join(output.path, "report.json")}`
      );
    else if (info2 && !info2.isFile())
      refuse(output.flag, output.path, "exists and is not a regular file", "give a file name");
    if (evidence && within(output.real, evidence.real)) {
      refuse(
        output.flag,
        output.path,
        `is inside the evidence bundle ${evidence.path}, which ${evidence.flag} replaces`,
        "write the report beside the bundle, not in it"
      );
    }
  }
  if (evidence) {
    for (const input of inputs) {
      if (within(evidence.real, input.real) || within(input.real, evidence.real)) {
        const how = evidence.real === input.real ? "is" : within(input.real, evidence.real) ? "holds" : "is inside";
        refuse(
          evidence.flag,
          evidence.path,
          `${how} ${input.what} (${input.path}), an input of this run`,
          "save the evidence to a new directory"
        );
      }
    }
    const replaceable = await replaceableByBundle(evidence.real);
    if (!replaceable.ok) {
      refuse(
        evidence.flag,
        evidence.path,
        `will not be replaced: ${replaceable.why}`,
        "give a new or empty directory, or one written by --save-evidence before"
      );
    }
  }
  if (problems.length > 0) throw new ConfigError(problems);
}

// src/report/merge.ts
function noReportTeam(team2, threshold) {
  const message = "no report holds this team: its job produced none, so its releases are not known";
  return {
    id: team2.id,
    name: team2.name,
    status: "incomplete",
    counted: 0,
    compliant: 0,
    nonCompliant: 0,
    unknown: 0,
    excluded: 0,
    share: 0,
    threshold,
    reason: { code: "NO_REPORT", message },
    failures: [{ code: "NO_REPORT", message }],
    models: []
  };
}
function expectedTeams(inputs, expect, problems) {
  const programme = expect.programme;
  const from = expect.subsetFrom ?? "--teams";
  if (!programme && !expect.subset) {
    problems.push({
      file: "openquota merge",
      path: "programme",
      message: `cannot tell which teams the programme has: its file (${inputs[0]?.report.programme.file ?? "not named"}) is not here unchanged, so a team whose job produced no report would go unseen`,
      fix: `give the programme file the jobs scanned (--config FILE), or name the teams merged on purpose (${from} a,b)`
    });
    return [];
  }
  for (const id of expect.subset ?? []) {
    if (programme && !programme.some((t2) => t2.id === id)) {
      problems.push({
        file: "openquota merge",
        path: from,
        message: `no team "${id}" in the programme file`,
        fix: `use some of: ${programme.map((t2) => t2.id).join(", ")}`
      });
    }
  }
  const wanted = expect.subset ? expect.subset.map((id) => programme?.find((t2) => t2.id === id) ?? { id, name: id }) : programme ?? [];
  for (const { file, report } of inputs) {
    for (const team2 of report.teams) {
      if (programme && !programme.some((t2) => t2.id === team2.id)) {
        problems.push({
          file,
          path: "teams",
          message: `team "${team2.id}" is not in the programme file the report names`,
          fix: "merge only reports of this programme file"
        });
      } else if (expect.subset && !expect.subset.includes(team2.id)) {
        problems.push({
          file,
          path: "teams",
          message: `team "${team2.id}" is not among the teams named by ${from}`,
          fix: `add it to ${from}, or leave this report out`
        });
      }
    }
  }
  return wanted;
}
function sumRequests(reports) {
  const present = reports.map((r) => r.requests).filter((r) => r !== void 0);
  if (present.length === 0) return void 0;
  const total = { api: 0, files: 0, retries: 0, notModified: 0, cacheHits: 0 };
  for (const r of present) for (const k of Object.keys(total)) total[k] += r[k];
  return total;
}
function mergeReports(inputs, expect) {
  const problems = [];
  const first = inputs[0];
  if (!first)
    return { problems: [{ file: "openquota merge", path: "REPORT", message: "no report to merge" }] };
  const base = first.report;
  for (const { file, report } of inputs.slice(1)) {
    if (report.policy.id !== base.policy.id || report.policy.sha256 !== base.policy.sha256) {
      problems.push({
        file,
        path: "policy",
        message: `made with policy ${report.policy.id} (sha256 ${report.policy.sha256.slice(0, 12)}), but ${first.file} with ${base.policy.id} (sha256 ${base.policy.sha256.slice(0, 12)})`,
        fix: "merge only reports of one run: every job must use the same policy file"
      });
    }
    if (report.programme.sha256 !== base.programme.sha256) {
      problems.push({
        file,
        path: "programme.sha256",
        message: `made from another programme file than ${first.file} (sha256 ${String(report.programme.sha256).slice(0, 12)} vs ${String(base.programme.sha256).slice(0, 12)})`,
        fix: "merge only reports of one run: every job must check out the same commit of the programme file"
      });
    }
  }
  const owner = /* @__PURE__ */ new Map();
  for (const { file, report } of inputs) {
    for (const team2 of report.teams) {
      const prior = owner.get(team2.id);
      if (prior !== void 0) {
        problems.push({
          file,
          path: "teams",
          message: `team "${team2.id}" is also in ${prior}`,
          fix: "give each team to exactly one job (matrix: one team per job)"
        });
      } else owner.set(team2.id, file);
    }
  }
  const wanted = expectedTeams(inputs, expect, problems);
  if (problems.length > 0) return { problems };
  const missing = wanted.filter((t2) => !owner.has(t2.id)).map((t2) => noReportTeam(t2, base.policy.threshold));
  const inputOrder = [...inputs.flatMap((i) => i.report.teams), ...missing];
  const programmeOrder = expect.programme?.map((t2) => t2.id);
  const rank = (id) => {
    const i = programmeOrder?.indexOf(id) ?? -1;
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  const teams = inputOrder.map((team2, i) => ({ team: team2, i })).sort((a, b) => rank(a.team.id) - rank(b.team.id) || a.i - b.i).map((x) => x.team);
  const commits = new Set(inputs.map((i) => i.report.programme.commit ?? null));
  const requests = sumRequests(inputs.map((i) => i.report));
  const { requests: _dropped, ...rest } = base;
  return {
    report: {
      ...rest,
      // ISO times sort as strings: the latest job's time.
      generatedAt: inputs.map((i) => i.report.generatedAt).sort().at(-1),
      programme: {
        ...base.programme,
        // Jobs of one run check out one commit; if they did not, no single commit describes the result.
        ...base.programme.commit !== void 0 || commits.size > 1 ? { commit: commits.size === 1 ? base.programme.commit ?? null : null } : {}
      },
      status: overallStatus(teams),
      teams,
      ...requests ? { requests } : {}
    }
  };
}

// src/report/schema-fast.ts
var FAIL = /* @__PURE__ */ Symbol("ask zod");
var defOf = (schema) => schema._zod.def;
var isRecordLike = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var isString = (v) => typeof v === "string";
function compileFastParse(schema) {
  const unsupported = [];
  const never = () => FAIL;
  const give = (what) => {
    unsupported.push(what);
    return never;
  };
  const scalar = (test) => (v) => test(v) ? v : FAIL;
  const checksOf = (def) => {
    const tests = [];
    for (const c of def.checks ?? []) {
      const d = c._zod.def;
      if (d.check === "min_length" && typeof d.minimum === "number") {
        const min = d.minimum;
        tests.push((v) => v.length >= min);
      } else if (d.check === "greater_than" && typeof d.value === "number") {
        const min = d.value;
        tests.push(d.inclusive ? (v) => v >= min : (v) => v > min);
      } else if (d.check === "less_than" && typeof d.value === "number") {
        const max = d.value;
        tests.push(d.inclusive ? (v) => v <= max : (v) => v < max);
      } else if (d.check === "number_format" && d.format === "safeint") {
        tests.push((v) => Number.isSafeInteger(v));
      } else {
        unsupported.push(`${def.type} check ${d.check}`);
        return void 0;
      }
    }
    if (tests.length === 0) return () => true;
    if (tests.length === 1) return tests[0];
    return (v) => {
      for (const t2 of tests) if (!t2(v)) return false;
      return true;
    };
  };
  const scalarTest = (schema2) => {
    const def = defOf(schema2);
    switch (def.type) {
      case "string": {
        const checks = checksOf(def);
        if (!checks) return () => false;
        return def.checks?.length ? (v) => typeof v === "string" && checks(v) : isString;
      }
      case "number": {
        const checks = checksOf(def);
        return checks ? (v) => typeof v === "number" && Number.isFinite(v) && checks(v) : () => false;
      }
      case "boolean":
        if (def.checks?.length) {
          unsupported.push("boolean checks");
          return () => false;
        }
        return (v) => typeof v === "boolean";
      case "null":
        return (v) => v === null;
      case "enum": {
        const values = new Set(Object.values(def.entries ?? {}));
        return (v) => values.has(v);
      }
      case "literal": {
        const values = new Set(def.values ?? []);
        return (v) => values.has(v);
      }
      case "nullable": {
        const inner = scalarTest(def.innerType);
        return inner ? (v) => v === null || inner(v) : void 0;
      }
      default:
        return void 0;
    }
  };
  const compile = (schema2) => {
    const test = scalarTest(schema2);
    if (test) return scalar(test);
    const def = defOf(schema2);
    switch (def.type) {
      case "nullable": {
        const inner = compile(def.innerType);
        return (v) => v === null ? v : inner(v);
      }
      case "optional": {
        const inner = compile(def.innerType);
        return (v) => v === void 0 ? v : inner(v);
      }
      case "union": {
        const tests = (def.options ?? []).map(scalarTest);
        if (!tests.every((t2) => t2 !== void 0)) return give("union of non-scalars");
        return scalar((v) => tests.some((t2) => t2(v)));
      }
      case "array": {
        if (def.checks?.length) return give("array checks");
        const element = compile(def.element);
        return (v) => {
          if (!Array.isArray(v)) return FAIL;
          let out;
          for (let i = 0; i < v.length; i++) {
            const r = element(v[i]);
            if (r === FAIL) return FAIL;
            if (out === void 0 && r !== v[i]) out = v.slice(0, i);
            if (out !== void 0) out.push(r);
          }
          return out ?? v;
        };
      }
      case "record": {
        if (def.checks?.length) return give("record checks");
        const key = scalarTest(def.keyType);
        if (!key) return give("record of non-scalar keys");
        const value = compile(def.valueType);
        return (v) => {
          if (!isRecordLike(v)) return FAIL;
          let out;
          const keys = Object.keys(v);
          for (let i = 0; i < keys.length; i++) {
            const k = keys[i];
            if (k === "__proto__" || !key(k)) return FAIL;
            const r = value(v[k]);
            if (r === FAIL) return FAIL;
            if (out === void 0 && r !== v[k]) {
              out = {};
              for (let j = 0; j < i; j++) out[keys[j]] = v[keys[j]];
            }
            if (out !== void 0) out[k] = r;
          }
          return out ?? v;
        };
      }
      case "object": {
        if (def.checks?.length) return give("object checks");
        if (def.catchall) return give("object catchall");
        const keys = Object.keys(def.shape ?? {});
        const fields = keys.map((k) => {
          const d = defOf(def.shape[k]);
          const optional = d.type === "optional";
          return { key: k, optional, parse: compile(optional ? d.innerType : def.shape[k]) };
        });
        const position = new Map(keys.map((k, i) => [k, i]));
        return (v) => {
          if (!isRecordLike(v)) return FAIL;
          let ordered = true;
          let p = 0;
          for (const k in v) {
            while (p < keys.length && keys[p] !== k) p++;
            if (p < keys.length) continue;
            if (!position.has(k)) return FAIL;
            ordered = false;
            p = position.get(k);
          }
          let out = ordered ? void 0 : {};
          for (let i = 0; i < fields.length; i++) {
            const f = fields[i];
            const x = v[f.key];
            if (x === void 0) {
              if (!f.optional || f.key in v) return FAIL;
              continue;
            }
            const r = f.parse(x);
            if (r === FAIL) return FAIL;
            if (out === void 0 && r !== x) {
              out = {};
              for (let j = 0; j < i; j++) {
                const before = fields[j].key;
                if (v[before] !== void 0) out[before] = v[before];
              }
            }
            if (out !== void 0) out[f.key] = r;
          }
          return out ?? v;
        };
      }
      default:
        return give(def.type);
    }
  };
  const parse = compile(schema);
  return { parse, unsupported };
}

// src/report/schema.ts
var finding = external_exports.object({
  code: external_exports.enum(FINDING_CODES),
  severity: external_exports.enum(["error", "warning", "info"]),
  message: external_exports.string(),
  args: external_exports.record(external_exports.string(), external_exports.union([external_exports.string(), external_exports.number()])).optional(),
  blocking: external_exports.boolean().optional()
});
var detection = external_exports.object({
  licence: external_exports.string().nullable(),
  confidence: external_exports.number().min(0).max(1),
  matcher: external_exports.string(),
  file: external_exports.string().optional(),
  closest: external_exports.object({ licence: external_exports.string(), confidence: external_exports.number() }).optional(),
  bearing: external_exports.boolean().optional(),
  extra: external_exports.array(external_exports.string()).optional()
});
var failure = external_exports.object({
  code: external_exports.string(),
  message: external_exports.string(),
  url: external_exports.string().optional(),
  status: external_exports.number().optional(),
  requestId: external_exports.string().optional(),
  // The programme entry whose listing failed (`huggingface: ORG`): kept, so a rendered report names it.
  origin: external_exports.string().optional()
});
var status = external_exports.enum(["pass", "fail", "incomplete"]);
var model = external_exports.object({
  source: external_exports.enum(["huggingface", "github", "git", "local"]),
  id: external_exports.string().min(1),
  url: external_exports.string().optional(),
  revision: external_exports.string().nullable(),
  declared: external_exports.boolean(),
  origin: external_exports.string(),
  verdict: external_exports.enum(["compliant", "non-compliant", "unknown", "excluded"]),
  availability: external_exports.enum(["public", "gated-auto", "gated-manual", "private", "disabled", "missing"]).nullable(),
  licence: external_exports.object({
    declared: external_exports.string().nullable(),
    detected: external_exports.string().nullable(),
    expression: external_exports.string().nullable(),
    approved: external_exports.boolean().nullable(),
    detections: external_exports.array(detection)
  }),
  weights: external_exports.array(external_exports.string()).nullable(),
  parameters: external_exports.number().nullable(),
  weightFigures: external_exports.object({
    bytes: external_exports.number().nullable(),
    parameters: external_exports.number().nullable(),
    source: external_exports.enum(["hub-listing", "hub-tree", "safetensors-header", "github-tree", "lfs-pointer", "file-size"]).nullable()
  }).optional(),
  reasons: external_exports.array(finding),
  evidence: external_exports.array(external_exports.string()),
  // The evidence lines as data (code + args), rendered by the i18n layer; absent in older reports.
  provenance: external_exports.array(
    external_exports.object({
      code: external_exports.enum(EVIDENCE_CODES),
      args: external_exports.record(external_exports.string(), external_exports.union([external_exports.string(), external_exports.number()]))
    })
  ).optional(),
  links: external_exports.array(external_exports.string()).optional(),
  kind: external_exports.enum(["model", "code"]).optional(),
  code: external_exports.array(
    external_exports.object({
      source: external_exports.enum(["huggingface", "github", "git", "local"]),
      id: external_exports.string(),
      url: external_exports.string().optional(),
      licence: external_exports.string().nullable()
    })
  ).optional(),
  family: external_exports.string().optional(),
  copies: external_exports.array(
    external_exports.object({
      source: external_exports.enum(["huggingface", "github", "git", "local"]),
      id: external_exports.string(),
      url: external_exports.string().optional(),
      relation: external_exports.string(),
      verdict: external_exports.enum(["compliant", "non-compliant", "unknown", "excluded"])
    })
  ).optional(),
  lineage: external_exports.array(
    external_exports.object({
      id: external_exports.string(),
      relation: external_exports.string(),
      own: external_exports.boolean(),
      licence: external_exports.string().nullable(),
      failure: external_exports.string().optional()
    })
  ).optional()
});
var team = external_exports.object({
  id: external_exports.string().min(1),
  name: external_exports.string(),
  status,
  counted: external_exports.number().int().min(0),
  compliant: external_exports.number().int().min(0),
  nonCompliant: external_exports.number().int().min(0),
  unknown: external_exports.number().int().min(0),
  excluded: external_exports.number().int().min(0),
  share: external_exports.number().min(0).max(1),
  parameterShare: external_exports.number().min(0).max(1).nullable().optional(),
  threshold: external_exports.number().min(0).max(1),
  reason: external_exports.object({ code: external_exports.string(), message: external_exports.string() }),
  failures: external_exports.array(failure),
  models: external_exports.array(model)
});
var reportSchema = external_exports.object({
  schema: external_exports.literal("openquota/report@1"),
  tool: external_exports.object({ name: external_exports.literal("openquota"), version: external_exports.string() }),
  generatedAt: external_exports.string(),
  programme: external_exports.object({
    title: external_exports.string(),
    file: external_exports.string().nullable(),
    sha256: external_exports.string().nullable(),
    commit: external_exports.string().nullable().optional()
  }),
  policy: external_exports.object({ id: external_exports.string(), title: external_exports.string(), sha256: external_exports.string(), threshold: external_exports.number() }),
  status,
  teams: external_exports.array(team),
  requests: external_exports.object({
    api: external_exports.number(),
    files: external_exports.number(),
    retries: external_exports.number(),
    notModified: external_exports.number(),
    cacheHits: external_exports.number()
  }).optional()
});
var reportFast = compileFastParse(reportSchema);
var REPORT_FIX = "give a JSON report written by `openquota scan --json FILE` (or `--format json`): schema openquota/report@1";
function notAReport(data) {
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    const kind2 = data === null ? "null" : Array.isArray(data) ? "an array" : `a ${typeof data}`;
    return { path: "", message: `is not an openquota report: the file holds ${kind2}, not a report object` };
  }
  const doc = data;
  if (typeof doc.schema === "string" && doc.schema !== "openquota/report@1") {
    const other = {
      "openquota/diff@1": "a diff of two reports (openquota diff)",
      "openquota/check@1": "the result of openquota check",
      "openquota/evidence@1": "an evidence record (judge a bundle with openquota evaluate DIR)"
    };
    const what = other[doc.schema] ?? (doc.schema.startsWith("openquota/") ? "an openquota document of another kind or version" : "another kind of document");
    return { path: "schema", message: `"${doc.schema}" is not a report this version reads: this is ${what}` };
  }
  if ("schema" in doc && doc.schema === "openquota/report@1") return void 0;
  const kind = typeof doc.$schema === "string" && /sarif/i.test(doc.$schema) ? "a SARIF log (openquota --format sarif)" : doc.bomFormat === "CycloneDX" ? "a CycloneDX BOM (openquota --format cyclonedx)" : typeof doc.name === "string" && ("dependencies" in doc || "version" in doc) ? "a package manifest" : void 0;
  return {
    path: "",
    message: `is not an openquota report: it has no "schema": "openquota/report@1"${kind ? `; it looks like ${kind}` : ""}`
  };
}
function parseReport(file, data) {
  const notReport = notAReport(data);
  if (notReport)
    return { problems: [{ file, path: notReport.path, message: notReport.message, fix: REPORT_FIX }] };
  const fast = reportFast.parse(data);
  if (fast !== FAIL) return { report: fast };
  const parsed = reportSchema.safeParse(data);
  if (parsed.success) return { report: parsed.data };
  return {
    problems: parsed.error.issues.slice(0, 20).map((i) => ({ file, path: renderPath(i.path), message: i.message }))
  };
}
async function readReport(file, shownAs = file) {
  return (await readReportText(file, shownAs)).report;
}
async function readReportText(file, shownAs = file) {
  const read = await readBoundedText(file, LIMITS.report);
  if (!read.ok || read.truncated) {
    throw new ConfigError([
      {
        file: shownAs,
        path: "",
        message: !read.ok ? `cannot read the report: it ${read.message}` : `cannot read the report: it is larger than ${formatBytes(LIMITS.report)}`,
        fix: REPORT_FIX
      }
    ]);
  }
  if (read.text.trim() === "") {
    throw new ConfigError([
      { file: shownAs, path: "", message: "the report file is empty", fix: REPORT_FIX }
    ]);
  }
  let data;
  try {
    data = JSON.parse(read.text);
  } catch (error2) {
    throw new ConfigError([
      {
        file: shownAs,
        path: "",
        message: `not JSON: ${error2.message}`,
        fix: REPORT_FIX
      }
    ]);
  }
  const result2 = parseReport(shownAs, data);
  if ("problems" in result2) throw new ConfigError(result2.problems);
  return { report: result2.report, text: read.text };
}

// src/action/produce.ts
var inWorkspace = (workspace, file) => relative3(workspace, resolve2(workspace, file)) || file;
function guardOutputs(inputs, ctx, read) {
  return checkOutputs({
    cwd: ctx.workspace,
    from: "action inputs",
    inputs: read,
    output: { path: inputs.output, flag: "report" },
    ...inputs.sarif ? { alsoOutputs: [{ path: inputs.sarif, flag: "sarif" }] } : {},
    ...inputs.saveEvidence ? { evidence: { path: inputs.saveEvidence, flag: "save-evidence" } } : {}
  });
}
async function requireProgrammeFile(ctx, file) {
  const absolute = resolve2(ctx.workspace, file);
  const info2 = await stat3(absolute).catch(() => void 0);
  if (!info2?.isFile()) {
    throw new ConfigError([
      {
        file: "action inputs",
        path: "config",
        message: `Input "config": no programme file at ${file} in the workspace${info2 ? " (it is a directory)" : ""}`,
        fix: "set `config:` to the programme file's path relative to the workspace (default openquota.yml), and check the repository out (actions/checkout) in a step before this one"
      }
    ]);
  }
  return absolute;
}
async function scanProgramme(inputs, ctx) {
  const [{ loadPolicy }, { scan }, { defaultEngine }, { releasesInFlight }, { saveScanEvidence }] = await Promise.all([
    import("./action-chunks/load-M3VJZT7H.js"),
    import("./action-chunks/scan-2A4UZ7ER.js"),
    import("./action-chunks/engine-IXDB7LVQ.js"),
    import("./action-chunks/pools-OHU53JMN.js"),
    import("./action-chunks/bundle-DZJWQPOU.js")
  ]);
  const file = inWorkspace(ctx.workspace, inputs.config);
  const absolute = await requireProgrammeFile(ctx, file);
  const programme = await loadProgramme(absolute);
  const policy = await loadPolicy(
    inputs.policy ?? programme.programme.policy,
    inputs.policy ? ctx.workspace : dirname2(absolute)
  );
  await guardOutputs(inputs, ctx, [
    { path: absolute, what: "the programme file" },
    ...policy.chain.map((p) => ({ path: p, what: "the policy file" }))
  ]);
  const commit = await ctx.commitOf(file);
  ctx.announce?.(
    programme.programme.teams.filter((t2) => inputs.team.length === 0 || inputs.team.includes(t2.id))
  );
  const created = ctx.sources();
  const result2 = await scan({
    programme: { ...programme, file, commit },
    policy,
    sources: created.sources,
    engine: defaultEngine(),
    teams: inputs.team,
    concurrency: releasesInFlight(inputs.concurrency),
    budget: created.budget,
    ...inputs.deadline !== void 0 ? { deadlineMs: inputs.deadline } : {}
  });
  if (inputs.saveEvidence) {
    await saveScanEvidence(
      resolve2(ctx.workspace, inputs.saveEvidence),
      result2,
      { path: file, text: created.redact(programme.text), sha256: programme.sha256, commit },
      policy
    );
  }
  return { report: result2.report, programme: { file, text: programme.text } };
}
async function evaluateEvidence(inputs, ctx) {
  const [{ loadBundle }, { evaluateBundle }, { defaultEngine }] = await Promise.all([
    import("./action-chunks/bundle-DZJWQPOU.js"),
    import("./action-chunks/evaluate-bundle-IIQIJUAX.js"),
    import("./action-chunks/engine-IXDB7LVQ.js")
  ]);
  await guardOutputs(inputs, ctx, [{ path: inputs.evidence, what: "the evidence bundle being evaluated" }]);
  const bundle = await loadBundle(resolve2(ctx.workspace, inputs.evidence));
  const report = await evaluateBundle(bundle, {
    ...inputs.policy ? { policy: inputs.policy } : {},
    cwd: ctx.workspace,
    teams: inputs.team,
    engine: defaultEngine(),
    caller: "action inputs"
  });
  return { report, programme: { file: bundle.programme.path, text: bundle.programme.text } };
}
async function expandReports(entries, workspace) {
  const files = [];
  for (const entry of entries) {
    const info2 = await stat3(resolve2(workspace, entry)).catch(() => void 0);
    if (!info2?.isDirectory()) files.push(entry);
    else {
      const names = (await readdir2(resolve2(workspace, entry))).filter((n) => n.endsWith(".json")).sort();
      if (names.length === 0) {
        throw new ConfigError([
          { file: "action inputs", path: "", message: `Input "reports": no *.json in ${entry}` }
        ]);
      }
      files.push(...names.map((n) => join2(entry, n)));
    }
  }
  return files;
}
async function mergeInputs(inputs, ctx) {
  const reports = [];
  for (const file2 of await expandReports(inputs.reports, ctx.workspace)) {
    reports.push({ file: file2, report: await readReport(resolve2(ctx.workspace, file2), file2) });
  }
  const file = inWorkspace(ctx.workspace, inputs.config);
  await guardOutputs(inputs, ctx, [
    ...reports.map((r) => ({ path: r.file, what: "a report being merged" })),
    { path: file, what: "the programme file" }
  ]);
  const programme = await loadProgramme(resolve2(ctx.workspace, file)).catch(() => void 0);
  const same = programme && programme.sha256 === reports[0]?.report.programme.sha256 ? programme : void 0;
  const merged = mergeReports(reports, {
    ...same ? { programme: same.programme.teams.map((t2) => ({ id: t2.id, name: t2.name })) } : {},
    ...inputs.team.length > 0 ? { subset: inputs.team, subsetFrom: 'input "team"' } : {}
  });
  if ("problems" in merged) throw new ConfigError(merged.problems);
  return { report: merged.report, programme: same ? { file, text: same.text } : {} };
}

// src/action/publish.ts
import { resolve as resolve3 } from "node:path";

// src/report/json-chunks.ts
var STREAM_DEPTH = 4;
var GAP = "  ";
function container(value) {
  if (Array.isArray(value)) return true;
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && typeof value.toJSON !== "function";
}
var omitted = (value) => value === void 0 || typeof value === "function" || typeof value === "symbol";
function* pieces(value, indent, depth) {
  if (depth >= STREAM_DEPTH || !container(value)) {
    const text = JSON.stringify(value, null, 2);
    yield indent === "" ? text : text.replaceAll("\n", `
${indent}`);
    return;
  }
  const inner = indent + GAP;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield "[]";
      return;
    }
    yield "[";
    for (let i = 0; i < value.length; i++) {
      yield `${i === 0 ? "" : ","}
${inner}`;
      const item = value[i];
      if (omitted(item)) yield "null";
      else yield* pieces(item, inner, depth + 1);
    }
    yield `
${indent}]`;
    return;
  }
  let first = true;
  for (const key of Object.keys(value)) {
    const item = value[key];
    if (omitted(item)) continue;
    yield `${first ? "{" : ","}
${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* pieces(item, inner, depth + 1);
  }
  yield first ? "{}" : `
${indent}}`;
}
function* jsonChunks(value, size = 1 << 15) {
  let parts = [];
  let length = 0;
  for (const piece of pieces(value, "", 0)) {
    parts.push(piece);
    length += piece.length;
    if (length >= size) {
      yield parts.join("");
      parts = [];
      length = 0;
    }
  }
  parts.push("\n");
  yield parts.join("");
}

// src/project.ts
var REPOSITORY = "openquota-dev/openquota";
var REPOSITORY_URL = `https://github.com/${REPOSITORY}`;

// src/report/locate.ts
function bareId(entry) {
  return entry.replace(/^(hf|github):/i, "").replace(/^https?:\/\/(www\.)?(huggingface\.co|hf\.co|github\.com)\//i, "").replace(/\.git$/i, "").split("/").slice(0, 2).join("/").toLowerCase();
}
function indexTeams(teams) {
  const byId = /* @__PURE__ */ new Map();
  teams.forEach((team2, at) => {
    if (byId.has(team2?.id)) return;
    const declared = Array.isArray(team2?.models) ? team2.models.map(String) : [];
    const written = /* @__PURE__ */ new Map();
    const bare = /* @__PURE__ */ new Map();
    declared.forEach((entry, i) => {
      if (!written.has(entry)) written.set(entry, i);
      const key = bareId(entry);
      if (!bare.has(key)) bare.set(key, i);
    });
    byId.set(team2?.id, { at, written, bare });
  });
  return byId;
}
function locateInProgramme(text) {
  if (text !== void 0 && last?.text === text) return last.locate;
  const locate = buildLocator(text);
  if (text !== void 0) last = { text, locate };
  return locate;
}
var last;
function buildLocator(text) {
  const parsed = text === void 0 ? void 0 : parseShared({ file: "programme", text });
  if (!parsed?.ok) return () => void 0;
  const doc = parsed.document.value;
  const teams = indexTeams(Array.isArray(doc?.teams) ? doc.teams : []);
  const line = (path) => parsed.document.lineOf(path);
  return (teamId, model2) => {
    const team2 = teams.get(teamId);
    if (!team2) return void 0;
    if (model2) {
      const written = model2.origin.startsWith("models: ") ? model2.origin.slice("models: ".length) : void 0;
      const mi = (written === void 0 ? void 0 : team2.written.get(written)) ?? team2.bare.get(bareId(model2.id));
      if (mi !== void 0) return line(["teams", team2.at, "models", mi]);
    }
    return line(["teams", team2.at]);
  };
}

// src/report/sarif.ts
var INFORMATION_URI = REPOSITORY_URL;
var SHORT = {
  NOT_PUBLIC: "Release is not public",
  GATED_AUTO: "Release is behind click-through gating",
  NO_WEIGHTS: "Repository holds no weights",
  EXCLUDED_BY_PROGRAMME: "Release excluded by the programme file",
  LICENCE_NOT_APPROVED: "Licence is not approved by the policy",
  LICENCE_DENIED: "Licence is denied by the policy",
  LICENCE_MISSING: "No licence found",
  LICENCE_UNREADABLE: "Licence file could not be read",
  LICENCE_UNIDENTIFIED: "Licence text not identified",
  LICENCE_MISMATCH: "Declared and detected licences disagree",
  LICENCE_RESTRICTED_USE: "Licence restricts use",
  LICENCE_NON_COMMERCIAL: "Licence forbids commercial use",
  SOURCE_FAILED: "Registry could not be asked",
  FILES_UNKNOWN: "File list unknown",
  RENAMED: "Repository renamed",
  WAIVED: "Finding waived by the policy",
  LICENCE_MODIFIED: "Licence text is a modified licence",
  LICENCE_TEXT_MISSING: "No licence text backs the metadata",
  MALFORMED_METADATA: "Card licence field has the wrong shape",
  MALFORMED_RESPONSE: "Registry answer has an unknown shape",
  FILES_TRUNCATED: "File listing cut short",
  DECLARED_NOT_EXCLUDED: "Declared release matched by exclude",
  AVAILABILITY_NOT_CHECKED: "Availability not checked (local directory)",
  WEIGHTS_STUB: "Weight files too small to be a model",
  WEIGHTS_UNKNOWN: "Size of the weights not established",
  FAMILY_COPY: "Copy of another release of the team",
  COPY_LESS_OPEN: "A copy is less open than its original",
  ADAPTER: "Adapter, not counted",
  FORK: "Fork of another owner\u2019s repository, not counted",
  THIRD_PARTY_BASE: "Built on another owner\u2019s weights",
  LICENCE_INHERITED: "Licence inherited from the base model",
  BASE_UNREADABLE: "Base model could not be read"
};
function primaryCode(model2) {
  return primaryFinding(model2)?.code ?? (model2.verdict === "unknown" ? "SOURCE_FAILED" : "LICENCE_NOT_APPROVED");
}
function rule(code) {
  const help = FINDING_HELP[code];
  return {
    id: code,
    name: code.toLowerCase().split("_").map((w) => w[0].toUpperCase() + w.slice(1)).join(""),
    shortDescription: { text: SHORT[code] },
    fullDescription: { text: help },
    help: {
      text: help,
      markdown: `**${code}**: ${help}

See [finding codes](${INFORMATION_URI}#finding-codes).`
    },
    helpUri: `${INFORMATION_URI}#finding-codes`,
    defaultConfiguration: {
      level: code === "SOURCE_FAILED" || code === "FILES_UNKNOWN" ? "warning" : "error"
    }
  };
}
function relativeUri(file) {
  return file.replace(/\\/g, "/").replace(/^\.\//, "").split("/").map(encodeURIComponent).join("/");
}
function result(team2, model2, uri, line, lang) {
  const code = primaryCode(model2);
  const level = model2.verdict === "unknown" ? "warning" : "error";
  return {
    ruleId: code,
    ruleIndex: FINDING_CODES.indexOf(code),
    level,
    message: { text: verdictSentence(lang, model2, team2.id) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri, uriBaseId: "%SRCROOT%" },
          region: { startLine: line ?? 1 }
        },
        logicalLocations: [{ name: model2.id, fullyQualifiedName: `${team2.id}/${model2.id}`, kind: "module" }]
      }
    ],
    // Stable across runs: the same model with the same problem is the same alert.
    partialFingerprints: {
      "openquotaModel/v1": `${team2.id}:${model2.source}:${model2.id.toLowerCase()}:${code}`
    },
    properties: {
      team: team2.id,
      model: model2.id,
      source: model2.source,
      verdict: model2.verdict,
      ...model2.url ? { url: model2.url } : {},
      ...model2.revision ? { revision: model2.revision } : {},
      licence: model2.licence.expression,
      codes: model2.reasons.map((r) => r.code)
    }
  };
}
function renderSarif(report, options = {}) {
  const uri = relativeUri(options.programmeUri ?? report.programme.file ?? "openquota.yml");
  const locate = locateInProgramme(options.programmeText);
  const results = report.teams.flatMap(
    (team2) => team2.models.filter((m) => m.verdict === "non-compliant" || m.verdict === "unknown").map((m) => result(team2, m, uri, locate(team2.id, m), options.lang ?? "en"))
  );
  const sarif = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "openquota",
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: INFORMATION_URI,
            rules: FINDING_CODES.map(rule)
          }
        },
        // No automationDetails: upload-sarif keeps an id already present and would ignore its `category`.
        results,
        properties: {
          programme: report.programme.title,
          policy: report.policy.id,
          status: report.status,
          teams: report.teams.map((t2) => ({ id: t2.id, status: t2.status, share: t2.share }))
        }
      }
    ]
  };
  return `${JSON.stringify(sarif, null, 2)}
`;
}

// src/action/annotations.ts
function annotationsFor(report, programme, lang = "en") {
  const locate = locateInProgramme(programme.text);
  return report.teams.flatMap(
    (team2) => team2.models.filter((m) => m.verdict === "non-compliant" || m.verdict === "unknown").map((model2) => {
      const code = primaryCode(model2);
      const line = locate(team2.id, model2);
      return {
        level: model2.verdict === "unknown" ? "warning" : "error",
        message: verdictSentence(lang, model2, team2.name),
        properties: {
          title: `${model2.id}: ${code}`,
          ...programme.file ? { file: programme.file } : {},
          ...programme.file && line !== void 0 ? { startLine: line } : {}
        }
      };
    })
  );
}

// src/report/format.ts
function formatTime(iso) {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

// src/report/html-escape.ts
function safeWebUrl(url) {
  if (!url || !/^https?:\/\/[^\s"'<>`\\]+$/i.test(url)) return null;
  return url;
}

// src/report/registry-failures.ts
function hostOf(url) {
  if (!url) return void 0;
  try {
    return new URL(url).host || void 0;
  } catch {
    return void 0;
  }
}
function failedHost(finding2, model2) {
  return hostOf(typeof finding2.args?.url === "string" ? finding2.args.url : model2.url);
}
function registryFailures(report) {
  const out = [];
  for (const team2 of report.teams) {
    for (const f of team2.failures) {
      out.push({
        team: team2.name,
        kind: "listing",
        ...f.origin ? { origin: f.origin } : {},
        host: hostOf(f.url) ?? "unknown host",
        code: f.code,
        message: f.message,
        ...f.requestId ? { requestId: f.requestId } : {},
        count: 1
      });
    }
    const groups = /* @__PURE__ */ new Map();
    for (const model2 of team2.models) {
      for (const r of model2.reasons) {
        if (r.code !== "SOURCE_FAILED") continue;
        const host = failedHost(r, model2) ?? "unknown host";
        const code = typeof r.args?.code === "string" ? r.args.code : "SOURCE_FAILED";
        const key = JSON.stringify([host, code, r.message]);
        const group = groups.get(key);
        if (group) group.count += 1;
        else groups.set(key, { team: team2.name, kind: "inspect", host, code, message: r.message, count: 1 });
      }
    }
    out.push(...groups.values());
  }
  return out;
}
function failureLine(lang, f) {
  const cause = [f.code, ...f.requestId ? [t(lang, "failure.requestId", { id: f.requestId })] : []].join(
    "; "
  );
  const args = { host: f.host, message: f.message, cause };
  return f.kind === "listing" ? t(lang, "failure.listing", { ...args, origin: f.origin ?? t(lang, "failure.someRegistry") }) : plural(lang, "failure.inspect", f.count, args);
}

// src/report/markdown.ts
var GITHUB_COMMENT_LIMIT = 65536;
function modelRow(model2, lang) {
  const url = mdUrl(model2.url);
  const reason = primaryFinding(model2);
  return [
    url ? `[${md(model2.id)}](${url})` : md(model2.id),
    md(modelVerdictLabel(lang, model2)),
    md(availabilityLabel(lang, model2.availability)),
    model2.licence.expression ? md(model2.licence.expression) : "\u2013",
    reason ? `**${md(findingTitle(lang, reason))}**: ${md(findingMessage(lang, reason))}` : ""
  ];
}
function mdUrl(url) {
  return safeWebUrl(url)?.replace(/[()|\\]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`) ?? null;
}
function codeRows(model2, lang) {
  return (model2.code ?? []).map((c) => {
    const url = mdUrl(c.url);
    const name = md(`${t(lang, `source.${c.source}`)} ${c.id}`);
    return [
      `\u21B3 ${md(t(lang, "code.label"))}: ${url ? `[${name}](${url})` : name}`,
      "",
      "",
      md(codeLicence(lang, c)),
      ""
    ];
  });
}
function teamDetails(team2, lang) {
  const header = ["col.model", "col.verdict", "col.availability", "col.licence", "col.reason"];
  const table = team2.models.length ? mdTable(
    header.map((k) => t(lang, k)),
    ["l", "l", "l", "l", "l"],
    team2.models.flatMap((m) => [modelRow(m, lang), ...codeRows(m, lang)])
  ) : md(t(lang, "report.noModels"));
  const failures = registryFailures({ teams: [team2] }).map((f) => `- ${md(failureLine(lang, f))}`);
  return `<details><summary>${mdHtml(statusLabel(lang, team2.status))} \xB7 ${mdHtml(t(lang, "md.modelsOf", { team: team2.name, count: team2.models.length }))}</summary>

${md(teamReason(lang, team2))}
${failures.length ? `
${md(t(lang, "failure.heading"))}

${failures.join("\n")}
` : ""}
${table}

</details>`;
}
function head(report, lang) {
  const teams = mdTable(
    [
      "col.team",
      "col.counted",
      "col.compliant",
      "col.unknown",
      "col.share",
      "col.parameterShare",
      "col.threshold",
      "col.status"
    ].map((k) => t(lang, k)),
    ["l", "r", "r", "r", "r", "r", "r", "l"],
    report.teams.map((team2) => [
      md(team2.name),
      String(team2.counted),
      String(team2.compliant),
      String(team2.unknown),
      percent(team2.share),
      md(parameterShareCell(lang, team2)),
      percent(team2.threshold),
      `**${md(statusLabel(lang, team2.status))}**`
    ])
  );
  return `## ${md(t(lang, "report.title"))} \u2014 ${md(report.programme.title)}

**${md(t(lang, "report.policy"))}:** ${md(report.policy.title)} (${md(report.policy.id)}) \xB7 **${md(t(lang, "report.generated"))}:** ${formatTime(report.generatedAt)} \xB7 **${md(t(lang, "report.overall"))}:** ${md(statusLabel(lang, report.status))}

${md(t(lang, "report.rule", { threshold: percent(report.policy.threshold) }))}

${teams}
`;
}
function renderMarkdown(report, options = {}) {
  const lang = options.lang ?? "en";
  const limit = options.maxChars ?? GITHUB_COMMENT_LIMIT;
  const size = options.measure ?? ((text) => text.length);
  const top = head(report, lang);
  const details = report.teams.map((team2) => {
    const text = teamDetails(team2, lang);
    return { team: team2, text, size: size(text) };
  });
  const parts = (kept2, note2) => [
    top,
    ...kept2.map((d) => d.text),
    ...note2 ? [`> ${note2}`] : []
  ];
  const assemble = (kept2, note2) => `${parts(kept2, note2).join("\n")}
`;
  const newline = size("\n");
  const topSize = size(top);
  const sizeOf = (kept2, note2) => topSize + kept2.reduce((n, d) => n + d.size, 0) + (note2 ? size(`> ${note2}`) : 0) + newline * (kept2.length + (note2 ? 1 : 0) + 1);
  let kept = details;
  if (sizeOf(kept, "") <= limit) return assemble(kept, "");
  const dropOrder = [
    ...details.filter((d) => d.team.status === "pass").reverse(),
    ...details.filter((d) => d.team.status !== "pass").reverse()
  ];
  const note = (left2) => md(
    options.reportPath ? plural(lang, "md.truncated", left2, { limit, path: options.reportPath }) : plural(lang, "md.truncatedNoPath", left2, { limit })
  );
  let left = 0;
  for (const drop of dropOrder) {
    kept = kept.filter((d) => d !== drop);
    left += drop.team.models.length;
    if (sizeOf(kept, note(left)) <= limit) return assemble(kept, note(left));
  }
  const out = assemble(kept, note(left));
  const tail = `
> ${note(left)}
`;
  let cut = out.slice(0, Math.max(0, limit - size(tail)));
  while (cut && size(cut) + size(tail) > limit) cut = cut.slice(0, Math.floor(cut.length * 0.95));
  return `${cut}${tail}`;
}

// src/action/summary.ts
var SUMMARY_LIMIT_BYTES = 1024 * 1024;
function footer(report, lang) {
  const commit = report.programme.commit ? `\`${report.programme.commit}\`` : t(lang, "summary.noCommit");
  const file = report.programme.file ? `\`${report.programme.file}\`` : t(lang, "summary.programmeFile");
  const line = t(lang, "summary.footer", {
    policy: report.policy.id,
    sha: report.policy.sha256.slice(0, 12),
    threshold: report.policy.threshold,
    file,
    commit,
    version: report.tool.version
  });
  return `
---
${line}
`;
}
function renderSummary(report, options = {}) {
  const lang = options.lang ?? "en";
  const tail = footer(report, lang);
  const body = renderMarkdown(report, {
    lang,
    maxChars: (options.limitBytes ?? SUMMARY_LIMIT_BYTES) - Buffer.byteLength(tail),
    // GitHub counts bytes of UTF-8; Korean text is 3 bytes a character.
    measure: (text) => Buffer.byteLength(text),
    ...options.reportPath ? { reportPath: options.reportPath } : {}
  });
  return `${body}${tail}`;
}

// src/action/publish.ts
function failsStep(status2, failOn) {
  if (failOn === "never") return false;
  return status2 === "fail" || failOn === "incomplete" && status2 === "incomplete";
}
function teamTable(report) {
  return report.teams.map((t2) => ({
    id: t2.id,
    name: t2.name,
    status: t2.status,
    counted: t2.counted,
    compliant: t2.compliant,
    nonCompliant: t2.nonCompliant,
    unknown: t2.unknown,
    excluded: t2.excluded,
    share: t2.share,
    threshold: t2.threshold
  }));
}
async function finish(done, inputs, workspace, io, env) {
  const commentUrl = await writeComment({
    mode: inputs.comment,
    status: done.status,
    markdown: done.comment,
    env,
    timeoutMs: inputs.timeout * 1e3,
    info: io.info,
    warn: (message) => io.annotate("warning", message, { title: "openquota pull-request comment" })
  });
  io.setOutput("status", done.status);
  for (const [name, value] of Object.entries(done.outputs)) io.setOutput(name, value);
  io.setOutput("report", workspacePath(workspace, resolve3(workspace, inputs.output)));
  io.setOutput("comment-url", commentUrl);
  if (failsStep(done.status, inputs.failOn)) io.setFailed(done.failure);
}
async function publish(produced, inputs, workspace, io, env) {
  const { report, programme } = produced;
  const reportPath = workspacePath(workspace, resolve3(workspace, inputs.output));
  await writeFileAtomic(resolve3(workspace, inputs.output), jsonChunks(report));
  if (inputs.sarif) {
    await writeFileAtomic(
      resolve3(workspace, inputs.sarif),
      renderSarif(report, {
        ...programme.text !== void 0 ? { programmeText: programme.text } : {},
        ...programme.file ? { programmeUri: programme.file } : {},
        lang: inputs.lang
      })
    );
  }
  for (const a of annotationsFor(report, programme, inputs.lang))
    io.annotate(a.level, a.message, a.properties);
  await io.appendSummary(renderSummary(report, { reportPath, lang: inputs.lang }));
  const ids = (pass) => report.teams.filter((t2) => t2.status === "pass" === pass && (pass || t2.status === "fail")).map((t2) => t2.id).join(",");
  io.info(
    `openquota: ${report.status} \u2014 ${report.teams.map((t2) => `${t2.id} ${t2.status} (${t2.compliant}/${t2.counted})`).join(", ")}`
  );
  await finish(
    {
      status: report.status,
      // Bytes bound characters from above, so a byte budget keeps the comment under GitHub's limit.
      comment: () => renderSummary(report, { reportPath, limitBytes: COMMENT_LIMIT - 1024, lang: inputs.lang }),
      outputs: {
        "failing-teams": ids(false),
        "passing-teams": ids(true),
        "report-json": JSON.stringify(teamTable(report)),
        sarif: inputs.sarif ? workspacePath(workspace, resolve3(workspace, inputs.sarif)) : ""
      },
      failure: `openquota: the programme status is ${report.status} (fail-on: ${inputs.failOn}); see the job summary`
    },
    inputs,
    workspace,
    io,
    env
  );
}
async function publishCheck(checked, inputs, workspace, io, env) {
  await writeFileAtomic(resolve3(workspace, inputs.output), `${JSON.stringify(checked.document, null, 2)}
`);
  const { checkAnnotations, renderCheckSummary } = await import("./action-chunks/check-mode-PCMZGBBG.js");
  for (const a of checkAnnotations(checked)) io.annotate(a.level, a.message, a.properties);
  const summary2 = renderCheckSummary(checked);
  await io.appendSummary(summary2);
  const { model: model2 } = checked.document;
  io.info(`openquota check ${checked.name}: ${model2.verdict} (${model2.licence.expression ?? "no licence"})`);
  await finish(
    {
      status: checked.status,
      comment: () => summary2,
      outputs: { "failing-teams": "", "passing-teams": "", "report-json": "[]", sarif: "" },
      failure: `openquota: ${model2.id} is ${model2.verdict} (fail-on: ${inputs.failOn}); see the job summary`
    },
    inputs,
    workspace,
    io,
    env
  );
}

// src/action/main.ts
function coreIO() {
  return {
    getInput: (name) => getInput(name),
    setOutput: (name, value) => setOutput(name, value),
    setSecret: (value) => setSecret(value),
    setFailed: (message) => setFailed(message),
    annotate: (level, message, properties) => level === "error" ? error(message, properties) : warning(message, properties),
    info: (message) => info(message),
    appendSummary: async (markdown) => {
      if (process.env.GITHUB_STEP_SUMMARY) await summary.addRaw(markdown).write();
    },
    env: process.env,
    cwd: process.cwd()
  };
}
function commitOf(workspace, env) {
  return (file) => new Promise((done) => {
    execFile("git", ["log", "-1", "--format=%H", "--", file], { cwd: workspace }, (error2, stdout) => {
      const sha = error2 ? "" : stdout.trim();
      done(/^[0-9a-f]{40,64}$/.test(sha) ? sha : env.GITHUB_SHA?.trim() || null);
    });
  });
}
function redactingIO(io, secrets) {
  const redact = (text) => createRedactor(secrets)(text);
  return {
    ...io,
    setFailed: (message) => io.setFailed(redact(message)),
    info: (message) => io.info(redact(message)),
    appendSummary: (markdown) => io.appendSummary(redact(markdown)),
    annotate: (level, message, properties) => io.annotate(level, redact(message), {
      ...properties,
      ...properties.title ? { title: redact(properties.title) } : {}
    })
  };
}
async function run(runner = coreIO()) {
  const tokens = {
    HF_TOKEN: runner.getInput("hf-token").trim(),
    GITHUB_TOKEN: runner.getInput("github-token").trim()
  };
  const secrets = Object.values(tokens).filter(Boolean);
  for (const s of secrets) runner.setSecret(s);
  const io = redactingIO(runner, secrets);
  const env = { ...io.env };
  for (const [name, value] of Object.entries(tokens)) if (value) env[name] = value;
  try {
    const inputs = parseInputs(io.getInput);
    if (inputs.mode !== "merge") keepHeapNearLive();
    const workspace = env.GITHUB_WORKSPACE || io.cwd;
    const create = inputs.mode === "merge" ? void 0 : await import("./action-chunks/create-TQ4XX5TO.js");
    const sourcesModule = () => {
      if (!create) throw new Error("registry sources asked for in merge mode");
      return create;
    };
    const ctx = {
      workspace,
      commitOf: commitOf(workspace, env),
      ...env.GITHUB_REPOSITORY ? { repository: env.GITHUB_REPOSITORY } : {},
      announce: (teams) => {
        for (const notice of sourcesModule().credentialNotices(env, teams)) io.info(`note: ${notice}`);
      },
      sources: () => {
        const created = sourcesModule().createSources(env, {
          timeoutMs: inputs.timeout * 1e3,
          pools: inputs.concurrency,
          cwd: workspace,
          cacheMaxMb: inputs.cacheMaxMb,
          // The runner's temp directory is emptied after each job: ETags help within a job only.
          ...env.RUNNER_TEMP ? { cacheDir: join3(env.RUNNER_TEMP, "openquota-cache") } : {}
        });
        for (const s of created.secrets.filter((s2) => !secrets.includes(s2))) {
          io.setSecret(s);
          secrets.push(s);
        }
        return created;
      }
    };
    if (inputs.mode === "check") {
      const { checkTarget } = await import("./action-chunks/check-mode-PCMZGBBG.js");
      await publishCheck(await checkTarget(inputs, ctx), inputs, workspace, io, env);
      return;
    }
    const produced = inputs.mode === "merge" ? await mergeInputs(inputs, ctx) : inputs.evidence ? await evaluateEvidence(inputs, ctx) : await scanProgramme(inputs, ctx);
    await publish(produced, inputs, workspace, io, env);
  } catch (error2) {
    const workspace = env.GITHUB_WORKSPACE || io.cwd;
    const message = error2 instanceof ConfigError ? error2.problems.map((p) => formatProblem(problemInActionTerms(p, workspace))).join("\n") : error2 instanceof SourceError ? `upstream failure (${error2.code}): ${error2.message}${error2.url ? ` [${error2.url}]` : ""}` : `could not finish: ${error2?.stack ?? String(error2)}
This is a bug in openquota; please report it.`;
    io.setFailed(message);
  }
}

// src/action/index.ts
await run();
