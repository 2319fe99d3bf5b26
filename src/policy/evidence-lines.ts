import type { ResolvedLicence } from '../detect/resolve.js';
import type { Evidence } from '../types.js';
import { quoteExtra } from './licence-checks.js';

const pct = (x: number) => `${Math.round(x * 100)}%`;

/**
 * Provenance lines for the report: what was read from where, what each text was identified as,
 * the text a modified licence adds (quoted, so a reviewer reads it), and what could not be read.
 */
export function evidenceLines(evidence: Evidence, resolved: ResolvedLicence): string[] {
  const { facts } = evidence;
  const lines = [
    `${facts.source} metadata${facts.revision ? ` at ${facts.revision.slice(0, 12)}` : ''}, fetched ${evidence.fetchedAt}`,
  ];
  for (const d of facts.declaredLicences)
    lines.push(`declared by ${d.origin}: ${d.value}${d.name ? ` (name ${d.name})` : ''}`);
  for (const d of resolved.detections) {
    // Not given to the engine, or the engine failed on it: the reason, not a quote.
    if (d.matcher === 'too-long' || d.matcher === 'failed') {
      lines.push(`${d.file}: not identified (${d.extra?.[0] ?? d.matcher})`);
      continue;
    }
    lines.push(
      d.licence
        ? `${d.file}: ${d.licence} by ${d.matcher} (${pct(d.confidence)})`
        : `${d.file}: not identified${d.closest ? ` (closest ${d.closest.licence} ${pct(d.closest.confidence)})` : ''}`,
    );
    const quote = quoteExtra(d.extra);
    if (quote) lines.push(`${d.file}: text beyond the reference: "${quote}"`);
  }
  for (const t of resolved.unreadable) lines.push(`${t.path}: not read (${t.error ?? 'unknown error'})`);
  for (const p of facts.problems ?? []) lines.push(`${p.code}: ${p.message}${p.url ? ` (${p.url})` : ''}`);
  return lines;
}
