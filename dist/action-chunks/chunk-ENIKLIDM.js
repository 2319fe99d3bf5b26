import {
  __commonJS,
  __toESM
} from "./chunk-QOHIKXPB.js";

// node_modules/spdx-license-ids/index.json
var require_spdx_license_ids = __commonJS({
  "node_modules/spdx-license-ids/index.json"(exports, module) {
    module.exports = JSON.parse('["0BSD","3D-Slicer-1.0","AAL","ADSL","AFL-1.1","AFL-1.2","AFL-2.0","AFL-2.1","AFL-3.0","AGPL-1.0-only","AGPL-1.0-or-later","AGPL-3.0-only","AGPL-3.0-or-later","ALGLIB-Documentation","AMD-newlib","AMDPLPA","AML","AML-glslang","AMPAS","ANTLR-PD","ANTLR-PD-fallback","APAFML","APL-1.0","APSL-1.0","APSL-1.1","APSL-1.2","APSL-2.0","ASWF-Digital-Assets-1.0","ASWF-Digital-Assets-1.1","Abstyles","AdaCore-doc","Adobe-2006","Adobe-Display-PostScript","Adobe-Glyph","Adobe-Utopia","Advanced-Cryptics-Dictionary","Afmparse","Aladdin","Apache-1.0","Apache-1.1","Apache-2.0","App-s2p","Arphic-1999","Artistic-1.0","Artistic-1.0-Perl","Artistic-1.0-cl8","Artistic-2.0","Artistic-dist","Aspell-RU","BOLA-1.1","BSD-1-Clause","BSD-2-Clause","BSD-2-Clause-Darwin","BSD-2-Clause-Patent","BSD-2-Clause-Views","BSD-2-Clause-first-lines","BSD-2-Clause-pkgconf-disclaimer","BSD-2-Clause-pos-unchanged","BSD-3-Clause","BSD-3-Clause-Attribution","BSD-3-Clause-Clear","BSD-3-Clause-HP","BSD-3-Clause-LBNL","BSD-3-Clause-Modification","BSD-3-Clause-No-Military-License","BSD-3-Clause-No-Nuclear-License","BSD-3-Clause-No-Nuclear-License-2014","BSD-3-Clause-No-Nuclear-Warranty","BSD-3-Clause-Open-MPI","BSD-3-Clause-OpenWebUI","BSD-3-Clause-Sun","BSD-3-Clause-Tso","BSD-3-Clause-acpica","BSD-3-Clause-flex","BSD-4-Clause","BSD-4-Clause-Shortened","BSD-4-Clause-UC","BSD-4.3RENO","BSD-4.3TAHOE","BSD-Advertising-Acknowledgement","BSD-Attribution-HPND-disclaimer","BSD-Inferno-Nettverk","BSD-Mark-Modifications","BSD-Protection","BSD-Source-Code","BSD-Source-Code-no-disclaimer","BSD-Source-alt-GPL","BSD-Source-beginning-file","BSD-Systemics","BSD-Systemics-W3Works","BSD-ask-to-endorse","BSL-1.0","BUSL-1.1","Baekmuk","Bahyph","Barr","Beerware","BitTorrent-1.0","BitTorrent-1.1","Bitstream-Charter","Bitstream-Vera","BlueOak-1.0.0","Boehm-GC","Boehm-GC-without-fee","Borceux","Brian-Gladman-2-Clause","Brian-Gladman-3-Clause","Brian-Gladman-3-Clause-no-conversion","Buddy","Bugroff","C-UDA-1.0","CAL-1.0","CAL-1.0-Combined-Work-Exception","CAPEC-tou","CATOSL-1.1","CC-BY-1.0","CC-BY-2.0","CC-BY-2.5","CC-BY-2.5-AU","CC-BY-3.0","CC-BY-3.0-AT","CC-BY-3.0-AU","CC-BY-3.0-DE","CC-BY-3.0-IGO","CC-BY-3.0-NL","CC-BY-3.0-US","CC-BY-4.0","CC-BY-NC-1.0","CC-BY-NC-2.0","CC-BY-NC-2.5","CC-BY-NC-3.0","CC-BY-NC-3.0-DE","CC-BY-NC-3.0-IGO","CC-BY-NC-4.0","CC-BY-NC-ND-1.0","CC-BY-NC-ND-2.0","CC-BY-NC-ND-2.5","CC-BY-NC-ND-3.0","CC-BY-NC-ND-3.0-DE","CC-BY-NC-ND-3.0-IGO","CC-BY-NC-ND-4.0","CC-BY-NC-SA-1.0","CC-BY-NC-SA-2.0","CC-BY-NC-SA-2.0-DE","CC-BY-NC-SA-2.0-FR","CC-BY-NC-SA-2.0-UK","CC-BY-NC-SA-2.5","CC-BY-NC-SA-3.0","CC-BY-NC-SA-3.0-DE","CC-BY-NC-SA-3.0-IGO","CC-BY-NC-SA-4.0","CC-BY-ND-1.0","CC-BY-ND-2.0","CC-BY-ND-2.5","CC-BY-ND-3.0","CC-BY-ND-3.0-DE","CC-BY-ND-4.0","CC-BY-SA-1.0","CC-BY-SA-2.0","CC-BY-SA-2.0-UK","CC-BY-SA-2.1-JP","CC-BY-SA-2.5","CC-BY-SA-3.0","CC-BY-SA-3.0-AT","CC-BY-SA-3.0-DE","CC-BY-SA-3.0-IGO","CC-BY-SA-4.0","CC-PDDC","CC-PDM-1.0","CC-SA-1.0","CC0-1.0","CDDL-1.0","CDDL-1.1","CDL-1.0","CDLA-Permissive-1.0","CDLA-Permissive-2.0","CDLA-Sharing-1.0","CECILL-1.0","CECILL-1.1","CECILL-2.0","CECILL-2.1","CECILL-B","CECILL-C","CERN-OHL-1.1","CERN-OHL-1.2","CERN-OHL-P-2.0","CERN-OHL-S-2.0","CERN-OHL-W-2.0","CFITSIO","CMU-Mach","CMU-Mach-nodoc","CNRI-Jython","CNRI-Python","CNRI-Python-GPL-Compatible","COIL-1.0","CPAL-1.0","CPL-1.0","CPOL-1.02","CUA-OPL-1.0","Caldera","Caldera-no-preamble","Catharon","ClArtistic","Clips","Community-Spec-1.0","Condor-1.1","Cornell-Lossless-JPEG","Cronyx","Crossword","CryptoSwift","CrystalStacker","Cube","D-FSL-1.0","DEC-3-Clause","DL-DE-BY-2.0","DL-DE-ZERO-2.0","DOC","DRL-1.0","DRL-1.1","DSDP","DocBook-DTD","DocBook-Schema","DocBook-Stylesheet","DocBook-XML","Dotseqn","ECL-1.0","ECL-2.0","EFL-1.0","EFL-2.0","EPICS","EPL-1.0","EPL-2.0","ESA-PL-permissive-2.4","ESA-PL-strong-copyleft-2.4","ESA-PL-weak-copyleft-2.4","EUDatagrid","EUPL-1.0","EUPL-1.1","EUPL-1.2","Elastic-2.0","Entessa","ErlPL-1.1","Eurosym","FBM","FDK-AAC","FDK-MPEG-H","FSFAP","FSFAP-no-warranty-disclaimer","FSFUL","FSFULLR","FSFULLRSD","FSFULLRWD","FSL-1.1-ALv2","FSL-1.1-MIT","FTL","Fair","Ferguson-Twofish","Frameworx-1.0","FreeBSD-DOC","FreeImage","Furuseth","GCR-docs","GD","GFDL-1.1-invariants-only","GFDL-1.1-invariants-or-later","GFDL-1.1-no-invariants-only","GFDL-1.1-no-invariants-or-later","GFDL-1.1-only","GFDL-1.1-or-later","GFDL-1.2-invariants-only","GFDL-1.2-invariants-or-later","GFDL-1.2-no-invariants-only","GFDL-1.2-no-invariants-or-later","GFDL-1.2-only","GFDL-1.2-or-later","GFDL-1.3-invariants-only","GFDL-1.3-invariants-or-later","GFDL-1.3-no-invariants-only","GFDL-1.3-no-invariants-or-later","GFDL-1.3-only","GFDL-1.3-or-later","GL2PS","GLWTPL","GPL-1.0-only","GPL-1.0-or-later","GPL-2.0-only","GPL-2.0-or-later","GPL-3.0-only","GPL-3.0-or-later","Game-Programming-Gems","Giftware","Glide","Glulxe","Graphics-Gems","Gutmann","HDF5","HIDAPI","HP-1986","HP-1989","HPND","HPND-DEC","HPND-Fenneberg-Livingston","HPND-INRIA-IMAG","HPND-Intel","HPND-Kevlin-Henney","HPND-MIT-disclaimer","HPND-Markus-Kuhn","HPND-Netrek","HPND-Pbmplus","HPND-SMC","HPND-UC","HPND-UC-export-US","HPND-doc","HPND-doc-sell","HPND-export-US","HPND-export-US-acknowledgement","HPND-export-US-modify","HPND-export2-US","HPND-merchantability-variant","HPND-sell-MIT-disclaimer-xserver","HPND-sell-regexpr","HPND-sell-variant","HPND-sell-variant-MIT-disclaimer","HPND-sell-variant-MIT-disclaimer-rev","HPND-sell-variant-critical-systems","HTMLTIDY","HaskellReport","Hippocratic-2.1","Hippocratic-3.0-core","IBM-pibs","ICU","IEC-Code-Components-EULA","IJG","IJG-short","IPA","IPL-1.0","ISC","ISC-Veillard","ISO-permission","ImageMagick","Imlib2","Info-ZIP","Informatica","Inner-Net-2.0","InnoSetup","Intel","Intel-ACPI","Interbase-1.0","JPL-image","JPNIC","JSON","Jam","JasPer-2.0","Kastrup","Kazlib","Knuth-CTAN","LAL-1.2","LAL-1.3","LGPL-2.0-only","LGPL-2.0-or-later","LGPL-2.1-only","LGPL-2.1-or-later","LGPL-3.0-only","LGPL-3.0-or-later","LGPLLR","LOOP","LPD-document","LPL-1.0","LPL-1.02","LPPL-1.0","LPPL-1.1","LPPL-1.2","LPPL-1.3a","LPPL-1.3c","LZMA-SDK-9.11-to-9.20","LZMA-SDK-9.22","Latex2e","Latex2e-translated-notice","Leptonica","LiLiQ-P-1.1","LiLiQ-R-1.1","LiLiQ-Rplus-1.1","Libpng","Linux-OpenIB","Linux-man-pages-1-para","Linux-man-pages-copyleft","Linux-man-pages-copyleft-2-para","Linux-man-pages-copyleft-var","Lucida-Bitmap-Fonts","MIPS","MIT","MIT-0","MIT-CMU","MIT-Click","MIT-Festival","MIT-Khronos-old","MIT-Modern-Variant","MIT-STK","MIT-Wu","MIT-advertising","MIT-enna","MIT-feh","MIT-open-group","MIT-testregex","MITNFA","MMIXware","MMPL-1.0.1","MPEG-SSG","MPL-1.0","MPL-1.1","MPL-2.0","MPL-2.0-no-copyleft-exception","MS-LPL","MS-PL","MS-RL","MTLL","MVT-1.1","Mackerras-3-Clause","Mackerras-3-Clause-acknowledgment","MakeIndex","Martin-Birgmeier","McPhee-slideshow","Minpack","MirOS","Motosoto","MulanPSL-1.0","MulanPSL-2.0","Multics","Mup","NAIST-2003","NASA-1.3","NBPL-1.0","NCBI-PD","NCGL-UK-2.0","NCL","NCSA","NGPL","NICTA-1.0","NIST-PD","NIST-PD-TNT","NIST-PD-fallback","NIST-Software","NLOD-1.0","NLOD-2.0","NLPL","NOSL","NPL-1.0","NPL-1.1","NPOSL-3.0","NRL","NTIA-PD","NTP","NTP-0","Naumen","NetCDF","Newsletr","Nokia","Noweb","O-UDA-1.0","OAR","OCCT-PL","OCLC-2.0","ODC-By-1.0","ODbL-1.0","OFFIS","OFL-1.0","OFL-1.0-RFN","OFL-1.0-no-RFN","OFL-1.1","OFL-1.1-RFN","OFL-1.1-no-RFN","OGC-1.0","OGDL-Taiwan-1.0","OGL-Canada-2.0","OGL-UK-1.0","OGL-UK-2.0","OGL-UK-3.0","OGTSL","OLDAP-1.1","OLDAP-1.2","OLDAP-1.3","OLDAP-1.4","OLDAP-2.0","OLDAP-2.0.1","OLDAP-2.1","OLDAP-2.2","OLDAP-2.2.1","OLDAP-2.2.2","OLDAP-2.3","OLDAP-2.4","OLDAP-2.5","OLDAP-2.6","OLDAP-2.7","OLDAP-2.8","OLFL-1.3","OML","OPL-1.0","OPL-UK-3.0","OPUBL-1.0","OSC-1.0","OSET-PL-2.1","OSL-1.0","OSL-1.1","OSL-2.0","OSL-2.1","OSL-3.0","OSSP","OpenMDW-1.0","OpenPBS-2.3","OpenSSL","OpenSSL-standalone","OpenVision","PADL","PDDL-1.0","PHP-3.0","PHP-3.01","PPL","PSF-2.0","ParaType-Free-Font-1.3","Parity-6.0.0","Parity-7.0.0","Pixar","Plexus","PolyForm-Noncommercial-1.0.0","PolyForm-Small-Business-1.0.0","PostgreSQL","Python-2.0","Python-2.0.1","QPL-1.0","QPL-1.0-INRIA-2004","Qhull","RHeCos-1.1","RPL-1.1","RPL-1.5","RPSL-1.0","RSA-MD","RSCPL","Rdisc","Ruby","Ruby-pty","SAX-PD","SAX-PD-2.0","SCEA","SGI-B-1.0","SGI-B-1.1","SGI-B-2.0","SGI-OpenGL","SGMLUG-PM","SGP4","SHL-0.5","SHL-0.51","SISSL","SISSL-1.2","SL","SMAIL-GPL","SMLNJ","SMPPL","SNIA","SOFA","SPL-1.0","SSH-OpenSSH","SSH-short","SSLeay-standalone","SSPL-1.0","SUL-1.0","SWL","Saxpath","SchemeReport","Sendmail","Sendmail-8.23","Sendmail-Open-Source-1.1","SimPL-2.0","Sleepycat","Soundex","Spencer-86","Spencer-94","Spencer-99","SugarCRM-1.1.3","Sun-PPP","Sun-PPP-2000","SunPro","Symlinks","TAPR-OHL-1.0","TCL","TCP-wrappers","TGPPL-1.0","TMate","TORQUE-1.1","TOSL","TPDL","TPL-1.0","TTWL","TTYP0","TU-Berlin-1.0","TU-Berlin-2.0","TekHVC","TermReadKey","ThirdEye","TrustedQSL","UCAR","UCL-1.0","UMich-Merit","UPL-1.0","URT-RLE","Ubuntu-font-1.0","UnRAR","Unicode-3.0","Unicode-DFS-2015","Unicode-DFS-2016","Unicode-TOU","UnixCrypt","Unlicense","Unlicense-libtelnet","Unlicense-libwhirlpool","VOSTROM","VSL-1.0","Vim","Vixie-Cron","W3C","W3C-19980720","W3C-20150513","WTFNMFPL","WTFPL","Watcom-1.0","Widget-Workshop","WordNet","Wsuipa","X11","X11-distribute-modifications-variant","X11-no-permit-persons","X11-swapped","XFree86-1.1","XSkat","Xdebug-1.03","Xerox","Xfig","Xnet","YPL-1.0","YPL-1.1","ZPL-1.1","ZPL-2.0","ZPL-2.1","Zed","Zeeff","Zend-2.0","Zimbra-1.3","Zimbra-1.4","Zlib","any-OSI","any-OSI-perl-modules","atc-game","bcrypt-Solar-Designer","blessing","bzip2-1.0.6","check-cvs","checkmk","copyleft-next-0.3.0","copyleft-next-0.3.1","curl","cve-tou","diffmark","dtoa","dvipdfm","eGenix","etalab-2.0","fwlw","gSOAP-1.3b","generic-xts","gnuplot","gtkbook","hdparm","hyphen-bulgarian","iMatix","jove","libpng-1.6.35","libpng-2.0","libselinux-1.0","libtiff","libutil-David-Nugent","lsof","magaz","mailprio","man2html","metamail","mpi-permissive","mpich2","mplus","ngrep","pkgconf","pnmstitch","psfrag","psutils","python-ldap","radvd","snprintf","softSurfer","ssh-keyscan","swrule","threeparttable","ulem","w3m","wwl","xinetd","xkeyboard-config-Zinoviev","xlock","xpp","xzoom","zlib-acknowledgement"]');
  }
});

// node_modules/spdx-license-ids/deprecated.json
var require_deprecated = __commonJS({
  "node_modules/spdx-license-ids/deprecated.json"(exports, module) {
    module.exports = JSON.parse('["AGPL-1.0","AGPL-3.0","BSD-2-Clause-FreeBSD","BSD-2-Clause-NetBSD","GFDL-1.1","GFDL-1.2","GFDL-1.3","GPL-1.0","GPL-2.0","GPL-2.0-with-GCC-exception","GPL-2.0-with-autoconf-exception","GPL-2.0-with-bison-exception","GPL-2.0-with-classpath-exception","GPL-2.0-with-font-exception","GPL-3.0","GPL-3.0-with-GCC-exception","GPL-3.0-with-autoconf-exception","LGPL-2.0","LGPL-2.1","LGPL-3.0","Net-SNMP","Nunit","StandardML-NJ","bzip2-1.0.5","eCos-2.0","wxWindows"]');
  }
});

// node_modules/spdx-exceptions/index.json
var require_spdx_exceptions = __commonJS({
  "node_modules/spdx-exceptions/index.json"(exports, module) {
    module.exports = JSON.parse('["389-exception","Asterisk-exception","Autoconf-exception-2.0","Autoconf-exception-3.0","Autoconf-exception-generic","Autoconf-exception-generic-3.0","Autoconf-exception-macro","Bison-exception-1.24","Bison-exception-2.2","Bootloader-exception","Classpath-exception-2.0","CLISP-exception-2.0","cryptsetup-OpenSSL-exception","DigiRule-FOSS-exception","eCos-exception-2.0","Fawkes-Runtime-exception","FLTK-exception","fmt-exception","Font-exception-2.0","freertos-exception-2.0","GCC-exception-2.0","GCC-exception-2.0-note","GCC-exception-3.1","Gmsh-exception","GNAT-exception","GNOME-examples-exception","GNU-compiler-exception","gnu-javamail-exception","GPL-3.0-interface-exception","GPL-3.0-linking-exception","GPL-3.0-linking-source-exception","GPL-CC-1.0","GStreamer-exception-2005","GStreamer-exception-2008","i2p-gpl-java-exception","KiCad-libraries-exception","LGPL-3.0-linking-exception","libpri-OpenH323-exception","Libtool-exception","Linux-syscall-note","LLGPL","LLVM-exception","LZMA-exception","mif-exception","OCaml-LGPL-linking-exception","OCCT-exception-1.0","OpenJDK-assembly-exception-1.0","openvpn-openssl-exception","PS-or-PDF-font-exception-20170817","QPL-1.0-INRIA-2004-exception","Qt-GPL-exception-1.0","Qt-LGPL-exception-1.1","Qwt-exception-1.0","SANE-exception","SHL-2.0","SHL-2.1","stunnel-exception","SWI-exception","Swift-exception","Texinfo-exception","u-boot-exception-2.0","UBDL-exception","Universal-FOSS-exception-1.0","vsftpd-openssl-exception","WxWindows-exception-3.1","x11vnc-openssl-exception"]');
  }
});

// node_modules/spdx-expression-parse/scan.js
var require_scan = __commonJS({
  "node_modules/spdx-expression-parse/scan.js"(exports, module) {
    "use strict";
    var licenses = [].concat(require_spdx_license_ids()).concat(require_deprecated());
    var exceptions = require_spdx_exceptions();
    module.exports = function(source) {
      var index = 0;
      function hasMore() {
        return index < source.length;
      }
      function read(value) {
        if (value instanceof RegExp) {
          var chars = source.slice(index);
          var match = chars.match(value);
          if (match) {
            index += match[0].length;
            return match[0];
          }
        } else {
          if (source.indexOf(value, index) === index) {
            index += value.length;
            return value;
          }
        }
      }
      function skipWhitespace() {
        read(/[ ]*/);
      }
      function operator() {
        var string;
        var possibilities = [/^WITH/i, /^AND/i, /^OR/i, "(", ")", ":", "+"];
        for (var i = 0; i < possibilities.length; i++) {
          string = read(possibilities[i]);
          if (string) {
            break;
          }
        }
        if (string === "+" && index > 1 && source[index - 2] === " ") {
          throw new Error("Space before `+`");
        }
        return string && {
          type: "OPERATOR",
          string: string.toUpperCase()
        };
      }
      function idstring() {
        return read(/[A-Za-z0-9-.]+/);
      }
      function expectIdstring() {
        var string = idstring();
        if (!string) {
          throw new Error("Expected idstring at offset " + index);
        }
        return string;
      }
      function documentRef() {
        if (read("DocumentRef-")) {
          var string = expectIdstring();
          return { type: "DOCUMENTREF", string };
        }
      }
      function licenseRef() {
        if (read("LicenseRef-")) {
          var string = expectIdstring();
          return { type: "LICENSEREF", string };
        }
      }
      function identifier() {
        var begin = index;
        var string = idstring();
        if (licenses.indexOf(string) !== -1) {
          return {
            type: "LICENSE",
            string
          };
        } else if (exceptions.indexOf(string) !== -1) {
          return {
            type: "EXCEPTION",
            string
          };
        }
        index = begin;
      }
      function parseToken() {
        return operator() || documentRef() || licenseRef() || identifier();
      }
      var tokens = [];
      while (hasMore()) {
        skipWhitespace();
        if (!hasMore()) {
          break;
        }
        var token = parseToken();
        if (!token) {
          throw new Error("Unexpected `" + source[index] + "` at offset " + index);
        }
        tokens.push(token);
      }
      return tokens;
    };
  }
});

// node_modules/spdx-expression-parse/parse.js
var require_parse = __commonJS({
  "node_modules/spdx-expression-parse/parse.js"(exports, module) {
    "use strict";
    module.exports = function(tokens) {
      var index = 0;
      function hasMore() {
        return index < tokens.length;
      }
      function token() {
        return hasMore() ? tokens[index] : null;
      }
      function next() {
        if (!hasMore()) {
          throw new Error();
        }
        index++;
      }
      function parseOperator(operator) {
        var t = token();
        if (t && t.type === "OPERATOR" && operator === t.string) {
          next();
          return t.string;
        }
      }
      function parseWith() {
        if (parseOperator("WITH")) {
          var t = token();
          if (t && t.type === "EXCEPTION") {
            next();
            return t.string;
          }
          throw new Error("Expected exception after `WITH`");
        }
      }
      function parseLicenseRef() {
        var begin = index;
        var string = "";
        var t = token();
        if (t.type === "DOCUMENTREF") {
          next();
          string += "DocumentRef-" + t.string + ":";
          if (!parseOperator(":")) {
            throw new Error("Expected `:` after `DocumentRef-...`");
          }
        }
        t = token();
        if (t === null) {
          throw new Error("Unexpected end of input");
        }
        if (t.type === "LICENSEREF") {
          next();
          string += "LicenseRef-" + t.string;
          var node2 = { license: string };
          var exception = parseWith();
          if (exception) {
            node2.exception = exception;
          }
          return node2;
        }
        index = begin;
      }
      function parseLicense() {
        var t = token();
        if (t && t.type === "LICENSE") {
          next();
          var node2 = { license: t.string };
          if (parseOperator("+")) {
            node2.plus = true;
          }
          var exception = parseWith();
          if (exception) {
            node2.exception = exception;
          }
          return node2;
        }
      }
      function parseParenthesizedExpression() {
        var left = parseOperator("(");
        if (!left) {
          return;
        }
        var expr = parseExpression2();
        if (!parseOperator(")")) {
          throw new Error("Expected `)`");
        }
        return expr;
      }
      function parseAtom() {
        return parseParenthesizedExpression() || parseLicenseRef() || parseLicense();
      }
      function makeBinaryOpParser(operator, nextParser) {
        return function parseBinaryOp() {
          var left = nextParser();
          if (!left) {
            return;
          }
          if (!parseOperator(operator)) {
            return left;
          }
          var right = parseBinaryOp();
          if (!right) {
            throw new Error("Expected expression");
          }
          return {
            left,
            conjunction: operator.toLowerCase(),
            right
          };
        };
      }
      var parseAnd = makeBinaryOpParser("AND", parseAtom);
      var parseExpression2 = makeBinaryOpParser("OR", parseAnd);
      var node = parseExpression2();
      if (!node || hasMore()) {
        throw new Error("Syntax error");
      }
      return node;
    };
  }
});

// node_modules/spdx-expression-parse/index.js
var require_spdx_expression_parse = __commonJS({
  "node_modules/spdx-expression-parse/index.js"(exports, module) {
    "use strict";
    var scan = require_scan();
    var parse = require_parse();
    module.exports = function(source) {
      return parse(scan(source));
    };
  }
});

// node_modules/array-find-index/index.js
var require_array_find_index = __commonJS({
  "node_modules/array-find-index/index.js"(exports, module) {
    "use strict";
    module.exports = function(arr, predicate, ctx) {
      if (typeof Array.prototype.findIndex === "function") {
        return arr.findIndex(predicate, ctx);
      }
      if (typeof predicate !== "function") {
        throw new TypeError("predicate must be a function");
      }
      var list = Object(arr);
      var len = list.length;
      if (len === 0) {
        return -1;
      }
      for (var i = 0; i < len; i++) {
        if (predicate.call(ctx, list[i], i, list)) {
          return i;
        }
      }
      return -1;
    };
  }
});

// node_modules/spdx-satisfies/node_modules/spdx-expression-parse/scan.js
var require_scan2 = __commonJS({
  "node_modules/spdx-satisfies/node_modules/spdx-expression-parse/scan.js"(exports, module) {
    "use strict";
    var licenses = [].concat(require_spdx_license_ids()).concat(require_deprecated());
    var exceptions = require_spdx_exceptions();
    module.exports = function(source) {
      var index = 0;
      function hasMore() {
        return index < source.length;
      }
      function read(value) {
        if (value instanceof RegExp) {
          var chars = source.slice(index);
          var match = chars.match(value);
          if (match) {
            index += match[0].length;
            return match[0];
          }
        } else {
          if (source.indexOf(value, index) === index) {
            index += value.length;
            return value;
          }
        }
      }
      function skipWhitespace() {
        read(/[ ]*/);
      }
      function operator() {
        var string;
        var possibilities = ["WITH", "AND", "OR", "(", ")", ":", "+"];
        for (var i = 0; i < possibilities.length; i++) {
          string = read(possibilities[i]);
          if (string) {
            break;
          }
        }
        if (string === "+" && index > 1 && source[index - 2] === " ") {
          throw new Error("Space before `+`");
        }
        return string && {
          type: "OPERATOR",
          string
        };
      }
      function idstring() {
        return read(/[A-Za-z0-9-.]+/);
      }
      function expectIdstring() {
        var string = idstring();
        if (!string) {
          throw new Error("Expected idstring at offset " + index);
        }
        return string;
      }
      function documentRef() {
        if (read("DocumentRef-")) {
          var string = expectIdstring();
          return { type: "DOCUMENTREF", string };
        }
      }
      function licenseRef() {
        if (read("LicenseRef-")) {
          var string = expectIdstring();
          return { type: "LICENSEREF", string };
        }
      }
      function identifier() {
        var begin = index;
        var string = idstring();
        if (licenses.indexOf(string) !== -1) {
          return {
            type: "LICENSE",
            string
          };
        } else if (exceptions.indexOf(string) !== -1) {
          return {
            type: "EXCEPTION",
            string
          };
        }
        index = begin;
      }
      function parseToken() {
        return operator() || documentRef() || licenseRef() || identifier();
      }
      var tokens = [];
      while (hasMore()) {
        skipWhitespace();
        if (!hasMore()) {
          break;
        }
        var token = parseToken();
        if (!token) {
          throw new Error("Unexpected `" + source[index] + "` at offset " + index);
        }
        tokens.push(token);
      }
      return tokens;
    };
  }
});

// node_modules/spdx-satisfies/node_modules/spdx-expression-parse/parse.js
var require_parse2 = __commonJS({
  "node_modules/spdx-satisfies/node_modules/spdx-expression-parse/parse.js"(exports, module) {
    "use strict";
    module.exports = function(tokens) {
      var index = 0;
      function hasMore() {
        return index < tokens.length;
      }
      function token() {
        return hasMore() ? tokens[index] : null;
      }
      function next() {
        if (!hasMore()) {
          throw new Error();
        }
        index++;
      }
      function parseOperator(operator) {
        var t = token();
        if (t && t.type === "OPERATOR" && operator === t.string) {
          next();
          return t.string;
        }
      }
      function parseWith() {
        if (parseOperator("WITH")) {
          var t = token();
          if (t && t.type === "EXCEPTION") {
            next();
            return t.string;
          }
          throw new Error("Expected exception after `WITH`");
        }
      }
      function parseLicenseRef() {
        var begin = index;
        var string = "";
        var t = token();
        if (t.type === "DOCUMENTREF") {
          next();
          string += "DocumentRef-" + t.string + ":";
          if (!parseOperator(":")) {
            throw new Error("Expected `:` after `DocumentRef-...`");
          }
        }
        t = token();
        if (t.type === "LICENSEREF") {
          next();
          string += "LicenseRef-" + t.string;
          return { license: string };
        }
        index = begin;
      }
      function parseLicense() {
        var t = token();
        if (t && t.type === "LICENSE") {
          next();
          var node2 = { license: t.string };
          if (parseOperator("+")) {
            node2.plus = true;
          }
          var exception = parseWith();
          if (exception) {
            node2.exception = exception;
          }
          return node2;
        }
      }
      function parseParenthesizedExpression() {
        var left = parseOperator("(");
        if (!left) {
          return;
        }
        var expr = parseExpression2();
        if (!parseOperator(")")) {
          throw new Error("Expected `)`");
        }
        return expr;
      }
      function parseAtom() {
        return parseParenthesizedExpression() || parseLicenseRef() || parseLicense();
      }
      function makeBinaryOpParser(operator, nextParser) {
        return function parseBinaryOp() {
          var left = nextParser();
          if (!left) {
            return;
          }
          if (!parseOperator(operator)) {
            return left;
          }
          var right = parseBinaryOp();
          if (!right) {
            throw new Error("Expected expression");
          }
          return {
            left,
            conjunction: operator.toLowerCase(),
            right
          };
        };
      }
      var parseAnd = makeBinaryOpParser("AND", parseAtom);
      var parseExpression2 = makeBinaryOpParser("OR", parseAnd);
      var node = parseExpression2();
      if (!node || hasMore()) {
        throw new Error("Syntax error");
      }
      return node;
    };
  }
});

// node_modules/spdx-satisfies/node_modules/spdx-expression-parse/index.js
var require_spdx_expression_parse2 = __commonJS({
  "node_modules/spdx-satisfies/node_modules/spdx-expression-parse/index.js"(exports, module) {
    "use strict";
    var scan = require_scan2();
    var parse = require_parse2();
    module.exports = function(source) {
      return parse(scan(source));
    };
  }
});

// node_modules/spdx-ranges/index.json
var require_spdx_ranges = __commonJS({
  "node_modules/spdx-ranges/index.json"(exports, module) {
    module.exports = JSON.parse('[["AFL-1.1","AFL-1.2","AFL-2.0","AFL-2.1","AFL-3.0"],["AGPL-1.0",["AGPL-3.0","AGPL-3.0-only"]],["Apache-1.0","Apache-1.1","Apache-2.0"],["APSL-1.0","APSL-1.1","APSL-1.2","APSL-2.0"],["Artistic-1.0","Artistic-2.0"],["BitTorrent-1.0","BitTorrent-1.1"],["CC-BY-1.0","CC-BY-2.0","CC-BY-2.5","CC-BY-3.0","CC-BY-4.0"],["CC-BY-NC-1.0","CC-BY-NC-2.0","CC-BY-NC-2.5","CC-BY-NC-3.0","CC-BY-NC-4.0"],["CC-BY-NC-ND-1.0","CC-BY-NC-ND-2.0","CC-BY-NC-ND-2.5","CC-BY-NC-ND-3.0","CC-BY-NC-ND-4.0"],["CC-BY-NC-SA-1.0","CC-BY-NC-SA-2.0","CC-BY-NC-SA-2.5","CC-BY-NC-SA-3.0","CC-BY-NC-SA-4.0"],["CC-BY-ND-1.0","CC-BY-ND-2.0","CC-BY-ND-2.5","CC-BY-ND-3.0","CC-BY-ND-4.0"],["CC-BY-SA-1.0","CC-BY-SA-2.0","CC-BY-SA-2.5","CC-BY-SA-3.0","CC-BY-SA-4.0"],["CDDL-1.0","CDDL-1.1"],["CECILL-1.0","CECILL-1.1","CECILL-2.0"],["ECL-1.0","ECL-2.0"],["EFL-1.0","EFL-2.0"],["EPL-1.0","EPL-2.0"],["EUPL-1.0","EUPL-1.1"],[["GFDL-1.1","GFDL-1.1-only"],["GFDL-1.2","GFDL-1.2-only"],["GFDL-1.1-or-later","GFDL-1.2-or-later","GFDL-1.3","GFDL-1.3-only","GFDL-1.3-or-later"]],[["GPL-1.0","GPL-1.0-only"],["GPL-2.0","GPL-2.0-only"],["GPL-1.0-or-later","GPL-2.0-or-later","GPL-3.0","GPL-3.0-only","GPL-3.0-or-later"]],[["LGPL-2.0","LGPL-2.0-only"],["LGPL-2.1","LGPL-2.1-only"],["LGPL-2.0-or-later","LGPL-2.1-or-later","LGPL-3.0","LGPL-3.0-only","LGPL-3.0-or-later"]],["LPL-1.0","LPL-1.02"],["LPPL-1.0","LPPL-1.1","LPPL-1.2","LPPL-1.3a","LPPL-1.3c"],["MPL-1.0","MPL-1.1","MPL-2.0"],["MPL-1.0","MPL-1.1","MPL-2.0-no-copyleft-exception"],["NPL-1.0","NPL-1.1"],["OFL-1.0","OFL-1.1"],["OLDAP-1.1","OLDAP-1.2","OLDAP-1.3","OLDAP-1.4","OLDAP-2.0","OLDAP-2.0.1","OLDAP-2.1","OLDAP-2.2","OLDAP-2.2.1","OLDAP-2.2.2","OLDAP-2.3","OLDAP-2.4","OLDAP-2.5","OLDAP-2.6","OLDAP-2.7","OLDAP-2.8"],["OSL-1.0","OSL-1.1","OSL-2.0","OSL-2.1","OSL-3.0"],["PHP-3.0","PHP-3.01"],["RPL-1.1","RPL-1.5"],["SGI-B-1.0","SGI-B-1.1","SGI-B-2.0"],["YPL-1.0","YPL-1.1"],["ZPL-1.1","ZPL-2.0","ZPL-2.1"],["Zimbra-1.3","Zimbra-1.4"],["bzip2-1.0.5","bzip2-1.0.6"]]');
  }
});

// node_modules/spdx-compare/index.js
var require_spdx_compare = __commonJS({
  "node_modules/spdx-compare/index.js"(exports) {
    var arrayFindIndex = require_array_find_index();
    var parse = require_spdx_expression_parse2();
    var ranges = require_spdx_ranges();
    var notALicenseIdentifier = " is not a simple license identifier";
    var rangeComparison = function(comparison) {
      return function(first, second) {
        var firstAST = parse(first);
        if (!firstAST.hasOwnProperty("license")) {
          throw new Error('"' + first + '"' + notALicenseIdentifier);
        }
        var secondAST = parse(second);
        if (!secondAST.hasOwnProperty("license")) {
          throw new Error('"' + second + '"' + notALicenseIdentifier);
        }
        return ranges.some(function(range) {
          var firstLicense = firstAST.license;
          var indexOfFirst = arrayFindIndex(range, function(element) {
            return element === firstLicense || Array.isArray(element) && element.indexOf(firstLicense) !== -1;
          });
          if (indexOfFirst < 0) {
            return false;
          }
          var secondLicense = secondAST.license;
          var indexOfSecond = arrayFindIndex(range, function(element) {
            return element === secondLicense || Array.isArray(element) && element.indexOf(secondLicense) !== -1;
          });
          if (indexOfSecond < 0) {
            return false;
          }
          return comparison(indexOfFirst, indexOfSecond);
        });
      };
    };
    exports.gt = rangeComparison(function(first, second) {
      return first > second;
    });
    exports.lt = rangeComparison(function(first, second) {
      return first < second;
    });
    exports.eq = rangeComparison(function(first, second) {
      return first === second;
    });
  }
});

// node_modules/spdx-satisfies/index.js
var require_spdx_satisfies = __commonJS({
  "node_modules/spdx-satisfies/index.js"(exports, module) {
    var compare = require_spdx_compare();
    var parse = require_spdx_expression_parse2();
    var ranges = require_spdx_ranges();
    function rangesAreCompatible(first, second) {
      return first.license === second.license || ranges.some(function(range) {
        return licenseInRange(first.license, range) && licenseInRange(second.license, range);
      });
    }
    function licenseInRange(license, range) {
      return range.indexOf(license) !== -1 || range.some(function(element) {
        return Array.isArray(element) && element.indexOf(license) !== -1;
      });
    }
    function identifierInRange(identifier, range) {
      return identifier.license === range.license || compare.gt(identifier.license, range.license) || compare.eq(identifier.license, range.license);
    }
    function licensesAreCompatible(first, second) {
      if (first.exception !== second.exception) {
        return false;
      } else if (second.hasOwnProperty("license")) {
        if (second.hasOwnProperty("plus")) {
          if (first.hasOwnProperty("plus")) {
            return rangesAreCompatible(first, second);
          } else {
            return identifierInRange(first, second);
          }
        } else {
          if (first.hasOwnProperty("plus")) {
            return identifierInRange(second, first);
          } else {
            return first.license === second.license;
          }
        }
      }
    }
    function replaceGPLOnlyOrLaterWithRanges(argument) {
      var license = argument.license;
      if (license) {
        if (endsWith(license, "-or-later")) {
          argument.license = license.replace("-or-later", "");
          argument.plus = true;
        } else if (endsWith(license, "-only")) {
          argument.license = license.replace("-only", "");
          delete argument.plus;
        }
      } else if (argument.left && argument.right) {
        argument.left = replaceGPLOnlyOrLaterWithRanges(argument.left);
        argument.right = replaceGPLOnlyOrLaterWithRanges(argument.right);
      }
      return argument;
    }
    function endsWith(string, substring) {
      return string.indexOf(substring) === string.length - substring.length;
    }
    function licenseString(e) {
      if (e.hasOwnProperty("noassertion")) return "NOASSERTION";
      if (e.license) {
        return e.license + (e.plus ? "+" : "") + (e.exception ? "WITH " + e.exception : "");
      }
    }
    function expand(expression) {
      return sort(expandInner(expression));
    }
    function expandInner(expression) {
      if (!expression.conjunction) return [{ [licenseString(expression)]: expression }];
      if (expression.conjunction === "or") return expandInner(expression.left).concat(expandInner(expression.right));
      if (expression.conjunction === "and") {
        var left = expandInner(expression.left);
        var right = expandInner(expression.right);
        return left.reduce(function(result, l) {
          right.forEach(function(r) {
            result.push(Object.assign({}, l, r));
          });
          return result;
        }, []);
      }
    }
    function sort(licenseList) {
      var sortedLicenseLists = licenseList.filter(function(e) {
        return Object.keys(e).length;
      }).map(function(e) {
        return Object.keys(e).sort();
      });
      return sortedLicenseLists.map(function(list, i) {
        return list.map(function(license) {
          return licenseList[i][license];
        });
      });
    }
    function isANDCompatible(parsedExpression, parsedLicenses) {
      return parsedExpression.every(function(element) {
        return parsedLicenses.some(function(approvedLicense) {
          return licensesAreCompatible(element, approvedLicense);
        });
      });
    }
    function satisfies2(spdxExpression, arrayOfLicenses) {
      var parsedExpression = expand(replaceGPLOnlyOrLaterWithRanges(parse(spdxExpression)));
      var parsedLicenses = arrayOfLicenses.map(function(l) {
        return replaceGPLOnlyOrLaterWithRanges(parse(l));
      });
      for (const parsed of parsedLicenses) {
        if (parsed.hasOwnProperty("conjunction")) {
          throw new Error("Approved licenses cannot be AND or OR expressions.");
        }
      }
      return parsedExpression.some(function(o) {
        return isANDCompatible(o, parsedLicenses);
      });
    }
    module.exports = satisfies2;
  }
});

// src/rules-path.ts
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
function rulesPath(...parts) {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    const candidate = join(dir, "rules");
    if (existsSync(join(candidate, "hub-licences.tsv"))) return join(candidate, ...parts);
    dir = dirname(dir);
  }
  return join(dirname(fileURLToPath(import.meta.url)), "..", "rules", ...parts);
}

// node_modules/spdx-exceptions/index.json with { type: 'json' }
var spdx_exceptions_default = JSON.parse('["389-exception","Asterisk-exception","Autoconf-exception-2.0","Autoconf-exception-3.0","Autoconf-exception-generic","Autoconf-exception-generic-3.0","Autoconf-exception-macro","Bison-exception-1.24","Bison-exception-2.2","Bootloader-exception","Classpath-exception-2.0","CLISP-exception-2.0","cryptsetup-OpenSSL-exception","DigiRule-FOSS-exception","eCos-exception-2.0","Fawkes-Runtime-exception","FLTK-exception","fmt-exception","Font-exception-2.0","freertos-exception-2.0","GCC-exception-2.0","GCC-exception-2.0-note","GCC-exception-3.1","Gmsh-exception","GNAT-exception","GNOME-examples-exception","GNU-compiler-exception","gnu-javamail-exception","GPL-3.0-interface-exception","GPL-3.0-linking-exception","GPL-3.0-linking-source-exception","GPL-CC-1.0","GStreamer-exception-2005","GStreamer-exception-2008","i2p-gpl-java-exception","KiCad-libraries-exception","LGPL-3.0-linking-exception","libpri-OpenH323-exception","Libtool-exception","Linux-syscall-note","LLGPL","LLVM-exception","LZMA-exception","mif-exception","OCaml-LGPL-linking-exception","OCCT-exception-1.0","OpenJDK-assembly-exception-1.0","openvpn-openssl-exception","PS-or-PDF-font-exception-20170817","QPL-1.0-INRIA-2004-exception","Qt-GPL-exception-1.0","Qt-LGPL-exception-1.1","Qwt-exception-1.0","SANE-exception","SHL-2.0","SHL-2.1","stunnel-exception","SWI-exception","Swift-exception","Texinfo-exception","u-boot-exception-2.0","UBDL-exception","Universal-FOSS-exception-1.0","vsftpd-openssl-exception","WxWindows-exception-3.1","x11vnc-openssl-exception"]');

// node_modules/spdx-license-ids/deprecated.json with { type: 'json' }
var deprecated_default = JSON.parse('["AGPL-1.0","AGPL-3.0","BSD-2-Clause-FreeBSD","BSD-2-Clause-NetBSD","GFDL-1.1","GFDL-1.2","GFDL-1.3","GPL-1.0","GPL-2.0","GPL-2.0-with-GCC-exception","GPL-2.0-with-autoconf-exception","GPL-2.0-with-bison-exception","GPL-2.0-with-classpath-exception","GPL-2.0-with-font-exception","GPL-3.0","GPL-3.0-with-GCC-exception","GPL-3.0-with-autoconf-exception","LGPL-2.0","LGPL-2.1","LGPL-3.0","Net-SNMP","Nunit","StandardML-NJ","bzip2-1.0.5","eCos-2.0","wxWindows"]');

// node_modules/spdx-license-ids/index.json with { type: 'json' }
var spdx_license_ids_default = JSON.parse('["0BSD","3D-Slicer-1.0","AAL","ADSL","AFL-1.1","AFL-1.2","AFL-2.0","AFL-2.1","AFL-3.0","AGPL-1.0-only","AGPL-1.0-or-later","AGPL-3.0-only","AGPL-3.0-or-later","ALGLIB-Documentation","AMD-newlib","AMDPLPA","AML","AML-glslang","AMPAS","ANTLR-PD","ANTLR-PD-fallback","APAFML","APL-1.0","APSL-1.0","APSL-1.1","APSL-1.2","APSL-2.0","ASWF-Digital-Assets-1.0","ASWF-Digital-Assets-1.1","Abstyles","AdaCore-doc","Adobe-2006","Adobe-Display-PostScript","Adobe-Glyph","Adobe-Utopia","Advanced-Cryptics-Dictionary","Afmparse","Aladdin","Apache-1.0","Apache-1.1","Apache-2.0","App-s2p","Arphic-1999","Artistic-1.0","Artistic-1.0-Perl","Artistic-1.0-cl8","Artistic-2.0","Artistic-dist","Aspell-RU","BOLA-1.1","BSD-1-Clause","BSD-2-Clause","BSD-2-Clause-Darwin","BSD-2-Clause-Patent","BSD-2-Clause-Views","BSD-2-Clause-first-lines","BSD-2-Clause-pkgconf-disclaimer","BSD-2-Clause-pos-unchanged","BSD-3-Clause","BSD-3-Clause-Attribution","BSD-3-Clause-Clear","BSD-3-Clause-HP","BSD-3-Clause-LBNL","BSD-3-Clause-Modification","BSD-3-Clause-No-Military-License","BSD-3-Clause-No-Nuclear-License","BSD-3-Clause-No-Nuclear-License-2014","BSD-3-Clause-No-Nuclear-Warranty","BSD-3-Clause-Open-MPI","BSD-3-Clause-OpenWebUI","BSD-3-Clause-Sun","BSD-3-Clause-Tso","BSD-3-Clause-acpica","BSD-3-Clause-flex","BSD-4-Clause","BSD-4-Clause-Shortened","BSD-4-Clause-UC","BSD-4.3RENO","BSD-4.3TAHOE","BSD-Advertising-Acknowledgement","BSD-Attribution-HPND-disclaimer","BSD-Inferno-Nettverk","BSD-Mark-Modifications","BSD-Protection","BSD-Source-Code","BSD-Source-Code-no-disclaimer","BSD-Source-alt-GPL","BSD-Source-beginning-file","BSD-Systemics","BSD-Systemics-W3Works","BSD-ask-to-endorse","BSL-1.0","BUSL-1.1","Baekmuk","Bahyph","Barr","Beerware","BitTorrent-1.0","BitTorrent-1.1","Bitstream-Charter","Bitstream-Vera","BlueOak-1.0.0","Boehm-GC","Boehm-GC-without-fee","Borceux","Brian-Gladman-2-Clause","Brian-Gladman-3-Clause","Brian-Gladman-3-Clause-no-conversion","Buddy","Bugroff","C-UDA-1.0","CAL-1.0","CAL-1.0-Combined-Work-Exception","CAPEC-tou","CATOSL-1.1","CC-BY-1.0","CC-BY-2.0","CC-BY-2.5","CC-BY-2.5-AU","CC-BY-3.0","CC-BY-3.0-AT","CC-BY-3.0-AU","CC-BY-3.0-DE","CC-BY-3.0-IGO","CC-BY-3.0-NL","CC-BY-3.0-US","CC-BY-4.0","CC-BY-NC-1.0","CC-BY-NC-2.0","CC-BY-NC-2.5","CC-BY-NC-3.0","CC-BY-NC-3.0-DE","CC-BY-NC-3.0-IGO","CC-BY-NC-4.0","CC-BY-NC-ND-1.0","CC-BY-NC-ND-2.0","CC-BY-NC-ND-2.5","CC-BY-NC-ND-3.0","CC-BY-NC-ND-3.0-DE","CC-BY-NC-ND-3.0-IGO","CC-BY-NC-ND-4.0","CC-BY-NC-SA-1.0","CC-BY-NC-SA-2.0","CC-BY-NC-SA-2.0-DE","CC-BY-NC-SA-2.0-FR","CC-BY-NC-SA-2.0-UK","CC-BY-NC-SA-2.5","CC-BY-NC-SA-3.0","CC-BY-NC-SA-3.0-DE","CC-BY-NC-SA-3.0-IGO","CC-BY-NC-SA-4.0","CC-BY-ND-1.0","CC-BY-ND-2.0","CC-BY-ND-2.5","CC-BY-ND-3.0","CC-BY-ND-3.0-DE","CC-BY-ND-4.0","CC-BY-SA-1.0","CC-BY-SA-2.0","CC-BY-SA-2.0-UK","CC-BY-SA-2.1-JP","CC-BY-SA-2.5","CC-BY-SA-3.0","CC-BY-SA-3.0-AT","CC-BY-SA-3.0-DE","CC-BY-SA-3.0-IGO","CC-BY-SA-4.0","CC-PDDC","CC-PDM-1.0","CC-SA-1.0","CC0-1.0","CDDL-1.0","CDDL-1.1","CDL-1.0","CDLA-Permissive-1.0","CDLA-Permissive-2.0","CDLA-Sharing-1.0","CECILL-1.0","CECILL-1.1","CECILL-2.0","CECILL-2.1","CECILL-B","CECILL-C","CERN-OHL-1.1","CERN-OHL-1.2","CERN-OHL-P-2.0","CERN-OHL-S-2.0","CERN-OHL-W-2.0","CFITSIO","CMU-Mach","CMU-Mach-nodoc","CNRI-Jython","CNRI-Python","CNRI-Python-GPL-Compatible","COIL-1.0","CPAL-1.0","CPL-1.0","CPOL-1.02","CUA-OPL-1.0","Caldera","Caldera-no-preamble","Catharon","ClArtistic","Clips","Community-Spec-1.0","Condor-1.1","Cornell-Lossless-JPEG","Cronyx","Crossword","CryptoSwift","CrystalStacker","Cube","D-FSL-1.0","DEC-3-Clause","DL-DE-BY-2.0","DL-DE-ZERO-2.0","DOC","DRL-1.0","DRL-1.1","DSDP","DocBook-DTD","DocBook-Schema","DocBook-Stylesheet","DocBook-XML","Dotseqn","ECL-1.0","ECL-2.0","EFL-1.0","EFL-2.0","EPICS","EPL-1.0","EPL-2.0","ESA-PL-permissive-2.4","ESA-PL-strong-copyleft-2.4","ESA-PL-weak-copyleft-2.4","EUDatagrid","EUPL-1.0","EUPL-1.1","EUPL-1.2","Elastic-2.0","Entessa","ErlPL-1.1","Eurosym","FBM","FDK-AAC","FDK-MPEG-H","FSFAP","FSFAP-no-warranty-disclaimer","FSFUL","FSFULLR","FSFULLRSD","FSFULLRWD","FSL-1.1-ALv2","FSL-1.1-MIT","FTL","Fair","Ferguson-Twofish","Frameworx-1.0","FreeBSD-DOC","FreeImage","Furuseth","GCR-docs","GD","GFDL-1.1-invariants-only","GFDL-1.1-invariants-or-later","GFDL-1.1-no-invariants-only","GFDL-1.1-no-invariants-or-later","GFDL-1.1-only","GFDL-1.1-or-later","GFDL-1.2-invariants-only","GFDL-1.2-invariants-or-later","GFDL-1.2-no-invariants-only","GFDL-1.2-no-invariants-or-later","GFDL-1.2-only","GFDL-1.2-or-later","GFDL-1.3-invariants-only","GFDL-1.3-invariants-or-later","GFDL-1.3-no-invariants-only","GFDL-1.3-no-invariants-or-later","GFDL-1.3-only","GFDL-1.3-or-later","GL2PS","GLWTPL","GPL-1.0-only","GPL-1.0-or-later","GPL-2.0-only","GPL-2.0-or-later","GPL-3.0-only","GPL-3.0-or-later","Game-Programming-Gems","Giftware","Glide","Glulxe","Graphics-Gems","Gutmann","HDF5","HIDAPI","HP-1986","HP-1989","HPND","HPND-DEC","HPND-Fenneberg-Livingston","HPND-INRIA-IMAG","HPND-Intel","HPND-Kevlin-Henney","HPND-MIT-disclaimer","HPND-Markus-Kuhn","HPND-Netrek","HPND-Pbmplus","HPND-SMC","HPND-UC","HPND-UC-export-US","HPND-doc","HPND-doc-sell","HPND-export-US","HPND-export-US-acknowledgement","HPND-export-US-modify","HPND-export2-US","HPND-merchantability-variant","HPND-sell-MIT-disclaimer-xserver","HPND-sell-regexpr","HPND-sell-variant","HPND-sell-variant-MIT-disclaimer","HPND-sell-variant-MIT-disclaimer-rev","HPND-sell-variant-critical-systems","HTMLTIDY","HaskellReport","Hippocratic-2.1","Hippocratic-3.0-core","IBM-pibs","ICU","IEC-Code-Components-EULA","IJG","IJG-short","IPA","IPL-1.0","ISC","ISC-Veillard","ISO-permission","ImageMagick","Imlib2","Info-ZIP","Informatica","Inner-Net-2.0","InnoSetup","Intel","Intel-ACPI","Interbase-1.0","JPL-image","JPNIC","JSON","Jam","JasPer-2.0","Kastrup","Kazlib","Knuth-CTAN","LAL-1.2","LAL-1.3","LGPL-2.0-only","LGPL-2.0-or-later","LGPL-2.1-only","LGPL-2.1-or-later","LGPL-3.0-only","LGPL-3.0-or-later","LGPLLR","LOOP","LPD-document","LPL-1.0","LPL-1.02","LPPL-1.0","LPPL-1.1","LPPL-1.2","LPPL-1.3a","LPPL-1.3c","LZMA-SDK-9.11-to-9.20","LZMA-SDK-9.22","Latex2e","Latex2e-translated-notice","Leptonica","LiLiQ-P-1.1","LiLiQ-R-1.1","LiLiQ-Rplus-1.1","Libpng","Linux-OpenIB","Linux-man-pages-1-para","Linux-man-pages-copyleft","Linux-man-pages-copyleft-2-para","Linux-man-pages-copyleft-var","Lucida-Bitmap-Fonts","MIPS","MIT","MIT-0","MIT-CMU","MIT-Click","MIT-Festival","MIT-Khronos-old","MIT-Modern-Variant","MIT-STK","MIT-Wu","MIT-advertising","MIT-enna","MIT-feh","MIT-open-group","MIT-testregex","MITNFA","MMIXware","MMPL-1.0.1","MPEG-SSG","MPL-1.0","MPL-1.1","MPL-2.0","MPL-2.0-no-copyleft-exception","MS-LPL","MS-PL","MS-RL","MTLL","MVT-1.1","Mackerras-3-Clause","Mackerras-3-Clause-acknowledgment","MakeIndex","Martin-Birgmeier","McPhee-slideshow","Minpack","MirOS","Motosoto","MulanPSL-1.0","MulanPSL-2.0","Multics","Mup","NAIST-2003","NASA-1.3","NBPL-1.0","NCBI-PD","NCGL-UK-2.0","NCL","NCSA","NGPL","NICTA-1.0","NIST-PD","NIST-PD-TNT","NIST-PD-fallback","NIST-Software","NLOD-1.0","NLOD-2.0","NLPL","NOSL","NPL-1.0","NPL-1.1","NPOSL-3.0","NRL","NTIA-PD","NTP","NTP-0","Naumen","NetCDF","Newsletr","Nokia","Noweb","O-UDA-1.0","OAR","OCCT-PL","OCLC-2.0","ODC-By-1.0","ODbL-1.0","OFFIS","OFL-1.0","OFL-1.0-RFN","OFL-1.0-no-RFN","OFL-1.1","OFL-1.1-RFN","OFL-1.1-no-RFN","OGC-1.0","OGDL-Taiwan-1.0","OGL-Canada-2.0","OGL-UK-1.0","OGL-UK-2.0","OGL-UK-3.0","OGTSL","OLDAP-1.1","OLDAP-1.2","OLDAP-1.3","OLDAP-1.4","OLDAP-2.0","OLDAP-2.0.1","OLDAP-2.1","OLDAP-2.2","OLDAP-2.2.1","OLDAP-2.2.2","OLDAP-2.3","OLDAP-2.4","OLDAP-2.5","OLDAP-2.6","OLDAP-2.7","OLDAP-2.8","OLFL-1.3","OML","OPL-1.0","OPL-UK-3.0","OPUBL-1.0","OSC-1.0","OSET-PL-2.1","OSL-1.0","OSL-1.1","OSL-2.0","OSL-2.1","OSL-3.0","OSSP","OpenMDW-1.0","OpenPBS-2.3","OpenSSL","OpenSSL-standalone","OpenVision","PADL","PDDL-1.0","PHP-3.0","PHP-3.01","PPL","PSF-2.0","ParaType-Free-Font-1.3","Parity-6.0.0","Parity-7.0.0","Pixar","Plexus","PolyForm-Noncommercial-1.0.0","PolyForm-Small-Business-1.0.0","PostgreSQL","Python-2.0","Python-2.0.1","QPL-1.0","QPL-1.0-INRIA-2004","Qhull","RHeCos-1.1","RPL-1.1","RPL-1.5","RPSL-1.0","RSA-MD","RSCPL","Rdisc","Ruby","Ruby-pty","SAX-PD","SAX-PD-2.0","SCEA","SGI-B-1.0","SGI-B-1.1","SGI-B-2.0","SGI-OpenGL","SGMLUG-PM","SGP4","SHL-0.5","SHL-0.51","SISSL","SISSL-1.2","SL","SMAIL-GPL","SMLNJ","SMPPL","SNIA","SOFA","SPL-1.0","SSH-OpenSSH","SSH-short","SSLeay-standalone","SSPL-1.0","SUL-1.0","SWL","Saxpath","SchemeReport","Sendmail","Sendmail-8.23","Sendmail-Open-Source-1.1","SimPL-2.0","Sleepycat","Soundex","Spencer-86","Spencer-94","Spencer-99","SugarCRM-1.1.3","Sun-PPP","Sun-PPP-2000","SunPro","Symlinks","TAPR-OHL-1.0","TCL","TCP-wrappers","TGPPL-1.0","TMate","TORQUE-1.1","TOSL","TPDL","TPL-1.0","TTWL","TTYP0","TU-Berlin-1.0","TU-Berlin-2.0","TekHVC","TermReadKey","ThirdEye","TrustedQSL","UCAR","UCL-1.0","UMich-Merit","UPL-1.0","URT-RLE","Ubuntu-font-1.0","UnRAR","Unicode-3.0","Unicode-DFS-2015","Unicode-DFS-2016","Unicode-TOU","UnixCrypt","Unlicense","Unlicense-libtelnet","Unlicense-libwhirlpool","VOSTROM","VSL-1.0","Vim","Vixie-Cron","W3C","W3C-19980720","W3C-20150513","WTFNMFPL","WTFPL","Watcom-1.0","Widget-Workshop","WordNet","Wsuipa","X11","X11-distribute-modifications-variant","X11-no-permit-persons","X11-swapped","XFree86-1.1","XSkat","Xdebug-1.03","Xerox","Xfig","Xnet","YPL-1.0","YPL-1.1","ZPL-1.1","ZPL-2.0","ZPL-2.1","Zed","Zeeff","Zend-2.0","Zimbra-1.3","Zimbra-1.4","Zlib","any-OSI","any-OSI-perl-modules","atc-game","bcrypt-Solar-Designer","blessing","bzip2-1.0.6","check-cvs","checkmk","copyleft-next-0.3.0","copyleft-next-0.3.1","curl","cve-tou","diffmark","dtoa","dvipdfm","eGenix","etalab-2.0","fwlw","gSOAP-1.3b","generic-xts","gnuplot","gtkbook","hdparm","hyphen-bulgarian","iMatix","jove","libpng-1.6.35","libpng-2.0","libselinux-1.0","libtiff","libutil-David-Nugent","lsof","magaz","mailprio","man2html","metamail","mpi-permissive","mpich2","mplus","ngrep","pkgconf","pnmstitch","psfrag","psutils","python-ldap","radvd","snprintf","softSurfer","ssh-keyscan","swrule","threeparttable","ulem","w3m","wwl","xinetd","xkeyboard-config-Zinoviev","xlock","xpp","xzoom","zlib-acknowledgement"]');

// src/spdx/ids.ts
var DEPRECATED_WITH = {
  "GPL-2.0-with-GCC-exception": "GPL-2.0-only WITH GCC-exception-2.0",
  "GPL-2.0-with-autoconf-exception": "GPL-2.0-only WITH Autoconf-exception-2.0",
  "GPL-2.0-with-bison-exception": "GPL-2.0-only WITH Bison-exception-2.2",
  "GPL-2.0-with-classpath-exception": "GPL-2.0-only WITH Classpath-exception-2.0",
  "GPL-2.0-with-font-exception": "GPL-2.0-only WITH Font-exception-2.0",
  "GPL-3.0-with-GCC-exception": "GPL-3.0-only WITH GCC-exception-3.1",
  "GPL-3.0-with-autoconf-exception": "GPL-3.0-only WITH Autoconf-exception-3.0"
};
var byLower = /* @__PURE__ */ new Map();
for (const id of spdx_license_ids_default) byLower.set(id.toLowerCase(), id);
var currentSet = new Set(spdx_license_ids_default);
var replacement = /* @__PURE__ */ new Map();
for (const id of deprecated_default) {
  const repl = DEPRECATED_WITH[id] ?? (currentSet.has(`${id}-only`) ? `${id}-only` : currentSet.has(id) ? id : void 0);
  if (repl) replacement.set(id.toLowerCase(), repl);
}
var exceptionByLower = new Map(spdx_exceptions_default.map((e) => [e.toLowerCase(), e]));
var spdxLicenceIds = spdx_license_ids_default;
function canonicalLicenceId(raw) {
  const id = raw.trim();
  if (/^(DocumentRef-[\w.-]+:)?LicenseRef-[\w.+-]+$/i.test(id)) {
    return id.replace(/^licenseref-/i, "LicenseRef-").replace(/^documentref-/i, "DocumentRef-");
  }
  const lower = id.toLowerCase();
  if (lower.endsWith("+")) {
    const base = lower.slice(0, -1);
    const baseId = byLower.get(base) ?? replacement.get(base)?.replace(/-only$/, "");
    if (!baseId) return void 0;
    const orLater = `${baseId.replace(/-only$/, "")}-or-later`;
    return currentSet.has(orLater) ? orLater : `${baseId}+`;
  }
  return byLower.get(lower) ?? replacement.get(lower);
}
function canonicalExceptionId(raw) {
  return exceptionByLower.get(raw.trim().toLowerCase());
}

// node_modules/spdx-license-list/spdx.json
var spdx_default = JSON.parse(`{"FSL-1.1-MIT":{"name":"Functional Source License, Version 1.1, MIT Future License","osiApproved":false},"SISSL":{"name":"Sun Industry Standards Source License v1.1","osiApproved":true},"copyleft-next-0.3.1":{"name":"copyleft-next 0.3.1","osiApproved":false},"Noweb":{"name":"Noweb License","osiApproved":false},"CC-BY-3.0-DE":{"name":"Creative Commons Attribution 3.0 Germany","osiApproved":false},"BSD-3-Clause-acpica":{"name":"BSD 3-Clause acpica variant","osiApproved":false},"MakeIndex":{"name":"MakeIndex License","osiApproved":false},"Fair":{"name":"Fair License","osiApproved":true},"MirOS":{"name":"The MirOS Licence","osiApproved":true},"Mackerras-3-Clause":{"name":"Mackerras 3-Clause License","osiApproved":false},"NRL":{"name":"NRL License","osiApproved":false},"InnoSetup":{"name":"Inno Setup License","osiApproved":false},"CC-BY-2.5":{"name":"Creative Commons Attribution 2.5 Generic","osiApproved":false},"AGPL-1.0-or-later":{"name":"Affero General Public License v1.0 or later","osiApproved":false},"Catharon":{"name":"Catharon License","osiApproved":false},"TU-Berlin-2.0":{"name":"Technische Universitaet Berlin License 2.0","osiApproved":false},"Abstyles":{"name":"Abstyles License","osiApproved":false},"MS-RL":{"name":"Microsoft Reciprocal License","osiApproved":true},"NIST-Software":{"name":"NIST Software License","osiApproved":false},"Unlicense-libwhirlpool":{"name":"Unlicense - libwhirlpool variant","osiApproved":false},"CC-BY-ND-2.0":{"name":"Creative Commons Attribution No Derivatives 2.0 Generic","osiApproved":false},"GPL-2.0+":{"name":"GNU General Public License v2.0 or later","osiApproved":true},"CAL-1.0":{"name":"Cryptographic Autonomy License 1.0","osiApproved":true},"GFDL-1.2-invariants-only":{"name":"GNU Free Documentation License v1.2 only - invariants","osiApproved":false},"GPL-2.0-with-bison-exception":{"name":"GNU General Public License v2.0 w/Bison exception","osiApproved":false},"CC-PDM-1.0":{"name":"Creative    Commons Public Domain Mark 1.0 Universal","osiApproved":false},"CMU-Mach-nodoc":{"name":"CMU    Mach - no notices-in-documentation variant","osiApproved":false},"RPSL-1.0":{"name":"RealNetworks Public Source License v1.0","osiApproved":true},"CDLA-Permissive-1.0":{"name":"Community Data License Agreement Permissive 1.0","osiApproved":false},"BSD-2-Clause-pkgconf-disclaimer":{"name":"BSD 2-Clause pkgconf disclaimer variant","osiApproved":false},"GFDL-1.2":{"name":"GNU Free Documentation License v1.2","osiApproved":false},"JPL-image":{"name":"JPL Image Use Policy","osiApproved":false},"CC-BY-3.0":{"name":"Creative Commons Attribution 3.0 Unported","osiApproved":false},"LPPL-1.0":{"name":"LaTeX Project Public License v1.0","osiApproved":false},"LGPLLR":{"name":"Lesser General Public License For Linguistic Resources","osiApproved":false},"CC-BY-SA-2.0-UK":{"name":"Creative Commons Attribution Share Alike 2.0 England and Wales","osiApproved":false},"OLDAP-2.0.1":{"name":"Open LDAP Public License v2.0.1","osiApproved":false},"Unicode-3.0":{"name":"Unicode License v3","osiApproved":true},"Parity-6.0.0":{"name":"The Parity Public License 6.0.0","osiApproved":false},"LPL-1.0":{"name":"Lucent Public License Version 1.0","osiApproved":true},"Glulxe":{"name":"Glulxe License","osiApproved":false},"CMU-Mach":{"name":"CMU Mach License","osiApproved":false},"Zeeff":{"name":"Zeeff License","osiApproved":false},"DL-DE-ZERO-2.0":{"name":"Data licence Germany \u2013 zero \u2013 version 2.0","osiApproved":false},"NTIA-PD":{"name":"NTIA Public Domain Notice","osiApproved":false},"Nokia":{"name":"Nokia Open Source License","osiApproved":true},"CC-BY-3.0-IGO":{"name":"Creative Commons Attribution 3.0 IGO","osiApproved":false},"Saxpath":{"name":"Saxpath License","osiApproved":false},"McPhee-slideshow":{"name":"McPhee Slideshow License","osiApproved":false},"snprintf":{"name":"snprintf License","osiApproved":false},"W3C-19980720":{"name":"W3C Software Notice and License (1998-07-20)","osiApproved":false},"EFL-1.0":{"name":"Eiffel Forum License v1.0","osiApproved":true},"xpp":{"name":"XPP License","osiApproved":false},"TCL":{"name":"TCL/TK License","osiApproved":false},"BSD-3-Clause-LBNL":{"name":"Lawrence Berkeley National Labs BSD variant license","osiApproved":true},"OCLC-2.0":{"name":"OCLC Research Public License 2.0","osiApproved":true},"OGC-1.0":{"name":"OGC Software License, Version 1.0","osiApproved":false},"Latex2e-translated-notice":{"name":"Latex2e with translated notice permission","osiApproved":false},"GFDL-1.3-or-later":{"name":"GNU Free Documentation License v1.3 or later","osiApproved":false},"Qhull":{"name":"Qhull License","osiApproved":false},"Spencer-99":{"name":"Spencer License 99","osiApproved":false},"IBM-pibs":{"name":"IBM PowerPC Initialization and Boot Software","osiApproved":false},"GFDL-1.2-no-invariants-only":{"name":"GNU Free Documentation License v1.2 only - no invariants","osiApproved":false},"check-cvs":{"name":"check-cvs License","osiApproved":false},"HDF5":{"name":"HDF5 License","osiApproved":false},"VOSTROM":{"name":"VOSTROM Public License for Open Source","osiApproved":false},"MS-PL":{"name":"Microsoft Public License","osiApproved":true},"CDDL-1.0":{"name":"Common Development and Distribution License 1.0","osiApproved":true},"OPL-UK-3.0":{"name":"United    Kingdom Open Parliament Licence v3.0","osiApproved":false},"CNRI-Python-GPL-Compatible":{"name":"CNRI Python Open Source GPL Compatible License Agreement","osiApproved":false},"UCL-1.0":{"name":"Upstream Compatibility License v1.0","osiApproved":true},"OFL-1.0":{"name":"SIL Open Font License 1.0","osiApproved":false},"Eurosym":{"name":"Eurosym License","osiApproved":false},"ANTLR-PD-fallback":{"name":"ANTLR Software Rights Notice with license fallback","osiApproved":false},"DocBook-DTD":{"name":"DocBook DTD License","osiApproved":false},"SMLNJ":{"name":"Standard ML of New Jersey License","osiApproved":false},"CATOSL-1.1":{"name":"Computer Associates Trusted Open Source License 1.1","osiApproved":true},"MIPS":{"name":"MIPS License","osiApproved":false},"Net-SNMP":{"name":"Net-SNMP License","osiApproved":false},"OAR":{"name":"OAR License","osiApproved":false},"mpi-permissive":{"name":"mpi Permissive License","osiApproved":false},"Borceux":{"name":"Borceux license","osiApproved":false},"GFDL-1.2-no-invariants-or-later":{"name":"GNU Free Documentation License v1.2 or later - no invariants","osiApproved":false},"NCSA":{"name":"University of Illinois/NCSA Open Source License","osiApproved":true},"GPL-3.0+":{"name":"GNU General Public License v3.0 or later","osiApproved":true},"IJG":{"name":"Independent JPEG Group License","osiApproved":false},"BSD-Source-Code":{"name":"BSD Source Code Attribution","osiApproved":false},"CDL-1.0":{"name":"Common Documentation License 1.0","osiApproved":false},"TTYP0":{"name":"TTYP0 License","osiApproved":false},"CC-BY-SA-4.0":{"name":"Creative Commons Attribution Share Alike 4.0 International","osiApproved":false},"AGPL-3.0":{"name":"GNU Affero General Public License v3.0","osiApproved":true},"ALGLIB-Documentation":{"name":"ALGLIB Documentation License","osiApproved":true},"CC-BY-SA-3.0-AT":{"name":"Creative Commons Attribution Share Alike 3.0 Austria","osiApproved":false},"swrule":{"name":"swrule License","osiApproved":false},"AAL":{"name":"Attribution Assurance License","osiApproved":true},"AML-glslang":{"name":"AML glslang variant License","osiApproved":false},"FSFAP":{"name":"FSF All Permissive License","osiApproved":false},"VSL-1.0":{"name":"Vovida Software License v1.0","osiApproved":true},"Sun-PPP":{"name":"Sun PPP License","osiApproved":false},"gtkbook":{"name":"gtkbook License","osiApproved":false},"CC-BY-SA-2.5":{"name":"Creative Commons Attribution Share Alike 2.5 Generic","osiApproved":false},"SMAIL-GPL":{"name":"SMAIL General Public License","osiApproved":false},"Apache-2.0":{"name":"Apache License 2.0","osiApproved":true},"EPL-1.0":{"name":"Eclipse Public License 1.0","osiApproved":true},"mpich2":{"name":"mpich2 License","osiApproved":false},"NIST-PD-TNT":{"name":"NIST    Public Domain Notice TNT variant","osiApproved":false},"MIT-Festival":{"name":"MIT Festival Variant","osiApproved":false},"OGL-UK-2.0":{"name":"Open Government Licence v2.0","osiApproved":false},"OLDAP-1.4":{"name":"Open LDAP Public License v1.4","osiApproved":false},"Jam":{"name":"Jam License","osiApproved":true},"Python-2.0":{"name":"Python License 2.0","osiApproved":true},"HPND-Netrek":{"name":"Historical Permission Notice and Disclaimer - Netrek variant","osiApproved":false},"mailprio":{"name":"mailprio License","osiApproved":false},"OFL-1.0-no-RFN":{"name":"SIL Open Font License 1.0 with no Reserved Font Name","osiApproved":false},"MIT":{"name":"MIT License","osiApproved":true},"NPL-1.0":{"name":"Netscape Public License v1.0","osiApproved":false},"Entessa":{"name":"Entessa Public License v1.0","osiApproved":true},"CC-BY-ND-1.0":{"name":"Creative Commons Attribution No Derivatives 1.0 Generic","osiApproved":false},"ECL-2.0":{"name":"Educational Community License v2.0","osiApproved":true},"OLDAP-2.2.2":{"name":"Open LDAP Public License 2.2.2","osiApproved":false},"OLDAP-2.4":{"name":"Open LDAP Public License v2.4","osiApproved":false},"Adobe-Utopia":{"name":"Adobe Utopia Font License","osiApproved":false},"AFL-1.1":{"name":"Academic Free License v1.1","osiApproved":true},"SHL-0.5":{"name":"Solderpad Hardware License v0.5","osiApproved":false},"CC-BY-NC-SA-2.5":{"name":"Creative Commons Attribution Non Commercial Share Alike 2.5 Generic","osiApproved":false},"TOSL":{"name":"Trusster Open Source License","osiApproved":false},"OFL-1.1-no-RFN":{"name":"SIL Open Font License 1.1 with no Reserved Font Name","osiApproved":true},"APAFML":{"name":"Adobe Postscript AFM License","osiApproved":false},"BSD-Mark-Modifications":{"name":"BSD Mark Modifications License","osiApproved":false},"ECL-1.0":{"name":"Educational Community License v1.0","osiApproved":true},"Spencer-86":{"name":"Spencer License 86","osiApproved":false},"generic-xts":{"name":"Generic XTS License","osiApproved":false},"RPL-1.1":{"name":"Reciprocal Public License 1.1","osiApproved":true},"FSFUL":{"name":"FSF Unlimited License","osiApproved":false},"3D-Slicer-1.0":{"name":"3D Slicer License v1.0","osiApproved":false},"URT-RLE":{"name":"Utah Raster Toolkit Run Length Encoded License","osiApproved":false},"Adobe-Display-PostScript":{"name":"Adobe Display PostScript License","osiApproved":false},"ZPL-1.1":{"name":"Zope Public License 1.1","osiApproved":false},"UPL-1.0":{"name":"Universal Permissive License v1.0","osiApproved":true},"metamail":{"name":"metamail License","osiApproved":false},"DEC-3-Clause":{"name":"DEC 3-Clause License","osiApproved":false},"Unlicense":{"name":"The Unlicense","osiApproved":true},"HPND-doc-sell":{"name":"Historical Permission Notice and Disclaimer - documentation sell variant","osiApproved":false},"OLFL-1.3":{"name":"Open Logistics Foundation License Version 1.3","osiApproved":true},"CECILL-2.1":{"name":"CeCILL Free Software License Agreement v2.1","osiApproved":true},"Sun-PPP-2000":{"name":"Sun PPP License (2000)","osiApproved":false},"SUL-1.0":{"name":"Sustainable Use License v1.0","osiApproved":false},"OGL-UK-3.0":{"name":"Open Government Licence v3.0","osiApproved":false},"OLDAP-2.5":{"name":"Open LDAP Public License v2.5","osiApproved":false},"HPND-export2-US":{"name":"HPND with US Government export control and 2 disclaimers","osiApproved":false},"BSD-Advertising-Acknowledgement":{"name":"BSD Advertising Acknowledgement License","osiApproved":false},"EUPL-1.2":{"name":"European Union Public License 1.2","osiApproved":true},"Plexus":{"name":"Plexus Classworlds License","osiApproved":false},"TAPR-OHL-1.0":{"name":"TAPR Open Hardware License v1.0","osiApproved":false},"Motosoto":{"name":"Motosoto License","osiApproved":true},"APL-1.0":{"name":"Adaptive Public License 1.0","osiApproved":true},"Cronyx":{"name":"Cronyx License","osiApproved":false},"CC-BY-NC-2.0":{"name":"Creative Commons Attribution Non Commercial 2.0 Generic","osiApproved":false},"Rdisc":{"name":"Rdisc License","osiApproved":false},"GFDL-1.2-only":{"name":"GNU Free Documentation License v1.2 only","osiApproved":false},"Elastic-2.0":{"name":"Elastic License 2.0","osiApproved":false},"CC-BY-3.0-NL":{"name":"Creative Commons Attribution 3.0 Netherlands","osiApproved":false},"LGPL-2.1+":{"name":"GNU Lesser General Public License v2.1 or later","osiApproved":true},"magaz":{"name":"magaz License","osiApproved":false},"GPL-3.0":{"name":"GNU General Public License v3.0 only","osiApproved":true},"eCos-2.0":{"name":"eCos license version 2.0","osiApproved":false},"psfrag":{"name":"psfrag License","osiApproved":false},"CERN-OHL-1.1":{"name":"CERN Open Hardware Licence v1.1","osiApproved":false},"D-FSL-1.0":{"name":"Deutsche Freie Software Lizenz","osiApproved":false},"ngrep":{"name":"ngrep License","osiApproved":false},"w3m":{"name":"w3m License","osiApproved":false},"CC-BY-NC-SA-1.0":{"name":"Creative Commons Attribution Non Commercial Share Alike 1.0 Generic","osiApproved":false},"TermReadKey":{"name":"TermReadKey License","osiApproved":false},"GPL-3.0-or-later":{"name":"GNU General Public License v3.0 or later","osiApproved":true},"SWL":{"name":"Scheme Widget Library (SWL) Software License Agreement","osiApproved":false},"OpenSSL":{"name":"OpenSSL License","osiApproved":false},"Python-2.0.1":{"name":"Python License 2.0.1","osiApproved":false},"CC-BY-SA-3.0-DE":{"name":"Creative Commons Attribution Share Alike 3.0 Germany","osiApproved":false},"OLDAP-2.7":{"name":"Open LDAP Public License v2.7","osiApproved":false},"SAX-PD":{"name":"Sax Public Domain Notice","osiApproved":false},"HIDAPI":{"name":"HIDAPI License","osiApproved":false},"Leptonica":{"name":"Leptonica License","osiApproved":false},"SSH-short":{"name":"SSH short notice","osiApproved":false},"SimPL-2.0":{"name":"Simple Public License 2.0","osiApproved":true},"GFDL-1.3-only":{"name":"GNU Free Documentation License v1.3 only","osiApproved":false},"Kazlib":{"name":"Kazlib License","osiApproved":false},"CECILL-C":{"name":"CeCILL-C Free Software License Agreement","osiApproved":false},"MS-LPL":{"name":"Microsoft Limited Public License","osiApproved":false},"CECILL-B":{"name":"CeCILL-B Free Software License Agreement","osiApproved":false},"YPL-1.0":{"name":"Yahoo! Public License v1.0","osiApproved":false},"ASWF-Digital-Assets-1.0":{"name":"ASWF Digital Assets License version 1.0","osiApproved":false},"wwl":{"name":"WWL License","osiApproved":false},"HTMLTIDY":{"name":"HTML Tidy License","osiApproved":false},"HPND-INRIA-IMAG":{"name":"Historical Permission Notice and Disclaimer    - INRIA-IMAG variant","osiApproved":false},"xlock":{"name":"xlock License","osiApproved":false},"CC0-1.0":{"name":"Creative Commons Zero v1.0 Universal","osiApproved":false},"IEC-Code-Components-EULA":{"name":"IEC    Code Components End-user licence agreement","osiApproved":false},"SugarCRM-1.1.3":{"name":"SugarCRM Public License v1.1.3","osiApproved":false},"HPND-DEC":{"name":"Historical Permission Notice and Disclaimer - DEC variant","osiApproved":false},"BSD-3-Clause-No-Military-License":{"name":"BSD 3-Clause No Military License","osiApproved":false},"NIST-PD-fallback":{"name":"NIST Public Domain Notice with license fallback","osiApproved":false},"LiLiQ-P-1.1":{"name":"Licence Libre du Qu\xE9bec \u2013 Permissive version 1.1","osiApproved":true},"Caldera":{"name":"Caldera License","osiApproved":false},"FSFULLR":{"name":"FSF Unlimited License (with License Retention)","osiApproved":false},"pnmstitch":{"name":"pnmstitch License","osiApproved":false},"CC-BY-NC-SA-2.0-UK":{"name":"Creative Commons Attribution Non Commercial Share Alike 2.0 England and Wales","osiApproved":false},"CC-BY-NC-SA-2.0-DE":{"name":"Creative Commons Attribution Non Commercial Share Alike 2.0 Germany","osiApproved":false},"GCR-docs":{"name":"Gnome GCR Documentation License","osiApproved":false},"CECILL-1.0":{"name":"CeCILL Free Software License Agreement v1.0","osiApproved":false},"HPND-sell-variant":{"name":"Historical Permission Notice and Disclaimer - sell variant","osiApproved":false},"Clips":{"name":"Clips License","osiApproved":false},"etalab-2.0":{"name":"Etalab Open License 2.0","osiApproved":false},"CC-BY-NC-SA-3.0-DE":{"name":"Creative Commons Attribution Non Commercial Share Alike 3.0 Germany","osiApproved":false},"libtiff":{"name":"libtiff License","osiApproved":false},"BSD-4-Clause-Shortened":{"name":"BSD 4 Clause Shortened","osiApproved":false},"curl":{"name":"curl License","osiApproved":false},"Bitstream-Charter":{"name":"Bitstream Charter Font License","osiApproved":false},"Apache-1.1":{"name":"Apache License 1.1","osiApproved":true},"HPND-Kevlin-Henney":{"name":"Historical Permission Notice and Disclaimer - Kevlin Henney variant","osiApproved":false},"pkgconf":{"name":"pkgconf License","osiApproved":false},"OGL-UK-1.0":{"name":"Open Government Licence v1.0","osiApproved":false},"CC-BY-SA-2.1-JP":{"name":"Creative Commons Attribution Share Alike 2.1 Japan","osiApproved":false},"OLDAP-1.2":{"name":"Open LDAP Public License v1.2","osiApproved":false},"FSFAP-no-warranty-disclaimer":{"name":"FSF All Permissive License (without Warranty)","osiApproved":false},"BitTorrent-1.0":{"name":"BitTorrent Open Source License v1.0","osiApproved":false},"Latex2e":{"name":"Latex2e License","osiApproved":false},"fwlw":{"name":"fwlw License","osiApproved":false},"MIT-Modern-Variant":{"name":"MIT License Modern Variant","osiApproved":true},"SGP4":{"name":"SGP4 Permission Notice","osiApproved":false},"BSD-4.3RENO":{"name":"BSD 4.3 RENO License","osiApproved":false},"LZMA-SDK-9.11-to-9.20":{"name":"LZMA SDK License (versions 9.11 to 9.20)","osiApproved":false},"GFDL-1.3-invariants-or-later":{"name":"GNU Free Documentation License v1.3 or later - invariants","osiApproved":false},"LPD-document":{"name":"LPD Documentation License","osiApproved":false},"GFDL-1.3-invariants-only":{"name":"GNU Free Documentation License v1.3 only - invariants","osiApproved":false},"CC-BY-NC-SA-3.0-IGO":{"name":"Creative Commons Attribution Non Commercial Share Alike 3.0 IGO","osiApproved":false},"HPND-doc":{"name":"Historical Permission Notice and Disclaimer - documentation variant","osiApproved":false},"CNRI-Python":{"name":"CNRI Python License","osiApproved":true},"CC-BY-2.5-AU":{"name":"Creative Commons Attribution 2.5 Australia","osiApproved":false},"jove":{"name":"Jove License","osiApproved":false},"Hippocratic-2.1":{"name":"Hippocratic License 2.1","osiApproved":false},"ThirdEye":{"name":"ThirdEye License","osiApproved":false},"NTP":{"name":"NTP License","osiApproved":true},"ADSL":{"name":"Amazon Digital Services License","osiApproved":false},"CC-BY-ND-3.0":{"name":"Creative Commons Attribution No Derivatives 3.0 Unported","osiApproved":false},"BSD-2-Clause-Darwin":{"name":"BSD 2-Clause - Ian Darwin variant","osiApproved":false},"TGPPL-1.0":{"name":"Transitive Grace Period Public Licence 1.0","osiApproved":false},"CC-BY-NC-SA-2.0-FR":{"name":"Creative Commons Attribution-NonCommercial-ShareAlike 2.0 France","osiApproved":false},"LAL-1.2":{"name":"Licence Art Libre 1.2","osiApproved":false},"CECILL-1.1":{"name":"CeCILL Free Software License Agreement v1.1","osiApproved":false},"CC-BY-ND-2.5":{"name":"Creative Commons Attribution No Derivatives 2.5 Generic","osiApproved":false},"GPL-2.0-with-GCC-exception":{"name":"GNU General Public License v2.0 w/GCC Runtime Library exception","osiApproved":false},"Boehm-GC":{"name":"Boehm-Demers-Weiser GC License","osiApproved":false},"hdparm":{"name":"hdparm License","osiApproved":false},"HPND-MIT-disclaimer":{"name":"Historical Permission Notice and Disclaimer with MIT disclaimer","osiApproved":false},"OpenVision":{"name":"OpenVision License","osiApproved":false},"CC-BY-NC-SA-3.0":{"name":"Creative Commons Attribution Non Commercial Share Alike 3.0 Unported","osiApproved":false},"mplus":{"name":"mplus Font License","osiApproved":false},"NOSL":{"name":"Netizen Open Source License","osiApproved":false},"X11-no-permit-persons":{"name":"X11 no permit persons clause","osiApproved":false},"psutils":{"name":"psutils License","osiApproved":false},"AMPAS":{"name":"Academy of Motion Picture Arts and Sciences BSD","osiApproved":false},"DL-DE-BY-2.0":{"name":"Data licence Germany \u2013 attribution \u2013 version 2.0","osiApproved":false},"Xdebug-1.03":{"name":"Xdebug License v 1.03","osiApproved":false},"OFFIS":{"name":"OFFIS License","osiApproved":false},"MIT-0":{"name":"MIT No Attribution","osiApproved":true},"EFL-2.0":{"name":"Eiffel Forum License v2.0","osiApproved":true},"Vim":{"name":"Vim License","osiApproved":false},"SunPro":{"name":"SunPro License","osiApproved":false},"xzoom":{"name":"xzoom License","osiApproved":false},"ICU":{"name":"ICU License","osiApproved":true},"SchemeReport":{"name":"Scheme Language Report License","osiApproved":false},"Unlicense-libtelnet":{"name":"Unlicense - libtelnet variant","osiApproved":false},"Arphic-1999":{"name":"Arphic Public License","osiApproved":false},"python-ldap":{"name":"Python ldap License","osiApproved":false},"Ubuntu-font-1.0":{"name":"Ubuntu Font Licence v1.0","osiApproved":false},"LGPL-2.1":{"name":"GNU Lesser General Public License v2.1 only","osiApproved":true},"GL2PS":{"name":"GL2PS License","osiApproved":false},"MulanPSL-1.0":{"name":"Mulan Permissive Software License, Version 1","osiApproved":false},"OLDAP-2.2.1":{"name":"Open LDAP Public License v2.2.1","osiApproved":false},"LGPL-2.0-or-later":{"name":"GNU Library General Public License v2 or later","osiApproved":true},"Libpng":{"name":"libpng License","osiApproved":false},"gnuplot":{"name":"gnuplot License","osiApproved":false},"Game-Programming-Gems":{"name":"Game Programming Gems License","osiApproved":false},"PHP-3.01":{"name":"PHP License v3.01","osiApproved":true},"CC-BY-NC-SA-4.0":{"name":"Creative Commons Attribution Non Commercial Share Alike 4.0 International","osiApproved":false},"SAX-PD-2.0":{"name":"Sax Public Domain Notice 2.0","osiApproved":false},"OSL-2.1":{"name":"Open Software License 2.1","osiApproved":true},"MIT-Wu":{"name":"MIT Tom Wu Variant","osiApproved":false},"EUPL-1.0":{"name":"European Union Public License 1.0","osiApproved":false},"ulem":{"name":"ulem License","osiApproved":false},"BSD-3-Clause":{"name":"BSD 3-Clause \\"New\\" or \\"Revised\\" License","osiApproved":true},"AdaCore-doc":{"name":"AdaCore Doc License","osiApproved":false},"OSSP":{"name":"OSSP License","osiApproved":false},"Inner-Net-2.0":{"name":"Inner Net License v2.0","osiApproved":false},"BSD-4-Clause":{"name":"BSD 4-Clause \\"Original\\" or \\"Old\\" License","osiApproved":false},"JSON":{"name":"JSON License","osiApproved":false},"MIT-STK":{"name":"MIT-STK License","osiApproved":false},"ssh-keyscan":{"name":"ssh-keyscan License","osiApproved":false},"HPND":{"name":"Historical Permission Notice and Disclaimer","osiApproved":true},"FreeImage":{"name":"FreeImage Public License v1.0","osiApproved":false},"RPL-1.5":{"name":"Reciprocal Public License 1.5","osiApproved":true},"HPND-sell-MIT-disclaimer-xserver":{"name":"Historical Permission Notice and Disclaimer - sell xserver variant with MIT disclaimer","osiApproved":false},"ISO-permission":{"name":"ISO permission notice","osiApproved":false},"NPOSL-3.0":{"name":"Non-Profit Open Software License 3.0","osiApproved":true},"SSH-OpenSSH":{"name":"SSH OpenSSH license","osiApproved":false},"BSD-2-Clause-Patent":{"name":"BSD-2-Clause Plus Patent License","osiApproved":true},"LGPL-2.0-only":{"name":"GNU Library General Public License v2 only","osiApproved":true},"UnRAR":{"name":"UnRAR License","osiApproved":false},"FSFULLRSD":{"name":"FSF Unlimited License (with License Retention and Short Disclaimer)","osiApproved":false},"ESA-PL-weak-copyleft-2.4":{"name":"European Space Agency Public License \u2013 v2.4 \u2013 Weak Copyleft (Type 2)","osiApproved":false},"NBPL-1.0":{"name":"Net Boolean Public License v1","osiApproved":false},"OGL-Canada-2.0":{"name":"Open Government Licence - Canada","osiApproved":false},"UMich-Merit":{"name":"Michigan/Merit Networks License","osiApproved":false},"TMate":{"name":"TMate Open Source License","osiApproved":false},"WordNet":{"name":"WordNet License","osiApproved":true},"EPICS":{"name":"EPICS Open License","osiApproved":false},"BSD-2-Clause-Views":{"name":"BSD 2-Clause with views sentence","osiApproved":false},"BSD-3-Clause-HP":{"name":"Hewlett-Packard BSD variant license","osiApproved":false},"BSD-3-Clause-flex":{"name":"BSD 3-Clause Flex variant","osiApproved":false},"GPL-2.0":{"name":"GNU General Public License v2.0 only","osiApproved":true},"QPL-1.0-INRIA-2004":{"name":"Q Public License 1.0 - INRIA 2004 variant","osiApproved":false},"CC-BY-NC-2.5":{"name":"Creative Commons Attribution Non Commercial 2.5 Generic","osiApproved":false},"GPL-2.0-with-font-exception":{"name":"GNU General Public License v2.0 w/Font exception","osiApproved":false},"GPL-2.0-only":{"name":"GNU General Public License v2.0 only","osiApproved":true},"OFL-1.1-RFN":{"name":"SIL Open Font License 1.1 with Reserved Font Name","osiApproved":true},"Ruby":{"name":"Ruby License","osiApproved":false},"FSFULLRWD":{"name":"FSF Unlimited License (With License Retention and Warranty Disclaimer)","osiApproved":false},"GFDL-1.1-only":{"name":"GNU Free Documentation License v1.1 only","osiApproved":false},"Info-ZIP":{"name":"Info-ZIP License","osiApproved":false},"Intel-ACPI":{"name":"Intel ACPI Software License Agreement","osiApproved":false},"libpng-2.0":{"name":"PNG Reference Library version 2","osiApproved":false},"libselinux-1.0":{"name":"libselinux public domain notice","osiApproved":false},"GPL-2.0-with-classpath-exception":{"name":"GNU General Public License v2.0 w/Classpath exception","osiApproved":false},"BUSL-1.1":{"name":"Business Source License 1.1","osiApproved":false},"LGPL-2.1-or-later":{"name":"GNU Lesser General Public License v2.1 or later","osiApproved":true},"ImageMagick":{"name":"ImageMagick License","osiApproved":false},"MMIXware":{"name":"MMIXware License","osiApproved":false},"BSD-3-Clause-Sun":{"name":"BSD 3-Clause Sun Microsystems","osiApproved":false},"IPL-1.0":{"name":"IBM Public License v1.0","osiApproved":true},"BSD-Protection":{"name":"BSD Protection License","osiApproved":false},"CDLA-Permissive-2.0":{"name":"Community Data License Agreement Permissive 2.0","osiApproved":false},"Linux-man-pages-1-para":{"name":"Linux man-pages - 1 paragraph","osiApproved":false},"SHL-0.51":{"name":"Solderpad Hardware License, Version 0.51","osiApproved":false},"BSD-4-Clause-UC":{"name":"BSD-4-Clause (University of California-Specific)","osiApproved":false},"OLDAP-2.6":{"name":"Open LDAP Public License v2.6","osiApproved":false},"Adobe-Glyph":{"name":"Adobe Glyph List License","osiApproved":false},"wxWindows":{"name":"wxWindows Library License","osiApproved":true},"any-OSI":{"name":"Any OSI License","osiApproved":false},"OPL-1.0":{"name":"Open Public License v1.0","osiApproved":false},"GPL-1.0-only":{"name":"GNU General Public License v1.0 only","osiApproved":false},"Aspell-RU":{"name":"Aspell Russian License","osiApproved":false},"FTL":{"name":"Freetype Project License","osiApproved":false},"BitTorrent-1.1":{"name":"BitTorrent Open Source License v1.1","osiApproved":false},"LGPL-2.0":{"name":"GNU Library General Public License v2 only","osiApproved":true},"OSL-3.0":{"name":"Open Software License 3.0","osiApproved":true},"Buddy":{"name":"Buddy License","osiApproved":false},"CPAL-1.0":{"name":"Common Public Attribution License 1.0","osiApproved":true},"APSL-2.0":{"name":"Apple Public Source License 2.0","osiApproved":true},"CC-BY-SA-3.0-IGO":{"name":"Creative Commons Attribution-ShareAlike 3.0 IGO","osiApproved":false},"MIT-CMU":{"name":"CMU License","osiApproved":false},"Minpack":{"name":"Minpack License","osiApproved":false},"Unicode-DFS-2015":{"name":"Unicode License Agreement - Data Files and Software (2015)","osiApproved":false},"Linux-man-pages-copyleft":{"name":"Linux man-pages Copyleft","osiApproved":false},"CAL-1.0-Combined-Work-Exception":{"name":"Cryptographic Autonomy License 1.0 (Combined Work Exception)","osiApproved":true},"Xnet":{"name":"X.Net License","osiApproved":true},"OSC-1.0":{"name":"OSC License 1.0","osiApproved":true},"Cube":{"name":"Cube License","osiApproved":false},"LPPL-1.1":{"name":"LaTeX Project Public License v1.1","osiApproved":false},"NLOD-2.0":{"name":"Norwegian Licence for Open Government Data (NLOD) 2.0","osiApproved":false},"Knuth-CTAN":{"name":"Knuth CTAN License","osiApproved":false},"FreeBSD-DOC":{"name":"FreeBSD Documentation License","osiApproved":false},"TORQUE-1.1":{"name":"TORQUE v2.5+ Software License v1.1","osiApproved":false},"HPND-Markus-Kuhn":{"name":"Historical Permission Notice and Disclaimer - Markus Kuhn variant","osiApproved":false},"Adobe-2006":{"name":"Adobe Systems Incorporated Source Code License Agreement","osiApproved":false},"MTLL":{"name":"Matrix Template Library License","osiApproved":false},"ANTLR-PD":{"name":"ANTLR Software Rights Notice","osiApproved":false},"Wsuipa":{"name":"Wsuipa License","osiApproved":false},"Artistic-1.0":{"name":"Artistic License 1.0","osiApproved":true},"COIL-1.0":{"name":"Copyfree Open Innovation License","osiApproved":false},"OML":{"name":"Open Market License","osiApproved":false},"AGPL-3.0-or-later":{"name":"GNU Affero General Public License v3.0 or later","osiApproved":true},"GFDL-1.1-invariants-or-later":{"name":"GNU Free Documentation License v1.1 or later - invariants","osiApproved":false},"SSLeay-standalone":{"name":"SSLeay License - standalone","osiApproved":false},"C-UDA-1.0":{"name":"Computational Use of Data Agreement v1.0","osiApproved":false},"HP-1989":{"name":"Hewlett-Packard 1989 License","osiApproved":false},"Cornell-Lossless-JPEG":{"name":"Cornell Lossless JPEG License","osiApproved":false},"GFDL-1.3-no-invariants-or-later":{"name":"GNU Free Documentation License v1.3 or later - no invariants","osiApproved":false},"CC-BY-1.0":{"name":"Creative Commons Attribution 1.0 Generic","osiApproved":false},"MMPL-1.0.1":{"name":"Minecraft Mod Public License v1.0.1","osiApproved":false},"SNIA":{"name":"SNIA Public License 1.1","osiApproved":false},"OpenPBS-2.3":{"name":"OpenPBS v2.3 Software License","osiApproved":false},"NCGL-UK-2.0":{"name":"Non-Commercial Government Licence","osiApproved":false},"Mackerras-3-Clause-acknowledgment":{"name":"Mackerras 3-Clause - acknowledgment variant","osiApproved":false},"NTP-0":{"name":"NTP No Attribution","osiApproved":false},"NICTA-1.0":{"name":"NICTA Public Software License, Version 1.0","osiApproved":false},"Frameworx-1.0":{"name":"Frameworx Open License 1.0","osiApproved":true},"CNRI-Jython":{"name":"CNRI Jython License","osiApproved":false},"Community-Spec-1.0":{"name":"Community Specification License 1.0","osiApproved":false},"BSD-3-Clause-No-Nuclear-License":{"name":"BSD 3-Clause No Nuclear License","osiApproved":false},"libutil-David-Nugent":{"name":"libutil David Nugent License","osiApproved":false},"CC-BY-NC-ND-3.0-IGO":{"name":"Creative Commons Attribution Non Commercial No Derivatives 3.0 IGO","osiApproved":false},"any-OSI-perl-modules":{"name":"Any OSI License - Perl Modules","osiApproved":false},"MIT-advertising":{"name":"Enlightenment License (e16)","osiApproved":false},"HPND-export-US-modify":{"name":"HPND with US Government export control warning and modification rqmt","osiApproved":false},"Xfig":{"name":"Xfig License","osiApproved":false},"zlib-acknowledgement":{"name":"zlib/libpng License with Acknowledgement","osiApproved":false},"ISC-Veillard":{"name":"ISC Veillard variant","osiApproved":false},"YPL-1.1":{"name":"Yahoo! Public License v1.1","osiApproved":false},"BSD-3-Clause-Modification":{"name":"BSD 3-Clause Modification","osiApproved":false},"Artistic-1.0-Perl":{"name":"Artistic License 1.0 (Perl)","osiApproved":true},"GPL-3.0-only":{"name":"GNU General Public License v3.0 only","osiApproved":true},"TU-Berlin-1.0":{"name":"Technische Universitaet Berlin License 1.0","osiApproved":false},"GPL-1.0+":{"name":"GNU General Public License v1.0 or later","osiApproved":false},"OPUBL-1.0":{"name":"Open Publication License v1.0","osiApproved":false},"App-s2p":{"name":"App::s2p License","osiApproved":false},"checkmk":{"name":"Checkmk License","osiApproved":false},"CC-BY-3.0-AU":{"name":"Creative Commons Attribution 3.0 Australia","osiApproved":false},"CC-BY-NC-4.0":{"name":"Creative Commons Attribution Non Commercial 4.0 International","osiApproved":false},"Intel":{"name":"Intel Open Source License","osiApproved":true},"OFL-1.0-RFN":{"name":"SIL Open Font License 1.0 with Reserved Font Name","osiApproved":false},"MPL-2.0":{"name":"Mozilla Public License 2.0","osiApproved":true},"NGPL":{"name":"Nethack General Public License","osiApproved":true},"0BSD":{"name":"BSD Zero Clause License","osiApproved":true},"OSET-PL-2.1":{"name":"OSET Public License version 2.1","osiApproved":true},"FBM":{"name":"Fuzzy Bitmap License","osiApproved":false},"UnixCrypt":{"name":"UnixCrypt License","osiApproved":false},"LGPL-3.0":{"name":"GNU Lesser General Public License v3.0 only","osiApproved":true},"MPL-1.0":{"name":"Mozilla Public License 1.0","osiApproved":true},"Giftware":{"name":"Giftware License","osiApproved":false},"Beerware":{"name":"Beerware License","osiApproved":false},"Caldera-no-preamble":{"name":"Caldera License (without preamble)","osiApproved":false},"BSD-2-Clause":{"name":"BSD 2-Clause \\"Simplified\\" License","osiApproved":true},"TTWL":{"name":"Text-Tabs+Wrap License","osiApproved":false},"FSL-1.1-ALv2":{"name":"Functional Source License, Version 1.1, ALv2 Future License","osiApproved":false},"GFDL-1.1-or-later":{"name":"GNU Free Documentation License v1.1 or later","osiApproved":false},"ESA-PL-permissive-2.4":{"name":"European Space Agency Public License \u2013 v2.4 \u2013 Permissive (Type 3)","osiApproved":false},"OSL-1.1":{"name":"Open Software License 1.1","osiApproved":false},"OCCT-PL":{"name":"Open CASCADE Technology Public License","osiApproved":false},"Interbase-1.0":{"name":"Interbase Public License v1.0","osiApproved":false},"AMD-newlib":{"name":"AMD newlib License","osiApproved":false},"QPL-1.0":{"name":"Q Public License 1.0","osiApproved":true},"libpng-1.6.35":{"name":"PNG Reference Library License v1 (for libpng 0.5 through 1.6.35)","osiApproved":false},"MITNFA":{"name":"MIT +no-false-attribs license","osiApproved":false},"OpenSSL-standalone":{"name":"OpenSSL License - standalone","osiApproved":false},"MIT-Click":{"name":"MIT Click License","osiApproved":false},"BSD-Systemics-W3Works":{"name":"Systemics W3Works BSD variant license","osiApproved":false},"NIST-PD":{"name":"NIST Public Domain Notice","osiApproved":false},"NLPL":{"name":"No Limit Public License","osiApproved":false},"BSD-Systemics":{"name":"Systemics BSD variant license","osiApproved":false},"HPND-sell-variant-MIT-disclaimer-rev":{"name":"HPND sell variant with MIT disclaimer - reverse","osiApproved":false},"CERN-OHL-1.2":{"name":"CERN Open Hardware Licence v1.2","osiApproved":false},"GFDL-1.2-invariants-or-later":{"name":"GNU Free Documentation License v1.2 or later - invariants","osiApproved":false},"SGI-B-2.0":{"name":"SGI Free Software License B v2.0","osiApproved":false},"Martin-Birgmeier":{"name":"Martin Birgmeier License","osiApproved":false},"LGPL-2.0+":{"name":"GNU Library General Public License v2 or later","osiApproved":true},"WTFPL":{"name":"Do What The F*ck You Want To Public License","osiApproved":false},"Zimbra-1.3":{"name":"Zimbra Public License v1.3","osiApproved":false},"CC-BY-SA-3.0":{"name":"Creative Commons Attribution Share Alike 3.0 Unported","osiApproved":false},"X11":{"name":"X11 License","osiApproved":false},"BSD-3-Clause-No-Nuclear-License-2014":{"name":"BSD 3-Clause No Nuclear License 2014","osiApproved":false},"AFL-2.1":{"name":"Academic Free License v2.1","osiApproved":true},"CrystalStacker":{"name":"CrystalStacker License","osiApproved":false},"LZMA-SDK-9.22":{"name":"LZMA SDK License (versions 9.22 and beyond)","osiApproved":false},"diffmark":{"name":"diffmark license","osiApproved":false},"softSurfer":{"name":"softSurfer License","osiApproved":false},"hyphen-bulgarian":{"name":"hyphen-bulgarian License","osiApproved":false},"HPND-Intel":{"name":"Historical Permission Notice and Disclaimer - Intel variant","osiApproved":false},"Newsletr":{"name":"Newsletr License","osiApproved":false},"copyleft-next-0.3.0":{"name":"copyleft-next 0.3.0","osiApproved":false},"iMatix":{"name":"iMatix Standard Function Library Agreement","osiApproved":false},"LPPL-1.3a":{"name":"LaTeX Project Public License v1.3a","osiApproved":false},"LAL-1.3":{"name":"Licence Art Libre 1.3","osiApproved":false},"OLDAP-2.1":{"name":"Open LDAP Public License v2.1","osiApproved":false},"Symlinks":{"name":"Symlinks License","osiApproved":false},"OFL-1.1":{"name":"SIL Open Font License 1.1","osiApproved":true},"CC-BY-NC-ND-2.5":{"name":"Creative Commons Attribution Non Commercial No Derivatives 2.5 Generic","osiApproved":false},"Brian-Gladman-3-Clause":{"name":"Brian Gladman 3-Clause License","osiApproved":false},"Artistic-1.0-cl8":{"name":"Artistic License 1.0 w/clause 8","osiApproved":true},"AFL-3.0":{"name":"Academic Free License v3.0","osiApproved":true},"MPL-1.1":{"name":"Mozilla Public License 1.1","osiApproved":true},"HPND-SMC":{"name":"Historical Permission Notice and Disclaimer - SMC variant","osiApproved":false},"ISC":{"name":"ISC License","osiApproved":true},"LGPL-2.1-only":{"name":"GNU Lesser General Public License v2.1 only","osiApproved":true},"Zimbra-1.4":{"name":"Zimbra Public License v1.4","osiApproved":false},"dtoa":{"name":"David M. Gay dtoa License","osiApproved":false},"ODC-By-1.0":{"name":"Open Data Commons Attribution License v1.0","osiApproved":false},"GFDL-1.1":{"name":"GNU Free Documentation License v1.1","osiApproved":false},"CC-BY-ND-4.0":{"name":"Creative Commons Attribution No Derivatives 4.0 International","osiApproved":false},"W3C":{"name":"W3C Software Notice and License (2002-12-31)","osiApproved":true},"BSD-3-Clause-Open-MPI":{"name":"BSD 3-Clause Open MPI variant","osiApproved":true},"PSF-2.0":{"name":"Python Software Foundation License 2.0","osiApproved":false},"GPL-2.0-or-later":{"name":"GNU General Public License v2.0 or later","osiApproved":true},"CC-BY-NC-3.0-DE":{"name":"Creative Commons Attribution Non Commercial 3.0 Germany","osiApproved":false},"ESA-PL-strong-copyleft-2.4":{"name":"European Space Agency Public License (ESA-PL) - V2.4 - Strong Copyleft (Type 1)","osiApproved":false},"bcrypt-Solar-Designer":{"name":"bcrypt Solar Designer License","osiApproved":false},"AFL-1.2":{"name":"Academic Free License v1.2","osiApproved":true},"AFL-2.0":{"name":"Academic Free License v2.0","osiApproved":true},"BSD-4.3TAHOE":{"name":"BSD 4.3 TAHOE License","osiApproved":false},"LOOP":{"name":"Common Lisp LOOP License","osiApproved":false},"GFDL-1.3":{"name":"GNU Free Documentation License v1.3","osiApproved":false},"SGI-OpenGL":{"name":"SGI OpenGL License","osiApproved":false},"Unicode-DFS-2016":{"name":"Unicode License Agreement - Data Files and Software (2016)","osiApproved":true},"ClArtistic":{"name":"Clarified Artistic License","osiApproved":false},"PolyForm-Small-Business-1.0.0":{"name":"PolyForm Small Business License 1.0.0","osiApproved":false},"PHP-3.0":{"name":"PHP License v3.0","osiApproved":true},"HPND-export-US-acknowledgement":{"name":"HPND with US Government export control warning and acknowledgment","osiApproved":false},"SISSL-1.2":{"name":"Sun Industry Standards Source License v1.2","osiApproved":false},"CC-BY-NC-ND-1.0":{"name":"Creative Commons Attribution Non Commercial No Derivatives 1.0 Generic","osiApproved":false},"IPA":{"name":"IPA Font License","osiApproved":true},"DSDP":{"name":"DSDP License","osiApproved":false},"LiLiQ-Rplus-1.1":{"name":"Licence Libre du Qu\xE9bec \u2013 R\xE9ciprocit\xE9 forte version 1.1","osiApproved":true},"Advanced-Cryptics-Dictionary":{"name":"Advanced Cryptics Dictionary License","osiApproved":false},"Ferguson-Twofish":{"name":"Ferguson Twofish License","osiApproved":false},"W3C-20150513":{"name":"W3C Software Notice and Document License (2015-05-13)","osiApproved":true},"NCL":{"name":"NCL Source Code License","osiApproved":false},"BlueOak-1.0.0":{"name":"Blue Oak Model License 1.0.0","osiApproved":true},"SMPPL":{"name":"Secure Messaging Protocol Public License","osiApproved":false},"gSOAP-1.3b":{"name":"gSOAP Public License v1.3b","osiApproved":false},"Vixie-Cron":{"name":"Vixie Cron License","osiApproved":false},"ZPL-2.0":{"name":"Zope Public License 2.0","osiApproved":true},"EPL-2.0":{"name":"Eclipse Public License 2.0","osiApproved":true},"MPL-2.0-no-copyleft-exception":{"name":"Mozilla Public License 2.0 (no copyleft exception)","osiApproved":true},"Brian-Gladman-2-Clause":{"name":"Brian Gladman 2-Clause License","osiApproved":false},"Soundex":{"name":"Soundex License","osiApproved":false},"BSD-2-Clause-first-lines":{"name":"BSD 2-Clause - first lines requirement","osiApproved":false},"Bahyph":{"name":"Bahyph License","osiApproved":false},"GPL-1.0-or-later":{"name":"GNU General Public License v1.0 or later","osiApproved":false},"SSPL-1.0":{"name":"Server Side Public License, v 1","osiApproved":false},"CC-BY-NC-ND-3.0-DE":{"name":"Creative Commons Attribution Non Commercial No Derivatives 3.0 Germany","osiApproved":false},"HPND-Fenneberg-Livingston":{"name":"Historical Permission Notice and Disclaimer - Fenneberg-Livingston variant","osiApproved":false},"HPND-UC-export-US":{"name":"Historical Permission Notice and Disclaimer - University of California, US export warning","osiApproved":false},"TPL-1.0":{"name":"THOR Public License 1.0","osiApproved":false},"LPL-1.02":{"name":"Lucent Public License v1.02","osiApproved":true},"Xerox":{"name":"Xerox License","osiApproved":false},"BSD-Attribution-HPND-disclaimer":{"name":"BSD with Attribution and HPND disclaimer","osiApproved":false},"CC-BY-3.0-AT":{"name":"Creative Commons Attribution 3.0 Austria","osiApproved":false},"Zend-2.0":{"name":"Zend License v2.0","osiApproved":false},"BSD-2-Clause-FreeBSD":{"name":"BSD 2-Clause FreeBSD License","osiApproved":false},"RSA-MD":{"name":"RSA Message-Digest License","osiApproved":false},"TCP-wrappers":{"name":"TCP Wrappers License","osiApproved":false},"Lucida-Bitmap-Fonts":{"name":"Lucida Bitmap Fonts License","osiApproved":false},"LPPL-1.2":{"name":"LaTeX Project Public License v1.2","osiApproved":false},"HPND-sell-variant-MIT-disclaimer":{"name":"HPND sell variant with MIT disclaimer","osiApproved":false},"Barr":{"name":"Barr License","osiApproved":false},"CERN-OHL-W-2.0":{"name":"CERN Open Hardware Licence Version 2 - Weakly Reciprocal","osiApproved":true},"CC-BY-NC-SA-2.0":{"name":"Creative Commons Attribution Non Commercial Share Alike 2.0 Generic","osiApproved":false},"SGI-B-1.0":{"name":"SGI Free Software License B v1.0","osiApproved":false},"Multics":{"name":"Multics License","osiApproved":true},"TekHVC":{"name":"TekHVC License","osiApproved":false},"GD":{"name":"GD License","osiApproved":false},"NCBI-PD":{"name":"NCBI Public Domain Notice","osiApproved":false},"CC-BY-NC-ND-4.0":{"name":"Creative Commons Attribution Non Commercial No Derivatives 4.0 International","osiApproved":false},"Sendmail-8.23":{"name":"Sendmail License 8.23","osiApproved":false},"dvipdfm":{"name":"dvipdfm License","osiApproved":false},"GPL-3.0-with-GCC-exception":{"name":"GNU General Public License v3.0 w/GCC Runtime Library exception","osiApproved":true},"MIT-open-group":{"name":"MIT Open Group variant","osiApproved":false},"LGPL-3.0+":{"name":"GNU Lesser General Public License v3.0 or later","osiApproved":true},"GFDL-1.1-no-invariants-only":{"name":"GNU Free Documentation License v1.1 only - no invariants","osiApproved":false},"CC-BY-SA-1.0":{"name":"Creative Commons Attribution Share Alike 1.0 Generic","osiApproved":false},"OLDAP-1.1":{"name":"Open LDAP Public License v1.1","osiApproved":false},"Afmparse":{"name":"Afmparse License","osiApproved":false},"HaskellReport":{"name":"Haskell Language Report License","osiApproved":false},"DOC":{"name":"DOC License","osiApproved":false},"LGPL-3.0-or-later":{"name":"GNU Lesser General Public License v3.0 or later","osiApproved":true},"Baekmuk":{"name":"Baekmuk License","osiApproved":false},"EUDatagrid":{"name":"EU DataGrid Software License","osiApproved":true},"Condor-1.1":{"name":"Condor Public License v1.1","osiApproved":false},"CDLA-Sharing-1.0":{"name":"Community Data License Agreement Sharing 1.0","osiApproved":false},"WTFNMFPL":{"name":"Do What The F*ck You Want To But It's Not My Fault Public License","osiApproved":false},"X11-swapped":{"name":"X11 swapped final paragraphs","osiApproved":false},"CC-BY-ND-3.0-DE":{"name":"Creative Commons Attribution No Derivatives 3.0 Germany","osiApproved":false},"RSCPL":{"name":"Ricoh Source Code Public License","osiApproved":true},"DocBook-XML":{"name":"DocBook XML License","osiApproved":false},"GLWTPL":{"name":"Good Luck With That Public License","osiApproved":false},"CC-PDDC":{"name":"Creative Commons Public Domain Dedication and Certification","osiApproved":false},"BSD-3-Clause-Attribution":{"name":"BSD with attribution","osiApproved":false},"Sleepycat":{"name":"Sleepycat License","osiApproved":true},"DRL-1.0":{"name":"Detection Rule License 1.0","osiApproved":false},"JPNIC":{"name":"Japan Network Information Center License","osiApproved":false},"BSD-3-Clause-Clear":{"name":"BSD 3-Clause Clear License","osiApproved":false},"Boehm-GC-without-fee":{"name":"Boehm-Demers-Weiser GC License (without fee)","osiApproved":false},"APSL-1.2":{"name":"Apple Public Source License 1.2","osiApproved":true},"MPEG-SSG":{"name":"MPEG Software Simulation","osiApproved":false},"BSD-Inferno-Nettverk":{"name":"BSD-Inferno-Nettverk","osiApproved":false},"Dotseqn":{"name":"Dotseqn License","osiApproved":false},"CPL-1.0":{"name":"Common Public License 1.0","osiApproved":true},"HP-1986":{"name":"Hewlett-Packard 1986 License","osiApproved":false},"CC-BY-NC-3.0":{"name":"Creative Commons Attribution Non Commercial 3.0 Unported","osiApproved":false},"GFDL-1.1-invariants-only":{"name":"GNU Free Documentation License v1.1 only - invariants","osiApproved":false},"TPDL":{"name":"Time::ParseDate License","osiApproved":false},"APSL-1.1":{"name":"Apple Public Source License 1.1","osiApproved":true},"BSL-1.0":{"name":"Boost Software License 1.0","osiApproved":true},"xkeyboard-config-Zinoviev":{"name":"xkeyboard-config Zinoviev License","osiApproved":false},"XSkat":{"name":"XSkat License","osiApproved":false},"PADL":{"name":"PADL License","osiApproved":false},"FDK-AAC":{"name":"Fraunhofer FDK AAC Codec Library","osiApproved":false},"CPOL-1.02":{"name":"Code Project Open License 1.02","osiApproved":false},"MIT-Khronos-old":{"name":"MIT Khronos - old variant","osiApproved":false},"bzip2-1.0.5":{"name":"bzip2 and libbzip2 License v1.0.5","osiApproved":false},"bzip2-1.0.6":{"name":"bzip2 and libbzip2 License v1.0.6","osiApproved":false},"CC-BY-NC-ND-3.0":{"name":"Creative Commons Attribution Non Commercial No Derivatives 3.0 Unported","osiApproved":false},"BSD-3-Clause-No-Nuclear-Warranty":{"name":"BSD 3-Clause No Nuclear Warranty","osiApproved":false},"O-UDA-1.0":{"name":"Open Use of Data Agreement v1.0","osiApproved":false},"ZPL-2.1":{"name":"Zope Public License 2.1","osiApproved":true},"Spencer-94":{"name":"Spencer License 94","osiApproved":false},"Artistic-dist":{"name":"Artistic License 1.0 (dist)","osiApproved":false},"BOLA-1.1":{"name":"Buena Onda License Agreement v1.1","osiApproved":false},"OLDAP-1.3":{"name":"Open LDAP Public License v1.3","osiApproved":false},"Zed":{"name":"Zed License","osiApproved":false},"MIT-enna":{"name":"enna License","osiApproved":false},"ASWF-Digital-Assets-1.1":{"name":"ASWF Digital Assets License 1.1","osiApproved":false},"Linux-man-pages-copyleft-2-para":{"name":"Linux man-pages Copyleft - 2 paragraphs","osiApproved":false},"RHeCos-1.1":{"name":"Red Hat eCos Public License v1.1","osiApproved":false},"radvd":{"name":"radvd License","osiApproved":false},"cve-tou":{"name":"Common Vulnerability Enumeration ToU License","osiApproved":false},"AML":{"name":"Apple MIT License","osiApproved":false},"SOFA":{"name":"SOFA Software License","osiApproved":false},"blessing":{"name":"SQLite Blessing","osiApproved":false},"EUPL-1.1":{"name":"European Union Public License 1.1","osiApproved":true},"CERN-OHL-S-2.0":{"name":"CERN Open Hardware Licence Version 2 - Strongly Reciprocal","osiApproved":true},"CC-BY-SA-2.0":{"name":"Creative Commons Attribution Share Alike 2.0 Generic","osiApproved":false},"CAPEC-tou":{"name":"Common Attack    Pattern Enumeration and Classification License","osiApproved":false},"CUA-OPL-1.0":{"name":"CUA Office Public License v1.0","osiApproved":true},"PolyForm-Noncommercial-1.0.0":{"name":"PolyForm Noncommercial License 1.0.0","osiApproved":false},"XFree86-1.1":{"name":"XFree86 License 1.1","osiApproved":false},"ParaType-Free-Font-1.3":{"name":"ParaType Free Font Licensing Agreement v1.3","osiApproved":false},"OGDL-Taiwan-1.0":{"name":"Taiwan Open Government Data License, version 1.0","osiApproved":false},"ODbL-1.0":{"name":"Open Data Commons Open Database License v1.0","osiApproved":false},"SPL-1.0":{"name":"Sun Public License v1.0","osiApproved":true},"Linux-man-pages-copyleft-var":{"name":"Linux man-pages Copyleft Variant","osiApproved":false},"Widget-Workshop":{"name":"Widget Workshop License","osiApproved":false},"Artistic-2.0":{"name":"Artistic License 2.0","osiApproved":true},"LiLiQ-R-1.1":{"name":"Licence Libre du Qu\xE9bec \u2013 R\xE9ciprocit\xE9 version 1.1","osiApproved":true},"Parity-7.0.0":{"name":"The Parity Public License 7.0.0","osiApproved":false},"xinetd":{"name":"xinetd License","osiApproved":false},"AGPL-1.0":{"name":"Affero General Public License v1.0","osiApproved":false},"NPL-1.1":{"name":"Netscape Public License v1.1","osiApproved":false},"Gutmann":{"name":"Gutmann License","osiApproved":false},"CC-BY-NC-ND-2.0":{"name":"Creative Commons Attribution Non Commercial No Derivatives 2.0 Generic","osiApproved":false},"Linux-OpenIB":{"name":"Linux Kernel Variant of OpenIB.org license","osiApproved":false},"CC-BY-4.0":{"name":"Creative Commons Attribution 4.0 International","osiApproved":false},"SGMLUG-PM":{"name":"SGMLUG Parser Materials License","osiApproved":false},"Pixar":{"name":"Pixar License","osiApproved":false},"DocBook-Stylesheet":{"name":"DocBook Stylesheet License","osiApproved":false},"IJG-short":{"name":"Independent JPEG Group License - short","osiApproved":false},"AMDPLPA":{"name":"AMD's plpa_map.c License","osiApproved":false},"CERN-OHL-P-2.0":{"name":"CERN Open Hardware Licence Version 2 - Permissive","osiApproved":true},"GFDL-1.3-no-invariants-only":{"name":"GNU Free Documentation License v1.3 only - no invariants","osiApproved":false},"SCEA":{"name":"SCEA Shared Source License","osiApproved":false},"OGTSL":{"name":"Open Group Test Suite License","osiApproved":true},"BSD-3-Clause-Tso":{"name":"BSD 3-Clause Tso variant","osiApproved":false},"MIT-testregex":{"name":"MIT testregex Variant","osiApproved":false},"SL":{"name":"SL License","osiApproved":false},"GFDL-1.1-no-invariants-or-later":{"name":"GNU Free Documentation License v1.1 or later - no invariants","osiApproved":false},"HPND-Pbmplus":{"name":"Historical Permission Notice and Disclaimer - Pbmplus variant","osiApproved":false},"Imlib2":{"name":"Imlib2 License","osiApproved":false},"UCAR":{"name":"UCAR License","osiApproved":false},"Naumen":{"name":"Naumen Public License","osiApproved":true},"Unicode-TOU":{"name":"Unicode Terms of Use","osiApproved":false},"lsof":{"name":"lsof License","osiApproved":false},"AGPL-1.0-only":{"name":"Affero General Public License v1.0 only","osiApproved":false},"TrustedQSL":{"name":"TrustedQSL License","osiApproved":false},"CDDL-1.1":{"name":"Common Development and Distribution License 1.1","osiApproved":false},"OLDAP-2.2":{"name":"Open LDAP Public License v2.2","osiApproved":false},"Zlib":{"name":"zlib License","osiApproved":true},"JasPer-2.0":{"name":"JasPer License","osiApproved":false},"GPL-3.0-with-autoconf-exception":{"name":"GNU General Public License v3.0 w/Autoconf exception","osiApproved":false},"NLOD-1.0":{"name":"Norwegian Licence for Open Government Data (NLOD) 1.0","osiApproved":false},"HPND-sell-regexpr":{"name":"Historical Permission Notice and Disclaimer - sell regexpr variant","osiApproved":false},"PPL":{"name":"Peer Production License","osiApproved":false},"SGI-B-1.1":{"name":"SGI Free Software License B v1.1","osiApproved":false},"GFDL-1.2-or-later":{"name":"GNU Free Documentation License v1.2 or later","osiApproved":false},"Graphics-Gems":{"name":"Graphics Gems License","osiApproved":false},"OSL-1.0":{"name":"Open Software License 1.0","osiApproved":true},"Sendmail":{"name":"Sendmail License","osiApproved":false},"Kastrup":{"name":"Kastrup License","osiApproved":false},"OSL-2.0":{"name":"Open Software License 2.0","osiApproved":true},"StandardML-NJ":{"name":"Standard ML of New Jersey License","osiApproved":false},"Ruby-pty":{"name":"Ruby pty extension license","osiApproved":false},"LPPL-1.3c":{"name":"LaTeX Project Public License v1.3c","osiApproved":true},"Bitstream-Vera":{"name":"Bitstream Vera Font License","osiApproved":false},"CC-SA-1.0":{"name":"Creative Commons Share Alike 1.0 Generic","osiApproved":false},"NetCDF":{"name":"NetCDF license","osiApproved":false},"Apache-1.0":{"name":"Apache License 1.0","osiApproved":false},"Watcom-1.0":{"name":"Sybase Open Watcom Public License 1.0","osiApproved":true},"HPND-sell-variant-critical-systems":{"name":"HPND - sell variant with safety critical systems clause","osiApproved":false},"threeparttable":{"name":"threeparttable License","osiApproved":false},"AGPL-3.0-only":{"name":"GNU Affero General Public License v3.0 only","osiApproved":true},"eGenix":{"name":"eGenix.com Public License 1.1.0","osiApproved":false},"OpenMDW-1.0":{"name":"OpenMDW License Agreement v1.0","osiApproved":false},"Furuseth":{"name":"Furuseth License","osiApproved":false},"OLDAP-2.0":{"name":"Open LDAP Public License v2.0 (or possibly 2.0A and 2.0B)","osiApproved":false},"ErlPL-1.1":{"name":"Erlang Public License v1.1","osiApproved":false},"CFITSIO":{"name":"CFITSIO License","osiApproved":false},"APSL-1.0":{"name":"Apple Public Source License 1.0","osiApproved":true},"OLDAP-2.3":{"name":"Open LDAP Public License v2.3","osiApproved":false},"NAIST-2003":{"name":"Nara Institute of Science and Technology License (2003)","osiApproved":false},"CC-BY-2.0":{"name":"Creative Commons Attribution 2.0 Generic","osiApproved":false},"Nunit":{"name":"Nunit License","osiApproved":false},"HPND-UC":{"name":"Historical Permission Notice and Disclaimer - University of California variant","osiApproved":false},"Aladdin":{"name":"Aladdin Free Public License","osiApproved":false},"CC-BY-NC-1.0":{"name":"Creative Commons Attribution Non Commercial 1.0 Generic","osiApproved":false},"DocBook-Schema":{"name":"DocBook Schema License","osiApproved":false},"PDDL-1.0":{"name":"Open Data Commons Public Domain Dedication & License 1.0","osiApproved":false},"CryptoSwift":{"name":"CryptoSwift License","osiApproved":false},"X11-distribute-modifications-variant":{"name":"X11 License Distribution Modification Variant","osiApproved":false},"GPL-2.0-with-autoconf-exception":{"name":"GNU General Public License v2.0 w/Autoconf exception","osiApproved":false},"BSD-2-Clause-NetBSD":{"name":"BSD 2-Clause NetBSD License","osiApproved":false},"MulanPSL-2.0":{"name":"Mulan Permissive Software License, Version 2","osiApproved":true},"CC-BY-3.0-US":{"name":"Creative Commons Attribution 3.0 United States","osiApproved":false},"HPND-export-US":{"name":"HPND with US Government export control warning","osiApproved":false},"DRL-1.1":{"name":"Detection Rule License 1.1","osiApproved":false},"GPL-1.0":{"name":"GNU General Public License v1.0 only","osiApproved":false},"CECILL-2.0":{"name":"CeCILL Free Software License Agreement v2.0","osiApproved":false},"OLDAP-2.8":{"name":"Open LDAP Public License v2.8","osiApproved":true},"HPND-merchantability-variant":{"name":"Historical Permission Notice and Disclaimer - merchantability variant","osiApproved":false},"Glide":{"name":"3dfx Glide License","osiApproved":false},"PostgreSQL":{"name":"PostgreSQL License","osiApproved":true},"BSD-1-Clause":{"name":"BSD 1-Clause License","osiApproved":true},"Sendmail-Open-Source-1.1":{"name":"Sendmail Open Source License v1.1","osiApproved":false},"Crossword":{"name":"Crossword License","osiApproved":false},"NASA-1.3":{"name":"NASA Open Source Agreement 1.3","osiApproved":true},"BSD-Source-beginning-file":{"name":"BSD Source Code Attribution - beginning of file variant","osiApproved":false},"Mup":{"name":"Mup License","osiApproved":false},"MIT-feh":{"name":"feh License","osiApproved":false},"LGPL-3.0-only":{"name":"GNU Lesser General Public License v3.0 only","osiApproved":true},"man2html":{"name":"man2html License","osiApproved":false}}`);

// src/spdx/expression.ts
var import_spdx_expression_parse = __toESM(require_spdx_expression_parse(), 1);
var import_spdx_satisfies = __toESM(require_spdx_satisfies(), 1);
var parseSpdx = import_spdx_expression_parse.default;
var satisfies = import_spdx_satisfies.default;
var OPERATORS = /* @__PURE__ */ new Set(["and", "or", "with"]);
function parseExpression(raw) {
  const tokens = raw.trim().match(/\(|\)|[^\s()]+/g);
  if (!tokens || tokens.length === 0) return { ok: false, error: "empty licence expression" };
  const out = [];
  let afterWith = false;
  for (const token of tokens) {
    const lower = token.toLowerCase();
    if (token === "(" || token === ")") {
      out.push(token);
    } else if (OPERATORS.has(lower)) {
      out.push(lower.toUpperCase());
      afterWith = lower === "with";
      continue;
    } else if (afterWith) {
      const exception = canonicalExceptionId(token);
      if (!exception) return { ok: false, error: `unknown SPDX exception "${token}"` };
      out.push(exception);
    } else {
      const id = canonicalLicenceId(token);
      if (!id) return { ok: false, error: `unknown licence id "${token}"` };
      out.push(id.includes(" ") ? `(${id})` : id);
    }
    afterWith = false;
  }
  const expression = out.join(" ").replace(/\( /g, "(").replace(/ \)/g, ")");
  try {
    return { ok: true, expression, tree: parseSpdx(expression) };
  } catch (error) {
    return { ok: false, error: `not a valid SPDX expression: ${error.message}` };
  }
}
function leaves(tree) {
  const found = /* @__PURE__ */ new Set();
  const walk = (node) => {
    if ("license" in node) found.add(renderLeaf(node));
    else {
      walk(node.left);
      walk(node.right);
    }
  };
  walk(tree);
  return [...found];
}
function renderLeaf(node) {
  return `${node.license}${node.plus ? "+" : ""}${node.exception ? ` WITH ${node.exception}` : ""}`;
}
function expressionApproved(expression, isApproved) {
  const parsed = parseExpression(expression);
  if (!parsed.ok) return false;
  const approved = leaves(parsed.tree).filter(isApproved);
  if (approved.length === 0) return false;
  try {
    return satisfies(parsed.expression, approved);
  } catch {
    return false;
  }
}
function andAll(expressions) {
  const unique = [...new Set(expressions)];
  if (unique.length === 0) return null;
  if (unique.length === 1) return unique[0];
  return unique.map((e) => /\s(OR|AND)\s/.test(e) ? `(${e})` : e).join(" AND ");
}

export {
  rulesPath,
  spdx_default,
  spdx_license_ids_default,
  spdxLicenceIds,
  parseExpression,
  leaves,
  expressionApproved,
  andAll
};
