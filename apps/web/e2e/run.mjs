// Browser journeys in real Chromium (node's test runner). Needs the built site: `pnpm build` first
// (turbo's test task does). Without a browser: fails when CI=true, else skips and says how to install.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { encodeSpec, generateQuiz, newSpec } from "@nklabor/quiz";
import { artifacts, axe, findBrowser, launch, serve, watch } from "./harness.mjs";

const dist = join(import.meta.dirname, "..", "dist");
if (!existsSync(join(dist, "index.html"))) {
  console.error(
    "browser tests: no built site in apps/web/dist; run `pnpm build` first (pnpm test does).",
  );
  process.exit(1);
}
const browserPath = findBrowser();
if (!browserPath) {
  const how = "install Chromium (Debian: apt-get install -y chromium) or set CHROME_PATH";
  if (process.env.CI === "true") {
    console.error(`browser tests: no Chromium found; ${how}.`);
    process.exit(1);
  }
  console.log(`browser tests skipped: no Chromium found; ${how}.`);
  process.exit(0);
}

let browser;
let site;
before(async () => {
  site = await serve(dist);
  browser = await launch(browserPath);
});
after(async () => {
  await browser?.close();
  await site?.close();
});

async function open(path, { width = 1280, colorScheme = "light", zoom = 1 } = {}) {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    deviceScaleFactor: zoom,
    colorScheme,
    reducedMotion: "reduce",
  });
  const page = await context.newPage();
  const problems = watch(page, new URL(site.url).origin);
  await page.goto(`${site.url}${path}`);
  return { page, context, problems };
}

async function noViolations(page, what) {
  const violations = await axe(page);
  assert.deepEqual(violations, [], `axe on ${what}: ${JSON.stringify(violations, null, 1)}`);
}

const shot = (page, name) =>
  page.screenshot({ path: join(artifacts, `${name}.png`), fullPage: true });
const readyQuiz = (id) => JSON.parse(readFileSync(join(dist, "quizzes", `${id}.json`), "utf8"));

/** Answers the current question right, by keyboard only (focus moves as Tab would take it). */
async function answerByKeyboard(page, question) {
  const key = question.key;
  if (key.format === "choice") await page.keyboard.press(String(key.correct + 1));
  if (key.format === "true-false") await page.keyboard.press(key.correct ? "1" : "2");
  if (key.format === "numeric") {
    await page.keyboard.press("Tab");
    await page.keyboard.type(String(key.correct));
  }
  if (key.format === "ordering") {
    // Move each item up into its place, pressing its "Move up" button with Enter.
    for (let target = 0; target < key.correct.length; target++) {
      const text = key.items[key.correct[target]];
      const up = page.getByRole("button", { name: `Move “${text}” up` });
      let position = await page
        .locator(".ordering .item")
        .allTextContents()
        .then((all) => all.indexOf(text));
      if (position > target) await up.focus();
      while (position > target) {
        await page.keyboard.press("Enter");
        position--;
      }
    }
    // Enter on a focused "Move" button would move again: go on from the question, as Tab would.
    await page.getByRole("heading", { level: 1 }).focus();
  }
  if (key.format === "matching") {
    for (let i = 0; i < key.left.length; i++) {
      await page.getByLabel(key.left[i], { exact: true }).focus();
      for (let n = 0; n <= key.correct[i]; n++) await page.keyboard.press("ArrowDown");
    }
    await page.getByRole("heading", { level: 1 }).focus();
  }
}

describe("play a quiz", () => {
  test("home page: ready quizzes, no accessibility violations, light and dark, 320 px and 1280 px", async () => {
    for (const [width, colorScheme] of [
      [1280, "light"],
      [320, "dark"],
    ]) {
      const { page, context, problems } = await open("#/", { width, colorScheme });
      await page.getByRole("heading", { name: /sourced quiz/ }).waitFor();
      assert.equal(await page.locator(".card").count(), 6);
      await noViolations(page, `home ${width} ${colorScheme}`);
      assert.ok(
        (await page.evaluate(() => document.documentElement.scrollWidth)) <= width,
        "no sideways scrolling",
      );
      await shot(page, `home-${width}-${colorScheme}`);
      assert.deepEqual(problems, []);
      await context.close();
    }
  });

  test("a whole quiz by keyboard only: 10 of 10, feedback with its source, results and review", async () => {
    const quiz = readyQuiz("mix");
    const { page, context, problems } = await open("#/play/ready/mix");
    for (const [i, question] of quiz.questions.entries()) {
      const heading = page.getByRole("heading", { level: 1 });
      await heading.waitFor();
      assert.match(
        await heading.textContent(),
        new RegExp(`Question ${i + 1} of ${quiz.questions.length}`),
      );
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
        await feedback.textContent(),
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
    await page.getByRole("heading", { name: /Question 1 of 10/ }).waitFor();
    assert.match(page.url(), /#\/play\/1[A-Za-z0-9_-]+$/);
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("by mouse at 320 px: wrong answers are marked, the right answer is shown", async () => {
    const quiz = readyQuiz("sanctions");
    const { page, context } = await open("#/play/ready/sanctions", {
      width: 320,
      colorScheme: "dark",
    });
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
        await page
          .getByRole("button", { name: key.correct ? "False" : "True", exact: true })
          .click();
      else if (key.format === "numeric")
        await page.getByLabel("Your answer").fill(String(key.correct + 1));
      else if (key.format === "matching")
        for (let i = 0; i < key.left.length; i++)
          await page.getByLabel(key.left[i], { exact: true }).selectOption({ index: 1 });
      await page.getByRole("button", { name: "Check answer" }).click();
      const feedback = page.getByRole("region", { name: "Feedback" });
      await feedback.waitFor();
      if (key.format !== "ordering" && key.format !== "matching")
        assert.match(await feedback.textContent(), /Not quite|Right answer/);
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

  test("a quiz with every question type, from a share link, answered right", async () => {
    // The bundled facts hold no fair matching set: a teacher's pack of three comparable figures does.
    const figure = (n, value) => ({
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
    const customFacts = {
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
    };
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

  test("at 200% zoom (1280 px shown at 640 CSS px) a question still fits, with no sideways scrolling", async () => {
    const { page, context } = await open("#/play/ready/worker-counts", { width: 640, zoom: 2 });
    await page.getByRole("heading", { level: 1 }).waitFor();
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 640);
    await shot(page, "question-640-zoom-200");
    await context.close();
  });

  test("reloading in the middle resumes the quiz where it was", async () => {
    const quiz = readyQuiz("remittances");
    const { page, context } = await open("#/play/ready/remittances");
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

  test("feedback at the end and a timer, as the spec says", async () => {
    const spec = newSpec("timed", {
      count: 2,
      types: ["true-false"],
      feedback: "end",
      timerSeconds: 5,
    });
    const { page, context } = await open(`#/play/${encodeSpec(spec)}`);
    await page.getByRole("timer").waitFor();
    await page.keyboard.press("1");
    await page.keyboard.press("Enter");
    assert.equal(
      await page.getByRole("region", { name: "Feedback" }).count(),
      0,
      "no feedback before the end",
    );
    await page.getByRole("heading", { name: /Question 2 of 2/ }).waitFor();
    await page.getByText("Time's up").first().waitFor({ timeout: 8000 });
    await noViolations(page, "time up");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { level: 1, name: /of 2/ }).waitFor();
    await context.close();
  });

  test("a corrupt or outdated share link lands on a clear error page", async () => {
    for (const [code, text] of [
      ["1AAAAbroken", /damaged/],
      ["9abc", /different version/],
      ["1abc%20def", /damaged/],
      // Malformed percent-escapes used to throw in the router and blank the app (issue 9, item 2).
      ["%%%", /damaged/],
      ["%E0%A4%A", /damaged/],
    ]) {
      const { page, context, problems } = await open(`#/play/${code}`);
      await page.getByRole("heading", { name: "This quiz link does not work" }).waitFor();
      assert.match(await page.locator(".error-page").textContent(), text);
      await page.getByRole("link", { name: "Go to the home page" }).waitFor();
      await noViolations(page, "error page");
      await shot(page, "error-link");
      assert.deepEqual(problems, []);
      await context.close();
    }
  });
});

describe("teachers build, share, print and export", () => {
  test("build a quiz, edit a question, share it: a fresh browser opens the same quiz", async () => {
    const { page, context, problems } = await open("#/build");
    await page.getByRole("heading", { name: "Build a quiz" }).waitFor();
    await page.getByLabel("Quiz title").fill("Class 7B: the sanctions");
    await page.getByLabel("UN sanctions", { exact: true }).check();
    await page.getByLabel("How many workers", { exact: true }).check();
    await page.getByLabel("Questions", { exact: true }).fill("6");
    await page.getByRole("heading", { name: /Preview: 6 questions/ }).waitFor();
    await page
      .getByRole("button", { name: /^Edit wording/ })
      .first()
      .click();
    await page
      .getByLabel("Question wording")
      .fill("Reworded by the teacher: which figure is right?");
    await page.getByRole("button", { name: "Save wording" }).click();
    await page
      .locator(".preview")
      .getByText("Reworded by the teacher: which figure is right?")
      .waitFor();
    // A teacher's own question, with a problem first: the form says what to fix and adds nothing.
    await page.getByText("Write a question", { exact: true }).click();
    await page.getByLabel("Kind of question").selectOption("choice");
    await page
      .getByLabel("Question", { exact: true })
      .fill("Which resolution ordered workers home?");
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

    const fresh = await browser.newContext();
    const student = await fresh.newPage();
    await student.goto(link.replace(/^https?:\/\/[^/]+\/nklabor\//, site.url));
    const heading = student.getByRole("heading", { level: 1 });
    await heading.waitFor();
    assert.ok(
      firstPreview?.startsWith(
        (await heading.textContent())?.replace(/^Question 1 of 6: /, "") ?? "?",
      ),
      "the same first question",
    );
    assert.match(await heading.textContent(), /Question 1 of 6/);
    await fresh.close();
  });

  test("a reload keeps the draft; a broken file shows its problems and keeps the draft", async () => {
    const { page, context } = await open("#/build");
    await page.getByLabel("Quiz title").fill("Draft that must survive");
    await page.getByLabel("Questions", { exact: true }).fill("4");
    await page.reload();
    await page.getByRole("heading", { name: "Build a quiz" }).waitFor();
    assert.equal(await page.getByLabel("Quiz title").inputValue(), "Draft that must survive");
    assert.equal(await page.getByLabel("Questions", { exact: true }).inputValue(), "4");
    const upload = page.locator('input[type="file"]');
    await upload.setInputFiles({
      name: "broken.json",
      mimeType: "application/json",
      buffer: Buffer.from('{"version":1,"seed":"","count":0,"difficulty":"brutal"}'),
    });
    const alert = page.getByRole("alert");
    await alert.waitFor();
    const text = await alert.textContent();
    for (const path of ["seed:", "count:", "difficulty:"])
      assert.ok(text?.includes(path), `the problem at ${path} is named`);
    await upload.setInputFiles({
      name: "notjson.json",
      mimeType: "application/json",
      buffer: Buffer.from("{ not json"),
    });
    await page
      .getByRole("alert")
      .getByText(/not a JSON file/)
      .waitFor();
    assert.equal(
      await page.getByLabel("Quiz title").inputValue(),
      "Draft that must survive",
      "the draft is unchanged",
    );
    await noViolations(page, "build page with import problems");
    await context.close();
  });

  test("drafts: a list to reopen, duplicate and delete, with undo", async () => {
    const { page, context } = await open("#/build");
    await page.getByLabel("Quiz title").fill("First draft");
    await page.getByRole("button", { name: "Duplicate “First draft”" }).click();
    await page.getByText("First draft (copy) (open)").waitFor();
    await page.getByLabel("Quiz title").fill("Second draft");
    await page.getByRole("button", { name: "Delete “Second draft”" }).click();
    await page.getByRole("status").getByText("Deleted “Second draft”.").waitFor();
    assert.equal(await page.getByLabel("Quiz title").inputValue(), "First draft");
    await page.getByRole("button", { name: "Undo" }).click();
    await page.getByText("Second draft (open)").waitFor();
    await page.getByRole("button", { name: "Open “First draft”" }).click();
    assert.equal(await page.getByLabel("Quiz title").inputValue(), "First draft");
    await page.reload();
    await page.getByText("First draft (open)").waitFor();
    assert.equal(await page.locator(".drafts > li").count(), 2);
    await noViolations(page, "drafts");
    await context.close();
  });

  test("pin a fact and exclude another: the preview follows (at 320 px, without sideways scrolling)", async () => {
    const { page, context } = await open("#/build", { width: 320 });
    await page.getByRole("heading", { name: "Build a quiz" }).waitFor();
    assert.ok(
      (await page.evaluate(() => document.documentElement.scrollWidth)) <= 320,
      "the Build page fits 320 px",
    );
    await page.getByText("Choose facts", { exact: true }).click();
    await page.getByLabel("Find facts (at least 2 letters)").fill("bounty");
    const bounty = page.getByRole("group", { name: /offering a bounty of up to US\$10,000/ });
    await bounty.getByLabel("Always ask").check();
    await page
      .locator(".preview")
      .getByText(/bounty|US\$10,000|\$10,000/)
      .first()
      .waitFor();
    await page.getByLabel("Find facts (at least 2 letters)").fill("37,000");
    const ceiling = page.getByRole("group", { name: /as many as 37,000 North Korean laborers/ });
    await ceiling.getByLabel("Never ask").check();
    const quizText = await page.locator(".preview").textContent();
    assert.doesNotMatch(
      quizText ?? "",
      /as many as ___ North Korean laborers had been in Russia at a time/,
    );
    await noViolations(page, "fact picker");
    await context.close();
  });

  test("a teacher's own fact: problems show beside their fields; once valid, the quiz asks about it", async () => {
    const { page, context } = await open("#/build");
    await page.getByText("Add a fact", { exact: true }).click();
    const form = page.locator("form", { has: page.getByRole("button", { name: "Add the fact" }) });
    await form
      .getByLabel("The claim, in one sentence")
      .fill(
        "Example Daily reported in December 2019 that at least 1,200 North Korean workers left Vladivostok.",
      );
    await form.getByLabel("Who said it").fill("Example Daily");
    await form.getByLabel(/^When they said it/).fill("2019-12");
    await form.getByLabel("Publisher of the source").fill("Example Daily");
    await form.getByLabel("Headline or title of the source").fill("Workers leave");
    await form.getByLabel("Web address of the source").fill("https://example.org/workers");
    await form.getByLabel("Date the source was published").fill("2019-12");
    await form.getByLabel(/^Quote/).fill("Many workers left the city.");
    await form.getByLabel(/^The figure as the quote words it/).fill("at least 1,200");
    await form.getByLabel("The figure as a number").fill("1200");
    await form.getByLabel("The source says the figure is").selectOption("atLeast");
    await form
      .getByLabel("What the figure counts")
      .fill("North Korean workers who left Vladivostok");
    await page.getByRole("button", { name: "Add the fact" }).click();
    await form.getByText(/does not appear in any quote/).waitFor();
    assert.equal(
      await page.getByRole("button", { name: /^Remove your fact/ }).count(),
      0,
      "nothing added yet",
    );
    await noViolations(page, "own fact with problems");
    await form
      .getByLabel(/^Quote/)
      .fill("At least 1,200 North Korean workers left Vladivostok in December.");
    await form.getByLabel(/^The figure as the quote words it/).fill("At least 1,200");
    await page.getByRole("button", { name: "Add the fact" }).click();
    await page.getByRole("button", { name: /^Remove your fact/ }).waitFor();
    await page
      .locator(".preview")
      .getByText(/1,200|Example Daily/)
      .first()
      .waitFor();
    await context.close();
  });

  test("export: the warnings show before download; the file downloads", async () => {
    const { page, context } = await open("#/build");
    await page.getByLabel("Export for").selectOption("kahoot");
    await page.getByText(/questions fit; left out:|Every question fits/).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download" }).click(),
    ]);
    assert.match(download.suggestedFilename(), /\.kahoot\.xlsx$/);
    await context.close();
  });

  test("print: a worksheet without answers, then the answer key on its own page", async () => {
    const spec = newSpec("print-test", { title: "Printed quiz", count: 5 });
    const { page, context } = await open(`#/print/${encodeSpec(spec)}`);
    await page.getByRole("heading", { name: "Printed quiz", exact: true }).waitFor();
    await noViolations(page, "print view");
    await page.emulateMedia({ media: "print" });
    assert.equal(await page.locator("header.site").isVisible(), false, "no site header on paper");
    const worksheet = await page.locator(".worksheet").textContent();
    assert.doesNotMatch(worksheet ?? "", /Answer key|right answer/i);
    for (const size of ["A4", "Letter"]) {
      const pdf = await page.pdf({ format: size, path: join(artifacts, `print-${size}.pdf`) });
      const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      assert.ok(pages >= 2, `${size}: worksheet and answer key on separate pages (${pages} pages)`);
    }
    await context.close();
  });
});

describe("the facts", () => {
  test("search and filter the facts; the disagreements shown side by side", async () => {
    const { page, context, problems } = await open("#/facts");
    await page.getByRole("heading", { name: "The facts" }).waitFor();
    const count = page.locator(".count");
    assert.match(await count.textContent(), /^64 facts/);
    await page.getByLabel("Topic").selectOption("worker-counts");
    assert.match(await count.textContent(), /^10 facts/);
    await page.getByLabel("Search").fill("Matsegora");
    await page.waitForFunction(() =>
      /^[1-9] fact/.test(document.querySelector(".count")?.textContent ?? ""),
    );
    for (const text of await page.locator(".facts .claim").allTextContents())
      assert.match(text, /Matsegora/);
    assert.ok(
      await page.getByRole("img", { name: /How many North Korean workers/ }).isVisible(),
      "the estimates chart",
    );
    await noViolations(page, "facts page");
    await shot(page, "facts-1280");
    assert.deepEqual(problems, []);
    await context.close();
  });

  test("content is rendered as text only: no dangerouslySetInnerHTML anywhere in the app", async () => {
    const src = join(import.meta.dirname, "..", "src");
    for (const file of readdirSync(src)) {
      assert.doesNotMatch(
        readFileSync(join(src, file), "utf8"),
        /dangerouslySetInnerHTML|innerHTML\s*=/,
        file,
      );
    }
  });

  test("the site has a Content-Security-Policy without inline script", async () => {
    const html = readFileSync(join(dist, "index.html"), "utf8").replaceAll("&#39;", "'");
    assert.match(html, /Content-Security-Policy" content="default-src 'self'; script-src 'self';/);
    assert.doesNotMatch(html, /<script(?![^>]*\ssrc=)[^>]*>/, "no inline script in index.html");
  });
});
