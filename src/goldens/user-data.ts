import { ParameterError } from "../core/errors.js";

/**
 * Reading a user's solver output for `qtherm compare`: JSON or CSV with one
 * column per quantity, named as in the golden's schema.
 *
 * Accepted JSON shapes: a golden-like object `{ "data": { "<column>": [...] } }`,
 * `{ "columns": { ... } }`, or a plain object of equally long number arrays.
 * CSV: a header line of column names, then one row per grid point; '#' lines are comments.
 */
export function parseUserData(text: string, format: "json" | "csv", origin: string): Record<string, number[]> {
  return format === "json" ? parseJsonData(text, origin) : parseCsvData(text, origin);
}

function parseJsonData(text: string, origin: string): Record<string, number[]> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ParameterError("file", origin, "valid JSON (or a .csv file)", { cause: error });
  }
  const container = (isRecord(json) && isRecord(json.data) ? json.data : isRecord(json) && isRecord(json.columns) ? json.columns : json) as unknown;
  if (!isRecord(container)) throw new ParameterError("file", origin, "a JSON object of columns: { \"<column>\": [numbers…] }");
  const out: Record<string, number[]> = {};
  for (const [name, column] of Object.entries(container)) {
    if (!Array.isArray(column)) continue;
    out[name] = column.map((v, i) => {
      const value = typeof v === "number" ? v : typeof v === "string" ? Number(v) : NaN;
      if (!Number.isFinite(value)) throw new ParameterError(`${name}[${i}]`, v, "a finite number (NaN, null and Infinity are rejected)");
      return value;
    });
  }
  if (Object.keys(out).length === 0) throw new ParameterError("file", origin, "at least one column given as an array of numbers");
  return out;
}

function parseCsvData(text: string, origin: string): Record<string, number[]> {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#"));
  if (lines.length < 2) throw new ParameterError("file", origin, "a CSV header line and at least one data row");
  const header = splitCsv(lines[0]);
  const duplicate = header.find((h, i) => header.indexOf(h) !== i);
  if (duplicate !== undefined) throw new ParameterError("CSV header", duplicate, "unique column names");
  const out: Record<string, number[]> = Object.fromEntries(header.map((h) => [h, []]));
  lines.slice(1).forEach((line, row) => {
    const cells = splitCsv(line);
    if (cells.length !== header.length) {
      throw new ParameterError(`CSV row ${row + 2}`, `${cells.length} cells`, `${header.length} cells as in the header`);
    }
    cells.forEach((cell, j) => {
      const value = cell === "" ? NaN : Number(cell);
      if (!Number.isFinite(value)) throw new ParameterError(`${header[j]} (CSV row ${row + 2})`, cell, "a finite number");
      out[header[j]].push(value);
    });
  });
  return out;
}

function splitCsv(line: string): string[] {
  return line.split(",").map((c) => c.trim().replace(/^"(.*)"$/, "$1"));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
