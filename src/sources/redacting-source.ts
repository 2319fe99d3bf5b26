/**
 * A source whose every output has passed the redactor: the last gate between upstream text and
 * the reports, applied by createSources to every source it builds.
 */
import type { Redact } from './redact.js';
import { redactDeep } from './redact.js';
import type { Source } from './source.js';

/**
 * The source with everything it returns redacted: release ids and origins, listing failures,
 * and the whole evidence record (facts, raw metadata, texts, failures). A release's `listing`
 * (what inspect reads back, e.g. the real clone URL) is passed on untouched and never reported.
 */
export function redacting(source: Source, redact: Redact): Source {
  return {
    ...source,
    async discover(team, call) {
      const found = await source.discover(team, call);
      return {
        releases: found.releases.map((r) => ({ ...r, id: redact(r.id), origin: redact(r.origin) })),
        failures: redactDeep(found.failures, redact),
      };
    },
    async inspect(release, call) {
      return redactDeep(await source.inspect(release, call), redact);
    },
  };
}
