// @ts-check
import assert from "node:assert/strict";
import { test } from "node:test";
import { answerByKeyboard, noViolations, open, readyQuiz, shot, start, text } from "../journey.mjs";

test("a whole quiz by keyboard only: 10 of 10, feedback with its source, results and review", async () => {
  const quiz = readyQuiz("mix");
  const { page, context, problems } = await open("#/play/ready/mix");
  // The start screen: its Start button is the first stop after the heading.
  await page.getByRole("heading", { level: 1, name: "Quick mix" }).waitFor();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  for (const [i, question] of quiz.questions.entries()) {
    const heading = page.getByRole("heading", { level: 1 });
    await heading.waitFor();
    assert.match(await text(heading), new RegExp(`Question ${i + 1} of ${quiz.questions.length}`));
    assert.equal(
      await page.evaluate(() => document.activeElement?.id),
      "question-heading",
      "focus moves to the new question",
    );
    await answerByKeyboard(page, question);
    if (i === 0) await noViolations(page, "a question");
    await page.keyboard.press("Enter");
    const feedback = page.getByRole("region", { name: "Feedback" });
    await feedback.waitFor();
    assert.match(
      await text(feedback),
      /Correct\./,
      `question ${i + 1} (${question.type}) answered right`,
    );
    assert.ok(
      (await feedback.locator("blockquote").count()) > 0,
      "feedback shows the source quote",
    );
    if (i === 0) {
      await noViolations(page, "feedback");
      await shot(page, "feedback-1280");
    }
    await page.keyboard.press("Enter");
  }
  await page.getByRole("heading", { name: /10 of 10 \(100%\)/ }).waitFor();
  assert.equal(await page.locator(".review > li").count(), 10);
  await noViolations(page, "results");
  await shot(page, "results-1280");
  // "A new quiz like this": a fresh seed, through the lazily loaded engine, as a share link.
  await page.getByRole("button", { name: "A new quiz like this" }).click();
  await page.getByRole("heading", { level: 1, name: "Quick mix" }).waitFor();
  await start(page);
  await page.getByRole("heading", { name: /Question 1 of 10/ }).waitFor();
  assert.match(page.url(), /#\/play\/1[A-Za-z0-9_-]+$/);
  assert.deepEqual(problems, []);
  await context.close();
});
