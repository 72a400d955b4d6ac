// @ts-check
import assert from "node:assert/strict";
import { test } from "node:test";
import { encodeSpec, generateQuiz, newSpec } from "@nklabor/quiz";
import { noViolations, open, shot, text } from "../journey.mjs";

test("a teacher's link opens on a start screen: title, count, timer, feedback, sources", async () => {
  const spec = newSpec("start-1", {
    title: "Year 9: the sanctions",
    count: 5,
    timerSeconds: 30,
    feedback: "end",
    topics: ["sanctions"],
  });
  const quiz = generateQuiz(spec);
  const n = quiz.questions.length;
  for (const width of [1280, 390]) {
    const { page, context, problems } = await open(`#/play/${encodeSpec(spec)}`, { width });
    await page.getByRole("heading", { level: 1, name: "Year 9: the sanctions" }).waitFor();
    const about = await text(page.locator(".start"));
    assert.match(about, new RegExp(`${n} questions`));
    assert.match(about, /30 seconds for each question/);
    assert.match(about, /at the end/);
    assert.match(about, /United Nations Security Council/);
    await noViolations(page, `start screen at ${width} px`);
    await shot(page, `start-${width}`);
    await page.getByRole("button", { name: "Start" }).click();
    await page.getByRole("heading", { level: 1, name: new RegExp(`Question 1 of ${n}`) }).waitFor();
    assert.deepEqual(problems, []);
    await context.close();
  }
});
