import Table from "cli-table3";

/**
 * Tables that fit the terminal: columns get their natural width when the table fits in
 * `width`; otherwise the widest columns shrink and their cells wrap at word boundaries
 * (a word longer than its column is split only then); when even that leaves a column
 * narrower than 8 characters, the table is printed vertically, one "header: value" line per
 * cell and a blank line between rows.
 */

/** Width used when the output is not a terminal (files, pipes): wide enough for most tables. */
export const DEFAULT_WIDTH = 160;

const MIN_COLUMN = 8;

/**
 * Renders rows under headers within `width` characters. Columns listed in `whole` (ids a user
 * greps for) keep their natural width; the others shrink.
 * @example renderTable(["a", "b"], [["1", "2"]], 80) // a two-column table
 */
export function renderTable(headers: readonly string[], rows: readonly (readonly string[])[], width: number = DEFAULT_WIDTH, options: { whole?: readonly number[] } = {}): string {
  const natural = headers.map((h, j) => Math.max(visibleLength(h), ...rows.map((r) => Math.max(...String(r[j] ?? "").split("\n").map(visibleLength)))) + 2);
  const borders = headers.length + 1;
  const total = natural.reduce((a, b) => a + b, 0) + borders;
  let widths = natural;
  if (total > width) {
    const whole = new Set(options.whole ?? []);
    const kept = natural.reduce((sum, w, j) => sum + (whole.has(j) ? w : 0), 0);
    const shrunk = shrink(natural.filter((_, j) => !whole.has(j)), width - borders - kept);
    widths = natural.map((w, j) => (whole.has(j) ? w : shrunk.shift()!));
    if (widths.some((w) => w < MIN_COLUMN)) return vertical(headers, rows);
  }
  // Cells are wrapped here, not by cli-table3, which truncates a word longer than its column
  // ("coupled-tls/hea…"); a claim id must stay whole enough to grep, so it breaks after '/' or '-'.
  const wrapCell = (cell: string, j: number): string => wrapText(cell, widths[j]! - 2, { breakLongWords: true });
  const table = new Table({ head: headers.map(wrapCell), style: { head: [], border: [] }, colWidths: widths });
  for (const r of rows) table.push(headers.map((_, j) => wrapCell(String(r[j] ?? ""), j)));
  return table.toString();
}

/** Shrinks the widest columns first until the sum fits `available`. */
function shrink(natural: readonly number[], available: number): number[] {
  const widths = [...natural];
  let excess = widths.reduce((a, b) => a + b, 0) - available;
  while (excess > 0) {
    const widest = Math.max(...widths);
    const second = Math.max(...widths.filter((w) => w < widest), MIN_COLUMN - 1);
    const columns = widths.map((w, j) => (w === widest ? j : -1)).filter((j) => j >= 0);
    const step = Math.min(widest - second, Math.ceil(excess / columns.length));
    if (step <= 0) break;
    for (const j of columns) widths[j] -= step;
    excess -= step * columns.length;
  }
  return widths;
}

function vertical(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  return rows.map((r) => headers.map((h, j) => `${h}: ${r[j] ?? ""}`).join("\n")).join("\n\n");
}

/** Terminal columns of `text`: code points, less combining marks (the hat of N̂ takes no column). */
export function visibleLength(text: string): number {
  return [...text.replace(/\p{M}/gu, "")].length;
}

/** Splits a word wider than `width`, preferably just after a '/' or '-' in its second half. */
function splitLongWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  let rest = word;
  while (visibleLength(rest) > width) {
    const chars = [...rest];
    let cut = width;
    for (let k = width; k > width / 2; k--) {
      if (chars[k - 1] === "/" || chars[k - 1] === "-") {
        cut = k;
        break;
      }
    }
    pieces.push(chars.slice(0, cut).join(""));
    rest = chars.slice(cut).join("");
  }
  pieces.push(rest);
  return pieces;
}

/**
 * Prose wrapped at word boundaries to `width` columns; existing line breaks are kept. A word
 * longer than the width stays whole on its own line unless `breakLongWords` is set.
 * @example wrapText("a b c", 3) // "a b\nc"
 */
export function wrapText(text: string, width: number = DEFAULT_WIDTH, options: { breakLongWords?: boolean } = {}): string {
  return text
    .split("\n")
    .map((line) => {
      const words = options.breakLongWords ? line.split(" ").flatMap((w) => splitLongWord(w, Math.max(1, width))) : line.split(" ");
      const lines: string[] = [];
      let current = "";
      for (const word of words) {
        if (current === "") current = word;
        else if (visibleLength(current) + 1 + visibleLength(word) <= width) current += ` ${word}`;
        else {
          lines.push(current);
          current = word;
        }
      }
      lines.push(current);
      return lines.join("\n");
    })
    .join("\n");
}
