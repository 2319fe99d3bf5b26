/**
 * The part of the dashboard's script that exports the rows the filters select as CSV (all of
 * them, not only those written to the page yet), in the page's language, concatenated into the
 * script of html-js.ts.
 */
export const CSV_JS = `
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
