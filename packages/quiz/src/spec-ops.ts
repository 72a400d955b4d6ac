import type { ConflictId, FactId, FactPack } from "@nklabor/facts";
import { QuizSpecError } from "./errors.js";
import type { Question, Quiz } from "./question.js";
import { encodeSpec } from "./share.js";
import type { CustomQuestion, QuestionEdit, QuizSpec } from "./spec.js";

/*
 * What a teacher does to a quiz spec, as pure functions: each takes a valid spec and returns the
 * next one. The app's Build page calls these and nothing else to change a spec, so every change is
 * unit-tested here, away from React.
 */

/** The id a teacher's own question has in a generated quiz ("custom-" and its spec id). */
const CUSTOM_PREFIX = "custom-";

/** The spec with this edit to a generated question's wording (one edit a question: the newest wins). */
export function editQuestion(spec: QuizSpec, edit: QuestionEdit): QuizSpec {
  return { ...spec, edits: [...spec.edits.filter((e) => e.questionId !== edit.questionId), edit] };
}

/**
 * The spec without this question. A teacher's own question is deleted; a generated one is removed by
 * leaving its facts out (so no other seed brings it back), its edit and place in the order dropped.
 */
export function removeQuestion(
  spec: QuizSpec,
  question: Pick<Question, "id" | "type" | "factIds">,
): QuizSpec {
  const rest = {
    ...spec,
    edits: spec.edits.filter((e) => e.questionId !== question.id),
    order: spec.order.filter((id) => id !== question.id),
  };
  if (question.type === "custom")
    return removeCustomQuestion(rest, question.id.slice(CUSTOM_PREFIX.length));
  const facts = question.factIds as readonly FactId[];
  return {
    ...rest,
    excluded: [...new Set([...spec.excluded, ...facts])],
    pinned: spec.pinned.filter((id) => !facts.includes(id)),
  };
}

/**
 * The spec with the quiz's question at `from` moved to `to`: the teacher's order is then the whole
 * quiz's, as shown. Positions outside the quiz change nothing.
 */
export function moveQuestion(
  spec: QuizSpec,
  quiz: Pick<Quiz, "questions">,
  from: number,
  to: number,
): QuizSpec {
  const ids = quiz.questions.map((q) => q.id);
  if (from === to || !(from in ids) || !(to in ids)) return spec;
  const [moved] = ids.splice(from, 1);
  ids.splice(to, 0, moved as string);
  return { ...spec, order: ids };
}

/** Pinned (always asked) or excluded (never asked): a fact is at most one of them. */
export type FactChoice = "pinned" | "excluded" | "either";

/** The spec with this fact pinned, excluded or left to the generator. */
export function chooseFact(spec: QuizSpec, id: FactId, choice: FactChoice): QuizSpec {
  const pinned = spec.pinned.filter((p) => p !== id);
  const excluded = spec.excluded.filter((x) => x !== id);
  return {
    ...spec,
    pinned: choice === "pinned" ? [...pinned, id] : pinned,
    excluded: choice === "excluded" ? [...excluded, id] : excluded,
  };
}

/** How a fact stands in the spec. */
export function factChoice(spec: QuizSpec, id: FactId): FactChoice {
  return spec.pinned.includes(id) ? "pinned" : spec.excluded.includes(id) ? "excluded" : "either";
}

/** The spec with a teacher's own question added (asked in every quiz, so the count grows to hold it). */
export function addCustomQuestion(spec: QuizSpec, question: CustomQuestion): QuizSpec {
  if (spec.customQuestions.some((q) => q.id === question.id))
    throw new QuizSpecError("INVALID_SPEC", `A question with id "${question.id}" is already here.`);
  const customQuestions = [...spec.customQuestions, question];
  return { ...spec, customQuestions, count: Math.max(spec.count, customQuestions.length) };
}

/** The spec without the teacher's own question of this (spec) id. */
export function removeCustomQuestion(spec: QuizSpec, id: string): QuizSpec {
  return {
    ...spec,
    customQuestions: spec.customQuestions.filter((q) => q.id !== id),
    order: spec.order.filter((o) => o !== CUSTOM_PREFIX + id),
  };
}

/** The spec with the teacher's fact pack replaced by `pack` and its new fact pinned, so it is asked. */
export function addCustomFact(spec: QuizSpec, pack: FactPack, id: FactId): QuizSpec {
  return { ...spec, customFacts: pack, pinned: [...spec.pinned.filter((p) => p !== id), id] };
}

/**
 * The spec with the teacher's fact pack replaced by `pack`, whose conflict `id` marks facts as
 * disagreeing: its facts are pinned, so the quiz asks the comparison.
 */
export function addCustomConflict(spec: QuizSpec, pack: FactPack, id: ConflictId): QuizSpec {
  const facts = pack.conflicts.find((c) => c.id === id)?.facts ?? [];
  return {
    ...spec,
    customFacts: pack,
    pinned: [...spec.pinned.filter((p) => !facts.includes(p as FactId)), ...facts],
  };
}

/** The spec without the teacher's conflict of this id. Nothing left in the pack: no pack. */
export function removeCustomConflict(spec: QuizSpec, id: ConflictId): QuizSpec {
  const pack = spec.customFacts;
  if (!pack) return spec;
  const conflicts = pack.conflicts.filter((c) => c.id !== id);
  const { customFacts: _, ...rest } = spec;
  if (pack.facts.length === 0 && conflicts.length === 0) return rest;
  return { ...spec, customFacts: { ...pack, conflicts } };
}

/**
 * The spec without the teacher's fact of this id, and without what only it used (its source and
 * claimant, unless another of the teacher's facts cites them; a conflict left with fewer than two
 * facts). Nothing left: no pack.
 */
export function removeCustomFact(spec: QuizSpec, id: FactId): QuizSpec {
  const pack = spec.customFacts;
  const choices = {
    pinned: spec.pinned.filter((p) => p !== id),
    excluded: spec.excluded.filter((x) => x !== id),
  };
  if (!pack) return spec;
  const facts = pack.facts.filter((f) => f.id !== id);
  const conflicts = pack.conflicts
    .map((c) => ({ ...c, facts: c.facts.filter((f) => f !== id) }))
    .filter((c) => c.facts.length >= 2);
  const { customFacts: _, ...rest } = spec;
  if (facts.length === 0 && conflicts.length === 0) return { ...rest, ...choices };
  const sources = new Set(facts.flatMap((f) => f.references.map((r) => r.source)));
  const actors = new Set(
    facts.flatMap((f) => [f.claimant, ...f.references.flatMap((r) => r.via ?? [])]),
  );
  return {
    ...spec,
    ...choices,
    customFacts: {
      ...pack,
      facts,
      conflicts,
      sources: pack.sources.filter((s) => sources.has(s.id)),
      actors: pack.actors.filter((a) => actors.has(a.id)),
    },
  };
}

/**
 * "A new quiz like this one": the same choices and the teacher's own content (title, count, topics,
 * types, difficulty, timer, feedback, pinned and excluded facts, own facts and questions, wording
 * edits, which follow a question to any seed) with other questions: a new seed, and no fixed order.
 */
export function newLike(spec: QuizSpec, seed: string): QuizSpec {
  return { ...spec, seed, order: [] };
}

/**
 * The most characters a link may have for a QR code to hold it: a version-40 code at error
 * correction level M holds 2,331 bytes (ISO/IEC 18004, table 7), and a link is ASCII. The app draws
 * its codes at level M.
 */
export const MAX_QR_LINK_LENGTH = 2331;

/** Whether a spec can be shared, and how: as a link (and a QR code) or only as a file. */
export type Shareability =
  | {
      readonly link: true;
      readonly code: string;
      /** The whole link: `base` followed by the code. */
      readonly url: string;
      /** Short enough for a QR code. */
      readonly qr: boolean;
      /** Why there is no QR code, in words for the teacher; absent when there is one. */
      readonly qrProblem?: string | undefined;
    }
  | { readonly link: false; readonly problem: string };

/**
 * Can this spec travel as a link, and as a QR code? `base` is what goes before the code (the app's
 * address and route, "https://example.org/#/play/"), `suffix` what follows it ("/start"). Never
 * throws: too large is a value to show.
 */
export function shareability(spec: QuizSpec, base: string, suffix = ""): Shareability {
  let code: string;
  try {
    code = encodeSpec(spec);
  } catch (error) {
    if (!(error instanceof QuizSpecError)) throw error;
    return {
      link: false,
      problem: `${error.message.replace(/\.$/, "")}. Save it as a file and share the file.`,
    };
  }
  const url = base + code + suffix;
  if (url.length <= MAX_QR_LINK_LENGTH) return { link: true, code, url, qr: true };
  return {
    link: true,
    code,
    url,
    qr: false,
    qrProblem: `Too long for a QR code (${url.length.toLocaleString("en-US")} characters; a QR code holds ${MAX_QR_LINK_LENGTH.toLocaleString("en-US")}): use the link or the file.`,
  };
}
