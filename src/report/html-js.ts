/**
 * The dashboard's script, inlined (no external file, works from file://). It sorts, filters and
 * opens evidence rows; the tables are complete without it. Each model is one `<tbody class=model>`
 * holding its row and its evidence row, so sorting and filtering move or hide whole models.
 */
export const JS = `(function () {
  'use strict';
  var table = document.querySelector('table.models');
  if (!table) return;
  var bodies = Array.prototype.slice.call(table.querySelectorAll('tbody.model'));
  bodies.forEach(function (b, i) { b.dataset.index = String(i); });

  table.addEventListener('click', function (event) {
    var toggle = event.target.closest('button.toggle');
    if (!toggle) return;
    var open = toggle.getAttribute('aria-expanded') !== 'true';
    toggle.setAttribute('aria-expanded', String(open));
    var row = document.getElementById(toggle.getAttribute('aria-controls'));
    if (row) row.hidden = !open;
  });

  var headers = Array.prototype.slice.call(table.querySelectorAll('thead th[data-sort]'));
  headers.forEach(function (th) {
    th.querySelector('button').addEventListener('click', function () {
      var key = th.dataset.sort;
      var dir = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
      headers.forEach(function (h) { h.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', dir);
      var numeric = th.dataset.type === 'number';
      var sign = dir === 'ascending' ? 1 : -1;
      var sorted = bodies.slice().sort(function (a, b) {
        var x = a.dataset[key] || '', y = b.dataset[key] || '';
        var c = numeric ? (Number(x || -1) - Number(y || -1)) : x.localeCompare(y);
        return c !== 0 ? c * sign : Number(a.dataset.index) - Number(b.dataset.index);
      });
      sorted.forEach(function (b) { table.appendChild(b); });
    });
  });

  var form = document.querySelector('form.filters');
  var shown = document.getElementById('shown');
  function value(id) { var el = document.getElementById(id); return el ? el.value : ''; }
  function apply() {
    var team = value('f-team'), verdict = value('f-verdict'), availability = value('f-availability');
    var licence = value('f-licence').trim().toLowerCase();
    var count = 0;
    bodies.forEach(function (b) {
      var ok = (!team || b.dataset.team === team) && (!verdict || b.dataset.verdict === verdict) &&
        (!availability || b.dataset.availability === availability) &&
        (!licence || (b.dataset.licences || '').toLowerCase().indexOf(licence) !== -1);
      b.hidden = !ok;
      if (ok) count++;
    });
    if (shown) shown.textContent = shown.dataset.template
      .replace('{shown}', String(count)).replace('{total}', String(bodies.length));
  }
  if (form) {
    form.addEventListener('input', apply);
    form.addEventListener('change', apply);
    form.addEventListener('submit', function (event) { event.preventDefault(); apply(); });
    form.addEventListener('reset', function () { setTimeout(apply, 0); });
  }
})();
`;
