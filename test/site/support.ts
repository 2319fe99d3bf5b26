// Helpers of the site's tests (not a test file itself).
import { readFileSync } from 'node:fs';
import type { SiteInput } from '../../src/report/site.js';
import type { Report } from '../../src/types.js';

/** A round's report from the fixtures, as `openquota site` reads it, optionally edited. */
export function input(name: 'round-1' | 'round-2', edit: (r: Report) => void = () => {}): SiteInput {
  const file = `test/fixtures/reports/${name}.json`;
  const report = JSON.parse(readFileSync(file, 'utf8')) as Report;
  edit(report);
  return { file, text: JSON.stringify(report), report };
}
