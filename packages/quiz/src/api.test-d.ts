import { describe, expectTypeOf, it } from "vitest";
import {
  type Answer,
  decodeSpec,
  generateQuiz,
  newSpec,
  type Question,
  type Quiz,
  type QuizSpec,
  type QuizSpecError,
  type QuizSpecErrorCode,
  scoreQuiz,
} from "./index.js";

describe("the quiz API's types", () => {
  it("takes a validated spec and returns a quiz", () => {
    expectTypeOf(generateQuiz).parameter(0).toEqualTypeOf<QuizSpec>();
    expectTypeOf(generateQuiz(newSpec("x"))).toEqualTypeOf<Quiz>();
    expectTypeOf(decodeSpec).returns.toEqualTypeOf<QuizSpec>();
  });

  it("narrows the answer key by its format", () => {
    const q = {} as Question;
    if (q.key.format === "numeric")
      expectTypeOf(q.key.accept).toEqualTypeOf<{ readonly min: number; readonly max: number }>();
    if (q.key.format === "choice") expectTypeOf(q.key.correct).toBeNumber();
    // @ts-expect-error: a choice answer has an index, not a value
    const wrong: Answer = { format: "choice", value: 1 };
    expectTypeOf(wrong).toEqualTypeOf<Answer>();
  });

  it("scores answers keyed by question id", () => {
    expectTypeOf(scoreQuiz)
      .parameter(1)
      .toEqualTypeOf<Readonly<Record<string, Answer | undefined>>>();
  });

  it("gives errors a code to switch on", () => {
    expectTypeOf<QuizSpecError["code"]>().toEqualTypeOf<QuizSpecErrorCode>();
    expectTypeOf<"BAD_ENCODING">().toMatchTypeOf<QuizSpecErrorCode>();
    // @ts-expect-error: not a code
    const code: QuizSpecErrorCode = "OOPS";
    expectTypeOf(code).toBeString();
  });
});
