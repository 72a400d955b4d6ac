import {
  bundledPack,
  detectHedge,
  EMPTY_ROW,
  type FactId,
  type FactKind,
  type FactPack,
  type FactRow,
  type Hedge,
  KIND_COLUMNS,
  PACK_CSV_COLUMNS,
  type PackCsvColumn,
  packFromRows,
  type RowIssue,
} from "@nklabor/facts";
import { factQuestions, newSpec, type Question, type QuizSpec } from "@nklabor/quiz";

/*
 * The own-fact form is a one-row fact-pack sheet: it fills the pack CSV's columns and the facts
 * package reads them as it reads a CSV row, so a fact typed in the form and one imported from a
 * file pass the same checks and give the same issues, by column. This module holds what the form
 * does with its fields; the component only shows them.
 */

/** The kinds in the order the form offers them (the catalog's `kindChoice` and `kindHint` say what each is for). */
export const KIND_CHOICES: readonly FactKind[] = [
  "headcount",
  "money",
  "duration",
  "share",
  "event",
  "statement",
];

/** The columns every kind has, in the form. */
const COMMON: readonly PackCsvColumn[] = PACK_CSV_COLUMNS.filter(
  (c) =>
    !(["hedge", "value", "value_max", "wording", "reading", "unit", "per", "what"] as const).some(
      (k) => k === c,
    ),
);

/** A new form's fields: a count in Russia, said by a person, reported in the news. */
export const NEW_FIELDS: Readonly<Record<PackCsvColumn, string>> = {
  ...EMPTY_ROW,
  kind: "headcount",
  topic: "worker-counts",
  claimant_kind: "person",
  applies_to: "Russia",
  source_kind: "news",
  unit: "people",
  per: "",
};

/** What a kind's unit and period start as when the teacher picks it. */
const KIND_DEFAULTS: Readonly<Record<FactKind, Partial<Record<PackCsvColumn, string>>>> = {
  headcount: { unit: "people", per: "" },
  money: { unit: "USD", per: "year", what: "contribution" },
  duration: { unit: "months", per: "" },
  share: {},
  event: {},
  statement: {},
};

/** The fields after the teacher picks a kind: its unit and period reset, the rest kept. */
export function withKind(fields: Readonly<Record<PackCsvColumn, string>>, kind: FactKind) {
  const { what: _, ...rest } = fields;
  const keepWhat =
    (fields.kind === "money") === (kind === "money") ? { what: fields.what } : { what: "" };
  return { ...rest, ...keepWhat, kind, unit: "", per: "", ...KIND_DEFAULTS[kind] };
}

/** The row the form's fields make for a kind: its own columns and the common ones, nothing else. */
export function rowOf(fields: Readonly<Record<PackCsvColumn, string>>, id: string): FactRow {
  const kind = fields.kind as FactKind;
  const used = new Set<PackCsvColumn>([...COMMON, ...KIND_COLUMNS[kind]]);
  const row = Object.fromEntries(
    PACK_CSV_COLUMNS.map((c) => [c, used.has(c) ? fields[c].trim() : ""]),
  ) as Record<PackCsvColumn, string>;
  // An empty hedge is read from the figure's words, as in a sheet.
  return { ...row, id };
}

/** The hedge the form shows: the teacher's choice, or the one the figure's words signal. */
export function shownHedge(fields: Readonly<Record<PackCsvColumn, string>>): {
  hedge: Hedge;
  detected: boolean;
} {
  if (fields.hedge !== "") return { hedge: fields.hedge as Hedge, detected: false };
  const found = detectHedge(fields.wording);
  return { hedge: found ?? "exact", detected: found !== undefined };
}

export type OwnFactCheck =
  | { readonly ok: true; readonly pack: FactPack; readonly id: FactId }
  | { readonly ok: false; readonly issues: readonly RowIssue[] };

/** The fact the fields make, joined to the draft's own facts and checked as a pack row is. */
export function checkOwnFact(
  fields: Readonly<Record<PackCsvColumn, string>>,
  id: string,
  own: FactPack | undefined,
): OwnFactCheck {
  const result = packFromRows([{ line: 1, row: rowOf(fields, id) }], {
    extends: bundledPack,
    ...(own ? { into: own } : {}),
  });
  return result.ok
    ? { ok: true, pack: result.pack, id: id as FactId }
    : { ok: false, issues: result.issues };
}

/** The questions the new fact would feed, one of each type, in the draft's quiz. */
export function previewQuestions(
  spec: QuizSpec | undefined,
  pack: FactPack,
  id: FactId,
): Question[] {
  return factQuestions({ ...(spec ?? newSpec("preview")), customFacts: pack }, id);
}
