import { escapeHtml as h } from './html-escape.js';
import { type Lang, statusLabel, t } from './i18n/index.js';
import type { Round } from './site-nav.js';
import { percent } from './symbols.js';

/** One line of the chart: a team's share in each round (null where it was not in the round). */
export interface Series {
  name: string;
  points: ({ share: number; status: 'pass' | 'fail' | 'incomplete' } | null)[];
}

// Mid-tone colours that keep 3:1 against both the light and the dark background; each line also
// has its own marker shape and its name at its end, so colour is never the only way to tell them.
const COLOURS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#e377c2', '#8c564b', '#17becf', '#bcbd22'];
const SHAPES = ['circle', 'square', 'diamond', 'triangle'] as const;

const W = 760;
const H = 300;
const M = { top: 16, right: 170, bottom: 36, left: 48 };

function marker(shape: (typeof SHAPES)[number], x: number, y: number, colour: string, title: string): string {
  const fill = `fill="${colour}"`;
  const tip = `<title>${h(title)}</title>`;
  if (shape === 'circle') return `<circle cx="${x}" cy="${y}" r="4.5" ${fill}>${tip}</circle>`;
  if (shape === 'square') return `<rect x="${x - 4}" y="${y - 4}" width="8" height="8" ${fill}>${tip}</rect>`;
  if (shape === 'diamond')
    return `<polygon points="${x},${y - 5.5} ${x + 5.5},${y} ${x},${y + 5.5} ${x - 5.5},${y}" ${fill}>${tip}</polygon>`;
  return `<polygon points="${x},${y - 5.5} ${x + 5.5},${y + 4.5} ${x - 5.5},${y + 4.5}" ${fill}>${tip}</polygon>`;
}

/** End labels pushed apart so none overlaps another (14 px apart at least), in their lines' order. */
function spread(ys: number[]): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  for (let k = 1; k < order.length; k++) order[k]!.y = Math.max(order[k]!.y, order[k - 1]!.y + 14);
  const out: number[] = [];
  for (const o of order) out[o.i] = o.y;
  return out;
}

/**
 * An inline SVG line chart of shares per round, with the threshold as a dashed line, in the
 * page's language: no script, no external file, readable by a screen reader through its title,
 * description and each point's title (and by everyone through the table beside it).
 */
export function shareChart(rounds: Round[], series: Series[], lang: Lang, id: string): string {
  const plotW = W - M.left - M.right;
  const plotH = H - M.top - M.bottom;
  const x = (i: number) => M.left + (rounds.length === 1 ? plotW / 2 : (i * plotW) / (rounds.length - 1));
  const y = (share: number) => M.top + (1 - share) * plotH;
  const r1 = (n: number) => Math.round(n * 10) / 10;
  const grid = [0, 0.25, 0.5, 0.75, 1]
    .map(
      (s) =>
        `<line class="axis" x1="${M.left}" x2="${M.left + plotW}" y1="${r1(y(s))}" y2="${r1(y(s))}"/><text x="${M.left - 6}" y="${r1(y(s)) + 4}" text-anchor="end">${s * 100}%</text>`,
    )
    .join('');
  const ticks = rounds
    .map((r, i) => `<text x="${r1(x(i))}" y="${H - 12}" text-anchor="middle">${h(r.id)}</text>`)
    .join('');
  const limit = rounds.map((r, i) => `${r1(x(i))},${r1(y(r.report.policy.threshold))}`);
  const threshold =
    rounds.length === 1
      ? `<line class="limit" x1="${M.left}" x2="${M.left + plotW}" y1="${r1(y(rounds[0]!.report.policy.threshold))}" y2="${r1(y(rounds[0]!.report.policy.threshold))}"/>`
      : `<polyline class="limit" fill="none" points="${limit.join(' ')}"/>`;
  const ends = spread(
    series.map((s) => {
      const last = s.points
        .map((p, i) => (p ? i : -1))
        .filter((i) => i >= 0)
        .pop();
      return last === undefined ? y(0) : y(s.points[last]!.share);
    }),
  );
  const lines = series
    .map((s, k) => {
      const colour = COLOURS[k % COLOURS.length]!;
      const shape = SHAPES[k % SHAPES.length]!;
      const pts = s.points.flatMap((p, i) => (p ? [[r1(x(i)), r1(y(p.share)), i, p] as const] : []));
      const path =
        pts.length > 1
          ? `<polyline stroke="${colour}" points="${pts.map((p) => `${p[0]},${p[1]}`).join(' ')}"/>`
          : '';
      const marks = pts
        .map(([px, py, i, p]) =>
          marker(
            shape,
            px,
            py,
            colour,
            `${s.name}, ${rounds[i]!.id}: ${percent(p.share)} (${statusLabel(lang, p.status)})`,
          ),
        )
        .join('');
      const label = `<text x="${M.left + plotW + 10}" y="${r1(ends[k]!) + 4}">${h(s.name)}</text>`;
      return `<g>${path}${marks}${label}</g>`;
    })
    .join('');
  const threshold0 = percent(rounds[rounds.length - 1]!.report.policy.threshold);
  return `<figure class="chart">
<svg viewBox="0 0 ${W} ${H}" role="img" aria-labelledby="${id}-t ${id}-d">
<title id="${id}-t">${h(t(lang, 'site.chartTitle'))}</title>
<desc id="${id}-d">${h(t(lang, 'site.chartDesc', { threshold: threshold0 }))}</desc>
${grid}${ticks}${threshold}${lines}
</svg>
<figcaption>${h(t(lang, 'site.chartDesc', { threshold: threshold0 }))}</figcaption>
</figure>`;
}
