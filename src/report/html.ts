import type { Report } from '../types.js';
import { escapeHtml as h } from './html-escape.js';
import { modelsSection } from './html-models.js';
import { page, pageFooter, pageHeader } from './html-page.js';
import { teamsSection } from './html-teams.js';
import { type Lang, t } from './i18n/index.js';

/**
 * The HTML dashboard: one self-contained file (inline CSS and script, no network, works from
 * file://) with a bar per team and a sortable, filterable table of every release and its evidence.
 */
export function renderHtml(report: Report, options: { lang?: Lang } = {}): string {
  const lang = options.lang ?? 'en';
  const title = `${t(lang, 'report.title')} — ${report.programme.title}`;
  const body = `${pageHeader(report, lang, t(lang, 'report.title'))}
<main>
<noscript><p>${h(t(lang, 'noscript'))}</p></noscript>
${teamsSection(report, lang)}
${modelsSection(report, lang)}
</main>
${pageFooter(report, lang)}`;
  return page({ lang, title, body, data: report, script: true });
}
