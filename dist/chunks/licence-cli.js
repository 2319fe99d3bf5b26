var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

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
var init_rules_path = __esm({
  "src/rules-path.ts"() {
    "use strict";
  }
});

// src/cli/io.ts
var EXIT;
var init_io = __esm({
  "src/cli/io.ts"() {
    "use strict";
    EXIT = {
      /** Every team passes / the model complies. */
      ok: 0,
      /** A team fails / the model does not comply / a regression. */
      fail: 1,
      /** Usage or configuration error. */
      usage: 2,
      /** Nothing fails but something is incomplete or unknown, or the run could not finish. */
      incomplete: 3
    };
  }
});

// oq-not-in-licence-bundle:./commands/init.js
var require_init = __commonJS({
  "oq-not-in-licence-bundle:./commands/init.js"() {
    throw new Error("openquota's licence bundle does not hold ./commands/init.js: a licence run never loads it (scripts/bundles.ts)");
  }
});

// oq-not-in-licence-bundle:./commands/scan.js
var require_scan = __commonJS({
  "oq-not-in-licence-bundle:./commands/scan.js"() {
    throw new Error("openquota's licence bundle does not hold ./commands/scan.js: a licence run never loads it (scripts/bundles.ts)");
  }
});

// oq-not-in-licence-bundle:./commands/check.js
var require_check = __commonJS({
  "oq-not-in-licence-bundle:./commands/check.js"() {
    throw new Error("openquota's licence bundle does not hold ./commands/check.js: a licence run never loads it (scripts/bundles.ts)");
  }
});

// oq-not-in-licence-bundle:./commands/evaluate.js
var require_evaluate = __commonJS({
  "oq-not-in-licence-bundle:./commands/evaluate.js"() {
    throw new Error("openquota's licence bundle does not hold ./commands/evaluate.js: a licence run never loads it (scripts/bundles.ts)");
  }
});

// src/detect/candidates.ts
function pickLicenceFiles(paths) {
  const out = [];
  for (const path of paths) {
    const parts = path.split("/");
    const base = parts[parts.length - 1].toLowerCase();
    const depth = parts.length - 1;
    if (NEVER.test(base) || NOT_TEXT.test(base)) continue;
    const inLicences = depth >= 1 && parts[parts.length - 2].toLowerCase() === "licenses";
    let score = inLicences ? 0.85 : 0;
    for (const [re, s] of LICENCE_NAMES) if (re.test(base)) score = Math.max(score, s);
    const penalty = Math.min(0.3, (inLicences ? depth - 1 : depth) * 0.15);
    if (score > 0) out.push({ path, role: "licence", score: round(score - penalty) });
    else if (README.test(base) && depth <= 1) out.push({ path, role: "readme", score: round(0.5 - penalty) });
  }
  return out.sort(
    (a, b) => b.score - a.score || a.path.length - b.path.length || a.path.localeCompare(b.path)
  );
}
function round(x) {
  return Math.round(x * 100) / 100;
}
var LICENCE_NAMES, README, NEVER, NOT_TEXT;
var init_candidates = __esm({
  "src/detect/candidates.ts"() {
    "use strict";
    LICENCE_NAMES = [
      [/^(?:licen[cs]e|copying|unlicen[cs]e)$/, 1],
      [/^(?:licen[cs]e|copying|unlicen[cs]e)\.(?:md|markdown|txt|rst|html?)$/, 0.95],
      [/^(?:licen[cs]e|model)[-_. ]?(?:model|weights|licen[cs]e)(?:\.(?:md|txt))?$/, 0.93],
      [/^copying\.(?:lesser|lib|lgpl|gpl)$/, 0.9],
      [/^(?:licen[cs]e|copying)[-_.][\w.+-]+$/, 0.8],
      [/^[\w.+-]+[-_.](?:licen[cs]e|copying)(?:\.(?:md|txt))?$/, 0.7],
      [/^(?:licen[cs]e|licen[cs]ing|terms)[\w .+-]*$/, 0.6],
      [/\blicen[cs]e agreement\b/, 0.75]
      // "Tongyi Qianwen LICENSE AGREEMENT"
    ];
    README = /^(?:readme|model[-_]?card)(?:\.(?:md|markdown|txt|rst))?$/;
    NEVER = /^(?:notice|notices|third[-_]party[\w.-]*|acknowledg(?:e)?ments?|use[-_]policy|acceptable[-_]use[-_]policy|contributing|authors|changelog|code[-_]of[-_]conduct)(?:\.\w+)?$/;
    NOT_TEXT = /\.(?:py|js|ts|json|ya?ml|toml|go|rs|c|h|java|rb|sh|safetensors|bin|png|jpe?g|svg)$/;
  }
});

// src/detect/front-matter.ts
function frontMatter(text) {
  const m = FRONT_MATTER.exec(text);
  return m ? { yaml: m[1], bodyStart: m[0].length } : void 0;
}
var FRONT_MATTER;
var init_front_matter = __esm({
  "src/detect/front-matter.ts"() {
    "use strict";
    FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/;
  }
});

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
var require_scan2 = __commonJS({
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
      function licenseRef2() {
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
        return operator() || documentRef() || licenseRef2() || identifier();
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
        var t2 = token();
        if (t2 && t2.type === "OPERATOR" && operator === t2.string) {
          next();
          return t2.string;
        }
      }
      function parseWith() {
        if (parseOperator("WITH")) {
          var t2 = token();
          if (t2 && t2.type === "EXCEPTION") {
            next();
            return t2.string;
          }
          throw new Error("Expected exception after `WITH`");
        }
      }
      function parseLicenseRef() {
        var begin = index;
        var string = "";
        var t2 = token();
        if (t2.type === "DOCUMENTREF") {
          next();
          string += "DocumentRef-" + t2.string + ":";
          if (!parseOperator(":")) {
            throw new Error("Expected `:` after `DocumentRef-...`");
          }
        }
        t2 = token();
        if (t2 === null) {
          throw new Error("Unexpected end of input");
        }
        if (t2.type === "LICENSEREF") {
          next();
          string += "LicenseRef-" + t2.string;
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
        var t2 = token();
        if (t2 && t2.type === "LICENSE") {
          next();
          var node2 = { license: t2.string };
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
    var scan = require_scan2();
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
var require_scan3 = __commonJS({
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
      function licenseRef2() {
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
        return operator() || documentRef() || licenseRef2() || identifier();
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
        var t2 = token();
        if (t2 && t2.type === "OPERATOR" && operator === t2.string) {
          next();
          return t2.string;
        }
      }
      function parseWith() {
        if (parseOperator("WITH")) {
          var t2 = token();
          if (t2 && t2.type === "EXCEPTION") {
            next();
            return t2.string;
          }
          throw new Error("Expected exception after `WITH`");
        }
      }
      function parseLicenseRef() {
        var begin = index;
        var string = "";
        var t2 = token();
        if (t2.type === "DOCUMENTREF") {
          next();
          string += "DocumentRef-" + t2.string + ":";
          if (!parseOperator(":")) {
            throw new Error("Expected `:` after `DocumentRef-...`");
          }
        }
        t2 = token();
        if (t2.type === "LICENSEREF") {
          next();
          string += "LicenseRef-" + t2.string;
          return { license: string };
        }
        index = begin;
      }
      function parseLicense() {
        var t2 = token();
        if (t2 && t2.type === "LICENSE") {
          next();
          var node2 = { license: t2.string };
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
    var scan = require_scan3();
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
    var compare2 = require_spdx_compare();
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
      return identifier.license === range.license || compare2.gt(identifier.license, range.license) || compare2.eq(identifier.license, range.license);
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
    function satisfies(spdxExpression, arrayOfLicenses) {
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
    module.exports = satisfies;
  }
});

// node_modules/spdx-exceptions/index.json with { type: 'json' }
var spdx_exceptions_default;
var init_spdx_exceptions = __esm({
  "node_modules/spdx-exceptions/index.json with { type: 'json' }"() {
    spdx_exceptions_default = JSON.parse('["389-exception","Asterisk-exception","Autoconf-exception-2.0","Autoconf-exception-3.0","Autoconf-exception-generic","Autoconf-exception-generic-3.0","Autoconf-exception-macro","Bison-exception-1.24","Bison-exception-2.2","Bootloader-exception","Classpath-exception-2.0","CLISP-exception-2.0","cryptsetup-OpenSSL-exception","DigiRule-FOSS-exception","eCos-exception-2.0","Fawkes-Runtime-exception","FLTK-exception","fmt-exception","Font-exception-2.0","freertos-exception-2.0","GCC-exception-2.0","GCC-exception-2.0-note","GCC-exception-3.1","Gmsh-exception","GNAT-exception","GNOME-examples-exception","GNU-compiler-exception","gnu-javamail-exception","GPL-3.0-interface-exception","GPL-3.0-linking-exception","GPL-3.0-linking-source-exception","GPL-CC-1.0","GStreamer-exception-2005","GStreamer-exception-2008","i2p-gpl-java-exception","KiCad-libraries-exception","LGPL-3.0-linking-exception","libpri-OpenH323-exception","Libtool-exception","Linux-syscall-note","LLGPL","LLVM-exception","LZMA-exception","mif-exception","OCaml-LGPL-linking-exception","OCCT-exception-1.0","OpenJDK-assembly-exception-1.0","openvpn-openssl-exception","PS-or-PDF-font-exception-20170817","QPL-1.0-INRIA-2004-exception","Qt-GPL-exception-1.0","Qt-LGPL-exception-1.1","Qwt-exception-1.0","SANE-exception","SHL-2.0","SHL-2.1","stunnel-exception","SWI-exception","Swift-exception","Texinfo-exception","u-boot-exception-2.0","UBDL-exception","Universal-FOSS-exception-1.0","vsftpd-openssl-exception","WxWindows-exception-3.1","x11vnc-openssl-exception"]');
  }
});

// node_modules/spdx-license-ids/deprecated.json with { type: 'json' }
var deprecated_default;
var init_deprecated = __esm({
  "node_modules/spdx-license-ids/deprecated.json with { type: 'json' }"() {
    deprecated_default = JSON.parse('["AGPL-1.0","AGPL-3.0","BSD-2-Clause-FreeBSD","BSD-2-Clause-NetBSD","GFDL-1.1","GFDL-1.2","GFDL-1.3","GPL-1.0","GPL-2.0","GPL-2.0-with-GCC-exception","GPL-2.0-with-autoconf-exception","GPL-2.0-with-bison-exception","GPL-2.0-with-classpath-exception","GPL-2.0-with-font-exception","GPL-3.0","GPL-3.0-with-GCC-exception","GPL-3.0-with-autoconf-exception","LGPL-2.0","LGPL-2.1","LGPL-3.0","Net-SNMP","Nunit","StandardML-NJ","bzip2-1.0.5","eCos-2.0","wxWindows"]');
  }
});

// node_modules/spdx-license-ids/index.json with { type: 'json' }
var spdx_license_ids_default;
var init_spdx_license_ids = __esm({
  "node_modules/spdx-license-ids/index.json with { type: 'json' }"() {
    spdx_license_ids_default = JSON.parse('["0BSD","3D-Slicer-1.0","AAL","ADSL","AFL-1.1","AFL-1.2","AFL-2.0","AFL-2.1","AFL-3.0","AGPL-1.0-only","AGPL-1.0-or-later","AGPL-3.0-only","AGPL-3.0-or-later","ALGLIB-Documentation","AMD-newlib","AMDPLPA","AML","AML-glslang","AMPAS","ANTLR-PD","ANTLR-PD-fallback","APAFML","APL-1.0","APSL-1.0","APSL-1.1","APSL-1.2","APSL-2.0","ASWF-Digital-Assets-1.0","ASWF-Digital-Assets-1.1","Abstyles","AdaCore-doc","Adobe-2006","Adobe-Display-PostScript","Adobe-Glyph","Adobe-Utopia","Advanced-Cryptics-Dictionary","Afmparse","Aladdin","Apache-1.0","Apache-1.1","Apache-2.0","App-s2p","Arphic-1999","Artistic-1.0","Artistic-1.0-Perl","Artistic-1.0-cl8","Artistic-2.0","Artistic-dist","Aspell-RU","BOLA-1.1","BSD-1-Clause","BSD-2-Clause","BSD-2-Clause-Darwin","BSD-2-Clause-Patent","BSD-2-Clause-Views","BSD-2-Clause-first-lines","BSD-2-Clause-pkgconf-disclaimer","BSD-2-Clause-pos-unchanged","BSD-3-Clause","BSD-3-Clause-Attribution","BSD-3-Clause-Clear","BSD-3-Clause-HP","BSD-3-Clause-LBNL","BSD-3-Clause-Modification","BSD-3-Clause-No-Military-License","BSD-3-Clause-No-Nuclear-License","BSD-3-Clause-No-Nuclear-License-2014","BSD-3-Clause-No-Nuclear-Warranty","BSD-3-Clause-Open-MPI","BSD-3-Clause-OpenWebUI","BSD-3-Clause-Sun","BSD-3-Clause-Tso","BSD-3-Clause-acpica","BSD-3-Clause-flex","BSD-4-Clause","BSD-4-Clause-Shortened","BSD-4-Clause-UC","BSD-4.3RENO","BSD-4.3TAHOE","BSD-Advertising-Acknowledgement","BSD-Attribution-HPND-disclaimer","BSD-Inferno-Nettverk","BSD-Mark-Modifications","BSD-Protection","BSD-Source-Code","BSD-Source-Code-no-disclaimer","BSD-Source-alt-GPL","BSD-Source-beginning-file","BSD-Systemics","BSD-Systemics-W3Works","BSD-ask-to-endorse","BSL-1.0","BUSL-1.1","Baekmuk","Bahyph","Barr","Beerware","BitTorrent-1.0","BitTorrent-1.1","Bitstream-Charter","Bitstream-Vera","BlueOak-1.0.0","Boehm-GC","Boehm-GC-without-fee","Borceux","Brian-Gladman-2-Clause","Brian-Gladman-3-Clause","Brian-Gladman-3-Clause-no-conversion","Buddy","Bugroff","C-UDA-1.0","CAL-1.0","CAL-1.0-Combined-Work-Exception","CAPEC-tou","CATOSL-1.1","CC-BY-1.0","CC-BY-2.0","CC-BY-2.5","CC-BY-2.5-AU","CC-BY-3.0","CC-BY-3.0-AT","CC-BY-3.0-AU","CC-BY-3.0-DE","CC-BY-3.0-IGO","CC-BY-3.0-NL","CC-BY-3.0-US","CC-BY-4.0","CC-BY-NC-1.0","CC-BY-NC-2.0","CC-BY-NC-2.5","CC-BY-NC-3.0","CC-BY-NC-3.0-DE","CC-BY-NC-3.0-IGO","CC-BY-NC-4.0","CC-BY-NC-ND-1.0","CC-BY-NC-ND-2.0","CC-BY-NC-ND-2.5","CC-BY-NC-ND-3.0","CC-BY-NC-ND-3.0-DE","CC-BY-NC-ND-3.0-IGO","CC-BY-NC-ND-4.0","CC-BY-NC-SA-1.0","CC-BY-NC-SA-2.0","CC-BY-NC-SA-2.0-DE","CC-BY-NC-SA-2.0-FR","CC-BY-NC-SA-2.0-UK","CC-BY-NC-SA-2.5","CC-BY-NC-SA-3.0","CC-BY-NC-SA-3.0-DE","CC-BY-NC-SA-3.0-IGO","CC-BY-NC-SA-4.0","CC-BY-ND-1.0","CC-BY-ND-2.0","CC-BY-ND-2.5","CC-BY-ND-3.0","CC-BY-ND-3.0-DE","CC-BY-ND-4.0","CC-BY-SA-1.0","CC-BY-SA-2.0","CC-BY-SA-2.0-UK","CC-BY-SA-2.1-JP","CC-BY-SA-2.5","CC-BY-SA-3.0","CC-BY-SA-3.0-AT","CC-BY-SA-3.0-DE","CC-BY-SA-3.0-IGO","CC-BY-SA-4.0","CC-PDDC","CC-PDM-1.0","CC-SA-1.0","CC0-1.0","CDDL-1.0","CDDL-1.1","CDL-1.0","CDLA-Permissive-1.0","CDLA-Permissive-2.0","CDLA-Sharing-1.0","CECILL-1.0","CECILL-1.1","CECILL-2.0","CECILL-2.1","CECILL-B","CECILL-C","CERN-OHL-1.1","CERN-OHL-1.2","CERN-OHL-P-2.0","CERN-OHL-S-2.0","CERN-OHL-W-2.0","CFITSIO","CMU-Mach","CMU-Mach-nodoc","CNRI-Jython","CNRI-Python","CNRI-Python-GPL-Compatible","COIL-1.0","CPAL-1.0","CPL-1.0","CPOL-1.02","CUA-OPL-1.0","Caldera","Caldera-no-preamble","Catharon","ClArtistic","Clips","Community-Spec-1.0","Condor-1.1","Cornell-Lossless-JPEG","Cronyx","Crossword","CryptoSwift","CrystalStacker","Cube","D-FSL-1.0","DEC-3-Clause","DL-DE-BY-2.0","DL-DE-ZERO-2.0","DOC","DRL-1.0","DRL-1.1","DSDP","DocBook-DTD","DocBook-Schema","DocBook-Stylesheet","DocBook-XML","Dotseqn","ECL-1.0","ECL-2.0","EFL-1.0","EFL-2.0","EPICS","EPL-1.0","EPL-2.0","ESA-PL-permissive-2.4","ESA-PL-strong-copyleft-2.4","ESA-PL-weak-copyleft-2.4","EUDatagrid","EUPL-1.0","EUPL-1.1","EUPL-1.2","Elastic-2.0","Entessa","ErlPL-1.1","Eurosym","FBM","FDK-AAC","FDK-MPEG-H","FSFAP","FSFAP-no-warranty-disclaimer","FSFUL","FSFULLR","FSFULLRSD","FSFULLRWD","FSL-1.1-ALv2","FSL-1.1-MIT","FTL","Fair","Ferguson-Twofish","Frameworx-1.0","FreeBSD-DOC","FreeImage","Furuseth","GCR-docs","GD","GFDL-1.1-invariants-only","GFDL-1.1-invariants-or-later","GFDL-1.1-no-invariants-only","GFDL-1.1-no-invariants-or-later","GFDL-1.1-only","GFDL-1.1-or-later","GFDL-1.2-invariants-only","GFDL-1.2-invariants-or-later","GFDL-1.2-no-invariants-only","GFDL-1.2-no-invariants-or-later","GFDL-1.2-only","GFDL-1.2-or-later","GFDL-1.3-invariants-only","GFDL-1.3-invariants-or-later","GFDL-1.3-no-invariants-only","GFDL-1.3-no-invariants-or-later","GFDL-1.3-only","GFDL-1.3-or-later","GL2PS","GLWTPL","GPL-1.0-only","GPL-1.0-or-later","GPL-2.0-only","GPL-2.0-or-later","GPL-3.0-only","GPL-3.0-or-later","Game-Programming-Gems","Giftware","Glide","Glulxe","Graphics-Gems","Gutmann","HDF5","HIDAPI","HP-1986","HP-1989","HPND","HPND-DEC","HPND-Fenneberg-Livingston","HPND-INRIA-IMAG","HPND-Intel","HPND-Kevlin-Henney","HPND-MIT-disclaimer","HPND-Markus-Kuhn","HPND-Netrek","HPND-Pbmplus","HPND-SMC","HPND-UC","HPND-UC-export-US","HPND-doc","HPND-doc-sell","HPND-export-US","HPND-export-US-acknowledgement","HPND-export-US-modify","HPND-export2-US","HPND-merchantability-variant","HPND-sell-MIT-disclaimer-xserver","HPND-sell-regexpr","HPND-sell-variant","HPND-sell-variant-MIT-disclaimer","HPND-sell-variant-MIT-disclaimer-rev","HPND-sell-variant-critical-systems","HTMLTIDY","HaskellReport","Hippocratic-2.1","Hippocratic-3.0-core","IBM-pibs","ICU","IEC-Code-Components-EULA","IJG","IJG-short","IPA","IPL-1.0","ISC","ISC-Veillard","ISO-permission","ImageMagick","Imlib2","Info-ZIP","Informatica","Inner-Net-2.0","InnoSetup","Intel","Intel-ACPI","Interbase-1.0","JPL-image","JPNIC","JSON","Jam","JasPer-2.0","Kastrup","Kazlib","Knuth-CTAN","LAL-1.2","LAL-1.3","LGPL-2.0-only","LGPL-2.0-or-later","LGPL-2.1-only","LGPL-2.1-or-later","LGPL-3.0-only","LGPL-3.0-or-later","LGPLLR","LOOP","LPD-document","LPL-1.0","LPL-1.02","LPPL-1.0","LPPL-1.1","LPPL-1.2","LPPL-1.3a","LPPL-1.3c","LZMA-SDK-9.11-to-9.20","LZMA-SDK-9.22","Latex2e","Latex2e-translated-notice","Leptonica","LiLiQ-P-1.1","LiLiQ-R-1.1","LiLiQ-Rplus-1.1","Libpng","Linux-OpenIB","Linux-man-pages-1-para","Linux-man-pages-copyleft","Linux-man-pages-copyleft-2-para","Linux-man-pages-copyleft-var","Lucida-Bitmap-Fonts","MIPS","MIT","MIT-0","MIT-CMU","MIT-Click","MIT-Festival","MIT-Khronos-old","MIT-Modern-Variant","MIT-STK","MIT-Wu","MIT-advertising","MIT-enna","MIT-feh","MIT-open-group","MIT-testregex","MITNFA","MMIXware","MMPL-1.0.1","MPEG-SSG","MPL-1.0","MPL-1.1","MPL-2.0","MPL-2.0-no-copyleft-exception","MS-LPL","MS-PL","MS-RL","MTLL","MVT-1.1","Mackerras-3-Clause","Mackerras-3-Clause-acknowledgment","MakeIndex","Martin-Birgmeier","McPhee-slideshow","Minpack","MirOS","Motosoto","MulanPSL-1.0","MulanPSL-2.0","Multics","Mup","NAIST-2003","NASA-1.3","NBPL-1.0","NCBI-PD","NCGL-UK-2.0","NCL","NCSA","NGPL","NICTA-1.0","NIST-PD","NIST-PD-TNT","NIST-PD-fallback","NIST-Software","NLOD-1.0","NLOD-2.0","NLPL","NOSL","NPL-1.0","NPL-1.1","NPOSL-3.0","NRL","NTIA-PD","NTP","NTP-0","Naumen","NetCDF","Newsletr","Nokia","Noweb","O-UDA-1.0","OAR","OCCT-PL","OCLC-2.0","ODC-By-1.0","ODbL-1.0","OFFIS","OFL-1.0","OFL-1.0-RFN","OFL-1.0-no-RFN","OFL-1.1","OFL-1.1-RFN","OFL-1.1-no-RFN","OGC-1.0","OGDL-Taiwan-1.0","OGL-Canada-2.0","OGL-UK-1.0","OGL-UK-2.0","OGL-UK-3.0","OGTSL","OLDAP-1.1","OLDAP-1.2","OLDAP-1.3","OLDAP-1.4","OLDAP-2.0","OLDAP-2.0.1","OLDAP-2.1","OLDAP-2.2","OLDAP-2.2.1","OLDAP-2.2.2","OLDAP-2.3","OLDAP-2.4","OLDAP-2.5","OLDAP-2.6","OLDAP-2.7","OLDAP-2.8","OLFL-1.3","OML","OPL-1.0","OPL-UK-3.0","OPUBL-1.0","OSC-1.0","OSET-PL-2.1","OSL-1.0","OSL-1.1","OSL-2.0","OSL-2.1","OSL-3.0","OSSP","OpenMDW-1.0","OpenPBS-2.3","OpenSSL","OpenSSL-standalone","OpenVision","PADL","PDDL-1.0","PHP-3.0","PHP-3.01","PPL","PSF-2.0","ParaType-Free-Font-1.3","Parity-6.0.0","Parity-7.0.0","Pixar","Plexus","PolyForm-Noncommercial-1.0.0","PolyForm-Small-Business-1.0.0","PostgreSQL","Python-2.0","Python-2.0.1","QPL-1.0","QPL-1.0-INRIA-2004","Qhull","RHeCos-1.1","RPL-1.1","RPL-1.5","RPSL-1.0","RSA-MD","RSCPL","Rdisc","Ruby","Ruby-pty","SAX-PD","SAX-PD-2.0","SCEA","SGI-B-1.0","SGI-B-1.1","SGI-B-2.0","SGI-OpenGL","SGMLUG-PM","SGP4","SHL-0.5","SHL-0.51","SISSL","SISSL-1.2","SL","SMAIL-GPL","SMLNJ","SMPPL","SNIA","SOFA","SPL-1.0","SSH-OpenSSH","SSH-short","SSLeay-standalone","SSPL-1.0","SUL-1.0","SWL","Saxpath","SchemeReport","Sendmail","Sendmail-8.23","Sendmail-Open-Source-1.1","SimPL-2.0","Sleepycat","Soundex","Spencer-86","Spencer-94","Spencer-99","SugarCRM-1.1.3","Sun-PPP","Sun-PPP-2000","SunPro","Symlinks","TAPR-OHL-1.0","TCL","TCP-wrappers","TGPPL-1.0","TMate","TORQUE-1.1","TOSL","TPDL","TPL-1.0","TTWL","TTYP0","TU-Berlin-1.0","TU-Berlin-2.0","TekHVC","TermReadKey","ThirdEye","TrustedQSL","UCAR","UCL-1.0","UMich-Merit","UPL-1.0","URT-RLE","Ubuntu-font-1.0","UnRAR","Unicode-3.0","Unicode-DFS-2015","Unicode-DFS-2016","Unicode-TOU","UnixCrypt","Unlicense","Unlicense-libtelnet","Unlicense-libwhirlpool","VOSTROM","VSL-1.0","Vim","Vixie-Cron","W3C","W3C-19980720","W3C-20150513","WTFNMFPL","WTFPL","Watcom-1.0","Widget-Workshop","WordNet","Wsuipa","X11","X11-distribute-modifications-variant","X11-no-permit-persons","X11-swapped","XFree86-1.1","XSkat","Xdebug-1.03","Xerox","Xfig","Xnet","YPL-1.0","YPL-1.1","ZPL-1.1","ZPL-2.0","ZPL-2.1","Zed","Zeeff","Zend-2.0","Zimbra-1.3","Zimbra-1.4","Zlib","any-OSI","any-OSI-perl-modules","atc-game","bcrypt-Solar-Designer","blessing","bzip2-1.0.6","check-cvs","checkmk","copyleft-next-0.3.0","copyleft-next-0.3.1","curl","cve-tou","diffmark","dtoa","dvipdfm","eGenix","etalab-2.0","fwlw","gSOAP-1.3b","generic-xts","gnuplot","gtkbook","hdparm","hyphen-bulgarian","iMatix","jove","libpng-1.6.35","libpng-2.0","libselinux-1.0","libtiff","libutil-David-Nugent","lsof","magaz","mailprio","man2html","metamail","mpi-permissive","mpich2","mplus","ngrep","pkgconf","pnmstitch","psfrag","psutils","python-ldap","radvd","snprintf","softSurfer","ssh-keyscan","swrule","threeparttable","ulem","w3m","wwl","xinetd","xkeyboard-config-Zinoviev","xlock","xpp","xzoom","zlib-acknowledgement"]');
  }
});

// src/spdx/ids.ts
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
    const orLater2 = `${baseId.replace(/-only$/, "")}-or-later`;
    return currentSet.has(orLater2) ? orLater2 : `${baseId}+`;
  }
  return byLower.get(lower) ?? replacement.get(lower);
}
function canonicalExceptionId(raw) {
  return exceptionByLower.get(raw.trim().toLowerCase());
}
var DEPRECATED_WITH, byLower, currentSet, replacement, exceptionByLower;
var init_ids = __esm({
  "src/spdx/ids.ts"() {
    "use strict";
    init_spdx_exceptions();
    init_deprecated();
    init_spdx_license_ids();
    DEPRECATED_WITH = {
      "GPL-2.0-with-GCC-exception": "GPL-2.0-only WITH GCC-exception-2.0",
      "GPL-2.0-with-autoconf-exception": "GPL-2.0-only WITH Autoconf-exception-2.0",
      "GPL-2.0-with-bison-exception": "GPL-2.0-only WITH Bison-exception-2.2",
      "GPL-2.0-with-classpath-exception": "GPL-2.0-only WITH Classpath-exception-2.0",
      "GPL-2.0-with-font-exception": "GPL-2.0-only WITH Font-exception-2.0",
      "GPL-3.0-with-GCC-exception": "GPL-3.0-only WITH GCC-exception-3.1",
      "GPL-3.0-with-autoconf-exception": "GPL-3.0-only WITH Autoconf-exception-3.0"
    };
    byLower = /* @__PURE__ */ new Map();
    for (const id of spdx_license_ids_default) byLower.set(id.toLowerCase(), id);
    currentSet = new Set(spdx_license_ids_default);
    replacement = /* @__PURE__ */ new Map();
    for (const id of deprecated_default) {
      const repl = DEPRECATED_WITH[id] ?? (currentSet.has(`${id}-only`) ? `${id}-only` : currentSet.has(id) ? id : void 0);
      if (repl) replacement.set(id.toLowerCase(), repl);
    }
    exceptionByLower = new Map(spdx_exceptions_default.map((e) => [e.toLowerCase(), e]));
  }
});

// src/spdx/expression.ts
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
var import_spdx_expression_parse, import_spdx_satisfies, parseSpdx, OPERATORS;
var init_expression = __esm({
  "src/spdx/expression.ts"() {
    "use strict";
    import_spdx_expression_parse = __toESM(require_spdx_expression_parse(), 1);
    import_spdx_satisfies = __toESM(require_spdx_satisfies(), 1);
    init_ids();
    parseSpdx = import_spdx_expression_parse.default;
    OPERATORS = /* @__PURE__ */ new Set(["and", "or", "with"]);
  }
});

// src/detect/hub-ids.ts
import { readFileSync } from "node:fs";
function hubTable() {
  if (!table) {
    table = /* @__PURE__ */ new Map();
    for (const line of readFileSync(rulesPath("hub-licences.tsv"), "utf8").split("\n")) {
      if (!line || line.startsWith("#") || line.startsWith("hub_id	")) continue;
      const [hubId, licence2] = line.split("	");
      if (hubId && licence2) table.set(hubId.toLowerCase(), licence2);
    }
  }
  return table;
}
function licenseRef(name) {
  const slug = name.trim().replace(/[^A-Za-z0-9.+-]+/g, "-").replace(/^-+|-+$/g, "");
  return `LicenseRef-${slug || "unnamed"}`;
}
function hubLicence(value, licenseName) {
  const key = value.trim().toLowerCase();
  const mapped = hubTable().get(key);
  if (key === "" || mapped === "-")
    return { kind: "see-text", ...licenseName ? { name: licenseName } : {} };
  if (mapped) return { kind: "licence", expression: mapped };
  const parsed = parseExpression(value);
  if (parsed.ok) return { kind: "licence", expression: parsed.expression };
  return { kind: "licence", expression: licenseRef(value) };
}
var table;
var init_hub_ids = __esm({
  "src/detect/hub-ids.ts"() {
    "use strict";
    init_rules_path();
    init_expression();
  }
});

// node_modules/spdx-license-list/package.json
var package_default;
var init_package = __esm({
  "node_modules/spdx-license-list/package.json"() {
    package_default = JSON.parse('{"name":"spdx-license-list","version":"6.12.0","description":"List of SPDX licenses","license":"CC0-1.0","repository":"sindresorhus/spdx-license-list","funding":"https://github.com/sponsors/sindresorhus","author":{"name":"Sindre Sorhus","email":"sindresorhus@gmail.com","url":"https://sindresorhus.com"},"sideEffects":false,"engines":{"node":">=8"},"scripts":{"//test":"xo && ava && tsd","test":"xo && ava","make":"node make.js"},"files":["index.js","index.d.ts","full.js","full.d.ts","simple.js","simple.d.ts","spdx.json","spdx-full.json","spdx-simple.json","licenses"],"keywords":["spdx","license","licenses","mit","bsd","list","open source","software","id","ids","identifiers","set"],"devDependencies":{"ava":"^1.4.1","got":"^9.6.0","hard-rejection":"^2.0.0","ora":"^3.2.0","p-map":"^2.0.0","tsd":"^0.13.1","xo":"^0.24.0"},"xo":{"rules":{"import/extensions":"off"}}}');
  }
});

// node_modules/spdx-license-list/spdx.json
var spdx_default;
var init_spdx = __esm({
  "node_modules/spdx-license-list/spdx.json"() {
    spdx_default = JSON.parse(`{"FSL-1.1-MIT":{"name":"Functional Source License, Version 1.1, MIT Future License","osiApproved":false},"SISSL":{"name":"Sun Industry Standards Source License v1.1","osiApproved":true},"copyleft-next-0.3.1":{"name":"copyleft-next 0.3.1","osiApproved":false},"Noweb":{"name":"Noweb License","osiApproved":false},"CC-BY-3.0-DE":{"name":"Creative Commons Attribution 3.0 Germany","osiApproved":false},"BSD-3-Clause-acpica":{"name":"BSD 3-Clause acpica variant","osiApproved":false},"MakeIndex":{"name":"MakeIndex License","osiApproved":false},"Fair":{"name":"Fair License","osiApproved":true},"MirOS":{"name":"The MirOS Licence","osiApproved":true},"Mackerras-3-Clause":{"name":"Mackerras 3-Clause License","osiApproved":false},"NRL":{"name":"NRL License","osiApproved":false},"InnoSetup":{"name":"Inno Setup License","osiApproved":false},"CC-BY-2.5":{"name":"Creative Commons Attribution 2.5 Generic","osiApproved":false},"AGPL-1.0-or-later":{"name":"Affero General Public License v1.0 or later","osiApproved":false},"Catharon":{"name":"Catharon License","osiApproved":false},"TU-Berlin-2.0":{"name":"Technische Universitaet Berlin License 2.0","osiApproved":false},"Abstyles":{"name":"Abstyles License","osiApproved":false},"MS-RL":{"name":"Microsoft Reciprocal License","osiApproved":true},"NIST-Software":{"name":"NIST Software License","osiApproved":false},"Unlicense-libwhirlpool":{"name":"Unlicense - libwhirlpool variant","osiApproved":false},"CC-BY-ND-2.0":{"name":"Creative Commons Attribution No Derivatives 2.0 Generic","osiApproved":false},"GPL-2.0+":{"name":"GNU General Public License v2.0 or later","osiApproved":true},"CAL-1.0":{"name":"Cryptographic Autonomy License 1.0","osiApproved":true},"GFDL-1.2-invariants-only":{"name":"GNU Free Documentation License v1.2 only - invariants","osiApproved":false},"GPL-2.0-with-bison-exception":{"name":"GNU General Public License v2.0 w/Bison exception","osiApproved":false},"CC-PDM-1.0":{"name":"Creative    Commons Public Domain Mark 1.0 Universal","osiApproved":false},"CMU-Mach-nodoc":{"name":"CMU    Mach - no notices-in-documentation variant","osiApproved":false},"RPSL-1.0":{"name":"RealNetworks Public Source License v1.0","osiApproved":true},"CDLA-Permissive-1.0":{"name":"Community Data License Agreement Permissive 1.0","osiApproved":false},"BSD-2-Clause-pkgconf-disclaimer":{"name":"BSD 2-Clause pkgconf disclaimer variant","osiApproved":false},"GFDL-1.2":{"name":"GNU Free Documentation License v1.2","osiApproved":false},"JPL-image":{"name":"JPL Image Use Policy","osiApproved":false},"CC-BY-3.0":{"name":"Creative Commons Attribution 3.0 Unported","osiApproved":false},"LPPL-1.0":{"name":"LaTeX Project Public License v1.0","osiApproved":false},"LGPLLR":{"name":"Lesser General Public License For Linguistic Resources","osiApproved":false},"CC-BY-SA-2.0-UK":{"name":"Creative Commons Attribution Share Alike 2.0 England and Wales","osiApproved":false},"OLDAP-2.0.1":{"name":"Open LDAP Public License v2.0.1","osiApproved":false},"Unicode-3.0":{"name":"Unicode License v3","osiApproved":true},"Parity-6.0.0":{"name":"The Parity Public License 6.0.0","osiApproved":false},"LPL-1.0":{"name":"Lucent Public License Version 1.0","osiApproved":true},"Glulxe":{"name":"Glulxe License","osiApproved":false},"CMU-Mach":{"name":"CMU Mach License","osiApproved":false},"Zeeff":{"name":"Zeeff License","osiApproved":false},"DL-DE-ZERO-2.0":{"name":"Data licence Germany \u2013 zero \u2013 version 2.0","osiApproved":false},"NTIA-PD":{"name":"NTIA Public Domain Notice","osiApproved":false},"Nokia":{"name":"Nokia Open Source License","osiApproved":true},"CC-BY-3.0-IGO":{"name":"Creative Commons Attribution 3.0 IGO","osiApproved":false},"Saxpath":{"name":"Saxpath License","osiApproved":false},"McPhee-slideshow":{"name":"McPhee Slideshow License","osiApproved":false},"snprintf":{"name":"snprintf License","osiApproved":false},"W3C-19980720":{"name":"W3C Software Notice and License (1998-07-20)","osiApproved":false},"EFL-1.0":{"name":"Eiffel Forum License v1.0","osiApproved":true},"xpp":{"name":"XPP License","osiApproved":false},"TCL":{"name":"TCL/TK License","osiApproved":false},"BSD-3-Clause-LBNL":{"name":"Lawrence Berkeley National Labs BSD variant license","osiApproved":true},"OCLC-2.0":{"name":"OCLC Research Public License 2.0","osiApproved":true},"OGC-1.0":{"name":"OGC Software License, Version 1.0","osiApproved":false},"Latex2e-translated-notice":{"name":"Latex2e with translated notice permission","osiApproved":false},"GFDL-1.3-or-later":{"name":"GNU Free Documentation License v1.3 or later","osiApproved":false},"Qhull":{"name":"Qhull License","osiApproved":false},"Spencer-99":{"name":"Spencer License 99","osiApproved":false},"IBM-pibs":{"name":"IBM PowerPC Initialization and Boot Software","osiApproved":false},"GFDL-1.2-no-invariants-only":{"name":"GNU Free Documentation License v1.2 only - no invariants","osiApproved":false},"check-cvs":{"name":"check-cvs License","osiApproved":false},"HDF5":{"name":"HDF5 License","osiApproved":false},"VOSTROM":{"name":"VOSTROM Public License for Open Source","osiApproved":false},"MS-PL":{"name":"Microsoft Public License","osiApproved":true},"CDDL-1.0":{"name":"Common Development and Distribution License 1.0","osiApproved":true},"OPL-UK-3.0":{"name":"United    Kingdom Open Parliament Licence v3.0","osiApproved":false},"CNRI-Python-GPL-Compatible":{"name":"CNRI Python Open Source GPL Compatible License Agreement","osiApproved":false},"UCL-1.0":{"name":"Upstream Compatibility License v1.0","osiApproved":true},"OFL-1.0":{"name":"SIL Open Font License 1.0","osiApproved":false},"Eurosym":{"name":"Eurosym License","osiApproved":false},"ANTLR-PD-fallback":{"name":"ANTLR Software Rights Notice with license fallback","osiApproved":false},"DocBook-DTD":{"name":"DocBook DTD License","osiApproved":false},"SMLNJ":{"name":"Standard ML of New Jersey License","osiApproved":false},"CATOSL-1.1":{"name":"Computer Associates Trusted Open Source License 1.1","osiApproved":true},"MIPS":{"name":"MIPS License","osiApproved":false},"Net-SNMP":{"name":"Net-SNMP License","osiApproved":false},"OAR":{"name":"OAR License","osiApproved":false},"mpi-permissive":{"name":"mpi Permissive License","osiApproved":false},"Borceux":{"name":"Borceux license","osiApproved":false},"GFDL-1.2-no-invariants-or-later":{"name":"GNU Free Documentation License v1.2 or later - no invariants","osiApproved":false},"NCSA":{"name":"University of Illinois/NCSA Open Source License","osiApproved":true},"GPL-3.0+":{"name":"GNU General Public License v3.0 or later","osiApproved":true},"IJG":{"name":"Independent JPEG Group License","osiApproved":false},"BSD-Source-Code":{"name":"BSD Source Code Attribution","osiApproved":false},"CDL-1.0":{"name":"Common Documentation License 1.0","osiApproved":false},"TTYP0":{"name":"TTYP0 License","osiApproved":false},"CC-BY-SA-4.0":{"name":"Creative Commons Attribution Share Alike 4.0 International","osiApproved":false},"AGPL-3.0":{"name":"GNU Affero General Public License v3.0","osiApproved":true},"ALGLIB-Documentation":{"name":"ALGLIB Documentation License","osiApproved":true},"CC-BY-SA-3.0-AT":{"name":"Creative Commons Attribution Share Alike 3.0 Austria","osiApproved":false},"swrule":{"name":"swrule License","osiApproved":false},"AAL":{"name":"Attribution Assurance License","osiApproved":true},"AML-glslang":{"name":"AML glslang variant License","osiApproved":false},"FSFAP":{"name":"FSF All Permissive License","osiApproved":false},"VSL-1.0":{"name":"Vovida Software License v1.0","osiApproved":true},"Sun-PPP":{"name":"Sun PPP License","osiApproved":false},"gtkbook":{"name":"gtkbook License","osiApproved":false},"CC-BY-SA-2.5":{"name":"Creative Commons Attribution Share Alike 2.5 Generic","osiApproved":false},"SMAIL-GPL":{"name":"SMAIL General Public License","osiApproved":false},"Apache-2.0":{"name":"Apache License 2.0","osiApproved":true},"EPL-1.0":{"name":"Eclipse Public License 1.0","osiApproved":true},"mpich2":{"name":"mpich2 License","osiApproved":false},"NIST-PD-TNT":{"name":"NIST    Public Domain Notice TNT variant","osiApproved":false},"MIT-Festival":{"name":"MIT Festival Variant","osiApproved":false},"OGL-UK-2.0":{"name":"Open Government Licence v2.0","osiApproved":false},"OLDAP-1.4":{"name":"Open LDAP Public License v1.4","osiApproved":false},"Jam":{"name":"Jam License","osiApproved":true},"Python-2.0":{"name":"Python License 2.0","osiApproved":true},"HPND-Netrek":{"name":"Historical Permission Notice and Disclaimer - Netrek variant","osiApproved":false},"mailprio":{"name":"mailprio License","osiApproved":false},"OFL-1.0-no-RFN":{"name":"SIL Open Font License 1.0 with no Reserved Font Name","osiApproved":false},"MIT":{"name":"MIT License","osiApproved":true},"NPL-1.0":{"name":"Netscape Public License v1.0","osiApproved":false},"Entessa":{"name":"Entessa Public License v1.0","osiApproved":true},"CC-BY-ND-1.0":{"name":"Creative Commons Attribution No Derivatives 1.0 Generic","osiApproved":false},"ECL-2.0":{"name":"Educational Community License v2.0","osiApproved":true},"OLDAP-2.2.2":{"name":"Open LDAP Public License 2.2.2","osiApproved":false},"OLDAP-2.4":{"name":"Open LDAP Public License v2.4","osiApproved":false},"Adobe-Utopia":{"name":"Adobe Utopia Font License","osiApproved":false},"AFL-1.1":{"name":"Academic Free License v1.1","osiApproved":true},"SHL-0.5":{"name":"Solderpad Hardware License v0.5","osiApproved":false},"CC-BY-NC-SA-2.5":{"name":"Creative Commons Attribution Non Commercial Share Alike 2.5 Generic","osiApproved":false},"TOSL":{"name":"Trusster Open Source License","osiApproved":false},"OFL-1.1-no-RFN":{"name":"SIL Open Font License 1.1 with no Reserved Font Name","osiApproved":true},"APAFML":{"name":"Adobe Postscript AFM License","osiApproved":false},"BSD-Mark-Modifications":{"name":"BSD Mark Modifications License","osiApproved":false},"ECL-1.0":{"name":"Educational Community License v1.0","osiApproved":true},"Spencer-86":{"name":"Spencer License 86","osiApproved":false},"generic-xts":{"name":"Generic XTS License","osiApproved":false},"RPL-1.1":{"name":"Reciprocal Public License 1.1","osiApproved":true},"FSFUL":{"name":"FSF Unlimited License","osiApproved":false},"3D-Slicer-1.0":{"name":"3D Slicer License v1.0","osiApproved":false},"URT-RLE":{"name":"Utah Raster Toolkit Run Length Encoded License","osiApproved":false},"Adobe-Display-PostScript":{"name":"Adobe Display PostScript License","osiApproved":false},"ZPL-1.1":{"name":"Zope Public License 1.1","osiApproved":false},"UPL-1.0":{"name":"Universal Permissive License v1.0","osiApproved":true},"metamail":{"name":"metamail License","osiApproved":false},"DEC-3-Clause":{"name":"DEC 3-Clause License","osiApproved":false},"Unlicense":{"name":"The Unlicense","osiApproved":true},"HPND-doc-sell":{"name":"Historical Permission Notice and Disclaimer - documentation sell variant","osiApproved":false},"OLFL-1.3":{"name":"Open Logistics Foundation License Version 1.3","osiApproved":true},"CECILL-2.1":{"name":"CeCILL Free Software License Agreement v2.1","osiApproved":true},"Sun-PPP-2000":{"name":"Sun PPP License (2000)","osiApproved":false},"SUL-1.0":{"name":"Sustainable Use License v1.0","osiApproved":false},"OGL-UK-3.0":{"name":"Open Government Licence v3.0","osiApproved":false},"OLDAP-2.5":{"name":"Open LDAP Public License v2.5","osiApproved":false},"HPND-export2-US":{"name":"HPND with US Government export control and 2 disclaimers","osiApproved":false},"BSD-Advertising-Acknowledgement":{"name":"BSD Advertising Acknowledgement License","osiApproved":false},"EUPL-1.2":{"name":"European Union Public License 1.2","osiApproved":true},"Plexus":{"name":"Plexus Classworlds License","osiApproved":false},"TAPR-OHL-1.0":{"name":"TAPR Open Hardware License v1.0","osiApproved":false},"Motosoto":{"name":"Motosoto License","osiApproved":true},"APL-1.0":{"name":"Adaptive Public License 1.0","osiApproved":true},"Cronyx":{"name":"Cronyx License","osiApproved":false},"CC-BY-NC-2.0":{"name":"Creative Commons Attribution Non Commercial 2.0 Generic","osiApproved":false},"Rdisc":{"name":"Rdisc License","osiApproved":false},"GFDL-1.2-only":{"name":"GNU Free Documentation License v1.2 only","osiApproved":false},"Elastic-2.0":{"name":"Elastic License 2.0","osiApproved":false},"CC-BY-3.0-NL":{"name":"Creative Commons Attribution 3.0 Netherlands","osiApproved":false},"LGPL-2.1+":{"name":"GNU Lesser General Public License v2.1 or later","osiApproved":true},"magaz":{"name":"magaz License","osiApproved":false},"GPL-3.0":{"name":"GNU General Public License v3.0 only","osiApproved":true},"eCos-2.0":{"name":"eCos license version 2.0","osiApproved":false},"psfrag":{"name":"psfrag License","osiApproved":false},"CERN-OHL-1.1":{"name":"CERN Open Hardware Licence v1.1","osiApproved":false},"D-FSL-1.0":{"name":"Deutsche Freie Software Lizenz","osiApproved":false},"ngrep":{"name":"ngrep License","osiApproved":false},"w3m":{"name":"w3m License","osiApproved":false},"CC-BY-NC-SA-1.0":{"name":"Creative Commons Attribution Non Commercial Share Alike 1.0 Generic","osiApproved":false},"TermReadKey":{"name":"TermReadKey License","osiApproved":false},"GPL-3.0-or-later":{"name":"GNU General Public License v3.0 or later","osiApproved":true},"SWL":{"name":"Scheme Widget Library (SWL) Software License Agreement","osiApproved":false},"OpenSSL":{"name":"OpenSSL License","osiApproved":false},"Python-2.0.1":{"name":"Python License 2.0.1","osiApproved":false},"CC-BY-SA-3.0-DE":{"name":"Creative Commons Attribution Share Alike 3.0 Germany","osiApproved":false},"OLDAP-2.7":{"name":"Open LDAP Public License v2.7","osiApproved":false},"SAX-PD":{"name":"Sax Public Domain Notice","osiApproved":false},"HIDAPI":{"name":"HIDAPI License","osiApproved":false},"Leptonica":{"name":"Leptonica License","osiApproved":false},"SSH-short":{"name":"SSH short notice","osiApproved":false},"SimPL-2.0":{"name":"Simple Public License 2.0","osiApproved":true},"GFDL-1.3-only":{"name":"GNU Free Documentation License v1.3 only","osiApproved":false},"Kazlib":{"name":"Kazlib License","osiApproved":false},"CECILL-C":{"name":"CeCILL-C Free Software License Agreement","osiApproved":false},"MS-LPL":{"name":"Microsoft Limited Public License","osiApproved":false},"CECILL-B":{"name":"CeCILL-B Free Software License Agreement","osiApproved":false},"YPL-1.0":{"name":"Yahoo! Public License v1.0","osiApproved":false},"ASWF-Digital-Assets-1.0":{"name":"ASWF Digital Assets License version 1.0","osiApproved":false},"wwl":{"name":"WWL License","osiApproved":false},"HTMLTIDY":{"name":"HTML Tidy License","osiApproved":false},"HPND-INRIA-IMAG":{"name":"Historical Permission Notice and Disclaimer    - INRIA-IMAG variant","osiApproved":false},"xlock":{"name":"xlock License","osiApproved":false},"CC0-1.0":{"name":"Creative Commons Zero v1.0 Universal","osiApproved":false},"IEC-Code-Components-EULA":{"name":"IEC    Code Components End-user licence agreement","osiApproved":false},"SugarCRM-1.1.3":{"name":"SugarCRM Public License v1.1.3","osiApproved":false},"HPND-DEC":{"name":"Historical Permission Notice and Disclaimer - DEC variant","osiApproved":false},"BSD-3-Clause-No-Military-License":{"name":"BSD 3-Clause No Military License","osiApproved":false},"NIST-PD-fallback":{"name":"NIST Public Domain Notice with license fallback","osiApproved":false},"LiLiQ-P-1.1":{"name":"Licence Libre du Qu\xE9bec \u2013 Permissive version 1.1","osiApproved":true},"Caldera":{"name":"Caldera License","osiApproved":false},"FSFULLR":{"name":"FSF Unlimited License (with License Retention)","osiApproved":false},"pnmstitch":{"name":"pnmstitch License","osiApproved":false},"CC-BY-NC-SA-2.0-UK":{"name":"Creative Commons Attribution Non Commercial Share Alike 2.0 England and Wales","osiApproved":false},"CC-BY-NC-SA-2.0-DE":{"name":"Creative Commons Attribution Non Commercial Share Alike 2.0 Germany","osiApproved":false},"GCR-docs":{"name":"Gnome GCR Documentation License","osiApproved":false},"CECILL-1.0":{"name":"CeCILL Free Software License Agreement v1.0","osiApproved":false},"HPND-sell-variant":{"name":"Historical Permission Notice and Disclaimer - sell variant","osiApproved":false},"Clips":{"name":"Clips License","osiApproved":false},"etalab-2.0":{"name":"Etalab Open License 2.0","osiApproved":false},"CC-BY-NC-SA-3.0-DE":{"name":"Creative Commons Attribution Non Commercial Share Alike 3.0 Germany","osiApproved":false},"libtiff":{"name":"libtiff License","osiApproved":false},"BSD-4-Clause-Shortened":{"name":"BSD 4 Clause Shortened","osiApproved":false},"curl":{"name":"curl License","osiApproved":false},"Bitstream-Charter":{"name":"Bitstream Charter Font License","osiApproved":false},"Apache-1.1":{"name":"Apache License 1.1","osiApproved":true},"HPND-Kevlin-Henney":{"name":"Historical Permission Notice and Disclaimer - Kevlin Henney variant","osiApproved":false},"pkgconf":{"name":"pkgconf License","osiApproved":false},"OGL-UK-1.0":{"name":"Open Government Licence v1.0","osiApproved":false},"CC-BY-SA-2.1-JP":{"name":"Creative Commons Attribution Share Alike 2.1 Japan","osiApproved":false},"OLDAP-1.2":{"name":"Open LDAP Public License v1.2","osiApproved":false},"FSFAP-no-warranty-disclaimer":{"name":"FSF All Permissive License (without Warranty)","osiApproved":false},"BitTorrent-1.0":{"name":"BitTorrent Open Source License v1.0","osiApproved":false},"Latex2e":{"name":"Latex2e License","osiApproved":false},"fwlw":{"name":"fwlw License","osiApproved":false},"MIT-Modern-Variant":{"name":"MIT License Modern Variant","osiApproved":true},"SGP4":{"name":"SGP4 Permission Notice","osiApproved":false},"BSD-4.3RENO":{"name":"BSD 4.3 RENO License","osiApproved":false},"LZMA-SDK-9.11-to-9.20":{"name":"LZMA SDK License (versions 9.11 to 9.20)","osiApproved":false},"GFDL-1.3-invariants-or-later":{"name":"GNU Free Documentation License v1.3 or later - invariants","osiApproved":false},"LPD-document":{"name":"LPD Documentation License","osiApproved":false},"GFDL-1.3-invariants-only":{"name":"GNU Free Documentation License v1.3 only - invariants","osiApproved":false},"CC-BY-NC-SA-3.0-IGO":{"name":"Creative Commons Attribution Non Commercial Share Alike 3.0 IGO","osiApproved":false},"HPND-doc":{"name":"Historical Permission Notice and Disclaimer - documentation variant","osiApproved":false},"CNRI-Python":{"name":"CNRI Python License","osiApproved":true},"CC-BY-2.5-AU":{"name":"Creative Commons Attribution 2.5 Australia","osiApproved":false},"jove":{"name":"Jove License","osiApproved":false},"Hippocratic-2.1":{"name":"Hippocratic License 2.1","osiApproved":false},"ThirdEye":{"name":"ThirdEye License","osiApproved":false},"NTP":{"name":"NTP License","osiApproved":true},"ADSL":{"name":"Amazon Digital Services License","osiApproved":false},"CC-BY-ND-3.0":{"name":"Creative Commons Attribution No Derivatives 3.0 Unported","osiApproved":false},"BSD-2-Clause-Darwin":{"name":"BSD 2-Clause - Ian Darwin variant","osiApproved":false},"TGPPL-1.0":{"name":"Transitive Grace Period Public Licence 1.0","osiApproved":false},"CC-BY-NC-SA-2.0-FR":{"name":"Creative Commons Attribution-NonCommercial-ShareAlike 2.0 France","osiApproved":false},"LAL-1.2":{"name":"Licence Art Libre 1.2","osiApproved":false},"CECILL-1.1":{"name":"CeCILL Free Software License Agreement v1.1","osiApproved":false},"CC-BY-ND-2.5":{"name":"Creative Commons Attribution No Derivatives 2.5 Generic","osiApproved":false},"GPL-2.0-with-GCC-exception":{"name":"GNU General Public License v2.0 w/GCC Runtime Library exception","osiApproved":false},"Boehm-GC":{"name":"Boehm-Demers-Weiser GC License","osiApproved":false},"hdparm":{"name":"hdparm License","osiApproved":false},"HPND-MIT-disclaimer":{"name":"Historical Permission Notice and Disclaimer with MIT disclaimer","osiApproved":false},"OpenVision":{"name":"OpenVision License","osiApproved":false},"CC-BY-NC-SA-3.0":{"name":"Creative Commons Attribution Non Commercial Share Alike 3.0 Unported","osiApproved":false},"mplus":{"name":"mplus Font License","osiApproved":false},"NOSL":{"name":"Netizen Open Source License","osiApproved":false},"X11-no-permit-persons":{"name":"X11 no permit persons clause","osiApproved":false},"psutils":{"name":"psutils License","osiApproved":false},"AMPAS":{"name":"Academy of Motion Picture Arts and Sciences BSD","osiApproved":false},"DL-DE-BY-2.0":{"name":"Data licence Germany \u2013 attribution \u2013 version 2.0","osiApproved":false},"Xdebug-1.03":{"name":"Xdebug License v 1.03","osiApproved":false},"OFFIS":{"name":"OFFIS License","osiApproved":false},"MIT-0":{"name":"MIT No Attribution","osiApproved":true},"EFL-2.0":{"name":"Eiffel Forum License v2.0","osiApproved":true},"Vim":{"name":"Vim License","osiApproved":false},"SunPro":{"name":"SunPro License","osiApproved":false},"xzoom":{"name":"xzoom License","osiApproved":false},"ICU":{"name":"ICU License","osiApproved":true},"SchemeReport":{"name":"Scheme Language Report License","osiApproved":false},"Unlicense-libtelnet":{"name":"Unlicense - libtelnet variant","osiApproved":false},"Arphic-1999":{"name":"Arphic Public License","osiApproved":false},"python-ldap":{"name":"Python ldap License","osiApproved":false},"Ubuntu-font-1.0":{"name":"Ubuntu Font Licence v1.0","osiApproved":false},"LGPL-2.1":{"name":"GNU Lesser General Public License v2.1 only","osiApproved":true},"GL2PS":{"name":"GL2PS License","osiApproved":false},"MulanPSL-1.0":{"name":"Mulan Permissive Software License, Version 1","osiApproved":false},"OLDAP-2.2.1":{"name":"Open LDAP Public License v2.2.1","osiApproved":false},"LGPL-2.0-or-later":{"name":"GNU Library General Public License v2 or later","osiApproved":true},"Libpng":{"name":"libpng License","osiApproved":false},"gnuplot":{"name":"gnuplot License","osiApproved":false},"Game-Programming-Gems":{"name":"Game Programming Gems License","osiApproved":false},"PHP-3.01":{"name":"PHP License v3.01","osiApproved":true},"CC-BY-NC-SA-4.0":{"name":"Creative Commons Attribution Non Commercial Share Alike 4.0 International","osiApproved":false},"SAX-PD-2.0":{"name":"Sax Public Domain Notice 2.0","osiApproved":false},"OSL-2.1":{"name":"Open Software License 2.1","osiApproved":true},"MIT-Wu":{"name":"MIT Tom Wu Variant","osiApproved":false},"EUPL-1.0":{"name":"European Union Public License 1.0","osiApproved":false},"ulem":{"name":"ulem License","osiApproved":false},"BSD-3-Clause":{"name":"BSD 3-Clause \\"New\\" or \\"Revised\\" License","osiApproved":true},"AdaCore-doc":{"name":"AdaCore Doc License","osiApproved":false},"OSSP":{"name":"OSSP License","osiApproved":false},"Inner-Net-2.0":{"name":"Inner Net License v2.0","osiApproved":false},"BSD-4-Clause":{"name":"BSD 4-Clause \\"Original\\" or \\"Old\\" License","osiApproved":false},"JSON":{"name":"JSON License","osiApproved":false},"MIT-STK":{"name":"MIT-STK License","osiApproved":false},"ssh-keyscan":{"name":"ssh-keyscan License","osiApproved":false},"HPND":{"name":"Historical Permission Notice and Disclaimer","osiApproved":true},"FreeImage":{"name":"FreeImage Public License v1.0","osiApproved":false},"RPL-1.5":{"name":"Reciprocal Public License 1.5","osiApproved":true},"HPND-sell-MIT-disclaimer-xserver":{"name":"Historical Permission Notice and Disclaimer - sell xserver variant with MIT disclaimer","osiApproved":false},"ISO-permission":{"name":"ISO permission notice","osiApproved":false},"NPOSL-3.0":{"name":"Non-Profit Open Software License 3.0","osiApproved":true},"SSH-OpenSSH":{"name":"SSH OpenSSH license","osiApproved":false},"BSD-2-Clause-Patent":{"name":"BSD-2-Clause Plus Patent License","osiApproved":true},"LGPL-2.0-only":{"name":"GNU Library General Public License v2 only","osiApproved":true},"UnRAR":{"name":"UnRAR License","osiApproved":false},"FSFULLRSD":{"name":"FSF Unlimited License (with License Retention and Short Disclaimer)","osiApproved":false},"ESA-PL-weak-copyleft-2.4":{"name":"European Space Agency Public License \u2013 v2.4 \u2013 Weak Copyleft (Type 2)","osiApproved":false},"NBPL-1.0":{"name":"Net Boolean Public License v1","osiApproved":false},"OGL-Canada-2.0":{"name":"Open Government Licence - Canada","osiApproved":false},"UMich-Merit":{"name":"Michigan/Merit Networks License","osiApproved":false},"TMate":{"name":"TMate Open Source License","osiApproved":false},"WordNet":{"name":"WordNet License","osiApproved":true},"EPICS":{"name":"EPICS Open License","osiApproved":false},"BSD-2-Clause-Views":{"name":"BSD 2-Clause with views sentence","osiApproved":false},"BSD-3-Clause-HP":{"name":"Hewlett-Packard BSD variant license","osiApproved":false},"BSD-3-Clause-flex":{"name":"BSD 3-Clause Flex variant","osiApproved":false},"GPL-2.0":{"name":"GNU General Public License v2.0 only","osiApproved":true},"QPL-1.0-INRIA-2004":{"name":"Q Public License 1.0 - INRIA 2004 variant","osiApproved":false},"CC-BY-NC-2.5":{"name":"Creative Commons Attribution Non Commercial 2.5 Generic","osiApproved":false},"GPL-2.0-with-font-exception":{"name":"GNU General Public License v2.0 w/Font exception","osiApproved":false},"GPL-2.0-only":{"name":"GNU General Public License v2.0 only","osiApproved":true},"OFL-1.1-RFN":{"name":"SIL Open Font License 1.1 with Reserved Font Name","osiApproved":true},"Ruby":{"name":"Ruby License","osiApproved":false},"FSFULLRWD":{"name":"FSF Unlimited License (With License Retention and Warranty Disclaimer)","osiApproved":false},"GFDL-1.1-only":{"name":"GNU Free Documentation License v1.1 only","osiApproved":false},"Info-ZIP":{"name":"Info-ZIP License","osiApproved":false},"Intel-ACPI":{"name":"Intel ACPI Software License Agreement","osiApproved":false},"libpng-2.0":{"name":"PNG Reference Library version 2","osiApproved":false},"libselinux-1.0":{"name":"libselinux public domain notice","osiApproved":false},"GPL-2.0-with-classpath-exception":{"name":"GNU General Public License v2.0 w/Classpath exception","osiApproved":false},"BUSL-1.1":{"name":"Business Source License 1.1","osiApproved":false},"LGPL-2.1-or-later":{"name":"GNU Lesser General Public License v2.1 or later","osiApproved":true},"ImageMagick":{"name":"ImageMagick License","osiApproved":false},"MMIXware":{"name":"MMIXware License","osiApproved":false},"BSD-3-Clause-Sun":{"name":"BSD 3-Clause Sun Microsystems","osiApproved":false},"IPL-1.0":{"name":"IBM Public License v1.0","osiApproved":true},"BSD-Protection":{"name":"BSD Protection License","osiApproved":false},"CDLA-Permissive-2.0":{"name":"Community Data License Agreement Permissive 2.0","osiApproved":false},"Linux-man-pages-1-para":{"name":"Linux man-pages - 1 paragraph","osiApproved":false},"SHL-0.51":{"name":"Solderpad Hardware License, Version 0.51","osiApproved":false},"BSD-4-Clause-UC":{"name":"BSD-4-Clause (University of California-Specific)","osiApproved":false},"OLDAP-2.6":{"name":"Open LDAP Public License v2.6","osiApproved":false},"Adobe-Glyph":{"name":"Adobe Glyph List License","osiApproved":false},"wxWindows":{"name":"wxWindows Library License","osiApproved":true},"any-OSI":{"name":"Any OSI License","osiApproved":false},"OPL-1.0":{"name":"Open Public License v1.0","osiApproved":false},"GPL-1.0-only":{"name":"GNU General Public License v1.0 only","osiApproved":false},"Aspell-RU":{"name":"Aspell Russian License","osiApproved":false},"FTL":{"name":"Freetype Project License","osiApproved":false},"BitTorrent-1.1":{"name":"BitTorrent Open Source License v1.1","osiApproved":false},"LGPL-2.0":{"name":"GNU Library General Public License v2 only","osiApproved":true},"OSL-3.0":{"name":"Open Software License 3.0","osiApproved":true},"Buddy":{"name":"Buddy License","osiApproved":false},"CPAL-1.0":{"name":"Common Public Attribution License 1.0","osiApproved":true},"APSL-2.0":{"name":"Apple Public Source License 2.0","osiApproved":true},"CC-BY-SA-3.0-IGO":{"name":"Creative Commons Attribution-ShareAlike 3.0 IGO","osiApproved":false},"MIT-CMU":{"name":"CMU License","osiApproved":false},"Minpack":{"name":"Minpack License","osiApproved":false},"Unicode-DFS-2015":{"name":"Unicode License Agreement - Data Files and Software (2015)","osiApproved":false},"Linux-man-pages-copyleft":{"name":"Linux man-pages Copyleft","osiApproved":false},"CAL-1.0-Combined-Work-Exception":{"name":"Cryptographic Autonomy License 1.0 (Combined Work Exception)","osiApproved":true},"Xnet":{"name":"X.Net License","osiApproved":true},"OSC-1.0":{"name":"OSC License 1.0","osiApproved":true},"Cube":{"name":"Cube License","osiApproved":false},"LPPL-1.1":{"name":"LaTeX Project Public License v1.1","osiApproved":false},"NLOD-2.0":{"name":"Norwegian Licence for Open Government Data (NLOD) 2.0","osiApproved":false},"Knuth-CTAN":{"name":"Knuth CTAN License","osiApproved":false},"FreeBSD-DOC":{"name":"FreeBSD Documentation License","osiApproved":false},"TORQUE-1.1":{"name":"TORQUE v2.5+ Software License v1.1","osiApproved":false},"HPND-Markus-Kuhn":{"name":"Historical Permission Notice and Disclaimer - Markus Kuhn variant","osiApproved":false},"Adobe-2006":{"name":"Adobe Systems Incorporated Source Code License Agreement","osiApproved":false},"MTLL":{"name":"Matrix Template Library License","osiApproved":false},"ANTLR-PD":{"name":"ANTLR Software Rights Notice","osiApproved":false},"Wsuipa":{"name":"Wsuipa License","osiApproved":false},"Artistic-1.0":{"name":"Artistic License 1.0","osiApproved":true},"COIL-1.0":{"name":"Copyfree Open Innovation License","osiApproved":false},"OML":{"name":"Open Market License","osiApproved":false},"AGPL-3.0-or-later":{"name":"GNU Affero General Public License v3.0 or later","osiApproved":true},"GFDL-1.1-invariants-or-later":{"name":"GNU Free Documentation License v1.1 or later - invariants","osiApproved":false},"SSLeay-standalone":{"name":"SSLeay License - standalone","osiApproved":false},"C-UDA-1.0":{"name":"Computational Use of Data Agreement v1.0","osiApproved":false},"HP-1989":{"name":"Hewlett-Packard 1989 License","osiApproved":false},"Cornell-Lossless-JPEG":{"name":"Cornell Lossless JPEG License","osiApproved":false},"GFDL-1.3-no-invariants-or-later":{"name":"GNU Free Documentation License v1.3 or later - no invariants","osiApproved":false},"CC-BY-1.0":{"name":"Creative Commons Attribution 1.0 Generic","osiApproved":false},"MMPL-1.0.1":{"name":"Minecraft Mod Public License v1.0.1","osiApproved":false},"SNIA":{"name":"SNIA Public License 1.1","osiApproved":false},"OpenPBS-2.3":{"name":"OpenPBS v2.3 Software License","osiApproved":false},"NCGL-UK-2.0":{"name":"Non-Commercial Government Licence","osiApproved":false},"Mackerras-3-Clause-acknowledgment":{"name":"Mackerras 3-Clause - acknowledgment variant","osiApproved":false},"NTP-0":{"name":"NTP No Attribution","osiApproved":false},"NICTA-1.0":{"name":"NICTA Public Software License, Version 1.0","osiApproved":false},"Frameworx-1.0":{"name":"Frameworx Open License 1.0","osiApproved":true},"CNRI-Jython":{"name":"CNRI Jython License","osiApproved":false},"Community-Spec-1.0":{"name":"Community Specification License 1.0","osiApproved":false},"BSD-3-Clause-No-Nuclear-License":{"name":"BSD 3-Clause No Nuclear License","osiApproved":false},"libutil-David-Nugent":{"name":"libutil David Nugent License","osiApproved":false},"CC-BY-NC-ND-3.0-IGO":{"name":"Creative Commons Attribution Non Commercial No Derivatives 3.0 IGO","osiApproved":false},"any-OSI-perl-modules":{"name":"Any OSI License - Perl Modules","osiApproved":false},"MIT-advertising":{"name":"Enlightenment License (e16)","osiApproved":false},"HPND-export-US-modify":{"name":"HPND with US Government export control warning and modification rqmt","osiApproved":false},"Xfig":{"name":"Xfig License","osiApproved":false},"zlib-acknowledgement":{"name":"zlib/libpng License with Acknowledgement","osiApproved":false},"ISC-Veillard":{"name":"ISC Veillard variant","osiApproved":false},"YPL-1.1":{"name":"Yahoo! Public License v1.1","osiApproved":false},"BSD-3-Clause-Modification":{"name":"BSD 3-Clause Modification","osiApproved":false},"Artistic-1.0-Perl":{"name":"Artistic License 1.0 (Perl)","osiApproved":true},"GPL-3.0-only":{"name":"GNU General Public License v3.0 only","osiApproved":true},"TU-Berlin-1.0":{"name":"Technische Universitaet Berlin License 1.0","osiApproved":false},"GPL-1.0+":{"name":"GNU General Public License v1.0 or later","osiApproved":false},"OPUBL-1.0":{"name":"Open Publication License v1.0","osiApproved":false},"App-s2p":{"name":"App::s2p License","osiApproved":false},"checkmk":{"name":"Checkmk License","osiApproved":false},"CC-BY-3.0-AU":{"name":"Creative Commons Attribution 3.0 Australia","osiApproved":false},"CC-BY-NC-4.0":{"name":"Creative Commons Attribution Non Commercial 4.0 International","osiApproved":false},"Intel":{"name":"Intel Open Source License","osiApproved":true},"OFL-1.0-RFN":{"name":"SIL Open Font License 1.0 with Reserved Font Name","osiApproved":false},"MPL-2.0":{"name":"Mozilla Public License 2.0","osiApproved":true},"NGPL":{"name":"Nethack General Public License","osiApproved":true},"0BSD":{"name":"BSD Zero Clause License","osiApproved":true},"OSET-PL-2.1":{"name":"OSET Public License version 2.1","osiApproved":true},"FBM":{"name":"Fuzzy Bitmap License","osiApproved":false},"UnixCrypt":{"name":"UnixCrypt License","osiApproved":false},"LGPL-3.0":{"name":"GNU Lesser General Public License v3.0 only","osiApproved":true},"MPL-1.0":{"name":"Mozilla Public License 1.0","osiApproved":true},"Giftware":{"name":"Giftware License","osiApproved":false},"Beerware":{"name":"Beerware License","osiApproved":false},"Caldera-no-preamble":{"name":"Caldera License (without preamble)","osiApproved":false},"BSD-2-Clause":{"name":"BSD 2-Clause \\"Simplified\\" License","osiApproved":true},"TTWL":{"name":"Text-Tabs+Wrap License","osiApproved":false},"FSL-1.1-ALv2":{"name":"Functional Source License, Version 1.1, ALv2 Future License","osiApproved":false},"GFDL-1.1-or-later":{"name":"GNU Free Documentation License v1.1 or later","osiApproved":false},"ESA-PL-permissive-2.4":{"name":"European Space Agency Public License \u2013 v2.4 \u2013 Permissive (Type 3)","osiApproved":false},"OSL-1.1":{"name":"Open Software License 1.1","osiApproved":false},"OCCT-PL":{"name":"Open CASCADE Technology Public License","osiApproved":false},"Interbase-1.0":{"name":"Interbase Public License v1.0","osiApproved":false},"AMD-newlib":{"name":"AMD newlib License","osiApproved":false},"QPL-1.0":{"name":"Q Public License 1.0","osiApproved":true},"libpng-1.6.35":{"name":"PNG Reference Library License v1 (for libpng 0.5 through 1.6.35)","osiApproved":false},"MITNFA":{"name":"MIT +no-false-attribs license","osiApproved":false},"OpenSSL-standalone":{"name":"OpenSSL License - standalone","osiApproved":false},"MIT-Click":{"name":"MIT Click License","osiApproved":false},"BSD-Systemics-W3Works":{"name":"Systemics W3Works BSD variant license","osiApproved":false},"NIST-PD":{"name":"NIST Public Domain Notice","osiApproved":false},"NLPL":{"name":"No Limit Public License","osiApproved":false},"BSD-Systemics":{"name":"Systemics BSD variant license","osiApproved":false},"HPND-sell-variant-MIT-disclaimer-rev":{"name":"HPND sell variant with MIT disclaimer - reverse","osiApproved":false},"CERN-OHL-1.2":{"name":"CERN Open Hardware Licence v1.2","osiApproved":false},"GFDL-1.2-invariants-or-later":{"name":"GNU Free Documentation License v1.2 or later - invariants","osiApproved":false},"SGI-B-2.0":{"name":"SGI Free Software License B v2.0","osiApproved":false},"Martin-Birgmeier":{"name":"Martin Birgmeier License","osiApproved":false},"LGPL-2.0+":{"name":"GNU Library General Public License v2 or later","osiApproved":true},"WTFPL":{"name":"Do What The F*ck You Want To Public License","osiApproved":false},"Zimbra-1.3":{"name":"Zimbra Public License v1.3","osiApproved":false},"CC-BY-SA-3.0":{"name":"Creative Commons Attribution Share Alike 3.0 Unported","osiApproved":false},"X11":{"name":"X11 License","osiApproved":false},"BSD-3-Clause-No-Nuclear-License-2014":{"name":"BSD 3-Clause No Nuclear License 2014","osiApproved":false},"AFL-2.1":{"name":"Academic Free License v2.1","osiApproved":true},"CrystalStacker":{"name":"CrystalStacker License","osiApproved":false},"LZMA-SDK-9.22":{"name":"LZMA SDK License (versions 9.22 and beyond)","osiApproved":false},"diffmark":{"name":"diffmark license","osiApproved":false},"softSurfer":{"name":"softSurfer License","osiApproved":false},"hyphen-bulgarian":{"name":"hyphen-bulgarian License","osiApproved":false},"HPND-Intel":{"name":"Historical Permission Notice and Disclaimer - Intel variant","osiApproved":false},"Newsletr":{"name":"Newsletr License","osiApproved":false},"copyleft-next-0.3.0":{"name":"copyleft-next 0.3.0","osiApproved":false},"iMatix":{"name":"iMatix Standard Function Library Agreement","osiApproved":false},"LPPL-1.3a":{"name":"LaTeX Project Public License v1.3a","osiApproved":false},"LAL-1.3":{"name":"Licence Art Libre 1.3","osiApproved":false},"OLDAP-2.1":{"name":"Open LDAP Public License v2.1","osiApproved":false},"Symlinks":{"name":"Symlinks License","osiApproved":false},"OFL-1.1":{"name":"SIL Open Font License 1.1","osiApproved":true},"CC-BY-NC-ND-2.5":{"name":"Creative Commons Attribution Non Commercial No Derivatives 2.5 Generic","osiApproved":false},"Brian-Gladman-3-Clause":{"name":"Brian Gladman 3-Clause License","osiApproved":false},"Artistic-1.0-cl8":{"name":"Artistic License 1.0 w/clause 8","osiApproved":true},"AFL-3.0":{"name":"Academic Free License v3.0","osiApproved":true},"MPL-1.1":{"name":"Mozilla Public License 1.1","osiApproved":true},"HPND-SMC":{"name":"Historical Permission Notice and Disclaimer - SMC variant","osiApproved":false},"ISC":{"name":"ISC License","osiApproved":true},"LGPL-2.1-only":{"name":"GNU Lesser General Public License v2.1 only","osiApproved":true},"Zimbra-1.4":{"name":"Zimbra Public License v1.4","osiApproved":false},"dtoa":{"name":"David M. Gay dtoa License","osiApproved":false},"ODC-By-1.0":{"name":"Open Data Commons Attribution License v1.0","osiApproved":false},"GFDL-1.1":{"name":"GNU Free Documentation License v1.1","osiApproved":false},"CC-BY-ND-4.0":{"name":"Creative Commons Attribution No Derivatives 4.0 International","osiApproved":false},"W3C":{"name":"W3C Software Notice and License (2002-12-31)","osiApproved":true},"BSD-3-Clause-Open-MPI":{"name":"BSD 3-Clause Open MPI variant","osiApproved":true},"PSF-2.0":{"name":"Python Software Foundation License 2.0","osiApproved":false},"GPL-2.0-or-later":{"name":"GNU General Public License v2.0 or later","osiApproved":true},"CC-BY-NC-3.0-DE":{"name":"Creative Commons Attribution Non Commercial 3.0 Germany","osiApproved":false},"ESA-PL-strong-copyleft-2.4":{"name":"European Space Agency Public License (ESA-PL) - V2.4 - Strong Copyleft (Type 1)","osiApproved":false},"bcrypt-Solar-Designer":{"name":"bcrypt Solar Designer License","osiApproved":false},"AFL-1.2":{"name":"Academic Free License v1.2","osiApproved":true},"AFL-2.0":{"name":"Academic Free License v2.0","osiApproved":true},"BSD-4.3TAHOE":{"name":"BSD 4.3 TAHOE License","osiApproved":false},"LOOP":{"name":"Common Lisp LOOP License","osiApproved":false},"GFDL-1.3":{"name":"GNU Free Documentation License v1.3","osiApproved":false},"SGI-OpenGL":{"name":"SGI OpenGL License","osiApproved":false},"Unicode-DFS-2016":{"name":"Unicode License Agreement - Data Files and Software (2016)","osiApproved":true},"ClArtistic":{"name":"Clarified Artistic License","osiApproved":false},"PolyForm-Small-Business-1.0.0":{"name":"PolyForm Small Business License 1.0.0","osiApproved":false},"PHP-3.0":{"name":"PHP License v3.0","osiApproved":true},"HPND-export-US-acknowledgement":{"name":"HPND with US Government export control warning and acknowledgment","osiApproved":false},"SISSL-1.2":{"name":"Sun Industry Standards Source License v1.2","osiApproved":false},"CC-BY-NC-ND-1.0":{"name":"Creative Commons Attribution Non Commercial No Derivatives 1.0 Generic","osiApproved":false},"IPA":{"name":"IPA Font License","osiApproved":true},"DSDP":{"name":"DSDP License","osiApproved":false},"LiLiQ-Rplus-1.1":{"name":"Licence Libre du Qu\xE9bec \u2013 R\xE9ciprocit\xE9 forte version 1.1","osiApproved":true},"Advanced-Cryptics-Dictionary":{"name":"Advanced Cryptics Dictionary License","osiApproved":false},"Ferguson-Twofish":{"name":"Ferguson Twofish License","osiApproved":false},"W3C-20150513":{"name":"W3C Software Notice and Document License (2015-05-13)","osiApproved":true},"NCL":{"name":"NCL Source Code License","osiApproved":false},"BlueOak-1.0.0":{"name":"Blue Oak Model License 1.0.0","osiApproved":true},"SMPPL":{"name":"Secure Messaging Protocol Public License","osiApproved":false},"gSOAP-1.3b":{"name":"gSOAP Public License v1.3b","osiApproved":false},"Vixie-Cron":{"name":"Vixie Cron License","osiApproved":false},"ZPL-2.0":{"name":"Zope Public License 2.0","osiApproved":true},"EPL-2.0":{"name":"Eclipse Public License 2.0","osiApproved":true},"MPL-2.0-no-copyleft-exception":{"name":"Mozilla Public License 2.0 (no copyleft exception)","osiApproved":true},"Brian-Gladman-2-Clause":{"name":"Brian Gladman 2-Clause License","osiApproved":false},"Soundex":{"name":"Soundex License","osiApproved":false},"BSD-2-Clause-first-lines":{"name":"BSD 2-Clause - first lines requirement","osiApproved":false},"Bahyph":{"name":"Bahyph License","osiApproved":false},"GPL-1.0-or-later":{"name":"GNU General Public License v1.0 or later","osiApproved":false},"SSPL-1.0":{"name":"Server Side Public License, v 1","osiApproved":false},"CC-BY-NC-ND-3.0-DE":{"name":"Creative Commons Attribution Non Commercial No Derivatives 3.0 Germany","osiApproved":false},"HPND-Fenneberg-Livingston":{"name":"Historical Permission Notice and Disclaimer - Fenneberg-Livingston variant","osiApproved":false},"HPND-UC-export-US":{"name":"Historical Permission Notice and Disclaimer - University of California, US export warning","osiApproved":false},"TPL-1.0":{"name":"THOR Public License 1.0","osiApproved":false},"LPL-1.02":{"name":"Lucent Public License v1.02","osiApproved":true},"Xerox":{"name":"Xerox License","osiApproved":false},"BSD-Attribution-HPND-disclaimer":{"name":"BSD with Attribution and HPND disclaimer","osiApproved":false},"CC-BY-3.0-AT":{"name":"Creative Commons Attribution 3.0 Austria","osiApproved":false},"Zend-2.0":{"name":"Zend License v2.0","osiApproved":false},"BSD-2-Clause-FreeBSD":{"name":"BSD 2-Clause FreeBSD License","osiApproved":false},"RSA-MD":{"name":"RSA Message-Digest License","osiApproved":false},"TCP-wrappers":{"name":"TCP Wrappers License","osiApproved":false},"Lucida-Bitmap-Fonts":{"name":"Lucida Bitmap Fonts License","osiApproved":false},"LPPL-1.2":{"name":"LaTeX Project Public License v1.2","osiApproved":false},"HPND-sell-variant-MIT-disclaimer":{"name":"HPND sell variant with MIT disclaimer","osiApproved":false},"Barr":{"name":"Barr License","osiApproved":false},"CERN-OHL-W-2.0":{"name":"CERN Open Hardware Licence Version 2 - Weakly Reciprocal","osiApproved":true},"CC-BY-NC-SA-2.0":{"name":"Creative Commons Attribution Non Commercial Share Alike 2.0 Generic","osiApproved":false},"SGI-B-1.0":{"name":"SGI Free Software License B v1.0","osiApproved":false},"Multics":{"name":"Multics License","osiApproved":true},"TekHVC":{"name":"TekHVC License","osiApproved":false},"GD":{"name":"GD License","osiApproved":false},"NCBI-PD":{"name":"NCBI Public Domain Notice","osiApproved":false},"CC-BY-NC-ND-4.0":{"name":"Creative Commons Attribution Non Commercial No Derivatives 4.0 International","osiApproved":false},"Sendmail-8.23":{"name":"Sendmail License 8.23","osiApproved":false},"dvipdfm":{"name":"dvipdfm License","osiApproved":false},"GPL-3.0-with-GCC-exception":{"name":"GNU General Public License v3.0 w/GCC Runtime Library exception","osiApproved":true},"MIT-open-group":{"name":"MIT Open Group variant","osiApproved":false},"LGPL-3.0+":{"name":"GNU Lesser General Public License v3.0 or later","osiApproved":true},"GFDL-1.1-no-invariants-only":{"name":"GNU Free Documentation License v1.1 only - no invariants","osiApproved":false},"CC-BY-SA-1.0":{"name":"Creative Commons Attribution Share Alike 1.0 Generic","osiApproved":false},"OLDAP-1.1":{"name":"Open LDAP Public License v1.1","osiApproved":false},"Afmparse":{"name":"Afmparse License","osiApproved":false},"HaskellReport":{"name":"Haskell Language Report License","osiApproved":false},"DOC":{"name":"DOC License","osiApproved":false},"LGPL-3.0-or-later":{"name":"GNU Lesser General Public License v3.0 or later","osiApproved":true},"Baekmuk":{"name":"Baekmuk License","osiApproved":false},"EUDatagrid":{"name":"EU DataGrid Software License","osiApproved":true},"Condor-1.1":{"name":"Condor Public License v1.1","osiApproved":false},"CDLA-Sharing-1.0":{"name":"Community Data License Agreement Sharing 1.0","osiApproved":false},"WTFNMFPL":{"name":"Do What The F*ck You Want To But It's Not My Fault Public License","osiApproved":false},"X11-swapped":{"name":"X11 swapped final paragraphs","osiApproved":false},"CC-BY-ND-3.0-DE":{"name":"Creative Commons Attribution No Derivatives 3.0 Germany","osiApproved":false},"RSCPL":{"name":"Ricoh Source Code Public License","osiApproved":true},"DocBook-XML":{"name":"DocBook XML License","osiApproved":false},"GLWTPL":{"name":"Good Luck With That Public License","osiApproved":false},"CC-PDDC":{"name":"Creative Commons Public Domain Dedication and Certification","osiApproved":false},"BSD-3-Clause-Attribution":{"name":"BSD with attribution","osiApproved":false},"Sleepycat":{"name":"Sleepycat License","osiApproved":true},"DRL-1.0":{"name":"Detection Rule License 1.0","osiApproved":false},"JPNIC":{"name":"Japan Network Information Center License","osiApproved":false},"BSD-3-Clause-Clear":{"name":"BSD 3-Clause Clear License","osiApproved":false},"Boehm-GC-without-fee":{"name":"Boehm-Demers-Weiser GC License (without fee)","osiApproved":false},"APSL-1.2":{"name":"Apple Public Source License 1.2","osiApproved":true},"MPEG-SSG":{"name":"MPEG Software Simulation","osiApproved":false},"BSD-Inferno-Nettverk":{"name":"BSD-Inferno-Nettverk","osiApproved":false},"Dotseqn":{"name":"Dotseqn License","osiApproved":false},"CPL-1.0":{"name":"Common Public License 1.0","osiApproved":true},"HP-1986":{"name":"Hewlett-Packard 1986 License","osiApproved":false},"CC-BY-NC-3.0":{"name":"Creative Commons Attribution Non Commercial 3.0 Unported","osiApproved":false},"GFDL-1.1-invariants-only":{"name":"GNU Free Documentation License v1.1 only - invariants","osiApproved":false},"TPDL":{"name":"Time::ParseDate License","osiApproved":false},"APSL-1.1":{"name":"Apple Public Source License 1.1","osiApproved":true},"BSL-1.0":{"name":"Boost Software License 1.0","osiApproved":true},"xkeyboard-config-Zinoviev":{"name":"xkeyboard-config Zinoviev License","osiApproved":false},"XSkat":{"name":"XSkat License","osiApproved":false},"PADL":{"name":"PADL License","osiApproved":false},"FDK-AAC":{"name":"Fraunhofer FDK AAC Codec Library","osiApproved":false},"CPOL-1.02":{"name":"Code Project Open License 1.02","osiApproved":false},"MIT-Khronos-old":{"name":"MIT Khronos - old variant","osiApproved":false},"bzip2-1.0.5":{"name":"bzip2 and libbzip2 License v1.0.5","osiApproved":false},"bzip2-1.0.6":{"name":"bzip2 and libbzip2 License v1.0.6","osiApproved":false},"CC-BY-NC-ND-3.0":{"name":"Creative Commons Attribution Non Commercial No Derivatives 3.0 Unported","osiApproved":false},"BSD-3-Clause-No-Nuclear-Warranty":{"name":"BSD 3-Clause No Nuclear Warranty","osiApproved":false},"O-UDA-1.0":{"name":"Open Use of Data Agreement v1.0","osiApproved":false},"ZPL-2.1":{"name":"Zope Public License 2.1","osiApproved":true},"Spencer-94":{"name":"Spencer License 94","osiApproved":false},"Artistic-dist":{"name":"Artistic License 1.0 (dist)","osiApproved":false},"BOLA-1.1":{"name":"Buena Onda License Agreement v1.1","osiApproved":false},"OLDAP-1.3":{"name":"Open LDAP Public License v1.3","osiApproved":false},"Zed":{"name":"Zed License","osiApproved":false},"MIT-enna":{"name":"enna License","osiApproved":false},"ASWF-Digital-Assets-1.1":{"name":"ASWF Digital Assets License 1.1","osiApproved":false},"Linux-man-pages-copyleft-2-para":{"name":"Linux man-pages Copyleft - 2 paragraphs","osiApproved":false},"RHeCos-1.1":{"name":"Red Hat eCos Public License v1.1","osiApproved":false},"radvd":{"name":"radvd License","osiApproved":false},"cve-tou":{"name":"Common Vulnerability Enumeration ToU License","osiApproved":false},"AML":{"name":"Apple MIT License","osiApproved":false},"SOFA":{"name":"SOFA Software License","osiApproved":false},"blessing":{"name":"SQLite Blessing","osiApproved":false},"EUPL-1.1":{"name":"European Union Public License 1.1","osiApproved":true},"CERN-OHL-S-2.0":{"name":"CERN Open Hardware Licence Version 2 - Strongly Reciprocal","osiApproved":true},"CC-BY-SA-2.0":{"name":"Creative Commons Attribution Share Alike 2.0 Generic","osiApproved":false},"CAPEC-tou":{"name":"Common Attack    Pattern Enumeration and Classification License","osiApproved":false},"CUA-OPL-1.0":{"name":"CUA Office Public License v1.0","osiApproved":true},"PolyForm-Noncommercial-1.0.0":{"name":"PolyForm Noncommercial License 1.0.0","osiApproved":false},"XFree86-1.1":{"name":"XFree86 License 1.1","osiApproved":false},"ParaType-Free-Font-1.3":{"name":"ParaType Free Font Licensing Agreement v1.3","osiApproved":false},"OGDL-Taiwan-1.0":{"name":"Taiwan Open Government Data License, version 1.0","osiApproved":false},"ODbL-1.0":{"name":"Open Data Commons Open Database License v1.0","osiApproved":false},"SPL-1.0":{"name":"Sun Public License v1.0","osiApproved":true},"Linux-man-pages-copyleft-var":{"name":"Linux man-pages Copyleft Variant","osiApproved":false},"Widget-Workshop":{"name":"Widget Workshop License","osiApproved":false},"Artistic-2.0":{"name":"Artistic License 2.0","osiApproved":true},"LiLiQ-R-1.1":{"name":"Licence Libre du Qu\xE9bec \u2013 R\xE9ciprocit\xE9 version 1.1","osiApproved":true},"Parity-7.0.0":{"name":"The Parity Public License 7.0.0","osiApproved":false},"xinetd":{"name":"xinetd License","osiApproved":false},"AGPL-1.0":{"name":"Affero General Public License v1.0","osiApproved":false},"NPL-1.1":{"name":"Netscape Public License v1.1","osiApproved":false},"Gutmann":{"name":"Gutmann License","osiApproved":false},"CC-BY-NC-ND-2.0":{"name":"Creative Commons Attribution Non Commercial No Derivatives 2.0 Generic","osiApproved":false},"Linux-OpenIB":{"name":"Linux Kernel Variant of OpenIB.org license","osiApproved":false},"CC-BY-4.0":{"name":"Creative Commons Attribution 4.0 International","osiApproved":false},"SGMLUG-PM":{"name":"SGMLUG Parser Materials License","osiApproved":false},"Pixar":{"name":"Pixar License","osiApproved":false},"DocBook-Stylesheet":{"name":"DocBook Stylesheet License","osiApproved":false},"IJG-short":{"name":"Independent JPEG Group License - short","osiApproved":false},"AMDPLPA":{"name":"AMD's plpa_map.c License","osiApproved":false},"CERN-OHL-P-2.0":{"name":"CERN Open Hardware Licence Version 2 - Permissive","osiApproved":true},"GFDL-1.3-no-invariants-only":{"name":"GNU Free Documentation License v1.3 only - no invariants","osiApproved":false},"SCEA":{"name":"SCEA Shared Source License","osiApproved":false},"OGTSL":{"name":"Open Group Test Suite License","osiApproved":true},"BSD-3-Clause-Tso":{"name":"BSD 3-Clause Tso variant","osiApproved":false},"MIT-testregex":{"name":"MIT testregex Variant","osiApproved":false},"SL":{"name":"SL License","osiApproved":false},"GFDL-1.1-no-invariants-or-later":{"name":"GNU Free Documentation License v1.1 or later - no invariants","osiApproved":false},"HPND-Pbmplus":{"name":"Historical Permission Notice and Disclaimer - Pbmplus variant","osiApproved":false},"Imlib2":{"name":"Imlib2 License","osiApproved":false},"UCAR":{"name":"UCAR License","osiApproved":false},"Naumen":{"name":"Naumen Public License","osiApproved":true},"Unicode-TOU":{"name":"Unicode Terms of Use","osiApproved":false},"lsof":{"name":"lsof License","osiApproved":false},"AGPL-1.0-only":{"name":"Affero General Public License v1.0 only","osiApproved":false},"TrustedQSL":{"name":"TrustedQSL License","osiApproved":false},"CDDL-1.1":{"name":"Common Development and Distribution License 1.1","osiApproved":false},"OLDAP-2.2":{"name":"Open LDAP Public License v2.2","osiApproved":false},"Zlib":{"name":"zlib License","osiApproved":true},"JasPer-2.0":{"name":"JasPer License","osiApproved":false},"GPL-3.0-with-autoconf-exception":{"name":"GNU General Public License v3.0 w/Autoconf exception","osiApproved":false},"NLOD-1.0":{"name":"Norwegian Licence for Open Government Data (NLOD) 1.0","osiApproved":false},"HPND-sell-regexpr":{"name":"Historical Permission Notice and Disclaimer - sell regexpr variant","osiApproved":false},"PPL":{"name":"Peer Production License","osiApproved":false},"SGI-B-1.1":{"name":"SGI Free Software License B v1.1","osiApproved":false},"GFDL-1.2-or-later":{"name":"GNU Free Documentation License v1.2 or later","osiApproved":false},"Graphics-Gems":{"name":"Graphics Gems License","osiApproved":false},"OSL-1.0":{"name":"Open Software License 1.0","osiApproved":true},"Sendmail":{"name":"Sendmail License","osiApproved":false},"Kastrup":{"name":"Kastrup License","osiApproved":false},"OSL-2.0":{"name":"Open Software License 2.0","osiApproved":true},"StandardML-NJ":{"name":"Standard ML of New Jersey License","osiApproved":false},"Ruby-pty":{"name":"Ruby pty extension license","osiApproved":false},"LPPL-1.3c":{"name":"LaTeX Project Public License v1.3c","osiApproved":true},"Bitstream-Vera":{"name":"Bitstream Vera Font License","osiApproved":false},"CC-SA-1.0":{"name":"Creative Commons Share Alike 1.0 Generic","osiApproved":false},"NetCDF":{"name":"NetCDF license","osiApproved":false},"Apache-1.0":{"name":"Apache License 1.0","osiApproved":false},"Watcom-1.0":{"name":"Sybase Open Watcom Public License 1.0","osiApproved":true},"HPND-sell-variant-critical-systems":{"name":"HPND - sell variant with safety critical systems clause","osiApproved":false},"threeparttable":{"name":"threeparttable License","osiApproved":false},"AGPL-3.0-only":{"name":"GNU Affero General Public License v3.0 only","osiApproved":true},"eGenix":{"name":"eGenix.com Public License 1.1.0","osiApproved":false},"OpenMDW-1.0":{"name":"OpenMDW License Agreement v1.0","osiApproved":false},"Furuseth":{"name":"Furuseth License","osiApproved":false},"OLDAP-2.0":{"name":"Open LDAP Public License v2.0 (or possibly 2.0A and 2.0B)","osiApproved":false},"ErlPL-1.1":{"name":"Erlang Public License v1.1","osiApproved":false},"CFITSIO":{"name":"CFITSIO License","osiApproved":false},"APSL-1.0":{"name":"Apple Public Source License 1.0","osiApproved":true},"OLDAP-2.3":{"name":"Open LDAP Public License v2.3","osiApproved":false},"NAIST-2003":{"name":"Nara Institute of Science and Technology License (2003)","osiApproved":false},"CC-BY-2.0":{"name":"Creative Commons Attribution 2.0 Generic","osiApproved":false},"Nunit":{"name":"Nunit License","osiApproved":false},"HPND-UC":{"name":"Historical Permission Notice and Disclaimer - University of California variant","osiApproved":false},"Aladdin":{"name":"Aladdin Free Public License","osiApproved":false},"CC-BY-NC-1.0":{"name":"Creative Commons Attribution Non Commercial 1.0 Generic","osiApproved":false},"DocBook-Schema":{"name":"DocBook Schema License","osiApproved":false},"PDDL-1.0":{"name":"Open Data Commons Public Domain Dedication & License 1.0","osiApproved":false},"CryptoSwift":{"name":"CryptoSwift License","osiApproved":false},"X11-distribute-modifications-variant":{"name":"X11 License Distribution Modification Variant","osiApproved":false},"GPL-2.0-with-autoconf-exception":{"name":"GNU General Public License v2.0 w/Autoconf exception","osiApproved":false},"BSD-2-Clause-NetBSD":{"name":"BSD 2-Clause NetBSD License","osiApproved":false},"MulanPSL-2.0":{"name":"Mulan Permissive Software License, Version 2","osiApproved":true},"CC-BY-3.0-US":{"name":"Creative Commons Attribution 3.0 United States","osiApproved":false},"HPND-export-US":{"name":"HPND with US Government export control warning","osiApproved":false},"DRL-1.1":{"name":"Detection Rule License 1.1","osiApproved":false},"GPL-1.0":{"name":"GNU General Public License v1.0 only","osiApproved":false},"CECILL-2.0":{"name":"CeCILL Free Software License Agreement v2.0","osiApproved":false},"OLDAP-2.8":{"name":"Open LDAP Public License v2.8","osiApproved":true},"HPND-merchantability-variant":{"name":"Historical Permission Notice and Disclaimer - merchantability variant","osiApproved":false},"Glide":{"name":"3dfx Glide License","osiApproved":false},"PostgreSQL":{"name":"PostgreSQL License","osiApproved":true},"BSD-1-Clause":{"name":"BSD 1-Clause License","osiApproved":true},"Sendmail-Open-Source-1.1":{"name":"Sendmail Open Source License v1.1","osiApproved":false},"Crossword":{"name":"Crossword License","osiApproved":false},"NASA-1.3":{"name":"NASA Open Source Agreement 1.3","osiApproved":true},"BSD-Source-beginning-file":{"name":"BSD Source Code Attribution - beginning of file variant","osiApproved":false},"Mup":{"name":"Mup License","osiApproved":false},"MIT-feh":{"name":"feh License","osiApproved":false},"LGPL-3.0-only":{"name":"GNU Lesser General Public License v3.0 only","osiApproved":true},"man2html":{"name":"man2html License","osiApproved":false}}`);
  }
});

// src/detect/matchers/diff.ts
function search(A, B, maxEdits, keepTrace) {
  const n = A.length;
  const m = B.length;
  const max = n + m;
  const off = max + 1;
  const steps = Math.min(max, maxEdits);
  const v = frontierFor(2 * max + 3);
  v.fill(0, off - steps - 1, off + steps + 2);
  const trace = keepTrace ? traceFor(steps) : traceBuffer;
  for (let d = 0; d <= steps; d++) {
    if (keepTrace)
      for (let j = 0, from = off - d - 1, to = d * d + 2 * d; j < 2 * d + 3; j++)
        trace[to + j] = v[from + j];
    for (let k = -d; k <= d; k += 2) {
      const left = v[off + k - 1];
      const right = v[off + k + 1];
      const rightFurther = left < right;
      let x = k === -d || k !== d && rightFurther ? right : left + 1;
      let y = x - k;
      while (x < n && y < m && A[x] === B[y]) {
        x++;
        y++;
      }
      v[off + k] = x;
      const endX = x >= n;
      const endY = y >= m;
      if (endX && endY) return d;
    }
  }
  return -1;
}
function walkBack(n, m, last) {
  const trace = traceBuffer;
  const runs = [];
  let x = n;
  let y = m;
  for (let d = last; d >= 0; d--) {
    if (d === 0) {
      if (x > 0) runs.push([0, 0, x]);
      break;
    }
    const t2 = d * d + 2 * d + d + 1;
    const k = x - y;
    const down = k === -d || k !== d && trace[t2 + k - 1] < trace[t2 + k + 1];
    const prevK = down ? k + 1 : k - 1;
    const prevX = trace[t2 + prevK];
    const prevY = prevX - prevK;
    const midX = down ? prevX : prevX + 1;
    const midY = down ? prevY + 1 : prevY;
    if (x > midX) runs.push([midX, midY, x - midX]);
    x = prevX;
    y = prevY;
  }
  return runs;
}
function diffWords(a, b, maxEdits) {
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf])
    suf++;
  const A = a.subarray(pre, a.length - suf);
  const B = b.subarray(pre, b.length - suf);
  const n = A.length;
  const m = B.length;
  if (n === 0 || m === 0) {
    const hunks2 = n + m > 0 ? [{ aStart: pre, aLen: n, bStart: pre, bLen: m }] : [];
    return n + m > maxEdits ? null : { matched: pre + suf, hunks: hunks2 };
  }
  if (bagDistance(A, B) > maxEdits) return null;
  const last = search(A, B, maxEdits, true);
  if (last < 0) return null;
  const runs = walkBack(n, m, last);
  runs.reverse();
  const hunks = [];
  let matched = pre + suf;
  let pa = 0;
  let pb = 0;
  for (const [rx, ry, len] of runs) {
    if (rx > pa || ry > pb) hunks.push({ aStart: pre + pa, aLen: rx - pa, bStart: pre + pb, bLen: ry - pb });
    matched += len;
    pa = rx + len;
    pb = ry + len;
  }
  if (pa < n || pb < m) hunks.push({ aStart: pre + pa, aLen: n - pa, bStart: pre + pb, bLen: m - pb });
  return { matched, hunks };
}
function editDistance(a, b, maxEdits) {
  if (a.length === 0 || b.length === 0) return a.length + b.length <= maxEdits ? a.length + b.length : -1;
  return search(a, b, maxEdits, false);
}
function frontierFor(size) {
  if (size > frontier.length) frontier = new Int32Array(size);
  return frontier;
}
function traceFor(steps) {
  const size = (steps + 1) * (steps + 1) + 2 * (steps + 1);
  if (size > traceBuffer.length) traceBuffer = new Int32Array(size);
  return traceBuffer;
}
function bagDistance(a, b) {
  let distance2 = 0;
  for (const w of a) {
    if (w < 0) distance2++;
    else {
      if (w >= counts.length) growCounts(w);
      counts[w]++;
    }
  }
  for (const w of b) {
    if (w < 0) continue;
    if (w >= counts.length) growCounts(w);
    counts[w]--;
  }
  for (const w of a) {
    if (w < 0) continue;
    distance2 += Math.abs(counts[w]);
    counts[w] = 0;
  }
  for (const w of b) {
    if (w < 0) continue;
    distance2 += Math.abs(counts[w]);
    counts[w] = 0;
  }
  return distance2;
}
function growCounts(w) {
  const grown = new Int32Array(2 * w + 2);
  grown.set(counts);
  counts = grown;
}
var traceBuffer, frontier, counts;
var init_diff = __esm({
  "src/detect/matchers/diff.ts"() {
    "use strict";
    traceBuffer = new Int32Array(1 << 16);
    frontier = new Int32Array(1 << 14);
    counts = new Int32Array(1 << 14);
  }
});

// src/read/decode.ts
function dropCutSequence(bytes) {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back];
    if ((b & 192) === 128) continue;
    const need = b >= 240 ? 4 : b >= 224 ? 3 : b >= 192 ? 2 : 1;
    return need > back ? bytes.subarray(0, bytes.length - back) : bytes;
  }
  return bytes;
}
function decodeText(bytes, truncated = false) {
  if (bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191) {
    return decodeUtf8OrLatin1(bytes.subarray(3), truncated);
  }
  const utf16 = bytes[0] === 255 && bytes[1] === 254 ? "utf-16le" : bytes[0] === 254 && bytes[1] === 255 ? "utf-16be" : "";
  if (utf16) {
    const body = bytes.subarray(2);
    const even = body.length % 2 === 1 ? body.subarray(0, body.length - 1) : body;
    return new TextDecoder(utf16).decode(even);
  }
  return decodeUtf8OrLatin1(bytes, truncated);
}
function decodeUtf8OrLatin1(bytes, truncated) {
  const body = truncated ? dropCutSequence(bytes) : bytes;
  try {
    return utf8.decode(body);
  } catch {
    return new TextDecoder("latin1").decode(bytes);
  }
}
var utf8;
var init_decode = __esm({
  "src/read/decode.ts"() {
    "use strict";
    utf8 = new TextDecoder("utf-8", { fatal: true });
  }
});

// src/detect/normalise.ts
function stripHtml(text) {
  const t2 = text.replace(/<!--[\s\S]*?-->/g, " ").replace(/<(script|style|head)\b[\s\S]*?<\/\1>/gi, " ").replace(/<\/?(?:p|br|div|h[1-6]|li|ul|ol|tr|table|pre|blockquote|hr|dt|dd|section)\b[^>]*>/gi, "\n").replace(/<[^>]+>/g, " ");
  return decodeEntities(t2);
}
function decodeEntities(text) {
  if (!text.includes("&")) return text;
  return text.replace(/&nbsp;/g, " ").replace(/&copy;/g, "\xA9").replace(/&(?:ldquo|rdquo|quot);/g, '"').replace(/&(?:lsquo|rsquo|apos|#39);/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))).replace(/&amp;/g, "&");
}
function stripLineMarkup(line, prev) {
  if (!MARKUP_HINT.test(line)) return line;
  let s = line;
  if (MARKUP_LEADS.includes(line.trimStart().charAt(0) || " ")) {
    s = s.replace(/^\s*(?:\/\*+|\*+\/|\/\/+|;;+|--(?=\s))\s?/, "").replace(/^\s*>+\s?/, "").replace(/^\s*#{1,6}\s+/, "").replace(/^\s*\.\.\s+\S+::.*$/, "").replace(/^\s*:\w+:.*$/, "").replace(/\*\*|__/g, "").replace(/^(\s*)[*_](?=\S)/, "$1");
  } else if (s.includes("**") || s.includes("__")) s = s.replace(/\*\*|__/g, "");
  s = dropClosingEmphasis(s);
  const itemStart = prev === void 0 || /^\s*$|[.:;)]\s*$/.test(prev);
  for (let i = 0; i < 3; i++) {
    const before = s.length;
    s = s.replace(itemStart ? LIST_MARKER : BULLET, "");
    if (s.length === before) break;
  }
  if (s.includes("[")) {
    s = s.replace(/!\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/\[([^\]]+)\]\([^)]*\)/g, "$1").replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1").replace(/^\s*\[[^\]]+\]:\s*\S+.*$/, "");
  }
  if (s.includes("\\")) s = s.replace(/\\([\\`*_{}[\]()#+\-.!>])/g, "$1");
  return s.includes("`") ? s.replace(/`+/g, " ") : s;
}
function dropClosingEmphasis(s) {
  let end = s.length;
  while (end > 0 && SPACE.test(s[end - 1])) end--;
  const mark = s[end - 1];
  return end >= 2 && (mark === "*" || mark === "_") && !SPACE.test(s[end - 2]) ? s.slice(0, end - 1) : s;
}
function cleanLines(text) {
  let t2 = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (/<(?:p|br|div|html|body|h[1-6])\b[^>]*>/i.test(t2)) t2 = stripHtml(t2);
  else t2 = decodeEntities(t2);
  t2 = t2.replace(/([a-z])-\n\s*([a-z])/g, "$1$2");
  const out = [];
  const tails = [];
  let skipping = false;
  let continuing = false;
  let prev;
  for (const raw of t2.split("\n")) {
    const before = prev;
    prev = raw;
    if (skipping) {
      if (SEPARATOR.test(raw)) skipping = false;
      else {
        const tail = tails[tails.length - 1];
        const cleaned = stripLineMarkup(raw, before);
        tail.lines.push(out.length);
        tail.text.push(cleaned);
      }
      out.push("");
      continue;
    }
    const line = stripLineMarkup(raw, before);
    if (RAW_COPYRIGHT.test(raw)) {
      out.push("");
      continuing = true;
      continue;
    }
    if (continuing && CONTINUATION.test(line)) {
      continuing = false;
      out.push("");
      continue;
    }
    continuing = false;
    if (!LINE_TEST_LEADS.includes(line.trimStart().charAt(0) || " ")) {
      out.push(line);
      continue;
    }
    if (OPTIONAL_TAIL.test(line)) {
      skipping = true;
      tails.push({ lines: [out.length], text: [line] });
      out.push("");
      continue;
    }
    if (SEPARATOR.test(line) || COPYRIGHT_LINE.test(line)) {
      continuing = COPYRIGHT_LINE.test(line) && !/[.:]\s*$/.test(line);
      out.push("");
      continue;
    }
    out.push(line);
  }
  if (!RIGHTS_HINT.test(out.join("\n"))) return { lines: out, tails };
  return { lines: out.map((line) => line.replace(RIGHTS_RESERVED, " ")), tails };
}
function foldLine(line) {
  let s = (NON_ASCII.test(line) ? line.normalize("NFKC") : line).toLowerCase();
  if (FOLDED_PUNCTUATION.test(s)) {
    s = s.replace(/[\u2018\u2019\u201b\u2032`]/g, "'").replace(/[\u201c\u201d\u201e\u2033]/g, '"').replace(/[\u2010-\u2015\u2212]/g, "-");
  }
  if (s.includes("&")) s = s.replace(/&/g, " and ");
  if (s.includes("://")) s = s.replace(/\b(?:https?|ftp):\/\/(?:www\.)?/g, " ");
  if (s.includes("www.")) s = s.replace(/\bwww\./g, "");
  return s.includes("'s") ? s.replace(/'s\b/g, "s") : s;
}
function normalise(text) {
  const { lines, tails: rawTails } = cleanLines(text);
  const tails = rawTails.map((t2) => {
    const lineWords = t2.text.map(wordsOf);
    return { words: lineWords.flat(), lines: t2.lines, text: t2.text, lineWords };
  });
  const folded = foldLine(lines.join("\n"));
  const words = [];
  const lineOf = [];
  let hinted = 0;
  let prevJoinable = false;
  const known = /* @__PURE__ */ new Map();
  const distinct = [];
  const slot = [];
  const tokens = folded.match(NON_ASCII.test(folded) ? WORD_OR_BREAK : ASCII_WORD_OR_BREAK) ?? [];
  let li = 0;
  let lineStart = 0;
  for (let t2 = 0; t2 < tokens.length; t2++) {
    const w = tokens[t2];
    if (w === "\n") {
      li++;
      lineStart = folded.indexOf("\n", lineStart) + 1;
      continue;
    }
    let info = known.get(w);
    if (info === void 0) {
      const facts = WORD_FACTS.get(w);
      const word2 = facts?.word ?? w;
      info = { word: word2, joinable: facts?.joinable ?? false, hint: facts?.hint ?? 0, slot: distinct.length };
      distinct.push(word2);
      known.set(w, info);
    }
    const word = info.word;
    if (prevJoinable && lineOf[lineOf.length - 1] === li && folded.slice(lineStart, endOfLine(folded, lineStart)).includes(`${words[words.length - 1]}-`)) {
      const joined = words[words.length - 1] + word;
      words[words.length - 1] = joined;
      slot[slot.length - 1] = distinct.push(joined) - 1;
      hinted |= OPTIONAL_HINTS.get(joined) ?? 0;
      prevJoinable = JOINABLE_PREFIXES.has(joined);
      continue;
    }
    words.push(word);
    lineOf.push(li);
    slot.push(info.slot);
    hinted |= info.hint;
    prevJoinable = info.joinable;
  }
  const n = { words, lineOf, lines, tails, slots: { distinct, slot } };
  return hinted !== 0 ? dropOptional(n, hinted) : n;
}
function wordsOf(text) {
  const folded = foldLine(text);
  return (folded.match(NON_ASCII.test(folded) ? WORD : ASCII_WORD) ?? []).map((w) => SPELLINGS.get(w) ?? w);
}
function endOfLine(text, from) {
  const end = text.indexOf("\n", from);
  return end < 0 ? text.length : end;
}
function dropOptional(n, hints) {
  const joined = n.words.join(" ");
  const drop = [];
  for (const { hint, re } of OPTIONAL_PHRASES) {
    if ((hints & OPTIONAL_HINTS.get(hint)) === 0) continue;
    for (const m of joined.matchAll(re)) drop.push([m.index, m.index + m[0].length]);
  }
  if (drop.length === 0) return n;
  const words = [];
  const lineOf = [];
  const slot = [];
  let offset = 0;
  for (let i = 0; i < n.words.length; i++) {
    const w = n.words[i];
    if (!drop.some(([a, b]) => offset >= a && offset < b)) {
      words.push(w);
      lineOf.push(n.lineOf[i]);
      if (n.slots) slot.push(n.slots.slot[i]);
    }
    offset += w.length + 1;
  }
  return {
    words,
    lineOf,
    lines: n.lines,
    tails: n.tails,
    ...n.slots ? { slots: { distinct: n.slots.distinct, slot } } : {}
  };
}
var SPELLINGS, JOINABLE_PREFIXES, COPYRIGHT_LINE, RIGHTS_RESERVED, OPTIONAL_TAIL, OPTIONAL_PHRASES, OPTIONAL_TAIL_ANYWHERE, SEPARATOR, BULLET, LIST_MARKER, MARKUP_HINT, MARKUP_LEADS, SPACE, LINE_TEST_LEADS, RIGHTS_HINT, RAW_COPYRIGHT, CONTINUATION, CJK, WORD, HAS_CJK, ASCII_WORD, WORD_OR_BREAK, ASCII_WORD_OR_BREAK, NON_ASCII, FOLDED_PUNCTUATION, OPTIONAL_HINTS, WORD_FACTS;
var init_normalise = __esm({
  "src/detect/normalise.ts"() {
    "use strict";
    init_decode();
    SPELLINGS = new Map(
      Object.entries({
        licence: "license",
        licences: "licenses",
        licenced: "licensed",
        licencing: "licensing",
        licensor: "licensor",
        acknowledgement: "acknowledgment",
        acknowledgements: "acknowledgments",
        analogue: "analog",
        analyse: "analyze",
        artefact: "artifact",
        artefacts: "artifacts",
        authorisation: "authorization",
        authorised: "authorized",
        calibre: "caliber",
        cancelled: "canceled",
        catalogue: "catalog",
        categorise: "categorize",
        centre: "center",
        favour: "favor",
        fulfil: "fulfill",
        fulfilment: "fulfillment",
        initialise: "initialize",
        judgement: "judgment",
        labelling: "labeling",
        labour: "labor",
        maximise: "maximize",
        modelled: "modeled",
        modelling: "modeling",
        offence: "offense",
        optimise: "optimize",
        organisation: "organization",
        organise: "organize",
        practise: "practice",
        programme: "program",
        realise: "realize",
        recognise: "recognize",
        signalling: "signaling",
        utilisation: "utilization",
        whilst: "while",
        wilful: "willful",
        owner: "holder",
        owners: "holders"
      })
    );
    JOINABLE_PREFIXES = /* @__PURE__ */ new Set(["non", "sub", "co", "re", "pre", "multi"]);
    COPYRIGHT_LINE = /^\s*(?:copyright\s*(?:\(c\)|©|\d|\[|<|{|by\b|notice:|holders?:|\s*$)|\(c\)\s*\d|©|all rights reserved)/i;
    RIGHTS_RESERVED = /\ball rights reserved\.?/gi;
    OPTIONAL_TAIL = new RegExp(
      `^\\s*(?:${[
        "appendix:? how to apply the apache license",
        "how to apply these terms to your new (?:programs?|librar(?:y|ies))",
        "(?:addendum:? )?how to use this license for your documents",
        // The notice closing Creative Commons 1.0-3.0 legalcode ("Creative Commons is not a party to this
        // License ... may be contacted at creativecommons.org"), which says it is no part of the licence,
        // in English and in the ported versions' languages; with or without its "Creative Commons Notice"
        // heading (only a heading line, so that a sentence about "Creative Commons notices" is not one).
        "creative commons notice\\s*:?\\s*$",
        "creative commons is not a party to this licen[cs]e",
        "creative commons ist nicht partei dieser lizenz",
        "creative commons is geen partij bij deze licentie",
        "creative commons n[\u2019']est pas partie \xE0 ce contrat"
      ].join("|").replace(/ /g, "\\s+")})`,
      "i"
    );
    OPTIONAL_PHRASES = [
      {
        hint: "firm",
        re: /creative commons corporation is not a law firm and does not provide legal services distribution of this document (?:\S+ ){0,50}?works provided hereunder(?: and disclaims liability for damages resulting from the use of this document or the information or works provided hereunder)?/g
      },
      {
        hint: "cc0",
        re: /the text of the creative commons public licenses is dedicated to the public domain under the cc0 public domain dedication/g
      },
      { hint: "contacted", re: /creative commons may be contacted at creativecommons\.org/g },
      {
        hint: "please",
        re: /for more information please (?:refer to unlicense\.org|see creativecommons\.org publicdomain zero 1\.0)/g
      },
      // The banner over Creative Commons 1.0-3.0 legalcode, in English and in the ported versions'
      // languages (German, Dutch, French): a notice about Creative Commons, not a term of the licence.
      {
        hint: "firm",
        re: /creative commons corporation is not a law firm and does not provide legal services distribution of this (?:draft )?license does not create an attorney client relationship creative commons provides this information on an as is basis creative commons makes no warranties regarding the information provided and disclaims liability for damages resulting from its use/g
      },
      {
        hint: "rechtsanwaltskanzlei",
        re: /creative commons ist keine rechtsanwaltskanzlei und leistet keine rechtsberatung (?:\S+ ){0,40}?die sich aus deren gebrauch ergeben/g
      },
      {
        hint: "advocatenpraktijk",
        re: /creative commons corporation is geen advocatenpraktijk (?:\S+ ){0,60}?uit het gebruik van deze informatie(?: indien en voorzover de wet niet anders bepaalt)?/g
      },
      {
        hint: "d'avocats",
        re: /creative commons n'est pas un cabinet d'avocats (?:\S+ ){0,70}?de l'utilisation de ce contrat/g
      }
    ];
    OPTIONAL_TAIL_ANYWHERE = new RegExp(`^[\\s#*]*${OPTIONAL_TAIL.source.replace("^\\s*", "")}`, "im");
    SEPARATOR = /^\s*(?:[=\-_*~#+]\s*){5,}$/;
    BULLET = /^\s*[-*+•·▪◦‣]\s+/;
    LIST_MARKER = /^\s*(?:[-*+•·▪◦‣]|\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-z]|[ivx]{1,5})\\?[.)](?=\s))\s+/i;
    MARKUP_HINT = /[#>*_[\]`\\:/;(•·▪◦‣+]|^\s*(?:-|\d|[a-z][.)]|[ivx]+[.)]|\.\.)/i;
    MARKUP_LEADS = "/*;->#.:_";
    SPACE = /\s/;
    LINE_TEST_LEADS = "aAhH=-_*~#+cC(\xA9";
    RIGHTS_HINT = /all rights reserved/i;
    RAW_COPYRIGHT = /^\s*(?:[#*;/]+\s*)?\(c\)\s*\d{4}/i;
    CONTINUATION = /^\s*(?:and|&)\s/;
    CJK = "\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}";
    WORD = new RegExp(`[${CJK}]|[[\\p{L}\\p{N}]--[${CJK}]]+(?:[.'][[\\p{L}\\p{N}]--[${CJK}]]+)*`, "gv");
    HAS_CJK = new RegExp(`[${CJK}]`, "v");
    ASCII_WORD = /[A-Za-z0-9]+(?:[.'][A-Za-z0-9]+)*/g;
    WORD_OR_BREAK = new RegExp(`${WORD.source}|
`, "gv");
    ASCII_WORD_OR_BREAK = new RegExp(`${ASCII_WORD.source}|
`, "g");
    NON_ASCII = /[^\x00-\x7f]/;
    FOLDED_PUNCTUATION = /[\u2018\u2019\u201b\u2032`\u201c\u201d\u201e\u2033\u2010-\u2015\u2212]/;
    OPTIONAL_HINTS = /* @__PURE__ */ new Map();
    for (const { hint } of OPTIONAL_PHRASES)
      if (!OPTIONAL_HINTS.has(hint)) OPTIONAL_HINTS.set(hint, 1 << OPTIONAL_HINTS.size);
    WORD_FACTS = new Map(
      [...SPELLINGS.keys(), ...JOINABLE_PREFIXES, ...OPTIONAL_HINTS.keys()].map((w) => {
        const word = SPELLINGS.get(w) ?? w;
        return [w, { word, joinable: JOINABLE_PREFIXES.has(word), hint: OPTIONAL_HINTS.get(word) ?? 0 }];
      })
    );
  }
});

// src/detect/shingles.ts
function shingleAt(words, i) {
  return Math.imul(words[i], 73856093) ^ Math.imul(words[i + 1], 19349663) ^ Math.imul(words[i + 2], 83492791) | 0;
}
function shingleHashes(words) {
  const out = new Int32Array(Math.max(0, words.length - SHINGLE + 1));
  for (let i = 0; i < out.length; i++) out[i] = shingleAt(words, i);
  return out;
}
var SHINGLE, ShingleSet;
var init_shingles = __esm({
  "src/detect/shingles.ts"() {
    "use strict";
    SHINGLE = 3;
    ShingleSet = class {
      slots;
      mask;
      hasZero = false;
      constructor(hashes) {
        let size = 16;
        while (size < hashes.length * 2) size *= 2;
        this.slots = new Int32Array(size);
        this.mask = size - 1;
        for (const h of hashes) this.add(h);
      }
      add(h) {
        if (h === 0) {
          this.hasZero = true;
          return;
        }
        let i = Math.imul(h, 2654435761) & this.mask;
        while (this.slots[i] !== 0) {
          if (this.slots[i] === h) return;
          i = i + 1 & this.mask;
        }
        this.slots[i] = h;
      }
      has(h) {
        if (h === 0) return this.hasZero;
        let i = Math.imul(h, 2654435761) & this.mask;
        for (; ; ) {
          const s = this.slots[i];
          if (s === h) return true;
          if (s === 0) return false;
          i = i + 1 & this.mask;
        }
      }
    };
  }
});

// src/detect/corpus.ts
import { isAscii } from "node:buffer";
import { createHash } from "node:crypto";
import { existsSync as existsSync2, readFileSync as readFileSync2 } from "node:fs";
import { createRequire } from "node:module";
import { join as join3 } from "node:path";
function pairKey(a, b, refCount) {
  return a * refCount + b;
}
function rulesDir() {
  return rulesPath("licences");
}
function licenceIndex() {
  indexCache ??= JSON.parse(readFileSync2(join3(rulesDir(), "index.json"), "utf8"));
  return indexCache;
}
function licenceEntries() {
  return licenceIndex().licences;
}
function spdxData() {
  if (!spdxCache) {
    const require2 = createRequire(import.meta.url);
    const data = JSON.parse(
      readFileSync2(require2.resolve("spdx-license-list/spdx-full.json"), "utf8")
    );
    const ids = new Set(require2("spdx-license-ids"));
    spdxCache = { data, ids };
  }
  return spdxCache;
}
function spdxMeta() {
  metaCache ??= { data: spdx_default, ids: new Set(spdx_license_ids_default) };
  return metaCache;
}
function isException(id) {
  return Object.values(EXCEPTION_TEXTS).includes(id);
}
function wordOf(id) {
  return wordList[id];
}
function titlesOf(id) {
  if (!titleCache) {
    titleCache = /* @__PURE__ */ new Map();
    for (const r of corpus().refs) {
      if (r.titleWords === 0) continue;
      const words = decodeIds(r.encoded, r.titleWords);
      const list = titleCache.get(r.id) ?? [];
      list.push(Array.from(words, (w) => wordOf(w) ?? "").join(" "));
      titleCache.set(r.id, list);
    }
  }
  return titleCache.get(id) ?? [];
}
function toIds(words, vocabulary, extend, slots) {
  const idOf = (w) => {
    let id = vocabulary.get(w);
    if (id === void 0 && extend) {
      id = vocabulary.size;
      vocabulary.set(w, id);
    }
    return id ?? -1;
  };
  const ids = new Int32Array(words.length);
  if (slots) {
    const bySlot = new Int32Array(slots.distinct.length);
    for (let k = 0; k < bySlot.length; k++) bySlot[k] = idOf(slots.distinct[k]);
    for (let i = 0; i < words.length; i++) {
      const id = bySlot[slots.slot[i]];
      ids[i] = id >= 0 ? id : -1 - i;
    }
    return ids;
  }
  for (let i = 0; i < words.length; i++) {
    const id = idOf(words[i]);
    ids[i] = id >= 0 ? id : -1 - i;
  }
  return ids;
}
function titleMask(lines, lineOf) {
  const mask = new Uint8Array(lineOf.length);
  const titleLines = /* @__PURE__ */ new Set();
  let seen = 0;
  for (let li = 0; li < lines.length && seen < 4; li++) {
    const line = lines[li].trim();
    if (line === "") continue;
    seen++;
    const length = HAS_CJK.test(line) ? wordsOf(line).length : line.split(/\s+/).length;
    if (length <= (HAS_CJK.test(line) ? CJK_TITLE_WORDS : 10) && !/[.;:。；：]$/.test(line))
      titleLines.add(li);
    else break;
  }
  for (let i = 0; i < lineOf.length; i++) if (titleLines.has(lineOf[i])) mask[i] = 1;
  return mask;
}
function full(ref) {
  if (!ref.words) {
    ref.words = decodeIds(ref.encoded);
    ref.title = new Uint8Array(ref.length);
    ref.title.fill(1, 0, ref.titleWords);
  }
  return ref;
}
function encodeIds(ids) {
  return Buffer.from(Uint16Array.from(ids).buffer).toString("base64");
}
function decodeIds(base64, count) {
  const raw = Buffer.from(
    count === void 0 ? base64 : base64.slice(0, Math.ceil(2 * count / 3) * 4),
    "base64"
  );
  const length = count === void 0 ? raw.byteLength / 2 : Math.min(count, raw.byteLength >> 1);
  return Int32Array.from(new Uint16Array(raw.buffer, raw.byteOffset, length));
}
function corpusSources() {
  const pkg = package_default;
  const hash = createHash("sha256");
  const dir = rulesDir();
  hash.update(readFileSync2(join3(dir, "index.json")));
  for (const e of licenceEntries()) if (e.file) hash.update(readFileSync2(join3(dir, e.file)));
  for (const t2 of licenceIndex().tails ?? []) hash.update(readFileSync2(join3(dir, t2.file)));
  return { spdxListVersion: pkg.version, sourcesSha256: hash.digest("hex") };
}
function buildCorpusData(options = {}) {
  const vocabulary = /* @__PURE__ */ new Map();
  const texts = [];
  const byText = /* @__PURE__ */ new Map();
  const add = (id, text) => {
    const key = text.replace(/\s+/g, " ").trim();
    const seen = byText.get(key);
    if (seen === void 0) {
      byText.set(key, texts.length);
      texts.push({ id, text });
    } else if (id.length < texts[seen].id.length) texts[seen] = { id, text };
  };
  const { data, ids } = spdxData();
  for (const id of [...ids].sort()) {
    const entry = data[id];
    if (!entry?.licenseText || SAME_TEXT_AS_ONLY.test(id)) continue;
    add(id, entry.licenseText);
    const gpl = entry.licenseText.indexOf("\nGNU GENERAL PUBLIC LICENSE\n");
    if (id.startsWith("LGPL-3.0") && gpl > 0) add(id, entry.licenseText.slice(0, gpl));
  }
  for (const [deprecated, exception] of Object.entries(EXCEPTION_TEXTS)) {
    const text = data[deprecated]?.licenseText?.replace(/^\s*insert .{0,40} here\s*$/im, "");
    if (text) add(exception, text);
  }
  const dir = rulesDir();
  for (const e of licenceEntries()) {
    if (!e.file) continue;
    const text = readFileSync2(join3(dir, e.file), "utf8");
    add(e.id, text);
    for (const part of languageParts(text, e.parts ?? [])) add(e.id, part);
  }
  const tails = [];
  const seenTails = /* @__PURE__ */ new Set();
  const normalised = texts.map(({ id, text }) => {
    const n = normalise(text);
    const words = toIds(n.words, vocabulary, true);
    for (const t2 of n.tails) {
      const key = t2.words.join(" ");
      if (t2.words.length < 8 || seenTails.has(key)) continue;
      seenTails.add(key);
      tails.push({ id, words: toIds(t2.words, vocabulary, true) });
    }
    return { id, words, title: titleMask(n.lines, n.lineOf).reduce((a, b) => a + b, 0) };
  });
  for (const extra of licenceIndex().tails ?? []) {
    const more = normalise(readFileSync2(join3(dir, extra.file), "utf8")).words;
    for (const t2 of tails.filter((x) => x.id === extra.after))
      tails.push({ id: t2.id, words: Int32Array.from([...t2.words, ...toIds(more, vocabulary, true)]) });
  }
  if (vocabulary.size >= 65536) throw new Error("licence vocabulary outgrew 16-bit word ids");
  const refWords = normalised.map((r) => r.words);
  const { postStart, postRefs } = invertedIndex(refWords, vocabulary.size);
  return {
    schema: SCHEMA,
    ...corpusSources(),
    vocabulary: [...vocabulary.keys()],
    refs: normalised.map(({ id, title, words }) => ({ id, title, words: encodeIds(words) })),
    postingCounts: encodeIds(postStart.subarray(1).map((end, w) => end - postStart[w])),
    postings: encodeIds(postRefs),
    tails: tails.map((t2) => ({ id: t2.id, words: encodeIds(t2.words) })),
    common: options.common === false ? "" : encodeIds(commonWords(refWords, vocabulary.size))
  };
}
function commonWords(refs, vocabularySize) {
  const long = refs.flatMap((words, r) => words.length >= COMMON_MIN_WORDS ? [r] : []);
  const distinct = long.map((r) => new Set(refs[r]));
  const inA = new Uint8Array(vocabularySize);
  const out = [];
  long.forEach((a, i) => {
    for (const w of distinct[i]) inA[w] = 1;
    long.forEach((b, j) => {
      if (a === b) return;
      let shared = 0;
      for (const w of distinct[j]) shared += inA[w];
      if (shared < COMMON_MIN_CONTAINMENT * distinct[j].size) return;
      const A = refs[a];
      const B = refs[b];
      const budget = Math.ceil(COMMON_EDIT_SHARE * (A.length + B.length));
      if (bagDistance(A, B) > budget) return;
      const d = editDistance(A, B, budget);
      if (d < 0) return;
      const common = (A.length + B.length - d) / 2;
      if (a >= 65536 || b >= 65536 || common >= 65536) throw new Error("licence corpus outgrew 16-bit pairs");
      out.push(a, b, common);
    });
    for (const w of distinct[i]) inA[w] = 0;
  });
  return Uint16Array.from(out);
}
function languageParts(text, starts) {
  if (starts.length === 0) return [];
  const lines = text.split(/\r?\n/);
  const cuts = lines.flatMap((l, i) => i > 0 && starts.includes(l.trim()) ? [i] : []);
  if (cuts.length === 0) return [];
  const bounds = [0, ...cuts, lines.length];
  return bounds.slice(1).map((end, k) => lines.slice(bounds[k], end).join("\n"));
}
function loadCorpusData() {
  const file = join3(rulesDir(), CORPUS_FILE);
  if (!existsSync2(file)) return null;
  const bytes = readFileSync2(file);
  const lines = bytes.toString(isAscii(bytes) ? "latin1" : "utf8").split("\n");
  const head = JSON.parse(lines[0]);
  const now = corpusSources();
  const whole = lines.length === head.refs.length + 2 && lines.at(-1) === "";
  return whole && head.schema === SCHEMA && head.spdxListVersion === now.spdxListVersion && head.sourcesSha256 === now.sourcesSha256 ? { ...head, refs: head.refs.map((r, i) => ({ ...r, words: lines[i + 1] })) } : null;
}
function corpus() {
  if (corpusCache) return corpusCache;
  const data = loadCorpusData() ?? buildCorpusData({ common: false });
  const words = data.vocabulary;
  const vocabulary = /* @__PURE__ */ new Map();
  wordList.length = 0;
  for (let i = 0; i < words.length; i++) {
    vocabulary.set(words[i], i);
    wordList.push(words[i]);
  }
  const refs = data.refs.map((r) => ({
    id: r.id,
    length: Buffer.byteLength(r.words, "base64") / 2,
    encoded: r.words,
    titleWords: r.title,
    words: void 0,
    title: void 0,
    shingles: void 0
  }));
  let postings;
  const { postingCounts, postings: encodedPostings } = data;
  const byLength = /* @__PURE__ */ new Map();
  refs.forEach((ref, r) => {
    const list = byLength.get(ref.length);
    if (list) list.push(r);
    else byLength.set(ref.length, [r]);
  });
  const tails = data.tails.map((t2) => ({ id: t2.id, words: decodeIds(t2.words) }));
  let common;
  const encodedCommon = data.common;
  corpusCache = {
    refs,
    get postings() {
      postings ??= decodePostings(postingCounts, encodedPostings, refs.length);
      return postings;
    },
    get common() {
      common ??= decodeCommon(encodedCommon, refs.length);
      return common;
    },
    vocabulary,
    entries: licenceEntries(),
    byLength,
    tails
  };
  titleCache = void 0;
  return corpusCache;
}
function decodeCommon(encoded, refCount) {
  const triples = decodeIds(encoded);
  const common = /* @__PURE__ */ new Map();
  for (let i = 0; i + 2 < triples.length; i += 3)
    common.set(pairKey(triples[i], triples[i + 1], refCount), triples[i + 2]);
  return common;
}
function decodePostings(postingCounts, encoded, refCount) {
  const counts2 = decodeIds(postingCounts);
  const postStart = new Int32Array(counts2.length + 1);
  for (let w = 0; w < counts2.length; w++) postStart[w + 1] = postStart[w] + counts2[w];
  const raw = Buffer.from(encoded, "base64");
  const postRefs = new Uint16Array(raw.buffer, raw.byteOffset, raw.byteLength / 2).slice();
  const sizes = new Int32Array(refCount);
  for (let i = 0; i < postRefs.length; i++) sizes[postRefs[i]]++;
  return { postStart, postRefs, sizes };
}
function invertedIndex(refs, vocabularySize) {
  if (refs.length > 65536) throw new Error("licence corpus outgrew 16-bit reference numbers");
  const seen = new Int32Array(vocabularySize).fill(-1);
  const postStart = new Int32Array(vocabularySize + 1);
  refs.forEach((words, r) => {
    for (const w of words) {
      if (seen[w] === r) continue;
      seen[w] = r;
      postStart[w + 1]++;
    }
  });
  for (let w = 0; w < vocabularySize; w++) postStart[w + 1] += postStart[w];
  const postRefs = new Uint16Array(postStart[vocabularySize]);
  const next = postStart.slice(0, vocabularySize);
  seen.fill(-1);
  refs.forEach((words, r) => {
    for (const w of words) {
      if (seen[w] === r) continue;
      seen[w] = r;
      postRefs[next[w]++] = r;
    }
  });
  return { postStart, postRefs };
}
function shinglesOf(ref) {
  ref.shingles ??= new ShingleSet(shingleHashes(full(ref).words));
  return ref.shingles;
}
var indexCache, spdxCache, metaCache, SAME_TEXT_AS_ONLY, EXCEPTION_TEXTS, wordList, titleCache, CJK_TITLE_WORDS, corpusCache, SCHEMA, CORPUS_FILE, COMMON_MIN_WORDS, COMMON_MIN_CONTAINMENT, COMMON_EDIT_SHARE;
var init_corpus = __esm({
  "src/detect/corpus.ts"() {
    "use strict";
    init_spdx_license_ids();
    init_package();
    init_spdx();
    init_rules_path();
    init_diff();
    init_normalise();
    init_shingles();
    SAME_TEXT_AS_ONLY = /-or-later$/;
    EXCEPTION_TEXTS = {
      "GPL-2.0-with-classpath-exception": "Classpath-exception-2.0",
      "GPL-2.0-with-GCC-exception": "GCC-exception-2.0",
      "GPL-2.0-with-bison-exception": "Bison-exception-2.2",
      "GPL-2.0-with-font-exception": "Font-exception-2.0",
      "GPL-2.0-with-autoconf-exception": "Autoconf-exception-2.0",
      "GPL-3.0-with-GCC-exception": "GCC-exception-3.1",
      "GPL-3.0-with-autoconf-exception": "Autoconf-exception-3.0"
    };
    wordList = [];
    CJK_TITLE_WORDS = 20;
    SCHEMA = "openquota/licence-corpus@5";
    CORPUS_FILE = "corpus-index.txt";
    COMMON_MIN_WORDS = 400;
    COMMON_MIN_CONTAINMENT = 0.6;
    COMMON_EDIT_SHARE = 0.15;
  }
});

// src/detect/variants.ts
function derivedId(base, how) {
  return `LicenseRef-${base.replace(/^LicenseRef-/, "")}-${how}`;
}
function parseDerived(id, known) {
  const m = DERIVED.exec(id.trim());
  if (!m) return void 0;
  const base = known(m[1]) ?? known(`LicenseRef-${m[1]}`);
  return base ? { base, how: m[2] } : void 0;
}
var DERIVED;
var init_variants = __esm({
  "src/detect/variants.ts"() {
    "use strict";
    DERIVED = /^LicenseRef-(.+)-(modified|renamed)$/;
  }
});

// src/detect/licences.ts
function build() {
  const map = /* @__PURE__ */ new Map();
  const { data, ids } = spdxMeta();
  const rows = (licenceIndex().spdxFlags ?? []).map((r) => ({ ...r, re: new RegExp(r.ids) }));
  for (const id of ids) {
    const d = data[id];
    const info = {
      id,
      name: d?.name ?? id,
      spdx: true,
      flags: SPDX_NON_COMMERCIAL.test(id) ? ["non-commercial"] : [],
      aliases: [],
      ...d ? { osiApproved: d.osiApproved } : {}
    };
    withSpdxFlags(info, rows);
    map.set(id.toLowerCase(), info);
  }
  for (const id of Object.keys(data)) {
    const m = DEPRECATED.exec(id);
    const target = m ? map.get(`${m[1]}${m[2] ? "-or-later" : "-only"}`.toLowerCase()) : void 0;
    if (target && !map.has(id.toLowerCase())) {
      target.aliases.push(id);
      map.set(id.toLowerCase(), target);
    }
  }
  const file = licenceEntries();
  for (const e of file) {
    const info = {
      id: e.id,
      name: e.name,
      spdx: false,
      flags: e.flags,
      aliases: [...e.aliases],
      ...e.family ? { family: e.family } : {},
      ...e.binds ? { binds: e.binds } : {}
    };
    map.set(e.id.toLowerCase(), info);
    for (const a of e.aliases) map.set(a.toLowerCase(), info);
  }
  for (const [alias, id] of Object.entries(licenceIndex().spdxAliases ?? {})) {
    const target = map.get(id.toLowerCase());
    if (target) {
      target.aliases.push(alias);
      map.set(alias.toLowerCase(), target);
    }
  }
  return map;
}
function lookupLicence(id) {
  table2 ??= build();
  const t2 = table2;
  const direct = t2.get(id.trim().toLowerCase());
  if (direct) return direct;
  const derived = parseDerived(id, (c) => t2.get(c.toLowerCase())?.id);
  if (!derived) return void 0;
  const base = t2.get(derived.base.toLowerCase());
  return {
    id: id.trim(),
    name: `${base.name}, ${derived.how}`,
    spdx: false,
    flags: [...base.flags],
    aliases: [],
    variantOf: { id: base.id, how: derived.how },
    ...base.binds ? { binds: base.binds } : {}
  };
}
function withSpdxFlags(info, rows) {
  for (const row of rows) {
    if (!row.re.test(info.id)) continue;
    for (const f of row.flags) if (!info.flags.includes(f)) info.flags.push(f);
    if (row.binds && !info.binds) info.binds = row.binds;
  }
}
function canonicalId(id) {
  const info = lookupLicence(id);
  if (info) return info.id;
  return /^LicenseRef-[A-Za-z0-9.-]+$/.test(id) ? id : null;
}
function refinesId(general, specific) {
  const g = lookupLicence(general)?.id ?? general;
  let cur = lookupLicence(specific);
  if (!cur) return g === specific;
  for (let depth = 0; cur && depth < 5; depth++) {
    if (cur.id === g) return true;
    cur = cur.family ? lookupLicence(cur.family) : void 0;
  }
  return false;
}
var SPDX_NON_COMMERCIAL, DEPRECATED, table2;
var init_licences = __esm({
  "src/detect/licences.ts"() {
    "use strict";
    init_corpus();
    init_variants();
    SPDX_NON_COMMERCIAL = /(?:^|-)NC(?:-|$)|Noncommercial|NonCommercial/;
    DEPRECATED = /^((?:A|L)?GPL-[123]\.[01]|GFDL-1\.[123])(\+)?$/;
  }
});

// src/detect/matchers/reference.ts
function loose(text) {
  return ` ${text.toLowerCase().replace(/licen[cs]/g, "licens").replace(/\bv\.?\s?(\d)/g, "v $1").replace(/[‐-―]/g, "-").replace(/(\d)\.(\d)/g, "$1\0$2").replace(/[^a-z0-9+\u0000]+/g, " ").replace(/\u0000/g, ".").replace(/\s+/g, " ").trim()} `;
}
function badgeId(name) {
  const ids = namesIn(loose(name));
  return ids.length === 1 ? ids[0] : canonicalId(name.replace(/ /g, "-"));
}
function namePatterns() {
  if (patterns) return patterns;
  const out = [];
  for (const e of licenceEntries()) {
    for (const n of e.names ?? []) {
      const l = loose(n).trim().replace(/\./g, "\\.").replace(/\+/g, "\\+");
      out.push({ re: new RegExp(` ${l} `), id: e.id });
    }
  }
  out.sort((a, b) => b.re.source.length - a.re.source.length);
  for (const [re, id] of COMMON) out.push({ re, id });
  patterns = out;
  return out;
}
function spdxLiteral(token) {
  if (!literalIds) {
    literalIds = /* @__PURE__ */ new Map();
    for (const id2 of Object.keys(spdxMeta().data)) if (/[\d-]/.test(id2)) literalIds.set(id2.toLowerCase(), id2);
  }
  const id = literalIds.get(token.toLowerCase().replace(/\.$/, ""));
  return id ? canonicalId(id) : null;
}
function namesIn(l) {
  const found = [];
  let rest = l;
  for (const p of namePatterns()) {
    const m = p.re.exec(rest);
    if (!m) continue;
    found.push({ at: m.index, id: p.id });
    rest = rest.slice(0, m.index) + " ".repeat(m[0].length - 1) + rest.slice(m.index + m[0].length - 1);
  }
  for (const m of rest.matchAll(GNU)) {
    const kind = m[1] ? { "affero ": "AGPL", "lesser ": "LGPL", "library ": "LGPL" }[m[1]] : m[2] ? `${m[2].toUpperCase()}GPL` : "GPL";
    let version = m[3];
    if (!version.includes(".")) version = kind === "LGPL" && version === "2" ? "2.0" : `${version}.0`;
    const later = m[4] === "+" || /later/.test(m[5] ?? "");
    const only = /only/.test(m[5] ?? "") || / of the license /.test(m[5] ?? "");
    const published = / as published by the free software foundation\b/.test(m[0]);
    if (!later && !only && !published) continue;
    const id = canonicalId(`${kind}-${version}-${later ? "or-later" : "only"}`);
    if (id) found.push({ at: m.index, id });
  }
  found.sort((a, b) => a.at - b.at);
  return [...new Set(found.map((f) => f.id))];
}
function literalsIn(raw) {
  const out = [];
  for (const t2 of raw.match(/[A-Za-z0-9][A-Za-z0-9.+-]*[A-Za-z0-9+]/g) ?? []) {
    const id = spdxLiteral(t2);
    if (id) out.push(id);
  }
  for (const [re, f] of URLS) {
    const m = re.exec(raw);
    const id = m ? f(m) : null;
    if (id) out.push(id);
  }
  return [...new Set(out)];
}
function sentence(tail) {
  const end = SENTENCE_END.exec(tail);
  return end ? tail.slice(0, end.index) : tail;
}
function withoutLaterVersionClause(text) {
  return text.replace(LATER_VERSION_CLAUSE, " ").replace(EXPRESS_OR_IMPLIED, " ");
}
function unnamedPart(text) {
  for (const m of text.matchAll(PART_LINE)) {
    const tail = m[1].trim();
    if (!/\blicen[cs]e\b/i.test(tail) && !/[A-Z]{2,}|-\d|\d\.\d/.test(tail)) continue;
    if (namesIn(loose(tail)).length === 0 && literalsIn(tail).length === 0) return true;
  }
  return false;
}
function statements(text) {
  const out = [];
  const whole = [];
  for (const m of text.matchAll(GRANT)) {
    const body = sentence(m[1]);
    const ids = [.../* @__PURE__ */ new Set([...namesIn(loose(body)), ...literalsIn(body)])];
    if (ids.length === 0) continue;
    out.push(ids);
    if (/\bas a whole\b/i.test(text.slice(Math.max(0, m.index - 60), m.index))) whole.push(ids);
  }
  if (whole.length > 0) return whole;
  for (const m of text.matchAll(PART_GRANT)) {
    const ids = [.../* @__PURE__ */ new Set([...namesIn(loose(m[1])), ...literalsIn(m[1])])];
    if (ids.length === 1) out.push(ids);
  }
  for (const m of text.matchAll(PART_LINE)) {
    const ids = [.../* @__PURE__ */ new Set([...namesIn(loose(m[1])), ...literalsIn(m[1])])];
    if (ids.length === 1) out.push(ids);
  }
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const h = HEADING.exec(lines[i]);
    if (!h) continue;
    let body = h[1] ?? "";
    for (let j = i + 1; j < lines.length && body.length < 600; j++) {
      if (/^\s*#{1,6}\s/.test(lines[j]) || HEADING.test(lines[j])) break;
      body += `
${lines[j]}`;
    }
    const first = body.split(/\n\s*\n/).find((p) => p.trim() !== "" && !/^[=\-~^]+$/.test(p.trim())) ?? "";
    const ids = [.../* @__PURE__ */ new Set([...namesIn(loose(first)), ...literalsIn(first)])];
    if (ids.length > 0) out.push(ids);
  }
  return out;
}
function referenceMatch(text) {
  if (unnamedPart(text)) return null;
  const found = statements(text);
  const b = BADGE.exec(text);
  const badge = b ? badgeId(decodeURIComponent(b[1].replace(/_/g, " ").replace(/--/g, "-"))) : null;
  if (found.length === 0 && badge) return { licence: badge, confidence: BADGE_CONFIDENCE };
  if (found.length === 0) {
    const title = text.split("\n").find((l) => l.trim() !== "") ?? "";
    if (text.length < 400 && /licen[cs]e\s*$/i.test(title.trim())) {
      const ids = [.../* @__PURE__ */ new Set([...namesIn(loose(title)), ...literalsIn(title)])];
      if (ids.length === 1) return { licence: ids[0], confidence: TITLE_CONFIDENCE };
    }
    return null;
  }
  const all = [...new Set(found.flat())];
  if (all.length === 1) return { licence: all[0], confidence: STATEMENT_CONFIDENCE };
  const oneEach = found.every((ids) => ids.length === 1);
  const choosing = withoutLaterVersionClause(text);
  if (PARTS.test(text) && (oneEach || !CHOICE.test(choosing)))
    return { licence: all.join(" AND "), confidence: STATEMENT_CONFIDENCE };
  const distinct = [...new Set(found.map((ids) => ids.join("\0")))];
  if (distinct.length !== 1) {
    const singles = new Set(found.filter((ids) => ids.length === 1).map((ids) => ids[0]));
    if (singles.size !== 1 || found.some((ids) => ids.length > 1)) return null;
    return { licence: [...singles][0], confidence: STATEMENT_CONFIDENCE };
  }
  return DUAL.test(choosing) ? { licence: all.join(" OR "), confidence: STATEMENT_CONFIDENCE } : null;
}
var GNU, COMMON, URLS, BADGE, BADGE_CONFIDENCE, patterns, literalIds, GRANT, SENTENCE_END, HEADING, PART_LINE, PARTS, PART_GRANT, DUAL, LATER_VERSION_CLAUSE, EXPRESS_OR_IMPLIED, CHOICE, STATEMENT_CONFIDENCE, TITLE_CONFIDENCE;
var init_reference = __esm({
  "src/detect/matchers/reference.ts"() {
    "use strict";
    init_corpus();
    init_licences();
    GNU = / (?:gnu )?(affero |lesser |library )?(?:general public license|(a|l)?gpl)(?: license)?(?: gpl)? ?(?:as published by the free software foundation )?(?:either )?(?:version |v ?)?(\d(?:\.\d)?)(\+)?(?: as published by the free software foundation)?( (?:of the license )?(?:or (?:at your option )?(?:any )?later(?: version)?|only))?/g;
    COMMON = [
      [/ apache(?: software)?(?: license)?(?: version| v)? 2(?:\.0)? /, "Apache-2.0"],
      [/ mit(?: license)? /, "MIT"],
      [/ (?:bsd 3 clause|3 clause bsd|new bsd|modified bsd|revised bsd)(?: license)? /, "BSD-3-Clause"],
      [/ (?:bsd 2 clause|2 clause bsd|simplified bsd|freebsd)(?: license)? /, "BSD-2-Clause"],
      [/ isc(?: license)? /, "ISC"],
      [/ (?:the )?unlicense /, "Unlicense"],
      [/ (?:cc0|creative commons zero)(?: 1\.0)?(?: universal)? /, "CC0-1.0"],
      [/ (?:cc by|creative commons attribution) 4\.0 /, "CC-BY-4.0"],
      [/ (?:cc by sa|creative commons attribution sharealike) 4\.0 /, "CC-BY-SA-4.0"],
      [/ (?:cc by nc|creative commons attribution noncommercial) 4\.0 /, "CC-BY-NC-4.0"],
      [/ (?:cc by nc sa|creative commons attribution noncommercial sharealike) 4\.0 /, "CC-BY-NC-SA-4.0"],
      [/ (?:cc by nc nd|creative commons attribution noncommercial noderivatives) 4\.0 /, "CC-BY-NC-ND-4.0"],
      [/ (?:cc by nd|creative commons attribution noderivatives) 4\.0 /, "CC-BY-ND-4.0"],
      [/ (?:mozilla public license|mpl)(?: version| v)? 2\.0 /, "MPL-2.0"],
      [/ (?:eclipse public license|epl)(?: version| v)? 2\.0 /, "EPL-2.0"],
      // Older source headers: "Version: MPL 1.1", "Eclipse Public License v1.0".
      [/ (?:mozilla public license|mpl)(?: version| v)? 1\.1 /, "MPL-1.1"],
      [/ (?:mozilla public license|mpl)(?: version| v)? 1\.0 /, "MPL-1.0"],
      [/ (?:eclipse public license|epl)(?: version| v)? 1\.0 /, "EPL-1.0"],
      [/ boost software license /, "BSL-1.0"],
      [/ zlib license /, "Zlib"],
      [/ openmdw(?: license)?(?: 1\.0)? /, "OpenMDW-1.0"]
    ];
    URLS = [
      [/apache\.org\/licenses\/LICENSE-2\.0/i, () => "Apache-2.0"],
      [
        /opensource\.org\/licen[cs]es?\/([A-Za-z0-9.-]+?)(?:\.php|\.html)?(?=[)\s"'>\]]|$)/i,
        (m) => canonicalId(m[1])
      ],
      [
        /creativecommons\.org\/licenses\/(by(?:-nc)?(?:-sa|-nd)?)\/(\d\.\d)/i,
        (m) => canonicalId(`CC-${m[1].toUpperCase()}-${m[2]}`)
      ],
      [/creativecommons\.org\/publicdomain\/zero\/1\.0/i, () => "CC0-1.0"]
    ];
    BADGE = /shields\.io\/badge\/licen[cs]e-([A-Za-z0-9._%+]+?)-[a-z]+/i;
    BADGE_CONFIDENCE = 0.8;
    GRANT = /\b(?:(?:licen[cs]ed|licen[cs]es\s+(?:this|the)\s[^.]{0,30}?\bto\s+you|released|distributed|available|provided|offered|governed|published|covered|redistribute it|modify it|subject)\b[^.]{0,40}?\b(?:under|by|subject to|to the terms of)|(?:is|are) subject to)\b([\s\S]{0,300})/gi;
    SENTENCE_END = /(?<!\b(?:v|ver|vol|no|inc|ltd|co|corp))\.(?=\s|$)|\n\s*\n/i;
    HEADING = /^(?:#{1,6}\s*|\*\*)?\s*licen[cs](?:e|es|ing)\b\s*(?:\*\*)?\s*:?\s*(?:\*\*)?\s*(.*)$/i;
    PART_LINE = /^\s*(?:\d+\.\s*)?(?:the\s+)?(?:source code|code|model weights|weights|model checkpoints|checkpoints|datasets?|documentation)\s*(?:[-:–—]|is licensed under|are licensed under)\s*([^\n]+)$/gim;
    PARTS = /\bdifferent (?:components|terms|parts)\b|\bmodel weights\b|\bweights\b|\bcheckpoints\b/i;
    PART_GRANT = /\b(?:source code|code(?:base)?|model weights|weights|checkpoints|parameters|models?|datasets?|data|documentation|docs)\b(?:\s+(?:is|are))?(?:\s+(?:licensed|released|distributed|made available|available|provided|published|offered))?\s+under\s+((?:the\s+)?[^,;\n]{1,80}?)(?=\s*(?:,|;|\.(?:\s|$)|\band\b|\bwhile\b|\bwhereas\b|$))/gim;
    DUAL = /\b(?:dual[- ]licen[cs]ed|either|at your (?:option|choice)|choose)\b/i;
    LATER_VERSION_CLAUSE = /\b(?:either\s+)?version\s+\d(?:\.\d)?(?:\s+of\s+the\s+licen[cs]e)?\s*(?:,\s*)?(?:as\s+published\s+by\s+the\s+free\s+software\s+foundation\s*(?:,\s*)?)?or\s+(?:\(\s*)?at\s+your\s+option\s*(?:\)\s*)?(?:,\s*)?any\s+later\s+version\b/gi;
    EXPRESS_OR_IMPLIED = /\beither\s+express\s+or\s+implied\b/gi;
    CHOICE = /\b(?:either|at your (?:option|choice)|choose)\b/i;
    STATEMENT_CONFIDENCE = 0.9;
    TITLE_CONFIDENCE = 0.85;
  }
});

// src/detect/restrictions.ts
function restrictionKinds() {
  kinds ??= licenceEntries().filter((e) => e.statement && e.statement.length > 0).map((e) => ({ id: e.id, phrases: e.statement.map((p) => new RegExp(p)) }));
  return kinds;
}
function statedRestrictions(text) {
  const out = [];
  const found = /* @__PURE__ */ new Set();
  for (const sentence2 of text.split(/(?<=[.;!?])\s+|\n\s*\n/)) {
    if (!/\w/.test(sentence2)) continue;
    const l = loose(sentence2);
    for (const k of restrictionKinds()) {
      if (found.has(k.id) || !k.phrases.some((re) => re.test(l))) continue;
      found.add(k.id);
      out.push({ id: k.id, sentence: sentence2.replace(/\s+/g, " ").trim().slice(0, 300) });
    }
  }
  if (found.has("LicenseRef-statement-research-only") && found.has("LicenseRef-statement-non-commercial"))
    return out.filter((r) => r.id !== "LicenseRef-statement-non-commercial");
  return out;
}
var kinds;
var init_restrictions = __esm({
  "src/detect/restrictions.ts"() {
    "use strict";
    init_corpus();
    init_reference();
  }
});

// src/detect/card.ts
function cardBody(text) {
  const block = frontMatter(text);
  return block ? text.slice(block.bodyStart) : text;
}
function declaredExpression(declared) {
  const parts = [];
  for (const d of declared) {
    const hub = hubLicence(d.value, d.name);
    if (hub.kind === "licence") parts.push(hub.expression);
    else if (hub.name) parts.push(lookupLicence(hub.name)?.id ?? licenseRef(hub.name));
    else return null;
  }
  if (parts.length === 0) return null;
  const distinct = [...new Set(parts)];
  return distinct.length === 1 ? distinct[0] : distinct.map((p) => / (?:AND|OR) /.test(p) ? `(${p})` : p).join(" AND ");
}
function cardDetection(declared, bodyText, body, file) {
  const expression = declaredExpression(declared);
  if (!expression) return null;
  const extra = [];
  const leaves = expression.split(/ (?:AND|OR|WITH) /).map((l) => l.replace(/[()]/g, ""));
  const restrictions = statedRestrictions(bodyText).filter(
    (r) => !(lookupLicence(r.id)?.flags ?? []).every(
      (f) => leaves.every((l) => lookupLicence(l)?.flags.includes(f))
    )
  );
  const bodyLeaves = (body.licence ?? "").split(/ (?:AND|OR|WITH) /).map((l) => l.replace(/[()]/g, "").trim()).filter((l) => l !== "" && !l.startsWith("LicenseRef-statement-"));
  for (const l of bodyLeaves) {
    if (!leaves.some((d) => refinesId(d, l) || refinesId(l, d) || d.toLowerCase() === l.toLowerCase()))
      extra.push(`the card's body states ${l}; its front matter declares ${expression}`);
  }
  extra.push(...restrictions.map((r) => r.sentence));
  const licence2 = [
    / OR /.test(expression) ? `(${expression})` : expression,
    ...restrictions.map((r) => r.id)
  ].join(" AND ");
  return {
    licence: restrictions.length > 0 ? licence2 : expression,
    confidence: 1,
    matcher: "card",
    bearing: true,
    ...file !== void 0 ? { file } : {},
    ...extra.length > 0 ? { extra } : {}
  };
}
var init_card = __esm({
  "src/detect/card.ts"() {
    "use strict";
    init_front_matter();
    init_hub_ids();
    init_licences();
    init_restrictions();
  }
});

// src/detect/matchers/combine.ts
function orLater(id) {
  const m = /^((?:A|L)?GPL-\d\.\d|GFDL-1\.\d)-only$/.exec(id);
  return m ? canonicalId(`${m[1]}-or-later`) ?? id : id;
}
function combine(segmentsIn, stated, around) {
  const segments = segmentsIn;
  const later = OR_LATER.test(around);
  const choice = CHOICE2.test(withoutLaterVersionClause(around));
  const exceptions = segments.filter((s) => isException(s.id)).map((s) => s.id);
  const licences = segments.filter((s) => !isException(s.id));
  if (exceptions.length > 0 && licences.length === 0) {
    const base = stated?.licence.split(/ (?:OR|AND) /);
    if (!stated || base?.length !== 1) return null;
    return {
      licence: `${base[0]} WITH ${exceptions[0]}`,
      confidence: Math.min(stated.confidence, ...segments.map((s) => s.confidence))
    };
  }
  const ids = licences.map((s) => later ? orLater(s.id) : s.id);
  if (exceptions.length > 0 && ids.length > 0) ids[0] = `${ids[0]} WITH ${exceptions[0]}`;
  let confidence = Math.min(...segments.map((s) => s.confidence));
  if (stated && (PARTS2.test(around) || choice)) {
    for (const id of stated.licence.split(/ (?:OR|AND) /)) {
      const c = later ? orLater(id) : id;
      if (!ids.includes(c) && segments.length > 0 && !ids.some((x) => x.startsWith(c.replace(/-only$/, ""))))
        ids.push(c);
    }
    confidence = Math.min(confidence, stated.confidence);
  }
  const distinct = [...new Set(ids)];
  if (distinct.length === 1) return { licence: distinct[0], confidence };
  if (PARTS2.test(around)) return { licence: distinct.join(" AND "), confidence };
  if (choice) return { licence: distinct.join(" OR "), confidence };
  return null;
}
var OR_LATER, CHOICE2, PARTS2;
var init_combine = __esm({
  "src/detect/matchers/combine.ts"() {
    "use strict";
    init_corpus();
    init_licences();
    init_reference();
    OR_LATER = /\bor\s+(?:\(at your option\)\s+)?(?:any\s+)?later\s+version\b|\bversion\s+\d(?:\.\d)?\s+or\s+later\b/i;
    CHOICE2 = /\beither\b|\bat your (?:option|choice)\b|\byou may (?:choose|use .{0,40}? under the terms of either)\b/i;
    PARTS2 = /\bdifferent (?:components|terms|parts)\b|\bmodel weights\b|\bsource code\b[^\n]{0,30}\blicen[cs]e\b/i;
  }
});

// src/detect/matchers/debian-copyright.ts
function isDebianCopyright(text) {
  const first = text.replace(/^\uFEFF/, "").split("\n", 1)[0] ?? "";
  return FORMAT.test(first);
}
function licenceFields(text) {
  const out = [];
  for (const stanza of text.replace(/\r\n?/g, "\n").split(/\n[ \t]*\n/)) {
    const lines = stanza.split("\n");
    let files = false;
    let field = null;
    for (const line of lines) {
      const m = /^[ \t]/.test(line) ? null : FIELD.exec(line);
      if (m) {
        if (field) out.push(field);
        field = null;
        const name = m[1].toLowerCase();
        if (name === "files") files = true;
        if (name === "license") field = { names: m[2].trim(), text: "", files };
        continue;
      }
      if (field && /^[ \t]/.test(line)) {
        const body = line.replace(/^[ \t]/, "");
        field.text += `${body.trim() === "." ? "" : body}
`;
      }
    }
    if (field) {
      field.files = field.files || files;
      out.push(field);
    }
  }
  return out;
}
function outsideLicenceFields(text) {
  const out = [];
  let inLicence = false;
  for (const line of text.replace(/\r\n?/g, "\n").split("\n")) {
    const m = /^[ \t]/.test(line) ? null : FIELD.exec(line);
    if (m) inLicence = m[1].toLowerCase() === "license";
    else if (line.trim() === "") inLicence = false;
    if (!inLicence || m) out.push(m && inLicence ? "" : line);
  }
  return out.join("\n");
}
function debianShortName(name, lookup) {
  const n = name.trim();
  if (NAMES[n.toLowerCase()]) return NAMES[n.toLowerCase()];
  const gnu = /^(A?GPL|LGPL|GFDL)-?v?(\d(?:\.\d)?)(\+)?$/i.exec(n);
  if (gnu) {
    const family = gnu[1].toUpperCase();
    const version = family === "GFDL" || gnu[2].includes(".") ? gnu[2] : `${gnu[2]}.0`;
    return lookup(`${family}-${version}-${gnu[3] ? "or-later" : "only"}`);
  }
  return lookup(n);
}
var FORMAT, FIELD, NAMES;
var init_debian_copyright = __esm({
  "src/detect/matchers/debian-copyright.ts"() {
    "use strict";
    FORMAT = /^Format:[ \t]*https?:\/\/(?:www\.)?debian\.org\/doc\/packaging-manuals\/copyright-format\/1\.0\/?[ \t]*$/m;
    FIELD = /^([!-9;-~]+):[ \t]*(.*)$/;
    NAMES = { expat: "MIT", "apache-2": "Apache-2.0", cc0: "CC0-1.0" };
  }
});

// src/detect/matchers/substance-words.ts
function isSubstantiveWord(word) {
  return WORDS.has(word) || NEGATING_PREFIX.test(word);
}
var WORDS, NEGATING_PREFIX;
var init_substance_words = __esm({
  "src/detect/matchers/substance-words.ts"() {
    "use strict";
    WORDS = /* @__PURE__ */ new Set([
      // negation
      "not",
      "no",
      "nor",
      "never",
      "none",
      "neither",
      "cannot",
      "can't",
      "don't",
      "doesn't",
      "won't",
      "without",
      // modal verbs
      "must",
      "shall",
      "may",
      "might",
      "should",
      "will",
      "would",
      "can",
      "could",
      // restrictive focus
      "only",
      "solely",
      "exclusively",
      "except",
      "unless",
      // The same classes in Chinese, where each character is a word (normalise.ts): 不 (not, 不得 must
      // not), 非 (non-, 非商业 non-commercial), 无 (without), 未 (not, 未经 without), 勿 (do not), 禁 (forbid),
      // 仅 / 只 (only), 须 / 必 (must). Ambiguous characters stay out: 可 is in 许可 (licence), 应 in 应用
      // (application), 得 in 获得 (obtain), 除 in 删除 (delete).
      "\u4E0D",
      "\u975E",
      "\u65E0",
      "\u672A",
      "\u52FF",
      "\u7981",
      "\u4EC5",
      "\u53EA",
      "\u987B",
      "\u5FC5"
    ]);
    NEGATING_PREFIX = /^non[a-z]/;
  }
});

// src/detect/matchers/changes.ts
function classifyHunks(hunks, input, ref) {
  const inserted = [];
  const renames = [];
  let version;
  let reason;
  let small = 0;
  let renameEdits = 0;
  let renameHunks = 0;
  const names = modelNames(ref);
  for (const h of hunks) {
    let refWords = 0;
    for (let i = h.bStart; i < h.bStart + h.bLen; i++) if (!ref.title[i]) refWords++;
    const titleOnly = refWords === 0 && h.bLen > 0 && h.aLen <= 12;
    const v = versionChange(h, input, ref) ?? elementChange(h, input, ref);
    if (v) {
      version ??= v;
      continue;
    }
    const renamed = names.size > 0 && h.bLen > 0 && h.bLen <= 4 && h.aLen > 0 && h.aLen <= 6 && deletesName(h, ref, names);
    const respaced = input.slice(h.aStart, h.aStart + h.aLen).join("") === refText(h, ref).replace(/ /g, "");
    if (renamed && !respaced) {
      renameEdits += h.aLen + h.bLen;
      renameHunks++;
      renames.push(`${refText(h, ref)} -> ${input.slice(h.aStart, h.aStart + h.aLen).join(" ")}`);
      continue;
    }
    if (titleOnly || respaced || h.bLen === 0 && repeatsTitle(h, input, ref)) continue;
    const grammar = changesGrammar(h, input, ref);
    if (h.aLen >= SUBSTANTIVE_WORDS || refWords >= SUBSTANTIVE_WORDS || grammar) {
      reason ??= grammar ? `"${input.slice(h.aStart, h.aStart + h.aLen).join(" ") || "(removed)"}" where the reference says "${refText(h, ref) || "(nothing)"}"` : `${h.aLen} words replace ${h.bLen} reference words`;
      inserted.push([h.aStart, h.aStart + Math.max(h.aLen, 1)]);
      continue;
    }
    let counted = 0;
    for (let i = h.aStart; i < h.aStart + h.aLen; i++) if (!ENUMERATOR.test(input[i])) counted++;
    small += counted;
    if (counted > 0) inserted.push([h.aStart, h.aStart + h.aLen]);
  }
  if (version) return { kind: "version", reason: version, inserted: [] };
  if (!reason && small > SMALL_TOTAL) reason = `${small} words changed in small edits`;
  if (reason) return { kind: "modified", reason, inserted: merge(inserted), renameEdits, renameHunks };
  if (renames.length >= 2) {
    const distinct = [...new Set(renames)];
    return {
      kind: "renamed",
      reason: `names changed: ${distinct.join(", ")}`,
      inserted: [],
      renames: distinct,
      renameEdits,
      renameHunks
    };
  }
  return void 0;
}
function refText(h, ref) {
  const out = [];
  for (let i = h.bStart; i < h.bStart + h.bLen; i++) out.push(wordOf(ref.words[i]) ?? "");
  return out.join(" ");
}
function versionChange(h, input, ref, dottedOnly = false) {
  const del = [];
  for (let i = h.bStart; i < h.bStart + h.bLen; i++) {
    const w = wordOf(ref.words[i]);
    if (!w || !VERSION2.test(w)) continue;
    const before = i > 0 ? wordOf(ref.words[i - 1]) : "";
    if (w.includes(".") || ref.title[i] || before === "version" || before === "v") del.push(w);
  }
  if (del.length === 0) return void 0;
  for (let i = h.aStart; i < h.aStart + h.aLen; i++) {
    const w = input[i];
    if (VERSION2.test(w) && (!dottedOnly || w.includes(".")) && !del.includes(w))
      return `version ${w} where reference says ${del[0]}`;
  }
  return void 0;
}
function elementChange(h, input, ref) {
  if (!ref.id.startsWith("CC-") || h.aLen === 0) return void 0;
  const own = new Set(ref.id.split("-"));
  for (let i = h.aStart; i < h.aStart + h.aLen; i++) {
    const element = CC_ELEMENTS.get(input[i]);
    if (element && !own.has(element)) return `the text names ${element}, which ${ref.id} does not have`;
  }
  return void 0;
}
function changesGrammar(h, input, ref) {
  const added = input.slice(h.aStart, h.aStart + h.aLen).filter(isSubstantiveWord);
  const removed = [];
  for (let i = h.bStart; i < h.bStart + h.bLen; i++) {
    const w = wordOf(ref.words[i]) ?? "";
    if (isSubstantiveWord(w) && !ref.title[i]) removed.push(w);
  }
  if (added.length !== removed.length) return true;
  return added.some((w, i) => w !== removed[i]);
}
function repeatsTitle(h, input, ref) {
  const title = /* @__PURE__ */ new Set();
  for (let i = 0; i < ref.words.length && ref.title[i]; i++) title.add(wordOf(ref.words[i]) ?? "");
  if (title.size === 0 || h.aLen > 16) return false;
  for (let i = h.aStart; i < h.aStart + h.aLen; i++) if (!title.has(input[i])) return false;
  return true;
}
function deletesName(h, ref, names) {
  for (let i = h.bStart; i < h.bStart + h.bLen; i++) if (names.has(ref.words[i])) return true;
  return false;
}
function modelNames(ref) {
  const cached = nameCache.get(ref);
  if (cached) return cached;
  modelIds ??= new Set(licenceEntries().map((e) => e.id));
  const names = /* @__PURE__ */ new Set();
  if (modelIds.has(ref.id)) {
    const { postings, refs } = corpus();
    const { postStart, postRefs } = postings;
    const spdxRefs = refs.filter((r) => !modelIds.has(r.id)).length;
    const spdxLimit = Math.max(2, Math.floor(spdxRefs * NAME_SHARE));
    const modelLimit = Math.max(2, Math.floor(modelIds.size * MODEL_NAME_SHARE));
    const count = /* @__PURE__ */ new Map();
    for (const w of ref.words) count.set(w, (count.get(w) ?? 0) + 1);
    for (const [w, n] of count) {
      const word = wordOf(w) ?? "";
      if (n < 2 || !NAME_WORD.test(word) || isSubstantiveWord(word)) continue;
      let spdx = 0;
      const models = /* @__PURE__ */ new Set();
      for (let p = postStart[w]; p < postStart[w + 1]; p++) {
        const id = refs[postRefs[p]].id;
        if (modelIds.has(id)) models.add(id);
        else spdx++;
      }
      if (spdx <= spdxLimit && models.size <= modelLimit) names.add(w);
    }
  }
  nameCache.set(ref, names);
  return names;
}
function merge(ranges) {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1] + 3) last[1] = Math.max(last[1], r[1]);
    else out.push([...r]);
  }
  return out;
}
var SUBSTANTIVE_WORDS, SMALL_TOTAL, NAME_WORD, ENUMERATOR, VERSION2, NAME_SHARE, MODEL_NAME_SHARE, modelIds, CC_ELEMENTS, nameCache;
var init_changes = __esm({
  "src/detect/matchers/changes.ts"() {
    "use strict";
    init_corpus();
    init_substance_words();
    SUBSTANTIVE_WORDS = 7;
    SMALL_TOTAL = 24;
    NAME_WORD = new RegExp("\\p{L}.*\\p{L}", "u");
    ENUMERATOR = /^(?:[a-z]|[ivx]{1,5}|\d{1,3}(?:\.\d{1,3})*)$/;
    VERSION2 = /^\d+(?:\.\d+)*[ac-z]?$/;
    NAME_SHARE = 0.015;
    MODEL_NAME_SHARE = 0.25;
    CC_ELEMENTS = /* @__PURE__ */ new Map([
      ["noncommercial", "NC"],
      ["nc", "NC"],
      ["nichtkommerziell", "NC"],
      ["kommerzielle", "NC"],
      ["noderivs", "ND"],
      ["noderivatives", "ND"],
      ["nd", "ND"],
      ["bearbeitungen", "ND"],
      ["sharealike", "SA"],
      ["alike", "SA"],
      ["sa", "SA"],
      ["bedingungen", "SA"]
    ]);
    nameCache = /* @__PURE__ */ new WeakMap();
  }
});

// src/detect/matchers/fulltext.ts
function locate(input, hashes, ref) {
  if (ref.words.length < SHINGLE || input.length < SHINGLE) return null;
  const set = shinglesOf(ref);
  let best = 0;
  let bestStart = 0;
  let bestEnd = -1;
  let sum = 0;
  let start = 0;
  for (let i = 0; i < hashes.length; i++) {
    const hit = input[i] >= 0 && set.has(hashes[i]);
    sum += hit ? 1 : -MISS_PENALTY;
    if (sum <= 0) {
      sum = 0;
      start = i + 1;
    } else if (sum > best) {
      best = sum;
      bestStart = start;
      bestEnd = i;
    }
  }
  return bestEnd < 0 ? null : [bestStart, bestEnd + SHINGLE];
}
function similarityOf(al, ref, regionLength) {
  let titleOnly = 0;
  for (const h of al.hunks) {
    let t2 = 0;
    for (let i = h.bStart; i < h.bStart + h.bLen; i++) t2 += ref.title[i];
    if (t2 === h.bLen && h.aLen <= 12) titleOnly += h.bLen + h.aLen;
  }
  const total = regionLength + ref.words.length - titleOnly;
  return total <= 0 ? 0 : 2 * al.matched / (total + 0);
}
function compare(input, hashes, text, lazy) {
  const ref = full(lazy);
  const where = locate(input, hashes, ref);
  if (!where) return null;
  if (input.length - where[1] <= EDGE_WORDS) where[1] = input.length;
  const m = compareAt(input, text, ref, where[0], where[1]);
  const coverage = m.coverage ?? 0;
  if (coverage >= VARIANT_COVERAGE || m.similarity < 0.75 || where[0] === 0 && where[1] === input.length)
    return m;
  const missing = Math.ceil((1 - coverage) * ref.words.length) + 10;
  const wider = compareAt(
    input,
    text,
    ref,
    Math.max(0, where[0] - missing),
    Math.min(input.length, where[1] + missing)
  );
  return wider.change && (wider.coverage ?? 0) > coverage ? wider : m;
}
function compareAt(input, text, ref, start, end) {
  const region = input.subarray(start, end);
  const lengths = 2 * Math.min(region.length, ref.words.length) / (region.length + ref.words.length);
  const variantLength = region.length >= ref.words.length && region.length <= ref.words.length * MAX_GROWTH;
  if (lengths < MATCH_THRESHOLD - 0.05 && !variantLength)
    return { id: ref.id, similarity: lengths * 0.9, start, end, exact: false };
  const base = Math.ceil((1 - MATCH_THRESHOLD) * (region.length + ref.words.length)) + 40;
  const budget = variantLength ? Math.min(
    MAX_EDITS,
    Math.max(base, region.length - ref.words.length + Math.ceil(0.1 * ref.words.length) + 40)
  ) : base;
  const al = diffWords(region, ref.words, budget);
  if (!al) return { id: ref.id, similarity: 0, start, end, exact: false };
  let from = start;
  let to = end;
  const hunks = al.hunks.map((h) => ({ ...h }));
  const first = hunks[0];
  const before = first && first.aStart === 0 ? Math.min(start, TITLE_LOOKBACK) : 0;
  const lead = first ? { ...first, aStart: first.aStart + start - before, aLen: first.aLen + before } : void 0;
  const leadingVersion = first && lead && (first.bLen > 0 || first.aStart === 0) ? (first.bLen > 0 ? versionChange(
    lead,
    text,
    ref,
    before > 0
    // before the region only "x.y" reads as a version (not a year in a preamble)
  ) : void 0) ?? (first.aStart === 0 ? elementChange(lead, text, ref) : void 0) : void 0;
  if (first && first.aStart === 0 && first.bStart === 0) {
    from += first.aLen;
    first.aLen = 0;
  }
  const last = hunks[hunks.length - 1];
  if (last && last.aStart + last.aLen === region.length && last.bStart + last.bLen === ref.words.length) {
    to -= last.aLen;
    last.aLen = 0;
  }
  const kept = hunks.filter((h) => h.aLen + h.bLen > 0);
  const trimmed = { matched: al.matched, hunks: kept };
  const similarity = Math.min(1, similarityOf(trimmed, ref, to - from));
  const change = leadingVersion ? { kind: "version", reason: leadingVersion, inserted: [] } : classifyHunks(
    kept.map((h) => ({ ...h, aStart: h.aStart + start })),
    text,
    ref
  );
  const exact = kept.every((h) => h.aLen === 0 && isTitle(ref, h));
  const coverage = al.matched / Math.max(1, ref.words.length);
  const missing = [];
  const added = [];
  for (const h of kept) {
    if (h.aLen === 0 && !isTitle(ref, h))
      for (let i = h.bStart; i < h.bStart + h.bLen; i++) missing.push(ref.words[i]);
    if (h.bLen === 0) for (let i = h.aStart; i < h.aStart + h.aLen; i++) added.push(region[i]);
  }
  return {
    id: ref.id,
    similarity,
    coverage,
    missing,
    added,
    refWords: ref.words,
    // Names replaced are the identity of a clone, not a change of its terms: not counted here; nor is a
    // dropped or reworded title (GLM-130B's "The GLM-130B License" is one word longer than CodeGeeX's,
    // which must not make a renamed GLM-130B text nearer CodeGeeX).
    edits: to - from + ref.words.length - 2 * al.matched - (change?.renameEdits ?? 0) - titleEdits(kept, ref),
    matched: al.matched,
    start: from,
    end: to,
    exact,
    ...change ? { modified: change.reason, change } : {}
  };
}
function titleEdits(hunks, ref) {
  let n = 0;
  for (const h of hunks) if (h.bLen > 0 && h.aLen <= 12 && isTitle(ref, h)) n += h.aLen + h.bLen;
  return n;
}
function isTitle(ref, h) {
  for (let i = h.bStart; i < h.bStart + h.bLen; i++) if (!ref.title[i]) return false;
  return true;
}
function betterVariant(a, b, textLength) {
  const ra = a.change?.kind === "renamed";
  if (ra !== (b.change?.kind === "renamed")) return ra;
  if (a.id === b.id && a.end - a.start !== b.end - b.start) return a.end - a.start > b.end - b.start;
  const ta = (a.edits ?? 0) + (a.change?.renameHunks ?? 0) + textLength - (a.end - a.start);
  const tb = (b.edits ?? 0) + (b.change?.renameHunks ?? 0) + textLength - (b.end - b.start);
  if (ta !== tb) return ta < tb;
  return (a.coverage ?? 0) > (b.coverage ?? 0);
}
function lacking(a, b) {
  if ((a.missing?.length ?? 0) + (a.added?.length ?? 0) === 0) return 0;
  const other = new Set(b.refWords ?? []);
  const own = new Set(a.refWords ?? []);
  const lost = (a.missing ?? []).filter((w) => !other.has(w)).length;
  const unexplained = (a.added ?? []).filter((w) => w >= 0 && !own.has(w) && other.has(w)).length;
  return lost + unexplained;
}
function better(a, b) {
  const spanA = a.end - a.start;
  const spanB = b.end - b.start;
  const close = Math.abs(a.similarity - b.similarity) <= CLOSE_FIT;
  if (close) {
    const lackA = lacking(a, b);
    const lackB = lacking(b, a);
    if (lackA !== lackB) return lackA < lackB;
  }
  if (Math.abs(a.similarity - b.similarity) <= 0.02 && spanA !== spanB) return spanA > spanB;
  if (close && a.id !== b.id && a.exact === b.exact) {
    if (b.id.startsWith(`${a.id}-`)) return true;
    if (a.id.startsWith(`${b.id}-`)) return false;
  }
  if (a.similarity !== b.similarity) return a.similarity > b.similarity;
  return a.exact && !b.exact;
}
function wordCounts(words, vocabularySize) {
  const counts2 = new Int32Array(vocabularySize);
  for (const w of words) if (w >= 0) counts2[w]++;
  return counts2;
}
function cannotWin(counts2, ref, bestSimilarity, inOrder) {
  const words = ref.words;
  if (paired.length < counts2.length) paired = new Int32Array(counts2.length);
  let most = 0;
  for (const w of words) {
    if (w < counts2.length && paired[w] < counts2[w]) {
      paired[w]++;
      most++;
    }
  }
  for (const w of words) if (w < counts2.length) paired[w] = 0;
  most = Math.min(most, inOrder);
  const untitled = words.length - ref.titleWords;
  const bound = most >= untitled ? 1 : 2 * most / (most + untitled);
  return bound < bestSimilarity - CLOSE_FIT - 1e-9;
}
function exactMatch(input) {
  const { refs, byLength } = corpus();
  if (input.length === 0) return null;
  for (const r of byLength.get(input.length) ?? []) {
    const ref = refs[r];
    if (full(ref).words.every((w, i) => w === input[i]))
      return { id: ref.id, similarity: 1, start: 0, end: input.length, exact: true };
  }
  return null;
}
function candidates(input) {
  const { refs, postings, vocabulary } = corpus();
  const { postStart, postRefs, sizes } = postings;
  const seen = new Uint8Array(vocabulary.size);
  let distinct = 0;
  const overlap = new Int32Array(refs.length);
  for (const w of input) {
    if (w < 0 || seen[w]) continue;
    seen[w] = 1;
    distinct++;
    for (let p = postStart[w], end = postStart[w + 1]; p < end; p++) overlap[postRefs[p]]++;
  }
  const ranked = [];
  let best;
  for (let r = 0; r < refs.length; r++) {
    const o = overlap[r];
    if (o === 0) continue;
    const size = sizes[r];
    const dice = 2 * o / (size + distinct);
    if (!best || dice > best.dice) best = { ref: r, dice };
    if (o / size >= MIN_CONTAINMENT) ranked.push({ ref: r, containment: o / size });
  }
  ranked.sort((x, y) => y.containment - x.containment);
  return { ranked, ...best ? { best } : {} };
}
function findLicences(text, slots) {
  const { refs, vocabulary } = corpus();
  const work = toIds(text, vocabulary, false, slots);
  const exact = exactMatch(work);
  if (exact) return { matches: [exact] };
  const matches = [];
  let closest2;
  const noteClosest = (id, confidence, modified) => {
    if (!closest2 || confidence > closest2.confidence)
      closest2 = { licence: id, confidence, ...modified ? { modified } : {} };
  };
  for (let pass = 0; pass < 4; pass++) {
    const live = work.reduce((n, w) => n + (w >= 0 ? 1 : 0), 0);
    if (live < 8) break;
    const { ranked, best: top } = candidates(work);
    const hashes = shingleHashes(work);
    if (pass === 0 && top) noteClosest(refs[top.ref].id, Math.round(top.dice * 1e3) / 1e3);
    let best = null;
    let bestRef = -1;
    let variant = null;
    const considered = ranked.slice(0, MAX_CANDIDATES);
    const oneRefPerId = new Set(considered.map((c) => refs[c.ref].id)).size === considered.length;
    let counts2;
    for (const c of considered) {
      if (c.containment < ranked[0].containment - CONTAINMENT_SPREAD) break;
      if (best?.exact && best.end - best.start >= live * 0.95) break;
      if (pass > 0 && refs[c.ref].length < MIN_SECOND_WORDS) continue;
      if (best && oneRefPerId) {
        counts2 ??= wordCounts(work, vocabulary.size);
        const common = best.matched === void 0 ? void 0 : corpus().common.get(pairKey(bestRef, c.ref, refs.length));
        const inOrder = common === void 0 ? NO_BOUND : common + live - best.matched;
        if (cannotWin(counts2, full(refs[c.ref]), best.similarity, inOrder)) continue;
      }
      const m = compare(work, hashes, text, refs[c.ref]);
      if (!m) continue;
      if (m.change || m.similarity < MATCH_THRESHOLD) {
        noteClosest(m.id, m.similarity, m.modified);
        if (m.change && (m.coverage ?? 0) >= VARIANT_COVERAGE) {
          if (!variant || betterVariant(m, variant, work.length)) variant = m;
        }
        continue;
      }
      if (!best || better(m, best)) {
        best = m;
        bestRef = c.ref;
      }
    }
    if (!best && pass === 0 && variant && variant.change?.kind !== "version") best = variant;
    if (best && pass === 0 && variant && variant.id === best.id && variant.change?.kind !== "version" && variant.end - variant.start > best.end - best.start)
      best = variant;
    if (!best) break;
    matches.push(best);
    for (let i = best.start; i < best.end; i++) work[i] = -1;
  }
  return { matches, ...closest2 && matches.length === 0 ? { closest: closest2 } : {} };
}
var MIN_CONTAINMENT, MAX_CANDIDATES, MATCH_THRESHOLD, MISS_PENALTY, VARIANT_COVERAGE, MAX_GROWTH, MAX_EDITS, EDGE_WORDS, TITLE_LOOKBACK, MIN_SECOND_WORDS, CONTAINMENT_SPREAD, CLOSE_FIT, NO_BOUND, paired;
var init_fulltext = __esm({
  "src/detect/matchers/fulltext.ts"() {
    "use strict";
    init_corpus();
    init_shingles();
    init_changes();
    init_diff();
    MIN_CONTAINMENT = 0.7;
    MAX_CANDIDATES = 8;
    MATCH_THRESHOLD = 0.9;
    MISS_PENALTY = 0.6;
    VARIANT_COVERAGE = 0.9;
    MAX_GROWTH = 2;
    MAX_EDITS = 1500;
    EDGE_WORDS = 6;
    TITLE_LOOKBACK = 16;
    MIN_SECOND_WORDS = 40;
    CONTAINMENT_SPREAD = 0.15;
    CLOSE_FIT = 0.03;
    NO_BOUND = 1073741823;
    paired = new Int32Array(0);
  }
});

// src/detect/matchers/spdx-tag.ts
function spdxTag(text) {
  const m = TAG.exec(text);
  if (!m) return null;
  const parsed = parseExpression(m[1].trim());
  return parsed.ok ? { licence: parsed.expression, confidence: 1 } : null;
}
var TAG;
var init_spdx_tag = __esm({
  "src/detect/matchers/spdx-tag.ts"() {
    "use strict";
    init_expression();
    TAG = /SPDX-License-Identifier:\s*(.+?)\s*(?:\*\/|-->|$)/im;
  }
});

// src/detect/matchers/tails.ts
function unexplainedTails(n) {
  const out = [];
  for (const tail of n.tails) {
    if (tail.words.length === 0) continue;
    const lineOfWord = [];
    tail.lineWords.forEach((ws, k) => {
      for (let i = 0; i < ws.length; i++) lineOfWord.push(k);
    });
    const bad = unexplainedWords(tail.words);
    for (const k of new Set(bad.map((i) => lineOfWord[i]))) {
      const text = tail.text[k].trim();
      if (text) out.push(text);
    }
  }
  return out;
}
function unexplainedWords(words) {
  const { tails, vocabulary } = corpus();
  const input = toIds(words, vocabulary, false);
  let best = null;
  let bestRank = -1;
  const sameKind = tails.filter((t2) => t2.words[0] === input[0] && t2.words[1] === input[1]);
  const ordered = (sameKind.length > 0 ? sameKind : tails).map((t2, rank) => ({ t: t2, rank, distance: bagDistance(input, t2.words) })).sort((x, y) => x.distance - y.distance || x.rank - y.rank);
  for (const { t: t2, rank } of ordered) {
    const budget = input.length + t2.words.length;
    const al = diffWords(input, t2.words, budget);
    if (!al) continue;
    const bad2 = [];
    const own = new Set(t2.words);
    const removed = /* @__PURE__ */ new Map();
    for (const h of al.hunks)
      for (let j = h.bStart; j < h.bStart + h.bLen; j++)
        removed.set(t2.words[j], (removed.get(t2.words[j]) ?? 0) + 1);
    for (const h of al.hunks) {
      const filledField = h.bLen > 0 && h.bLen <= MAX_FIELD && h.aLen <= h.bLen + FIELD_SLACK;
      const added = [];
      for (let i = h.aStart; i < h.aStart + h.aLen; i++) {
        const left = removed.get(input[i]) ?? 0;
        const moved = left > 0;
        if (moved) removed.set(input[i], left - 1);
        else added.push(i);
        if (isSubstantiveWord(words[i]) && !moved || !filledField && !own.has(input[i])) bad2.push(i);
      }
      if (!filledField && added.length >= SUBSTANTIVE_WORDS) {
        const marked = new Set(bad2);
        for (const i of added) if (!marked.has(i)) bad2.push(i);
      }
    }
    if (!best || bad2.length < best.length || bad2.length === best.length && rank < bestRank) {
      best = bad2;
      bestRank = rank;
    }
    if (best.length === 0) break;
  }
  const bad = best ?? words.map((_, i) => i);
  const grammar = bad.some((i) => isSubstantiveWord(words[i]));
  return bad.length > TAIL_TOLERANCE || grammar ? bad : [];
}
var FIELD_SLACK, MAX_FIELD, TAIL_TOLERANCE;
var init_tails = __esm({
  "src/detect/matchers/tails.ts"() {
    "use strict";
    init_corpus();
    init_changes();
    init_diff();
    init_substance_words();
    FIELD_SLACK = 8;
    MAX_FIELD = 16;
    TAIL_TOLERANCE = 3;
  }
});

// src/detect/surroundings.ts
function judgeSurroundings(lines, ids) {
  const named = new Set(ids.map((id) => id.replace(/-(?:only|or-later)$/, "").toLowerCase()));
  const nameWords = new Set(ids.flatMap((id) => wordsOf(id.replace(/-/g, " "))));
  const titles = ids.flatMap(titlesOf).map((t2) => ` ${t2} `);
  const substance = [];
  const statements2 = [];
  let codeLines = 0;
  let thirdParty = false;
  let looseWords = 0;
  let grammar = false;
  const prose = [];
  const flush = () => {
    const paragraph = prose.join(" ").replace(/\s+/g, " ").trim();
    prose.length = 0;
    if (paragraph === "") return;
    if (OTHER_MATERIAL.test(paragraph) && !RESTRICTIVE.test(paragraph)) {
      thirdParty ||= THIRD_PARTY_SECTION.test(paragraph);
      return;
    }
    if (thirdParty && !RESTRICTIVE.test(paragraph)) return;
    for (const s of sentences(paragraph)) {
      const kind = classify(s, named, nameWords, titles);
      if (kind === "explained") continue;
      if (kind === "statement") {
        statements2.push(s);
        continue;
      }
      const words = wordsOf(s);
      looseWords += words.length;
      grammar ||= words.some(isSubstantiveWord);
      substance.push(s);
    }
  };
  for (const line of lines) {
    if (line.trim() === "") {
      flush();
      continue;
    }
    const bare = line.replace(URL, " ").trim();
    if (bare === "" || HOLDER.test(bare) && wordsOf(bare).length <= 10 && !scopes(bare)) {
      flush();
      continue;
    }
    if (CODE_LINE.test(line) || isRoffMarkup(line)) {
      flush();
      codeLines++;
      continue;
    }
    prose.push(line.trim());
  }
  flush();
  const tolerated = looseWords <= TOLERANCE && !grammar && !substance.some(scopes);
  return { substance: tolerated ? [] : substance, statements: statements2, codeLines };
}
function scopes(text) {
  return wordsOf(text).some(isSubstantiveWord) || SCOPING_STEM.test(text) || LONG_TOKEN.test(text);
}
function isRoffMarkup(line) {
  return ROFF.test(line) && !wordsOf(line.replace(ROFF_MARKUP, " ")).some(isSubstantiveWord);
}
function sentences(paragraph) {
  return paragraph.split(/(?<=[.:!?])\s+(?=\S)/).map((s) => s.trim()).filter((s) => /[\p{L}\p{N}]/u.test(s));
}
function classify(sentence2, named, nameWords, titles) {
  const bare = sentence2.replace(URL, " ").replace(FILE_NAME, " ");
  const words = wordsOf(bare);
  const said = ` ${wordsOf(sentence2).join(" ")} `;
  if (said.trim() !== "" && titles.some((t2) => t2.includes(said))) return "explained";
  if (words.length <= 1 && !scopes(bare)) return "explained";
  const hasGrammar = words.some(isSubstantiveWord);
  const ids = namesIn(loose(sentence2));
  const others = ids.filter((id) => !named.has(id.replace(/-(?:only|or-later)$/, "").toLowerCase()));
  if (others.length > 0 && GRANT_LIKE.test(sentence2)) return "statement";
  if (!hasGrammar && isTitle2(sentence2, words, nameWords)) return "explained";
  const l = loose(sentence2).trim();
  if (others.length === 0 && POINTERS.some((re) => re.test(l)) && pointerIsBare(l, words, nameWords))
    return "explained";
  if (!hasGrammar && ATTRIBUTION.test(sentence2)) return "explained";
  if (isStandardNotice(sentence2.replace(URL, " "), ids, named)) return "explained";
  return "substance";
}
function isStandardNotice(text, ids, named) {
  if (ids.some((id) => !named.has(id.replace(/-(?:only|or-later)$/, "").toLowerCase()))) return false;
  const l = loose(text).trimStart();
  const gnu = [...named].some((id) => /^(?:(?:a|l)?gpl|gfdl)-/.test(id));
  if (gnu && (GNU_NOTICE.some((re) => re.test(l)) || FSF_ADDRESS.test(l))) return true;
  return named.has("apache-2.0") && ASF_NOTICE.some((re) => re.test(l));
}
function isTitle2(sentence2, words, nameWords) {
  if (/;\s*$/.test(sentence2) || words.length > 14) return false;
  const other = words.filter((w) => !TITLE_WORDS.has(w) && !nameWords.has(w) && !/^\d+(?:\.\d+)*$/.test(w));
  return other.length <= MAX_TITLE_OTHER_WORDS && !other.some((w) => SCOPING_WORDS.has(w) || SCOPING_STEM.test(w) || LONG_TOKEN.test(w));
}
function pointerIsBare(l, words, nameWords) {
  const stripped = l.replace(POINTER_TAIL, "");
  const grammar = words.filter(isSubstantiveWord);
  const choice = /\b(?:either|any|one) of (?:the following|these|two|the two)\b/.test(l);
  const where = /\b(?:can|may) be (?:found|obtained|read|viewed|seen)\b/.test(l);
  const allowed = (w) => w === "except" && stripped !== l || (choice || where) && (w === "may" || w === "can");
  if (!grammar.every(allowed)) return false;
  const content = words.filter((w) => !TITLE_WORDS.has(w) && !nameWords.has(w));
  return content.length <= 16;
}
var TOLERANCE, TITLE_WORDS, MAX_TITLE_OTHER_WORDS, SCOPING_WORDS, SCOPING_STEM, LONG_TOKEN, POINTERS, POINTER_TAIL, ATTRIBUTION, OTHER_MATERIAL, GNU_NAME, GNU_NOTICE, ASF_NOTICE, FSF_ADDRESS, THIRD_PARTY_SECTION, RESTRICTIVE, GRANT_LIKE, CODE_LINE, ROFF, ROFF_MARKUP, HOLDER, URL, FILE_NAME;
var init_surroundings = __esm({
  "src/detect/surroundings.ts"() {
    "use strict";
    init_corpus();
    init_reference();
    init_substance_words();
    init_normalise();
    TOLERANCE = 3;
    TITLE_WORDS = new Set(
      "the a an license licenses licensing agreement terms and of conditions version v text full copy software project notice legal for this is document standard open source public distributed with included in to by files file code".split(
        " "
      )
    );
    MAX_TITLE_OTHER_WORDS = 6;
    SCOPING_WORDS = new Set(
      "research academic evaluation personal internal educational education commercial noncommercial purpose purposes trial demonstration demo scientific study testing evaluative nonprofit".split(
        " "
      )
    );
    SCOPING_STEM = /commercial|research|academic|evaluat|personal|internal|educat|non-?profit|only|solely|exclusiv|prohibit|forbid|restrict|militar|scientific|demonstrat|trial|testing/i;
    LONG_TOKEN = /[^\s]{41,}/;
    POINTERS = [
      /^(?:(?:[\w.'-]+ ){0,8}(?:is|are) )?(?:dual |multi |triple )?(?:licensed|released|distributed|made available|available|provided|published|offered|covered) (?:to you )?(?:under|by) (?:the )?(?:terms (?:and conditions )?of (?:the )?)?/,
      /^(?:the )?following licenses? (?:text )?(?:applies|apply|is|governs?)\b/,
      /^(?:for (?:[\w-]+ ){1,4})?(?:please )?(?:see|refer to|read|check) (?:the )?(?:[\w./-]+ ){0,6}/,
      /^(?:the )?(?:full |complete )?(?:text|terms) of (?:the |this )?(?:[\w.-]+ ){0,6}(?:licenses? )?(?:is|are|follows?|below|reproduced)/,
      /^(?:a )?copy of (?:the |this )?(?:[\w.-]+ ){0,6}licenses? (?:is|can be|may be) (?:found|obtained|included)/,
      /^spdx license identifier /,
      /^(?:[\w.'-]+ ){0,8}(?:licen[cs]e )?(?:terms|text|conditions)(?: and conditions)? (?:can be|are|is|may be) (?:found|included|available|provided) (?:in|at|below|above)\b/,
      /^you (?:may|can) (?:use|choose|redistribute|distribute) (?:[\w.'-]+ ){0,6}under (?:the terms of )?(?:either|any|one) of (?:the following|these|two|the two)\b/,
      /^(?:[\w.'-]+ ){0,8}(?:is|are) (?:dual |multi )?licensed under (?:the terms of )?(?:either|both|each of|any of|one of)\b/
    ];
    POINTER_TAIL = / ?(?:except as (?:documented|noted|stated|described|otherwise noted) (?:below|above|herein))?$/;
    ATTRIBUTION = /\b(?:created|written|developed|authored|maintained|originally (?:written|developed)|contributed) by\b|\bderivative work of\b|\b(?:a )?(?:fork|port) of\b|\bbased on\b|\bderived from\b|\bvoluntary contributions\b|\bcontribution history\b|\bcopyright\b|\(c\)|©/i;
    OTHER_MATERIAL = /\b(?:their|its) own licen[cs]es?\b|\btheir respective\s+(?:licen[cs]es?|terms)\b|\bexternally maintained\b|\bseparate licen[cs]e terms\b|\bwaived via cc0\b|\bthis product (?:also )?includes? (?:the following )?software\b|\bis (?:a )?registered trademark of\b/i;
    GNU_NAME = "the gnu (?:affero |lesser |library )?general public license";
    GNU_NOTICE = [
      new RegExp(
        `^(?:(?:[\\w.'+-]+ ){1,6}(?:is|are) free software )?(?:you can )?redistribute (?:it|them) and or modify (?:it|them) under the terms of ${GNU_NAME} (?:version \\d(?:\\.\\d)? )?(?:as published by the free software foundation )?(?:either )?(?:version \\d(?:\\.\\d)? )?(?:of the license )?(?:or at your option any later version )?$`
      ),
      /^(?:[\w.'+-]+ ){1,6}(?:is|are) free software $/,
      /^(?:[\w.'+-]+ ){1,6}(?:is|are) distributed in the hope that (?:it|they) will be useful but without any warranty without even the implied warranty of merchantability or fitness for a particular purpose /,
      new RegExp(`^see ${GNU_NAME} for more details $`),
      new RegExp(
        `^you should have received a copy of ${GNU_NAME} along with (?:[\\w.'+-]+ ){1,3}(?:if not see |if not write to the free software foundation [\\w ]*)?$`
      )
    ];
    ASF_NOTICE = [
      /^licensed under the apache license version 2\.0 the license you may not use this file except in compliance with the license $/,
      /^you may obtain a copy of the license at $/,
      /^unless required by applicable law or agreed to in writing software distributed under the license is distributed on an as is basis without warranties or conditions of any kind either express or implied $/,
      /^see the license for the specific language governing permissions and limitations under the license $/
    ];
    FSF_ADDRESS = /^(?:(?:free software foundation|inc)\s+)*\d+ (?:franklin st(?:reet)?|temple place|mass ave) (?:fifth floor |suite 330 )?(?:boston|cambridge) ma \d{5}(?: \d{4})? usa $/;
    THIRD_PARTY_SECTION = /\bthis product (?:also )?includes? (?:the following )?software\b/i;
    RESTRICTIVE = /\b(?:not|no|only|solely|exclusively|except|unless|never|non-?commercial)\b/i;
    GRANT_LIKE = /\b(?:licen[cs]ed|released|distributed|available|provided|governed|covered|waived|redistribute it|modify it|subject)\b[^.]{0,60}\b(?:under|by|via|to the terms of)\b|^\s*(?:the )?(?:source code|code|model weights|weights|model|checkpoints|datasets?|data|documentation)\b[^.]{0,30}\b(?:under|:|-)\s/i;
    CODE_LINE = /[{}]\s*$|\w\([^)]*\)\s*;\s*$|^\s*(?:#include|#define|import |from \S+ import|package |using |def |class |function |const |let |var |return\b|public |private |static )|^\s*[A-Za-z_$][\w$.]*\s*(?:\(|=[^=])/;
    ROFF = /^\s*\.(?:TH|SH|SS|PP|LP|P|TP|IP|HP|RS|RE|B|I|BR|BI|IB|IR|RB|RI|SM|br|sp|nf|fi|in|ti)\b|\\f[BIRP]/;
    ROFF_MARKUP = /^\s*\.[A-Za-z]+|\\f[BIRP]|\\-/g;
    HOLDER = /^\s*(?:\d{4}(?:\s*[-–,]\s*\d{4})*,?\s+)?(?:\(?[A-Z][\p{L}.'’-]*\)?(?:\s*,\s*|\s+(?:and|&)\s+|\s+|$))+$/u;
    URL = /\b(?:https?|ftp):\/\/\S+|\bwww\.\S+|<[^>\s]+>|(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.]+\b/gi;
    FILE_NAME = /(?:^|\s)(?:\.{0,2}\/)?[\w./-]*\b(?:licen[cs]e|copying|notice|readme)[\w.-]*(?=\s|$|[.,;:)])/gi;
  }
});

// src/detect/identify.ts
function identifyText(input, options = {}) {
  const file = options.file !== void 0 ? { file: options.file } : {};
  const readme = options.role === "readme";
  const text = readme ? cardBody(input) : input;
  if (!readme && isDebianCopyright(text)) return debianCopyright(text, file);
  const tag = spdxTag(text);
  const n = normalise(text);
  if (tag && n.words.length < TAG_ONLY_WORDS) {
    return { licence: tag.licence, confidence: tag.confidence, matcher: "spdx-tag", bearing: true, ...file };
  }
  const full2 = findLicences(n.words, n.slots);
  if (tag && full2.matches.length === 0) {
    return { licence: tag.licence, confidence: tag.confidence, matcher: "spdx-tag", bearing: true, ...file };
  }
  const covered = new Uint8Array(n.words.length);
  for (const m of full2.matches) covered.fill(1, m.start, m.end);
  const outside = linesOutside(n.lines, n.lineOf, covered, n.words);
  const remainderText = outside.join("\n");
  const around = full2.matches.length > 0 ? remainderText : text;
  const compilation = COMPILATION.test(around) && (full2.matches.length > 1 || wordCount(around) > COMPILATION_MIN_WORDS);
  const closest2 = full2.closest ? { closest: { licence: full2.closest.licence, confidence: round2(full2.closest.confidence) } } : {};
  const none = (extra = {}) => ({
    licence: null,
    confidence: 0,
    matcher: "none",
    bearing: true,
    ...file,
    ...closest2,
    ...extra
  });
  if (compilation) return none({ matcher: "compilation" });
  if (full2.matches.length > 0) {
    const licences = full2.matches.filter((m) => !isPolicy(m.id));
    if (licences.length === 0) return none({ matcher: "use-policy" });
    return fromLicenceTexts(n, licences, covered, outside, readme, none, file);
  }
  const firstLine = n.lines.find((l) => l.trim() !== "") ?? "";
  const licenceDocument = n.words.length > 150 && LICENCE_TITLE.test(firstLine);
  const nearMiss = (full2.closest?.confidence ?? 0) >= NEAR_MISS && n.words.length > NOTICE_WORDS;
  if (!licenceDocument && !nearMiss && (readme || n.words.length <= NOTICE_WORDS * 4)) {
    const ref = referenceMatch(text);
    const restrictions = readme || n.words.length <= NOTICE_WORDS ? statedRestrictions(text) : [];
    if (ref) {
      const joined = withRestrictions(ref.licence, restrictions);
      return {
        licence: joined.licence,
        confidence: ref.confidence,
        matcher: "reference",
        bearing: true,
        ...file,
        ...joined.extra.length > 0 ? { extra: joined.extra } : {}
      };
    }
    if (restrictions.length > 0) {
      return {
        licence: restrictions.map((r) => r.id).join(" AND "),
        confidence: STATED_CONFIDENCE,
        matcher: "reference",
        bearing: true,
        ...file,
        extra: restrictions.map((r) => r.sentence)
      };
    }
    if (readme) return { ...none(), bearing: licenceSection(text) };
  }
  return none();
}
function debianCopyright(text, file) {
  const none = (why) => ({
    licence: null,
    confidence: 0,
    matcher: "debian-copyright",
    bearing: true,
    ...file,
    extra: [why]
  });
  const fields = licenceFields(text);
  if (fields.length === 0) return none("a machine-readable copyright file with no License field");
  if (fields.length > MAX_DEBIAN_FIELDS)
    return none(`more than ${MAX_DEBIAN_FIELDS} License fields: not read`);
  const lookup = (id) => lookupLicence(id)?.id ?? null;
  const identified = /* @__PURE__ */ new Map();
  const resolve4 = (id, body) => {
    if (body.trim() === "") return id;
    let got = identified.get(body);
    if (got === void 0) {
      got = identifyText(body, { role: "licence" }).licence;
      identified.set(body, got);
    }
    if (got !== null) return got;
    return /\/usr\/share\/common-licenses\//.test(body) ? id : null;
  };
  const defined = /* @__PURE__ */ new Map();
  for (const f of fields.filter((x) => !x.files && x.text.trim() !== "")) {
    const id = debianShortName(f.names, lookup);
    defined.set(f.names.toLowerCase(), id ? resolve4(id, f.text) : null);
  }
  const parts = [];
  for (const f of fields.filter((x) => x.files)) {
    if (/with/i.test(f.names)) return none(`"${f.names}": an exception is not read here`);
    const tokens = f.names.split(/\s+(or|and)\s+/i);
    if (tokens.length > 1 && f.text.trim() !== "")
      return none(`"${f.names}": a text under several names is not read`);
    const out = [];
    for (let i = 0; i < tokens.length; i++) {
      const t2 = tokens[i];
      if (i % 2 === 1) {
        out.push(t2.toUpperCase());
        continue;
      }
      const id = debianShortName(t2, lookup);
      if (!id) return none(`"${t2}" names no licence the engine knows`);
      const own = tokens.length === 1 && f.text.trim() !== "" ? resolve4(id, f.text) : void 0;
      const got = own !== void 0 ? own : defined.has(t2.toLowerCase()) ? defined.get(t2.toLowerCase()) : id;
      if (!got) return none(`the text given for "${t2}" is not identified`);
      out.push(/ (?:AND|OR|WITH) /.test(got) ? `(${got})` : got);
    }
    const expression = out.join(" ");
    parts.push(out.length > 1 ? `(${expression})` : expression);
  }
  const distinct = [...new Set(parts)];
  if (distinct.length === 0) return none("no Files stanza names a licence");
  const named = distinct.length === 1 ? distinct[0].replace(/^\((.*)\)$/, "$1") : distinct.join(" AND ");
  const joined = withRestrictions(named, statedRestrictions(outsideLicenceFields(text)));
  return {
    licence: joined.licence,
    confidence: DEBIAN_CONFIDENCE,
    matcher: "debian-copyright",
    bearing: true,
    ...file,
    ...joined.extra.length > 0 ? { extra: joined.extra } : {}
  };
}
function isPolicy(id) {
  policies ??= new Set(
    licenceEntries().filter((e) => e.companion).map((e) => e.id)
  );
  return policies.has(id);
}
function licenceSection(text) {
  return /^\s*(?:#{1,6}\s*|\*\*)?\s*licen[cs](?:e|es|ing)\b[^\n]*\n+\s*[^\s#]/im.test(text);
}
function fromLicenceTexts(n, matches, covered, outside, readme, none, file) {
  const remainderText = outside.join("\n");
  const coveredWords = covered.reduce((a, b) => a + b, 0);
  const rest = n.words.length - coveredWords;
  const inOrder = [...matches].sort((a, b) => a.start - b.start);
  const ids = inOrder.map((m) => m.id);
  const around = readme ? void 0 : judgeSurroundings(outside, ids);
  const prose = around ? wordCount(around.substance.join(" ")) : 0;
  if (!readme && rest > coveredWords && prose > coveredWords) {
    return none({ closest: { licence: inOrder[0].id, confidence: round2(inOrder[0].similarity) } });
  }
  const share = coveredWords / (coveredWords + rest / 2);
  const segments = inOrder.map((m) => ({ id: m.id, confidence: m.similarity * share }));
  let tails = readme ? [] : unexplainedTails(n);
  if (tails.length > 0) {
    const tailText = normalise(tails.join("\n"));
    const inTail = findLicences(tailText.words, tailText.slots);
    const tailWords = wordCount(tails.join(" "));
    const tailCovered = inTail.matches.reduce((a, m) => a + m.end - m.start, 0);
    if (inTail.matches.length > 0 && !inTail.matches.some((m) => m.change) && tailCovered >= tailWords * TAIL_COVERED) {
      for (const m of inTail.matches) segments.push({ id: m.id, confidence: m.similarity * share });
      tails = [];
    }
  }
  const statementText = around ? around.statements.join("\n") : remainderText;
  const stated = wordCount(statementText) >= 4 ? referenceMatch(statementText) : null;
  const result = combine(segments, stated, remainderText);
  if (!result) return none();
  const extra = [];
  const variant = inOrder.find((m) => m.change);
  const substance = [...around?.substance ?? [], ...tails];
  let licence2 = result.licence;
  let matcher = inOrder.length === 1 && inOrder[0].exact && rest <= 12 ? "exact" : "dice";
  if (variant?.change?.kind === "renamed" && substance.length === 0) {
    licence2 = licence2.replace(variant.id, derivedId(variant.id, "renamed"));
    extra.push(...variant.change.renames ?? []);
    matcher = "renamed";
  } else if (variant || substance.length > 0) {
    licence2 = modifyAll(licence2, ids);
    if (variant?.change) extra.push(...quoteRanges(n, variant.change.inserted));
    extra.push(...substance);
    if (variant?.change?.kind === "renamed") extra.push(...variant.change.renames ?? []);
    matcher = "modified";
  }
  if (around && around.codeLines > 0)
    extra.push(`the file also holds ${around.codeLines} lines of code or markup`);
  if (readme) {
    const joined = withRestrictions(licence2, statedRestrictions(remainderText));
    licence2 = joined.licence;
    extra.push(...joined.extra);
  }
  return {
    licence: licence2,
    confidence: round2(result.confidence),
    matcher,
    bearing: true,
    ...file,
    ...extra.length > 0 ? { extra: quoteLimit(extra) } : {}
  };
}
function modifyAll(expression, ids) {
  return expression.split(/( (?:AND|OR|WITH) |[()])/).map((part) => {
    const base = part.trim();
    const found = ids.find(
      (id) => id === base || id.replace(/-only$/, "") === base.replace(/-or-later$/, "")
    );
    return found ? part.replace(base, derivedId(base, "modified")) : part;
  }).join("");
}
function withRestrictions(expression, restrictions) {
  const leaves = expression.split(/ (?:AND|OR|WITH) /).map((l) => l.replace(/[()]/g, "").trim());
  const carried = (flag) => leaves.every((l) => lookupLicence(l)?.flags.includes(flag));
  const adding = restrictions.filter((r) => !(lookupLicence(r.id)?.flags ?? []).every(carried));
  if (adding.length === 0) return { licence: expression, extra: [] };
  const base = / OR /.test(expression) ? `(${expression})` : expression;
  return {
    licence: [base, ...adding.map((r) => r.id)].join(" AND "),
    extra: adding.map((r) => r.sentence)
  };
}
function quoteRanges(n, ranges) {
  const out = [];
  for (const [a, b] of ranges) {
    const lines = /* @__PURE__ */ new Set();
    for (let i = a; i < b && i < n.lineOf.length; i++) lines.add(n.lineOf[i]);
    const quoted = [...lines].map((li) => n.lines[li].trim()).join(" ").trim();
    if (quoted) out.push(quoted);
  }
  return out;
}
function quoteLimit(extra) {
  const distinct = [
    ...new Set(extra.map((e) => e.length > QUOTE_CHARS ? `${e.slice(0, QUOTE_CHARS)}\u2026` : e))
  ];
  return distinct.length > QUOTE_MAX ? [...distinct.slice(0, QUOTE_MAX), `\u2026 and ${distinct.length - QUOTE_MAX} more`] : distinct;
}
function wordCount(text) {
  return text.split(/\s+/).filter((w) => /\w/.test(w)).length;
}
function linesOutside(lines, lineOf, covered, words) {
  const kinds2 = new Uint8Array(lines.length);
  for (let i = 0; i < lineOf.length; i++) kinds2[lineOf[i]] |= covered[i] ? 1 : 2;
  const mixed = /* @__PURE__ */ new Map();
  for (let i = 0; i < lineOf.length; i++) {
    const li = lineOf[i];
    if (kinds2[li] !== 3 || covered[i]) continue;
    const list = mixed.get(li);
    if (list) list.push(words[i]);
    else mixed.set(li, [words[i]]);
  }
  const out = [];
  lines.forEach((line, li) => {
    if (kinds2[li] === 1) return;
    if (kinds2[li] === 0) {
      if (out.length > 0 && out[out.length - 1] !== "") out.push("");
      return;
    }
    out.push(kinds2[li] === 3 ? mixed.get(li).join(" ") : line);
  });
  return out;
}
function round2(x) {
  return Math.round(x * 1e3) / 1e3;
}
var COMPILATION, LICENCE_TITLE, NOTICE_WORDS, NEAR_MISS, TAG_ONLY_WORDS, QUOTE_CHARS, QUOTE_MAX, MAX_DEBIAN_FIELDS, DEBIAN_CONFIDENCE, policies, TAIL_COVERED, STATED_CONFIDENCE, COMPILATION_MIN_WORDS;
var init_identify = __esm({
  "src/detect/identify.ts"() {
    "use strict";
    init_card();
    init_corpus();
    init_licences();
    init_combine();
    init_debian_copyright();
    init_fulltext();
    init_reference();
    init_spdx_tag();
    init_tails();
    init_normalise();
    init_restrictions();
    init_surroundings();
    init_variants();
    COMPILATION = /\bthird[- ]party (?:components?|software components|librar(?:y|ies))\b|\bsubcomponents?\b|\bportions of this software\b|^\s*acknowledg(?:e)?ments?\s*$|\bthis product includes software\b|\bopen source software notice\b|\bcomponents? (?:listed )?below\b/im;
    LICENCE_TITLE = /^\s*(?:#+\s*)?(?![^\n]*\bnotice\b)[^\n.]{0,80}\b(?:licen[cs]e|agreement|terms of use)\b[^\n.]{0,40}$/i;
    NOTICE_WORDS = 400;
    NEAR_MISS = 0.8;
    TAG_ONLY_WORDS = 300;
    QUOTE_CHARS = 300;
    QUOTE_MAX = 12;
    MAX_DEBIAN_FIELDS = 400;
    DEBIAN_CONFIDENCE = 0.9;
    TAIL_COVERED = 0.8;
    STATED_CONFIDENCE = 0.9;
    COMPILATION_MIN_WORDS = 150;
  }
});

// src/bundle-dir.ts
import { readdir, stat } from "node:fs/promises";
async function replaceableByBundle(dir) {
  const info = await stat(dir).catch(() => void 0);
  if (!info) return { ok: true };
  if (!info.isDirectory()) return { ok: false, why: "it exists and is not a directory" };
  const names = await readdir(dir);
  if (names.length === 0) return { ok: true };
  if (!names.includes("bundle.json"))
    return { ok: false, why: "it is a folder that is not an evidence bundle" };
  const extra = names.filter((n) => !BUNDLE_ENTRIES.has(n));
  if (extra.length > 0) {
    return {
      ok: false,
      why: `it holds files that are not part of an evidence bundle (${extra.slice(0, 3).join(", ")})`
    };
  }
  return { ok: true };
}
var BUNDLE_ENTRIES;
var init_bundle_dir = __esm({
  "src/bundle-dir.ts"() {
    "use strict";
    BUNDLE_ENTRIES = /* @__PURE__ */ new Set(["bundle.json", "programme.yml", "policy.yml", "evidence"]);
  }
});

// src/errors.ts
var errors_exports = {};
__export(errors_exports, {
  ConfigError: () => ConfigError,
  InternalError: () => InternalError,
  SourceError: () => SourceError,
  formatProblem: () => formatProblem
});
function formatProblem(p, say = (q) => ({
  message: q.message,
  ...q.fix ? { fix: q.fix } : {},
  fixLabel: "fix"
})) {
  const { message, fix, fixLabel, file = p.file } = say(p);
  const where = [file && (p.line ? `${file}:${p.line}` : file), p.path].filter(Boolean).join(": ");
  return `${where ? `${where}: ` : ""}${message}${fix ? `
    ${fixLabel}: ${fix}` : ""}`;
}
var ConfigError, SourceError, InternalError;
var init_errors = __esm({
  "src/errors.ts"() {
    "use strict";
    ConfigError = class extends Error {
      problems;
      constructor(problems) {
        const list = typeof problems === "string" ? [{ file: "", path: "", message: problems }] : problems;
        super(list.map((p) => formatProblem(p)).join("\n"));
        this.name = "ConfigError";
        this.problems = list;
      }
    };
    SourceError = class extends Error {
      code;
      url;
      status;
      requestId;
      constructor(code, message, info = {}) {
        super(message);
        this.name = "SourceError";
        this.code = code;
        this.url = info.url;
        this.status = info.status;
        this.requestId = info.requestId;
      }
    };
    InternalError = class extends Error {
      constructor(message) {
        super(message);
        this.name = "InternalError";
      }
    };
  }
});

// src/output-paths.ts
import { realpath, stat as stat2 } from "node:fs/promises";
import { basename, dirname as dirname3, isAbsolute as isAbsolute2, join as join4, relative as relative2, resolve } from "node:path";
async function realOrPlanned(p) {
  try {
    return await realpath(p);
  } catch {
    const parent = dirname3(p);
    return parent === p ? p : join4(await realOrPlanned(parent), basename(p));
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
    const info = await stat2(output.real).catch(() => void 0);
    if (info?.isDirectory())
      refuse(
        output.flag,
        output.path,
        "is a directory",
        `give a file name, e.g. ${join4(output.path, "report.json")}`
      );
    else if (info && !info.isFile())
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
var init_output_paths = __esm({
  "src/output-paths.ts"() {
    "use strict";
    init_bundle_dir();
    init_errors();
  }
});

// src/read/bounded.ts
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
function kindOf(info) {
  if (info.isDirectory()) return "a directory";
  if (info.isFIFO()) return "a FIFO (named pipe)";
  if (info.isSocket()) return "a socket";
  if (info.isCharacterDevice()) return "a character device";
  if (info.isBlockDevice()) return "a block device";
  return "not a regular file";
}
function firstBuffer(size, maxBytes) {
  return Buffer.allocUnsafe(Math.max(1, Math.min(maxBytes + 1, size > 0 ? size + 1 : CHUNK)));
}
function withRoom(buffer, total, maxBytes) {
  if (total < buffer.length) return buffer;
  const grown = Buffer.allocUnsafe(Math.min(maxBytes + 1, buffer.length + CHUNK));
  buffer.copy(grown, 0, 0, total);
  return grown;
}
function filled(buffer, total, maxBytes) {
  return total > maxBytes ? { ok: true, bytes: buffer.subarray(0, maxBytes), truncated: true } : { ok: true, bytes: buffer.subarray(0, total), truncated: false };
}
function openFailure(error) {
  const code = error.code;
  if (code === "ENOENT" || code === "ENOTDIR")
    return { ok: false, reason: "missing", message: "does not exist" };
  if (code === "ENXIO")
    return { ok: false, reason: "not-regular", message: "is a socket, not a regular file" };
  if (code === "EISDIR")
    return { ok: false, reason: "not-regular", message: "is a directory, not a regular file" };
  return unreadable(error);
}
function unreadable(error) {
  const code = error.code;
  return {
    ok: false,
    reason: "unreadable",
    message: `cannot be read (${code ?? String(error)})`,
    ...code ? { code } : {}
  };
}
function notRegular(info) {
  return info.isFile() ? null : { ok: false, reason: "not-regular", message: `is ${kindOf(info)}, not a regular file` };
}
function readBoundedSync(file, maxBytes) {
  let fd;
  try {
    fd = openSync(file, FLAGS);
  } catch (error) {
    return openFailure(error);
  }
  try {
    const info = fstatSync(fd);
    const refused = notRegular(info);
    if (refused) return refused;
    let buffer = firstBuffer(info.size, maxBytes);
    let total = 0;
    while (total <= maxBytes) {
      buffer = withRoom(buffer, total, maxBytes);
      const bytesRead = readSync(fd, buffer, total, buffer.length - total, null);
      if (bytesRead === 0) break;
      total += bytesRead;
    }
    return filled(buffer, total, maxBytes);
  } catch (error) {
    return unreadable(error);
  } finally {
    closeSync(fd);
  }
}
function formatBytes(n) {
  if (n >= 1024 * 1024) return `${+(n / 1024 / 1024).toFixed(1)} MiB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KiB`;
  return `${n} bytes`;
}
function readBoundedTextSync(file, maxBytes) {
  const read = readBoundedSync(file, maxBytes);
  if (!read.ok) return read;
  return { ...read, text: decodeText(read.bytes, read.truncated) };
}
var FLAGS, CHUNK;
var init_bounded = __esm({
  "src/read/bounded.ts"() {
    "use strict";
    init_decode();
    FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);
    CHUNK = 1024 * 1024;
  }
});

// src/read/limits.ts
var LIMITS;
var init_limits = __esm({
  "src/read/limits.ts"() {
    "use strict";
    LIMITS = {
      // The longest licence in the corpus (LGPL-3.0) is 42 KB and the longest model card 41 KB: 512 KiB
      // leaves ten times that, and keeps a hostile 200 MB "LICENSE" from being read at all.
      licenceText: 512 * 1024,
      // A programme of 100 teams is about 20 KB; a policy file about 2 KB. 1 MiB is far beyond both.
      configFile: 1024 * 1024,
      // A report of 1,000 models is about 5 MB (the five-team example is 160 KB).
      report: 64 * 1024 * 1024,
      // Several reports given to merge, together.
      reports: 256 * 1024 * 1024,
      // bundle.json lists one line per record: 100,000 records fit in about 25 MB.
      bundleIndex: 32 * 1024 * 1024,
      // One record holds a release's metadata and at most a handful of 512 KiB texts (escaped in JSON).
      bundleRecord: 16 * 1024 * 1024,
      // Every record of a bundle together; parsed, they must stay well under 1 GB of memory.
      bundleTotal: 256 * 1024 * 1024,
      // Records in one bundle (the five-team example has 90).
      bundleRecords: 1e5,
      // Nesting of a YAML or JSON document: a programme file needs 5 levels, a Hub answer about 10.
      depth: 64,
      // YAML alias expansions per document (yaml's own default): a billion-laughs file needs thousands.
      yamlAliases: 100
    };
  }
});

// src/config/problems.ts
var problems_exports = {};
__export(problems_exports, {
  closest: () => closest,
  problemsFromZod: () => problemsFromZod,
  renderPath: () => renderPath
});
function renderPath(path) {
  return path.map((part, i) => typeof part === "number" ? `[${part}]` : `${i === 0 ? "" : "."}${String(part)}`).join("");
}
function distance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row[j];
      row[j] = next;
    }
  }
  return row[b.length];
}
function closest(word, options) {
  const ranked = options.map((o) => [o, distance(word.toLowerCase(), o.toLowerCase())]);
  ranked.sort((a, b) => a[1] - b[1]);
  const best = ranked[0];
  return best && best[1] <= Math.max(2, Math.floor(word.length / 3)) ? best[0] : void 0;
}
function problemsFromZod(fileOrFileOf, error, knownKeys, lineOf) {
  const fileOf = typeof fileOrFileOf === "string" ? () => fileOrFileOf : fileOrFileOf;
  const problems = [];
  for (const issue of error.issues) {
    const file = fileOf(issue.path);
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        const suggestion = closest(key, knownKeys(issue.path));
        problems.push({
          file,
          path: renderPath(path),
          line: lineOf(path),
          message: `unknown key "${key}"`,
          fix: suggestion ? `did you mean "${suggestion}"?` : `remove it; allowed here: ${knownKeys(issue.path).join(", ")}`
        });
      }
      continue;
    }
    let message = issue.message;
    let fix;
    if (issue.code === "invalid_type") {
      const received = issue.input;
      if (received === void 0) {
        message = "is required";
        fix = `add "${String(issue.path.at(-1) ?? "")}": ${issue.expected === "array" ? "[...]" : `<${issue.expected}>`}`;
      } else if (received === null) {
        message = "is empty";
        fix = `write ${issue.expected === "array" ? 'a list, e.g. [LGAI-EXAONE] or one "- item" per line' : `<${issue.expected}>`}`;
      } else {
        message = `expected ${issue.expected}, got ${Array.isArray(received) ? "array" : typeof received}`;
        if (issue.expected === "array") fix = 'write a list, e.g. [LGAI-EXAONE] or one "- item" per line';
      }
    } else if (issue.code === "invalid_value" && "values" in issue) {
      const values = issue.values.map(String);
      const input = issue.input;
      const near = typeof input === "string" ? closest(input, values) : void 0;
      if (input !== void 0 && values.length > 3)
        message = `${JSON.stringify(input)} is not a value allowed here`;
      fix = `${near ? `did you mean "${near}"? ` : ""}use one of: ${values.join(", ")}`;
    } else if (issue.code === "invalid_union") {
      message = "is neither a glob string nor {pattern, reason}";
      fix = 'write "org/*-GGUF" or {pattern: "org/*-GGUF", reason: "quantised copies"}';
    }
    problems.push({ file, path: renderPath(issue.path), line: lineOf(issue.path), message, fix });
  }
  return problems;
}
var init_problems = __esm({
  "src/config/problems.ts"() {
    "use strict";
  }
});

// src/report/primary-finding.ts
var init_primary_finding = __esm({
  "src/report/primary-finding.ts"() {
    "use strict";
  }
});

// src/report/symbols.ts
var init_symbols = __esm({
  "src/report/symbols.ts"() {
    "use strict";
  }
});

// src/report/i18n/en.ts
var en;
var init_en = __esm({
  "src/report/i18n/en.ts"() {
    "use strict";
    en = {
      "status.pass": "pass",
      "status.fail": "fail",
      "status.incomplete": "incomplete",
      "verdict.compliant": "compliant",
      "verdict.non-compliant": "non-compliant",
      "verdict.unknown": "unknown",
      "verdict.excluded": "excluded",
      "availability.public": "public",
      "availability.gated-auto": "gated (click-through)",
      "availability.gated-manual": "gated (manual approval)",
      "availability.private": "private",
      "availability.disabled": "disabled",
      "availability.missing": "missing",
      "availability.unknown": "unknown",
      "source.huggingface": "Hugging Face Hub",
      "source.github": "GitHub",
      "source.git": "git",
      "source.local": "local checkout",
      "severity.error": "error",
      "severity.warning": "warning",
      "severity.info": "info",
      // A team's status and why (policy/tally.ts; args from teamReasonArgs in index.ts).
      "reason.ABOVE_THRESHOLD": "{compliant} of {counted} compliant ({share}) > {threshold}[, even with {unknown} unknown counted as failing]",
      "reason.AT_OR_BELOW_THRESHOLD": "{compliant} of {counted} compliant ({share}) <= {threshold}[, even with {unknown} unknown counted as compliant]",
      "reason.DEPENDS_ON_UNKNOWN": "{compliant} of {counted} compliant; the {unknown} unknown decide whether the share exceeds {threshold}",
      "reason.NOTHING_COUNTED": "no release counts towards the quota",
      "reason.LISTING_FAILED": "a registry of this team could not be listed, so its releases are not all known",
      "col.team": "team",
      "col.counted": "counted",
      "col.compliant": "compliant",
      "col.unknown": "unknown",
      "col.parameterShare": "by parameters",
      "report.parameterShareOf": "by parameters: {share} compliant",
      "col.share": "share",
      "col.threshold": "threshold",
      "col.status": "status",
      "col.model": "model",
      "col.verdict": "verdict",
      "col.availability": "availability",
      "col.licence": "licence",
      "col.reason": "reason",
      "col.parameters": "parameters",
      "col.change": "change",
      "col.before": "before",
      "col.after": "after",
      "report.policyLine": "policy {policy}: a team passes when its compliant share is > {threshold}",
      "report.verboseHint": "Run with --verbose to list every model and why it counts or not.",
      "report.overall": "overall",
      "report.title": "Open release quota",
      "report.programme": "Programme",
      "report.policy": "Policy",
      "report.generated": "Generated",
      "report.tool": "openquota {version}",
      "report.teams": "Teams",
      "report.models": "Models",
      "report.teamsCaption": "Per team: releases counted, compliant and unknown, and the compliant share against the threshold",
      "report.modelsCaption": "Every release with its verdict; open a row to see its evidence",
      "report.shareOf": "{share} compliant (threshold {threshold})",
      "report.teamCounts": "{counted} counted \xB7 {compliant} compliant \xB7 {unknown} unknown \xB7 {excluded} excluded",
      "report.listingFailed": "not listed: {message}",
      "report.noModels": "No releases.",
      "report.rule": "A team passes when more than {threshold} of its counted releases are public under an approved open licence.",
      "filter.heading": "Filter",
      "filter.team": "Team",
      "filter.verdict": "Verdict",
      "filter.availability": "Availability",
      "filter.licence": "Licence contains",
      "filter.all": "all",
      "filter.shown": "{shown} of {total} releases shown",
      "filter.reset": "Reset filters",
      "sort.hint": "Select a column header to sort.",
      noscript: "Sorting, filtering and the evidence rows need JavaScript; the tables below are complete without it.",
      "evidence.toggle": "Evidence for {id}",
      "evidence.declared": "Declared licence",
      "evidence.detected": "Detected licence",
      "evidence.expression": "Licence judged",
      "evidence.approved": "Approved by the policy",
      "evidence.matcher": "Matcher",
      "evidence.confidence": "confidence {confidence}",
      "evidence.closest": "closest {licence} at {confidence}",
      "evidence.revision": "Revision",
      "evidence.origin": "Found through",
      "evidence.weights": "Weight files",
      "evidence.parameters": "Parameters",
      "evidence.findings": "Findings",
      "evidence.provenance": "Provenance",
      "evidence.links": "Links",
      "evidence.declaredInProgramme": "declared in the programme file",
      "evidence.none": "none",
      "evidence.notEstablished": "not established",
      "evidence.code": "Code repository",
      "code.label": "code",
      "code.licenceUnknown": "licence not established",
      "code.notCounted": "code repository (not counted)",
      "code.marker": "code: {licence}",
      yes: "yes",
      no: "no",
      "md.modelsOf": "Models of {team} ({count})",
      "diff.title": "Changes between two evaluation rounds",
      "diff.old": "Before",
      "diff.new": "After",
      "diff.policyMismatch": "warning: the two reports were judged under different policies ({old} and {new}); verdict changes may come from the policy, not the releases.",
      "diff.summary": "{changes} changes, {regressions} regressions",
      "diff.none": "No changes.",
      "diff.regressed": "regression",
      "diff.regressions": "Regressions",
      "diff.kind.team-added": "team added",
      "diff.kind.team-removed": "team removed",
      "diff.kind.team-status": "team status changed",
      "diff.kind.team-share": "team share changed",
      "diff.kind.model-added": "model added",
      "diff.kind.model-removed": "model removed",
      "diff.kind.availability": "availability changed",
      "diff.kind.licence-declared": "declared licence changed",
      "diff.kind.licence-detected": "detected licence changed",
      "diff.kind.licence-expression": "judged licence changed",
      "diff.kind.verdict": "verdict changed",
      "diff.kind.revision": "new revision",
      "finding.NOT_PUBLIC.message": "the release is {availability|availability}",
      "finding.NOT_PUBLIC.title": "Not public",
      "finding.NOT_PUBLIC.help": "The release cannot be reached without credentials (private, disabled, missing, or gated with manual approval). Make the repository public, or remove manual gating.",
      "finding.GATED_AUTO.message": "click-through gating: counted as public by this policy",
      "finding.GATED_AUTO.title": "Click-through gating",
      "finding.GATED_AUTO.help": "The release is behind click-through gating. The policy still counts it as public; ungating it removes this warning.",
      "finding.NO_WEIGHTS.message": "no weight files: this repository does not count as a release",
      "finding.NO_WEIGHTS.title": "No weight files",
      "finding.NO_WEIGHTS.help": "The repository holds no weight files, so it is not a model release and is not counted. Nothing to fix unless weights were meant to be published here.",
      "finding.EXCLUDED_BY_PROGRAMME.message": "{reason} ({pattern})",
      "finding.EXCLUDED_BY_PROGRAMME.message.default": "excluded by the programme file ({pattern})",
      "finding.EXCLUDED_BY_PROGRAMME.title": "Excluded by the programme file",
      "finding.EXCLUDED_BY_PROGRAMME.help": "The programme file excludes this release from the count (exclude: in the team entry). Remove the pattern there if it should count.",
      "finding.LICENCE_NOT_APPROVED.message": "{licence} is not an approved open licence under {policy}",
      "finding.LICENCE_NOT_APPROVED.title": "Licence not approved",
      "finding.LICENCE_NOT_APPROVED.help": "The licence is not on the policy\u2019s approved list. Release the weights under an approved open licence (e.g. Apache-2.0, MIT, CC-BY-4.0).",
      "finding.LICENCE_DENIED.message": "{licence} is denied by the policy ({rule})",
      "finding.LICENCE_DENIED.title": "Licence denied",
      "finding.LICENCE_DENIED.help": "The policy denies this licence outright (e.g. non-commercial or no-derivatives terms). Relicense the weights under an approved open licence.",
      "finding.LICENCE_MISSING.message": "no licence is declared and no licence file was found",
      "finding.LICENCE_MISSING.title": "No licence",
      "finding.LICENCE_MISSING.help": "No licence could be found: the model card names none and there is no LICENSE file. Add `license:` to the model card and a LICENSE file.",
      "finding.LICENCE_UNREADABLE.message": "{file} could not be read[: {error}]; the licence is not established",
      "finding.LICENCE_UNREADABLE.title": "Licence file unreadable",
      "finding.LICENCE_UNREADABLE.help": "A licence file exists but could not be read, so the licence could not be established. Re-run with a token that can read it.",
      "finding.LICENCE_UNIDENTIFIED.message": "{file} matches no known licence[ (closest: {closest} at {confidence})]: the licence is not established",
      "finding.LICENCE_UNIDENTIFIED.message.notRead": "{file} is not identified ({matcher|dash.matcher}): {detail}",
      "finding.LICENCE_UNIDENTIFIED.title": "Licence not identified",
      "finding.LICENCE_UNIDENTIFIED.help": "A licence file was read but matches no known licence closely enough. Use a standard licence text unmodified, or ask the ministry to review it.",
      "finding.LICENCE_MISMATCH.message": "metadata ({origin}) says {declared} but the licence text is {detected}",
      "finding.LICENCE_MISMATCH.title": "Metadata and licence text disagree",
      "finding.LICENCE_MISMATCH.help": "The licence named in metadata and the licence text disagree; the stricter one is used. Make the model card and the LICENSE file name the same licence.",
      "finding.LICENCE_RESTRICTED_USE.message": "{name} restricts use",
      "finding.LICENCE_RESTRICTED_USE.title": "Use-restricted licence",
      "finding.LICENCE_RESTRICTED_USE.help": "The licence restricts how the model may be used (an acceptable-use policy or field-of-use limits), so it is not an open licence. Relicense under an approved open licence.",
      "finding.LICENCE_NON_COMMERCIAL.message": "{name} forbids commercial use",
      "finding.LICENCE_NON_COMMERCIAL.title": "Non-commercial licence",
      "finding.LICENCE_NON_COMMERCIAL.help": "The licence forbids commercial use, so it is not an open licence. Relicense under an approved open licence.",
      "finding.SOURCE_FAILED.message": "{detail}",
      "finding.SOURCE_FAILED.title": "Registry could not be asked",
      "finding.SOURCE_FAILED.help": "The registry could not be asked (network error, rate limit or bad response), so nothing could be established. Re-run later.",
      "finding.FILES_UNKNOWN.message": "the file list could not be read",
      "finding.FILES_UNKNOWN.title": "File list unknown",
      "finding.FILES_UNKNOWN.help": "The file list could not be read, so whether the repository holds weights is unknown. Re-run later or with a token that can list the files.",
      "finding.RENAMED.message": "{from} now redirects to {to}",
      "finding.RENAMED.title": "Renamed",
      "finding.RENAMED.help": "The repository was renamed; the report uses its new id. Update the programme file.",
      "finding.WAIVED.message": "{code} waived[ until {expires}], approved by {approvedBy}: {reason}",
      "finding.WAIVED.title": "Waived",
      "finding.WAIVED.help": "A policy waiver accepts this finding, so it no longer decides the verdict. Fix the cause before the waiver expires.",
      "finding.LICENCE_MODIFIED.message": '[{file} is ]{base} {how|finding.LICENCE_MODIFIED.how}, not {base} itself[: "{extra}"]',
      "finding.LICENCE_MODIFIED.how.modified": "with terms added or changed",
      "finding.LICENCE_MODIFIED.how.renamed": "with its names changed",
      "finding.LICENCE_MODIFIED.title": "Modified licence",
      "finding.LICENCE_MODIFIED.help": "The licence text is a known licence with terms added or changed (or a template with its names changed), so it is not that licence and is not approved. Use the standard text unmodified, or ask the ministry to review the changed terms quoted in the evidence.",
      "finding.LICENCE_TEXT_MISSING.message": "only metadata names the licence ({licence}); {policy} requires the licence text",
      "finding.LICENCE_TEXT_MISSING.message.other": "the metadata lists `other` beside {declared}, but no licence text names that other licence",
      "finding.LICENCE_TEXT_MISSING.title": "No licence text",
      "finding.LICENCE_TEXT_MISSING.help": "The licence rests on metadata that no licence text backs: the policy requires the text, or the card lists `other` beside named licences with no text for it. Add the licence text to the repository.",
      "finding.MALFORMED_METADATA.message": "{detail}: the declared licence is not established",
      "finding.MALFORMED_METADATA.title": "Malformed licence metadata",
      "finding.MALFORMED_METADATA.help": "A licence field of the model card has the wrong shape (e.g. `license: {id: \u2026}` or a number), so the declared licence is not established. Write `license:` as an id or a list of ids.",
      "finding.MALFORMED_RESPONSE.message": "{detail}: not established",
      "finding.MALFORMED_RESPONSE.title": "Unexpected registry answer",
      "finding.MALFORMED_RESPONSE.help": "The registry answered with a shape openquota does not know (e.g. file entries without a name), so what it describes is not established. Re-run later.",
      "finding.FILES_TRUNCATED.message": "{detail}",
      "finding.FILES_TRUNCATED.title": "File listing cut short",
      "finding.FILES_TRUNCATED.help": "The file listing was cut short (too many files), so what lies beyond the cut is not known. The release is unknown unless the files read already decide it.",
      "finding.DECLARED_NOT_EXCLUDED.message": "declared in models:, so counted although exclude: {pattern} matches it",
      "finding.DECLARED_NOT_EXCLUDED.title": "Declared release not excluded",
      "finding.DECLARED_NOT_EXCLUDED.help": "The release is declared in `models:`, so it counts even though an `exclude:` glob matches it. Remove it from `models:` or narrow the glob.",
      "finding.AVAILABILITY_NOT_CHECKED.message": "a local directory: availability is not checked; judged as it would be once published publicly",
      "finding.AVAILABILITY_NOT_CHECKED.title": "Availability not checked",
      "finding.AVAILABILITY_NOT_CHECKED.help": "A local directory: whether the release is public cannot be seen from it, so the verdict says how it would be judged once published. Check the published release for availability.",
      "finding.WEIGHTS_STUB.message.parameters": "weights are a stub: {parameters} parameters, under the {minParameters} floor; not a release",
      "finding.WEIGHTS_STUB.message.bytes": "weights are a stub: {bytes} bytes of weight files, under the {minBytes}-byte floor; not a release",
      "finding.WEIGHTS_STUB.message.storage": "weights are a stub: the repository stores {storageBytes} bytes in all, under the {minBytes}-byte floor; not a release",
      "finding.WEIGHTS_STUB.message.header": "weights are a stub: the stated {parameters} parameters take {neededBytes} bytes, but the repository stores {storageBytes}; not a release",
      "finding.WEIGHTS_UNKNOWN.message": "neither the parameter count nor the bytes of the weight files could be established[ ({detail})]: whether the weights are there is not established",
      "finding.FAMILY_COPY.message": "a {relation|relation} copy of {original}: listed under it, not counted on its own (judged alone: {verdict|verdict})",
      "finding.COPY_LESS_OPEN.message": "the copy {copy} is less open than its original[: {availability|availability}][; under {licence}, not {originalLicence}]",
      "finding.ADAPTER.message": "an adapter[ on {base}]: listed, not counted",
      "finding.FORK.message": "a fork[ of {parent}] of another owner: listed, not counted",
      "finding.THIRD_PARTY_BASE.message": "built on {model} (owner {owner}, {relation|relation}), another owner's weights",
      "finding.BASE_UNREADABLE.message": "the base {base} could not be read[ ({error})]: whether its licence binds this release is not established",
      "finding.BASE_UNREADABLE.message.noLicence": "the base {base} names no licence that could be read: whether it binds this release is not established",
      "finding.LICENCE_INHERITED.message": 'the base {base} is under {licence}, which binds derivatives[: "{clause}"]; this release is under its own licence AND {licence}',
      // How a release relates to its base or original (families.ts, lineage.ts).
      "relation.quantized": "quantised",
      "relation.re-upload": "re-uploaded",
      "relation.same-model": "same-model",
      "relation.finetune": "fine-tuned",
      "relation.merge": "merged",
      "relation.adapter": "adapter",
      "relation.base": "derived",
      "reason.PARAMETERS_UNKNOWN": "a counted release has no established parameter count, so the parameter share cannot be weighed",
      "reason.PARAMETERS_ABOVE_THRESHOLD": "{parameterShare} of parameters compliant > {threshold}",
      "reason.PARAMETERS_AT_OR_BELOW_THRESHOLD": "{parameterShare} of parameters compliant <= {threshold}",
      "reason.PARAMETERS_DEPEND_ON_UNKNOWN": "{parameterShare} of parameters compliant; the unknown decide whether the share exceeds {threshold}",
      "finding.WEIGHTS_STUB.title": "Weights are a stub",
      "finding.WEIGHTS_STUB.help": "The weight files are below the policy\u2019s floor (weights.minParameters / weights.minBytes): a stub, not a model release, so the repository is excluded. The finding carries the figures. Upload the real weights.",
      "finding.WEIGHTS_UNKNOWN.title": "Size of the weights unknown",
      "finding.WEIGHTS_UNKNOWN.help": "Neither the parameter count nor the bytes of the weight files could be established (a header that did not parse, a tree that could not be read), so whether the weights are really there is unknown. Re-run, or publish weights in a format that states its size.",
      "finding.FAMILY_COPY.title": "Copy of a counted model",
      "finding.FAMILY_COPY.help": "A quantised, converted or re-uploaded copy of another release of the same team (or the same model on another registry): listed under its original and not counted on its own. The original\u2019s verdict is the family\u2019s.",
      "finding.COPY_LESS_OPEN.title": "Copy less open than the original",
      "finding.COPY_LESS_OPEN.help": "A copy of this model is private, gated or under another licence than the original. The original\u2019s verdict stands for the family; make the copy as open as the original.",
      "finding.ADAPTER.title": "Adapter (not counted)",
      "finding.ADAPTER.help": "An adapter (LoRA, PEFT) on a base model: listed, not counted as a model release (policy families.adapters).",
      "finding.FORK.title": "Fork (not counted)",
      "finding.FORK.help": "A fork of another owner\u2019s repository: listed, not counted as the team\u2019s release (policy families.forks).",
      "finding.THIRD_PARTY_BASE.title": "Built on a third-party base model",
      "finding.THIRD_PARTY_BASE.help": "The release is built on another owner\u2019s model (its base_model is outside the team): the finding names the owner, the model and the relation. The policy\u2019s lineage.thirdPartyBase says whether it is allowed, flagged or not counted.",
      "finding.LICENCE_INHERITED.title": "Licence inherited from the base model",
      "finding.LICENCE_INHERITED.help": "The base model\u2019s licence binds derivatives, so this release is under its own licence AND the base\u2019s; relabelling a fine-tune does not lift the base\u2019s terms. The finding names the base, its licence and the clause that binds.",
      "finding.BASE_UNREADABLE.title": "Base model unreadable",
      "finding.BASE_UNREADABLE.help": "The base model\u2019s metadata (and so its licence) could not be read, so whether its licence binds this release is not established: the licence is unknown. Re-run later.",
      "finding.waived": "{text} (waived)",
      // Provenance lines of a release (EVIDENCE_CODES, policy/evidence-lines.ts).
      "evidence.METADATA.message": "{source} metadata[ at {revision}], fetched {fetchedAt}",
      "evidence.DECLARED.message": "declared by {origin}: {value}[ (name {name})]",
      "evidence.NOT_READ.message": "{file}: not identified ({matcher|dash.matcher}: {detail})",
      "evidence.IDENTIFIED.message": "{file}: {licence} by {matcher} ({confidence})",
      "evidence.UNIDENTIFIED.message": "{file}: not identified[ (closest {closest} {confidence})]",
      "evidence.EXTRA.message": '{file}: text beyond the reference: "{quote}"',
      "evidence.UNREADABLE.message": "{file}: not read[ ({error})]",
      "evidence.PROBLEM.message": "{code}: {detail}[ ({url})]",
      // One release's verdict and its reason in a sentence (SARIF results, Action annotations).
      "sentence.verdict": "{model} (team {team}) is {verdict}: {reason}",
      // Errors of the CLI (src/cli): the framing, and each coded problem (ERROR_CODES in index.ts).
      "error.heading.one": "{who}: a problem to fix:",
      "error.heading.other": "{who}: {count} problems to fix:",
      "error.fixLabel": "fix",
      "error.commandLine": "command line",
      "error.upstream": "{who}: upstream failure ({code}): {message}{at}",
      "error.internal": "{who}: could not finish: {message}",
      "error.internalHint": "This is a bug in openquota; please report it with the command you ran.",
      "error.UNKNOWN_COMMAND.message": 'unknown command "{name}"',
      "error.UNKNOWN_COMMAND.fix": "use one of: {commands}",
      "error.UNKNOWN_COMMAND.fix.near": 'did you mean "{near}"? (commands: {commands})',
      "error.UNKNOWN_OPTION.message": "unknown option {option}",
      "error.UNKNOWN_OPTION.fix": "`openquota {command} --help` lists every option",
      "error.UNKNOWN_OPTION.fix.near": "did you mean {near}? (`openquota {command} --help` lists every option)",
      "error.NEEDS_VALUE.message": "{option} needs a value",
      "error.NEEDS_VALUE.fix": "write {option} {value}",
      "error.TAKES_NO_VALUE.message": '{option} takes no value (got "{value}")',
      "error.TAKES_NO_VALUE.fix": "write {option} alone",
      "error.GIVEN_TWICE.message": 'given twice ("{first}" and "{second}")',
      "error.GIVEN_TWICE.fix": "give {option} once",
      "error.UNKNOWN_FORMAT.message": 'unknown format "{format}"',
      "error.UNKNOWN_FORMAT.fix": '[did you mean "{near}"? ]use one of: {formats}',
      "error.UNKNOWN_LANGUAGE.message": 'unknown language "{lang}"',
      "error.UNKNOWN_LANGUAGE.fix": "use one of: {langs}",
      "error.UNKNOWN_VALUE.message": "unknown value '{value}'",
      "error.UNKNOWN_VALUE.fix": '[did you mean "{near}"? ]use one of: {values}',
      "error.EMPTY_VALUE.message": "is empty",
      "error.EMPTY_VALUE.fix": "give {option} {value}",
      "error.JSON_IS_OUTPUT.message": "{file}: is also the --output file",
      "error.JSON_IS_OUTPUT.fix": "give --json another file name",
      // The Action's job summary (action/summary.ts).
      "summary.footer": "Policy **{policy}** (sha256 `{sha}`, share must be > {threshold}) \xB7 {file} at commit {commit} \xB7 openquota {version}",
      "summary.noCommit": "not known",
      "summary.programmeFile": "the programme file",
      // Where a licence was named in metadata (DeclaredLicence.origin).
      "origin.hub-card": "Hub model card",
      "origin.hub-tag": "Hub tag",
      "origin.github-api": "GitHub licence API",
      "origin.spdx-tag": "SPDX tag",
      "origin.readme-front-matter": "README front matter",
      // The dashboard (html-*.ts): headline, team cards, the model table and its script.
      "dash.reason.code": "code repository: no weight files, not a release",
      "dash.reason.compliant": "public under {licence}, an approved licence",
      "dash.headline.none": "No team in this report",
      "dash.headline.fail.one": "{count} of {total} teams fails the quota",
      "dash.headline.fail.other": "{count} of {total} teams fail the quota",
      "dash.headline.andIncomplete": "; {count} cannot be decided yet",
      "dash.headline.incomplete.one": "No team fails, but {count} of {total} teams cannot be decided yet",
      "dash.headline.incomplete.other": "No team fails, but {count} of {total} teams cannot be decided yet",
      "dash.headline.pass.one": "The team passes the quota",
      "dash.headline.pass.other": "All {count} teams pass the quota",
      "dash.bar": "{team}: of {counted} counted, {compliant} compliant, {nonCompliant} non-compliant, {unknown} unknown; the threshold is {threshold}",
      "dash.card.why": "Why releases do not count as open",
      "dash.card.more.one": "{count} more reason",
      "dash.card.more.other": "{count} more reasons",
      "dash.card.excluded.one": "{count} release excluded, not counted: why",
      "dash.card.excluded.other": "{count} releases excluded, not counted: why",
      "dash.card.show.one": "Show the {count} release of {team}",
      "dash.card.show.other": "Show the {count} releases of {team}",
      "dash.filter.reason": "Reason",
      "dash.filter.search": "Search model, licence, reason",
      "dash.filter.group": "Group",
      "dash.group.team": "by team",
      "dash.group.none": "one list",
      "dash.noscript": "The release table needs JavaScript; the team summaries above are complete without it, and the JSON report lists every release.",
      "dash.empty": "No release matches these filters.",
      "dash.modelsCaption": "Every release, grouped by team, the most severe first, with the reason; open a row for its evidence",
      "dash.more": "Show {count} more ({left} left)",
      "dash.csv": "Export these {count} releases (CSV)",
      "dash.col.source": "source",
      "dash.col.code": "finding code",
      "dash.col.url": "page",
      "dash.group.count": "{shown} of {total} releases",
      "dash.family": "family {family} ({count})",
      "dash.copies": "Copies (listed under this model, not counted)",
      "dash.copies.tag": "+{count} copies",
      "dash.evidence.open": "evidence",
      "dash.ev.metadata": "Declared in metadata",
      "dash.ev.texts": "Identified from licence texts",
      "dash.ev.notJudged": "not judged: the release is not counted",
      "dash.ev.noMetadata": "nothing: the metadata names no licence",
      "dash.ev.pointer": "names no licence itself, so the licence text decides",
      "dash.ev.name": "name {name}",
      "dash.ev.noText": "no licence text identified",
      "dash.ev.unidentified": "not identified",
      "dash.ev.extra": "Text the match left unexplained:",
      "dash.ev.weights.one": "{count} file, {parameters} parameters",
      "dash.ev.weights.other": "{count} files, {parameters} parameters",
      "dash.ev.files.one": "{count} file",
      "dash.ev.files.other": "{count} files",
      "dash.ev.lineage": "Built on",
      "dash.ev.thirdParty": "another owner",
      "dash.ev.family": "Family",
      "dash.ev.lines": "as the scan recorded it ({count})",
      "dash.ev.permalink": "Link to this release in this view",
      "dash.matcher.exact": "exact text",
      "dash.matcher.dice": "similar text",
      "dash.matcher.reference": "names the licence",
      "dash.matcher.spdx-tag": "SPDX tag",
      "dash.matcher.compilation": "several licences in one text",
      "dash.matcher.none": "no match",
      "dash.matcher.too-long": "too long to identify",
      "dash.matcher.failed": "identification failed",
      // The public site (site-*.ts): index, rounds, team histories.
      "site.title": "Open release quota, round by round",
      "site.nav": "Site",
      "site.home": "All rounds",
      "site.lang": "Language",
      "site.rounds": "Evaluation rounds",
      "site.round": "Round of {date}",
      "site.roundsCount.one": "{count} evaluation round",
      "site.roundsCount.other": "{count} evaluation rounds",
      "site.latest": "Latest round, {date}",
      "site.chartTitle": "Compliant share per round",
      "site.chartDesc": "Each line is a team\u2019s compliant share in each round; the dashed line is the threshold ({threshold}): a team passes above it.",
      "site.sharesCaption": "Status and compliant share of each team in each round; open a cell for that round\u2019s releases",
      "site.absent": "not in this round",
      "site.teamHistory": "History of {team}",
      "site.historyCaption": "The team in each round; open a round for its releases",
      "site.history": "What changed between rounds",
      "site.changes": "From {from} to {to}",
      "site.noChanges": "No change in this team\u2019s releases.",
      "site.firstRound": "This is the first round: there is nothing to compare yet.",
      "site.col.round": "round",
      // The terminal table and the Markdown report (table.ts, markdown.ts); `.one`/`.other` by plural().
      "col.excluded": "excluded",
      "failure.heading": "Registries that could not be asked:",
      "failure.listing": "{origin} could not be listed \u2014 {host}: {message} ({cause})",
      "failure.inspect.one": "{count} release could not be inspected \u2014 {host}: {message} ({cause})",
      "failure.inspect.other": "{count} releases could not be inspected \u2014 {host}: {message} ({cause})",
      "failure.requestId": "request id {id}",
      "failure.someRegistry": "a registry",
      "md.truncated.one": "{count} model was left out to stay within {limit} characters; the full report is {path}.",
      "md.truncated.other": "{count} models were left out to stay within {limit} characters; the full report is {path}.",
      "md.truncatedNoPath.one": "{count} model was left out to stay within {limit} characters; render the JSON report for the full list.",
      "md.truncatedNoPath.other": "{count} models were left out to stay within {limit} characters; render the JSON report for the full list."
    };
  }
});

// src/report/i18n/ko.ts
var ko;
var init_ko = __esm({
  "src/report/i18n/ko.ts"() {
    "use strict";
    ko = {
      "status.pass": "\uD1B5\uACFC",
      "status.fail": "\uC2E4\uD328",
      "status.incomplete": "\uBBF8\uC644\uB8CC",
      "verdict.compliant": "\uC900\uC218",
      "verdict.non-compliant": "\uBBF8\uC900\uC218",
      "verdict.unknown": "\uC54C \uC218 \uC5C6\uC74C",
      "verdict.excluded": "\uC81C\uC678",
      "availability.public": "\uACF5\uAC1C",
      "availability.gated-auto": "\uACF5\uAC1C(\uB3D9\uC758 \uD6C4 \uC811\uADFC)",
      "availability.gated-manual": "\uC2B9\uC778 \uD6C4 \uC811\uADFC",
      "availability.private": "\uBE44\uACF5\uAC1C",
      "availability.disabled": "\uBE44\uD65C\uC131\uD654\uB428",
      "availability.missing": "\uCC3E\uC744 \uC218 \uC5C6\uC74C",
      "availability.unknown": "\uC54C \uC218 \uC5C6\uC74C",
      "source.huggingface": "Hugging Face Hub",
      "source.github": "GitHub",
      "source.git": "git",
      "source.local": "\uB85C\uCEEC \uCCB4\uD06C\uC544\uC6C3",
      "severity.error": "\uC624\uB958",
      "severity.warning": "\uACBD\uACE0",
      "severity.info": "\uCC38\uACE0",
      "reason.ABOVE_THRESHOLD": "{counted}\uAC1C \uC911 {compliant}\uAC1C \uC900\uC218({share})\uB85C \uAE30\uC900 {threshold}\uB97C \uB118\uC2B5\uB2C8\uB2E4[. \uC54C \uC218 \uC5C6\uB294 {unknown}\uAC1C\uB97C \uBAA8\uB450 \uBBF8\uC900\uC218\uB85C \uBCF4\uC544\uB3C4 \uB118\uC2B5\uB2C8\uB2E4]",
      "reason.AT_OR_BELOW_THRESHOLD": "{counted}\uAC1C \uC911 {compliant}\uAC1C \uC900\uC218({share})\uB85C \uAE30\uC900 {threshold}\uB97C \uB118\uC9C0 \uBABB\uD569\uB2C8\uB2E4[. \uC54C \uC218 \uC5C6\uB294 {unknown}\uAC1C\uB97C \uBAA8\uB450 \uC900\uC218\uB85C \uBCF4\uC544\uB3C4 \uB118\uC9C0 \uBABB\uD569\uB2C8\uB2E4]",
      "reason.DEPENDS_ON_UNKNOWN": "{counted}\uAC1C \uC911 {compliant}\uAC1C \uC900\uC218\uC785\uB2C8\uB2E4. \uC54C \uC218 \uC5C6\uB294 {unknown}\uAC1C\uC5D0 \uB530\uB77C \uAE30\uC900 {threshold} \uCD08\uACFC \uC5EC\uBD80\uAC00 \uAC08\uB9BD\uB2C8\uB2E4",
      "reason.NOTHING_COUNTED": "\uC9D1\uACC4 \uB300\uC0C1 \uACF5\uAC1C \uBAA8\uB378\uC774 \uC5C6\uC2B5\uB2C8\uB2E4",
      "reason.LISTING_FAILED": "\uC774 \uD300\uC758 \uC800\uC7A5\uC18C \uBAA9\uB85D\uC744 \uAC00\uC838\uC624\uC9C0 \uBABB\uD574 \uACF5\uAC1C \uBAA8\uB378\uC744 \uBAA8\uB450 \uD30C\uC545\uD558\uC9C0 \uBABB\uD588\uC2B5\uB2C8\uB2E4",
      "col.team": "\uD300",
      "col.counted": "\uC9D1\uACC4",
      "col.compliant": "\uC900\uC218",
      "col.unknown": "\uC54C \uC218 \uC5C6\uC74C",
      "col.parameterShare": "\uD30C\uB77C\uBBF8\uD130 \uAE30\uC900",
      "report.parameterShareOf": "\uD30C\uB77C\uBBF8\uD130 \uAE30\uC900 \uC900\uC218 \uBE44\uC728: {share}",
      "col.share": "\uC900\uC218 \uBE44\uC728",
      "col.threshold": "\uAE30\uC900",
      "col.status": "\uC0C1\uD0DC",
      "col.model": "\uBAA8\uB378",
      "col.verdict": "\uD310\uC815",
      "col.availability": "\uACF5\uAC1C \uC5EC\uBD80",
      "col.licence": "\uB77C\uC774\uC120\uC2A4",
      "col.reason": "\uC0AC\uC720",
      "col.parameters": "\uD30C\uB77C\uBBF8\uD130",
      "col.change": "\uBCC0\uACBD",
      "col.before": "\uC774\uC804",
      "col.after": "\uC774\uD6C4",
      "report.policyLine": "\uC815\uCC45 {policy}: \uC900\uC218 \uBE44\uC728\uC774 {threshold}\uB97C \uB118\uC73C\uBA74 \uD300\uC774 \uD1B5\uACFC\uD569\uB2C8\uB2E4",
      "report.verboseHint": "\uBAA8\uB4E0 \uBAA8\uB378\uACFC \uC9D1\uACC4 \uC5EC\uBD80\uC758 \uADFC\uAC70\uB97C \uBCF4\uB824\uBA74 --verbose \uC635\uC158\uC73C\uB85C \uC2E4\uD589\uD558\uC2ED\uC2DC\uC624.",
      "report.overall": "\uC804\uCCB4",
      "report.title": "\uC624\uD508\uC18C\uC2A4 \uACF5\uAC1C \uC758\uBB34 \uC810\uAC80",
      "report.programme": "\uC0AC\uC5C5",
      "report.policy": "\uC815\uCC45",
      "report.generated": "\uC0DD\uC131 \uC2DC\uAC01",
      "report.tool": "openquota {version}",
      "report.teams": "\uD300",
      "report.models": "\uBAA8\uB378",
      "report.teamsCaption": "\uD300\uBCC4 \uC9D1\uACC4\xB7\uC900\uC218\xB7\uC54C \uC218 \uC5C6\uC74C \uBAA8\uB378 \uC218\uC640 \uAE30\uC900 \uB300\uBE44 \uC900\uC218 \uBE44\uC728",
      "report.modelsCaption": "\uBAA8\uB4E0 \uACF5\uAC1C \uBAA8\uB378\uACFC \uD310\uC815\uC785\uB2C8\uB2E4. \uD589\uC744 \uD3BC\uCE58\uBA74 \uADFC\uAC70\uB97C \uBCFC \uC218 \uC788\uC2B5\uB2C8\uB2E4",
      "report.shareOf": "\uC900\uC218 \uBE44\uC728 {share} (\uAE30\uC900 {threshold})",
      "report.teamCounts": "\uC9D1\uACC4 {counted} \xB7 \uC900\uC218 {compliant} \xB7 \uC54C \uC218 \uC5C6\uC74C {unknown} \xB7 \uC81C\uC678 {excluded}",
      "report.listingFailed": "\uBAA9\uB85D \uC870\uD68C \uC2E4\uD328: {message}",
      "report.noModels": "\uACF5\uAC1C \uBAA8\uB378\uC774 \uC5C6\uC2B5\uB2C8\uB2E4.",
      "report.rule": "\uC9D1\uACC4 \uB300\uC0C1 \uBAA8\uB378 \uC911 \uC2B9\uC778\uB41C \uC624\uD508 \uB77C\uC774\uC120\uC2A4\uB85C \uACF5\uAC1C\uB41C \uBAA8\uB378\uC758 \uBE44\uC728\uC774 {threshold}\uB97C \uB118\uC73C\uBA74 \uD300\uC774 \uD1B5\uACFC\uD569\uB2C8\uB2E4.",
      "filter.heading": "\uD544\uD130",
      "filter.team": "\uD300",
      "filter.verdict": "\uD310\uC815",
      "filter.availability": "\uACF5\uAC1C \uC5EC\uBD80",
      "filter.licence": "\uB77C\uC774\uC120\uC2A4 \uAC80\uC0C9",
      "filter.all": "\uC804\uCCB4",
      "filter.shown": "\uC804\uCCB4 {total}\uAC1C \uC911 {shown}\uAC1C \uD45C\uC2DC",
      "filter.reset": "\uD544\uD130 \uCD08\uAE30\uD654",
      "sort.hint": "\uC5F4 \uC81C\uBAA9\uC744 \uC120\uD0DD\uD558\uBA74 \uC815\uB82C\uB429\uB2C8\uB2E4.",
      noscript: "\uC815\uB82C, \uD544\uD130, \uADFC\uAC70 \uD3BC\uCE58\uAE30\uC5D0\uB294 JavaScript\uAC00 \uD544\uC694\uD569\uB2C8\uB2E4. \uC544\uB798 \uD45C\uB294 JavaScript \uC5C6\uC774\uB3C4 \uBAA8\uB4E0 \uB0B4\uC6A9\uC744 \uB2F4\uACE0 \uC788\uC2B5\uB2C8\uB2E4.",
      "evidence.toggle": "{id}\uC758 \uADFC\uAC70",
      "evidence.declared": "\uBA85\uC2DC\uB41C \uB77C\uC774\uC120\uC2A4",
      "evidence.detected": "\uD0D0\uC9C0\uB41C \uB77C\uC774\uC120\uC2A4",
      "evidence.expression": "\uD310\uC815\uC5D0 \uC4F0\uC778 \uB77C\uC774\uC120\uC2A4",
      "evidence.approved": "\uC815\uCC45 \uC2B9\uC778 \uC5EC\uBD80",
      "evidence.matcher": "\uD310\uBCC4 \uBC29\uC2DD",
      "evidence.confidence": "\uC2E0\uB8B0\uB3C4 {confidence}",
      "evidence.closest": "\uAC00\uC7A5 \uAC00\uAE4C\uC6B4 \uB77C\uC774\uC120\uC2A4 {licence} ({confidence})",
      "evidence.revision": "\uB9AC\uBE44\uC804",
      "evidence.origin": "\uBC1C\uACAC \uACBD\uB85C",
      "evidence.weights": "\uAC00\uC911\uCE58 \uD30C\uC77C",
      "evidence.parameters": "\uD30C\uB77C\uBBF8\uD130 \uC218",
      "evidence.findings": "\uAC80\uC0AC \uACB0\uACFC",
      "evidence.provenance": "\uCD9C\uCC98",
      "evidence.links": "\uB9C1\uD06C",
      "evidence.declaredInProgramme": "\uC0AC\uC5C5 \uD30C\uC77C\uC5D0 \uBA85\uC2DC\uB428",
      "evidence.none": "\uC5C6\uC74C",
      "evidence.notEstablished": "\uD655\uC778\uB418\uC9C0 \uC54A\uC74C",
      "evidence.code": "\uCF54\uB4DC \uC800\uC7A5\uC18C",
      "code.label": "\uCF54\uB4DC \uC800\uC7A5\uC18C",
      "code.licenceUnknown": "\uB77C\uC774\uC120\uC2A4 \uD655\uC778\uB418\uC9C0 \uC54A\uC74C",
      "code.notCounted": "\uCF54\uB4DC \uC800\uC7A5\uC18C(\uC9D1\uACC4\uD558\uC9C0 \uC54A\uC74C)",
      "code.marker": "\uCF54\uB4DC: {licence}",
      yes: "\uC608",
      no: "\uC544\uB2C8\uC694",
      "md.modelsOf": "{team}\uC758 \uBAA8\uB378 ({count}\uAC1C)",
      "diff.title": "\uB450 \uD3C9\uAC00 \uCC28\uC218 \uAC04 \uBCC0\uACBD \uC0AC\uD56D",
      "diff.old": "\uC774\uC804",
      "diff.new": "\uC774\uD6C4",
      "diff.policyMismatch": "\uACBD\uACE0: \uB450 \uBCF4\uACE0\uC11C\uB294 \uC11C\uB85C \uB2E4\uB978 \uC815\uCC45({old}, {new})\uC73C\uB85C \uD310\uC815\uB418\uC5C8\uC2B5\uB2C8\uB2E4. \uD310\uC815 \uBCC0\uD654\uAC00 \uBAA8\uB378\uC774 \uC544\uB2C8\uB77C \uC815\uCC45 \uCC28\uC774\uC5D0\uC11C \uBE44\uB86F\uB418\uC5C8\uC744 \uC218 \uC788\uC2B5\uB2C8\uB2E4.",
      "diff.summary": "\uBCC0\uACBD {changes}\uAC74, \uD6C4\uD1F4 {regressions}\uAC74",
      "diff.none": "\uBCC0\uACBD \uC0AC\uD56D\uC774 \uC5C6\uC2B5\uB2C8\uB2E4.",
      "diff.regressed": "\uD6C4\uD1F4",
      "diff.regressions": "\uD6C4\uD1F4 \uD56D\uBAA9",
      "diff.kind.team-added": "\uD300 \uCD94\uAC00",
      "diff.kind.team-removed": "\uD300 \uC0AD\uC81C",
      "diff.kind.team-status": "\uD300 \uC0C1\uD0DC \uBCC0\uACBD",
      "diff.kind.team-share": "\uD300 \uC900\uC218 \uBE44\uC728 \uBCC0\uACBD",
      "diff.kind.model-added": "\uBAA8\uB378 \uCD94\uAC00",
      "diff.kind.model-removed": "\uBAA8\uB378 \uC0AD\uC81C",
      "diff.kind.availability": "\uACF5\uAC1C \uC5EC\uBD80 \uBCC0\uACBD",
      "diff.kind.licence-declared": "\uBA85\uC2DC\uB41C \uB77C\uC774\uC120\uC2A4 \uBCC0\uACBD",
      "diff.kind.licence-detected": "\uD0D0\uC9C0\uB41C \uB77C\uC774\uC120\uC2A4 \uBCC0\uACBD",
      "diff.kind.licence-expression": "\uD310\uC815 \uB77C\uC774\uC120\uC2A4 \uBCC0\uACBD",
      "diff.kind.verdict": "\uD310\uC815 \uBCC0\uACBD",
      "diff.kind.revision": "\uC0C8 \uB9AC\uBE44\uC804",
      "finding.NOT_PUBLIC.message": "\uC790\uACA9 \uC99D\uBA85 \uC5C6\uC774\uB294 \uC811\uADFC\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4({availability|availability})",
      "finding.NOT_PUBLIC.title": "\uBE44\uACF5\uAC1C",
      "finding.NOT_PUBLIC.help": "\uC778\uC99D \uC5C6\uC774\uB294 \uC811\uADFC\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4(\uBE44\uACF5\uAC1C, \uBE44\uD65C\uC131\uD654, \uC0AD\uC81C \uB610\uB294 \uC218\uB3D9 \uC2B9\uC778 \uAC8C\uC774\uD2B8). \uC800\uC7A5\uC18C\uB97C \uACF5\uAC1C\uB85C \uC804\uD658\uD558\uAC70\uB098 \uC218\uB3D9 \uC2B9\uC778 \uAC8C\uC774\uD2B8\uB97C \uD574\uC81C\uD558\uC2ED\uC2DC\uC624.",
      "finding.GATED_AUTO.message": "\uB3D9\uC758 \uD074\uB9AD \uD6C4 \uC811\uADFC\uD560 \uC218 \uC788\uC73C\uBA70, \uC774 \uC815\uCC45\uC740 \uACF5\uAC1C\uB85C \uC778\uC815\uD569\uB2C8\uB2E4",
      "finding.GATED_AUTO.title": "\uB3D9\uC758 \uD6C4 \uC811\uADFC",
      "finding.GATED_AUTO.help": "\uC57D\uAD00 \uB3D9\uC758 \uD6C4 \uC811\uADFC\uD560 \uC218 \uC788\uB294 \uAC8C\uC774\uD2B8\uAC00 \uAC78\uB824 \uC788\uC2B5\uB2C8\uB2E4. \uC815\uCC45\uC0C1 \uACF5\uAC1C\uB85C \uC9D1\uACC4\uB418\uC9C0\uB9CC, \uAC8C\uC774\uD2B8\uB97C \uD574\uC81C\uD558\uBA74 \uC774 \uACBD\uACE0\uAC00 \uC0AC\uB77C\uC9D1\uB2C8\uB2E4.",
      "finding.NO_WEIGHTS.message": "\uAC00\uC911\uCE58 \uD30C\uC77C\uC774 \uC5C6\uC5B4 \uACF5\uAC1C \uBAA8\uB378\uB85C \uC9D1\uACC4\uD558\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4",
      "finding.NO_WEIGHTS.title": "\uAC00\uC911\uCE58 \uD30C\uC77C \uC5C6\uC74C",
      "finding.NO_WEIGHTS.help": "\uC800\uC7A5\uC18C\uC5D0 \uAC00\uC911\uCE58 \uD30C\uC77C\uC774 \uC5C6\uC5B4 \uBAA8\uB378 \uACF5\uAC1C\uB85C \uBCF4\uC9C0 \uC54A\uC73C\uBA70 \uC9D1\uACC4\uD558\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. \uC774\uACF3\uC5D0 \uAC00\uC911\uCE58\uB97C \uACF5\uAC1C\uD558\uB824\uB358 \uAC83\uC774 \uC544\uB2C8\uB77C\uBA74 \uC870\uCE58\uD560 \uD544\uC694\uAC00 \uC5C6\uC2B5\uB2C8\uB2E4.",
      "finding.EXCLUDED_BY_PROGRAMME.message": "\uC81C\uC678 \uADDC\uCE59 {pattern}, \uC0AC\uC720: \u201C{reason}\u201D",
      "finding.EXCLUDED_BY_PROGRAMME.message.default": "\uC81C\uC678 \uADDC\uCE59 {pattern}\uC5D0 \uD574\uB2F9\uD569\uB2C8\uB2E4",
      "finding.EXCLUDED_BY_PROGRAMME.title": "\uC0AC\uC5C5 \uD30C\uC77C\uC5D0\uC11C \uC81C\uC678",
      "finding.EXCLUDED_BY_PROGRAMME.help": "\uC0AC\uC5C5 \uD30C\uC77C \uD300 \uD56D\uBAA9\uC758 `exclude:`\uAC00 \uC774 \uBAA8\uB378\uC744 \uC9D1\uACC4\uC5D0\uC11C \uC81C\uC678\uD569\uB2C8\uB2E4. \uC9D1\uACC4\uD574\uC57C \uD55C\uB2E4\uBA74 \uD574\uB2F9 \uD328\uD134\uC744 \uC0AD\uC81C\uD558\uC2ED\uC2DC\uC624.",
      "finding.LICENCE_NOT_APPROVED.message": "{licence}: {policy} \uC815\uCC45\uC774 \uC2B9\uC778\uD55C \uC624\uD508 \uB77C\uC774\uC120\uC2A4\uAC00 \uC544\uB2D9\uB2C8\uB2E4",
      "finding.LICENCE_NOT_APPROVED.title": "\uC2B9\uC778\uB418\uC9C0 \uC54A\uC740 \uB77C\uC774\uC120\uC2A4",
      "finding.LICENCE_NOT_APPROVED.help": "\uB77C\uC774\uC120\uC2A4\uAC00 \uC815\uCC45\uC758 \uC2B9\uC778 \uBAA9\uB85D\uC5D0 \uC5C6\uC2B5\uB2C8\uB2E4. \uAC00\uC911\uCE58\uB97C \uC2B9\uC778\uB41C \uC624\uD508 \uB77C\uC774\uC120\uC2A4(\uC608: Apache-2.0, MIT, CC-BY-4.0)\uB85C \uACF5\uAC1C\uD558\uC2ED\uC2DC\uC624.",
      "finding.LICENCE_DENIED.message": "{licence}: \uC815\uCC45\uC774 \uAE08\uC9C0\uD55C \uB77C\uC774\uC120\uC2A4\uC785\uB2C8\uB2E4(\uAE08\uC9C0 \uADDC\uCE59 {rule})",
      "finding.LICENCE_DENIED.title": "\uAE08\uC9C0\uB41C \uB77C\uC774\uC120\uC2A4",
      "finding.LICENCE_DENIED.help": "\uC815\uCC45\uC774 \uC774 \uB77C\uC774\uC120\uC2A4\uB97C \uBA85\uC2DC\uC801\uC73C\uB85C \uAE08\uC9C0\uD569\uB2C8\uB2E4(\uC608: \uBE44\uC0C1\uC5C5 \uB610\uB294 \uBCC0\uACBD \uAE08\uC9C0 \uC870\uAC74). \uC2B9\uC778\uB41C \uC624\uD508 \uB77C\uC774\uC120\uC2A4\uB85C \uB2E4\uC2DC \uACF5\uAC1C\uD558\uC2ED\uC2DC\uC624.",
      "finding.LICENCE_MISSING.message": "\uC120\uC5B8\uB41C \uB77C\uC774\uC120\uC2A4\uB3C4, \uB77C\uC774\uC120\uC2A4 \uD30C\uC77C\uB3C4 \uC5C6\uC2B5\uB2C8\uB2E4",
      "finding.LICENCE_MISSING.title": "\uB77C\uC774\uC120\uC2A4 \uC5C6\uC74C",
      "finding.LICENCE_MISSING.help": "\uB77C\uC774\uC120\uC2A4\uB97C \uCC3E\uC9C0 \uBABB\uD588\uC2B5\uB2C8\uB2E4. \uBAA8\uB378 \uCE74\uB4DC\uC5D0 \uB77C\uC774\uC120\uC2A4\uAC00 \uC5C6\uACE0 LICENSE \uD30C\uC77C\uB3C4 \uC5C6\uC2B5\uB2C8\uB2E4. \uBAA8\uB378 \uCE74\uB4DC\uC5D0 `license:`\uB97C \uC801\uACE0 LICENSE \uD30C\uC77C\uC744 \uCD94\uAC00\uD558\uC2ED\uC2DC\uC624.",
      "finding.LICENCE_UNREADABLE.message": "{file}: \uD30C\uC77C\uC744 \uC77D\uC9C0 \uBABB\uD574 \uB77C\uC774\uC120\uC2A4\uB97C \uD655\uC815\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4[(\uC6D0\uC778: \u201C{error}\u201D)]",
      "finding.LICENCE_UNREADABLE.title": "\uB77C\uC774\uC120\uC2A4 \uD30C\uC77C\uC744 \uC77D\uC744 \uC218 \uC5C6\uC74C",
      "finding.LICENCE_UNREADABLE.help": "\uB77C\uC774\uC120\uC2A4 \uD30C\uC77C\uC740 \uC788\uC9C0\uB9CC \uC77D\uC9C0 \uBABB\uD574 \uB77C\uC774\uC120\uC2A4\uB97C \uD655\uC815\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4. \uD30C\uC77C\uC744 \uC77D\uC744 \uC218 \uC788\uB294 \uD1A0\uD070\uC73C\uB85C \uB2E4\uC2DC \uC2E4\uD589\uD558\uC2ED\uC2DC\uC624.",
      "finding.LICENCE_UNIDENTIFIED.message": "{file}: \uC54C\uB824\uC9C4 \uC5B4\uB5A4 \uB77C\uC774\uC120\uC2A4\uC640\uB3C4 \uCDA9\uBD84\uD788 \uC77C\uCE58\uD558\uC9C0 \uC54A\uC544 \uB77C\uC774\uC120\uC2A4\uB97C \uD655\uC815\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4[(\uAC00\uC7A5 \uAC00\uAE4C\uC6B4 \uB77C\uC774\uC120\uC2A4 {closest}, \uC77C\uCE58\uB3C4 {confidence})]",
      "finding.LICENCE_UNIDENTIFIED.message.notRead": "{file}: \uB77C\uC774\uC120\uC2A4\uB97C \uC2DD\uBCC4\uD558\uC9C0 \uBABB\uD588\uC2B5\uB2C8\uB2E4({matcher|dash.matcher}): \u201C{detail}\u201D",
      "finding.LICENCE_UNIDENTIFIED.title": "\uB77C\uC774\uC120\uC2A4\uB97C \uC2DD\uBCC4\uD560 \uC218 \uC5C6\uC74C",
      "finding.LICENCE_UNIDENTIFIED.help": "\uB77C\uC774\uC120\uC2A4 \uD30C\uC77C\uC744 \uC77D\uC5C8\uC9C0\uB9CC \uC54C\uB824\uC9C4 \uB77C\uC774\uC120\uC2A4\uC640 \uCDA9\uBD84\uD788 \uC77C\uCE58\uD558\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. \uD45C\uC900 \uB77C\uC774\uC120\uC2A4 \uC6D0\uBB38\uC744 \uC218\uC815 \uC5C6\uC774 \uC0AC\uC6A9\uD558\uAC70\uB098 \uBD80\uCC98\uC5D0 \uAC80\uD1A0\uB97C \uC694\uCCAD\uD558\uC2ED\uC2DC\uC624.",
      "finding.LICENCE_MISMATCH.message": "\uBA54\uD0C0\uB370\uC774\uD130({origin|origin})\uC758 \uD45C\uAE30\uB294 {declared}\uC774\uC9C0\uB9CC \uB77C\uC774\uC120\uC2A4 \uC6D0\uBB38\uC740 {detected}\uC785\uB2C8\uB2E4",
      "finding.LICENCE_MISMATCH.title": "\uBA54\uD0C0\uB370\uC774\uD130\uC640 \uB77C\uC774\uC120\uC2A4 \uC6D0\uBB38 \uBD88\uC77C\uCE58",
      "finding.LICENCE_MISMATCH.help": "\uBA54\uD0C0\uB370\uC774\uD130\uC5D0 \uC801\uD78C \uB77C\uC774\uC120\uC2A4\uC640 \uB77C\uC774\uC120\uC2A4 \uC6D0\uBB38\uC774 \uB2E4\uB974\uBBC0\uB85C \uB354 \uC5C4\uACA9\uD55C \uCABD\uC744 \uC801\uC6A9\uD569\uB2C8\uB2E4. \uBAA8\uB378 \uCE74\uB4DC\uC640 LICENSE \uD30C\uC77C\uC774 \uAC19\uC740 \uB77C\uC774\uC120\uC2A4\uB97C \uAC00\uB9AC\uD0A4\uB3C4\uB85D \uB9DE\uCD94\uC2ED\uC2DC\uC624.",
      "finding.LICENCE_RESTRICTED_USE.message": "{name}: \uBAA8\uB378\uC758 \uC6A9\uB3C4\uB97C \uC81C\uD55C\uD569\uB2C8\uB2E4",
      "finding.LICENCE_RESTRICTED_USE.title": "\uC0AC\uC6A9 \uC81C\uD55C \uB77C\uC774\uC120\uC2A4",
      "finding.LICENCE_RESTRICTED_USE.help": "\uB77C\uC774\uC120\uC2A4\uAC00 \uBAA8\uB378\uC758 \uC0AC\uC6A9 \uBC29\uC2DD\uC744 \uC81C\uD55C\uD558\uBBC0\uB85C(\uC774\uC6A9 \uC815\uCC45, \uC0AC\uC6A9 \uBD84\uC57C \uC81C\uD55C \uB4F1) \uC624\uD508 \uB77C\uC774\uC120\uC2A4\uAC00 \uC544\uB2D9\uB2C8\uB2E4. \uC2B9\uC778\uB41C \uC624\uD508 \uB77C\uC774\uC120\uC2A4\uB85C \uB2E4\uC2DC \uACF5\uAC1C\uD558\uC2ED\uC2DC\uC624.",
      "finding.LICENCE_NON_COMMERCIAL.message": "{name}: \uC0C1\uC5C5\uC801 \uC774\uC6A9\uC744 \uAE08\uC9C0\uD569\uB2C8\uB2E4",
      "finding.LICENCE_NON_COMMERCIAL.title": "\uBE44\uC0C1\uC5C5 \uB77C\uC774\uC120\uC2A4",
      "finding.LICENCE_NON_COMMERCIAL.help": "\uB77C\uC774\uC120\uC2A4\uAC00 \uC0C1\uC5C5\uC801 \uC774\uC6A9\uC744 \uAE08\uC9C0\uD558\uBBC0\uB85C \uC624\uD508 \uB77C\uC774\uC120\uC2A4\uAC00 \uC544\uB2D9\uB2C8\uB2E4. \uC2B9\uC778\uB41C \uC624\uD508 \uB77C\uC774\uC120\uC2A4\uB85C \uB2E4\uC2DC \uACF5\uAC1C\uD558\uC2ED\uC2DC\uC624.",
      "finding.SOURCE_FAILED.message": "\uB808\uC9C0\uC2A4\uD2B8\uB9AC\uC5D0 \uC694\uCCAD\uD558\uC9C0 \uBABB\uD588\uC2B5\uB2C8\uB2E4: \u201C{detail}\u201D",
      "finding.SOURCE_FAILED.title": "\uC800\uC7A5\uC18C \uC870\uD68C \uC2E4\uD328",
      "finding.SOURCE_FAILED.help": "\uB124\uD2B8\uC6CC\uD06C \uC624\uB958, \uC694\uCCAD \uD55C\uB3C4 \uCD08\uACFC \uB610\uB294 \uC798\uBABB\uB41C \uC751\uB2F5\uC73C\uB85C \uC800\uC7A5\uC18C\uB97C \uC870\uD68C\uD558\uC9C0 \uBABB\uD574 \uC544\uBB34\uAC83\uB3C4 \uD655\uC778\uD560 \uC218 \uC5C6\uC5C8\uC2B5\uB2C8\uB2E4. \uB098\uC911\uC5D0 \uB2E4\uC2DC \uC2E4\uD589\uD558\uC2ED\uC2DC\uC624.",
      "finding.FILES_UNKNOWN.message": "\uD30C\uC77C \uBAA9\uB85D\uC744 \uC77D\uC9C0 \uBABB\uD588\uC2B5\uB2C8\uB2E4",
      "finding.FILES_UNKNOWN.title": "\uD30C\uC77C \uBAA9\uB85D\uC744 \uC54C \uC218 \uC5C6\uC74C",
      "finding.FILES_UNKNOWN.help": "\uD30C\uC77C \uBAA9\uB85D\uC744 \uC77D\uC9C0 \uBABB\uD574 \uAC00\uC911\uCE58\uAC00 \uC788\uB294\uC9C0 \uC54C \uC218 \uC5C6\uC2B5\uB2C8\uB2E4. \uB098\uC911\uC5D0 \uB2E4\uC2DC \uC2E4\uD589\uD558\uAC70\uB098 \uD30C\uC77C \uBAA9\uB85D\uC744 \uBCFC \uC218 \uC788\uB294 \uD1A0\uD070\uC73C\uB85C \uC2E4\uD589\uD558\uC2ED\uC2DC\uC624.",
      "finding.RENAMED.message": "{from} \u2192 {to}: \uC800\uC7A5\uC18C \uC774\uB984\uC774 \uBC14\uB00C\uC5C8\uC2B5\uB2C8\uB2E4",
      "finding.RENAMED.title": "\uC774\uB984 \uBCC0\uACBD\uB428",
      "finding.RENAMED.help": "\uC800\uC7A5\uC18C \uC774\uB984\uC774 \uBC14\uB00C\uC5B4 \uBCF4\uACE0\uC11C\uB294 \uC0C8 ID\uB97C \uC0AC\uC6A9\uD569\uB2C8\uB2E4. \uC0AC\uC5C5 \uD30C\uC77C\uC744 \uC218\uC815\uD558\uC2ED\uC2DC\uC624.",
      "finding.WAIVED.message": "{code|finding.*.title}({code}) \uC608\uC678 \uC2B9\uC778[, \uC720\uD6A8 \uAE30\uD55C {expires}] \u2014 \uC2B9\uC778\uC790: {approvedBy}, \uC0AC\uC720: \u201C{reason}\u201D",
      "finding.WAIVED.title": "\uC608\uC678 \uC2B9\uC778\uB428",
      "finding.WAIVED.help": "\uC815\uCC45\uC758 \uC608\uC678 \uC2B9\uC778\uC73C\uB85C \uC774 \uAC80\uC0AC \uACB0\uACFC\uB294 \uB354 \uC774\uC0C1 \uD310\uC815\uC744 \uC88C\uC6B0\uD558\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. \uC608\uC678 \uAE30\uAC04\uC774 \uB05D\uB098\uAE30 \uC804\uC5D0 \uC6D0\uC778\uC744 \uD574\uACB0\uD558\uC2ED\uC2DC\uC624.",
      "finding.LICENCE_MODIFIED.message": "[{file}\uC758 \uC6D0\uBB38\uC740 ]{base}\uC5D0\uC11C {how|finding.LICENCE_MODIFIED.how} \uAC83\uC73C\uB85C, {base} \uC790\uCCB4\uAC00 \uC544\uB2D9\uB2C8\uB2E4[: \u201C{extra}\u201D]",
      "finding.LICENCE_MODIFIED.how.modified": "\uC870\uD56D\uC744 \uCD94\uAC00\uD558\uAC70\uB098 \uBC14\uAFBC",
      "finding.LICENCE_MODIFIED.how.renamed": "\uC774\uB984\uC744 \uBC14\uAFBC",
      "finding.LICENCE_MODIFIED.title": "\uC218\uC815\uB41C \uB77C\uC774\uC120\uC2A4",
      "finding.LICENCE_MODIFIED.help": "\uC54C\uB824\uC9C4 \uB77C\uC774\uC120\uC2A4 \uBCF8\uBB38\uC5D0 \uC870\uAC74\uC774 \uCD94\uAC00\uB418\uAC70\uB098 \uBC14\uB00C\uC5C8\uC73C\uBBC0\uB85C(\uB610\uB294 \uC774\uB984\uB9CC \uBC14\uAFBC \uD15C\uD50C\uB9BF\uC774\uBBC0\uB85C) \uADF8 \uB77C\uC774\uC120\uC2A4\uAC00 \uC544\uB2C8\uBA70 \uC2B9\uC778\uB418\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. \uD45C\uC900 \uBCF8\uBB38\uC744 \uADF8\uB300\uB85C \uC4F0\uAC70\uB098, \uC99D\uAC70\uC5D0 \uC778\uC6A9\uB41C \uBC14\uB010 \uC870\uAC74\uC744 \uBD80\uCC98\uC5D0 \uAC80\uD1A0 \uC694\uCCAD\uD558\uC2ED\uC2DC\uC624.",
      "finding.LICENCE_TEXT_MISSING.message": "\uBA54\uD0C0\uB370\uC774\uD130\uB9CC \uB77C\uC774\uC120\uC2A4({licence})\uB97C \uBC1D\uD788\uBA70, {policy} \uC815\uCC45\uC740 \uB77C\uC774\uC120\uC2A4 \uC6D0\uBB38\uC744 \uC694\uAD6C\uD569\uB2C8\uB2E4",
      "finding.LICENCE_TEXT_MISSING.message.other": "\uBA54\uD0C0\uB370\uC774\uD130\uAC00 {declared}\uC640 \uD568\uAED8 `other`\uB97C \uC801\uC5C8\uC9C0\uB9CC, \uADF8 \uB2E4\uB978 \uB77C\uC774\uC120\uC2A4\uB97C \uBC1D\uD788\uB294 \uC6D0\uBB38\uC774 \uC5C6\uC2B5\uB2C8\uB2E4",
      "finding.LICENCE_TEXT_MISSING.title": "\uB77C\uC774\uC120\uC2A4 \uBCF8\uBB38 \uC5C6\uC74C",
      "finding.LICENCE_TEXT_MISSING.help": "\uB77C\uC774\uC120\uC2A4\uAC00 \uBCF8\uBB38 \uC5C6\uC774 \uBA54\uD0C0\uB370\uC774\uD130\uC5D0\uB9CC \uADFC\uAC70\uD569\uB2C8\uB2E4. \uC815\uCC45\uC774 \uBCF8\uBB38\uC744 \uC694\uAD6C\uD558\uAC70\uB098, \uBAA8\uB378 \uCE74\uB4DC\uAC00 \uBA85\uC2DC\uB41C \uB77C\uC774\uC120\uC2A4 \uC606\uC5D0 \u2018\uAE30\uD0C0\u2019 \uB77C\uC774\uC120\uC2A4\uB97C \uC801\uC5C8\uC9C0\uB9CC \uADF8 \uBCF8\uBB38\uC774 \uC5C6\uC2B5\uB2C8\uB2E4. \uC800\uC7A5\uC18C\uC5D0 \uB77C\uC774\uC120\uC2A4 \uBCF8\uBB38\uC744 \uCD94\uAC00\uD558\uC2ED\uC2DC\uC624.",
      "finding.MALFORMED_METADATA.message": "\uBAA8\uB378 \uCE74\uB4DC\uC758 \uB77C\uC774\uC120\uC2A4 \uD544\uB4DC \uD615\uC2DD\uC774 \uC798\uBABB\uB418\uC5B4 \uC120\uC5B8\uB41C \uB77C\uC774\uC120\uC2A4\uB97C \uD655\uC815\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4: \u201C{detail}\u201D",
      "finding.MALFORMED_METADATA.title": "\uC798\uBABB\uB41C \uB77C\uC774\uC120\uC2A4 \uBA54\uD0C0\uB370\uC774\uD130",
      "finding.MALFORMED_METADATA.help": "\uBAA8\uB378 \uCE74\uB4DC\uC758 \uB77C\uC774\uC120\uC2A4 \uD56D\uBAA9 \uD615\uC2DD\uC774 \uC798\uBABB\uB418\uC5B4(\uC608: `license: {id: \u2026}` \uB610\uB294 \uC22B\uC790) \uC120\uC5B8\uB41C \uB77C\uC774\uC120\uC2A4\uB97C \uD655\uC778\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4. `license:`\uB97C ID \uD558\uB098 \uB610\uB294 ID \uBAA9\uB85D\uC73C\uB85C \uC801\uC73C\uC2ED\uC2DC\uC624.",
      "finding.MALFORMED_RESPONSE.message": "\uB808\uC9C0\uC2A4\uD2B8\uB9AC \uC751\uB2F5\uC758 \uD615\uC2DD\uC744 \uC54C \uC218 \uC5C6\uC5B4 \uD655\uC815\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4: \u201C{detail}\u201D",
      "finding.MALFORMED_RESPONSE.title": "\uC608\uC0C1\uD558\uC9C0 \uBABB\uD55C \uC800\uC7A5\uC18C \uC751\uB2F5",
      "finding.MALFORMED_RESPONSE.help": "\uC800\uC7A5\uC18C\uAC00 openquota\uAC00 \uBAA8\uB974\uB294 \uD615\uC2DD\uC73C\uB85C \uC751\uB2F5\uD574(\uC608: \uC774\uB984 \uC5C6\uB294 \uD30C\uC77C \uD56D\uBAA9) \uADF8 \uB0B4\uC6A9\uC744 \uD655\uC778\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4. \uB098\uC911\uC5D0 \uB2E4\uC2DC \uC2E4\uD589\uD558\uC2ED\uC2DC\uC624.",
      "finding.FILES_TRUNCATED.message": "\uD30C\uC77C \uBAA9\uB85D\uC774 \uC911\uAC04\uC5D0 \uC798\uB838\uC2B5\uB2C8\uB2E4: \u201C{detail}\u201D",
      "finding.FILES_TRUNCATED.title": "\uD30C\uC77C \uBAA9\uB85D \uC798\uB9BC",
      "finding.FILES_TRUNCATED.help": "\uD30C\uC77C\uC774 \uB108\uBB34 \uB9CE\uC544 \uD30C\uC77C \uBAA9\uB85D\uC774 \uC911\uAC04\uC5D0 \uC798\uB838\uC73C\uBBC0\uB85C \uC798\uB9B0 \uB4A4\uC758 \uB0B4\uC6A9\uC740 \uC54C \uC218 \uC5C6\uC2B5\uB2C8\uB2E4. \uC77D\uC740 \uD30C\uC77C\uB9CC\uC73C\uB85C \uD310\uC815\uC774 \uC815\uD574\uC9C0\uC9C0 \uC54A\uC73C\uBA74 \uD655\uC778 \uBD88\uAC00\uC785\uB2C8\uB2E4.",
      "finding.DECLARED_NOT_EXCLUDED.message": "`models:`\uC5D0 \uC120\uC5B8\uB418\uC5B4 \uC788\uC73C\uBBC0\uB85C `exclude:` {pattern}\uC5D0 \uD574\uB2F9\uD574\uB3C4 \uC9D1\uACC4\uD569\uB2C8\uB2E4",
      "finding.DECLARED_NOT_EXCLUDED.title": "\uC120\uC5B8\uB41C \uBAA8\uB378\uC740 \uC81C\uC678\uB418\uC9C0 \uC54A\uC74C",
      "finding.DECLARED_NOT_EXCLUDED.help": "\uC0AC\uC5C5 \uD30C\uC77C\uC5D0 \uC120\uC5B8\uB41C \uBAA8\uB378\uC774\uBBC0\uB85C \uAC19\uC740 \uD300\uC758 `exclude:` \uD328\uD134\uACFC \uC77C\uCE58\uD574\uB3C4 \uC9D1\uACC4\uB429\uB2C8\uB2E4. \uC120\uC5B8 \uBAA9\uB85D\uC5D0\uC11C \uBE7C\uAC70\uB098 \uD328\uD134\uC744 \uC881\uD788\uC2ED\uC2DC\uC624.",
      "finding.AVAILABILITY_NOT_CHECKED.message": "\uB85C\uCEEC \uB514\uB809\uD130\uB9AC\uC774\uBBC0\uB85C \uACF5\uAC1C \uC5EC\uBD80\uB294 \uD655\uC778\uD558\uC9C0 \uC54A\uC558\uACE0, \uACF5\uAC1C\uB85C \uAC8C\uC2DC\uB418\uC5C8\uC744 \uB54C\uC758 \uD310\uC815\uC785\uB2C8\uB2E4",
      "finding.AVAILABILITY_NOT_CHECKED.title": "\uACF5\uAC1C \uC5EC\uBD80 \uBBF8\uD655\uC778",
      "finding.AVAILABILITY_NOT_CHECKED.help": "\uB85C\uCEEC \uB514\uB809\uD130\uB9AC\uC5D0\uC11C\uB294 \uACF5\uAC1C \uC5EC\uBD80\uB97C \uC54C \uC218 \uC5C6\uC73C\uBBC0\uB85C, \uD310\uC815\uC740 \uACF5\uAC1C\uB41C \uB4A4 \uC5B4\uB5BB\uAC8C \uD310\uC815\uB420\uC9C0\uB97C \uB098\uD0C0\uB0C5\uB2C8\uB2E4. \uACF5\uAC1C \uC5EC\uBD80\uB294 \uACF5\uAC1C\uB41C \uC800\uC7A5\uC18C\uB97C \uAC80\uC0AC\uD574 \uD655\uC778\uD558\uC2ED\uC2DC\uC624.",
      "finding.WEIGHTS_STUB.message.parameters": "\uAC00\uC911\uCE58\uAC00 \uBE48 \uAECD\uB370\uAE30\uC785\uB2C8\uB2E4: \uB9E4\uAC1C\uBCC0\uC218 {parameters}\uAC1C\uB85C \uD558\uD55C {minParameters}\uAC1C \uBBF8\uB9CC\uC774\uBBC0\uB85C \uBAA8\uB378 \uACF5\uAC1C\uAC00 \uC544\uB2D9\uB2C8\uB2E4",
      "finding.WEIGHTS_STUB.message.bytes": "\uAC00\uC911\uCE58\uAC00 \uBE48 \uAECD\uB370\uAE30\uC785\uB2C8\uB2E4: \uAC00\uC911\uCE58 \uD30C\uC77C\uC774 {bytes}\uBC14\uC774\uD2B8\uB85C \uD558\uD55C {minBytes}\uBC14\uC774\uD2B8 \uBBF8\uB9CC\uC774\uBBC0\uB85C \uBAA8\uB378 \uACF5\uAC1C\uAC00 \uC544\uB2D9\uB2C8\uB2E4",
      "finding.WEIGHTS_STUB.message.storage": "\uAC00\uC911\uCE58\uAC00 \uBE48 \uAECD\uB370\uAE30\uC785\uB2C8\uB2E4: \uC800\uC7A5\uC18C \uC804\uCCB4\uAC00 {storageBytes}\uBC14\uC774\uD2B8\uB85C \uD558\uD55C {minBytes}\uBC14\uC774\uD2B8 \uBBF8\uB9CC\uC774\uBBC0\uB85C \uBAA8\uB378 \uACF5\uAC1C\uAC00 \uC544\uB2D9\uB2C8\uB2E4",
      "finding.WEIGHTS_STUB.message.header": "\uAC00\uC911\uCE58\uAC00 \uBE48 \uAECD\uB370\uAE30\uC785\uB2C8\uB2E4: \uBA85\uC2DC\uB41C \uB9E4\uAC1C\uBCC0\uC218 {parameters}\uAC1C\uC5D0\uB294 {neededBytes}\uBC14\uC774\uD2B8\uAC00 \uD544\uC694\uD558\uC9C0\uB9CC \uC800\uC7A5\uC18C\uC5D0\uB294 {storageBytes}\uBC14\uC774\uD2B8\uBFD0\uC774\uBBC0\uB85C \uBAA8\uB378 \uACF5\uAC1C\uAC00 \uC544\uB2D9\uB2C8\uB2E4",
      "finding.WEIGHTS_UNKNOWN.message": "\uB9E4\uAC1C\uBCC0\uC218 \uC218\uB3C4 \uAC00\uC911\uCE58 \uD30C\uC77C \uD06C\uAE30\uB3C4 \uD655\uC778\uD560 \uC218 \uC5C6\uC5B4[(\u201C{detail}\u201D)] \uAC00\uC911\uCE58\uAC00 \uC2E4\uC81C\uB85C \uC788\uB294\uC9C0 \uD655\uC778\uB418\uC9C0 \uC54A\uC558\uC2B5\uB2C8\uB2E4",
      "finding.FAMILY_COPY.message": "{original}\uC758 {relation|relation} \uC0AC\uBCF8: \uC6D0\uBCF8 \uC544\uB798\uC5D0 \uD45C\uC2DC\uB418\uBA70 \uB530\uB85C \uC9D1\uACC4\uD558\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4(\uB2E8\uB3C5 \uD310\uC815: {verdict|verdict})",
      "finding.COPY_LESS_OPEN.message": "\uC0AC\uBCF8 {copy}\uC774(\uAC00) \uC6D0\uBCF8\uBCF4\uB2E4 \uB35C \uAC1C\uBC29\uC801\uC785\uB2C8\uB2E4[: {availability|availability}][; \uB77C\uC774\uC120\uC2A4 {licence}, \uC6D0\uBCF8\uC740 {originalLicence}]",
      "finding.ADAPTER.message": "[{base} \uC704\uC758 ]\uC5B4\uB311\uD130: \uD45C\uC2DC\uB9CC \uD558\uACE0 \uC9D1\uACC4\uD558\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4",
      "finding.FORK.message": "[{parent}\uC758 ]\uB2E4\uB978 \uC18C\uC720\uC790 \uC800\uC7A5\uC18C \uD3EC\uD06C: \uD45C\uC2DC\uB9CC \uD558\uACE0 \uC9D1\uACC4\uD558\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4",
      "finding.THIRD_PARTY_BASE.message": "\uB2E4\uB978 \uC18C\uC720\uC790\uC758 \uAC00\uC911\uCE58\uC778 {model}(\uC18C\uC720\uC790 {owner}, {relation|relation}) \uC704\uC5D0 \uAD6C\uCD95\uB418\uC5C8\uC2B5\uB2C8\uB2E4",
      "finding.BASE_UNREADABLE.message": "\uAE30\uBC18 \uBAA8\uB378 {base}\uC744(\uB97C) \uC77D\uC744 \uC218 \uC5C6\uC5B4[(\u201C{error}\u201D)] \uADF8 \uB77C\uC774\uC120\uC2A4\uAC00 \uC774 \uBAA8\uB378\uC744 \uAD6C\uC18D\uD558\uB294\uC9C0 \uD655\uC778\uB418\uC9C0 \uC54A\uC558\uC2B5\uB2C8\uB2E4",
      "finding.BASE_UNREADABLE.message.noLicence": "\uAE30\uBC18 \uBAA8\uB378 {base}\uC5D0 \uC77D\uC744 \uC218 \uC788\uB294 \uB77C\uC774\uC120\uC2A4\uAC00 \uC5C6\uC5B4 \uC774 \uBAA8\uB378\uC744 \uAD6C\uC18D\uD558\uB294\uC9C0 \uD655\uC778\uB418\uC9C0 \uC54A\uC558\uC2B5\uB2C8\uB2E4",
      "finding.LICENCE_INHERITED.message": "\uAE30\uBC18 \uBAA8\uB378 {base}\uC758 \uB77C\uC774\uC120\uC2A4 {licence}\uB294 \uD30C\uC0DD\uBB3C\uC744 \uAD6C\uC18D\uD569\uB2C8\uB2E4[: \u201C{clause}\u201D]. \uC774 \uBAA8\uB378\uC740 \uC790\uCCB4 \uB77C\uC774\uC120\uC2A4\uC640 {licence}\uB97C \uD568\uAED8 \uB530\uB985\uB2C8\uB2E4",
      // 기반 모델 또는 원본과의 관계 (families.ts, lineage.ts).
      "relation.quantized": "\uC591\uC790\uD654",
      "relation.re-upload": "\uC7AC\uC5C5\uB85C\uB4DC",
      "relation.same-model": "\uB3D9\uC77C \uBAA8\uB378",
      "relation.finetune": "\uBBF8\uC138\uC870\uC815",
      "relation.merge": "\uBCD1\uD569",
      "relation.adapter": "\uC5B4\uB311\uD130",
      "relation.base": "\uD30C\uC0DD",
      "reason.PARAMETERS_UNKNOWN": "\uC9D1\uACC4 \uB300\uC0C1 \uBAA8\uB378 \uC911 \uB9E4\uAC1C\uBCC0\uC218 \uC218\uAC00 \uD655\uC778\uB418\uC9C0 \uC54A\uC740 \uAC83\uC774 \uC788\uC5B4 \uB9E4\uAC1C\uBCC0\uC218 \uAE30\uC900 \uBE44\uC728\uC744 \uACC4\uC0B0\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4",
      "reason.PARAMETERS_ABOVE_THRESHOLD": "\uB9E4\uAC1C\uBCC0\uC218 \uAE30\uC900 {parameterShare} \uC900\uC218 > {threshold}",
      "reason.PARAMETERS_AT_OR_BELOW_THRESHOLD": "\uB9E4\uAC1C\uBCC0\uC218 \uAE30\uC900 {parameterShare} \uC900\uC218 <= {threshold}",
      "reason.PARAMETERS_DEPEND_ON_UNKNOWN": "\uB9E4\uAC1C\uBCC0\uC218 \uAE30\uC900 {parameterShare} \uC900\uC218. \uBBF8\uD655\uC778 \uBAA8\uB378\uC774 {threshold} \uCD08\uACFC \uC5EC\uBD80\uB97C \uACB0\uC815\uD569\uB2C8\uB2E4",
      "finding.WEIGHTS_STUB.title": "\uAC00\uC911\uCE58\uAC00 \uBE48 \uAECD\uB370\uAE30",
      "finding.WEIGHTS_STUB.help": "\uAC00\uC911\uCE58 \uD30C\uC77C\uC774 \uC815\uCC45\uC774 \uC815\uD55C \uCD5C\uC18C \uD30C\uB77C\uBBF8\uD130 \uC218\xB7\uCD5C\uC18C \uBC14\uC774\uD2B8\uBCF4\uB2E4 \uC791\uC544 \uBAA8\uB378 \uACF5\uAC1C\uAC00 \uC544\uB2CC \uBE48 \uAECD\uB370\uAE30\uB85C \uBCF4\uACE0 \uC9D1\uACC4\uC5D0\uC11C \uC81C\uC678\uD569\uB2C8\uB2E4. \uC218\uCE58\uB294 \uADFC\uAC70\uC5D0 \uD568\uAED8 \uC801\uD600 \uC788\uC2B5\uB2C8\uB2E4. \uC2E4\uC81C \uAC00\uC911\uCE58\uB97C \uC62C\uB9AC\uC2ED\uC2DC\uC624.",
      "finding.WEIGHTS_UNKNOWN.title": "\uAC00\uC911\uCE58 \uD06C\uAE30 \uBBF8\uD655\uC778",
      "finding.WEIGHTS_UNKNOWN.help": "\uD30C\uB77C\uBBF8\uD130 \uC218\uB3C4 \uAC00\uC911\uCE58 \uD30C\uC77C \uD06C\uAE30\uB3C4 \uD655\uC778\uD558\uC9C0 \uBABB\uD574(\uD5E4\uB354 \uD574\uC11D \uC2E4\uD328, \uD30C\uC77C \uBAA9\uB85D \uC77D\uAE30 \uC2E4\uD328 \uB4F1) \uAC00\uC911\uCE58\uAC00 \uC2E4\uC81C\uB85C \uC788\uB294\uC9C0 \uC54C \uC218 \uC5C6\uC2B5\uB2C8\uB2E4. \uB2E4\uC2DC \uC2E4\uD589\uD558\uAC70\uB098 \uD06C\uAE30\uB97C \uBC1D\uD788\uB294 \uD615\uC2DD\uC73C\uB85C \uAC00\uC911\uCE58\uB97C \uACF5\uAC1C\uD558\uC2ED\uC2DC\uC624.",
      "finding.FAMILY_COPY.title": "\uAC19\uC740 \uBAA8\uB378\uC758 \uC0AC\uBCF8",
      "finding.FAMILY_COPY.help": "\uAC19\uC740 \uD300\uC758 \uB2E4\uB978 \uACF5\uAC1C \uBAA8\uB378\uC744 \uC591\uC790\uD654\xB7\uBCC0\uD658\xB7\uC7AC\uC5C5\uB85C\uB4DC\uD55C \uC0AC\uBCF8(\uB610\uB294 \uB2E4\uB978 \uC800\uC7A5\uC18C\uC758 \uAC19\uC740 \uBAA8\uB378)\uC785\uB2C8\uB2E4. \uC6D0\uBCF8 \uC544\uB798\uC5D0 \uD45C\uC2DC\uD558\uBA70 \uB530\uB85C \uC9D1\uACC4\uD558\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. \uC6D0\uBCF8\uC758 \uD310\uC815\uC774 \uBAA8\uB378\uAD70\uC758 \uD310\uC815\uC785\uB2C8\uB2E4.",
      "finding.COPY_LESS_OPEN.title": "\uC6D0\uBCF8\uBCF4\uB2E4 \uB35C \uAC1C\uBC29\uB41C \uC0AC\uBCF8",
      "finding.COPY_LESS_OPEN.help": "\uC774 \uBAA8\uB378\uC758 \uC0AC\uBCF8\uC774 \uBE44\uACF5\uAC1C\xB7\uC811\uADFC \uC81C\uD55C\uC774\uAC70\uB098 \uC6D0\uBCF8\uACFC \uB2E4\uB978 \uB77C\uC774\uC120\uC2A4\uC785\uB2C8\uB2E4. \uBAA8\uB378\uAD70 \uD310\uC815\uC740 \uC6D0\uBCF8\uC744 \uB530\uB985\uB2C8\uB2E4. \uC0AC\uBCF8\uB3C4 \uC6D0\uBCF8\uB9CC\uD07C \uAC1C\uBC29\uD558\uC2ED\uC2DC\uC624.",
      "finding.ADAPTER.title": "\uC5B4\uB311\uD130(\uC9D1\uACC4 \uC81C\uC678)",
      "finding.ADAPTER.help": "\uAE30\uBC18 \uBAA8\uB378 \uC704\uC758 \uC5B4\uB311\uD130(\uC800\uB7AD\uD06C \uC801\uC751 \uB4F1)\uC785\uB2C8\uB2E4. \uBAA9\uB85D\uC5D0\uB294 \uBCF4\uC774\uC9C0\uB9CC \uBAA8\uB378 \uACF5\uAC1C\uB85C \uC9D1\uACC4\uD558\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4(\uC815\uCC45\uC758 \uC5B4\uB311\uD130 \uC124\uC815).",
      "finding.FORK.title": "\uD3EC\uD06C(\uC9D1\uACC4 \uC81C\uC678)",
      "finding.FORK.help": "\uB2E4\uB978 \uC18C\uC720\uC790 \uC800\uC7A5\uC18C\uC758 \uD3EC\uD06C\uC785\uB2C8\uB2E4. \uBAA9\uB85D\uC5D0\uB294 \uBCF4\uC774\uC9C0\uB9CC \uD300\uC758 \uACF5\uAC1C\uB85C \uC9D1\uACC4\uD558\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4(\uC815\uCC45\uC758 \uD3EC\uD06C \uC124\uC815).",
      "finding.THIRD_PARTY_BASE.title": "\uD0C0\uC0AC \uAE30\uBC18 \uBAA8\uB378 \uC0AC\uC6A9",
      "finding.THIRD_PARTY_BASE.help": "\uB2E4\uB978 \uC18C\uC720\uC790\uC758 \uBAA8\uB378(\uD300 \uBC16\uC758 \uAE30\uBC18 \uBAA8\uB378)\uC744 \uBC14\uD0D5\uC73C\uB85C \uB9CC\uB4E0 \uACF5\uAC1C\uC785\uB2C8\uB2E4. \uC18C\uC720\uC790, \uBAA8\uB378, \uAD00\uACC4\uB97C \uC801\uC2B5\uB2C8\uB2E4. \uD5C8\uC6A9\xB7\uD45C\uC2DC\xB7\uC9D1\uACC4 \uC81C\uC678 \uC5EC\uBD80\uB294 \uC815\uCC45\uC758 \uD0C0\uC0AC \uAE30\uBC18 \uBAA8\uB378 \uC124\uC815\uC774 \uC815\uD569\uB2C8\uB2E4.",
      "finding.LICENCE_INHERITED.title": "\uAE30\uBC18 \uBAA8\uB378 \uB77C\uC774\uC120\uC2A4 \uC2B9\uACC4",
      "finding.LICENCE_INHERITED.help": "\uAE30\uBC18 \uBAA8\uB378\uC758 \uB77C\uC774\uC120\uC2A4\uAC00 \uD30C\uC0DD\uBB3C\uC5D0\uB3C4 \uC801\uC6A9\uB418\uBBC0\uB85C \uC774 \uACF5\uAC1C\uB294 \uC790\uCCB4 \uB77C\uC774\uC120\uC2A4\uC640 \uAE30\uBC18 \uBAA8\uB378 \uB77C\uC774\uC120\uC2A4\uB97C \uD568\uAED8 \uB530\uB985\uB2C8\uB2E4. \uBBF8\uC138\uC870\uC815 \uBAA8\uB378\uC758 \uB77C\uC774\uC120\uC2A4 \uD45C\uAE30\uB97C \uBC14\uAFD4\uB3C4 \uAE30\uBC18 \uBAA8\uB378\uC758 \uC870\uAC74\uC740 \uC0AC\uB77C\uC9C0\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4. \uAE30\uBC18 \uBAA8\uB378, \uADF8 \uB77C\uC774\uC120\uC2A4, \uD574\uB2F9 \uC870\uD56D\uC744 \uC801\uC2B5\uB2C8\uB2E4.",
      "finding.BASE_UNREADABLE.title": "\uAE30\uBC18 \uBAA8\uB378 \uD655\uC778 \uBD88\uAC00",
      "finding.BASE_UNREADABLE.help": "\uAE30\uBC18 \uBAA8\uB378\uC758 \uBA54\uD0C0\uB370\uC774\uD130(\uB77C\uC774\uC120\uC2A4)\uB97C \uC77D\uC9C0 \uBABB\uD574 \uADF8 \uB77C\uC774\uC120\uC2A4\uAC00 \uC774 \uACF5\uAC1C\uC5D0 \uC801\uC6A9\uB418\uB294\uC9C0 \uD655\uC778\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4. \uB77C\uC774\uC120\uC2A4\uB294 \uBBF8\uD655\uC778\uC785\uB2C8\uB2E4. \uB098\uC911\uC5D0 \uB2E4\uC2DC \uC2E4\uD589\uD558\uC2ED\uC2DC\uC624.",
      // 대시보드(html-*.ts): 요약, 팀 카드, 모델 표와 스크립트.
      "finding.waived": "{text} (\uC608\uC678 \uC2B9\uC778\uB428)",
      "evidence.METADATA.message": "{source|source} \uBA54\uD0C0\uB370\uC774\uD130[(\uB9AC\uBE44\uC804 {revision})], \uC218\uC9D1 \uC2DC\uAC01 {fetchedAt}",
      "evidence.DECLARED.message": "{origin|origin}\uC758 \uB77C\uC774\uC120\uC2A4 \uD45C\uAE30: \u201C{value}\u201D[(\uC774\uB984 \u201C{name}\u201D)]",
      "evidence.NOT_READ.message": "{file}: \uC2DD\uBCC4\uD558\uC9C0 \uC54A\uC74C({matcher|dash.matcher}: \u201C{detail}\u201D)",
      "evidence.IDENTIFIED.message": "{file}: {licence}({matcher|dash.matcher}, \uC77C\uCE58\uB3C4 {confidence})",
      "evidence.UNIDENTIFIED.message": "{file}: \uC2DD\uBCC4\uB418\uC9C0 \uC54A\uC74C[(\uAC00\uC7A5 \uAC00\uAE4C\uC6B4 \uB77C\uC774\uC120\uC2A4 {closest}, \uC77C\uCE58\uB3C4 {confidence})]",
      "evidence.EXTRA.message": "{file}: \uC54C\uB824\uC9C4 \uC6D0\uBB38\uC5D0 \uC5C6\uB294 \uBD80\uBD84: \u201C{quote}\u201D",
      "evidence.UNREADABLE.message": "{file}: \uC77D\uC9C0 \uBABB\uD568[(\uC6D0\uC778: \u201C{error}\u201D)]",
      "evidence.PROBLEM.message": "\uC77D\uB294 \uC911 \uBB38\uC81C({code}): \u201C{detail}\u201D[ ({url})]",
      "sentence.verdict": "{model}(\uD300 {team}): {verdict|verdict} \u2014 {reason}",
      "error.heading.one": "{who}: \uACE0\uCCD0\uC57C \uD560 \uBB38\uC81C\uAC00 \uC788\uC2B5\uB2C8\uB2E4:",
      "error.heading.other": "{who}: \uACE0\uCCD0\uC57C \uD560 \uBB38\uC81C\uAC00 {count}\uAC1C \uC788\uC2B5\uB2C8\uB2E4:",
      "error.fixLabel": "\uD574\uACB0 \uBC29\uBC95",
      "error.commandLine": "\uBA85\uB839\uC904",
      "error.upstream": "{who}: \uC678\uBD80 \uC800\uC7A5\uC18C \uC624\uB958({code}): \u201C{message}\u201D{at}",
      "error.internal": "{who}: \uB05D\uAE4C\uC9C0 \uC2E4\uD589\uD558\uC9C0 \uBABB\uD588\uC2B5\uB2C8\uB2E4: \u201C{message}\u201D",
      "error.internalHint": "openquota\uC758 \uBC84\uADF8\uC785\uB2C8\uB2E4. \uC2E4\uD589\uD55C \uBA85\uB839\uACFC \uD568\uAED8 \uC54C\uB824 \uC8FC\uC2ED\uC2DC\uC624.",
      "error.UNKNOWN_COMMAND.message": "\uC54C \uC218 \uC5C6\uB294 \uBA85\uB839 \u201C{name}\u201D",
      "error.UNKNOWN_COMMAND.fix": "\uB2E4\uC74C \uC911 \uD558\uB098\uB97C \uC4F0\uC2ED\uC2DC\uC624: {commands}",
      "error.UNKNOWN_COMMAND.fix.near": "\u201C{near}\u201D\uC744(\uB97C) \uB73B\uD588\uC2B5\uB2C8\uAE4C? (\uBA85\uB839: {commands})",
      "error.UNKNOWN_OPTION.message": "\uC54C \uC218 \uC5C6\uB294 \uC635\uC158 {option}",
      "error.UNKNOWN_OPTION.fix": "`openquota {command} --help`\uAC00 \uBAA8\uB4E0 \uC635\uC158\uC744 \uBCF4\uC5EC \uC90D\uB2C8\uB2E4",
      "error.UNKNOWN_OPTION.fix.near": "{near}\uC744(\uB97C) \uB73B\uD588\uC2B5\uB2C8\uAE4C? (`openquota {command} --help`\uAC00 \uBAA8\uB4E0 \uC635\uC158\uC744 \uBCF4\uC5EC \uC90D\uB2C8\uB2E4)",
      "error.NEEDS_VALUE.message": "{option}\uC5D0\uB294 \uAC12\uC774 \uD544\uC694\uD569\uB2C8\uB2E4",
      "error.NEEDS_VALUE.fix": "{option} {value} \uD615\uC2DD\uC73C\uB85C \uC4F0\uC2ED\uC2DC\uC624",
      "error.TAKES_NO_VALUE.message": "{option}\uC740(\uB294) \uAC12\uC744 \uBC1B\uC9C0 \uC54A\uC2B5\uB2C8\uB2E4(\uBC1B\uC740 \uAC12 \u201C{value}\u201D)",
      "error.TAKES_NO_VALUE.fix": "{option}\uB9CC \uC4F0\uC2ED\uC2DC\uC624",
      "error.GIVEN_TWICE.message": "\uB450 \uBC88 \uC8FC\uC5B4\uC84C\uC2B5\uB2C8\uB2E4(\u201C{first}\u201D, \u201C{second}\u201D)",
      "error.GIVEN_TWICE.fix": "{option}\uC740(\uB294) \uD55C \uBC88\uB9CC \uC4F0\uC2ED\uC2DC\uC624",
      "error.UNKNOWN_FORMAT.message": "\uC54C \uC218 \uC5C6\uB294 \uD615\uC2DD \u201C{format}\u201D",
      "error.UNKNOWN_FORMAT.fix": "[\u201C{near}\u201D\uC744(\uB97C) \uB73B\uD588\uC2B5\uB2C8\uAE4C? ]\uB2E4\uC74C \uC911 \uD558\uB098\uB97C \uC4F0\uC2ED\uC2DC\uC624: {formats}",
      "error.UNKNOWN_LANGUAGE.message": "\uC54C \uC218 \uC5C6\uB294 \uC5B8\uC5B4 \u201C{lang}\u201D",
      "error.UNKNOWN_LANGUAGE.fix": "\uB2E4\uC74C \uC911 \uD558\uB098\uB97C \uC4F0\uC2ED\uC2DC\uC624: {langs}",
      "error.UNKNOWN_VALUE.message": "\uC54C \uC218 \uC5C6\uB294 \uAC12 \u201C{value}\u201D",
      "error.UNKNOWN_VALUE.fix": "[\u201C{near}\u201D\uC744(\uB97C) \uB73B\uD588\uC2B5\uB2C8\uAE4C? ]\uB2E4\uC74C \uC911 \uD558\uB098\uB97C \uC4F0\uC2ED\uC2DC\uC624: {values}",
      "error.EMPTY_VALUE.message": "\uAC12\uC774 \uBE44\uC5B4 \uC788\uC2B5\uB2C8\uB2E4",
      "error.EMPTY_VALUE.fix": "{option} {value} \uD615\uC2DD\uC73C\uB85C \uC4F0\uC2ED\uC2DC\uC624",
      "error.JSON_IS_OUTPUT.message": "{file}: --output \uD30C\uC77C\uACFC \uAC19\uC740 \uD30C\uC77C\uC785\uB2C8\uB2E4",
      "error.JSON_IS_OUTPUT.fix": "--json\uC5D0\uB294 \uB2E4\uB978 \uD30C\uC77C \uC774\uB984\uC744 \uC8FC\uC2ED\uC2DC\uC624",
      "summary.footer": "\uC815\uCC45 **{policy}**(sha256 `{sha}`, \uC900\uC218 \uBE44\uC728\uC774 {threshold}\uB97C \uB118\uC5B4\uC57C \uD568) \xB7 \uCEE4\uBC0B {commit}\uC758 {file} \xB7 openquota {version}",
      "summary.noCommit": "\uC54C \uC218 \uC5C6\uC74C",
      "summary.programmeFile": "\uC0AC\uC5C5 \uD30C\uC77C",
      // 메타데이터에서 라이선스를 읽은 곳(DeclaredLicence.origin).
      "origin.hub-card": "\uD5C8\uBE0C \uBAA8\uB378 \uCE74\uB4DC",
      "origin.hub-tag": "\uD5C8\uBE0C \uD0DC\uADF8",
      "origin.github-api": "GitHub \uB77C\uC774\uC120\uC2A4 API",
      "origin.spdx-tag": "SPDX \uD0DC\uADF8",
      "origin.readme-front-matter": "README \uBA38\uB9AC\uB9D0",
      "dash.reason.code": "\uCF54\uB4DC \uC800\uC7A5\uC18C: \uAC00\uC911\uCE58 \uD30C\uC77C\uC774 \uC5C6\uC5B4 \uACF5\uAC1C \uBAA8\uB378\uC774 \uC544\uB2D9\uB2C8\uB2E4",
      "dash.reason.compliant": "\uC2B9\uC778\uB41C \uB77C\uC774\uC120\uC2A4 {licence}\uB85C \uACF5\uAC1C\uB418\uC5C8\uC2B5\uB2C8\uB2E4",
      "dash.headline.none": "\uC774 \uBCF4\uACE0\uC11C\uC5D0\uB294 \uD300\uC774 \uC5C6\uC2B5\uB2C8\uB2E4",
      "dash.headline.fail.one": "{total}\uAC1C \uD300 \uC911 {count}\uAC1C \uD300\uC774 \uC758\uBB34 \uBE44\uC728\uC744 \uCDA9\uC871\uD558\uC9C0 \uBABB\uD569\uB2C8\uB2E4",
      "dash.headline.fail.other": "{total}\uAC1C \uD300 \uC911 {count}\uAC1C \uD300\uC774 \uC758\uBB34 \uBE44\uC728\uC744 \uCDA9\uC871\uD558\uC9C0 \uBABB\uD569\uB2C8\uB2E4",
      "dash.headline.andIncomplete": ". {count}\uAC1C \uD300\uC740 \uC544\uC9C1 \uD310\uC815\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4",
      "dash.headline.incomplete.one": "\uC2E4\uD328\uD55C \uD300\uC740 \uC5C6\uC73C\uB098 {total}\uAC1C \uD300 \uC911 {count}\uAC1C \uD300\uC740 \uC544\uC9C1 \uD310\uC815\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4",
      "dash.headline.incomplete.other": "\uC2E4\uD328\uD55C \uD300\uC740 \uC5C6\uC73C\uB098 {total}\uAC1C \uD300 \uC911 {count}\uAC1C \uD300\uC740 \uC544\uC9C1 \uD310\uC815\uD560 \uC218 \uC5C6\uC2B5\uB2C8\uB2E4",
      "dash.headline.pass.one": "\uD300\uC774 \uC758\uBB34 \uBE44\uC728\uC744 \uCDA9\uC871\uD569\uB2C8\uB2E4",
      "dash.headline.pass.other": "{count}\uAC1C \uD300 \uBAA8\uB450 \uC758\uBB34 \uBE44\uC728\uC744 \uCDA9\uC871\uD569\uB2C8\uB2E4",
      "dash.bar": "{team}: \uC9D1\uACC4 {counted}\uAC1C \uC911 \uC900\uC218 {compliant}\uAC1C, \uBBF8\uC900\uC218 {nonCompliant}\uAC1C, \uC54C \uC218 \uC5C6\uC74C {unknown}\uAC1C, \uAE30\uC900 {threshold}",
      "dash.card.why": "\uC624\uD508 \uACF5\uAC1C\uB85C \uC778\uC815\uB418\uC9C0 \uC54A\uC740 \uC774\uC720",
      "dash.card.more.one": "\uADF8 \uBC16\uC758 \uC774\uC720 {count}\uAC00\uC9C0",
      "dash.card.more.other": "\uADF8 \uBC16\uC758 \uC774\uC720 {count}\uAC00\uC9C0",
      "dash.card.excluded.one": "\uC9D1\uACC4\uC5D0\uC11C \uC81C\uC678\uB41C {count}\uAC1C\uC640 \uADF8 \uC774\uC720",
      "dash.card.excluded.other": "\uC9D1\uACC4\uC5D0\uC11C \uC81C\uC678\uB41C {count}\uAC1C\uC640 \uADF8 \uC774\uC720",
      "dash.card.show.one": "{team}\uC758 \uACF5\uAC1C \uBAA8\uB378 {count}\uAC1C \uBCF4\uAE30",
      "dash.card.show.other": "{team}\uC758 \uACF5\uAC1C \uBAA8\uB378 {count}\uAC1C \uBCF4\uAE30",
      "dash.filter.reason": "\uC774\uC720",
      "dash.filter.search": "\uBAA8\uB378\xB7\uB77C\uC774\uC120\uC2A4\xB7\uC774\uC720 \uAC80\uC0C9",
      "dash.filter.group": "\uBB36\uAE30",
      "dash.group.team": "\uD300\uBCC4",
      "dash.group.none": "\uBB36\uC9C0 \uC54A\uC74C",
      "dash.noscript": "\uBAA8\uB378 \uD45C\uB294 \uC790\uBC14\uC2A4\uD06C\uB9BD\uD2B8\uAC00 \uC788\uC5B4\uC57C \uD45C\uC2DC\uB429\uB2C8\uB2E4. \uC704\uC758 \uD300\uBCC4 \uC694\uC57D\uC740 \uC790\uBC14\uC2A4\uD06C\uB9BD\uD2B8 \uC5C6\uC774\uB3C4 \uC644\uC804\uD558\uBA70, \uBAA8\uB4E0 \uACF5\uAC1C \uBAA8\uB378\uC740 JSON \uBCF4\uACE0\uC11C\uC5D0 \uC788\uC2B5\uB2C8\uB2E4.",
      "dash.empty": "\uC870\uAC74\uC5D0 \uB9DE\uB294 \uACF5\uAC1C \uBAA8\uB378\uC774 \uC5C6\uC2B5\uB2C8\uB2E4.",
      "dash.modelsCaption": "\uBAA8\uB4E0 \uACF5\uAC1C \uBAA8\uB378\uC744 \uD300\uBCC4\uB85C \uBB36\uC5B4 \uC2EC\uAC01\uD55C \uC21C\uC11C\uB85C \uC774\uC720\uC640 \uD568\uAED8 \uBCF4\uC5EC \uC90D\uB2C8\uB2E4. \uD589\uC744 \uD3BC\uCE58\uBA74 \uADFC\uAC70\uB97C \uBCFC \uC218 \uC788\uC2B5\uB2C8\uB2E4",
      "dash.more": "{count}\uAC1C \uB354 \uBCF4\uAE30(\uB0A8\uC740 {left}\uAC1C)",
      "dash.csv": "\uD45C\uC2DC\uB41C {count}\uAC1C \uB0B4\uBCF4\uB0B4\uAE30(CSV)",
      "dash.col.source": "\uCD9C\uCC98",
      "dash.col.code": "\uD310\uC815 \uCF54\uB4DC",
      "dash.col.url": "\uD398\uC774\uC9C0",
      "dash.group.count": "{total}\uAC1C \uC911 {shown}\uAC1C",
      "dash.family": "\uBAA8\uB378 \uACC4\uC5F4 {family}({count}\uAC1C)",
      "dash.copies": "\uC0AC\uBCF8(\uC774 \uBAA8\uB378 \uC544\uB798\uC5D0 \uD45C\uC2DC\uD558\uBA70 \uB530\uB85C \uC9D1\uACC4\uD558\uC9C0 \uC54A\uC74C)",
      "dash.copies.tag": "\uC0AC\uBCF8 {count}\uAC1C",
      "dash.evidence.open": "\uADFC\uAC70",
      "dash.ev.metadata": "\uBA54\uD0C0\uB370\uC774\uD130\uC758 \uB77C\uC774\uC120\uC2A4 \uD45C\uAE30",
      "dash.ev.texts": "\uB77C\uC774\uC120\uC2A4 \uC6D0\uBB38\uC5D0\uC11C \uC2DD\uBCC4\uD55C \uB77C\uC774\uC120\uC2A4",
      "dash.ev.notJudged": "\uC9D1\uACC4 \uB300\uC0C1\uC774 \uC544\uB2C8\uC5B4\uC11C \uD310\uC815\uD558\uC9C0 \uC54A\uC558\uC2B5\uB2C8\uB2E4",
      "dash.ev.noMetadata": "\uC5C6\uC74C: \uBA54\uD0C0\uB370\uC774\uD130\uC5D0 \uB77C\uC774\uC120\uC2A4 \uD45C\uAE30\uAC00 \uC5C6\uC2B5\uB2C8\uB2E4",
      "dash.ev.pointer": "\uADF8 \uC790\uCCB4\uB85C \uB77C\uC774\uC120\uC2A4\uB97C \uC9C0\uC815\uD558\uC9C0 \uC54A\uC73C\uBBC0\uB85C \uB77C\uC774\uC120\uC2A4 \uC6D0\uBB38\uC73C\uB85C \uD310\uC815\uD569\uB2C8\uB2E4",
      "dash.ev.name": "\uC774\uB984 {name}",
      "dash.ev.noText": "\uC2DD\uBCC4\uB41C \uB77C\uC774\uC120\uC2A4 \uC6D0\uBB38\uC774 \uC5C6\uC2B5\uB2C8\uB2E4",
      "dash.ev.unidentified": "\uC2DD\uBCC4\uB418\uC9C0 \uC54A\uC74C",
      "dash.ev.extra": "\uC54C\uB824\uC9C4 \uC6D0\uBB38\uACFC \uB2E4\uB978 \uBD80\uBD84:",
      "dash.ev.weights.one": "\uD30C\uC77C {count}\uAC1C, \uD30C\uB77C\uBBF8\uD130 {parameters}",
      "dash.ev.weights.other": "\uD30C\uC77C {count}\uAC1C, \uD30C\uB77C\uBBF8\uD130 {parameters}",
      "dash.ev.files.one": "\uD30C\uC77C {count}\uAC1C",
      "dash.ev.files.other": "\uD30C\uC77C {count}\uAC1C",
      "dash.ev.lineage": "\uAE30\uBC18 \uBAA8\uB378",
      "dash.ev.thirdParty": "\uD0C0\uC0AC",
      "dash.ev.family": "\uBAA8\uB378 \uACC4\uC5F4",
      "dash.ev.lines": "\uC2A4\uCE94 \uAE30\uB85D \uADF8\uB300\uB85C({count}\uC904)",
      "dash.ev.permalink": "\uC774 \uD654\uBA74\uC5D0\uC11C \uC774 \uBAA8\uB378\uB85C \uAC00\uB294 \uB9C1\uD06C",
      "dash.matcher.exact": "\uC6D0\uBB38 \uC77C\uCE58",
      "dash.matcher.dice": "\uC720\uC0AC \uC6D0\uBB38",
      "dash.matcher.reference": "\uB77C\uC774\uC120\uC2A4 \uC774\uB984 \uC5B8\uAE09",
      "dash.matcher.spdx-tag": "SPDX \uD0DC\uADF8",
      "dash.matcher.compilation": "\uD55C \uC6D0\uBB38\uC5D0 \uC5EC\uB7EC \uB77C\uC774\uC120\uC2A4",
      "dash.matcher.none": "\uC77C\uCE58 \uC5C6\uC74C",
      "dash.matcher.too-long": "\uC6D0\uBB38\uC774 \uB108\uBB34 \uAE38\uC5B4 \uC2DD\uBCC4\uD558\uC9C0 \uC54A\uC74C",
      "dash.matcher.failed": "\uC2DD\uBCC4 \uC2E4\uD328",
      // 공개 사이트(site-*.ts): 첫 화면, 차수별 대시보드, 팀별 기록.
      "site.title": "\uC624\uD508\uC18C\uC2A4 \uACF5\uAC1C \uC758\uBB34 \uC810\uAC80: \uD3C9\uAC00 \uCC28\uC218\uBCC4 \uCD94\uC774",
      "site.nav": "\uC0AC\uC774\uD2B8",
      "site.home": "\uC804\uCCB4 \uCC28\uC218",
      "site.lang": "\uC5B8\uC5B4",
      "site.rounds": "\uD3C9\uAC00 \uCC28\uC218",
      "site.round": "{date} \uD3C9\uAC00",
      "site.roundsCount.one": "\uD3C9\uAC00 {count}\uD68C",
      "site.roundsCount.other": "\uD3C9\uAC00 {count}\uD68C",
      "site.latest": "\uCD5C\uADFC \uD3C9\uAC00: {date}",
      "site.chartTitle": "\uCC28\uC218\uBCC4 \uC900\uC218 \uBE44\uC728",
      "site.chartDesc": "\uC120 \uD558\uB098\uAC00 \uD300 \uD558\uB098\uC758 \uCC28\uC218\uBCC4 \uC900\uC218 \uBE44\uC728\uC785\uB2C8\uB2E4. \uC810\uC120\uC740 \uAE30\uC900({threshold})\uC774\uBA70, \uC774\uB97C \uB118\uC73C\uBA74 \uD300\uC774 \uD1B5\uACFC\uD569\uB2C8\uB2E4.",
      "site.sharesCaption": "\uCC28\uC218\uBCC4 \uAC01 \uD300\uC758 \uC0C1\uD0DC\uC640 \uC900\uC218 \uBE44\uC728\uC785\uB2C8\uB2E4. \uCE78\uC744 \uC5F4\uBA74 \uADF8 \uCC28\uC218\uC758 \uACF5\uAC1C \uBAA8\uB378\uC744 \uBCFC \uC218 \uC788\uC2B5\uB2C8\uB2E4",
      "site.absent": "\uC774 \uCC28\uC218\uC5D0 \uC5C6\uC74C",
      "site.teamHistory": "{team} \uCC28\uC218\uBCC4 \uAE30\uB85D",
      "site.historyCaption": "\uCC28\uC218\uBCC4 \uD300 \uC9D1\uACC4\uC785\uB2C8\uB2E4. \uCC28\uC218\uB97C \uC5F4\uBA74 \uADF8 \uCC28\uC218\uC758 \uACF5\uAC1C \uBAA8\uB378\uC744 \uBCFC \uC218 \uC788\uC2B5\uB2C8\uB2E4",
      "site.history": "\uCC28\uC218 \uC0AC\uC774\uC758 \uBCC0\uD654",
      "site.changes": "{from}\uBD80\uD130 {to}\uAE4C\uC9C0",
      "site.noChanges": "\uC774 \uD300\uC758 \uACF5\uAC1C \uBAA8\uB378\uC5D0\uB294 \uBCC0\uD654\uAC00 \uC5C6\uC2B5\uB2C8\uB2E4.",
      "site.firstRound": "\uCCAB \uD3C9\uAC00 \uCC28\uC218\uC774\uBBC0\uB85C \uC544\uC9C1 \uBE44\uAD50\uD560 \uB300\uC0C1\uC774 \uC5C6\uC2B5\uB2C8\uB2E4.",
      "site.col.round": "\uCC28\uC218",
      // 터미널 표와 Markdown 보고서. 한국어에는 복수형이 없어 .one과 .other가 같습니다.
      "col.excluded": "\uC81C\uC678",
      "failure.heading": "\uC870\uD68C\uD558\uC9C0 \uBABB\uD55C \uB808\uC9C0\uC2A4\uD2B8\uB9AC:",
      "failure.listing": "{origin}\uC758 \uBAA9\uB85D\uC744 \uAC00\uC838\uC624\uC9C0 \uBABB\uD588\uC2B5\uB2C8\uB2E4 \u2014 {host}: {message} ({cause})",
      "failure.inspect.one": "\uB9B4\uB9AC\uC2A4 {count}\uAC1C\uB97C \uAC80\uC0AC\uD558\uC9C0 \uBABB\uD588\uC2B5\uB2C8\uB2E4 \u2014 {host}: {message} ({cause})",
      "failure.inspect.other": "\uB9B4\uB9AC\uC2A4 {count}\uAC1C\uB97C \uAC80\uC0AC\uD558\uC9C0 \uBABB\uD588\uC2B5\uB2C8\uB2E4 \u2014 {host}: {message} ({cause})",
      "failure.requestId": "\uC694\uCCAD ID {id}",
      "failure.someRegistry": "\uB808\uC9C0\uC2A4\uD2B8\uB9AC",
      "md.truncated.one": "{limit}\uC790 \uC81C\uD55C\uC744 \uC9C0\uD0A4\uAE30 \uC704\uD574 \uBAA8\uB378 {count}\uAC1C\uB97C \uC0DD\uB7B5\uD588\uC2B5\uB2C8\uB2E4. \uC804\uCCB4 \uBCF4\uACE0\uC11C\uB294 {path}\uC5D0 \uC788\uC2B5\uB2C8\uB2E4.",
      "md.truncated.other": "{limit}\uC790 \uC81C\uD55C\uC744 \uC9C0\uD0A4\uAE30 \uC704\uD574 \uBAA8\uB378 {count}\uAC1C\uB97C \uC0DD\uB7B5\uD588\uC2B5\uB2C8\uB2E4. \uC804\uCCB4 \uBCF4\uACE0\uC11C\uB294 {path}\uC5D0 \uC788\uC2B5\uB2C8\uB2E4.",
      "md.truncatedNoPath.one": "{limit}\uC790 \uC81C\uD55C\uC744 \uC9C0\uD0A4\uAE30 \uC704\uD574 \uBAA8\uB378 {count}\uAC1C\uB97C \uC0DD\uB7B5\uD588\uC2B5\uB2C8\uB2E4. \uC804\uCCB4 \uBAA9\uB85D\uC740 JSON \uBCF4\uACE0\uC11C\uB97C \uB80C\uB354\uB9C1\uD558\uC5EC \uD655\uC778\uD558\uC2ED\uC2DC\uC624.",
      "md.truncatedNoPath.other": "{limit}\uC790 \uC81C\uD55C\uC744 \uC9C0\uD0A4\uAE30 \uC704\uD574 \uBAA8\uB378 {count}\uAC1C\uB97C \uC0DD\uB7B5\uD588\uC2B5\uB2C8\uB2E4. \uC804\uCCB4 \uBAA9\uB85D\uC740 JSON \uBCF4\uACE0\uC11C\uB97C \uB80C\uB354\uB9C1\uD558\uC5EC \uD655\uC778\uD558\uC2ED\uC2DC\uC624."
    };
  }
});

// src/report/i18n/index.ts
function patternKey(pattern, value) {
  return pattern.includes("*") ? pattern.replace("*", String(value)) : `${pattern}.${value}`;
}
function hasKey(lang, key) {
  return Object.hasOwn(CATALOGUES[lang], key);
}
function template(text) {
  let found = TEMPLATES.get(text);
  if (!found) {
    const literals = [];
    const segments = [];
    let last = 0;
    for (const m of text.matchAll(OPTIONAL)) {
      literals.push(text.slice(last, m.index));
      segments.push({ text: m[1], names: [...m[1].matchAll(PLACEHOLDER)].map((p) => p[1]) });
      last = m.index + m[0].length;
    }
    literals.push(text.slice(last));
    found = { literals, segments, pieces: /* @__PURE__ */ new Map() };
    TEMPLATES.set(text, found);
  }
  return found;
}
function piecesOf(text) {
  const pieces2 = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    if (m.index > last) pieces2.push(text.slice(last, m.index));
    pieces2.push({ whole: m[0], name: m[1], pattern: m[2] });
    last = m.index + m[0].length;
  }
  if (last < text.length) pieces2.push(text.slice(last));
  return pieces2;
}
function fill(lang, text, args) {
  const present = (name) => args[name] !== void 0 && args[name] !== "" && args[name] !== 0;
  const tpl = template(text);
  let kept = "";
  for (const segment of tpl.segments) kept += segment.names.every(present) ? "1" : "0";
  let pieces2 = tpl.pieces.get(kept);
  if (!pieces2) {
    let left = tpl.literals[0];
    tpl.segments.forEach((segment, i) => {
      left += (kept[i] === "1" ? segment.text : "") + tpl.literals[i + 1];
    });
    pieces2 = piecesOf(left);
    tpl.pieces.set(kept, pieces2);
  }
  let out = "";
  for (const piece of pieces2) {
    if (typeof piece === "string") {
      out += piece;
      continue;
    }
    const value = args[piece.name];
    if (value === void 0) out += piece.whole;
    else if (!piece.pattern) out += typeof value === "number" ? formatNumber(lang, value) : String(value);
    else {
      const key = patternKey(piece.pattern, value);
      out += hasKey(lang, key) ? t(lang, key) : String(value);
    }
  }
  return out;
}
function formatNumber(lang, n) {
  if (Number.isSafeInteger(n) && n >= 0 && !Object.is(n, -0)) {
    const digits = String(n);
    return digits.length <= 3 ? digits : digits.replace(/\B(?=(\d{3})+$)/g, ",");
  }
  return numberFormat(lang).format(n);
}
function numberFormat(lang) {
  let format = NUMBER_FORMATS.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang === "ko" ? "ko-KR" : "en");
    NUMBER_FORMATS.set(lang, format);
  }
  return format;
}
function pluralCategory(lang, n) {
  return lang === "en" && (n === 1 || n === -1) ? "one" : "other";
}
function requiredPlaceholders(text) {
  let names = REQUIRED.get(text);
  if (!names) {
    names = [...text.replace(OPTIONAL, "").matchAll(PLACEHOLDER)].map((m) => m[1]);
    REQUIRED.set(text, names);
  }
  return names;
}
function t(lang, key, args = {}) {
  const l = lang ?? "en";
  return fill(l, CATALOGUES[l][key] ?? en[key], args);
}
function problemPart(lang, code, part, args) {
  const base = `error.${code}.${part}`;
  const variant = typeof args.variant === "string" ? `${base}.${args.variant}` : void 0;
  const key = variant && hasKey(lang, variant) ? variant : base;
  if (!hasKey(lang, key)) return void 0;
  const template2 = CATALOGUES[lang][key];
  if (requiredPlaceholders(template2).some((name) => args[name] === void 0)) return void 0;
  return fill(lang, template2, args);
}
function problemEnglish(code, args) {
  const fix = problemPart("en", code, "fix", args);
  return { message: problemPart("en", code, "message", args) ?? code, ...fix ? { fix } : {} };
}
function problemText(lang, p) {
  const l = lang ?? "en";
  const fixLabel = t(l, "error.fixLabel");
  const file = p.file === "command line" ? t(l, "error.commandLine") : p.file;
  const own = { message: p.message, ...p.fix ? { fix: p.fix } : {}, fixLabel, ...file ? { file } : {} };
  if (!p.code || l === "en") return own;
  const args = p.args ?? {};
  const en2 = {
    message: problemPart("en", p.code, "message", args),
    fix: problemPart("en", p.code, "fix", args)
  };
  if (en2.message !== p.message || (en2.fix ?? void 0) !== (p.fix ?? void 0)) return own;
  const message = problemPart(l, p.code, "message", args) ?? p.message;
  const fix = p.fix ? problemPart(l, p.code, "fix", args) ?? p.fix : void 0;
  return { message, ...fix ? { fix } : {}, fixLabel, ...file ? { file } : {} };
}
function plural(lang, base, n, args = {}) {
  const category = pluralCategory(lang ?? "en", n);
  return t(lang, `${base}.${category}`, { count: n, ...args });
}
function langFromEnv(env) {
  const value = env.LC_ALL || env.LANG || "";
  return /^ko(\b|_|-|$)/i.test(value) ? "ko" : "en";
}
var CATALOGUES, PLACEHOLDER, OPTIONAL, TEMPLATES, NUMBER_FORMATS, REQUIRED, TEAM_REASON_CODES, REASONS;
var init_i18n = __esm({
  "src/report/i18n/index.ts"() {
    "use strict";
    init_primary_finding();
    init_symbols();
    init_en();
    init_ko();
    CATALOGUES = { en, ko };
    PLACEHOLDER = /\{(\w+)(?:\|([\w.*-]+))?\}/g;
    OPTIONAL = /\[([^[\]]*)\]/g;
    TEMPLATES = /* @__PURE__ */ new Map();
    NUMBER_FORMATS = /* @__PURE__ */ new Map();
    REQUIRED = /* @__PURE__ */ new Map();
    TEAM_REASON_CODES = [
      "ABOVE_THRESHOLD",
      "AT_OR_BELOW_THRESHOLD",
      "DEPENDS_ON_UNKNOWN",
      "NOTHING_COUNTED",
      "LISTING_FAILED",
      "PARAMETERS_UNKNOWN",
      "PARAMETERS_ABOVE_THRESHOLD",
      "PARAMETERS_AT_OR_BELOW_THRESHOLD",
      "PARAMETERS_DEPEND_ON_UNKNOWN"
    ];
    REASONS = new Set(TEAM_REASON_CODES);
  }
});

// src/report/write.ts
var write_exports = {};
__export(write_exports, {
  escapeRegExp: () => escapeRegExp,
  removeLeftovers: () => removeLeftovers,
  siblingOf: () => siblingOf,
  writeFileAtomic: () => writeFileAtomic
});
import { mkdir, open, readdir as readdir2, rename, rm, stat as stat3, writeFile } from "node:fs/promises";
import { basename as basename2, dirname as dirname4, join as join5 } from "node:path";
function siblingOf(target, kind, hidden) {
  const suffix = Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(6))).toString("hex");
  const name = `${hidden ? "." : ""}${basename2(target)}.openquota-${process.pid}-${suffix}.${kind}`;
  return join5(dirname4(target), name);
}
function alive(pid) {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
async function removeLeftovers(target, legacy) {
  const dir = dirname4(target);
  const ours = new RegExp(
    `^\\.?${escapeRegExp(basename2(target))}\\.openquota-(\\d+)-[0-9a-f]{12}\\.(tmp|old)$`
  );
  const names = await readdir2(dir).catch(() => []);
  const removed = [];
  for (const name of names) {
    const m = ours.exec(name);
    const path = join5(dir, name);
    if (m) {
      const old = await stat3(path).then(
        (s) => Date.now() - s.mtimeMs > STALE_MS,
        () => false
      );
      if (alive(Number(m[1])) && !old) continue;
    } else if (!legacy?.test(name)) continue;
    await rm(path, { recursive: true, force: true });
    removed.push(path);
  }
  return removed;
}
async function writeFileAtomic(file, content) {
  await mkdir(dirname4(file), { recursive: true });
  await removeLeftovers(file, void 0);
  const temp = siblingOf(file, "tmp", true);
  try {
    if (typeof content === "string" || content instanceof Uint8Array) await writeFile(temp, content);
    else await writePieces(temp, content);
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
async function writePieces(path, pieces2) {
  const handle = await open(path, "w");
  const writeAll = async (bytes, length) => {
    for (let done = 0; done < length; ) done += (await handle.write(bytes, done, length - done)).bytesWritten;
  };
  try {
    const buffer = Buffer.allocUnsafe(BATCH_BYTES);
    let used = 0;
    for (const piece of pieces2) {
      if (used > 0 && used + piece.length * 3 > BATCH_BYTES) {
        await writeAll(buffer, used);
        used = 0;
      }
      if (piece.length * 3 > BATCH_BYTES) {
        const bytes = Buffer.from(piece, "utf8");
        await writeAll(bytes, bytes.length);
      } else used += buffer.write(piece, used, "utf8");
    }
    if (used > 0) await writeAll(buffer, used);
  } finally {
    await handle.close();
  }
}
var escapeRegExp, STALE_MS, BATCH_BYTES;
var init_write = __esm({
  "src/report/write.ts"() {
    "use strict";
    escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    STALE_MS = 24 * 60 * 60 * 1e3;
    BATCH_BYTES = 1 << 20;
  }
});

// src/report/json-chunks.ts
var json_chunks_exports = {};
__export(json_chunks_exports, {
  jsonChunks: () => jsonChunks
});
function container(value) {
  if (Array.isArray(value)) return true;
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return (proto === Object.prototype || proto === null) && typeof value.toJSON !== "function";
}
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
var STREAM_DEPTH, GAP, omitted;
var init_json_chunks = __esm({
  "src/report/json-chunks.ts"() {
    "use strict";
    STREAM_DEPTH = 4;
    GAP = "  ";
    omitted = (value) => value === void 0 || typeof value === "function" || typeof value === "symbol";
  }
});

// oq-not-in-licence-bundle:../report/index.js
var require_report = __commonJS({
  "oq-not-in-licence-bundle:../report/index.js"() {
    throw new Error("openquota's licence bundle does not hold ../report/index.js: a licence run never loads it (scripts/bundles.ts)");
  }
});

// src/cli/output.ts
var output_exports = {};
__export(output_exports, {
  FORMAT_EXTENSIONS: () => FORMAT_EXTENSIONS,
  deliver: () => deliver,
  emitReport: () => emitReport,
  exitCodeFor: () => exitCodeFor,
  formatOfName: () => formatOfName,
  langOf: () => langOf,
  langOfArgv: () => langOfArgv,
  noteWriter: () => noteWriter,
  planOutput: () => planOutput,
  plannedOutputs: () => plannedOutputs,
  printWarnings: () => printWarnings,
  useColour: () => useColour
});
import { resolve as resolve2 } from "node:path";
function formatOfName(file) {
  const name = file.toLowerCase();
  const hits = Object.entries(FORMAT_EXTENSIONS).flatMap(
    ([format, exts]) => exts.filter((e) => name.endsWith(e)).map((e) => ({ format, length: e.length }))
  );
  return hits.sort((a, b) => b.length - a.length)[0]?.format;
}
function planOutput(args, allowed, io, problems, terminal) {
  const asked = args.string("format");
  const file = args.string("output");
  const json = args.string("json");
  let format = "json";
  if (asked !== void 0) {
    if (allowed.includes(asked)) format = asked;
    else {
      const near = closest(asked, allowed);
      problems.coded("--format", "UNKNOWN_FORMAT", { format: asked, near, formats: allowed.join(", ") });
    }
  } else if (file !== void 0) {
    const named = formatOfName(file);
    if (named && allowed.includes(named)) format = named;
    else if (named && named !== "yaml") {
      problems.flag(
        "--output",
        `${file}: the name says ${named}, which this command does not write (it writes ${allowed.join(", ")})`,
        `give --format, or name the file for one of those (e.g. ${file.replace(/(\.[^./]+)+$/, "")}${FORMAT_EXTENSIONS.json[0]})`
      );
    }
  } else if (io.stdoutIsTTY) format = terminal;
  if (file !== void 0 && json !== void 0 && resolve2(io.cwd, file) === resolve2(io.cwd, json)) {
    problems.coded("--json", "JSON_IS_OUTPUT", { file: json });
  }
  return { format, ...file !== void 0 ? { file } : {}, ...json !== void 0 ? { json } : {} };
}
function plannedOutputs(plan) {
  return {
    ...plan.file ? { output: { path: plan.file, flag: "--output" } } : {},
    ...plan.json ? { alsoOutputs: [{ path: plan.json, flag: "--json" }] } : {}
  };
}
function langOf(args, io, problems) {
  const lang = args.string("lang");
  if (lang === void 0) return langFromEnv(io.env);
  if (lang === "en" || lang === "ko") return lang;
  problems.coded("--lang", "UNKNOWN_LANGUAGE", { lang, langs: LANGS.join(", ") });
  return "en";
}
function langOfArgv(argv, env) {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") break;
    const value = a === "--lang" ? argv[i + 1] : a.startsWith("--lang=") ? a.slice(7) : void 0;
    if (value === "en" || value === "ko") return value;
  }
  return langFromEnv(env);
}
function useColour(io) {
  return io.stdoutIsTTY && !io.env.NO_COLOR;
}
async function writeAtomic(file, text) {
  const { writeFileAtomic: writeFileAtomic2 } = await Promise.resolve().then(() => (init_write(), write_exports));
  await writeFileAtomic2(file, text);
}
async function writeJsonReport(file, report) {
  const { jsonChunks: jsonChunks2 } = await Promise.resolve().then(() => (init_json_chunks(), json_chunks_exports));
  await writeAtomic(file, jsonChunks2(report));
}
async function deliver(text, plan, io) {
  if (plan.file) await writeAtomic(resolve2(io.cwd, plan.file), text);
  else io.stdout(text);
}
async function emitReport(report, plan, options, io) {
  if (plan.json) await writeJsonReport(resolve2(io.cwd, plan.json), report);
  if (plan.format === "json" && plan.file) {
    await writeJsonReport(resolve2(io.cwd, plan.file), report);
    return;
  }
  const reportPath = plan.json ?? options.reportPath;
  const { RENDERERS } = await Promise.resolve().then(() => __toESM(require_report(), 1));
  const render = await RENDERERS[plan.format]();
  const text = render(report, {
    verbose: options.verbose,
    colour: !plan.file && useColour(io),
    lang: options.lang,
    ...!plan.file && io.columns ? { width: io.columns } : {},
    ...reportPath ? { reportPath } : {},
    ...options.programmeText !== void 0 ? { programmeText: options.programmeText } : {}
  });
  await deliver(text, plan, io);
}
function exitCodeFor(status) {
  return status === "pass" ? EXIT.ok : status === "fail" ? EXIT.fail : EXIT.incomplete;
}
function printWarnings(command, warnings, io) {
  for (const w of warnings) io.stderr(`openquota ${command}: warning: ${formatProblem(w)}
`);
}
function noteWriter(io, quiet) {
  return (text) => {
    if (!quiet) io.stderr(`note: ${text}
`);
  };
}
var FORMAT_EXTENSIONS, LANGS;
var init_output = __esm({
  "src/cli/output.ts"() {
    "use strict";
    init_problems();
    init_errors();
    init_i18n();
    init_io();
    FORMAT_EXTENSIONS = {
      json: [".json"],
      html: [".html", ".htm"],
      markdown: [".md", ".markdown"],
      sarif: [".sarif", ".sarif.json"],
      cyclonedx: [".cdx.json"],
      table: [".txt"],
      yaml: [".yml", ".yaml"]
    };
    LANGS = ["en", "ko"];
  }
});

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
var FLAG;
var init_common_flags = __esm({
  "src/cli/common-flags.ts"() {
    "use strict";
    init_output();
    FLAG = {
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
  }
});

// src/cli/flags.ts
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
var HELP_FLAG, ParsedArgs, HELP_WIDTH, LABEL_WIDTH;
var init_flags = __esm({
  "src/cli/flags.ts"() {
    "use strict";
    init_problems();
    HELP_FLAG = { name: "help", short: "h", help: "show this help" };
    ParsedArgs = class {
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
    HELP_WIDTH = 100;
    LABEL_WIDTH = 24;
  }
});

// src/cli/problems.ts
var problems_exports2 = {};
__export(problems_exports2, {
  COMMAND_LINE: () => COMMAND_LINE,
  Problems: () => Problems,
  codedProblem: () => codedProblem
});
function codedProblem(path, code, args) {
  const given = Object.fromEntries(
    Object.entries(args).filter((e) => e[1] !== void 0)
  );
  return { file: COMMAND_LINE, path, ...problemEnglish(code, given), code, args: given };
}
var COMMAND_LINE, Problems;
var init_problems2 = __esm({
  "src/cli/problems.ts"() {
    "use strict";
    init_errors();
    init_i18n();
    COMMAND_LINE = "command line";
    Problems = class {
      list = [];
      /** Adds a problem of the command line (`--format`, `TARGET`). */
      flag(path, message, fix) {
        this.list.push({ file: COMMAND_LINE, path, message, ...fix ? { fix } : {} });
      }
      /**
       * Adds a coded problem of the command line: its English message and fix from the i18n catalogue
       * (`error.CODE.*`), its code and args kept so that it is said in the reader's language.
       */
      coded(path, code, args) {
        this.list.push(codedProblem(path, code, args));
      }
      /** Adds problems found elsewhere (a file, the output paths). */
      add(...problems) {
        this.list.push(...problems);
      }
      /** Runs `step`; a ConfigError it throws becomes problems here (undefined is returned), anything else is rethrown. */
      async gather(step) {
        try {
          return await step();
        } catch (error) {
          if (!(error instanceof ConfigError)) throw error;
          this.add(...error.problems);
          return void 0;
        }
      }
      /** True when nothing has been found wrong so far. */
      get none() {
        return this.list.length === 0;
      }
      /** Throws one ConfigError with every problem found, when there is any. */
      throwIfAny() {
        if (this.list.length > 0) throw new ConfigError(this.list);
      }
    };
  }
});

// src/cli/commands/licence.ts
var licence_exports = {};
__export(licence_exports, {
  licence: () => licence
});
import { readdirSync, statSync } from "node:fs";
import { join as join6, relative as relative3, resolve as resolve3 } from "node:path";
function listFiles(dir, depth = 0, base = dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith(".") || entry.name === "node_modules") continue;
    const full2 = join6(dir, entry.name);
    if (entry.isDirectory() && depth < MAX_DEPTH) out.push(...listFiles(full2, depth + 1, base));
    else if (!entry.isDirectory()) out.push(relative3(base, full2).split("\\").join("/"));
  }
  return out;
}
function table3(rows) {
  const cells = rows.map((row) => {
    if ("unread" in row) return [row.file, "-", "-", "-", `not identified: ${row.unread}`];
    const d = row.detection;
    return [
      row.file,
      d.licence ?? "-",
      `${Math.round(d.confidence * 100)}%`,
      d.matcher,
      d.licence === null && d.closest ? `${d.closest.licence} (${Math.round(d.closest.confidence * 100)}%)` : ""
    ];
  });
  const head = ["FILE", "LICENCE", "CONFIDENCE", "MATCHER", "CLOSEST"];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => `${c.map((x, i) => x.padEnd(widths[i])).join("  ").trimEnd()}
`;
  const extra = (row) => "detection" in row ? (row.detection.extra ?? []).map((e) => `    + ${e}
`).join("") : "";
  return line(head) + cells.map((c, i) => line(c) + extra(rows[i])).join("");
}
async function identifyFile(f, read) {
  if (!read.ok) return { file: f.shown, unread: `the file ${read.message}` };
  if (read.truncated) {
    return {
      file: f.shown,
      unread: `larger than ${formatBytes(LIMITS.licenceText)}, so only its start was read`
    };
  }
  const detection = identifyText(read.text, { file: f.shown, role: f.role });
  const card = f.role === "readme" && frontMatter(read.text) !== void 0 ? cardDetection(
    (await import("./licence-repo-files.js")).frontMatterLicences(read.text),
    cardBody(read.text),
    detection,
    f.shown
  ) : null;
  return { file: f.shown, detection: card ?? detection };
}
var FORMATS, SPEC, MAX_DEPTH, licence;
var init_licence = __esm({
  "src/cli/commands/licence.ts"() {
    "use strict";
    init_candidates();
    init_card();
    init_front_matter();
    init_identify();
    init_output_paths();
    init_bounded();
    init_limits();
    init_common_flags();
    init_flags();
    init_io();
    init_output();
    init_problems2();
    FORMATS = ["table", "json"];
    SPEC = {
      name: "licence",
      usage: ["licence identify FILE|DIR... [options]"],
      about: [
        "Identifies the licence of each file: an SPDX id, a LicenseRef id for model licences, an SPDX expression for files holding several licences, or nothing (with the closest candidate) when no reference text matches for sure. For a directory, reads the files a repository scan would (LICENSE*, LICENCE*, COPYING*, LICENSES/*, LICENSE_MODEL, README / model card).",
        `Files are read up to ${formatBytes(LIMITS.licenceText)}: a longer file is not identified (only part of it was read), and FIFOs, devices and sockets are refused.`
      ],
      flags: [
        formatFlag(FORMATS),
        {
          name: "json",
          help: "the same as --format json: a JSON array of {file, licence, confidence, matcher, closest, bearing, extra}"
        },
        FLAG.output,
        FLAG.quiet
      ],
      footer: `Exit codes: 0 every file identified, 3 some file gave no licence (or was not read whole), 2 usage
            error (a missing file, or one that is not a regular file).`
    };
    MAX_DEPTH = 2;
    licence = async (argv, io) => {
      const problems = new Problems();
      const args = parseFlags(SPEC, argv, problems);
      const [sub, ...targets] = args.positionals;
      if (args.flag("help") || !sub && problems.none) {
        io.stdout(helpText(SPEC));
        return args.flag("help") ? EXIT.ok : EXIT.usage;
      }
      if (sub !== "identify")
        problems.flag(
          sub ?? "identify",
          `unknown subcommand "${sub ?? ""}"`,
          "openquota licence identify LICENSE"
        );
      else if (targets.length === 0)
        problems.flag("FILE", "no FILE or DIR given", "openquota licence identify LICENSE");
      const plan = planOutput(args, FORMATS, io, problems, "table");
      if (args.flag("json")) {
        if (args.has("format") && plan.format !== "json")
          problems.flag(
            "--json",
            `--json asks for json but --format asks for ${plan.format}`,
            "give one of them"
          );
        plan.format = "json";
      }
      const files = [];
      for (const target of sub === "identify" ? targets : []) {
        const full2 = resolve3(io.cwd, target);
        let stat4;
        try {
          stat4 = statSync(full2);
        } catch {
          problems.flag(target, "no such file or directory", "give a licence file or a directory");
          continue;
        }
        if (stat4.isDirectory()) {
          for (const c of pickLicenceFiles(listFiles(full2))) {
            files.push({ shown: join6(target, c.path), full: join6(full2, c.path), role: c.role });
          }
        } else if (!stat4.isFile()) {
          problems.flag(
            target,
            "is not a regular file (a FIFO, device or socket)",
            "give a licence file or a directory"
          );
        } else {
          const role = /^(?:readme|model[-_]?card)/i.test(full2.split(/[\\/]/).pop() ?? "") ? "readme" : "licence";
          files.push({ shown: target, full: full2, role });
        }
      }
      await problems.gather(
        () => checkOutputs({
          cwd: io.cwd,
          inputs: files.map((f) => ({ path: f.full, what: "a file identified" })),
          ...plannedOutputs(plan)
        })
      );
      problems.throwIfAny();
      const rows = [];
      for (const f of files) rows.push(await identifyFile(f, readBoundedTextSync(f.full, LIMITS.licenceText)));
      let text;
      if (plan.format === "json") {
        const out = rows.map(
          (row) => "unread" in row ? { file: row.file, licence: null, confidence: 0, matcher: null, closest: null, unread: row.unread } : {
            file: row.file,
            licence: row.detection.licence,
            confidence: row.detection.confidence,
            matcher: row.detection.matcher,
            closest: row.detection.closest ? { licence: row.detection.closest.licence, confidence: row.detection.closest.confidence } : null,
            bearing: row.detection.bearing ?? null,
            extra: row.detection.extra ?? []
          }
        );
        text = `${JSON.stringify(out, null, 2)}
`;
      } else if (rows.length === 0) {
        text = "no licence files found\n";
      } else {
        text = table3(rows);
      }
      await deliver(text, plan, io);
      return rows.length > 0 && rows.every((r) => "detection" in r && r.detection.licence !== null) ? EXIT.ok : EXIT.incomplete;
    };
  }
});

// oq-not-in-licence-bundle:./commands/policy.js
var require_policy = __commonJS({
  "oq-not-in-licence-bundle:./commands/policy.js"() {
    throw new Error("openquota's licence bundle does not hold ./commands/policy.js: a licence run never loads it (scripts/bundles.ts)");
  }
});

// oq-not-in-licence-bundle:./commands/render.js
var require_render = __commonJS({
  "oq-not-in-licence-bundle:./commands/render.js"() {
    throw new Error("openquota's licence bundle does not hold ./commands/render.js: a licence run never loads it (scripts/bundles.ts)");
  }
});

// oq-not-in-licence-bundle:./commands/diff.js
var require_diff = __commonJS({
  "oq-not-in-licence-bundle:./commands/diff.js"() {
    throw new Error("openquota's licence bundle does not hold ./commands/diff.js: a licence run never loads it (scripts/bundles.ts)");
  }
});

// oq-not-in-licence-bundle:./commands/merge.js
var require_merge = __commonJS({
  "oq-not-in-licence-bundle:./commands/merge.js"() {
    throw new Error("openquota's licence bundle does not hold ./commands/merge.js: a licence run never loads it (scripts/bundles.ts)");
  }
});

// oq-not-in-licence-bundle:./commands/site.js
var require_site = __commonJS({
  "oq-not-in-licence-bundle:./commands/site.js"() {
    throw new Error("openquota's licence bundle does not hold ./commands/site.js: a licence run never loads it (scripts/bundles.ts)");
  }
});

// src/sources/redact.ts
var redact_exports = {};
__export(redact_exports, {
  MASK: () => MASK,
  createRedactor: () => createRedactor,
  redactDeep: () => redactDeep,
  redactShapes: () => redactShapes,
  withoutUserinfo: () => withoutUserinfo
});
function withoutUserinfo(url) {
  return url.replace(USERINFO, "$1");
}
function createRedactor(secrets = []) {
  const held = [
    ...new Set(
      secrets.filter((s) => typeof s === "string" && s.trim().length >= MIN_SECRET).flatMap((s) => [s, encodeURIComponent(s), Buffer.from(s).toString("base64")])
    )
  ].sort((a, b) => b.length - a.length);
  return (text) => {
    if (typeof text !== "string" || text === "") return text;
    let out = text;
    for (const secret of held) if (out.includes(secret)) out = out.split(secret).join(MASK);
    if (!MAY_HOLD_SHAPE.test(out)) return out;
    return out.replace(USERINFO, "$1").replace(AUTHORIZATION, `$1${MASK}`).replace(BEARER, `$1${MASK}`).replace(TOKEN_SHAPES, MASK);
  };
}
function redactDeep(value, redact) {
  return walk(value, redact);
}
function walk(value, redact) {
  if (typeof value === "string") return redact(value);
  if (Array.isArray(value)) return value.map((v) => walk(v, redact));
  if (value === null || typeof value !== "object") return value;
  const out = {};
  for (const [key, v] of Object.entries(value)) out[redact(key)] = walk(v, redact);
  return out;
}
var MASK, MIN_SECRET, TOKEN_SHAPES, AUTHORIZATION, BEARER, USERINFO, MAY_HOLD_SHAPE, redactShapes;
var init_redact = __esm({
  "src/sources/redact.ts"() {
    "use strict";
    MASK = "***";
    MIN_SECRET = 4;
    TOKEN_SHAPES = /\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{30,}|hf_[A-Za-z0-9]{30,}|api_org_[A-Za-z0-9]{30,})/g;
    AUTHORIZATION = /\b((?:proxy-)?authorization["']?\s*[:=]\s*["']?)(?:(?:bearer|basic|token|digest)\s+)?[^\s"',;}\]]+/gi;
    BEARER = /\b(bearer\s+)[A-Za-z0-9._~+/-]{16,}=*/gi;
    USERINFO = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@'"<>]*@/gi;
    MAY_HOLD_SHAPE = /:\/\/|authorization|bearer|gh[pousr]_|github_pat_|hf_|api_org_/i;
    redactShapes = createRedactor();
  }
});

// src/cli/report-error.ts
var report_error_exports = {};
__export(report_error_exports, {
  asksForJson: () => asksForJson,
  describeError: () => describeError,
  printError: () => printError
});
function describeError(error, command) {
  if (error instanceof ConfigError) {
    const problems = error.problems.map((p) => ({
      message: p.message,
      ...p.file ? { file: p.file } : {},
      ...p.path ? { path: p.path } : {},
      ...p.line ? { line: p.line } : {},
      ...p.fix ? { fix: p.fix } : {},
      ...p.code ? { code: p.code } : {},
      ...p.args ? { args: p.args } : {}
    }));
    return { error: { kind: "config", command, exitCode: EXIT.usage, problems } };
  }
  if (error instanceof SourceError) {
    const problem = {
      message: error.message,
      code: error.code,
      ...error.url ? { url: error.url } : {},
      ...error.status ? { status: error.status } : {},
      ...error.requestId ? { requestId: error.requestId } : {}
    };
    return { error: { kind: "source", command, exitCode: EXIT.incomplete, problems: [problem] } };
  }
  const message = error instanceof InternalError ? error.message : error?.stack ?? String(error);
  return { error: { kind: "internal", command, exitCode: EXIT.incomplete, problems: [{ message }] } };
}
function errorText(described, error, lang) {
  const { kind, command, problems } = described.error;
  const who = command ? `openquota ${command}` : "openquota";
  if (kind === "config") {
    const list = error.problems;
    const say = (p) => problemText(lang, p);
    return `${plural(lang, "error.heading", list.length, { who })}
${list.map((p) => `  ${formatProblem(p, say)}`).join("\n")}
`;
  }
  if (kind === "source") {
    const e = error;
    return `${t(lang, "error.upstream", { who, code: e.code, message: e.message, at: e.url ? ` [${e.url}]` : "" })}
`;
  }
  return `${t(lang, "error.internal", { who, message: problems[0].message })}
${t(lang, "error.internalHint")}
`;
}
function printError(error, options, io) {
  const described = describeError(error, options.command);
  const text = options.json ? `${JSON.stringify(described)}
` : errorText(described, error, options.lang ?? "en");
  io.stderr(options.redact(text));
  return described.error.exitCode;
}
function asksForJson(command, argv) {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") break;
    if ((a === "--format" || a === "-f") && argv[i + 1] === "json") return true;
    if (a === "--format=json" || a === "-fjson" || a === "-f=json") return true;
    if (a === "--json" && (command === "licence" || command === "policy")) return true;
  }
  return false;
}
var init_report_error = __esm({
  "src/cli/report-error.ts"() {
    "use strict";
    init_errors();
    init_i18n();
    init_io();
  }
});

// src/example-path.ts
init_rules_path();
import { dirname as dirname2, isAbsolute, join as join2, relative } from "node:path";
function exampleEvidencePath(cwd) {
  const dir = join2(dirname2(rulesPath()), "examples", "sovereign-ai-2025", "evidence");
  const rel = relative(cwd, dir);
  return rel && !rel.startsWith("..") && !isAbsolute(rel) ? rel : dir;
}

// src/sources/tokens.ts
var TOKEN_VARIABLES = ["HF_TOKEN", "HUGGING_FACE_HUB_TOKEN", "GITHUB_TOKEN", "GH_TOKEN"];
function tokenFrom(env, name) {
  return env[name]?.trim() || void 0;
}
function secretsFrom(env) {
  return [...new Set(TOKEN_VARIABLES.map((name) => tokenFrom(env, name)).filter((t2) => !!t2))];
}

// src/version.ts
var VERSION = "0.1.0";

// src/cli/main.ts
init_io();
var COMMANDS = {
  init: {
    load: () => Promise.resolve().then(() => __toESM(require_init(), 1)).then((m) => m.initCommand),
    summary: "write a commented programme file to start from (offline)"
  },
  scan: {
    load: () => Promise.resolve().then(() => __toESM(require_scan(), 1)).then((m) => m.scanCommand),
    summary: "scan every team of a programme file and report who meets the quota"
  },
  check: {
    load: () => Promise.resolve().then(() => __toESM(require_check(), 1)).then((m) => m.checkCommand),
    summary: "judge one model (directory, Hub id or git URL) and say how to fix it"
  },
  evaluate: {
    load: () => Promise.resolve().then(() => __toESM(require_evaluate(), 1)).then((m) => m.evaluateCommand),
    summary: "judge a saved evidence bundle again, offline"
  },
  licence: {
    load: () => Promise.resolve().then(() => (init_licence(), licence_exports)).then((m) => m.licence),
    summary: "identify the licence of files or a directory"
  },
  policy: {
    load: () => Promise.resolve().then(() => __toESM(require_policy(), 1)).then((m) => m.policyCommand),
    summary: "show a policy with its approved licences"
  },
  render: {
    load: () => Promise.resolve().then(() => __toESM(require_render(), 1)).then((m) => m.renderCommand),
    summary: "render a saved JSON report as table, Markdown, HTML or CycloneDX"
  },
  diff: {
    load: () => Promise.resolve().then(() => __toESM(require_diff(), 1)).then((m) => m.diffCommand),
    summary: "compare two reports (evaluation rounds); exit 1 on a regression"
  },
  merge: {
    load: () => Promise.resolve().then(() => __toESM(require_merge(), 1)).then((m) => m.mergeCommand),
    summary: "combine the reports of jobs that each scanned some teams"
  },
  site: {
    load: () => Promise.resolve().then(() => __toESM(require_site(), 1)).then((m) => m.siteCommand),
    summary: "build a static public site (Korean and English) from the reports of rounds"
  }
};
var ALIASES = { license: "licence" };
function help(cwd) {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  return `openquota ${VERSION} \u2014 checks that AI teams release more than half of their models openly

Usage: openquota COMMAND [options]     (openquota help COMMAND, or openquota COMMAND --help, for details)

Commands:
${Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`).join("\n")}

Quick start (no network): openquota evaluate ${exampleEvidencePath(cwd)}
Start a programme file:   openquota init --hf YOUR-HUB-ORG
`;
}
function commandNamed(name) {
  const canonical = ALIASES[name] ?? name;
  const command = COMMANDS[canonical];
  return command && { name: canonical, run: async (argv, io) => (await command.load())(argv, io) };
}
async function unknownCommand(name) {
  const [{ closest: closest2 }, { ConfigError: ConfigError2 }, { codedProblem: codedProblem2 }] = await Promise.all([
    Promise.resolve().then(() => (init_problems(), problems_exports)),
    Promise.resolve().then(() => (init_errors(), errors_exports)),
    Promise.resolve().then(() => (init_problems2(), problems_exports2))
  ]);
  const near = closest2(name, [...Object.keys(COMMANDS), ...Object.keys(ALIASES)]);
  const all = Object.keys(COMMANDS).join(", ");
  return new ConfigError2([
    codedProblem2(name, "UNKNOWN_COMMAND", {
      name,
      commands: all,
      ...near ? { near: ALIASES[near] ?? near, variant: "near" } : {}
    })
  ]);
}
async function fail(error, command, args, secrets, io) {
  const [{ createRedactor: createRedactor2 }, { langOfArgv: langOfArgv2 }, { asksForJson: asksForJson2, printError: printError2 }] = await Promise.all([
    Promise.resolve().then(() => (init_redact(), redact_exports)),
    Promise.resolve().then(() => (init_output(), output_exports)),
    Promise.resolve().then(() => (init_report_error(), report_error_exports))
  ]);
  const redact = createRedactor2(secrets);
  const lang = langOfArgv2(args, io.env);
  return printError2(error, { command, json: asksForJson2(command, args), redact, lang }, io);
}
async function main(argv, io) {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h") {
    io.stdout(help(io.cwd));
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === "--version" || name === "-V") {
    io.stdout(`${VERSION}
`);
    return EXIT.ok;
  }
  const secrets = secretsFrom(io.env);
  if (name === "help") {
    if (rest.length === 0) {
      io.stdout(help(io.cwd));
      return EXIT.ok;
    }
    const command2 = commandNamed(rest[0]);
    if (!command2) return fail(await unknownCommand(rest[0]), "", rest, secrets, io);
    return command2.run(["--help"], io);
  }
  const command = commandNamed(name);
  if (!command) return fail(await unknownCommand(name), "", rest, secrets, io);
  try {
    return await command.run(rest, io);
  } catch (error) {
    return fail(error, command.name, rest, secrets, io);
  }
}
export {
  main
};
