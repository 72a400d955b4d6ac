// @ts-check
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { bundledPack, parseFactPack } from "@nklabor/facts";
import { decodeSpec, generateQuiz } from "@nklabor/quiz";
import { answerByKeyboard, noViolations, open, shot, start, text } from "../journey.mjs";

/**
 * One fact of each kind, as a teacher types it, with one wrong try each: a figure missing from
 * the quote, a claim said after its source was published, or no claimant.
 * @type {{ kind: RegExp, fields: Record<string, string>, choices?: Record<string, string>, wrong: Record<string, string>, problem: RegExp, unit: RegExp }[]}
 */
const FACTS = [
  {
    kind: /A count of people/,
    fields: {
      "^The claim":
        "Example Daily said in August 2019 that as many as 3,000 North Koreans worked in Primorye.",
      "^The figure as the quote words it": "as many as 3,000",
      "^The figure as a number": "3000",
      "^What the figure counts": "North Korean workers in Primorye",
      "^Where it applies": "Primorye",
      "^Quote": "As it reported, as many as 3,000 North Koreans worked in Primorye.",
    },
    wrong: { "^Quote": "Many North Koreans worked in Primorye." },
    problem: /does not appear in any quote/,
    unit: /3,000|people/,
  },
  {
    kind: /A sum of money/,
    fields: {
      "^The claim":
        "Example Daily said in August 2019 that each worker had to hand over about US$700 a month.",
      "^The figure as the quote words it": "about US$700",
      "^The sum in US dollars": "700",
      "^Quote": "Each worker had to hand over about US$700 a month, it said.",
    },
    choices: { "^The sum is": "month", "^The money is": "contribution" },
    wrong: { "^When they said it": "2020-01" },
    problem: /after its source/,
    unit: /US\$700|US\$ per month/,
  },
  {
    kind: /A length of time/,
    fields: {
      "^The claim":
        "Example Daily said in August 2019 that workers' shifts lasted up to 16 hours a day.",
      "^The figure as the quote words it": "up to 16 hours",
      "^The length as a number": "16",
      "^What lasts that long": "a worker's shift",
      "^Quote": "Shifts lasted up to 16 hours a day.",
    },
    choices: { "^Measured in": "hours", "^The length is": "day" },
    wrong: { "^Who said it": "" },
    problem: /Say who made the claim/,
    unit: /hours/,
  },
  {
    kind: /A share/,
    fields: {
      "^The claim":
        "Example Daily said in August 2019 that workers kept only 20% of their earnings.",
      "^The figure as the quote words it": "only 20%",
      "^The share as a percentage": "20%",
      "^What it is a share of": "their earnings",
      "^Quote": "Workers kept only 20% of their earnings.",
    },
    wrong: { "^Quote": "Workers kept little of their earnings." },
    problem: /does not appear in any quote/,
    unit: /20%|percent/,
  },
  {
    kind: /An event/,
    fields: {
      "^The claim":
        "Example Daily reported that a dormitory in Vladivostok was closed in July 2019.",
      "^A short title": "Vladivostok dormitory closed",
      "^When it happened": "2019-07",
      "^Quote": "The dormitory was closed in July.",
    },
    wrong: { "^When they said it": "2019-10" },
    problem: /after its source/,
    unit: /Vladivostok dormitory closed|Example Daily/,
  },
  {
    kind: /A statement/,
    fields: {
      "^The claim": "Example Daily said in August 2019 that workers lived in crowded dormitories.",
      "^Quote": "The workers lived in crowded dormitories.",
    },
    wrong: { "^Who said it": "" },
    problem: /Say who made the claim/,
    unit: /crowded dormitories/,
  },
];
const SOURCE = {
  "^Who said it": "Example Daily",
  "^When they said it": "2019-08",
  "^Publisher of the source": "Example Daily",
  "^Headline or title of the source": "Workers in the Far East",
  "^Web address of the source": "https://example.org/far-east",
  "^Date the source was published": "2019-09",
};

test("a teacher adds a fact of each kind, sees its questions first, and a student plays them", async () => {
  const { page, context, problems } = await open("#/build");
  await page.getByText("Add a fact", { exact: true }).click();
  const form = page.locator("form", { has: page.getByRole("button", { name: "Add the fact" }) });
  /** @param {Record<string, string>} fields */
  const fill = async (fields) => {
    for (const [label, value] of Object.entries(fields))
      await form.getByLabel(new RegExp(label)).fill(value);
  };
  for (const [n, fact] of FACTS.entries()) {
    await form.getByLabel(fact.kind).check();
    await form.getByLabel("They are").selectOption("media");
    await fill({ ...SOURCE, ...fact.fields });
    // A choice of a few words is a select; of phrases, radio buttons under a legend.
    for (const [label, value] of Object.entries(fact.choices ?? {})) {
      if ((await form.getByLabel(new RegExp(label)).count()) > 0)
        await form.getByLabel(new RegExp(label)).selectOption(value);
      else
        await form
          .getByRole("group", { name: new RegExp(label) })
          .locator(`input[value="${value}"]`)
          .check();
    }
    // The wrong try: nothing is added, and the problem shows beside its field.
    await fill(fact.wrong);
    await form.getByRole("button", { name: "Add the fact" }).click();
    await form.locator(".field-problem", { hasText: fact.problem }).waitFor();
    assert.equal(await page.getByRole("button", { name: /^Remove your fact/ }).count(), n);
    if (n === 0) await noViolations(page, "own fact with a problem");
    await fill({ ...SOURCE, ...fact.fields });
    // The preview shows the questions, in the fact's own unit.
    await form.getByRole("button", { name: "Preview its questions" }).click();
    const preview = form.getByRole("region", { name: "The questions this fact would give" });
    await preview.waitFor();
    assert.match(await text(preview), fact.unit, `the preview of ${fact.kind}`);
    if (!/people/.test(String(fact.kind))) assert.doesNotMatch(await text(preview), /___ people/);
    if (n === 1) await shot(page, "own-fact-money-preview");
    await form.getByRole("button", { name: "Add the fact" }).click();
    await page
      .getByRole("button", { name: /^Remove your fact/ })
      .nth(n)
      .waitFor();
  }
  await noViolations(page, "six own facts");
  // The teacher's count of Primorye and the embassy's petition for 3,500 disagree.
  await page.getByText("Mark two facts as disagreeing", { exact: true }).click();
  const conflict = page.locator("form", {
    has: page.getByRole("button", { name: "Mark them as disagreeing" }),
  });
  const primorye = await conflict
    .getByLabel("One fact")
    .locator("option", { hasText: "3,000 North Koreans worked in Primorye" })
    .getAttribute("value");
  await conflict.getByLabel("One fact").selectOption(String(primorye));
  await conflict
    .getByLabel("The fact that disagrees with it")
    .selectOption("embassy-petition-3500");
  await conflict.getByRole("button", { name: "Mark them as disagreeing" }).click();
  await conflict.getByText("say what they answer differently").waitFor();
  await conflict
    .getByLabel(/^The question they answer differently/)
    .fill("How many North Koreans worked there?");
  await conflict
    .getByLabel(/^Why they may differ/)
    .fill("One counted a region, the other permits asked for.");
  await conflict.getByRole("button", { name: "Mark them as disagreeing" }).click();
  await page.getByRole("button", { name: /^Remove the disagreement/ }).waitFor();
  await noViolations(page, "a disagreement marked");
  const link = await page.getByLabel(/^Link \(\d+ characters\)/).inputValue();
  assert.deepEqual(problems, []);
  await context.close();

  // The student's quiz asks about every one of the six, each in its unit and period.
  const code = link.replace(/^.*#\/play\//, "");
  const spec = decodeSpec(code);
  const quiz = generateQuiz(spec);
  const own = new Set(spec.customFacts?.facts.map((f) => f.id));
  assert.equal(own.size, 6);
  for (const id of own)
    assert.ok(
      quiz.questions.some((q) => q.factIds.includes(id)),
      `a question about ${id}: ${quiz.questions.map((q) => q.prompt).join(" | ")}`,
    );
  const compared = quiz.questions.find(
    (q) => q.type === "estimates-vary" && q.factIds.some((id) => id === "embassy-petition-3500"),
  );
  assert.match(
    String(compared?.prompt),
    /^The sources give different figures: how many North Koreans worked there\? Which of the two/,
  );
  assert.match(JSON.stringify(compared?.key), /Example Daily/);
  for (const q of quiz.questions) {
    const fact = spec.customFacts?.facts.find((f) => q.factIds.includes(f.id));
    if (fact?.kind === "money" && q.key.format === "numeric")
      assert.equal(q.key.unit, "US dollars per month");
    if (fact?.kind === "money" && q.key.format === "choice")
      for (const o of q.key.options) assert.match(o.text, /^US\$|Example Daily|[A-Z]/);
    if (fact?.kind === "duration" && q.key.format === "numeric")
      assert.equal(q.key.unit, "hours per day");
    if (fact?.kind === "share" && q.key.format === "numeric") assert.equal(q.key.unit, "percent");
    if (fact && fact.kind !== "headcount") assert.doesNotMatch(q.prompt, /\bpeople\b/);
  }
  const student = await open(`#/play/${code}`);
  await start(student.page);
  for (const question of quiz.questions) {
    const heading = student.page.getByRole("heading", { level: 1 });
    await heading.waitFor();
    assert.ok((await text(heading)).endsWith(question.prompt), `shown: ${question.prompt}`);
    await answerByKeyboard(student.page, question);
    await student.page.keyboard.press("Enter");
    await student.page.getByRole("region", { name: "Feedback" }).waitFor();
    await student.page.keyboard.press("Enter");
  }
  const n = quiz.questions.length;
  await student.page
    .getByRole("heading", { name: new RegExp(`${n} of ${n} \\(100%\\)`) })
    .waitFor();
  assert.deepEqual(student.problems, []);
  await student.context.close();
});

/** A pack of two statements by Example Daily, whose claimant is `claimant`. */
const trainPack = (/** @type {string} */ claimant) => ({
  version: 1,
  sources: [
    {
      id: "daily",
      kind: "news",
      publisher: "Example Daily",
      headline: "Workers leave",
      published: "2019-12",
      url: "https://example.org/workers",
    },
  ],
  actors: [{ id: "example-daily", kind: "media", name: "Example Daily" }],
  facts: [1, 2].map((n) => ({
    id: `by-train-${n}`,
    kind: "statement",
    topic: "enforcement",
    claim: `Example Daily said the workers left by train (${n}).`,
    claimant,
    stated: { date: "2019-12" },
    when: { kind: "point", at: { date: "2019-12" } },
    appliesTo: "Russia",
    references: [{ source: "daily", quote: "They left by train." }],
    rank: { level: "normal" },
  })),
});

test("a fact pack file: added whole when valid; a broken one adds nothing and names the problem", async () => {
  const { page, context, problems } = await open("#/build");
  const addFile = page.getByText("Add facts from a file…").locator("input[type=file]");
  await addFile.setInputFiles({
    name: "broken.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(trainPack("nobody"))),
  });
  await page.getByText(/Nothing was added from “broken\.json”/).waitFor();
  await page
    .getByText(/^facts\.0\.claimant: UNKNOWN_/)
    .first()
    .waitFor();
  assert.equal(await page.getByRole("button", { name: /^Remove your fact/ }).count(), 0);
  await addFile.setInputFiles({
    name: "class.json",
    mimeType: "application/json",
    buffer: Buffer.from(JSON.stringify(trainPack("example-daily"))),
  });
  await page.getByText("Added 2 facts from “class.json”.").waitFor();
  assert.equal(await page.getByRole("button", { name: /^Remove your fact/ }).count(), 2);
  assert.deepEqual(problems, []);
  await context.close();
});

const fixture = (/** @type {string} */ name) =>
  readFileSync(new URL(`../../../../packages/facts/test-fixtures/${name}`, import.meta.url));

/**
 * Adds a file with "Add facts from a file…".
 * @param {import("playwright-core").Page} page
 * @param {string} name
 * @param {Buffer} buffer
 */
const addFile = (page, name, buffer) =>
  page
    .getByText("Add facts from a file…")
    .locator("input[type=file]")
    .setInputFiles({
      name,
      mimeType: name.endsWith(".csv") ? "text/csv" : "application/json",
      buffer,
    });

/**
 * The bytes a download button saves.
 * @param {import("playwright-core").Page} page
 * @param {string} button
 */
async function downloaded(page, button) {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: button }).click(),
  ]);
  return readFileSync(/** @type {string} */ (await download.path()));
}

test("fact sheets and packs: 30 facts from a CSV and from JSON; each download read back gives the same bytes", async () => {
  const { page, context, problems } = await open("#/build");
  await addFile(page, "thirty.csv", fixture("thirty-facts.csv"));
  await page.getByText("Added 30 facts from “thirty.csv”.").waitFor();
  assert.equal(await page.getByRole("button", { name: /^Remove your fact/ }).count(), 30);
  const csv = await downloaded(page, "Download your facts (CSV)");
  const json = await downloaded(page, "Download your facts (JSON)");
  assert.ok(parseFactPack(JSON.parse(json.toString("utf8")), { extends: bundledPack }).ok);
  assert.deepEqual(problems, []);
  await context.close();

  for (const [name, bytes, button] of /** @type {const} */ ([
    ["again.csv", csv, "Download your facts (CSV)"],
    ["again.json", json, "Download your facts (JSON)"],
  ])) {
    const fresh = await open("#/build");
    await addFile(fresh.page, name, bytes);
    await fresh.page.getByText(`Added 30 facts from “${name}”.`).waitFor();
    const again = await downloaded(fresh.page, button);
    assert.ok(again.equals(bytes), `${name}: the second download is the first, byte for byte`);
    assert.deepEqual(fresh.problems, []);
    await fresh.context.close();
  }
});

test("a sheet with three bad rows: each problem by line and column, nothing lost, then only the valid rows", async () => {
  const { page, context, problems } = await open("#/build");
  // The draft has two facts of its own already.
  await addFile(page, "two.json", Buffer.from(JSON.stringify(trainPack("example-daily"))));
  await page.getByText("Added 2 facts from “two.json”.").waitFor();
  await addFile(page, "bad.csv", fixture("thirty-facts-three-bad.csv"));
  const alert = page.getByRole("alert").filter({ hasText: "Nothing was added from “bad.csv”" });
  await alert.waitFor();
  for (const line of [/^Line 4, wording: /, /^Line 9, claimant: /, /^Line 16, stated: /])
    await alert.getByText(line).waitFor();
  assert.equal(await page.getByRole("button", { name: /^Remove your fact/ }).count(), 2);
  await noViolations(page, "a sheet with bad rows");
  await shot(page, "own-facts-bad-sheet");
  await alert.getByRole("button", { name: "Add only the 27 valid facts" }).click();
  await page.getByText("Added 27 facts from “bad.csv”.").waitFor();
  assert.equal(await page.getByRole("button", { name: /^Remove your fact/ }).count(), 29);
  assert.deepEqual(problems, []);
  await context.close();
});
