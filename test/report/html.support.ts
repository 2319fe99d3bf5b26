// Helpers of the dashboard's tests (not a test file itself).
import type { DashboardView } from '../../src/report/html-view.js';
import type { Report } from '../../src/types.js';

/** The dashboard's embedded view (html-view.ts): its JSON text and the view parsed. */
export function viewOf(html: string): { json: string; view: DashboardView } {
  const json = /<script type="application\/json" id="openquota-view">([\s\S]*?)<\/script>/.exec(html)![1]!;
  return { json, view: JSON.parse(json) as DashboardView };
}

/**
 * The English words a Korean page writes of its own: its text (and `extra`, e.g. the script's
 * labels) without markup, `<code>`, and the data the reports hold (ids, names, licences, and the
 * values of findings' args: file names, licence names, the programme's reasons, upstream's own
 * words), but not the findings' English messages: those the page must say in Korean from their
 * code and args. Args that are codes the catalogue translates (availability, how, matcher, origin,
 * variant) are not allowed either. Product and format names, licence ids, versions and
 * placeholders are allowed.
 */
const TRANSLATED_ARGS = new Set(['availability', 'how', 'matcher', 'origin', 'variant', 'waived']);

export function englishLeft(html: string, reports: Report[], extra = ''): string[] {
  const fromReport = new Set<string>(
    reports.flatMap((report) => [
      report.programme.title,
      report.policy.title,
      report.policy.id,
      report.tool.version,
      report.schema,
      ...report.teams.flatMap((t) => [t.id, t.name, ...t.failures.map((f) => f.message)]),
      ...report.teams.flatMap((t) =>
        t.models.flatMap((m) => [
          m.id,
          ...m.reasons.flatMap((r) =>
            Object.entries(r.args ?? {})
              .filter(([k]) => !TRANSLATED_ARGS.has(k))
              .map(([, v]) => String(v)),
          ),
        ]),
      ),
    ]),
  );
  let text = html
    .replace(/<script\b[\s\S]*?<\/script>/g, '')
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<code>[\s\S]*?<\/code>/g, '')
    // The reason filter's options are the reasons' titles (in the labels) and report sentences, cut.
    .replace(/<select id="f-reason">[\s\S]*?<\/select>/, '')
    // The language switch names each language in itself.
    .replace(/<a [^>]*hreflang="en"[^>]*>English<\/a>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  for (const s of [...fromReport].sort((a, b) => b.length - a.length)) text = text.split(s).join(' ');
  const allowed =
    /^(CSV|SPDX|JSON|SVG|Hugging|Face|Hub|GitHub|git|openquota|Apache|MIT|CC|BY|UTC|ID|LICENSE|license|README|id|exclude|json)$/;
  // A token with a digit is a licence id, a version or a date (Apache-2.0, CC-BY-4.0, round-1.json).
  return [...`${text} ${extra}`.matchAll(/[A-Za-z][A-Za-z0-9.+-]*/g)]
    .map((m) => m[0].replace(/[.-]+$/, ''))
    .filter(
      (w) =>
        !/\d/.test(w) &&
        !w.startsWith('LicenseRef-') &&
        !allowed.test(w) &&
        !/^(licence|shown|total|count|left|id|family|name|confidence|team|parameters|threshold)$/.test(w),
    );
}
