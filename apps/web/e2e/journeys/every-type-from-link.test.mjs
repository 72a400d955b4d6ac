// @ts-check
import assert from "node:assert/strict";
import { test } from "node:test";
import { bundledPack, parseFactPack } from "@nklabor/facts";
import { encodeSpec, generateQuiz, newSpec } from "@nklabor/quiz";
import { answerByKeyboard, open, shot, start } from "../journey.mjs";

test("a quiz with every question type, from a share link, answered right", async () => {
  // The bundled facts hold no fair matching set: a teacher's pack of three comparable figures does.
  const figure = (/** @type {number} */ n, /** @type {number} */ value) => ({
    id: `class-count-${n}`,
    kind: "headcount",
    topic: "worker-counts",
    claim: `A class handout said in 2019 that ${value.toLocaleString("en-US")} workers were in group ${n}.`,
    claimant: "class-handout",
    stated: { date: "2019" },
    when: { kind: "point", at: { date: "2019" } },
    appliesTo: "Classland",
    amount: { hedge: "exact", value, wording: value.toLocaleString("en-US") },
    counted: `workers in group ${n}`,
    unit: "people",
    references: [
      {
        source: "class-source",
        quote: `${value.toLocaleString("en-US")} workers were in group ${n}.`,
      },
    ],
    rank: { level: "normal" },
  });
  const pack = parseFactPack(
    {
      version: 1,
      sources: [
        {
          id: "class-source",
          kind: "news",
          publisher: "Class Daily",
          headline: "Groups",
          published: "2019-08-01",
          url: "https://example.org/groups",
        },
      ],
      actors: [{ id: "class-handout", kind: "organization", name: "A class handout" }],
      facts: [figure(1, 1200), figure(2, 2500), figure(3, 4100)],
      conflicts: [],
    },
    { extends: bundledPack },
  );
  if (!pack.ok) throw new Error(JSON.stringify(pack.issues));
  const customFacts = pack.pack;
  let spec;
  for (let n = 0; !spec; n++) {
    assert.ok(n < 500, "no seed gives a quiz with every question type");
    const candidate = newSpec(`every-type-${n}`, {
      count: 9,
      shuffle: false,
      customFacts,
      customQuestions: [
        {
          id: "order",
          format: "ordering",
          prompt: "Put the resolutions in order.",
          items: ["2371", "2375", "2397"],
        },
      ],
    });
    const types = new Set(generateQuiz(candidate).questions.map((q) => q.type));
    if (types.size === 8) spec = candidate;
  }
  const quiz = generateQuiz(spec);
  const { page, context, problems } = await open(`#/play/${encodeSpec(spec)}`);
  await start(page);
  for (const question of quiz.questions) {
    await page.getByRole("heading", { level: 1 }).waitFor();
    await answerByKeyboard(page, question);
    await page.keyboard.press("Enter");
    await page
      .getByRole("region", { name: "Feedback" })
      .waitFor({ timeout: 5000 })
      .catch(async (error) => {
        await shot(page, `failed-${question.type}`);
        throw new Error(`no feedback for ${question.type}: ${question.prompt}`, { cause: error });
      });
    await shot(page, `type-${question.type}`);
    await page.keyboard.press("Enter");
  }
  await page.getByRole("heading", { name: /9 of 9 \(100%\)/ }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});
