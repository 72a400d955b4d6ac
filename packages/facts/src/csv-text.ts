/*
 * CSV as RFC 4180 writes it (comma-separated, CRLF line ends, a field quoted when it holds a
 * comma, a quotation mark or a line break), and read as spreadsheets save it: a byte order mark,
 * LF line ends and a semicolon separator (what spreadsheets in many languages save) are accepted.
 */

/** One field, quoted when it must be. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Rows of fields as CSV text, each row ended by CRLF. */
export function csvText(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => `${row.map(csvField).join(",")}\r\n`).join("");
}

/** A record of a CSV file: its fields, and the line it starts on (1 for the header). */
export interface CsvRecord {
  readonly line: number;
  readonly fields: readonly string[];
}

export type CsvReadResult =
  | { readonly ok: true; readonly records: readonly CsvRecord[] }
  | { readonly ok: false; readonly line: number; readonly message: string };

/**
 * Reads CSV text into records; blank lines are skipped. The separator is the header line's: a
 * comma, or a semicolon when the header has semicolons and no commas. Fails only on a quoted
 * field that never ends.
 */
export function readCsv(input: string): CsvReadResult {
  const text = input.replace(/^\uFEFF/, "");
  const headerEnd = text.search(/\r?\n|$/);
  const header = text.slice(0, headerEnd);
  const separator = !header.includes(",") && header.includes(";") ? ";" : ",";
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let line = 1;
  let start = 1;
  let quotedFrom = 0;
  let i = 0;
  const endRecord = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0] !== "") records.push({ line: start, fields });
    fields = [];
    field = "";
  };
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '"' && field === "") {
      // A quoted field: up to the quotation mark that is not doubled.
      quotedFrom = line;
      i++;
      for (;;) {
        if (i >= text.length)
          return {
            ok: false,
            line: quotedFrom,
            message: `A field opened with a quotation mark on line ${quotedFrom} is never closed.`,
          };
        const d = text[i] as string;
        if (d === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (d === "\n") line++;
        field += d;
        i++;
      }
      continue;
    }
    if (c === separator) {
      fields.push(field);
      field = "";
      i++;
    } else if (c === "\r" && text[i + 1] === "\n") {
      i++;
    } else if (c === "\n") {
      endRecord();
      line++;
      start = line;
      i++;
    } else {
      field += c;
      i++;
    }
  }
  if (field !== "" || fields.length > 0) endRecord();
  return { ok: true, records };
}
