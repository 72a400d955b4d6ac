// @ts-check
import assert from "node:assert/strict";
import { test } from "node:test";
import { newContext, noViolations, open, shot, siteUrl, start, text } from "../journey.mjs";

test("build a quiz, edit a question, share it: a fresh browser opens the same quiz", async () => {
  const { page, context, problems } = await open("#/build");
  await page.getByRole("heading", { name: "Build a quiz" }).waitFor();
  await page.getByLabel("Quiz title").fill("Class 7B: the sanctions");
  // The quiz's topics (a fact of one's own has a topic too, among its radio buttons).
  await page.getByRole("checkbox", { name: "UN sanctions", exact: true }).check();
  await page.getByRole("checkbox", { name: "How many workers", exact: true }).check();
  await page.getByLabel("Questions", { exact: true }).fill("6");
  await page.getByRole("heading", { name: /Preview: 6 questions/ }).waitFor();
  await page
    .getByRole("button", { name: /^Edit wording/ })
    .first()
    .click();
  await page.getByLabel("Question wording").fill("Reworded by the teacher: which figure is right?");
  await page.getByRole("button", { name: "Save wording" }).click();
  await page
    .locator(".preview")
    .getByText("Reworded by the teacher: which figure is right?")
    .waitFor();
  // A teacher's own question, with a problem first: the form says what to fix and adds nothing.
  await page.getByText("Write a question", { exact: true }).click();
  await page.getByLabel("Kind of question").selectOption("choice");
  await page.getByLabel("Question", { exact: true }).fill("Which resolution ordered workers home?");
  await page.getByLabel("Answers, one a line").fill("2371\n2397\n2375");
  await page.getByLabel("Number of the right answer").fill("5");
  await page.getByRole("button", { name: "Add the question" }).click();
  await page
    .getByRole("alert")
    .getByText(/Right answer/)
    .waitFor();
  await page.getByLabel("Number of the right answer").fill("2");
  await page.getByRole("button", { name: "Add the question" }).click();
  await page
    .locator(".preview .prompt-preview", { hasText: "Which resolution ordered workers home?" })
    .waitFor();
  await page.getByText("Show a QR code for the projector").click();
  assert.ok(await page.getByRole("img", { name: "QR code of the quiz link" }).isVisible());
  await noViolations(page, "build page");
  await shot(page, "build-1280");
  // Reorder: the second question moves to the top, and the link carries the order.
  const second = await page.locator(".preview .prompt-preview").nth(1).textContent();
  await page
    .getByRole("button", { name: /^Move up question/ })
    .nth(1)
    .click();
  assert.equal(await page.locator(".preview .prompt-preview").first().textContent(), second);
  const link = await page.getByLabel(/^Link \(\d+ characters\)/).inputValue();
  assert.match(link, /#\/play\/1[A-Za-z0-9_-]+$/);
  const firstPreview = await page.locator(".preview .prompt-preview").first().textContent();
  assert.deepEqual(problems, []);
  await context.close();

  const fresh = await newContext();
  const student = await fresh.newPage();
  await student.goto(link.replace(/^https?:\/\/[^/]+\/nklabor\//, siteUrl()));
  // The start screen carries the title the teacher gave.
  await student.getByRole("heading", { level: 1, name: "Class 7B: the sanctions" }).waitFor();
  await start(student);
  const heading = student.getByRole("heading", { level: 1, name: /^Question 1 of 6: / });
  await heading.waitFor();
  const prompt = (await text(heading)).replace(/^Question 1 of 6: /, "");
  assert.ok(prompt.length > 10, `a question, not "${prompt}"`);
  assert.ok(firstPreview?.startsWith(prompt), "the same first question");
  await fresh.close();
});
