import { parse as parseCsv, CsvError } from "csv-parse/sync";
import { ParameterError } from "../core/errors.js";

/**
 * Reading a user's solver output for `qtherm compare`: JSON or CSV with one column per
 * quantity, named as in the golden's schema.
 *
 * JSON: a golden-like object `{ "data": { "<column>": [...] } }`, `{ "columns": { ... } }`,
 * or a plain object of equally long number arrays.
 * CSV (read by csv-parse, the node-csv project's parser): a header line of column names,
 * then one row per grid point; quoted fields ("a, b" and "" escapes), a UTF-8 byte-order
 * mark, CRLF or LF line ends and `#` comment lines are accepted; the delimiter is detected
 * from the header (comma, semicolon or tab — the one that occurs most outside quotes) unless
 * given. Numbers are plain decimals ("1.5e-3"); NaN, Infinity, hex and empty cells are
 * refused naming the column and the file line.
 */

/** The parsed columns, and for CSV the file line of each data row (for messages). */
export interface UserData {
  readonly columns: Record<string, number[]>;
  /** 1-based file line of each data row (CSV); undefined for JSON. */
  readonly lines?: readonly number[];
  /** The CSV delimiter used. */
  readonly delimiter?: string;
}

/** Largest file read (bytes): a stated limit, so a huge file fails with a message, not out of memory. */
export const MAX_USER_FILE_BYTES = 64 * 1024 * 1024;

/** CSV delimiters recognised by detection (and accepted by --delimiter). */
export const CSV_DELIMITERS = [",", ";", "\t"] as const;

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Parses a user's file (text already read; see MAX_USER_FILE_BYTES).
 * Throws ParameterError naming the file, line, column and value for every defect.
 * @example parseUserData("x,y\n1,2\n", "csv", "f.csv").columns // { x: [1], y: [2] }
 */
export function parseUserData(text: string, format: "json" | "csv", origin: string, options: { delimiter?: string } = {}): UserData {
  return format === "json" ? { columns: parseJsonData(text, origin) } : parseCsvData(text, origin, options.delimiter);
}

function parseJsonData(text: string, origin: string): Record<string, number[]> {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new ParameterError("file", origin, `valid JSON (or a .csv file): ${(error as Error).message}`, { cause: error });
  }
  const container = (isRecord(json) && isRecord(json.data) ? json.data : isRecord(json) && isRecord(json.columns) ? json.columns : json) as unknown;
  if (!isRecord(container)) throw new ParameterError("file", origin, 'a JSON object of columns: { "<column>": [numbers…] }');
  const out: Record<string, number[]> = {};
  for (const [name, column] of Object.entries(container)) {
    if (!Array.isArray(column)) continue;
    out[name] = column.map((v, i) => {
      const value = typeof v === "number" ? v : typeof v === "string" && DECIMAL.test(v.trim()) ? Number(v) : NaN;
      if (!Number.isFinite(value)) throw new ParameterError(`${origin}: ${name}[${i}]`, v, "a finite number (NaN, null, Infinity and non-numeric strings are rejected)");
      return value;
    });
  }
  if (Object.keys(out).length === 0) throw new ParameterError("file", origin, "at least one column given as an array of numbers");
  return out;
}

/** The delimiter of a CSV: the candidate occurring most often in the header line outside quotes (comma when none). */
export function detectDelimiter(text: string): string {
  const header = text.replace(/^\uFEFF/, "").split(/\r?\n/).find((l) => l.trim() !== "" && !l.trimStart().startsWith("#")) ?? "";
  const outside = header.replace(/"(?:[^"]|"")*"/g, "");
  let best = ",";
  let count = 0;
  for (const d of CSV_DELIMITERS) {
    const n = outside.split(d).length - 1;
    if (n > count) {
      best = d;
      count = n;
    }
  }
  return best;
}

function parseCsvData(text: string, origin: string, delimiter?: string): UserData {
  if (delimiter !== undefined && !(CSV_DELIMITERS as readonly string[]).includes(delimiter)) {
    throw new ParameterError("--delimiter", delimiter, "one of ',', ';', 'tab' (\\t)");
  }
  const used = delimiter ?? detectDelimiter(text);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parseCsv(text, { bom: true, delimiter: used, comment: "#", comment_no_infix: true, skip_empty_lines: true, trim: true, relax_column_count: true, info: true }) as unknown as typeof records;
  } catch (error) {
    if (error instanceof CsvError) throw new ParameterError(`${origin} (CSV)`, error.message, `a well-formed CSV file (delimiter '${printable(used)}')`, { cause: error });
    throw error;
  }
  if (records.length < 2) throw new ParameterError("file", origin, "a CSV header line and at least one data row");
  const header = records[0].record;
  if (header.length === 1 && used === "," && /[;\t]/.test(header[0])) {
    throw new ParameterError(`${origin} (CSV header)`, header[0], "column names separated by the delimiter (give --delimiter ';' or --delimiter tab)");
  }
  header.forEach((h, j) => {
    if (h === "") throw new ParameterError(`${origin}: CSV header`, header.join(printable(used)), `a name for every column (column ${j + 1} is empty)`);
  });
  const duplicate = header.find((h, i) => header.indexOf(h) !== i);
  if (duplicate !== undefined) throw new ParameterError(`${origin}: CSV header`, duplicate, "unique column names");
  const columns: Record<string, number[]> = Object.fromEntries(header.map((h) => [h, []]));
  const lines: number[] = [];
  for (const { record, info } of records.slice(1)) {
    if (record.length !== header.length) {
      throw new ParameterError(`${origin}: line ${info.lines}`, `${record.length} cells`, `${header.length} cells as in the header (delimiter '${printable(used)}')`);
    }
    record.forEach((cell, j) => {
      if (!DECIMAL.test(cell)) throw new ParameterError(`${origin}: line ${info.lines}, column '${header[j]}'`, cell, "a finite number written as a plain decimal (e.g. 1.5e-3)");
      columns[header[j]].push(Number(cell));
    });
    lines.push(info.lines);
  }
  return { columns, lines, delimiter: used };
}

/**
 * Checks that a grid column is sorted (strictly ascending or strictly descending): a
 * shuffled or duplicated grid is refused naming the line (or index) where it breaks.
 * Throws ParameterError.
 */
export function assertSortedGrid(data: UserData, grid: string, origin: string): void {
  const x = data.columns[grid];
  if (x === undefined || x.length < 2) return;
  const where = (i: number) => (data.lines ? `line ${data.lines[i]}` : `index ${i}`);
  const direction = Math.sign(x[1] - x[0]);
  for (let i = 1; i < x.length; i++) {
    const step = Math.sign(x[i] - x[i - 1]);
    if (step === 0) throw new ParameterError(`${origin}: ${where(i)}, grid '${grid}'`, x[i], `distinct grid values (${x[i]} repeats the value of ${where(i - 1)})`);
    if (step !== direction) {
      throw new ParameterError(`${origin}: ${where(i)}, grid '${grid}'`, x[i], `a sorted grid (${direction > 0 ? "ascending" : "descending"} until ${where(i - 1)} = ${x[i - 1]}); shuffled rows are refused`);
    }
  }
}

function printable(d: string): string {
  return d === "\t" ? "tab" : d;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
