import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { bundledPack } from "./bundled.js";
import { CSV_COLUMNS } from "./csv.js";
import { renderOutputs } from "./outputs.js";
import { packVersion } from "./version.js";

const outputs = renderOutputs(bundledPack);

describe("outputs for non-JS users", () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(JSON.parse(outputs["facts.schema.json"]));

  it("facts.json is valid against facts.schema.json", () => {
    const json = JSON.parse(outputs["facts.json"]);
    const { $schema, datasetVersion, ...pack } = json;
    expect(validate(pack), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(datasetVersion).toBe(packVersion(bundledPack));
    expect(pack.facts.length).toBe(bundledPack.facts.length);
  });

  it("the schema rejects a fact without a quote, and a figure without its hedge", () => {
    const pack = structuredClone(bundledPack) as unknown as { facts: Record<string, unknown>[] };
    const first = pack.facts[0] as { references: unknown[] };
    first.references = [];
    expect(validate(pack)).toBe(false);
    const again = structuredClone(bundledPack) as unknown as {
      facts: { amount?: Record<string, unknown> }[];
    };
    const withAmount = again.facts.find((f) => f.amount);
    if (withAmount?.amount) delete withAmount.amount.hedge;
    expect(validate(again)).toBe(false);
  });

  it("facts.csv has a header and one well-formed row per fact", () => {
    const rows = parseCsv(outputs["facts.csv"]);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows.length).toBe(bundledPack.facts.length + 1);
    for (const row of rows) expect(row.length).toBe(CSV_COLUMNS.length);
    const matsegora = rows.find((r) => r[0] === "matsegora-37000-at-a-time");
    expect(matsegora?.slice(8, 12)).toEqual(["atMost", "", "37000", "as many as 37,000"]);
    expect(outputs["facts.csv"].includes("\r\n")).toBe(true);
  });

  it("the dataset version changes when the data does, and only then", () => {
    expect(packVersion(bundledPack)).toBe(packVersion(structuredClone(bundledPack)));
    const changed = structuredClone(bundledPack);
    changed.facts = changed.facts.slice(1);
    expect(packVersion(changed)).not.toBe(packVersion(bundledPack));
  });
});

/** RFC 4180, enough to read back what toCsv writes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted) {
      field += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else {
      field += c;
    }
  }
  return rows;
}
