import {
  rulesPath
} from "./chunk-4XURTWPT.js";
import {
  spdx_license_ids_default
} from "./chunk-GO5VWACE.js";

// node_modules/spdx-license-list/spdx.json
var spdx_default = JSON.parse(`{"FSL-1.1-MIT":{"name":"Functional Source License, Version 1.1, MIT Future License","osiApproved":false},"SISSL":{"name":"Sun Industry Standards Source License v1.1","osiApproved":true},"copyleft-next-0.3.1":{"name":"copyleft-next 0.3.1","osiApproved":false},"Noweb":{"name":"Noweb License","osiApproved":false},"CC-BY-3.0-DE":{"name":"Creative Commons Attribution 3.0 Germany","osiApproved":false},"BSD-3-Clause-acpica":{"name":"BSD 3-Clause acpica variant","osiApproved":false},"MakeIndex":{"name":"MakeIndex License","osiApproved":false},"Fair":{"name":"Fair License","osiApproved":true},"MirOS":{"name":"The MirOS Licence","osiApproved":true},"Mackerras-3-Clause":{"name":"Mackerras 3-Clause License","osiApproved":false},"NRL":{"name":"NRL License","osiApproved":false},"InnoSetup":{"name":"Inno Setup License","osiApproved":false},"CC-BY-2.5":{"name":"Creative Commons Attribution 2.5 Generic","osiApproved":false},"AGPL-1.0-or-later":{"name":"Affero General Public License v1.0 or later","osiApproved":false},"Catharon":{"name":"Catharon License","osiApproved":false},"TU-Berlin-2.0":{"name":"Technische Universitaet Berlin License 2.0","osiApproved":false},"Abstyles":{"name":"Abstyles License","osiApproved":false},"MS-RL":{"name":"Microsoft Reciprocal License","osiApproved":true},"NIST-Software":{"name":"NIST Software License","osiApproved":false},"Unlicense-libwhirlpool":{"name":"Unlicense - libwhirlpool variant","osiApproved":false},"CC-BY-ND-2.0":{"name":"Creative Commons Attribution No Derivatives 2.0 Generic","osiApproved":false},"GPL-2.0+":{"name":"GNU General Public License v2.0 or later","osiApproved":true},"CAL-1.0":{"name":"Cryptographic Autonomy License 1.0","osiApproved":true},"GFDL-1.2-invariants-only":{"name":"GNU Free Documentation License v1.2 only - invariants","osiApproved":false},"GPL-2.0-with-bison-exception":{"name":"GNU General Public License v2.0 w/Bison exception","osiApproved":false},"CC-PDM-1.0":{"name":"Creative    Commons Public Domain Mark 1.0 Universal","osiApproved":false},"CMU-Mach-nodoc":{"name":"CMU    Mach - no notices-in-documentation variant","osiApproved":false},"RPSL-1.0":{"name":"RealNetworks Public Source License v1.0","osiApproved":true},"CDLA-Permissive-1.0":{"name":"Community Data License Agreement Permissive 1.0","osiApproved":false},"BSD-2-Clause-pkgconf-disclaimer":{"name":"BSD 2-Clause pkgconf disclaimer variant","osiApproved":false},"GFDL-1.2":{"name":"GNU Free Documentation License v1.2","osiApproved":false},"JPL-image":{"name":"JPL Image Use Policy","osiApproved":false},"CC-BY-3.0":{"name":"Creative Commons Attribution 3.0 Unported","osiApproved":false},"LPPL-1.0":{"name":"LaTeX Project Public License v1.0","osiApproved":false},"LGPLLR":{"name":"Lesser General Public License For Linguistic Resources","osiApproved":false},"CC-BY-SA-2.0-UK":{"name":"Creative Commons Attribution Share Alike 2.0 England and Wales","osiApproved":false},"OLDAP-2.0.1":{"name":"Open LDAP Public License v2.0.1","osiApproved":false},"Unicode-3.0":{"name":"Unicode License v3","osiApproved":true},"Parity-6.0.0":{"name":"The Parity Public License 6.0.0","osiApproved":false},"LPL-1.0":{"name":"Lucent Public License Version 1.0","osiApproved":true},"Glulxe":{"name":"Glulxe License","osiApproved":false},"CMU-Mach":{"name":"CMU Mach License","osiApproved":false},"Zeeff":{"name":"Zeeff License","osiApproved":false},"DL-DE-ZERO-2.0":{"name":"Data licence Germany \u2013 zero \u2013 version 2.0","osiApproved":false},"NTIA-PD":{"name":"NTIA Public Domain Notice","osiApproved":false},"Nokia":{"name":"Nokia Open Source License","osiApproved":true},"CC-BY-3.0-IGO":{"name":"Creative Commons Attribution 3.0 IGO","osiApproved":false},"Saxpath":{"name":"Saxpath License","osiApproved":false},"McPhee-slideshow":{"name":"McPhee Slideshow License","osiApproved":false},"snprintf":{"name":"snprintf License","osiApproved":false},"W3C-19980720":{"name":"W3C Software Notice and License (1998-07-20)","osiApproved":false},"EFL-1.0":{"name":"Eiffel Forum License v1.0","osiApproved":true},"xpp":{"name":"XPP License","osiApproved":false},"TCL":{"name":"TCL/TK License","osiApproved":false},"BSD-3-Clause-LBNL":{"name":"Lawrence Berkeley National Labs BSD variant license","osiApproved":true},"OCLC-2.0":{"name":"OCLC Research Public License 2.0","osiApproved":true},"OGC-1.0":{"name":"OGC Software License, Version 1.0","osiApproved":false},"Latex2e-translated-notice":{"name":"Latex2e with translated notice permission","osiApproved":false},"GFDL-1.3-or-later":{"name":"GNU Free Documentation License v1.3 or later","osiApproved":false},"Qhull":{"name":"Qhull License","osiApproved":false},"Spencer-99":{"name":"Spencer License 99","osiApproved":false},"IBM-pibs":{"name":"IBM PowerPC Initialization and Boot Software","osiApproved":false},"GFDL-1.2-no-invariants-only":{"name":"GNU Free Documentation License v1.2 only - no invariants","osiApproved":false},"check-cvs":{"name":"check-cvs License","osiApproved":false},"HDF5":{"name":"HDF5 License","osiApproved":false},"VOSTROM":{"name":"VOSTROM Public License for Open Source","osiApproved":false},"MS-PL":{"name":"Microsoft Public License","osiApproved":true},"CDDL-1.0":{"name":"Common Development and Distribution License 1.0","osiApproved":true},"OPL-UK-3.0":{"name":"United    Kingdom Open Parliament Licence v3.0","osiApproved":false},"CNRI-Python-GPL-Compatible":{"name":"CNRI Python Open Source GPL Compatible License Agreement","osiApproved":false},"UCL-1.0":{"name":"Upstream Compatibility License v1.0","osiApproved":true},"OFL-1.0":{"name":"SIL Open Font License 1.0","osiApproved":false},"Eurosym":{"name":"Eurosym License","osiApproved":false},"ANTLR-PD-fallback":{"name":"ANTLR Software Rights Notice with license fallback","osiApproved":false},"DocBook-DTD":{"name":"DocBook DTD License","osiApproved":false},"SMLNJ":{"name":"Standard ML of New Jersey License","osiApproved":false},"CATOSL-1.1":{"name":"Computer Associates Trusted Open Source License 1.1","osiApproved":true},"MIPS":{"name":"MIPS License","osiApproved":false},"Net-SNMP":{"name":"Net-SNMP License","osiApproved":false},"OAR":{"name":"OAR License","osiApproved":false},"mpi-permissive":{"name":"mpi Permissive License","osiApproved":false},"Borceux":{"name":"Borceux license","osiApproved":false},"GFDL-1.2-no-invariants-or-later":{"name":"GNU Free Documentation License v1.2 or later - no invariants","osiApproved":false},"NCSA":{"name":"University of Illinois/NCSA Open Source License","osiApproved":true},"GPL-3.0+":{"name":"GNU General Public License v3.0 or later","osiApproved":true},"IJG":{"name":"Independent JPEG Group License","osiApproved":false},"BSD-Source-Code":{"name":"BSD Source Code Attribution","osiApproved":false},"CDL-1.0":{"name":"Common Documentation License 1.0","osiApproved":false},"TTYP0":{"name":"TTYP0 License","osiApproved":false},"CC-BY-SA-4.0":{"name":"Creative Commons Attribution Share Alike 4.0 International","osiApproved":false},"AGPL-3.0":{"name":"GNU Affero General Public License v3.0","osiApproved":true},"ALGLIB-Documentation":{"name":"ALGLIB Documentation License","osiApproved":true},"CC-BY-SA-3.0-AT":{"name":"Creative Commons Attribution Share Alike 3.0 Austria","osiApproved":false},"swrule":{"name":"swrule License","osiApproved":false},"AAL":{"name":"Attribution Assurance License","osiApproved":true},"AML-glslang":{"name":"AML glslang variant License","osiApproved":false},"FSFAP":{"name":"FSF All Permissive License","osiApproved":false},"VSL-1.0":{"name":"Vovida Software License v1.0","osiApproved":true},"Sun-PPP":{"name":"Sun PPP License","osiApproved":false},"gtkbook":{"name":"gtkbook License","osiApproved":false},"CC-BY-SA-2.5":{"name":"Creative Commons Attribution Share Alike 2.5 Generic","osiApproved":false},"SMAIL-GPL":{"name":"SMAIL General Public License","osiApproved":false},"Apache-2.0":{"name":"Apache License 2.0","osiApproved":true},"EPL-1.0":{"name":"Eclipse Public License 1.0","osiApproved":true},"mpich2":{"name":"mpich2 License","osiApproved":false},"NIST-PD-TNT":{"name":"NIST    Public Domain Notice TNT variant","osiApproved":false},"MIT-Festival":{"name":"MIT Festival Variant","osiApproved":false},"OGL-UK-2.0":{"name":"Open Government Licence v2.0","osiApproved":false},"OLDAP-1.4":{"name":"Open LDAP Public License v1.4","osiApproved":false},"Jam":{"name":"Jam License","osiApproved":true},"Python-2.0":{"name":"Python License 2.0","osiApproved":true},"HPND-Netrek":{"name":"Historical Permission Notice and Disclaimer - Netrek variant","osiApproved":false},"mailprio":{"name":"mailprio License","osiApproved":false},"OFL-1.0-no-RFN":{"name":"SIL Open Font License 1.0 with no Reserved Font Name","osiApproved":false},"MIT":{"name":"MIT License","osiApproved":true},"NPL-1.0":{"name":"Netscape Public License v1.0","osiApproved":false},"Entessa":{"name":"Entessa Public License v1.0","osiApproved":true},"CC-BY-ND-1.0":{"name":"Creative Commons Attribution No Derivatives 1.0 Generic","osiApproved":false},"ECL-2.0":{"name":"Educational Community License v2.0","osiApproved":true},"OLDAP-2.2.2":{"name":"Open LDAP Public License 2.2.2","osiApproved":false},"OLDAP-2.4":{"name":"Open LDAP Public License v2.4","osiApproved":false},"Adobe-Utopia":{"name":"Adobe Utopia Font License","osiApproved":false},"AFL-1.1":{"name":"Academic Free License v1.1","osiApproved":true},"SHL-0.5":{"name":"Solderpad Hardware License v0.5","osiApproved":false},"CC-BY-NC-SA-2.5":{"name":"Creative Commons Attribution Non Commercial Share Alike 2.5 Generic","osiApproved":false},"TOSL":{"name":"Trusster Open Source License","osiApproved":false},"OFL-1.1-no-RFN":{"name":"SIL Open Font License 1.1 with no Reserved Font Name","osiApproved":true},"APAFML":{"name":"Adobe Postscript AFM License","osiApproved":false},"BSD-Mark-Modifications":{"name":"BSD Mark Modifications License","osiApproved":false},"ECL-1.0":{"name":"Educational Community License v1.0","osiApproved":true},"Spencer-86":{"name":"Spencer License 86","osiApproved":false},"generic-xts":{"name":"Generic XTS License","osiApproved":false},"RPL-1.1":{"name":"Reciprocal Public License 1.1","osiApproved":true},"FSFUL":{"name":"FSF Unlimited License","osiApproved":false},"3D-Slicer-1.0":{"name":"3D Slicer License v1.0","osiApproved":false},"URT-RLE":{"name":"Utah Raster Toolkit Run Length Encoded License","osiApproved":false},"Adobe-Display-PostScript":{"name":"Adobe Display PostScript License","osiApproved":false},"ZPL-1.1":{"name":"Zope Public License 1.1","osiApproved":false},"UPL-1.0":{"name":"Universal Permissive License v1.0","osiApproved":true},"metamail":{"name":"metamail License","osiApproved":false},"DEC-3-Clause":{"name":"DEC 3-Clause License","osiApproved":false},"Unlicense":{"name":"The Unlicense","osiApproved":true},"HPND-doc-sell":{"name":"Historical Permission Notice and Disclaimer - documentation sell variant","osiApproved":false},"OLFL-1.3":{"name":"Open Logistics Foundation License Version 1.3","osiApproved":true},"CECILL-2.1":{"name":"CeCILL Free Software License Agreement v2.1","osiApproved":true},"Sun-PPP-2000":{"name":"Sun PPP License (2000)","osiApproved":false},"SUL-1.0":{"name":"Sustainable Use License v1.0","osiApproved":false},"OGL-UK-3.0":{"name":"Open Government Licence v3.0","osiApproved":false},"OLDAP-2.5":{"name":"Open LDAP Public License v2.5","osiApproved":false},"HPND-export2-US":{"name":"HPND with US Government export control and 2 disclaimers","osiApproved":false},"BSD-Advertising-Acknowledgement":{"name":"BSD Advertising Acknowledgement License","osiApproved":false},"EUPL-1.2":{"name":"European Union Public License 1.2","osiApproved":true},"Plexus":{"name":"Plexus Classworlds License","osiApproved":false},"TAPR-OHL-1.0":{"name":"TAPR Open Hardware License v1.0","osiApproved":false},"Motosoto":{"name":"Motosoto License","osiApproved":true},"APL-1.0":{"name":"Adaptive Public License 1.0","osiApproved":true},"Cronyx":{"name":"Cronyx License","osiApproved":false},"CC-BY-NC-2.0":{"name":"Creative Commons Attribution Non Commercial 2.0 Generic","osiApproved":false},"Rdisc":{"name":"Rdisc License","osiApproved":false},"GFDL-1.2-only":{"name":"GNU Free Documentation License v1.2 only","osiApproved":false},"Elastic-2.0":{"name":"Elastic License 2.0","osiApproved":false},"CC-BY-3.0-NL":{"name":"Creative Commons Attribution 3.0 Netherlands","osiApproved":false},"LGPL-2.1+":{"name":"GNU Lesser General Public License v2.1 or later","osiApproved":true},"magaz":{"name":"magaz License","osiApproved":false},"GPL-3.0":{"name":"GNU General Public License v3.0 only","osiApproved":true},"eCos-2.0":{"name":"eCos license version 2.0","osiApproved":false},"psfrag":{"name":"psfrag License","osiApproved":false},"CERN-OHL-1.1":{"name":"CERN Open Hardware Licence v1.1","osiApproved":false},"D-FSL-1.0":{"name":"Deutsche Freie Software Lizenz","osiApproved":false},"ngrep":{"name":"ngrep License","osiApproved":false},"w3m":{"name":"w3m License","osiApproved":false},"CC-BY-NC-SA-1.0":{"name":"Creative Commons Attribution Non Commercial Share Alike 1.0 Generic","osiApproved":false},"TermReadKey":{"name":"TermReadKey License","osiApproved":false},"GPL-3.0-or-later":{"name":"GNU General Public License v3.0 or later","osiApproved":true},"SWL":{"name":"Scheme Widget Library (SWL) Software License Agreement","osiApproved":false},"OpenSSL":{"name":"OpenSSL License","osiApproved":false},"Python-2.0.1":{"name":"Python License 2.0.1","osiApproved":false},"CC-BY-SA-3.0-DE":{"name":"Creative Commons Attribution Share Alike 3.0 Germany","osiApproved":false},"OLDAP-2.7":{"name":"Open LDAP Public License v2.7","osiApproved":false},"SAX-PD":{"name":"Sax Public Domain Notice","osiApproved":false},"HIDAPI":{"name":"HIDAPI License","osiApproved":false},"Leptonica":{"name":"Leptonica License","osiApproved":false},"SSH-short":{"name":"SSH short notice","osiApproved":false},"SimPL-2.0":{"name":"Simple Public License 2.0","osiApproved":true},"GFDL-1.3-only":{"name":"GNU Free Documentation License v1.3 only","osiApproved":false},"Kazlib":{"name":"Kazlib License","osiApproved":false},"CECILL-C":{"name":"CeCILL-C Free Software License Agreement","osiApproved":false},"MS-LPL":{"name":"Microsoft Limited Public License","osiApproved":false},"CECILL-B":{"name":"CeCILL-B Free Software License Agreement","osiApproved":false},"YPL-1.0":{"name":"Yahoo! Public License v1.0","osiApproved":false},"ASWF-Digital-Assets-1.0":{"name":"ASWF Digital Assets License version 1.0","osiApproved":false},"wwl":{"name":"WWL License","osiApproved":false},"HTMLTIDY":{"name":"HTML Tidy License","osiApproved":false},"HPND-INRIA-IMAG":{"name":"Historical Permission Notice and Disclaimer    - INRIA-IMAG variant","osiApproved":false},"xlock":{"name":"xlock License","osiApproved":false},"CC0-1.0":{"name":"Creative Commons Zero v1.0 Universal","osiApproved":false},"IEC-Code-Components-EULA":{"name":"IEC    Code Components End-user licence agreement","osiApproved":false},"SugarCRM-1.1.3":{"name":"SugarCRM Public License v1.1.3","osiApproved":false},"HPND-DEC":{"name":"Historical Permission Notice and Disclaimer - DEC variant","osiApproved":false},"BSD-3-Clause-No-Military-License":{"name":"BSD 3-Clause No Military License","osiApproved":false},"NIST-PD-fallback":{"name":"NIST Public Domain Notice with license fallback","osiApproved":false},"LiLiQ-P-1.1":{"name":"Licence Libre du Qu\xE9bec \u2013 Permissive version 1.1","osiApproved":true},"Caldera":{"name":"Caldera License","osiApproved":false},"FSFULLR":{"name":"FSF Unlimited License (with License Retention)","osiApproved":false},"pnmstitch":{"name":"pnmstitch License","osiApproved":false},"CC-BY-NC-SA-2.0-UK":{"name":"Creative Commons Attribution Non Commercial Share Alike 2.0 England and Wales","osiApproved":false},"CC-BY-NC-SA-2.0-DE":{"name":"Creative Commons Attribution Non Commercial Share Alike 2.0 Germany","osiApproved":false},"GCR-docs":{"name":"Gnome GCR Documentation License","osiApproved":false},"CECILL-1.0":{"name":"CeCILL Free Software License Agreement v1.0","osiApproved":false},"HPND-sell-variant":{"name":"Historical Permission Notice and Disclaimer - sell variant","osiApproved":false},"Clips":{"name":"Clips License","osiApproved":false},"etalab-2.0":{"name":"Etalab Open License 2.0","osiApproved":false},"CC-BY-NC-SA-3.0-DE":{"name":"Creative Commons Attribution Non Commercial Share Alike 3.0 Germany","osiApproved":false},"libtiff":{"name":"libtiff License","osiApproved":false},"BSD-4-Clause-Shortened":{"name":"BSD 4 Clause Shortened","osiApproved":false},"curl":{"name":"curl License","osiApproved":false},"Bitstream-Charter":{"name":"Bitstream Charter Font License","osiApproved":false},"Apache-1.1":{"name":"Apache License 1.1","osiApproved":true},"HPND-Kevlin-Henney":{"name":"Historical Permission Notice and Disclaimer - Kevlin Henney variant","osiApproved":false},"pkgconf":{"name":"pkgconf License","osiApproved":false},"OGL-UK-1.0":{"name":"Open Government Licence v1.0","osiApproved":false},"CC-BY-SA-2.1-JP":{"name":"Creative Commons Attribution Share Alike 2.1 Japan","osiApproved":false},"OLDAP-1.2":{"name":"Open LDAP Public License v1.2","osiApproved":false},"FSFAP-no-warranty-disclaimer":{"name":"FSF All Permissive License (without Warranty)","osiApproved":false},"BitTorrent-1.0":{"name":"BitTorrent Open Source License v1.0","osiApproved":false},"Latex2e":{"name":"Latex2e License","osiApproved":false},"fwlw":{"name":"fwlw License","osiApproved":false},"MIT-Modern-Variant":{"name":"MIT License Modern Variant","osiApproved":true},"SGP4":{"name":"SGP4 Permission Notice","osiApproved":false},"BSD-4.3RENO":{"name":"BSD 4.3 RENO License","osiApproved":false},"LZMA-SDK-9.11-to-9.20":{"name":"LZMA SDK License (versions 9.11 to 9.20)","osiApproved":false},"GFDL-1.3-invariants-or-later":{"name":"GNU Free Documentation License v1.3 or later - invariants","osiApproved":false},"LPD-document":{"name":"LPD Documentation License","osiApproved":false},"GFDL-1.3-invariants-only":{"name":"GNU Free Documentation License v1.3 only - invariants","osiApproved":false},"CC-BY-NC-SA-3.0-IGO":{"name":"Creative Commons Attribution Non Commercial Share Alike 3.0 IGO","osiApproved":false},"HPND-doc":{"name":"Historical Permission Notice and Disclaimer - documentation variant","osiApproved":false},"CNRI-Python":{"name":"CNRI Python License","osiApproved":true},"CC-BY-2.5-AU":{"name":"Creative Commons Attribution 2.5 Australia","osiApproved":false},"jove":{"name":"Jove License","osiApproved":false},"Hippocratic-2.1":{"name":"Hippocratic License 2.1","osiApproved":false},"ThirdEye":{"name":"ThirdEye License","osiApproved":false},"NTP":{"name":"NTP License","osiApproved":true},"ADSL":{"name":"Amazon Digital Services License","osiApproved":false},"CC-BY-ND-3.0":{"name":"Creative Commons Attribution No Derivatives 3.0 Unported","osiApproved":false},"BSD-2-Clause-Darwin":{"name":"BSD 2-Clause - Ian Darwin variant","osiApproved":false},"TGPPL-1.0":{"name":"Transitive Grace Period Public Licence 1.0","osiApproved":false},"CC-BY-NC-SA-2.0-FR":{"name":"Creative Commons Attribution-NonCommercial-ShareAlike 2.0 France","osiApproved":false},"LAL-1.2":{"name":"Licence Art Libre 1.2","osiApproved":false},"CECILL-1.1":{"name":"CeCILL Free Software License Agreement v1.1","osiApproved":false},"CC-BY-ND-2.5":{"name":"Creative Commons Attribution No Derivatives 2.5 Generic","osiApproved":false},"GPL-2.0-with-GCC-exception":{"name":"GNU General Public License v2.0 w/GCC Runtime Library exception","osiApproved":false},"Boehm-GC":{"name":"Boehm-Demers-Weiser GC License","osiApproved":false},"hdparm":{"name":"hdparm License","osiApproved":false},"HPND-MIT-disclaimer":{"name":"Historical Permission Notice and Disclaimer with MIT disclaimer","osiApproved":false},"OpenVision":{"name":"OpenVision License","osiApproved":false},"CC-BY-NC-SA-3.0":{"name":"Creative Commons Attribution Non Commercial Share Alike 3.0 Unported","osiApproved":false},"mplus":{"name":"mplus Font License","osiApproved":false},"NOSL":{"name":"Netizen Open Source License","osiApproved":false},"X11-no-permit-persons":{"name":"X11 no permit persons clause","osiApproved":false},"psutils":{"name":"psutils License","osiApproved":false},"AMPAS":{"name":"Academy of Motion Picture Arts and Sciences BSD","osiApproved":false},"DL-DE-BY-2.0":{"name":"Data licence Germany \u2013 attribution \u2013 version 2.0","osiApproved":false},"Xdebug-1.03":{"name":"Xdebug License v 1.03","osiApproved":false},"OFFIS":{"name":"OFFIS License","osiApproved":false},"MIT-0":{"name":"MIT No Attribution","osiApproved":true},"EFL-2.0":{"name":"Eiffel Forum License v2.0","osiApproved":true},"Vim":{"name":"Vim License","osiApproved":false},"SunPro":{"name":"SunPro License","osiApproved":false},"xzoom":{"name":"xzoom License","osiApproved":false},"ICU":{"name":"ICU License","osiApproved":true},"SchemeReport":{"name":"Scheme Language Report License","osiApproved":false},"Unlicense-libtelnet":{"name":"Unlicense - libtelnet variant","osiApproved":false},"Arphic-1999":{"name":"Arphic Public License","osiApproved":false},"python-ldap":{"name":"Python ldap License","osiApproved":false},"Ubuntu-font-1.0":{"name":"Ubuntu Font Licence v1.0","osiApproved":false},"LGPL-2.1":{"name":"GNU Lesser General Public License v2.1 only","osiApproved":true},"GL2PS":{"name":"GL2PS License","osiApproved":false},"MulanPSL-1.0":{"name":"Mulan Permissive Software License, Version 1","osiApproved":false},"OLDAP-2.2.1":{"name":"Open LDAP Public License v2.2.1","osiApproved":false},"LGPL-2.0-or-later":{"name":"GNU Library General Public License v2 or later","osiApproved":true},"Libpng":{"name":"libpng License","osiApproved":false},"gnuplot":{"name":"gnuplot License","osiApproved":false},"Game-Programming-Gems":{"name":"Game Programming Gems License","osiApproved":false},"PHP-3.01":{"name":"PHP License v3.01","osiApproved":true},"CC-BY-NC-SA-4.0":{"name":"Creative Commons Attribution Non Commercial Share Alike 4.0 International","osiApproved":false},"SAX-PD-2.0":{"name":"Sax Public Domain Notice 2.0","osiApproved":false},"OSL-2.1":{"name":"Open Software License 2.1","osiApproved":true},"MIT-Wu":{"name":"MIT Tom Wu Variant","osiApproved":false},"EUPL-1.0":{"name":"European Union Public License 1.0","osiApproved":false},"ulem":{"name":"ulem License","osiApproved":false},"BSD-3-Clause":{"name":"BSD 3-Clause \\"New\\" or \\"Revised\\" License","osiApproved":true},"AdaCore-doc":{"name":"AdaCore Doc License","osiApproved":false},"OSSP":{"name":"OSSP License","osiApproved":false},"Inner-Net-2.0":{"name":"Inner Net License v2.0","osiApproved":false},"BSD-4-Clause":{"name":"BSD 4-Clause \\"Original\\" or \\"Old\\" License","osiApproved":false},"JSON":{"name":"JSON License","osiApproved":false},"MIT-STK":{"name":"MIT-STK License","osiApproved":false},"ssh-keyscan":{"name":"ssh-keyscan License","osiApproved":false},"HPND":{"name":"Historical Permission Notice and Disclaimer","osiApproved":true},"FreeImage":{"name":"FreeImage Public License v1.0","osiApproved":false},"RPL-1.5":{"name":"Reciprocal Public License 1.5","osiApproved":true},"HPND-sell-MIT-disclaimer-xserver":{"name":"Historical Permission Notice and Disclaimer - sell xserver variant with MIT disclaimer","osiApproved":false},"ISO-permission":{"name":"ISO permission notice","osiApproved":false},"NPOSL-3.0":{"name":"Non-Profit Open Software License 3.0","osiApproved":true},"SSH-OpenSSH":{"name":"SSH OpenSSH license","osiApproved":false},"BSD-2-Clause-Patent":{"name":"BSD-2-Clause Plus Patent License","osiApproved":true},"LGPL-2.0-only":{"name":"GNU Library General Public License v2 only","osiApproved":true},"UnRAR":{"name":"UnRAR License","osiApproved":false},"FSFULLRSD":{"name":"FSF Unlimited License (with License Retention and Short Disclaimer)","osiApproved":false},"ESA-PL-weak-copyleft-2.4":{"name":"European Space Agency Public License \u2013 v2.4 \u2013 Weak Copyleft (Type 2)","osiApproved":false},"NBPL-1.0":{"name":"Net Boolean Public License v1","osiApproved":false},"OGL-Canada-2.0":{"name":"Open Government Licence - Canada","osiApproved":false},"UMich-Merit":{"name":"Michigan/Merit Networks License","osiApproved":false},"TMate":{"name":"TMate Open Source License","osiApproved":false},"WordNet":{"name":"WordNet License","osiApproved":true},"EPICS":{"name":"EPICS Open License","osiApproved":false},"BSD-2-Clause-Views":{"name":"BSD 2-Clause with views sentence","osiApproved":false},"BSD-3-Clause-HP":{"name":"Hewlett-Packard BSD variant license","osiApproved":false},"BSD-3-Clause-flex":{"name":"BSD 3-Clause Flex variant","osiApproved":false},"GPL-2.0":{"name":"GNU General Public License v2.0 only","osiApproved":true},"QPL-1.0-INRIA-2004":{"name":"Q Public License 1.0 - INRIA 2004 variant","osiApproved":false},"CC-BY-NC-2.5":{"name":"Creative Commons Attribution Non Commercial 2.5 Generic","osiApproved":false},"GPL-2.0-with-font-exception":{"name":"GNU General Public License v2.0 w/Font exception","osiApproved":false},"GPL-2.0-only":{"name":"GNU General Public License v2.0 only","osiApproved":true},"OFL-1.1-RFN":{"name":"SIL Open Font License 1.1 with Reserved Font Name","osiApproved":true},"Ruby":{"name":"Ruby License","osiApproved":false},"FSFULLRWD":{"name":"FSF Unlimited License (With License Retention and Warranty Disclaimer)","osiApproved":false},"GFDL-1.1-only":{"name":"GNU Free Documentation License v1.1 only","osiApproved":false},"Info-ZIP":{"name":"Info-ZIP License","osiApproved":false},"Intel-ACPI":{"name":"Intel ACPI Software License Agreement","osiApproved":false},"libpng-2.0":{"name":"PNG Reference Library version 2","osiApproved":false},"libselinux-1.0":{"name":"libselinux public domain notice","osiApproved":false},"GPL-2.0-with-classpath-exception":{"name":"GNU General Public License v2.0 w/Classpath exception","osiApproved":false},"BUSL-1.1":{"name":"Business Source License 1.1","osiApproved":false},"LGPL-2.1-or-later":{"name":"GNU Lesser General Public License v2.1 or later","osiApproved":true},"ImageMagick":{"name":"ImageMagick License","osiApproved":false},"MMIXware":{"name":"MMIXware License","osiApproved":false},"BSD-3-Clause-Sun":{"name":"BSD 3-Clause Sun Microsystems","osiApproved":false},"IPL-1.0":{"name":"IBM Public License v1.0","osiApproved":true},"BSD-Protection":{"name":"BSD Protection License","osiApproved":false},"CDLA-Permissive-2.0":{"name":"Community Data License Agreement Permissive 2.0","osiApproved":false},"Linux-man-pages-1-para":{"name":"Linux man-pages - 1 paragraph","osiApproved":false},"SHL-0.51":{"name":"Solderpad Hardware License, Version 0.51","osiApproved":false},"BSD-4-Clause-UC":{"name":"BSD-4-Clause (University of California-Specific)","osiApproved":false},"OLDAP-2.6":{"name":"Open LDAP Public License v2.6","osiApproved":false},"Adobe-Glyph":{"name":"Adobe Glyph List License","osiApproved":false},"wxWindows":{"name":"wxWindows Library License","osiApproved":true},"any-OSI":{"name":"Any OSI License","osiApproved":false},"OPL-1.0":{"name":"Open Public License v1.0","osiApproved":false},"GPL-1.0-only":{"name":"GNU General Public License v1.0 only","osiApproved":false},"Aspell-RU":{"name":"Aspell Russian License","osiApproved":false},"FTL":{"name":"Freetype Project License","osiApproved":false},"BitTorrent-1.1":{"name":"BitTorrent Open Source License v1.1","osiApproved":false},"LGPL-2.0":{"name":"GNU Library General Public License v2 only","osiApproved":true},"OSL-3.0":{"name":"Open Software License 3.0","osiApproved":true},"Buddy":{"name":"Buddy License","osiApproved":false},"CPAL-1.0":{"name":"Common Public Attribution License 1.0","osiApproved":true},"APSL-2.0":{"name":"Apple Public Source License 2.0","osiApproved":true},"CC-BY-SA-3.0-IGO":{"name":"Creative Commons Attribution-ShareAlike 3.0 IGO","osiApproved":false},"MIT-CMU":{"name":"CMU License","osiApproved":false},"Minpack":{"name":"Minpack License","osiApproved":false},"Unicode-DFS-2015":{"name":"Unicode License Agreement - Data Files and Software (2015)","osiApproved":false},"Linux-man-pages-copyleft":{"name":"Linux man-pages Copyleft","osiApproved":false},"CAL-1.0-Combined-Work-Exception":{"name":"Cryptographic Autonomy License 1.0 (Combined Work Exception)","osiApproved":true},"Xnet":{"name":"X.Net License","osiApproved":true},"OSC-1.0":{"name":"OSC License 1.0","osiApproved":true},"Cube":{"name":"Cube License","osiApproved":false},"LPPL-1.1":{"name":"LaTeX Project Public License v1.1","osiApproved":false},"NLOD-2.0":{"name":"Norwegian Licence for Open Government Data (NLOD) 2.0","osiApproved":false},"Knuth-CTAN":{"name":"Knuth CTAN License","osiApproved":false},"FreeBSD-DOC":{"name":"FreeBSD Documentation License","osiApproved":false},"TORQUE-1.1":{"name":"TORQUE v2.5+ Software License v1.1","osiApproved":false},"HPND-Markus-Kuhn":{"name":"Historical Permission Notice and Disclaimer - Markus Kuhn variant","osiApproved":false},"Adobe-2006":{"name":"Adobe Systems Incorporated Source Code License Agreement","osiApproved":false},"MTLL":{"name":"Matrix Template Library License","osiApproved":false},"ANTLR-PD":{"name":"ANTLR Software Rights Notice","osiApproved":false},"Wsuipa":{"name":"Wsuipa License","osiApproved":false},"Artistic-1.0":{"name":"Artistic License 1.0","osiApproved":true},"COIL-1.0":{"name":"Copyfree Open Innovation License","osiApproved":false},"OML":{"name":"Open Market License","osiApproved":false},"AGPL-3.0-or-later":{"name":"GNU Affero General Public License v3.0 or later","osiApproved":true},"GFDL-1.1-invariants-or-later":{"name":"GNU Free Documentation License v1.1 or later - invariants","osiApproved":false},"SSLeay-standalone":{"name":"SSLeay License - standalone","osiApproved":false},"C-UDA-1.0":{"name":"Computational Use of Data Agreement v1.0","osiApproved":false},"HP-1989":{"name":"Hewlett-Packard 1989 License","osiApproved":false},"Cornell-Lossless-JPEG":{"name":"Cornell Lossless JPEG License","osiApproved":false},"GFDL-1.3-no-invariants-or-later":{"name":"GNU Free Documentation License v1.3 or later - no invariants","osiApproved":false},"CC-BY-1.0":{"name":"Creative Commons Attribution 1.0 Generic","osiApproved":false},"MMPL-1.0.1":{"name":"Minecraft Mod Public License v1.0.1","osiApproved":false},"SNIA":{"name":"SNIA Public License 1.1","osiApproved":false},"OpenPBS-2.3":{"name":"OpenPBS v2.3 Software License","osiApproved":false},"NCGL-UK-2.0":{"name":"Non-Commercial Government Licence","osiApproved":false},"Mackerras-3-Clause-acknowledgment":{"name":"Mackerras 3-Clause - acknowledgment variant","osiApproved":false},"NTP-0":{"name":"NTP No Attribution","osiApproved":false},"NICTA-1.0":{"name":"NICTA Public Software License, Version 1.0","osiApproved":false},"Frameworx-1.0":{"name":"Frameworx Open License 1.0","osiApproved":true},"CNRI-Jython":{"name":"CNRI Jython License","osiApproved":false},"Community-Spec-1.0":{"name":"Community Specification License 1.0","osiApproved":false},"BSD-3-Clause-No-Nuclear-License":{"name":"BSD 3-Clause No Nuclear License","osiApproved":false},"libutil-David-Nugent":{"name":"libutil David Nugent License","osiApproved":false},"CC-BY-NC-ND-3.0-IGO":{"name":"Creative Commons Attribution Non Commercial No Derivatives 3.0 IGO","osiApproved":false},"any-OSI-perl-modules":{"name":"Any OSI License - Perl Modules","osiApproved":false},"MIT-advertising":{"name":"Enlightenment License (e16)","osiApproved":false},"HPND-export-US-modify":{"name":"HPND with US Government export control warning and modification rqmt","osiApproved":false},"Xfig":{"name":"Xfig License","osiApproved":false},"zlib-acknowledgement":{"name":"zlib/libpng License with Acknowledgement","osiApproved":false},"ISC-Veillard":{"name":"ISC Veillard variant","osiApproved":false},"YPL-1.1":{"name":"Yahoo! Public License v1.1","osiApproved":false},"BSD-3-Clause-Modification":{"name":"BSD 3-Clause Modification","osiApproved":false},"Artistic-1.0-Perl":{"name":"Artistic License 1.0 (Perl)","osiApproved":true},"GPL-3.0-only":{"name":"GNU General Public License v3.0 only","osiApproved":true},"TU-Berlin-1.0":{"name":"Technische Universitaet Berlin License 1.0","osiApproved":false},"GPL-1.0+":{"name":"GNU General Public License v1.0 or later","osiApproved":false},"OPUBL-1.0":{"name":"Open Publication License v1.0","osiApproved":false},"App-s2p":{"name":"App::s2p License","osiApproved":false},"checkmk":{"name":"Checkmk License","osiApproved":false},"CC-BY-3.0-AU":{"name":"Creative Commons Attribution 3.0 Australia","osiApproved":false},"CC-BY-NC-4.0":{"name":"Creative Commons Attribution Non Commercial 4.0 International","osiApproved":false},"Intel":{"name":"Intel Open Source License","osiApproved":true},"OFL-1.0-RFN":{"name":"SIL Open Font License 1.0 with Reserved Font Name","osiApproved":false},"MPL-2.0":{"name":"Mozilla Public License 2.0","osiApproved":true},"NGPL":{"name":"Nethack General Public License","osiApproved":true},"0BSD":{"name":"BSD Zero Clause License","osiApproved":true},"OSET-PL-2.1":{"name":"OSET Public License version 2.1","osiApproved":true},"FBM":{"name":"Fuzzy Bitmap License","osiApproved":false},"UnixCrypt":{"name":"UnixCrypt License","osiApproved":false},"LGPL-3.0":{"name":"GNU Lesser General Public License v3.0 only","osiApproved":true},"MPL-1.0":{"name":"Mozilla Public License 1.0","osiApproved":true},"Giftware":{"name":"Giftware License","osiApproved":false},"Beerware":{"name":"Beerware License","osiApproved":false},"Caldera-no-preamble":{"name":"Caldera License (without preamble)","osiApproved":false},"BSD-2-Clause":{"name":"BSD 2-Clause \\"Simplified\\" License","osiApproved":true},"TTWL":{"name":"Text-Tabs+Wrap License","osiApproved":false},"FSL-1.1-ALv2":{"name":"Functional Source License, Version 1.1, ALv2 Future License","osiApproved":false},"GFDL-1.1-or-later":{"name":"GNU Free Documentation License v1.1 or later","osiApproved":false},"ESA-PL-permissive-2.4":{"name":"European Space Agency Public License \u2013 v2.4 \u2013 Permissive (Type 3)","osiApproved":false},"OSL-1.1":{"name":"Open Software License 1.1","osiApproved":false},"OCCT-PL":{"name":"Open CASCADE Technology Public License","osiApproved":false},"Interbase-1.0":{"name":"Interbase Public License v1.0","osiApproved":false},"AMD-newlib":{"name":"AMD newlib License","osiApproved":false},"QPL-1.0":{"name":"Q Public License 1.0","osiApproved":true},"libpng-1.6.35":{"name":"PNG Reference Library License v1 (for libpng 0.5 through 1.6.35)","osiApproved":false},"MITNFA":{"name":"MIT +no-false-attribs license","osiApproved":false},"OpenSSL-standalone":{"name":"OpenSSL License - standalone","osiApproved":false},"MIT-Click":{"name":"MIT Click License","osiApproved":false},"BSD-Systemics-W3Works":{"name":"Systemics W3Works BSD variant license","osiApproved":false},"NIST-PD":{"name":"NIST Public Domain Notice","osiApproved":false},"NLPL":{"name":"No Limit Public License","osiApproved":false},"BSD-Systemics":{"name":"Systemics BSD variant license","osiApproved":false},"HPND-sell-variant-MIT-disclaimer-rev":{"name":"HPND sell variant with MIT disclaimer - reverse","osiApproved":false},"CERN-OHL-1.2":{"name":"CERN Open Hardware Licence v1.2","osiApproved":false},"GFDL-1.2-invariants-or-later":{"name":"GNU Free Documentation License v1.2 or later - invariants","osiApproved":false},"SGI-B-2.0":{"name":"SGI Free Software License B v2.0","osiApproved":false},"Martin-Birgmeier":{"name":"Martin Birgmeier License","osiApproved":false},"LGPL-2.0+":{"name":"GNU Library General Public License v2 or later","osiApproved":true},"WTFPL":{"name":"Do What The F*ck You Want To Public License","osiApproved":false},"Zimbra-1.3":{"name":"Zimbra Public License v1.3","osiApproved":false},"CC-BY-SA-3.0":{"name":"Creative Commons Attribution Share Alike 3.0 Unported","osiApproved":false},"X11":{"name":"X11 License","osiApproved":false},"BSD-3-Clause-No-Nuclear-License-2014":{"name":"BSD 3-Clause No Nuclear License 2014","osiApproved":false},"AFL-2.1":{"name":"Academic Free License v2.1","osiApproved":true},"CrystalStacker":{"name":"CrystalStacker License","osiApproved":false},"LZMA-SDK-9.22":{"name":"LZMA SDK License (versions 9.22 and beyond)","osiApproved":false},"diffmark":{"name":"diffmark license","osiApproved":false},"softSurfer":{"name":"softSurfer License","osiApproved":false},"hyphen-bulgarian":{"name":"hyphen-bulgarian License","osiApproved":false},"HPND-Intel":{"name":"Historical Permission Notice and Disclaimer - Intel variant","osiApproved":false},"Newsletr":{"name":"Newsletr License","osiApproved":false},"copyleft-next-0.3.0":{"name":"copyleft-next 0.3.0","osiApproved":false},"iMatix":{"name":"iMatix Standard Function Library Agreement","osiApproved":false},"LPPL-1.3a":{"name":"LaTeX Project Public License v1.3a","osiApproved":false},"LAL-1.3":{"name":"Licence Art Libre 1.3","osiApproved":false},"OLDAP-2.1":{"name":"Open LDAP Public License v2.1","osiApproved":false},"Symlinks":{"name":"Symlinks License","osiApproved":false},"OFL-1.1":{"name":"SIL Open Font License 1.1","osiApproved":true},"CC-BY-NC-ND-2.5":{"name":"Creative Commons Attribution Non Commercial No Derivatives 2.5 Generic","osiApproved":false},"Brian-Gladman-3-Clause":{"name":"Brian Gladman 3-Clause License","osiApproved":false},"Artistic-1.0-cl8":{"name":"Artistic License 1.0 w/clause 8","osiApproved":true},"AFL-3.0":{"name":"Academic Free License v3.0","osiApproved":true},"MPL-1.1":{"name":"Mozilla Public License 1.1","osiApproved":true},"HPND-SMC":{"name":"Historical Permission Notice and Disclaimer - SMC variant","osiApproved":false},"ISC":{"name":"ISC License","osiApproved":true},"LGPL-2.1-only":{"name":"GNU Lesser General Public License v2.1 only","osiApproved":true},"Zimbra-1.4":{"name":"Zimbra Public License v1.4","osiApproved":false},"dtoa":{"name":"David M. Gay dtoa License","osiApproved":false},"ODC-By-1.0":{"name":"Open Data Commons Attribution License v1.0","osiApproved":false},"GFDL-1.1":{"name":"GNU Free Documentation License v1.1","osiApproved":false},"CC-BY-ND-4.0":{"name":"Creative Commons Attribution No Derivatives 4.0 International","osiApproved":false},"W3C":{"name":"W3C Software Notice and License (2002-12-31)","osiApproved":true},"BSD-3-Clause-Open-MPI":{"name":"BSD 3-Clause Open MPI variant","osiApproved":true},"PSF-2.0":{"name":"Python Software Foundation License 2.0","osiApproved":false},"GPL-2.0-or-later":{"name":"GNU General Public License v2.0 or later","osiApproved":true},"CC-BY-NC-3.0-DE":{"name":"Creative Commons Attribution Non Commercial 3.0 Germany","osiApproved":false},"ESA-PL-strong-copyleft-2.4":{"name":"European Space Agency Public License (ESA-PL) - V2.4 - Strong Copyleft (Type 1)","osiApproved":false},"bcrypt-Solar-Designer":{"name":"bcrypt Solar Designer License","osiApproved":false},"AFL-1.2":{"name":"Academic Free License v1.2","osiApproved":true},"AFL-2.0":{"name":"Academic Free License v2.0","osiApproved":true},"BSD-4.3TAHOE":{"name":"BSD 4.3 TAHOE License","osiApproved":false},"LOOP":{"name":"Common Lisp LOOP License","osiApproved":false},"GFDL-1.3":{"name":"GNU Free Documentation License v1.3","osiApproved":false},"SGI-OpenGL":{"name":"SGI OpenGL License","osiApproved":false},"Unicode-DFS-2016":{"name":"Unicode License Agreement - Data Files and Software (2016)","osiApproved":true},"ClArtistic":{"name":"Clarified Artistic License","osiApproved":false},"PolyForm-Small-Business-1.0.0":{"name":"PolyForm Small Business License 1.0.0","osiApproved":false},"PHP-3.0":{"name":"PHP License v3.0","osiApproved":true},"HPND-export-US-acknowledgement":{"name":"HPND with US Government export control warning and acknowledgment","osiApproved":false},"SISSL-1.2":{"name":"Sun Industry Standards Source License v1.2","osiApproved":false},"CC-BY-NC-ND-1.0":{"name":"Creative Commons Attribution Non Commercial No Derivatives 1.0 Generic","osiApproved":false},"IPA":{"name":"IPA Font License","osiApproved":true},"DSDP":{"name":"DSDP License","osiApproved":false},"LiLiQ-Rplus-1.1":{"name":"Licence Libre du Qu\xE9bec \u2013 R\xE9ciprocit\xE9 forte version 1.1","osiApproved":true},"Advanced-Cryptics-Dictionary":{"name":"Advanced Cryptics Dictionary License","osiApproved":false},"Ferguson-Twofish":{"name":"Ferguson Twofish License","osiApproved":false},"W3C-20150513":{"name":"W3C Software Notice and Document License (2015-05-13)","osiApproved":true},"NCL":{"name":"NCL Source Code License","osiApproved":false},"BlueOak-1.0.0":{"name":"Blue Oak Model License 1.0.0","osiApproved":true},"SMPPL":{"name":"Secure Messaging Protocol Public License","osiApproved":false},"gSOAP-1.3b":{"name":"gSOAP Public License v1.3b","osiApproved":false},"Vixie-Cron":{"name":"Vixie Cron License","osiApproved":false},"ZPL-2.0":{"name":"Zope Public License 2.0","osiApproved":true},"EPL-2.0":{"name":"Eclipse Public License 2.0","osiApproved":true},"MPL-2.0-no-copyleft-exception":{"name":"Mozilla Public License 2.0 (no copyleft exception)","osiApproved":true},"Brian-Gladman-2-Clause":{"name":"Brian Gladman 2-Clause License","osiApproved":false},"Soundex":{"name":"Soundex License","osiApproved":false},"BSD-2-Clause-first-lines":{"name":"BSD 2-Clause - first lines requirement","osiApproved":false},"Bahyph":{"name":"Bahyph License","osiApproved":false},"GPL-1.0-or-later":{"name":"GNU General Public License v1.0 or later","osiApproved":false},"SSPL-1.0":{"name":"Server Side Public License, v 1","osiApproved":false},"CC-BY-NC-ND-3.0-DE":{"name":"Creative Commons Attribution Non Commercial No Derivatives 3.0 Germany","osiApproved":false},"HPND-Fenneberg-Livingston":{"name":"Historical Permission Notice and Disclaimer - Fenneberg-Livingston variant","osiApproved":false},"HPND-UC-export-US":{"name":"Historical Permission Notice and Disclaimer - University of California, US export warning","osiApproved":false},"TPL-1.0":{"name":"THOR Public License 1.0","osiApproved":false},"LPL-1.02":{"name":"Lucent Public License v1.02","osiApproved":true},"Xerox":{"name":"Xerox License","osiApproved":false},"BSD-Attribution-HPND-disclaimer":{"name":"BSD with Attribution and HPND disclaimer","osiApproved":false},"CC-BY-3.0-AT":{"name":"Creative Commons Attribution 3.0 Austria","osiApproved":false},"Zend-2.0":{"name":"Zend License v2.0","osiApproved":false},"BSD-2-Clause-FreeBSD":{"name":"BSD 2-Clause FreeBSD License","osiApproved":false},"RSA-MD":{"name":"RSA Message-Digest License","osiApproved":false},"TCP-wrappers":{"name":"TCP Wrappers License","osiApproved":false},"Lucida-Bitmap-Fonts":{"name":"Lucida Bitmap Fonts License","osiApproved":false},"LPPL-1.2":{"name":"LaTeX Project Public License v1.2","osiApproved":false},"HPND-sell-variant-MIT-disclaimer":{"name":"HPND sell variant with MIT disclaimer","osiApproved":false},"Barr":{"name":"Barr License","osiApproved":false},"CERN-OHL-W-2.0":{"name":"CERN Open Hardware Licence Version 2 - Weakly Reciprocal","osiApproved":true},"CC-BY-NC-SA-2.0":{"name":"Creative Commons Attribution Non Commercial Share Alike 2.0 Generic","osiApproved":false},"SGI-B-1.0":{"name":"SGI Free Software License B v1.0","osiApproved":false},"Multics":{"name":"Multics License","osiApproved":true},"TekHVC":{"name":"TekHVC License","osiApproved":false},"GD":{"name":"GD License","osiApproved":false},"NCBI-PD":{"name":"NCBI Public Domain Notice","osiApproved":false},"CC-BY-NC-ND-4.0":{"name":"Creative Commons Attribution Non Commercial No Derivatives 4.0 International","osiApproved":false},"Sendmail-8.23":{"name":"Sendmail License 8.23","osiApproved":false},"dvipdfm":{"name":"dvipdfm License","osiApproved":false},"GPL-3.0-with-GCC-exception":{"name":"GNU General Public License v3.0 w/GCC Runtime Library exception","osiApproved":true},"MIT-open-group":{"name":"MIT Open Group variant","osiApproved":false},"LGPL-3.0+":{"name":"GNU Lesser General Public License v3.0 or later","osiApproved":true},"GFDL-1.1-no-invariants-only":{"name":"GNU Free Documentation License v1.1 only - no invariants","osiApproved":false},"CC-BY-SA-1.0":{"name":"Creative Commons Attribution Share Alike 1.0 Generic","osiApproved":false},"OLDAP-1.1":{"name":"Open LDAP Public License v1.1","osiApproved":false},"Afmparse":{"name":"Afmparse License","osiApproved":false},"HaskellReport":{"name":"Haskell Language Report License","osiApproved":false},"DOC":{"name":"DOC License","osiApproved":false},"LGPL-3.0-or-later":{"name":"GNU Lesser General Public License v3.0 or later","osiApproved":true},"Baekmuk":{"name":"Baekmuk License","osiApproved":false},"EUDatagrid":{"name":"EU DataGrid Software License","osiApproved":true},"Condor-1.1":{"name":"Condor Public License v1.1","osiApproved":false},"CDLA-Sharing-1.0":{"name":"Community Data License Agreement Sharing 1.0","osiApproved":false},"WTFNMFPL":{"name":"Do What The F*ck You Want To But It's Not My Fault Public License","osiApproved":false},"X11-swapped":{"name":"X11 swapped final paragraphs","osiApproved":false},"CC-BY-ND-3.0-DE":{"name":"Creative Commons Attribution No Derivatives 3.0 Germany","osiApproved":false},"RSCPL":{"name":"Ricoh Source Code Public License","osiApproved":true},"DocBook-XML":{"name":"DocBook XML License","osiApproved":false},"GLWTPL":{"name":"Good Luck With That Public License","osiApproved":false},"CC-PDDC":{"name":"Creative Commons Public Domain Dedication and Certification","osiApproved":false},"BSD-3-Clause-Attribution":{"name":"BSD with attribution","osiApproved":false},"Sleepycat":{"name":"Sleepycat License","osiApproved":true},"DRL-1.0":{"name":"Detection Rule License 1.0","osiApproved":false},"JPNIC":{"name":"Japan Network Information Center License","osiApproved":false},"BSD-3-Clause-Clear":{"name":"BSD 3-Clause Clear License","osiApproved":false},"Boehm-GC-without-fee":{"name":"Boehm-Demers-Weiser GC License (without fee)","osiApproved":false},"APSL-1.2":{"name":"Apple Public Source License 1.2","osiApproved":true},"MPEG-SSG":{"name":"MPEG Software Simulation","osiApproved":false},"BSD-Inferno-Nettverk":{"name":"BSD-Inferno-Nettverk","osiApproved":false},"Dotseqn":{"name":"Dotseqn License","osiApproved":false},"CPL-1.0":{"name":"Common Public License 1.0","osiApproved":true},"HP-1986":{"name":"Hewlett-Packard 1986 License","osiApproved":false},"CC-BY-NC-3.0":{"name":"Creative Commons Attribution Non Commercial 3.0 Unported","osiApproved":false},"GFDL-1.1-invariants-only":{"name":"GNU Free Documentation License v1.1 only - invariants","osiApproved":false},"TPDL":{"name":"Time::ParseDate License","osiApproved":false},"APSL-1.1":{"name":"Apple Public Source License 1.1","osiApproved":true},"BSL-1.0":{"name":"Boost Software License 1.0","osiApproved":true},"xkeyboard-config-Zinoviev":{"name":"xkeyboard-config Zinoviev License","osiApproved":false},"XSkat":{"name":"XSkat License","osiApproved":false},"PADL":{"name":"PADL License","osiApproved":false},"FDK-AAC":{"name":"Fraunhofer FDK AAC Codec Library","osiApproved":false},"CPOL-1.02":{"name":"Code Project Open License 1.02","osiApproved":false},"MIT-Khronos-old":{"name":"MIT Khronos - old variant","osiApproved":false},"bzip2-1.0.5":{"name":"bzip2 and libbzip2 License v1.0.5","osiApproved":false},"bzip2-1.0.6":{"name":"bzip2 and libbzip2 License v1.0.6","osiApproved":false},"CC-BY-NC-ND-3.0":{"name":"Creative Commons Attribution Non Commercial No Derivatives 3.0 Unported","osiApproved":false},"BSD-3-Clause-No-Nuclear-Warranty":{"name":"BSD 3-Clause No Nuclear Warranty","osiApproved":false},"O-UDA-1.0":{"name":"Open Use of Data Agreement v1.0","osiApproved":false},"ZPL-2.1":{"name":"Zope Public License 2.1","osiApproved":true},"Spencer-94":{"name":"Spencer License 94","osiApproved":false},"Artistic-dist":{"name":"Artistic License 1.0 (dist)","osiApproved":false},"BOLA-1.1":{"name":"Buena Onda License Agreement v1.1","osiApproved":false},"OLDAP-1.3":{"name":"Open LDAP Public License v1.3","osiApproved":false},"Zed":{"name":"Zed License","osiApproved":false},"MIT-enna":{"name":"enna License","osiApproved":false},"ASWF-Digital-Assets-1.1":{"name":"ASWF Digital Assets License 1.1","osiApproved":false},"Linux-man-pages-copyleft-2-para":{"name":"Linux man-pages Copyleft - 2 paragraphs","osiApproved":false},"RHeCos-1.1":{"name":"Red Hat eCos Public License v1.1","osiApproved":false},"radvd":{"name":"radvd License","osiApproved":false},"cve-tou":{"name":"Common Vulnerability Enumeration ToU License","osiApproved":false},"AML":{"name":"Apple MIT License","osiApproved":false},"SOFA":{"name":"SOFA Software License","osiApproved":false},"blessing":{"name":"SQLite Blessing","osiApproved":false},"EUPL-1.1":{"name":"European Union Public License 1.1","osiApproved":true},"CERN-OHL-S-2.0":{"name":"CERN Open Hardware Licence Version 2 - Strongly Reciprocal","osiApproved":true},"CC-BY-SA-2.0":{"name":"Creative Commons Attribution Share Alike 2.0 Generic","osiApproved":false},"CAPEC-tou":{"name":"Common Attack    Pattern Enumeration and Classification License","osiApproved":false},"CUA-OPL-1.0":{"name":"CUA Office Public License v1.0","osiApproved":true},"PolyForm-Noncommercial-1.0.0":{"name":"PolyForm Noncommercial License 1.0.0","osiApproved":false},"XFree86-1.1":{"name":"XFree86 License 1.1","osiApproved":false},"ParaType-Free-Font-1.3":{"name":"ParaType Free Font Licensing Agreement v1.3","osiApproved":false},"OGDL-Taiwan-1.0":{"name":"Taiwan Open Government Data License, version 1.0","osiApproved":false},"ODbL-1.0":{"name":"Open Data Commons Open Database License v1.0","osiApproved":false},"SPL-1.0":{"name":"Sun Public License v1.0","osiApproved":true},"Linux-man-pages-copyleft-var":{"name":"Linux man-pages Copyleft Variant","osiApproved":false},"Widget-Workshop":{"name":"Widget Workshop License","osiApproved":false},"Artistic-2.0":{"name":"Artistic License 2.0","osiApproved":true},"LiLiQ-R-1.1":{"name":"Licence Libre du Qu\xE9bec \u2013 R\xE9ciprocit\xE9 version 1.1","osiApproved":true},"Parity-7.0.0":{"name":"The Parity Public License 7.0.0","osiApproved":false},"xinetd":{"name":"xinetd License","osiApproved":false},"AGPL-1.0":{"name":"Affero General Public License v1.0","osiApproved":false},"NPL-1.1":{"name":"Netscape Public License v1.1","osiApproved":false},"Gutmann":{"name":"Gutmann License","osiApproved":false},"CC-BY-NC-ND-2.0":{"name":"Creative Commons Attribution Non Commercial No Derivatives 2.0 Generic","osiApproved":false},"Linux-OpenIB":{"name":"Linux Kernel Variant of OpenIB.org license","osiApproved":false},"CC-BY-4.0":{"name":"Creative Commons Attribution 4.0 International","osiApproved":false},"SGMLUG-PM":{"name":"SGMLUG Parser Materials License","osiApproved":false},"Pixar":{"name":"Pixar License","osiApproved":false},"DocBook-Stylesheet":{"name":"DocBook Stylesheet License","osiApproved":false},"IJG-short":{"name":"Independent JPEG Group License - short","osiApproved":false},"AMDPLPA":{"name":"AMD's plpa_map.c License","osiApproved":false},"CERN-OHL-P-2.0":{"name":"CERN Open Hardware Licence Version 2 - Permissive","osiApproved":true},"GFDL-1.3-no-invariants-only":{"name":"GNU Free Documentation License v1.3 only - no invariants","osiApproved":false},"SCEA":{"name":"SCEA Shared Source License","osiApproved":false},"OGTSL":{"name":"Open Group Test Suite License","osiApproved":true},"BSD-3-Clause-Tso":{"name":"BSD 3-Clause Tso variant","osiApproved":false},"MIT-testregex":{"name":"MIT testregex Variant","osiApproved":false},"SL":{"name":"SL License","osiApproved":false},"GFDL-1.1-no-invariants-or-later":{"name":"GNU Free Documentation License v1.1 or later - no invariants","osiApproved":false},"HPND-Pbmplus":{"name":"Historical Permission Notice and Disclaimer - Pbmplus variant","osiApproved":false},"Imlib2":{"name":"Imlib2 License","osiApproved":false},"UCAR":{"name":"UCAR License","osiApproved":false},"Naumen":{"name":"Naumen Public License","osiApproved":true},"Unicode-TOU":{"name":"Unicode Terms of Use","osiApproved":false},"lsof":{"name":"lsof License","osiApproved":false},"AGPL-1.0-only":{"name":"Affero General Public License v1.0 only","osiApproved":false},"TrustedQSL":{"name":"TrustedQSL License","osiApproved":false},"CDDL-1.1":{"name":"Common Development and Distribution License 1.1","osiApproved":false},"OLDAP-2.2":{"name":"Open LDAP Public License v2.2","osiApproved":false},"Zlib":{"name":"zlib License","osiApproved":true},"JasPer-2.0":{"name":"JasPer License","osiApproved":false},"GPL-3.0-with-autoconf-exception":{"name":"GNU General Public License v3.0 w/Autoconf exception","osiApproved":false},"NLOD-1.0":{"name":"Norwegian Licence for Open Government Data (NLOD) 1.0","osiApproved":false},"HPND-sell-regexpr":{"name":"Historical Permission Notice and Disclaimer - sell regexpr variant","osiApproved":false},"PPL":{"name":"Peer Production License","osiApproved":false},"SGI-B-1.1":{"name":"SGI Free Software License B v1.1","osiApproved":false},"GFDL-1.2-or-later":{"name":"GNU Free Documentation License v1.2 or later","osiApproved":false},"Graphics-Gems":{"name":"Graphics Gems License","osiApproved":false},"OSL-1.0":{"name":"Open Software License 1.0","osiApproved":true},"Sendmail":{"name":"Sendmail License","osiApproved":false},"Kastrup":{"name":"Kastrup License","osiApproved":false},"OSL-2.0":{"name":"Open Software License 2.0","osiApproved":true},"StandardML-NJ":{"name":"Standard ML of New Jersey License","osiApproved":false},"Ruby-pty":{"name":"Ruby pty extension license","osiApproved":false},"LPPL-1.3c":{"name":"LaTeX Project Public License v1.3c","osiApproved":true},"Bitstream-Vera":{"name":"Bitstream Vera Font License","osiApproved":false},"CC-SA-1.0":{"name":"Creative Commons Share Alike 1.0 Generic","osiApproved":false},"NetCDF":{"name":"NetCDF license","osiApproved":false},"Apache-1.0":{"name":"Apache License 1.0","osiApproved":false},"Watcom-1.0":{"name":"Sybase Open Watcom Public License 1.0","osiApproved":true},"HPND-sell-variant-critical-systems":{"name":"HPND - sell variant with safety critical systems clause","osiApproved":false},"threeparttable":{"name":"threeparttable License","osiApproved":false},"AGPL-3.0-only":{"name":"GNU Affero General Public License v3.0 only","osiApproved":true},"eGenix":{"name":"eGenix.com Public License 1.1.0","osiApproved":false},"OpenMDW-1.0":{"name":"OpenMDW License Agreement v1.0","osiApproved":false},"Furuseth":{"name":"Furuseth License","osiApproved":false},"OLDAP-2.0":{"name":"Open LDAP Public License v2.0 (or possibly 2.0A and 2.0B)","osiApproved":false},"ErlPL-1.1":{"name":"Erlang Public License v1.1","osiApproved":false},"CFITSIO":{"name":"CFITSIO License","osiApproved":false},"APSL-1.0":{"name":"Apple Public Source License 1.0","osiApproved":true},"OLDAP-2.3":{"name":"Open LDAP Public License v2.3","osiApproved":false},"NAIST-2003":{"name":"Nara Institute of Science and Technology License (2003)","osiApproved":false},"CC-BY-2.0":{"name":"Creative Commons Attribution 2.0 Generic","osiApproved":false},"Nunit":{"name":"Nunit License","osiApproved":false},"HPND-UC":{"name":"Historical Permission Notice and Disclaimer - University of California variant","osiApproved":false},"Aladdin":{"name":"Aladdin Free Public License","osiApproved":false},"CC-BY-NC-1.0":{"name":"Creative Commons Attribution Non Commercial 1.0 Generic","osiApproved":false},"DocBook-Schema":{"name":"DocBook Schema License","osiApproved":false},"PDDL-1.0":{"name":"Open Data Commons Public Domain Dedication & License 1.0","osiApproved":false},"CryptoSwift":{"name":"CryptoSwift License","osiApproved":false},"X11-distribute-modifications-variant":{"name":"X11 License Distribution Modification Variant","osiApproved":false},"GPL-2.0-with-autoconf-exception":{"name":"GNU General Public License v2.0 w/Autoconf exception","osiApproved":false},"BSD-2-Clause-NetBSD":{"name":"BSD 2-Clause NetBSD License","osiApproved":false},"MulanPSL-2.0":{"name":"Mulan Permissive Software License, Version 2","osiApproved":true},"CC-BY-3.0-US":{"name":"Creative Commons Attribution 3.0 United States","osiApproved":false},"HPND-export-US":{"name":"HPND with US Government export control warning","osiApproved":false},"DRL-1.1":{"name":"Detection Rule License 1.1","osiApproved":false},"GPL-1.0":{"name":"GNU General Public License v1.0 only","osiApproved":false},"CECILL-2.0":{"name":"CeCILL Free Software License Agreement v2.0","osiApproved":false},"OLDAP-2.8":{"name":"Open LDAP Public License v2.8","osiApproved":true},"HPND-merchantability-variant":{"name":"Historical Permission Notice and Disclaimer - merchantability variant","osiApproved":false},"Glide":{"name":"3dfx Glide License","osiApproved":false},"PostgreSQL":{"name":"PostgreSQL License","osiApproved":true},"BSD-1-Clause":{"name":"BSD 1-Clause License","osiApproved":true},"Sendmail-Open-Source-1.1":{"name":"Sendmail Open Source License v1.1","osiApproved":false},"Crossword":{"name":"Crossword License","osiApproved":false},"NASA-1.3":{"name":"NASA Open Source Agreement 1.3","osiApproved":true},"BSD-Source-beginning-file":{"name":"BSD Source Code Attribution - beginning of file variant","osiApproved":false},"Mup":{"name":"Mup License","osiApproved":false},"MIT-feh":{"name":"feh License","osiApproved":false},"LGPL-3.0-only":{"name":"GNU Lesser General Public License v3.0 only","osiApproved":true},"man2html":{"name":"man2html License","osiApproved":false}}`);

// src/detect/normalise.ts
var SPELLINGS = new Map(
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
var JOINABLE_PREFIXES = /* @__PURE__ */ new Set(["non", "sub", "co", "re", "pre", "multi"]);
var COPYRIGHT_LINE = /^\s*(?:copyright\s*(?:\(c\)|©|\d|\[|<|{|by\b|notice:|holders?:|\s*$)|\(c\)\s*\d|©|all rights reserved)/i;
var RIGHTS_RESERVED = /\ball rights reserved\.?/gi;
var OPTIONAL_TAIL = new RegExp(
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
var OPTIONAL_PHRASES = [
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
var OPTIONAL_TAIL_ANYWHERE = new RegExp(`^[\\s#*]*${OPTIONAL_TAIL.source.replace("^\\s*", "")}`, "im");
var SEPARATOR = /^\s*(?:[=\-_*~#+]\s*){5,}$/;
var BULLET = /^\s*[-*+•·▪◦‣]\s+/;
var LIST_MARKER = /^\s*(?:[-*+•·▪◦‣]|\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-z]|[ivx]{1,5})\\?[.)](?=\s))\s+/i;
function stripHtml(text) {
  const t = text.replace(/<!--[\s\S]*?-->/g, " ").replace(/<(script|style|head)\b[\s\S]*?<\/\1>/gi, " ").replace(/<\/?(?:p|br|div|h[1-6]|li|ul|ol|tr|table|pre|blockquote|hr|dt|dd|section)\b[^>]*>/gi, "\n").replace(/<[^>]+>/g, " ");
  return decodeEntities(t);
}
function decodeEntities(text) {
  if (!text.includes("&")) return text;
  return text.replace(/&nbsp;/g, " ").replace(/&copy;/g, "\xA9").replace(/&(?:ldquo|rdquo|quot);/g, '"').replace(/&(?:lsquo|rsquo|apos|#39);/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n))).replace(/&amp;/g, "&");
}
var MARKUP_HINT = /[#>*_[\]`\\:/;(•·▪◦‣+]|^\s*(?:-|\d|[a-z][.)]|[ivx]+[.)]|\.\.)/i;
var MARKUP_LEADS = "/*;->#.:_";
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
var SPACE = /\s/;
function dropClosingEmphasis(s) {
  let end = s.length;
  while (end > 0 && SPACE.test(s[end - 1])) end--;
  const mark = s[end - 1];
  return end >= 2 && (mark === "*" || mark === "_") && !SPACE.test(s[end - 2]) ? s.slice(0, end - 1) : s;
}
function cleanLines(text) {
  let t = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (/<(?:p|br|div|html|body|h[1-6])\b[^>]*>/i.test(t)) t = stripHtml(t);
  else t = decodeEntities(t);
  t = t.replace(/([a-z])-\n\s*([a-z])/g, "$1$2");
  const out = [];
  const tails = [];
  let skipping = false;
  let continuing = false;
  let prev;
  for (const raw of t.split("\n")) {
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
var LINE_TEST_LEADS = "aAhH=-_*~#+cC(\xA9";
var RIGHTS_HINT = /all rights reserved/i;
var RAW_COPYRIGHT = /^\s*(?:[#*;/]+\s*)?\(c\)\s*\d{4}/i;
var CONTINUATION = /^\s*(?:and|&)\s/;
var CJK = "\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}";
var WORD = new RegExp(`[${CJK}]|[[\\p{L}\\p{N}]--[${CJK}]]+(?:[.'][[\\p{L}\\p{N}]--[${CJK}]]+)*`, "gv");
var HAS_CJK = new RegExp(`[${CJK}]`, "v");
var ASCII_WORD = /[A-Za-z0-9]+(?:[.'][A-Za-z0-9]+)*/g;
var WORD_OR_BREAK = new RegExp(`${WORD.source}|
`, "gv");
var ASCII_WORD_OR_BREAK = new RegExp(`${ASCII_WORD.source}|
`, "g");
var NON_ASCII = /[^\x00-\x7f]/;
var FOLDED_PUNCTUATION = /[\u2018\u2019\u201b\u2032`\u201c\u201d\u201e\u2033\u2010-\u2015\u2212]/;
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
  const tails = rawTails.map((t) => {
    const lineWords = t.text.map(wordsOf);
    return { words: lineWords.flat(), lines: t.lines, text: t.text, lineWords };
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
  for (let t = 0; t < tokens.length; t++) {
    const w = tokens[t];
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
var OPTIONAL_HINTS = /* @__PURE__ */ new Map();
for (const { hint } of OPTIONAL_PHRASES)
  if (!OPTIONAL_HINTS.has(hint)) OPTIONAL_HINTS.set(hint, 1 << OPTIONAL_HINTS.size);
var WORD_FACTS = new Map(
  [...SPELLINGS.keys(), ...JOINABLE_PREFIXES, ...OPTIONAL_HINTS.keys()].map((w) => {
    const word = SPELLINGS.get(w) ?? w;
    return [w, { word, joinable: JOINABLE_PREFIXES.has(word), hint: OPTIONAL_HINTS.get(word) ?? 0 }];
  })
);
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

// src/detect/corpus.ts
import { isAscii } from "node:buffer";
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

// node_modules/spdx-license-list/package.json
var package_default = JSON.parse('{"name":"spdx-license-list","version":"6.12.0","description":"List of SPDX licenses","license":"CC0-1.0","repository":"sindresorhus/spdx-license-list","funding":"https://github.com/sponsors/sindresorhus","author":{"name":"Sindre Sorhus","email":"sindresorhus@gmail.com","url":"https://sindresorhus.com"},"sideEffects":false,"engines":{"node":">=8"},"scripts":{"//test":"xo && ava && tsd","test":"xo && ava","make":"node make.js"},"files":["index.js","index.d.ts","full.js","full.d.ts","simple.js","simple.d.ts","spdx.json","spdx-full.json","spdx-simple.json","licenses"],"keywords":["spdx","license","licenses","mit","bsd","list","open source","software","id","ids","identifiers","set"],"devDependencies":{"ava":"^1.4.1","got":"^9.6.0","hard-rejection":"^2.0.0","ora":"^3.2.0","p-map":"^2.0.0","tsd":"^0.13.1","xo":"^0.24.0"},"xo":{"rules":{"import/extensions":"off"}}}');

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
    const t = d * d + 2 * d + d + 1;
    const k = x - y;
    const down = k === -d || k !== d && trace[t + k - 1] < trace[t + k + 1];
    const prevK = down ? k + 1 : k - 1;
    const prevX = trace[t + prevK];
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
var traceBuffer = new Int32Array(1 << 16);
var frontier = new Int32Array(1 << 14);
function frontierFor(size) {
  if (size > frontier.length) frontier = new Int32Array(size);
  return frontier;
}
function traceFor(steps) {
  const size = (steps + 1) * (steps + 1) + 2 * (steps + 1);
  if (size > traceBuffer.length) traceBuffer = new Int32Array(size);
  return traceBuffer;
}
var counts = new Int32Array(1 << 14);
function bagDistance(a, b) {
  let distance = 0;
  for (const w of a) {
    if (w < 0) distance++;
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
    distance += Math.abs(counts[w]);
    counts[w] = 0;
  }
  for (const w of b) {
    if (w < 0) continue;
    distance += Math.abs(counts[w]);
    counts[w] = 0;
  }
  return distance;
}
function growCounts(w) {
  const grown = new Int32Array(2 * w + 2);
  grown.set(counts);
  counts = grown;
}

// src/detect/shingles.ts
var SHINGLE = 3;
function shingleAt(words, i) {
  return Math.imul(words[i], 73856093) ^ Math.imul(words[i + 1], 19349663) ^ Math.imul(words[i + 2], 83492791) | 0;
}
function shingleHashes(words) {
  const out = new Int32Array(Math.max(0, words.length - SHINGLE + 1));
  for (let i = 0; i < out.length; i++) out[i] = shingleAt(words, i);
  return out;
}
var ShingleSet = class {
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

// src/detect/corpus.ts
function pairKey(a, b, refCount) {
  return a * refCount + b;
}
function rulesDir() {
  return rulesPath("licences");
}
var indexCache;
function licenceIndex() {
  indexCache ??= JSON.parse(readFileSync(join(rulesDir(), "index.json"), "utf8"));
  return indexCache;
}
function licenceEntries() {
  return licenceIndex().licences;
}
var spdxCache;
function spdxData() {
  if (!spdxCache) {
    const require2 = createRequire(import.meta.url);
    const data = JSON.parse(
      readFileSync(require2.resolve("spdx-license-list/spdx-full.json"), "utf8")
    );
    const ids = new Set(require2("spdx-license-ids"));
    spdxCache = { data, ids };
  }
  return spdxCache;
}
var metaCache;
function spdxMeta() {
  metaCache ??= { data: spdx_default, ids: new Set(spdx_license_ids_default) };
  return metaCache;
}
var SAME_TEXT_AS_ONLY = /-or-later$/;
var EXCEPTION_TEXTS = {
  "GPL-2.0-with-classpath-exception": "Classpath-exception-2.0",
  "GPL-2.0-with-GCC-exception": "GCC-exception-2.0",
  "GPL-2.0-with-bison-exception": "Bison-exception-2.2",
  "GPL-2.0-with-font-exception": "Font-exception-2.0",
  "GPL-2.0-with-autoconf-exception": "Autoconf-exception-2.0",
  "GPL-3.0-with-GCC-exception": "GCC-exception-3.1",
  "GPL-3.0-with-autoconf-exception": "Autoconf-exception-3.0"
};
function isException(id) {
  return Object.values(EXCEPTION_TEXTS).includes(id);
}
var wordList = [];
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
var titleCache;
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
var CJK_TITLE_WORDS = 20;
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
var corpusCache;
var SCHEMA = "openquota/licence-corpus@5";
var CORPUS_FILE = "corpus-index.txt";
function corpusSources() {
  const pkg = package_default;
  const hash = createHash("sha256");
  const dir = rulesDir();
  hash.update(readFileSync(join(dir, "index.json")));
  for (const e of licenceEntries()) if (e.file) hash.update(readFileSync(join(dir, e.file)));
  for (const t of licenceIndex().tails ?? []) hash.update(readFileSync(join(dir, t.file)));
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
    const text = readFileSync(join(dir, e.file), "utf8");
    add(e.id, text);
    for (const part of languageParts(text, e.parts ?? [])) add(e.id, part);
  }
  const tails = [];
  const seenTails = /* @__PURE__ */ new Set();
  const normalised = texts.map(({ id, text }) => {
    const n = normalise(text);
    const words = toIds(n.words, vocabulary, true);
    for (const t of n.tails) {
      const key = t.words.join(" ");
      if (t.words.length < 8 || seenTails.has(key)) continue;
      seenTails.add(key);
      tails.push({ id, words: toIds(t.words, vocabulary, true) });
    }
    return { id, words, title: titleMask(n.lines, n.lineOf).reduce((a, b) => a + b, 0) };
  });
  for (const extra of licenceIndex().tails ?? []) {
    const more = normalise(readFileSync(join(dir, extra.file), "utf8")).words;
    for (const t of tails.filter((x) => x.id === extra.after))
      tails.push({ id: t.id, words: Int32Array.from([...t.words, ...toIds(more, vocabulary, true)]) });
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
    tails: tails.map((t) => ({ id: t.id, words: encodeIds(t.words) })),
    common: options.common === false ? "" : encodeIds(commonWords(refWords, vocabulary.size))
  };
}
var COMMON_MIN_WORDS = 400;
var COMMON_MIN_CONTAINMENT = 0.6;
var COMMON_EDIT_SHARE = 0.15;
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
  const file = join(rulesDir(), CORPUS_FILE);
  if (!existsSync(file)) return null;
  const bytes = readFileSync(file);
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
  const tails = data.tails.map((t) => ({ id: t.id, words: decodeIds(t.words) }));
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

// src/detect/variants.ts
var DERIVED = /^LicenseRef-(.+)-(modified|renamed)$/;
function derivedId(base, how) {
  return `LicenseRef-${base.replace(/^LicenseRef-/, "")}-${how}`;
}
function parseDerived(id, known) {
  const m = DERIVED.exec(id.trim());
  if (!m) return void 0;
  const base = known(m[1]) ?? known(`LicenseRef-${m[1]}`);
  return base ? { base, how: m[2] } : void 0;
}

// src/detect/licences.ts
var SPDX_NON_COMMERCIAL = /(?:^|-)NC(?:-|$)|Noncommercial|NonCommercial/;
var DEPRECATED = /^((?:A|L)?GPL-[123]\.[01]|GFDL-1\.[123])(\+)?$/;
var table;
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
  table ??= build();
  const t = table;
  const direct = t.get(id.trim().toLowerCase());
  if (direct) return direct;
  const derived = parseDerived(id, (c) => t.get(c.toLowerCase())?.id);
  if (!derived) return void 0;
  const base = t.get(derived.base.toLowerCase());
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

export {
  spdx_default,
  diffWords,
  bagDistance,
  normalise,
  wordsOf,
  SHINGLE,
  shingleHashes,
  pairKey,
  licenceEntries,
  spdxMeta,
  isException,
  wordOf,
  titlesOf,
  toIds,
  full,
  corpus,
  shinglesOf,
  derivedId,
  lookupLicence,
  canonicalId,
  refinesId
};
