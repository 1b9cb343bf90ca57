/**
 * CSV for Dutch Excel: UTF-8 with a byte order mark (else Excel reads it as Windows-1252 and mangles
 * "ë"), semicolons (Dutch Excel's list separator, as the decimal comma is taken), CRLF line ends,
 * RFC 4180 quoting, and cells that would start a formula neutralised with a leading apostrophe
 * (OWASP "CSV injection"). Pure.
 */

export type CsvCell = string | number | boolean | null | undefined;

export const CSV_SEPARATOR = ";";
const BOM = "\uFEFF";

/** Characters that make a spreadsheet read a cell as a formula (or DDE command). */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  if (/[";\r\n]/.test(text) || text !== text.trim()) return `"${text.replace(/"/g, '""')}"`;
  return text;
}

export function csvRow(cells: readonly CsvCell[]): string {
  return cells.map(csvCell).join(CSV_SEPARATOR);
}

/** A whole file: the header row and the rows, with the byte order mark first. */
export function toCsv(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  const lines = [csvRow(header)];
  for (const row of rows) lines.push(csvRow(row));
  return `${BOM}${lines.join("\r\n")}\r\n`;
}
