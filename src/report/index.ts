import type { Format } from '../options.js';
import type { Report } from '../types.js';
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

/** A renderer: the report (and options) to the text of one format. */
export type Renderer = (report: Report, options: RenderOptions) => string;

/**
 * One renderer per available format, each loaded when its format is asked for: `render --format
 * table` does not compile CycloneDX or the HTML page. A format is offered only when its renderer exists.
 */
export const RENDERERS: Partial<Record<Format, () => Promise<Renderer>>> = {
  table: async () => (await import('./table.js')).renderTable,
  json: async () => {
    const { renderJson } = await import('./json.js');
    return (report) => renderJson(report);
  },
  html: async () => (await import('./html.js')).renderHtml,
  markdown: async () => (await import('./markdown.js')).renderMarkdown,
  cyclonedx: async () => {
    const { renderCycloneDx } = await import('./cyclonedx.js');
    return (report) => renderCycloneDx(report);
  },
  sarif: async () => {
    const { renderSarif } = await import('./sarif.js');
    return (report, options) =>
      renderSarif(report, {
        ...(options.programmeText === undefined ? {} : { programmeText: options.programmeText }),
        ...(options.lang ? { lang: options.lang } : {}),
      });
  },
};

/** Formats that can be rendered now. */
export function availableFormats(): Format[] {
  return Object.keys(RENDERERS) as Format[];
}
