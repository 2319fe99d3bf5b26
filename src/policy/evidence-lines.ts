import type { ResolvedLicence } from '../detect/resolve.js';
import { codedText } from '../report/i18n/index.js';
import type { Evidence, EvidenceArgs, EvidenceCode, ProvenanceItem } from '../types.js';
import { quoteExtra } from './licence-checks.js';

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** One provenance item, its args typed by its code, absent optional args left out. */
function item<C extends EvidenceCode>(code: C, args: EvidenceArgs[C]): ProvenanceItem {
  const given = args as Record<string, string | number | undefined>;
  return {
    code,
    args: Object.fromEntries(
      Object.entries(given).filter((e): e is [string, string | number] => e[1] !== undefined),
    ),
  };
}

/**
 * Provenance of a release, as data: what was read from where, what each text was identified as
 * (and by which matcher), the text a modified licence adds (quoted, so a reviewer reads it), and
 * what could not be read. The report keeps these (`provenance`) beside their English lines
 * (`evidence`), so the dashboard says them in its language.
 */
export function provenanceItems(evidence: Evidence, resolved: ResolvedLicence): ProvenanceItem[] {
  const { facts } = evidence;
  const items = [
    item('METADATA', {
      source: facts.source,
      revision: facts.revision?.slice(0, 12),
      fetchedAt: evidence.fetchedAt,
    }),
  ];
  for (const d of facts.declaredLicences)
    items.push(item('DECLARED', { origin: d.origin, value: d.value, name: d.name }));
  for (const d of resolved.detections) {
    const file = d.file ?? '';
    // Not given to the engine, or the engine failed on it: the reason, not a quote.
    if (d.matcher === 'too-long' || d.matcher === 'failed') {
      items.push(item('NOT_READ', { file, matcher: d.matcher, detail: d.extra?.[0] ?? d.matcher }));
      continue;
    }
    items.push(
      d.licence
        ? item('IDENTIFIED', { file, licence: d.licence, matcher: d.matcher, confidence: pct(d.confidence) })
        : item('UNIDENTIFIED', {
            file,
            closest: d.closest?.licence,
            confidence: d.closest ? pct(d.closest.confidence) : undefined,
          }),
    );
    const quote = quoteExtra(d.extra);
    if (quote) items.push(item('EXTRA', { file, quote }));
  }
  for (const t of resolved.unreadable) items.push(item('UNREADABLE', { file: t.path, error: t.error }));
  for (const p of facts.problems ?? [])
    items.push(item('PROBLEM', { code: p.code, detail: p.message, url: p.url }));
  return items;
}

/** The provenance items' English lines: the report's `evidence`, said by the catalogue. */
export function evidenceLines(items: ProvenanceItem[]): string[] {
  return items.map((i) => codedText('en', 'evidence', i));
}
