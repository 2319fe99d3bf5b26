/**
 * `scan --stats`: the requests a scan made, by host kind, printed on stderr at the end, so a
 * reviewer sees what a run cost against the registries' budgets (the Hub's /api: 500 per 5 minutes
 * anonymous; its resolvers: 3,000) and how much a warm cache saved.
 */
import { type HostFigures, POOL_KINDS, type PoolKind } from '../sources/pools.js';

/** The figures as a small table: made, served from disk, answered 304, retried, made per release. */
export function formatStats(figures: Record<PoolKind, HostFigures>, releases: number): string {
  const total = POOL_KINDS.reduce(
    (sum, k) => ({
      made: sum.made + figures[k].made,
      cached: sum.cached + figures[k].cached,
      revalidated: sum.revalidated + figures[k].revalidated,
      retried: sum.retried + figures[k].retried,
    }),
    { made: 0, cached: 0, revalidated: 0, retried: 0 },
  );
  const per = (n: number) => (releases > 0 ? (n / releases).toFixed(2) : '-');
  const row = (name: string, f: HostFigures) =>
    [
      name.padEnd(10),
      ...[f.made, f.cached, f.revalidated, f.retried].map((n) => String(n).padStart(8)),
      per(f.made).padStart(12),
    ].join(' ');
  return [
    `requests of this scan (${releases} releases):`,
    [
      'host'.padEnd(10),
      ...['made', 'cached', '304', 'retried'].map((h) => h.padStart(8)),
      'per release'.padStart(12),
    ].join(' '),
    ...POOL_KINDS.map((k) => row(k, figures[k])),
    row('total', total),
    '',
  ].join('\n');
}
