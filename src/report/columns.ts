/**
 * Text laid out for a terminal of a given width: display width (Hangul and CJK take two columns),
 * word wrapping, and tables whose cells wrap so that no line is wider than the terminal.
 */

/** Display width of a string: East Asian wide characters (Hangul, CJK) take two columns. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text)
    w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/.test(ch) ? 2 : 1;
  return w;
}

/** `text` cut into pieces no wider than `width`, character by character: for a token with no break in it. */
function hardSplit(text: string, width: number): string[] {
  const out: string[] = [];
  let piece = '';
  for (const ch of text) {
    if (piece && displayWidth(piece + ch) > width) {
      out.push(piece);
      piece = '';
    }
    piece += ch;
  }
  if (piece) out.push(piece);
  return out;
}

/**
 * A word wider than `width` in pieces that fit, broken after `/`, `-`, `_`, `.`, `:` or `,` (the
 * places an id or a URL reads as continuing: `LGAI-EXAONE/` + `EXAONE-4.0-32B`); only a run with
 * none of those that is itself wider than `width` is cut between characters.
 */
function breakWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const segment of word.split(/(?<=[/\-_.:,])/)) {
    if (displayWidth(current + segment) <= width) {
      current += segment;
      continue;
    }
    if (current) pieces.push(current);
    current = '';
    for (const part of displayWidth(segment) > width ? hardSplit(segment, width) : [segment]) {
      if (displayWidth(current + part) <= width) current += part;
      else {
        if (current) pieces.push(current);
        current = part;
      }
    }
  }
  if (current) pieces.push(current);
  return pieces;
}

/**
 * `text` wrapped into lines no wider than `width`, between words; a word wider than a whole line
 * is broken at its punctuation (see breakWord). Runs of spaces collapse to one.
 */
export function wrapText(text: string, width: number): string[] {
  const limit = Math.max(2, width);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/ +/)) {
    if (!word) continue;
    const pieces = displayWidth(word) <= limit ? [word] : breakWord(word, limit);
    pieces.forEach((piece, i) => {
      // Pieces after the first continue the same word: no space before them.
      const sep = line && i === 0 ? ' ' : '';
      if (displayWidth(line + sep + piece) <= limit) line += sep + piece;
      else {
        if (line) lines.push(line);
        line = piece;
      }
    });
  }
  lines.push(line);
  return lines;
}

/** `text` wrapped to `width` with `indent` before the first line and `hanging` before the others. */
export function wrapIndented(text: string, width: number, indent = '', hanging = indent): string[] {
  const first = wrapText(text, width - displayWidth(indent));
  const [head, ...rest] = first;
  if (rest.length === 0) return [`${indent}${head}`];
  // The lines after the first may be narrower (a deeper hanging indent): wrap them again.
  const tail = wrapText(rest.join(' '), width - displayWidth(hanging));
  return [`${indent}${head}`, ...tail.map((l) => `${hanging}${l}`)];
}

const GAP = 2;

function pad(cell: string, width: number, align: 'l' | 'r'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(cell)));
  return align === 'r' ? fill + cell : cell + fill;
}

/** Pads rows into aligned columns, two spaces apart, by display width (no width limit). */
export function alignColumns(rows: string[][], align: ('l' | 'r')[]): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => displayWidth(r[c] ?? ''))));
  return rows.map((r) =>
    r
      .map((cell, c) => pad(cell, widths[c]!, align[c] ?? 'l'))
      .join(' '.repeat(GAP))
      .trimEnd(),
  );
}

/** The widest word of a cell once broken at its punctuation: narrower than this, a cell breaks mid-word. */
function longestWord(cell: string): number {
  return Math.max(0, ...cell.split(/ +|(?<=[/\-_.:,])/).map(displayWidth));
}

/**
 * Column widths for `rows` within `width`. Columns with a `floor` may wrap: they are narrowed one
 * after another, left to right, each down to its floor (never below its longest word) before the
 * next is touched; the others keep their natural width, so an id is never broken. Undefined when
 * that does not fit (the caller lays the rows out one under another instead).
 */
export function fitWidths(
  rows: string[][],
  width: number,
  floors: (number | undefined)[],
): number[] | undefined {
  const columns = rows[0]!.length;
  const widths = rows[0]!.map((_, c) => Math.max(1, ...rows.map((r) => displayWidth(r[c] ?? ''))));
  let excess = widths.reduce((a, b) => a + b, 0) + GAP * (columns - 1) - width;
  for (let c = 0; c < columns && excess > 0; c++) {
    const floor = floors[c];
    if (floor === undefined) continue;
    const word = Math.max(1, ...rows.map((r) => longestWord(r[c] ?? '')));
    const give = Math.max(0, Math.min(excess, widths[c]! - Math.max(word, floor)));
    widths[c]! -= give;
    excess -= give;
  }
  return excess > 0 ? undefined : widths;
}

/**
 * Rows laid out in columns no wider than `widths` (from fitWidths): a cell too long for its
 * column wraps onto the row's next lines, between words.
 */
export function layoutRows(rows: string[][], widths: number[], align: ('l' | 'r')[]): string[][] {
  return rows.map((row) => {
    const cells = row.map((cell, c) => wrapText(cell, widths[c]!));
    const height = Math.max(...cells.map((l) => l.length));
    return Array.from({ length: height }, (_, i) =>
      cells
        .map((lines, c) => pad(lines[i] ?? '', widths[c]!, align[c] ?? 'l'))
        .join(' '.repeat(GAP))
        .trimEnd(),
    );
  });
}

/**
 * Rows one under another, for a terminal too narrow for columns: each row's first cell on a line
 * of its own, the others under it as `header: value · header: value`, and the `ownLine` column
 * (a long reason) on a line of its own; every line wrapped to `width`.
 */
export function stackRows(rows: string[][], width: number, indent: string, ownLine?: number): string[][] {
  const [header, ...body] = rows;
  const labelled = (row: string[], c: number) => (row[c] ? `${header![c]}: ${row[c]}` : '');
  const under = `${indent}  `;
  return body.map((row) => {
    const rest = row
      .map((_, c) => c)
      .filter((c) => c > 0 && c !== ownLine)
      .map((c) => labelled(row, c))
      .filter(Boolean);
    const own = ownLine === undefined ? '' : labelled(row, ownLine);
    return [
      ...wrapIndented(row[0] ?? '', width, indent, under),
      ...(rest.length ? wrapIndented(rest.join(' · '), width, under, `${under}  `) : []),
      ...(own ? wrapIndented(own, width, under, `${under}  `) : []),
    ];
  });
}
