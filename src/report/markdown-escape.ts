/**
 * Text for a GitHub-flavoured Markdown table cell or paragraph: HTML is escaped (GitHub renders
 * it), Markdown punctuation that could format or link is backslash-escaped (`(` alone cannot
 * link once `[` and `]` are escaped), `|` cannot end a cell, newlines cannot end a row.
 */
export function md(value: string | number): string {
  return String(value)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([\\`*_[\]#|~])/g, '\\$1')
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
