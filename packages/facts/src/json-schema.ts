import * as z from "zod/mini";
import { FactPack } from "./schema.js";

/** The JSON Schema (draft 2020-12) of a fact pack file, for users outside JavaScript. */
export function factPackJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(FactPack, { io: "input", target: "draft-2020-12" }),
    $id: "https://github.com/nklabor/nklabor/blob/main/packages/facts/facts.schema.json",
    title: "nklabor fact pack",
    description:
      "Sources, actors (claimants), facts (claims with a hedged amount, dates and verbatim quotes) and conflict groups.",
  };
}
