// Every character a replacement of md() starts from.
const MD_SPECIAL = /[&<\\`*[\]#|~_>\r\n]/;

/**
 * Text for a GitHub-flavoured Markdown table cell or paragraph, escaped only where Markdown or
 * GitHub's HTML would read it as something else, so the raw text stays readable (`<= 50%` stays
 * `<= 50%`):
 * - `<` only where it could open HTML or an autolink: before a letter (`<img`, `<https:`), `/`
 *   (`</summary>`), `!` (`<!--`) or `?` (`<?php`); `>` then closes nothing;
 * - `&` only where it would start an entity (`&lt;`, `&#60;`), so `AT&T` stays as it is;
 * - Markdown punctuation that could format or link is backslash-escaped (`(` alone cannot link once
 *   `[` and `]` are escaped); `_` only at a word's edge, since `EXAONE_1_2` cannot emphasise;
 * - `|` cannot end a cell, newlines cannot end a row, a leading `>` cannot open a quote.
 */
export function md(value: string | number): string {
  const text = String(value);
  // Most cells (ids, labels, licence ids) hold none of the characters below: nothing to replace.
  if (!MD_SPECIAL.test(text)) return text;
  return text
    .replace(/&(?=#?\w+;)/g, '&amp;')
    .replace(/<(?=[A-Za-z/!?])/g, '&lt;')
    .replace(/([\\`*[\]#|~])/g, '\\$1')
    .replace(/_/g, (_, at: number, all: string) =>
      /[\p{L}\p{N}]/u.test(all[at - 1] ?? '') && /[\p{L}\p{N}]/u.test(all[at + 1] ?? '') ? '_' : '\\_',
    )
    .replace(/^(\s*)>/, '$1\\>')
    .replace(/\r?\n/g, ' ');
}

/** Text inside an HTML element of a Markdown document (`<summary>`): HTML-escaped only. */
export function mdHtml(value: string | number): string {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r?\n/g, ' ');
}

/** One Markdown table: header row, alignment row, body rows; cells must already be escaped. */
export function mdTable(header: string[], align: ('l' | 'r')[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(align.map((a) => (a === 'r' ? '---:' : '---'))), ...rows.map(line)].join('\n');
}
