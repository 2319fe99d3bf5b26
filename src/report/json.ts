import type { Report } from '../types.js';

/** The JSON report (`openquota/report@1`), stable key order, newline-terminated. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
