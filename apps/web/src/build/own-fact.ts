import {
  bundledPack,
  type ConflictId,
  type ConflictReason,
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
  parseFactPack,
  type QuantityFact,
  type RowIssue,
} from "@nklabor/facts";
import { factQuestions, newSpec, type Question, type QuizSpec, questionBank } from "@nklabor/quiz";

/*
 * The own-fact form is a one-row fact-pack sheet: it fills the pack CSV's columns and the facts
 * package reads them as it reads a CSV row, so a fact typed in the form and one imported from a
 * file pass the same checks and give the same issues, by column. This module holds what the form
 * does with its fields; the component only shows them.
 */

/** The kinds in the order the form offers them, each with what it is for. */
export const KIND_CHOICES: readonly { kind: FactKind; label: string; hint: string }[] = [
  { kind: "headcount", label: "A count of people", hint: "“as many as 37,000 workers”" },
  { kind: "money", label: "A sum of money", hint: "“about US$500 million a year”" },
  { kind: "duration", label: "A length of time", hint: "“up to 3 years”, “12 hours a day”" },
  { kind: "share", label: "A share", hint: "“a fifth of their wages”, “20%”" },
  { kind: "event", label: "An event", hint: "“the ban took effect on 22 December 2019”" },
  { kind: "statement", label: "A statement, no figure", hint: "“workers were sent home by train”" },
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

/** What the teacher says of two facts that disagree. */
export interface ConflictFields {
  readonly first: string;
  readonly second: string;
  /** The question they answer differently: "How many North Koreans worked in Primorye?" */
  readonly question: string;
  /** Why they may differ. */
  readonly note: string;
  readonly reason: ConflictReason;
}

export type ConflictCheck =
  | { readonly ok: true; readonly pack: FactPack; readonly id: ConflictId }
  | {
      readonly ok: false;
      readonly problems: Readonly<Partial<Record<keyof ConflictFields | "other", string>>>;
    };

/** The facts a conflict may compare: every figure, the draft's own first, then the bundled ones. */
export function comparableFacts(own: FactPack | undefined): readonly QuantityFact[] {
  const figures = (pack: FactPack | undefined) =>
    (pack?.facts ?? []).filter((f): f is QuantityFact => "amount" in f);
  return [...figures(own), ...figures(bundledPack)];
}

/** What a figure is, for telling whether two can be compared: its kind, unit and period. */
function measureOf(fact: QuantityFact): string {
  switch (fact.kind) {
    case "headcount":
      return `a count of ${fact.unit}${fact.per ? ` per ${fact.per}` : ""}`;
    case "money":
      return fact.per === "once" ? "a sum of money" : `a sum of money per ${fact.per}`;
    case "duration":
      return `a time in ${fact.unit}${fact.per ? ` per ${fact.per}` : ""}`;
    case "share":
      return "a share";
  }
}

/**
 * Two facts marked as disagreeing, as a conflict of the draft's own pack, checked as any pack is;
 * the two must be figures of one measure, so the quiz can compare them.
 */
export function checkConflict(
  fields: ConflictFields,
  id: string,
  own: FactPack | undefined,
): ConflictCheck {
  const facts = comparableFacts(own);
  const a = facts.find((f) => f.id === fields.first);
  const b = facts.find((f) => f.id === fields.second);
  if (!a || !b) return { ok: false, problems: { other: "Choose two facts." } };
  if (a.id === b.id)
    return {
      ok: false,
      problems: { second: "Choose another fact: a fact does not disagree with itself." },
    };
  if (measureOf(a) !== measureOf(b))
    return {
      ok: false,
      problems: {
        second: `The first is ${measureOf(a)}, this one ${measureOf(b)}: a quiz compares like with like.`,
      },
    };
  const pack = own ?? { version: 1 as const, sources: [], actors: [], facts: [], conflicts: [] };
  const result = parseFactPack(
    {
      ...pack,
      conflicts: [
        ...pack.conflicts,
        {
          id,
          title: fields.question.trim(),
          question: fields.question.trim(),
          facts: [a.id, b.id],
          reasons: [fields.reason],
          note: fields.note.trim(),
        },
      ],
    },
    { extends: bundledPack },
  );
  if (result.ok) {
    // The quiz asks which is the higher, the lower, the more recent or the earlier: one must win
    // beyond doubt, hedges and dates taken at their widest.
    const asked = questionBank({
      ...newSpec("conflict"),
      customFacts: result.pack,
      types: ["estimates-vary"],
    }).some((q) => q.factIds.length === 2 && q.factIds.includes(a.id) && q.factIds.includes(b.id));
    if (!asked)
      return {
        ok: false,
        problems: {
          other:
            "The quiz could not ask about these two: neither is higher nor more recent beyond doubt, once their hedges (“as many as”, “about”) and dates are taken at their widest. Choose two that differ clearly.",
        },
      };
    return { ok: true, pack: result.pack, id: id as ConflictId };
  }
  const problems: Partial<Record<keyof ConflictFields | "other", string>> = {};
  for (const issue of result.issues) {
    const field = issue.path.at(-1);
    const key =
      field === "question" || field === "title" ? "question" : field === "note" ? "note" : "other";
    problems[key] =
      key === "other"
        ? issue.message
        : `This is empty: ${key === "question" ? "say what they answer differently" : "say why they may differ"}.`;
  }
  return { ok: false, problems };
}
