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
  // The same classes in Chinese, where each character is a word (normalise.ts): 不 (not, 不得 must
  // not), 非 (non-, 非商业 non-commercial), 无 (without), 未 (not, 未经 without), 勿 (do not), 禁 (forbid),
  // 仅 / 只 (only), 须 / 必 (must). Ambiguous characters stay out: 可 is in 许可 (licence), 应 in 应用
  // (application), 得 in 获得 (obtain), 除 in 删除 (delete).
  '不',
  '非',
  '无',
  '未',
  '勿',
  '禁',
  '仅',
  '只',
  '须',
  '必',
]);

// Words carrying a negating prefix that the normaliser joins ("non-commercial" -> "noncommercial").
const NEGATING_PREFIX = /^non[a-z]/;

/** True for a negation, modal verb or restrictive focus word (normalised, lower-case). */
export function isSubstantiveWord(word: string): boolean {
  return WORDS.has(word) || NEGATING_PREFIX.test(word);
}
