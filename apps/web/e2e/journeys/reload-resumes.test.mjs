import { test } from "node:test";
import { answerByKeyboard, open, readyQuiz, start } from "../journey.mjs";

test("reloading in the middle resumes the quiz where it was", async () => {
  const quiz = readyQuiz("remittances");
  const { page, context } = await open("#/play/ready/remittances");
  await start(page);
  for (const question of quiz.questions.slice(0, 2)) {
    await page.getByRole("heading", { level: 1 }).waitFor();
    await answerByKeyboard(page, question);
    await page.keyboard.press("Enter");
    await page.getByRole("region", { name: "Feedback" }).waitFor();
    await page.keyboard.press("Enter");
  }
  const third = new RegExp(`Question 3 of ${quiz.questions.length}`);
  await page.getByRole("heading", { name: third }).waitFor();
  await page.reload();
  await page.getByRole("heading", { name: third }).waitFor();
  await context.close();
});
