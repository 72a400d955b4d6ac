// @ts-check
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { encodeResult, encodeSpec, generateQuiz, newSpec, resultOf } from "@nklabor/quiz";
import { parse as parseCsv } from "csv-parse/sync";
import { noViolations, open, shot, text } from "../journey.mjs";

/** The teacher's quiz: three true-or-false questions, shared as a link. */
const spec = newSpec("class-journey", {
  title: "Class 7B: sanctions",
  count: 3,
  types: ["true-false"],
});
const quiz = generateQuiz(spec);
const code = encodeSpec(spec);

/**
 * A student plays the teacher's link by keyboard (True or False by `picks`), then makes a
 * results code under their name: what they would send the teacher.
 * @param {string} name
 * @param {readonly boolean[]} picks
 */
async function studentCode(name, picks) {
  const { page, context, problems } = await open(`#/play/${code}/start`, { width: 390 });
  for (const pick of picks) {
    await page.locator("#question-heading").waitFor();
    await page.keyboard.press(pick ? "1" : "2");
    await page.keyboard.press("Enter");
    await page.locator("section.feedback").waitFor();
    await page.keyboard.press("Enter");
  }
  await page.waitForFunction(() => location.hash === "#/results");
  const send = page.getByRole("region", { name: "Send your results to your teacher" });
  await send.getByLabel("Your name (optional)").fill(name);
  await send.getByRole("button", { name: "Make my results code" }).click();
  const box = send.getByLabel(/^Your results code \(\d+ characters\)$/);
  await box.waitFor();
  const result = await box.inputValue();
  assert.match(result, /^R1[A-Za-z0-9_-]+$/);
  // Its QR code, for a teacher's phone.
  await send.getByRole("img", { name: "QR code of your results code" }).waitFor();
  await noViolations(page, "a student's results with their code");
  if (name === "Ana") await shot(page, "class-student-code-390");
  assert.deepEqual(problems, [], name);
  await context.close();
  return result;
}

test("three students send codes; the teacher sees each student and each question, and the codes not counted", async () => {
  const truth = quiz.questions.map((q) => q.key.format === "true-false" && q.key.correct);
  const ana = await studentCode("Ana", truth);
  const ben = await studentCode(
    "Ben",
    truth.map((t, i) => (i === 0 ? !t : t)),
  );
  const cho = await studentCode(
    "Cho",
    truth.map((t, i) => (i < 2 ? !t : t)),
  );
  const otherSpec = newSpec("another-class", { count: 2 });
  const foreign = encodeResult(resultOf(otherSpec, generateQuiz(otherSpec), {}, { name: "Dan" }));

  const { page, context, problems } = await open(`#/class/${code}`);
  await page.getByRole("heading", { level: 1, name: "Class results" }).waitFor();
  await page.getByText("Results of “Class 7B: sanctions”").waitFor();
  assert.match(await text(page.locator(".class-results")), /not proof/);
  await page
    .getByLabel("Results codes (one a line)")
    .fill([ana, ben, "R1thiscodeisbroken", cho, foreign, ben].join("\n"));
  await page.getByRole("heading", { name: "3 students" }).waitFor();
  const rows = await page
    .getByRole("table")
    .first()
    .locator("tbody tr")
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.children].slice(0, 2).map((c) => c.textContent?.trim())),
    );
  assert.deepEqual(rows, [
    ["Ana", "3 of 3"],
    ["Ben", "2 of 3"],
    ["Cho", "1 of 3"],
  ]);
  // Per question: the share right and the commonest wrong answer.
  const items = await page
    .getByRole("table")
    .nth(1)
    .locator("tbody tr")
    .evaluateAll((trs) => trs.map((tr) => [...tr.children].slice(1).map((c) => c.textContent)));
  assert.deepEqual(
    items.map((r) => r[0]),
    ["33%", "67%", "100%"],
  );
  assert.match(items[0]?.[2] ?? "", /^(True|False) \(2 students\)$/);
  // The hardest, with its sources to discuss.
  const hardest = page.getByRole("region", { name: /Hardest for the class/ });
  await hardest.locator("blockquote").first().waitFor();
  // The codes not counted, each by its line.
  assert.deepEqual(await page.locator(".problems li").allTextContents(), [
    "Line 3: not a readable results code.",
    "Line 5: a result of another quiz.",
    "Line 6: the same result as an earlier line.",
  ]);
  await noViolations(page, "the class results");
  // The CSV, read back: a row per student, a column per question.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download as CSV" }).click(),
  ]);
  const csv = parseCsv(readFileSync(/** @type {string} */ (await download.path()), "utf8"));
  assert.equal(csv.length, 4);
  assert.deepEqual(
    csv.map((/** @type {string[]} */ r) => [r[0], r[2]]),
    [
      ["name", "score"],
      ["Ana", "3"],
      ["Ben", "2"],
      ["Cho", "1"],
    ],
  );
  assert.equal(csv[0]?.length, 4 + quiz.questions.length);
  // What was pasted stays: a reload keeps it.
  await page.reload();
  await page.getByRole("heading", { name: "3 students" }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test("screenshots: the class results of 30 students at 390 and 1280 px", async () => {
  const spec30 = newSpec("class-30", { title: "Class 9A: the money", count: 8 });
  const quiz30 = generateQuiz(spec30);
  const names =
    "Ana Ben Cho Dana Eun Fedor Gina Hye Igor Jae Kira Lev Mina Nikita Oksana Park Quinn Roma Seo Timur Uri Vera Won Xenia Yuna Zoya Alexei Bora Chae Dima".split(
      " ",
    );
  const codes = names.map((name, s) =>
    encodeResult(
      resultOf(
        spec30,
        quiz30,
        Object.fromEntries(
          quiz30.questions.map((q, i) => {
            const k = q.key;
            const pick = (s * 7 + i * 3) % 5;
            return [
              q.id,
              k.format === "choice"
                ? {
                    format: "choice",
                    index: pick < 3 ? k.correct : (k.correct + pick) % k.options.length,
                  }
                : k.format === "true-false"
                  ? { format: "true-false", value: pick < 3 ? k.correct : !k.correct }
                  : k.format === "numeric"
                    ? { format: "numeric", value: pick < 3 ? k.correct : k.correct * 2 }
                    : k.format === "ordering"
                      ? {
                          format: "ordering",
                          order: pick < 3 ? [...k.correct] : k.items.map((_, j) => j),
                        }
                      : {
                          format: "matching",
                          pairs: pick < 3 ? [...k.correct] : k.left.map((_, j) => j),
                        },
            ];
          }),
        ),
        { name, finished: new Date(Date.UTC(2026, 11, 5, 9, s)) },
      ),
    ),
  );
  for (const width of [390, 1280]) {
    const { page, context, problems } = await open(`#/class/${encodeSpec(spec30)}`, { width });
    await page.getByLabel("Results codes (one a line)").fill(codes.join("\n"));
    await page.getByRole("heading", { name: "30 students" }).waitFor();
    await page
      .getByRole("region", { name: /Hardest for the class/ })
      .locator("li")
      .first()
      .waitFor();
    await noViolations(page, `30 students at ${width} px`);
    const wide = await page.evaluate(
      () => document.documentElement.scrollWidth > window.innerWidth,
    );
    assert.equal(wide, false, `the page fits ${width} px (tables scroll in their boxes)`);
    await shot(page, `class-results-30-${width}`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});
