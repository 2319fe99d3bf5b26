import type { Report } from '../types.js';
import { rememberedReasonKeys } from './html-finding.js';
import { modelsSection } from './html-models.js';
import { page, pageFooter, pageHeader } from './html-page.js';
import { headlineSection, teamsSection } from './html-teams.js';
import { dashboardView } from './html-view.js';
import { type Lang, t } from './i18n/index.js';

/** What the dashboard may be given besides the report. */
export interface HtmlOptions {
  lang?: Lang;
  /** HTML placed above the page header: the public site's navigation (site-page.ts). */
  nav?: string;
}

/**
 * The HTML dashboard: one self-contained file (inline CSS and script, no network, works from
 * file://) that leads with the answer (how many teams fail), explains each team (a stacked bar by
 * verdict against the threshold, its reasons counted, its exclusions explained) and lists every
 * release grouped by team, most severe first, with its reason and its evidence a click away.
 */
export function renderHtml(report: Report, options: HtmlOptions = {}): string {
  const lang = options.lang ?? 'en';
  const keyOf = rememberedReasonKeys();
  const title = `${t(lang, 'report.title')} — ${report.programme.title}`;
  const body = `${options.nav ?? ''}${pageHeader(report, lang, t(lang, 'report.title'))}
<main>
${headlineSection(report, lang)}
${teamsSection(report, lang, keyOf)}
${modelsSection(report, lang, keyOf)}
</main>
${pageFooter(report, lang)}`;
  return page({
    lang,
    title,
    body,
    data: dashboardView(report, lang, keyOf),
    dataId: 'openquota-view',
    script: true,
  });
}
