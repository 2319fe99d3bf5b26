import { createHash } from 'node:crypto';
import type { Report } from '../types.js';
import { formatTime } from './format.js';
import { CSS } from './html-css.js';
import { escapeHtml as h, jsonForScript } from './html-escape.js';
import { JS } from './html-js.js';
import { type Lang, statusLabel, t } from './i18n/index.js';
import { percent } from './symbols.js';

/** What a page holds besides the stylesheet: its title, body and the data it embeds. */
export interface PageParts {
  lang: Lang;
  title: string;
  body: string;
  /** Embedded as `<script type="application/json" id="openquota-data">` (or `dataId`); none when undefined. */
  data?: unknown;
  dataId?: string;
  /** Whether the dashboard script (sorting, filtering, evidence toggles) is needed. */
  script: boolean;
}

/**
 * A whole self-contained page. The Content-Security-Policy forbids every network load, and lets
 * only our own script run (by its hash; none on pages without it), so an id that slipped past
 * escaping still could not act.
 */
export function page(parts: PageParts): string {
  // A page without our script allows no script at all (default-src 'none' covers script-src).
  const script = parts.script
    ? [`script-src 'sha256-${createHash('sha256').update(JS).digest('base64')}'`]
    : [];
  const csp = [
    "default-src 'none'",
    "style-src 'unsafe-inline'",
    ...script,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return `<!doctype html>
<html lang="${parts.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<title>${h(parts.title)}</title>
<style>${CSS}</style>
</head>
<body>
${parts.body}
${parts.data === undefined ? '' : `<script type="application/json" id="${parts.dataId ?? 'openquota-data'}">${jsonForScript(parts.data)}</script>\n`}${parts.script ? `<script>${JS}</script>\n` : ''}</body>
</html>
`;
}

/** The page header: what this is, the programme and policy it judges, and when it was generated. */
export function pageHeader(report: Report, lang: Lang, heading: string): string {
  return `<header class="top">
<h1>${h(heading)}</h1>
<p class="programme">${h(report.programme.title)}</p>
<dl>
<div><dt>${h(t(lang, 'report.policy'))}</dt><dd>${h(report.policy.title)} (<code>${h(report.policy.id)}</code>)</dd></div>
<div><dt>${h(t(lang, 'report.generated'))}</dt><dd><time datetime="${h(report.generatedAt)}">${h(formatTime(report.generatedAt))}</time></dd></div>
<div><dt>${h(t(lang, 'report.overall'))}</dt><dd><span class="badge s-${h(report.status)}">${h(statusLabel(lang, report.status))}</span></dd></div>
</dl>
<p class="rule">${h(t(lang, 'report.rule', { threshold: percent(report.policy.threshold) }))}</p>
</header>`;
}

/** The page footer: the tool and version that wrote the report. */
export function pageFooter(report: Report, lang: Lang): string {
  return `<footer>${h(t(lang, 'report.tool', { version: report.tool.version }))} · <code>${h(report.schema)}</code></footer>`;
}
