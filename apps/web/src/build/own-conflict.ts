import {
  bundledPack,
  type ConflictId,
  type ConflictReason,
  type FactPack,
  parseFactPack,
  type QuantityFact,
} from "@nklabor/facts";
import { newSpec, questionBank } from "@nklabor/quiz";

/*
 * Two facts a teacher marks as disagreeing: a conflict of the draft's own pack, checked as any
 * pack is, and only when the quiz can ask about it. The form (OwnConflictForm) only shows this.
 */

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
