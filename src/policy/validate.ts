/**
 * What a schema cannot check in a policy, checked once when it is loaded (pure): every glob
 * compiles, every approved id is a licence openquota knows (or is marked as the ministry's own),
 * and waivers that have expired are pointed out. Problems refuse the policy; warnings are printed
 * and the policy is used (an id written in the wrong case is normalised, with a warning).
 */
import picomatch from 'picomatch';
import { closest } from '../config/problems.js';
import { licenceEntries } from '../detect/corpus.js';
import { lookupLicence } from '../detect/licences.js';
import { spdxLicenceIds } from '../spdx/ids.js';
import { matchesGlob } from './glob.js';
import type { Policy } from './schema.js';

/** A problem or warning at a path of the policy document. */
export interface PolicyNote {
  path: (string | number)[];
  message: string;
  fix?: string;
}

/** What refuses a policy, and what is only pointed out. */
export interface PolicyCheck {
  problems: PolicyNote[];
  warnings: PolicyNote[];
}

let knownIds: string[] | undefined;

/** Every licence id the engine knows: SPDX ids, and the ids and aliases of the licence corpus. */
function allKnownIds(): string[] {
  knownIds ??= [...spdxLicenceIds, ...licenceEntries().flatMap((e) => [e.id, ...e.aliases])];
  return knownIds;
}

/**
 * Why a glob cannot be what its author meant, or undefined. picomatch reads an unclosed `[` as a
 * literal (`CC-BY-NC[` would deny only an id ending in a bracket) and an unclosed `{` as a
 * pattern matching nothing, so both would silently deny nothing: they are refused instead.
 */
export function globProblem(pattern: string): string | undefined {
  const open: string[] = [];
  const pairs: Record<string, string> = { ']': '[', '}': '{', ')': '(' };
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[' || c === '{' || c === '(') open.push(c);
    else if (c in pairs) {
      if (open.at(-1) !== pairs[c]) return `"${c}" at position ${i + 1} closes nothing`;
      open.pop();
    }
  }
  if (open.length > 0) return `"${open.at(-1)}" is never closed`;
  try {
    // `$^` is picomatch's regex for a pattern it could not read: it matches nothing.
    if (picomatch.makeRe(pattern).source === '$^') return 'it matches nothing';
  } catch (error) {
    return (error as Error).message;
  }
  return undefined;
}

// `LicenseRef-MIT-modified`, `LicenseRef-llama3.1-renamed`: ids the engine derives from a known base.
const DERIVED = /^LicenseRef-(.+)-(modified|renamed)$/;

/** The canonical spelling of an id the engine knows (derived ids included), or undefined. */
function canonical(id: string): string | undefined {
  const known = lookupLicence(id)?.id;
  if (known) return known;
  const m = DERIVED.exec(id);
  if (!m) return undefined;
  const base = lookupLicence(m[1]!) ?? lookupLicence(`LicenseRef-${m[1]}`);
  return base ? `LicenseRef-${base.id.replace(/^LicenseRef-/, '')}-${m[2]!.toLowerCase()}` : undefined;
}

type Raw = {
  licences?: { approve?: unknown; deny?: unknown };
  waivers?: unknown;
};

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Checks `licences.approve`; returns the canonical spelling to use for each entry (by index). */
function checkApproved(raw: Raw, check: PolicyCheck): Map<number, string> {
  const use = new Map<number, string>();
  const seen = new Set<string>();
  list(raw.licences?.approve).forEach((entry, i) => {
    const path = ['licences', 'approve', i];
    const custom = typeof entry === 'object' && entry !== null;
    const id = custom ? (entry as { id?: unknown }).id : entry;
    if (typeof id !== 'string') return; // the schema reports it
    let result = id;
    if (custom) {
      const known = canonical(id);
      if (known) {
        check.warnings.push({
          path,
          message: `"${id}" is a licence the engine knows, not a custom one`,
          fix: `write it as "${known}" (the engine's flags then apply to it)`,
        });
      }
    } else if (/\s/.test(id.trim())) {
      check.problems.push({ path, message: `"${id}" is not one licence id`, fix: 'list one id per entry' });
    } else {
      const known = canonical(id);
      if (!known) {
        const near = closest(id, allKnownIds());
        const own = id.startsWith('LicenseRef-')
          ? `; if it is the ministry's own licence, write {id: ${id}, custom: true}`
          : '';
        check.problems.push({
          path,
          message: `"${id}" is not an SPDX id or a licence openquota knows`,
          fix: `${near ? `did you mean "${near}"?` : 'use an SPDX id, e.g. CC-BY-4.0'}${own}`,
        });
      } else if (known !== id) {
        check.warnings.push({
          path,
          message: `"${id}" is spelled "${known}": used as "${known}"`,
          fix: `write "${known}"`,
        });
        result = known;
      }
    }
    if (seen.has(result.toLowerCase())) check.warnings.push({ path, message: `"${result}" is listed twice` });
    seen.add(result.toLowerCase());
    use.set(i, result);
  });
  return use;
}

function checkDeny(raw: Raw, check: PolicyCheck): void {
  list(raw.licences?.deny).forEach((pattern, i) => {
    if (typeof pattern !== 'string' || pattern === '') return;
    const path = ['licences', 'deny', i];
    const why = globProblem(pattern);
    if (why) {
      check.problems.push({
        path,
        message: `the glob "${pattern}" does not compile: ${why}`,
        fix: 'e.g. "CC-BY-NC*"',
      });
      return;
    }
    // A deny glob that matches no id openquota knows denies nothing today: most likely a typo.
    if (!allKnownIds().some((id) => matchesGlob(id, pattern))) {
      const near = closest(pattern.replace(/[*?]/g, ''), allKnownIds());
      check.warnings.push({
        path,
        message: `the glob "${pattern}" matches no licence id openquota knows, so it denies nothing`,
        fix: near ? `did you mean "${near}"?` : 'check the spelling against SPDX ids',
      });
    }
  });
}

function checkWaivers(raw: Raw, today: string, check: PolicyCheck): void {
  list(raw.waivers).forEach((w, i) => {
    const { release, expires } = (typeof w === 'object' && w !== null ? w : {}) as Record<string, unknown>;
    const why = typeof release === 'string' && release !== '' ? globProblem(release) : undefined;
    if (why) {
      check.problems.push({
        path: ['waivers', i, 'release'],
        message: `the glob "${String(release)}" does not compile: ${why}`,
        fix: 'e.g. "org/model-*"',
      });
    }
    if (typeof expires === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(expires) && expires < today) {
      check.warnings.push({
        path: ['waivers', i, 'expires'],
        message: `the waiver for "${String(release)}" expired on ${expires}: it no longer applies`,
        fix: 'remove it, or give a new expiry date the ministry agreed',
      });
    }
  });
}

/**
 * Checks a policy document (the merged YAML value, valid or not: so these problems are reported
 * together with the schema's) against what exists, as of `today` (YYYY-MM-DD). `normalise` turns
 * the schema-valid policy into the one used: approved ids in their canonical spelling.
 */
export function checkPolicy(
  raw: unknown,
  today: string,
): { problems: PolicyNote[]; warnings: PolicyNote[]; normalise: (policy: Policy) => Policy } {
  const check: PolicyCheck = { problems: [], warnings: [] };
  const doc = (typeof raw === 'object' && raw !== null ? raw : {}) as Raw;
  const use = checkApproved(doc, check);
  checkDeny(doc, check);
  checkWaivers(doc, today, check);
  return {
    ...check,
    normalise: (policy) => ({
      ...policy,
      licences: { ...policy.licences, approve: policy.licences.approve.map((id, i) => use.get(i) ?? id) },
    }),
  };
}
