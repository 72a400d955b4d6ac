import { statedRange } from "./amount.js";
import { createFactBase, type FactBase } from "./base.js";
import { csvText } from "./csv-text.js";
import { formatDatePoint, formatWhen } from "./dates.js";
import type { Fact, FactPack } from "./schema.js";

/**
 * The header of the table {@link toCsv} writes, for reading, not for reading back in: `claimant` is
 * the actor's name, dates are English text ("late 2020"), `value_min` and `value_max` are the
 * figures as stated ({@link statedRange}), and `sources`, `quotes` and `conflicts` join several
 * values with " | ". {@link PACK_CSV_COLUMNS} are the columns of a sheet that reads back as a pack.
 */
export const CSV_COLUMNS = [
  "id",
  "kind",
  "topic",
  "claim",
  "claimant",
  "stated",
  "when",
  "applies_to",
  "hedge",
  "value_min",
  "value_max",
  "wording",
  "unit",
  "per",
  "measure",
  "rank",
  "sources",
  "quotes",
  "conflicts",
] as const;

/** One row a fact (RFC 4180: CRLF line ends, fields quoted when needed); several quotes are joined by " | ". */
export function toCsv(pack: FactPack): string {
  const base = createFactBase(pack);
  const rows = [CSV_COLUMNS as readonly string[], ...pack.facts.map((f) => csvRow(f, base))];
  return csvText(rows);
}

function csvRow(fact: Fact, base: FactBase): string[] {
  const amount = "amount" in fact ? fact.amount : undefined;
  const bounds = amount ? statedRange(amount) : {};
  const unit =
    fact.kind === "money"
      ? fact.currency
      : "unit" in fact
        ? fact.unit
        : fact.kind === "share"
          ? "fraction"
          : "";
  const per = "per" in fact ? (fact.per ?? "") : "";
  const measure =
    fact.kind === "money"
      ? fact.measure
      : fact.kind === "headcount"
        ? fact.counted
        : fact.kind === "duration"
          ? fact.measures
          : fact.kind === "share"
            ? fact.of
            : fact.kind === "event"
              ? fact.title
              : "";
  return [
    fact.id,
    fact.kind,
    fact.topic,
    fact.claim,
    base.claimantOf(fact).name,
    formatDatePoint(fact.stated),
    formatWhen(fact.when),
    fact.appliesTo,
    amount?.hedge ?? "",
    String(bounds.min ?? ""),
    String(bounds.max ?? ""),
    amount?.wording ?? "",
    unit,
    per,
    measure,
    fact.rank.level === "deprecated" ? `deprecated: ${fact.rank.reason}` : fact.rank.level,
    fact.references.map((r) => r.source).join(" | "),
    fact.references.map((r) => r.quote).join(" | "),
    base
      .conflictsOf(fact.id)
      .map((c) => c.group.id)
      .join(" | "),
  ];
}
