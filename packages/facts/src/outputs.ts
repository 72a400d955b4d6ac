import { toCsv } from "./csv.js";
import { factPackJsonSchema } from "./json-schema.js";
import type { FactPack } from "./schema.js";
import { packVersion } from "./version.js";

/** The files published for users outside JavaScript, by file name. */
export function renderOutputs(
  pack: FactPack,
): Record<"facts.json" | "facts.csv" | "facts.schema.json", string> {
  const json = { $schema: "./facts.schema.json", datasetVersion: packVersion(pack), ...pack };
  return {
    "facts.json": `${JSON.stringify(json, null, 2)}\n`,
    "facts.csv": toCsv(pack),
    "facts.schema.json": `${JSON.stringify(factPackJsonSchema(), null, 2)}\n`,
  };
}
