import { describe, expectTypeOf, it } from "vitest";
import { fact, factBase } from "./bundled.js";
import type { Amount, Fact, FactId, MoneyMeasure } from "./schema.js";

describe("types are the API", () => {
  it("accepts only bundled ids in the literal lookups", () => {
    expectTypeOf(fact).parameter(0).toEqualTypeOf<Parameters<typeof fact>[0]>();
    // @ts-expect-error: not a bundled fact id
    fact("no-such-fact");
    expectTypeOf(fact("matsegora-37000-at-a-time")).toEqualTypeOf<Fact>();
  });

  it("narrows a query to the kind asked for", () => {
    const money = factBase.query({ kind: "money" });
    expectTypeOf(money[0]?.measure).toEqualTypeOf<MoneyMeasure | undefined>();
    const mixed = factBase.query({ kind: ["headcount", "duration"] });
    expectTypeOf(mixed[0]?.kind).toEqualTypeOf<"headcount" | "duration" | undefined>();
  });

  it("brands ids, so a plain string is not a FactId", () => {
    // @ts-expect-error: a string must be parsed or cast to become a FactId
    factBase.getFact("matsegora-37000-at-a-time");
    expectTypeOf<FactId>().toMatchTypeOf<string>();
  });

  it("makes an amount without its hedge unrepresentable", () => {
    // @ts-expect-error: an atMost amount has a max, not a value
    const bad: Amount = { hedge: "atMost", value: 3, wording: "up to 3" };
    expectTypeOf(bad).toEqualTypeOf<Amount>();
  });
});
