/**
 * The YAML front matter block at the top of a model card (a BOM allowed, `---` lines around it): one
 * pattern for the card's body (what follows it) and its declaration (what it holds).
 */
const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/;

/** The card's front matter: its YAML source and where the body after it starts; undefined when none. */
export function frontMatter(text: string): { yaml: string; bodyStart: number } | undefined {
  const m = FRONT_MATTER.exec(text);
  return m ? { yaml: m[1]!, bodyStart: m[0].length } : undefined;
}
