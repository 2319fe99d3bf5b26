import type { Format } from '../options.js';
import type { Report } from '../types.js';
import { renderCycloneDx } from './cyclonedx.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderSarif } from './sarif.js';
import { renderTable } from './table.js';

/** What every renderer may use besides the report. */
export interface RenderOptions {
  verbose: boolean;
  colour: boolean;
  /** Where the full JSON report is, for renderers that must truncate. */
  reportPath?: string;
  /** Columns the table must fit in (the terminal's); 100 when absent. */
  width?: number;
  /** Language of human text. */
  lang?: 'en' | 'ko';
  /** The programme file's text, so SARIF can point at the line declaring each model or team. */
  programmeText?: string;
}

/** One renderer per available format; a format is offered only when its renderer exists. */
export const RENDERERS: Partial<Record<Format, (report: Report, options: RenderOptions) => string>> = {
  table: (report, options) => renderTable(report, options),
  json: (report) => renderJson(report),
  html: (report, options) => renderHtml(report, options),
  markdown: (report, options) => renderMarkdown(report, options),
  cyclonedx: (report) => renderCycloneDx(report),
  sarif: (report, options) =>
    renderSarif(report, {
      ...(options.programmeText === undefined ? {} : { programmeText: options.programmeText }),
      ...(options.lang ? { lang: options.lang } : {}),
    }),
};

/** Formats that can be rendered now. */
export function availableFormats(): Format[] {
  return Object.keys(RENDERERS) as Format[];
}
