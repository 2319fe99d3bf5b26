/**
 * The part of the dashboard's script that writes HTML: a model row, its evidence row, group
 * headers. Plain ES2017 in a string (inlined, allowed by its CSP hash), concatenated into the
 * script of html-js.ts. Every value from the report goes through `esc`; links were checked when
 * the page was written (html-view.ts), so only http(s) URLs reach `href`.
 */
export const RENDER_JS = `
  var SYM = { compliant: '✔', 'non-compliant': '✘', unknown: '?', excluded: '–', pass: '✔', fail: '✘', incomplete: '?' };
  var SEV = { error: '✘', warning: '!', info: 'i' };
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
      '"><span class="chev" aria-hidden="true">▸</span><span class="sr">' + esc(fill(L['evidence.toggle'], { id: r.id })) +
      '</span></button>' + name + tags + team + '</td>' +
      cell('col.verdict', verdict) +
      cell('col.reason', esc(r.r) + ' <button type="button" class="evidence-link" aria-controls="ev-' + i + '">' +
        esc(L['dash.evidence.open']) + '</button>', 'why') +
      cell('col.licence', r.le ? code(r.le) : '–') +
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
    if (r.le) return code(r.le) + ' · ' + esc(L['evidence.approved']) + ': ' +
      esc(r.ap === null ? L['evidence.notEstablished'] : L[r.ap ? 'yes' : 'no']);
    return esc(L[r.v === 'excluded' ? 'dash.ev.notJudged' : 'evidence.notEstablished']);
  }
  function metadataHtml(r) {
    var named = r.m.map(function (m) {
      return esc(m[0]) + ': ' + code(m[1]) + (m[2] ? ' (' + esc(fill(L['dash.ev.name'], { name: m[2] })) + ')' : '');
    });
    if (r.ld) return code(r.ld) + (named.length ? ' · ' + named.join(', ') : '');
    if (named.length) return named.join(', ') + ' · ' + esc(L['dash.ev.pointer']);
    return esc(L['dash.ev.noMetadata']);
  }
  function textsHtml(r) {
    var head = r.lt ? code(r.lt) : esc(L['dash.ev.noText']);
    var items = r.x.map(function (d) {
      var what = d[1]
        ? code(d[1]) + ' · ' + esc(L['dash.matcher.' + d[2]] || d[2]) + ', ' + esc(fill(L['evidence.confidence'], { confidence: d[3] }))
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
      return link(c[2], esc(L['source.' + c[0]] || c[0]) + ' ' + code(c[1])) + ' · ' + (c[3] ? code(c[3]) : esc(L['code.licenceUnknown']));
    }))]);
    if (r.cp && r.cp.length) dl.push(['dash.copies', list(r.cp.map(function (c) { return link(c[1], code(c[0])); }))]);
    if (r.fam) dl.push(['dash.ev.family', code(r.fam)]);
    if (r.ln && r.ln.length) dl.push(['dash.ev.lineage', list(r.ln.map(function (b) {
      return code(b[0]) + ' · ' + esc(b[1]) + ' · ' + (b[2] ? code(b[2]) : esc(L['evidence.notEstablished'])) + (b[3] ? '' : ' · ' + esc(L['dash.ev.thirdParty']));
    }))]);
    dl.push(['evidence.revision', r.rv ? link(r.ru, code(r.rv)) : esc(L['evidence.notEstablished'])]);
    dl.push(['evidence.origin', esc(L['source.' + r.s] || r.s) + ' · ' + code(r.o) + (r.d ? ' · ' + esc(L['evidence.declaredInProgramme']) : '')]);
    if (r.l.length) dl.push(['evidence.links', list(r.l.map(function (u) { return link(u, esc(u)); }))]);
    dl.push(['evidence.provenance', '<details><summary>' + esc(fill(L['dash.ev.lines'], { count: r.e.length })) + '</summary>' + list(r.e.map(esc)) + '</details>']);
    var permalink = hashOf(Object.assign({}, state, { open: r.id })) || '#';
    return '<tr class="evidence" id="ev-' + i + '"><td colspan="' + COLS + '"><div class="evidence"><dl>' +
      dl.map(function (d) { return '<dt>' + esc(L[d[0]]) + '</dt><dd>' + d[1] + '</dd>'; }).join('') +
      '</dl><p class="permalink"><a href="' + esc(permalink) + '">' + esc(L['dash.ev.permalink']) + '</a></p></div></td></tr>';
  }
`;
