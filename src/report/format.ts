/** Parameter count for people: 32003200768 -> `32.0B`, 149000000 -> `149M`. */
export function formatParameters(n: number | null): string {
  if (n === null) return '–';
  if (n >= 1e9) return `${(n / 1e9).toFixed(1)}B`;
  if (n >= 1e6) return `${Math.round(n / 1e6)}M`;
  if (n >= 1e3) return `${Math.round(n / 1e3)}K`;
  return String(n);
}

/** An ISO time as `2025-09-30 01:00 UTC`: fixed zone, so the same report renders the same everywhere. */
export function formatTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** A confidence 0–1 as a whole percentage. */
export function formatConfidence(c: number): string {
  return `${Math.round(c * 100)}%`;
}
