import { describe, expect, it } from "vitest";
import { formatCitation } from "./citation.js";
import { newSpec } from "./defaults.js";
import { generateQuiz } from "./generate.js";
import { quizToText } from "./text.js";

describe("quizToText", () => {
  it("writes no terminal escape codes from a title (issue 9)", () => {
    const quiz = generateQuiz(newSpec("text", { count: 2 }));
    const text = quizToText({ ...quiz, title: "\u001b[2J\u001b[31mCleared\u0007" });
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the characters that must not be there
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(text.split("\n")[0]).toBe("[2J[31mCleared");
  });

  it("names a source once per answer, when two of its facts make one question", () => {
    const quiz = generateQuiz(newSpec("s11-read", { count: 8 }));
    const twice = quiz.questions.find(
      (q) =>
        new Set(q.citations.map((c) => formatCitation(c, { quote: false }))).size <
        q.citations.length,
    );
    expect(twice, "a question citing one article for two facts").toBeDefined();
    const text = quizToText({ ...quiz, questions: twice ? [twice] : [] });
    const lines = text.split("\n").filter((l) => l.trimStart().startsWith("Source: "));
    expect(new Set(lines).size).toBe(lines.length);
  });
});
