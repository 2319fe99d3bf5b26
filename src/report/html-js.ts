import { CSV_JS } from './html-js-csv.js';
import { RENDER_JS } from './html-js-render.js';

/**
 * The dashboard's script, inlined (no external file, works from file://). It reads the embedded
 * view (html-view.ts), filters and sorts every release in memory, and writes only the rows a
 * reader can reach: the first CHUNK, then more as the list scrolls near its end (or on "show
 * more"; all of them before printing). So 8,000 releases cost 8,000 array entries, not 900,000
 * elements. Filters, sort and the open release live in the URL's hash
 * (`#team=upstage&verdict=non-compliant&sort=licence`), so a link reproduces the view.
 */
export const JS = `(function () {
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
