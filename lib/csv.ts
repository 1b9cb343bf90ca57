/**
 * CSV for spreadsheets used in the Netherlands: `;` separates cells (Dutch Excel reads `,` as the
 * decimal sign), CRLF ends rows, and the file starts with a byte order mark so Excel reads UTF-8.
 * Cells that a spreadsheet would run as a formula are neutralised (OWASP "CSV injection").
 */
export const CSV_BOM = "\uFEFF";
export const CSV_SEPARATOR = ";";

export type CsvCell = string | number | boolean | null | undefined;

// A leading = + - @ starts a formula; tab and carriage return can hide one after them.
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  // Quote separators, quotes, line breaks, and outer spaces a spreadsheet would otherwise trim.
  return /[";\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: readonly CsvCell[]): string {
  return `${cells.map(csvCell).join(CSV_SEPARATOR)}\r\n`;
}

/** A whole file: the byte order mark, the header row and the rows. */
export function toCsv(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  let out = CSV_BOM + csvRow(header);
  for (const row of rows) out += csvRow(row);
  return out;
}

/**
 * A file in pieces, for streaming a long export: the BOM with the header row first, then one piece
 * per batch of rows, so the whole file never has to sit in memory.
 */
export async function* csvChunks(
  header: readonly string[],
  batches: AsyncIterable<readonly (readonly CsvCell[])[]>,
): AsyncGenerator<string> {
  yield CSV_BOM + csvRow(header);
  for await (const rows of batches) {
    if (rows.length) yield rows.map(csvRow).join("");
  }
}
