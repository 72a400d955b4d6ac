import { describe, expect, it } from "vitest";
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
});
