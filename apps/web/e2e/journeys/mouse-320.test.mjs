// @ts-check
import assert from "node:assert/strict";
import { test } from "node:test";
import { noViolations, open, readyQuiz, shot, start, text } from "../journey.mjs";

test("by mouse at 320 px: wrong answers are marked, the right answer is shown", async () => {
  const quiz = readyQuiz("sanctions");
  const { page, context } = await open("#/play/ready/sanctions", {
    width: 320,
    colorScheme: "dark",
  });
  await start(page);
  for (const [i, question] of quiz.questions.entries()) {
    await page.getByRole("heading", { level: 1 }).waitFor();
    if (i === 0) {
      await noViolations(page, "a question in dark mode at 320 px");
      await shot(page, "question-320-dark");
    }
    const key = question.key;
    if (key.format === "choice")
      await page
        .locator(".option")
        .nth((key.correct + 1) % key.options.length)
        .click();
    else if (key.format === "true-false")
      await page.getByRole("button", { name: key.correct ? "False" : "True", exact: true }).click();
    else if (key.format === "numeric")
      await page.getByLabel("Your answer").fill(String(key.correct + 1));
    else if (key.format === "matching")
      for (let i = 0; i < key.left.length; i++)
        await page
          .getByLabel(/** @type {string} */ (key.left[i]), { exact: true })
          .selectOption({ index: 1 });
    await page.getByRole("button", { name: "Check answer" }).click();
    const feedback = page.getByRole("region", { name: "Feedback" });
    await feedback.waitFor();
    if (key.format !== "ordering" && key.format !== "matching")
      assert.match(await text(feedback), /Not quite|Right answer/);
    if (i === 0) {
      await noViolations(page, "wrong-answer feedback in dark mode");
      await shot(page, "feedback-320-dark");
    }
    assert.ok(
      (await page.evaluate(() => document.documentElement.scrollWidth)) <= 320,
      "no sideways scrolling at 320 px",
    );
    await page.getByRole("button", { name: /Next question|See results/ }).click();
  }
  await page
    .getByRole("heading", { name: new RegExp(`of ${quiz.questions.length} \\(`) })
    .waitFor();
  await shot(page, "results-320");
  await context.close();
});
