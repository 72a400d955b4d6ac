import {
  bundledPack,
  type ConflictId,
  type ConflictReason,
  type FactPack,
  parseFactPack,
  type QuantityFact,
} from "@nklabor/facts";
import { newSpec, questionBank } from "@nklabor/quiz";
import { selectKey } from "../i18n/lang.js";
import type { Words } from "./words.js";

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
function measureOf(fact: QuantityFact): { kind: string; unit: string; per: string } {
  const unit = "unit" in fact ? selectKey(fact.unit) : "";
  const per = "per" in fact && fact.per && fact.per !== "once" ? fact.per : "";
  return { kind: fact.kind, unit: fact.kind === "money" ? "" : unit, per };
}

const sameMeasure = (a: QuantityFact, b: QuantityFact) =>
  JSON.stringify(measureOf(a)) === JSON.stringify(measureOf(b));

/**
 * Two facts marked as disagreeing, as a conflict of the draft's own pack, checked as any pack is;
 * the two must be figures of one measure, so the quiz can compare them.
 */
export function checkConflict(
  w: Words,
  fields: ConflictFields,
  id: string,
  own: FactPack | undefined,
): ConflictCheck {
  const facts = comparableFacts(own);
  const a = facts.find((f) => f.id === fields.first);
  const b = facts.find((f) => f.id === fields.second);
  if (!a || !b) return { ok: false, problems: { other: w.chooseTwo() } };
  if (a.id === b.id) return { ok: false, problems: { second: w.chooseAnother() } };
  if (!sameMeasure(a, b))
    return {
      ok: false,
      problems: {
        second: w.notLikeWithLike({
          first: w.measure(measureOf(a)),
          second: w.measure(measureOf(b)),
        }),
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
        problems: { other: w.cannotAsk() },
      };
    return { ok: true, pack: result.pack, id: id as ConflictId };
  }
  const problems: Partial<Record<keyof ConflictFields | "other", string>> = {};
  for (const issue of result.issues) {
    const field = issue.path.at(-1);
    const key =
      field === "question" || field === "title" ? "question" : field === "note" ? "note" : "other";
    problems[key] =
      key === "other" ? issue.message : key === "question" ? w.emptyQuestion() : w.emptyNote();
  }
  return { ok: false, problems };
}
