import type { Report } from '../types.js';
import { formatTime } from './format.js';
import { escapeHtml as h } from './html-escape.js';
import { type Lang, t } from './i18n/index.js';

/** The languages of the site; each has its own tree (`en/…`, `ko/…`) of the same pages. */
export const SITE_LANGS: Lang[] = ['en', 'ko'];

/** Each language's name in itself, for the switch: a reader looks for their own language's name. */
export const ENDONYM: Record<Lang, string> = { en: 'English', ko: '한국어' };

/** One evaluation round of the site: its report and the id its pages are named by. */
export interface Round {
  /** `2025-09-30`, or `2025-09-30-2` for a second round of the same day. */
  id: string;
  report: Report;
  /** The input file's name (no directory), as the reviewer gave it. */
  file: string;
  sha256: string;
}

/**
 * A page's place in a language tree, `index.html`, `rounds/ID.html` or `teams/ID.html`: every link
 * is relative to it, so the site works from file:// and from any GitHub Pages path.
 */
export type SitePath = 'index.html' | `rounds/${string}.html` | `teams/${string}.html`;

/** The relative link from `from` to `to`, both in the same language tree. */
export function relative(from: SitePath, to: SitePath): string {
  return from.includes('/') ? `../${to}` : to;
}

/** The relative link from `from` in `lang` to the same page in `other`. */
export function sameInOther(from: SitePath, other: Lang): string {
  return `${from.includes('/') ? '../../' : '../'}${other}/${from}`;
}

/** The date of a round for people: `2025-09-30 01:00 UTC`. */
export function roundLabel(round: Round): string {
  return formatTime(round.report.generatedAt);
}

/**
 * The site's navigation bar: home, the rounds, the language switch (to the same page in the
 * other language, marked with its language so a screen reader pronounces it right).
 */
export function siteNav(lang: Lang, at: SitePath, rounds: Round[]): string {
  const link = (to: SitePath, text: string) =>
    `<a href="${h(relative(at, to))}"${to === at ? ' aria-current="page"' : ''}>${h(text)}</a>`;
  const switches = SITE_LANGS.filter((l) => l !== lang)
    .map((l) => `<a href="${h(sameInOther(at, l))}" hreflang="${l}" lang="${l}">${h(ENDONYM[l])}</a>`)
    .join(' ');
  return `<nav class="site" aria-label="${h(t(lang, 'site.nav'))}">
${link('index.html', t(lang, 'site.home'))}
${rounds.map((r) => link(`rounds/${r.id}.html`, r.id)).join('\n')}
<span class="lang"><span class="sr">${h(t(lang, 'site.lang'))}: </span>${switches}</span>
</nav>
`;
}
