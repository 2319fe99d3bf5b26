import { t } from '../report/i18n/index.js';
import type { Finding, FindingCode } from '../types.js';
import { finding } from './findings.js';
import { matchesGlob } from './glob.js';
import type { Waiver } from './schema.js';

/** The unexpired waiver of `waivers` that covers a finding code on a release, if any. */
export function waiverFor(
  id: string,
  code: FindingCode,
  waivers: Waiver[],
  today: string,
): Waiver | undefined {
  return waivers.find(
    (w) =>
      w.codes.includes(code) &&
      matchesGlob(id, w.release) &&
      // `expires` is the last day the waiver applies (YYYY-MM-DD compares as text).
      (!w.expires || w.expires >= today),
  );
}

/**
 * Applies unexpired waivers: a waived finding stays in the list, as info that no longer decides
 * the verdict, and a WAIVED finding beside it says who approved it, why and until when. The
 * licence result is left alone: a waiver accepts a finding, it does not approve a licence.
 */
export function applyWaivers(id: string, findings: Finding[], waivers: Waiver[], today: string): Finding[] {
  return findings.flatMap((f) => {
    const waiver = waiverFor(id, f.code, waivers, today);
    if (!waiver) return [f];
    const { blocking: _blocking, ...rest } = f;
    // `waived` in the args, so every renderer says "(waived)" in its language.
    const args = { ...(f.args ?? {}), waived: 1 };
    return [
      { ...rest, severity: 'info' as const, args, message: t('en', 'finding.waived', { text: f.message }) },
      finding('WAIVED', 'info', {
        code: f.code,
        approvedBy: waiver.approvedBy,
        reason: waiver.reason,
        expires: waiver.expires,
      }),
    ];
  });
}
