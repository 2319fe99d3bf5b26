import {
  formatTime
} from "./chunk-TGXUKUHP.js";
import {
  escapeHtml,
  jsonForScript
} from "./chunk-G4PS4LXE.js";
import {
  percent,
  statusLabel,
  t
} from "./chunk-FXGHOV3O.js";

// src/report/html-page.ts
import { createHash } from "node:crypto";

// src/report/html-css-dashboard.ts
var DASHBOARD_CSS = `
.answer{margin:4px 0 8px}
.headline{font-size:1.6rem;margin:8px 0 2px}
.status-counts{margin:0;color:var(--muted)}
.teams{display:grid;grid-template-columns:repeat(auto-fill,minmax(300px,1fr));gap:12px;list-style:none;padding:0;margin:0}
.team{border:1px solid var(--line);border-radius:8px;padding:12px 14px;background:var(--bg)}
.team h3{margin:0;font-size:1.05rem;display:flex;justify-content:space-between;gap:8px;align-items:baseline;flex-wrap:wrap}
.team h4{margin:10px 0 2px;font-size:.9rem}
.team .id{color:var(--muted);font-size:.85rem;font-weight:400}
.stack{position:relative;display:flex;height:20px;background:var(--bar-bg);border-radius:4px;margin:10px 0 4px}
.seg{display:block;height:100%}
.seg:first-child{border-radius:4px 0 0 4px}
.seg:last-of-type{border-radius:0 4px 4px 0}
.seg-compliant,.key-compliant{background:var(--seg-c)}
.seg-non-compliant,.key-non-compliant{background:var(--seg-n) repeating-linear-gradient(135deg,transparent 0 4px,rgba(255,255,255,.35) 4px 6px)}
.seg-unknown,.key-unknown{background:var(--seg-u) radial-gradient(rgba(255,255,255,.45) 1px,transparent 1.5px) 0 0/5px 5px}
.stack .threshold{position:absolute;top:-5px;bottom:-5px;width:0;border-left:2px dashed var(--rule)}
.legend{display:flex;flex-wrap:wrap;gap:2px 14px;margin:4px 0 0;padding:0;list-style:none;color:var(--muted);font-size:.9rem}
.legend b{color:var(--fg)}
.key{display:inline-block;width:10px;height:10px;margin-right:4px;border-radius:2px;vertical-align:baseline}
.share{margin:4px 0 0;font-weight:600}
.team .reason{margin:4px 0 0;font-size:.9rem}
.team .failure{margin:6px 0 0;font-size:.85rem;color:var(--fail)}
.reasons{margin:2px 0 0;padding-left:18px;font-size:.9rem}
.reasons li{margin:2px 0}
.reasons .n{white-space:nowrap}
.reasons .why{display:block;color:var(--muted);font-size:.85rem}
.team details.excluded{margin-top:8px;font-size:.9rem}
.team details.excluded summary{cursor:pointer}
.team .more,.team .show{margin:6px 0 0;font-size:.9rem}
.filters{display:flex;flex-wrap:wrap;gap:10px 16px;align-items:flex-end;padding:12px;background:var(--panel);border:1px solid var(--line);border-radius:8px}
.filters div{display:flex;flex-direction:column;gap:2px}
.filters div.actions{flex-direction:row;gap:8px}
.filters label{font-size:.85rem;color:var(--muted)}
.filters select,.filters input{font:inherit;padding:4px 6px;border:1px solid #6b7280;border-radius:4px;background:var(--input);color:var(--fg);min-width:9em;max-width:22em}
.filters button,.toggle,th button,.evidence-link,#more{font:inherit;color:inherit;cursor:pointer}
.filters button,#more{padding:4px 10px;border:1px solid #6b7280;border-radius:4px;background:var(--input)}
html:not(.ready) #csv{display:none}
#shown{margin:8px 0}
th button{background:none;border:0;padding:0;font-weight:700;text-align:left}
th button::after{content:" \u2195" / "";color:var(--muted)}
th[aria-sort=ascending] button::after{content:" \u25B2" / "";color:var(--fg)}
th[aria-sort=descending] button::after{content:" \u25BC" / "";color:var(--fg)}
/* Fixed layout: columns keep their widths as more rows arrive, and laying out rows costs less. */
table.models{table-layout:fixed}
.models th:nth-child(1){width:24%}.models th:nth-child(2){width:15%}.models th:nth-child(3){width:28%}
.models th:nth-child(4){width:14%}.models th:nth-child(5){width:10%}.models th:nth-child(6){width:9%}
.models thead th{white-space:normal}
.models td{overflow-wrap:anywhere}
.models tr.group th{background:var(--panel);border-top:2px solid var(--line);font-size:1rem;padding-top:10px}
.models tr.group .gcount{color:var(--muted);font-weight:400;font-size:.9rem}
.models tr.family th{font-weight:600;font-size:.9rem;padding-left:24px}
.models td.why{max-width:38em;font-size:.92rem}
.evidence-link{background:none;border:0;padding:0;color:var(--link);text-decoration:underline;font-size:.85rem}
.code-tag{margin-left:6px;font-size:.8rem;color:var(--muted);white-space:nowrap}
.toggle{background:none;border:1px solid var(--line);border-radius:4px;width:28px;height:28px;padding:0;margin-right:6px;vertical-align:middle}
.toggle[aria-expanded=true] .chev{display:inline-block;transform:rotate(90deg)}
tr.evidence td{background:var(--panel)}
.evidence dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px;margin:0}
.evidence dt{color:var(--muted)}
.evidence dd{margin:0;word-break:break-word}
.evidence ul{margin:0;padding-left:18px}
.evidence summary{cursor:pointer}
.evidence .permalink{margin:8px 0 0;font-size:.85rem}
.findings li{margin-bottom:6px}
.findings li.primary strong{text-decoration:underline}
.findings .help{display:block;color:var(--muted)}
.extra q{font-style:italic}
.sev{font-size:.8rem;padding:0 6px;border-radius:8px;border:1px solid currentColor}
.sev-error{color:var(--fail);background:var(--fail-bg)}
.sev-warning{color:var(--inc);background:var(--inc-bg)}
.sev-info{color:var(--exc);background:var(--exc-bg)}
.more-wrap{text-align:center}
nav.site{display:flex;flex-wrap:wrap;gap:6px 18px;align-items:center;padding:8px 20px;border-bottom:1px solid var(--line);font-size:.95rem}
nav.site .lang{margin-left:auto}
nav.site [aria-current]{font-weight:700;color:var(--fg);text-decoration:none}
.chart{max-width:900px}
.chart svg{width:100%;height:auto;display:block}
.chart text{fill:var(--fg);font:12px system-ui,sans-serif}
.chart .axis{stroke:var(--line)}
.chart .limit{stroke:var(--rule);stroke-dasharray:6 4}
.chart polyline{fill:none;stroke-width:2.5}
.rounds li{margin:4px 0}
@media (max-width:700px){
  .models thead tr{display:flex;flex-wrap:wrap;gap:6px}
  .models thead th{border:1px solid var(--line);border-radius:4px;padding:2px 8px}
  table.models{table-layout:auto}
  .models thead th{width:auto!important}
  .models tbody tr.row{display:grid;grid-template-columns:1fr 1fr;border-top:2px solid var(--line);padding:4px 0}
  .models tbody tr.row td{display:block;border:0;padding:2px 8px}
  .models tbody tr.row td.first,.models tbody tr.row td.why{grid-column:1/-1}
  .models tbody tr.row td[data-label]::before{content:attr(data-label) ": ";color:var(--muted)}
  .models tbody tr.row td.first::before{content:none}
  .models tbody tr.row td.num{text-align:left}
  .models tr.group th,.models tr.family th{display:block}
  tr.evidence td{display:block}
  .evidence dl{grid-template-columns:1fr}
  .evidence dd{margin-bottom:6px}
  .filters div{flex:1 1 140px}
  .filters select,.filters input{min-width:0;width:100%;max-width:none}
  nav.site{padding:8px 12px}
}
@media print{
  .filters,#more,.more-wrap,.toggle,.evidence-link,.permalink,nav.site .lang,noscript{display:none!important}
  .teams{grid-template-columns:1fr 1fr}
  .stack,.seg,.key{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  .models td.why{max-width:none}
}
`;

// src/report/html-css.ts
var BASE_CSS = `
:root{--fg:#1a1a1a;--muted:#4a4a4a;--bg:#ffffff;--panel:#f6f7f9;--line:#c9ced6;--link:#0b57d0;
--pass:#1b5e20;--pass-bg:#e8f5e9;--fail:#a50e0e;--fail-bg:#fdecea;--inc:#6d4300;--inc-bg:#fff3dc;
--exc:#4a4a4a;--exc-bg:#eceff1;--bar:#2e7d32;--bar-bg:#dfe3e8;--seg-c:#2e7d32;--seg-n:#c62828;--seg-u:#b26a00;
--rule:#000;--focus:#1a73e8;--input:#ffffff}
@media (prefers-color-scheme:dark){:root{--fg:#e8eaed;--muted:#b8bdc6;--bg:#121417;--panel:#1d2025;--line:#3c424b;
--link:#8ab4f8;--pass:#a5d6a7;--pass-bg:#10261a;--fail:#f6aea9;--fail-bg:#3a1414;--inc:#ffd28a;--inc-bg:#33260d;
--exc:#c4c9d0;--exc-bg:#262a30;--bar:#66bb6a;--bar-bg:#30353c;--seg-c:#66bb6a;--seg-n:#ef5350;--seg-u:#ffb74d;
--rule:#fff;--focus:#8ab4f8;--input:#1d2025}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;color-scheme:light dark}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI","Noto Sans KR","Apple SD Gothic Neo","Malgun Gothic",sans-serif;color:var(--fg);background:var(--bg)}
a{color:var(--link)}
a:focus-visible,button:focus-visible,select:focus-visible,input:focus-visible,summary:focus-visible{outline:3px solid var(--focus);outline-offset:2px}
header.top{padding:16px 20px;background:var(--panel);border-bottom:1px solid var(--line)}
header.top h1{margin:0 0 4px;font-size:1.4rem}
header.top .programme{margin:0;font-size:1.05rem;font-weight:600}
header.top dl{display:flex;flex-wrap:wrap;gap:4px 20px;margin:8px 0 0}
header.top dl div{display:flex;gap:6px}
header.top dt{color:var(--muted);white-space:nowrap}
header.top dd{margin:0}
header.top .rule{margin:8px 0 0;color:var(--muted)}
.overall{margin-top:8px}
main{padding:16px 20px;max-width:1400px;margin:0 auto}
h2{font-size:1.2rem;margin:20px 0 10px}
.sr{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;font-weight:600;white-space:nowrap;border:1px solid currentColor}
.s-pass,.v-compliant{color:var(--pass);background:var(--pass-bg)}
.s-fail,.v-non-compliant{color:var(--fail);background:var(--fail-bg)}
.s-incomplete,.v-unknown{color:var(--inc);background:var(--inc-bg)}
.v-excluded{color:var(--exc);background:var(--exc-bg)}
table{border-collapse:collapse;width:100%}
caption{text-align:left;padding:6px 0;color:var(--muted);caption-side:top}
th,td{text-align:left;padding:6px 8px;border-bottom:1px solid var(--line);vertical-align:top}
thead th{background:var(--panel);border-bottom:2px solid var(--line);white-space:nowrap}
td.num,th.num{text-align:right}
.model-id{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9rem;overflow-wrap:anywhere}
.note{display:block;font-size:.85rem;color:var(--muted)}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em;overflow-wrap:anywhere}
.warning-box{padding:10px 14px;border:2px solid var(--inc);background:var(--inc-bg);color:var(--inc);border-radius:6px;font-weight:600}
.regressed{font-weight:700;color:var(--fail)}
footer{padding:12px 20px;color:var(--muted);font-size:.85rem;border-top:1px solid var(--line)}
@media (max-width:700px){
  header.top,main{padding:12px}
  .changes thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)}
  .changes tr{display:grid;grid-template-columns:1fr 1fr;border-top:2px solid var(--line);padding:4px 0}
  .changes td{display:block;border:0;padding:2px 8px}
  .changes td.model-id{grid-column:1/-1}
  .changes td[data-label]::before{content:attr(data-label) ": ";color:var(--muted);font-family:system-ui,sans-serif}
  .changes td:empty{display:none}
}
@media print{
  :root{--fg:#000;--muted:#333;--bg:#fff;--panel:#fff;--line:#999;--link:#000}
  body{font-size:11pt}
  header.top{border-bottom:2px solid #000}
  a{text-decoration:none}
  tr,li.team{break-inside:avoid}
  thead{display:table-header-group}
}
`;
var CSS = BASE_CSS + DASHBOARD_CSS;

// src/report/html-js-csv.ts
var CSV_JS = `
  function csvCell(value) {
    var s = value === null || value === undefined ? '' : String(value);
    // A cell starting with = + - @ would be a formula in a spreadsheet: a model id is untrusted.
    if (/^[=+\\-@\\t\\r]/.test(s)) s = "'" + s;
    return /[",\\r\\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  }
  csvButton.addEventListener('click', function () {
    var head = ['col.team', 'col.model', 'dash.col.source', 'col.verdict', 'col.reason', 'dash.col.code',
      'col.availability', 'col.licence', 'evidence.declared', 'evidence.detected', 'col.parameters',
      'dash.col.url', 'evidence.revision'];
    var lines = [head.map(function (k) { return csvCell(L[k]); }).join(',')];
    current.rows.forEach(function (i) {
      var r = rows[i];
      lines.push([teams[r.t].name, r.id, L['source.' + r.s] || r.s, L['verdict.' + r.v], r.r,
        r.pi >= 0 ? r.f[r.pi][0] : '', L['availability.' + (r.a || 'unknown')], r.le, r.ld, r.lt,
        r.p, r.u, r.rv].map(csvCell).join(','));
    });
    // The byte-order mark makes spreadsheets read the file as UTF-8 (Hangul intact).
    var blob = new Blob(['\\ufeff' + lines.join('\\r\\n') + '\\r\\n'], { type: 'text/csv;charset=utf-8' });
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = view.file + '.csv';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(a.href); }, 60000);
  });
`;

// src/report/html-js-render.ts
var RENDER_JS = `
  var SYM = { compliant: '\u2714', 'non-compliant': '\u2718', unknown: '?', excluded: '\u2013', pass: '\u2714', fail: '\u2718', incomplete: '?' };
  var SEV = { error: '\u2718', warning: '!', info: 'i' };
  var COLS = 6;
  var ESC = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
  function esc(s) { return String(s).replace(/[&<>"']/g, function (c) { return ESC[c]; }); }
  function fill(text, args) {
    return String(text).replace(/\\{(\\w+)\\}/g, function (w, n) { return n in args ? String(args[n]) : w; });
  }
  function code(s) { return '<code>' + esc(s) + '</code>'; }
  function link(url, html) { return url ? '<a href="' + esc(url) + '" rel="noreferrer">' + html + '</a>' : html; }
  function list(items) { return items.length ? '<ul>' + items.map(function (i) { return '<li>' + i + '</li>'; }).join('') + '</ul>' : esc(L['evidence.none']); }
  function cell(label, html, cls) {
    return '<td' + (cls ? ' class="' + cls + '"' : '') + ' data-label="' + esc(L[label]) + '">' + html + '</td>';
  }

  function groupHtml(item) {
    var team = teams[item.team];
    return '<tr class="group"><th colspan="' + COLS + '" scope="colgroup"><span class="gname">' + esc(team.name) +
      '</span> <span class="badge s-' + esc(team.status) + '">' + esc(SYM[team.status] + ' ' + team.statusLabel) +
      '</span> <span class="gcount">' + esc(fill(L['dash.group.count'], { shown: item.count, total: team.total })) + '</span></th></tr>';
  }
  function familyHtml(item) {
    return '<tr class="family"><th colspan="' + COLS + '" scope="colgroup">' +
      esc(fill(L['dash.family'], { family: item.family, count: item.count })) + '</th></tr>';
  }

  function rowHtml(i) {
    var r = rows[i], open = Boolean(opened[i]);
    var id = esc(r.id).replace(/\\//g, '/<wbr>');
    var name = r.u ? '<a class="model-id" href="' + esc(r.u) + '" rel="noreferrer">' + id + '</a>' : '<span class="model-id">' + id + '</span>';
    var tags = r.c.map(function (c) {
      return ' <span class="code-tag">' + esc(fill(L['code.marker'], { licence: c[3] || L['code.licenceUnknown'] })) + '</span>';
    }).join('');
    if (r.cp && r.cp.length) tags += ' <span class="code-tag">' + esc(fill(L['dash.copies.tag'], { count: r.cp.length })) + '</span>';
    var team = state.group === 'none' ? '<span class="note">' + esc(teams[r.t].name) + '</span>' : '';
    var verdict = '<span class="badge v-' + esc(r.v) + '">' + esc(SYM[r.v] + ' ' + L['verdict.' + r.v]) + '</span>' +
      (r.k === 'code' ? '<span class="note">' + esc(L['code.notCounted']) + '</span>' : '');
    var html = '<tr class="row" data-i="' + i + '">' +
      '<td class="first"><button type="button" class="toggle" aria-expanded="' + open + '" aria-controls="ev-' + i +
      '"><span class="chev" aria-hidden="true">\u25B8</span><span class="sr">' + esc(fill(L['evidence.toggle'], { id: r.id })) +
      '</span></button>' + name + tags + team + '</td>' +
      cell('col.verdict', verdict) +
      cell('col.reason', esc(r.r) + ' <button type="button" class="evidence-link" aria-controls="ev-' + i + '">' +
        esc(L['dash.evidence.open']) + '</button>', 'why') +
      cell('col.licence', r.le ? code(r.le) : '\u2013') +
      cell('col.availability', esc(L['availability.' + (r.a || 'unknown')])) +
      cell('col.parameters', esc(r.pp), 'num') + '</tr>';
    return open ? html + evidenceHtml(i) : html;
  }

  function findingsHtml(r) {
    return r.f.length ? '<ul class="findings">' + r.f.map(function (f, k) {
      var meta = view.codes[f[0]] || [f[0], ''];
      return '<li' + (k === r.pi ? ' class="primary"' : '') + '><span class="sev sev-' + esc(f[1]) + '">' +
        esc(SEV[f[1]] + ' ' + L['severity.' + f[1]]) + '</span> <strong>' + esc(meta[0]) + '</strong> ' + code(f[0]) +
        ': ' + esc(f[2]) + '<span class="help">' + esc(meta[1]) + '</span></li>';
    }).join('') + '</ul>' : esc(L['evidence.none']);
  }

  // The licence rows agree with the verdict: the licence judged first; metadata that names no
  // licence says so ("other" points at the text) instead of "not established" above it.
  function judgedHtml(r) {
    if (r.le) return code(r.le) + ' \xB7 ' + esc(L['evidence.approved']) + ': ' +
      esc(r.ap === null ? L['evidence.notEstablished'] : L[r.ap ? 'yes' : 'no']);
    return esc(L[r.v === 'excluded' ? 'dash.ev.notJudged' : 'evidence.notEstablished']);
  }
  function metadataHtml(r) {
    var named = r.m.map(function (m) {
      return esc(m[0]) + ': ' + code(m[1]) + (m[2] ? ' (' + esc(fill(L['dash.ev.name'], { name: m[2] })) + ')' : '');
    });
    if (r.ld) return code(r.ld) + (named.length ? ' \xB7 ' + named.join(', ') : '');
    if (named.length) return named.join(', ') + ' \xB7 ' + esc(L['dash.ev.pointer']);
    return esc(L['dash.ev.noMetadata']);
  }
  function textsHtml(r) {
    var head = r.lt ? code(r.lt) : esc(L['dash.ev.noText']);
    var items = r.x.map(function (d) {
      var what = d[1]
        ? code(d[1]) + ' \xB7 ' + esc(L['dash.matcher.' + d[2]] || d[2]) + ', ' + esc(fill(L['evidence.confidence'], { confidence: d[3] }))
        : esc(L['dash.ev.unidentified']) + (d[4] ? ', ' + esc(fill(L['evidence.closest'], { licence: d[4], confidence: d[5] })) : '');
      var extra = d[6].length ? '<span class="help">' + esc(L['dash.ev.extra']) + '</span><ul class="extra">' +
        d[6].map(function (q) { return '<li><q>' + esc(q) + '</q></li>'; }).join('') + '</ul>' : '';
      return (d[0] ? code(d[0]) + ': ' : '') + what + extra;
    });
    return head + (items.length ? list(items) : '');
  }
  function weightsHtml(r) {
    if (r.w === null) return esc(L['evidence.notEstablished']);
    if (!r.w.length) return esc(L['evidence.none']);
    return '<details><summary>' + esc(r.ws) + '</summary>' + list(r.w.map(code)) + '</details>';
  }

  function evidenceHtml(i) {
    var r = rows[i];
    var dl = [
      ['evidence.findings', findingsHtml(r)],
      ['evidence.expression', judgedHtml(r)],
      ['dash.ev.metadata', metadataHtml(r)],
      ['dash.ev.texts', textsHtml(r)],
      ['evidence.weights', weightsHtml(r)]
    ];
    if (r.c.length) dl.push(['evidence.code', list(r.c.map(function (c) {
      return link(c[2], esc(L['source.' + c[0]] || c[0]) + ' ' + code(c[1])) + ' \xB7 ' + (c[3] ? code(c[3]) : esc(L['code.licenceUnknown']));
    }))]);
    if (r.cp && r.cp.length) dl.push(['dash.copies', list(r.cp.map(function (c) { return link(c[1], code(c[0])); }))]);
    if (r.fam) dl.push(['dash.ev.family', code(r.fam)]);
    if (r.ln && r.ln.length) dl.push(['dash.ev.lineage', list(r.ln.map(function (b) {
      return code(b[0]) + ' \xB7 ' + esc(b[1]) + ' \xB7 ' + (b[2] ? code(b[2]) : esc(L['evidence.notEstablished'])) + (b[3] ? '' : ' \xB7 ' + esc(L['dash.ev.thirdParty']));
    }))]);
    dl.push(['evidence.revision', r.rv ? link(r.ru, code(r.rv)) : esc(L['evidence.notEstablished'])]);
    dl.push(['evidence.origin', esc(L['source.' + r.s] || r.s) + ' \xB7 ' + code(r.o) + (r.d ? ' \xB7 ' + esc(L['evidence.declaredInProgramme']) : '')]);
    if (r.l.length) dl.push(['evidence.links', list(r.l.map(function (u) { return link(u, esc(u)); }))]);
    dl.push(['evidence.provenance', '<details><summary>' + esc(fill(L['dash.ev.lines'], { count: r.e.length })) + '</summary>' + list(r.e.map(esc)) + '</details>']);
    var permalink = hashOf(Object.assign({}, state, { open: r.id })) || '#';
    return '<tr class="evidence" id="ev-' + i + '"><td colspan="' + COLS + '"><div class="evidence"><dl>' +
      dl.map(function (d) { return '<dt>' + esc(L[d[0]]) + '</dt><dd>' + d[1] + '</dd>'; }).join('') +
      '</dl><p class="permalink"><a href="' + esc(permalink) + '">' + esc(L['dash.ev.permalink']) + '</a></p></div></td></tr>';
  }
`;

// src/report/html-js.ts
var JS = `(function () {
  'use strict';
  var source = document.getElementById('openquota-view');
  var tbody = document.getElementById('rows');
  if (!source || !tbody) return;
  var view = JSON.parse(source.textContent);
  var L = view.labels, rows = view.rows, teams = view.teams;
  var RANK = { 'non-compliant': 0, unknown: 1, compliant: 2, excluded: 3 };
  var SORTS = ['severity', 'model', 'licence', 'availability', 'parameters'];
  var KEYS = ['team', 'verdict', 'availability', 'reason', 'q', 'sort', 'dir', 'group', 'open'];
  var DEFAULTS = { sort: 'severity', dir: 'asc', group: 'team' };
  // A few screenfuls; each later step (scrolling near the end, "show more") adds CHUNK more.
  var CHUNK = 100;
  var state = {}, opened = {}, current = { items: [], rows: [] }, rendered = 0, written = null;
  var haystack = null;
${RENDER_JS}
  function readHash() {
    var p = new URLSearchParams(location.hash.replace(/^#/, ''));
    var s = {};
    KEYS.forEach(function (k) { s[k] = p.get(k) || DEFAULTS[k] || ''; });
    if (SORTS.indexOf(s.sort) < 0) s.sort = 'severity';
    if (s.dir !== 'desc') s.dir = 'asc';
    if (s.group !== 'none') s.group = 'team';
    return s;
  }
  function hashOf(s) {
    var p = new URLSearchParams();
    KEYS.forEach(function (k) { if (s[k] && s[k] !== (DEFAULTS[k] || '')) p.set(k, s[k]); });
    var text = p.toString();
    return text ? '#' + text : '';
  }
  function writeHash() {
    var next = hashOf(state);
    if (next === location.hash || (next === '' && location.hash === '')) return;
    try { history.replaceState(null, '', next || location.pathname + location.search); }
    catch (e) { written = next || '#'; location.replace(written); }
  }

  function matches(r, i, q) {
    if (state.team && teams[r.t].id !== state.team) return false;
    if (state.verdict && r.v !== state.verdict) return false;
    if (state.availability && (r.a || 'unknown') !== state.availability) return false;
    if (state.reason && r.rk !== state.reason && r.rk.split('.')[0] !== state.reason) return false;
    if (q) {
      if (!haystack) haystack = rows.map(function (x) {
        return [x.id, x.le, x.ld, x.lt, x.r].join(' ').toLowerCase();
      });
      if (haystack[i].indexOf(q) < 0) return false;
    }
    return true;
  }
  function compare(a, b) {
    var x = rows[a], y = rows[b], c = 0;
    if (state.sort === 'licence') c = (x.le || '~') < (y.le || '~') ? -1 : (x.le || '~') > (y.le || '~') ? 1 : 0;
    else if (state.sort === 'availability') c = (x.a || '~') < (y.a || '~') ? -1 : (x.a || '~') > (y.a || '~') ? 1 : 0;
    else if (state.sort === 'parameters') c = (x.p === null ? -1 : x.p) - (y.p === null ? -1 : y.p);
    if (c === 0 && state.sort !== 'model') c = RANK[x.v] - RANK[y.v];
    if (c === 0) c = x.n - y.n;
    return state.dir === 'desc' ? -c : c;
  }
  // Filter, sort, then group: by team (in the report's order), and by family inside a team.
  function compute() {
    var q = state.q.trim().toLowerCase(), picked = [];
    for (var i = 0; i < rows.length; i++) if (matches(rows[i], i, q)) picked.push(i);
    picked.sort(compare);
    if (state.group !== 'team') return { items: picked, rows: picked };
    var byTeam = teams.map(function () { return []; });
    picked.forEach(function (i) { byTeam[rows[i].t].push(i); });
    var items = [], ordered = [];
    byTeam.forEach(function (list, t) {
      if (!list.length) return;
      items.push({ team: t, count: list.length });
      var families = {};
      list.forEach(function (i) { var f = rows[i].fam; if (f) (families[f] = families[f] || []).push(i); });
      list.forEach(function (i) {
        var f = rows[i].fam;
        if (!f) { items.push(i); ordered.push(i); return; }
        if (!families[f]) return;
        items.push({ family: f, count: families[f].length });
        families[f].forEach(function (j) { items.push(j); ordered.push(j); });
        families[f] = null;
      });
    });
    return { items: items, rows: ordered };
  }

  function itemHtml(item) {
    return typeof item === 'number' ? rowHtml(item) : item.family ? familyHtml(item) : groupHtml(item);
  }
  var moreButton = document.getElementById('more');
  var shown = document.getElementById('shown');
  var csvButton = document.getElementById('csv');
  function renderMore(n) {
    var end = Math.min(current.items.length, rendered + n), html = '';
    for (var k = rendered; k < end; k++) html += itemHtml(current.items[k]);
    tbody.insertAdjacentHTML('beforeend', html);
    rendered = end;
    var left = current.items.length - rendered;
    moreButton.hidden = left <= 0;
    moreButton.textContent = fill(L['dash.more'], { count: Math.min(left, CHUNK), left: left });
  }
  function render() {
    current = compute();
    rendered = 0;
    tbody.textContent = '';
    renderMore(CHUNK);
    document.getElementById('empty').hidden = current.rows.length > 0;
    shown.textContent = fill(L['filter.shown'], { shown: current.rows.length, total: rows.length });
    csvButton.textContent = fill(L['dash.csv'], { count: current.rows.length });
    document.querySelectorAll('table.models th[data-sort]').forEach(function (th) {
      if (th.dataset.sort === state.sort) th.setAttribute('aria-sort', state.dir === 'asc' ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    });
  }

  var controls = { team: 'f-team', verdict: 'f-verdict', availability: 'f-availability', reason: 'f-reason', q: 'f-q', group: 'f-group' };
  function syncControls() {
    Object.keys(controls).forEach(function (k) {
      var el = document.getElementById(controls[k]);
      if (el && el.value !== state[k]) el.value = state[k];
    });
  }
  function openFromState() {
    if (!state.open) return;
    var at = -1;
    for (var i = 0; i < rows.length; i++) if (rows[i].id === state.open) { at = i; break; }
    var pos = current.items.indexOf(at);
    if (pos < 0) return;
    if (pos >= rendered) renderMore(pos + CHUNK - rendered);
    var tr = tbody.querySelector('tr.row[data-i="' + at + '"]');
    if (!opened[at]) {
      opened[at] = true;
      tr.insertAdjacentHTML('afterend', evidenceHtml(at));
      tr.querySelector('button.toggle').setAttribute('aria-expanded', 'true');
    }
    tr.scrollIntoView({ block: 'start' });
  }
  function fromHash(scroll) {
    state = readHash();
    syncControls();
    render();
    openFromState();
    if (scroll && !state.open) document.getElementById('models-h').scrollIntoView();
  }

  var form = document.querySelector('form.filters');
  function onControl(event) {
    var key = Object.keys(controls).filter(function (k) { return controls[k] === event.target.id; })[0];
    if (!key) return;
    state[key] = event.target.value;
    state.open = '';
    writeHash();
    render();
  }
  form.addEventListener('input', onControl);
  form.addEventListener('change', onControl);
  form.addEventListener('submit', function (event) { event.preventDefault(); });
  form.addEventListener('reset', function (event) {
    event.preventDefault();
    state = Object.assign(readHash(), { team: '', verdict: '', availability: '', reason: '', q: '', open: '' });
    syncControls();
    writeHash();
    render();
  });
  document.querySelectorAll('table.models th[data-sort] button').forEach(function (button) {
    button.addEventListener('click', function () {
      var key = button.parentNode.dataset.sort;
      state.dir = state.sort === key && state.dir === 'asc' ? 'desc' : 'asc';
      state.sort = key;
      writeHash();
      render();
    });
  });

  tbody.addEventListener('click', function (event) {
    var button = event.target.closest('button.toggle, button.evidence-link');
    if (!button) return;
    var tr = button.closest('tr.row');
    var i = Number(tr.dataset.i);
    var toggle = tr.querySelector('button.toggle');
    if (opened[i]) {
      delete opened[i];
      var ev = document.getElementById('ev-' + i);
      if (ev) ev.remove();
    } else {
      opened[i] = true;
      tr.insertAdjacentHTML('afterend', evidenceHtml(i));
    }
    toggle.setAttribute('aria-expanded', String(Boolean(opened[i])));
  });

  moreButton.addEventListener('click', function () { renderMore(CHUNK); });
  if ('IntersectionObserver' in window) {
    new IntersectionObserver(function (entries) {
      if (entries[0].isIntersecting && rendered < current.items.length) renderMore(CHUNK);
    }, { rootMargin: '800px' }).observe(moreButton);
  }
  // Paper has no scrolling: every release of the view goes to the printer.
  window.addEventListener('beforeprint', function () { renderMore(current.items.length); });

${CSV_JS}
  // A hash this script wrote (where replaceState is refused) is already applied.
  window.addEventListener('hashchange', function () {
    if (written !== null && location.hash === written) { written = null; return; }
    fromHash(true);
  });
  fromHash(false);
  document.documentElement.classList.add('ready');
})();
`;

// src/report/html-page.ts
function page(parts) {
  const script = parts.script ? [`script-src 'sha256-${createHash("sha256").update(JS).digest("base64")}'`] : [];
  const csp = [
    "default-src 'none'",
    "style-src 'unsafe-inline'",
    ...script,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'"
  ].join("; ");
  return `<!doctype html>
<html lang="${parts.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(parts.title)}</title>
<style>${CSS}</style>
</head>
<body>
${parts.body}
${parts.data === void 0 ? "" : `<script type="application/json" id="${parts.dataId ?? "openquota-data"}">${jsonForScript(parts.data)}</script>
`}${parts.script ? `<script>${JS}</script>
` : ""}</body>
</html>
`;
}
function pageHeader(report, lang, heading) {
  return `<header class="top">
<h1>${escapeHtml(heading)}</h1>
<p class="programme">${escapeHtml(report.programme.title)}</p>
<dl>
<div><dt>${escapeHtml(t(lang, "report.policy"))}</dt><dd>${escapeHtml(report.policy.title)} (<code>${escapeHtml(report.policy.id)}</code>)</dd></div>
<div><dt>${escapeHtml(t(lang, "report.generated"))}</dt><dd><time datetime="${escapeHtml(report.generatedAt)}">${escapeHtml(formatTime(report.generatedAt))}</time></dd></div>
<div><dt>${escapeHtml(t(lang, "report.overall"))}</dt><dd><span class="badge s-${escapeHtml(report.status)}">${escapeHtml(statusLabel(lang, report.status))}</span></dd></div>
</dl>
<p class="rule">${escapeHtml(t(lang, "report.rule", { threshold: percent(report.policy.threshold) }))}</p>
</header>`;
}
function pageFooter(report, lang) {
  return `<footer>${escapeHtml(t(lang, "report.tool", { version: report.tool.version }))} \xB7 <code>${escapeHtml(report.schema)}</code></footer>`;
}

export {
  page,
  pageHeader,
  pageFooter
};
