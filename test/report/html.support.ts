// Helpers of the dashboard's tests (not a test file itself).
import type { DashboardView } from '../../src/report/html-view.js';

/** The dashboard's embedded view (html-view.ts): its JSON text and the view parsed. */
export function viewOf(html: string): { json: string; view: DashboardView } {
  const json = /<script type="application\/json" id="openquota-view">([\s\S]*?)<\/script>/.exec(html)![1]!;
  return { json, view: JSON.parse(json) as DashboardView };
}
