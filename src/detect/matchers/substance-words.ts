/**
 * The closed grammatical classes whose change reverses or narrows a clause whatever else is said:
 * negations ("must not reproduce" for "must reproduce"), modal verbs ("may" for "must") and restrictive
 * focus words ("only", "solely", "except"). A diff hunk of any size that adds or removes one of these
 * is substantive, and they are never covered by the small tolerance of unexplained words. They do not
 * decide that a longer addition is substance: every addition beyond the tolerance is, whatever its words.
 */

const WORDS = new Set([
  // negation
  'not',
  'no',
  'nor',
  'never',
  'none',
  'neither',
  'cannot',
  "can't",
  "don't",
  "doesn't",
  "won't",
  'without',
  // modal verbs
  'must',
  'shall',
  'may',
  'might',
  'should',
  'will',
  'would',
  'can',
  'could',
  // restrictive focus
  'only',
  'solely',
  'exclusively',
  'except',
  'unless',
]);

// Words carrying a negating prefix that the normaliser joins ("non-commercial" -> "noncommercial").
const NEGATING_PREFIX = /^non[a-z]/;

/** True for a negation, modal verb or restrictive focus word (normalised, lower-case). */
export function isSubstantiveWord(word: string): boolean {
  return WORDS.has(word) || NEGATING_PREFIX.test(word);
}
