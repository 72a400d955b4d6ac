// @ts-check
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { test } from "node:test";
import { actors, sources } from "@nklabor/facts";
import { encodeSpec, generateQuiz, loadVoice, newSpec } from "@nklabor/quiz";
import { noViolations, open, shot, siteUrl, text } from "../journey.mjs";

/** @typedef {import("playwright-core").Page} Page */

/** Each page in each language: its address and a heading (level 1) only that language shows. */
const PAGES = /** @type {const} */ ([
  {
    name: "home",
    hash: "#/",
    ko: "러시아의 북한 노동자: 출처가 있는 퀴즈",
    ru: "Северокорейские рабочие в России: викторина с источниками",
  },
  { name: "build", hash: "#/build", ko: "퀴즈 만들기", ru: "Создать викторину" },
  { name: "facts", hash: "#/facts", ko: "사실", ru: "Факты" },
  { name: "start", hash: "#/play/ready/mix", ko: "빠른 종합 퀴즈", ru: "Быстрая смесь" },
  { name: "class", hash: "#/class", ko: "학급 결과", ru: "Результаты класса" },
]);

/**
 * What does not fit at this width: the page scrolling sideways, and every element whose own text
 * is cut off (wider than its box, where its box clips it, or a form control narrower than its
 * text). Details are opened first, so the Build page's forms are checked too.
 * @param {Page} page
 */
async function overflowing(page) {
  return page.evaluate(() => {
    for (const details of document.querySelectorAll("details")) details.open = true;
    const found = [];
    /** @param {Element | null} el */
    const scrolled = (el) => {
      for (let at = el; at && at !== document.body; at = at.parentElement)
        if (/auto|scroll/.test(getComputedStyle(at).overflowX)) return true;
      return false;
    };
    const root = document.scrollingElement ?? document.documentElement;
    if (root.scrollWidth > window.innerWidth) found.push(`page: ${root.scrollWidth} px wide`);
    for (const el of document.body.querySelectorAll("*")) {
      if (!(el instanceof HTMLElement) || el.closest(".visually-hidden")) continue;
      const style = getComputedStyle(el);
      if (style.display === "none" || style.visibility === "hidden" || style.display === "inline")
        continue;
      const ownText = [...el.childNodes].some(
        (n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? "").trim() !== "",
      );
      const control = el.matches("button, select, label");
      if (!ownText && !control) continue;
      const clips = style.overflowX !== "visible" || style.textOverflow === "ellipsis" || control;
      if (clips && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0)
        found.push(
          `${el.tagName.toLowerCase()}.${el.className}: "${(el.textContent ?? "").trim().slice(0, 40)}" ${el.scrollWidth} > ${el.clientWidth}`,
        );
      // Inside a box that scrolls sideways (a wide table in its card) it is not cut off.
      const box = el.getBoundingClientRect();
      if (
        box.width > 0 &&
        (box.right > window.innerWidth + 1 || box.left < -1) &&
        !scrolled(el.parentElement)
      )
        found.push(
          `${el.tagName.toLowerCase()} outside the page: "${(el.textContent ?? "").trim().slice(0, 40)}"`,
        );
    }
    // Every word shows: a text squeezed to no width (a label beside a control that takes the
    // whole line) is as lost as one cut off.
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (
        !el ||
        !(node.textContent ?? "").trim() ||
        el.closest(".visually-hidden, option, script, style, noscript")
      )
        continue;
      if (el.getClientRects().length === 0) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      const words = (node.textContent ?? "").trim().slice(0, 40);
      if (box.width < 1 || box.height < 1) found.push(`text of no size: "${words}"`);
      else if ((box.right > window.innerWidth + 1 || box.left < -1) && !scrolled(el))
        found.push(`text outside the page: "${words}"`);
    }
    // A closed select shows its chosen option only as far as it is wide.
    const measure = document.createElement("canvas").getContext("2d");
    for (const select of document.querySelectorAll("select")) {
      const style = getComputedStyle(select);
      if (!measure || select.clientWidth === 0) continue;
      measure.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const shown = select.options[select.selectedIndex]?.text ?? "";
      const room =
        select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
      if (measure.measureText(shown).width > room) found.push(`select: "${shown}" cut off`);
    }
    // A field's example words (its placeholder) show whole; a search field keeps room for its ×.
    for (const input of document.querySelectorAll("input[placeholder]")) {
      if (!(input instanceof HTMLInputElement) || !measure || input.clientWidth === 0) continue;
      const style = getComputedStyle(input, "::placeholder");
      measure.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      const room =
        input.clientWidth -
        parseFloat(style.paddingLeft) -
        parseFloat(style.paddingRight) -
        (input.type === "search" ? 24 : 0);
      if (measure.measureText(input.placeholder).width > room)
        found.push(`placeholder: "${input.placeholder}" cut off`);
    }
    return found;
  });
}

for (const lang of /** @type {const} */ (["ko", "ru"]))
  test(`in ${lang === "ko" ? "Korean" : "Russian"}: Home, Build, Facts, a quiz's start and class results, at 320 px, with no English left in the app's words`, async () => {
    for (const p of PAGES) {
      const { page, context, problems } = await open(`?lang=${lang}${p.hash}`, { width: 320 });
      await page.getByRole("heading", { level: 1, name: p[lang], exact: true }).waitFor();
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      // The switch: each language named in itself, marked with its language; this one current.
      const switcher = page.locator("header .langs a");
      assert.deepEqual(await switcher.allTextContents(), ["English", "한국어", "Русский"]);
      assert.deepEqual(
        await switcher.evaluateAll((links) => links.map((a) => a.getAttribute("lang"))),
        ["en", "ko", "ru"],
      );
      assert.equal(
        await page.locator(`header .langs a[aria-current="true"]`).getAttribute("lang"),
        lang,
      );
      // The app's own words are translated: the navigation and the footer have no English.
      for (const part of ["header nav", "footer"])
        assert.doesNotMatch(await text(page.locator(part)), /\b(the|and|Build|Facts|Quizzes)\b/);
      assert.deepEqual(await uncatalogued(page), [], `${p.name} in ${lang}: English left`);
      await noViolations(page, `${p.name} in ${lang} at 320 px`);
      assert.deepEqual(await overflowing(page), [], `${p.name} in ${lang} fits 320 px`);
      // The own-fact form's fields differ by kind of fact: each kind's must fit too.
      if (p.name === "build") {
        for (const kind of ["money", "duration", "share", "event", "statement"]) {
          await page.locator(`input[type=radio][value=${kind}]`).check();
          assert.deepEqual(await overflowing(page), [], `${kind} facts in ${lang} fit 320 px`);
        }
        // What an export leaves out (Kahoot takes no typed numbers, and 95 characters at most)
        // is said in the page's words; the questions are named in the quiz's.
        await page.getByLabel(words("build", lang).exportFor).selectOption("kahoot");
        await page.locator(".export-warnings li").first().waitFor();
        assert.deepEqual(
          await uncatalogued(page),
          [],
          `Kahoot's warnings in ${lang}: English left`,
        );
        assert.deepEqual(await overflowing(page), [], `Kahoot's warnings in ${lang} fit 320 px`);
      }
      assert.deepEqual(problems, [], `${p.name} in ${lang}`);
      await context.close();
    }
  });

test("the switch keeps the page and what is typed; the address and <html lang> follow it", async () => {
  const { page, context, problems } = await open("?lang=ko#/build");
  await page.getByRole("heading", { level: 1, name: "퀴즈 만들기" }).waitFor();
  await page.getByLabel("퀴즈 제목").fill("7반: 제재");
  let reloaded = false;
  page.on("load", () => {
    reloaded = true;
  });
  await page.getByRole("link", { name: "Русский" }).click();
  await page.getByRole("heading", { level: 1, name: "Создать викторину" }).waitFor();
  assert.equal(await page.getByLabel("Название викторины").inputValue(), "7반: 제재");
  assert.equal(await page.evaluate(() => document.documentElement.lang), "ru");
  assert.equal(await page.evaluate(() => location.hash), "#/build");
  assert.equal(await page.evaluate(() => new URL(location.href).searchParams.get("lang")), "ru");
  assert.equal(reloaded, false, "no reload: nothing typed is lost");
  await noViolations(page, "build after switching to Russian");
  // The Facts page, searched, then in English: the search stays, the words are English again.
  await page.getByRole("link", { name: "Факты" }).click();
  await page.getByRole("heading", { level: 1, name: "Факты" }).waitFor();
  await page.getByLabel("Поиск").fill("Matsegora");
  await page.waitForFunction(() =>
    /^[1-9] факт/.test(document.querySelector(".count")?.textContent ?? ""),
  );
  await page.getByRole("link", { name: "English" }).click();
  await page.getByRole("heading", { level: 1, name: "The facts" }).waitFor();
  assert.equal(await page.getByLabel("Search").inputValue(), "Matsegora");
  assert.match(await text(page.locator(".count")), /^[1-9] facts?$/);
  assert.equal(await page.evaluate(() => document.documentElement.lang), "en");
  // The sources' quotes stay English, and are marked so on any page.
  assert.equal(await page.locator(".facts blockquote").first().getAttribute("lang"), "en");
  // The choice is remembered: a new visit to the site without ?lang= opens in it.
  await page.getByRole("link", { name: "한국어" }).click();
  await page.getByRole("heading", { level: 1, name: "사실" }).waitFor();
  await page.goto(`${siteUrl()}#/`);
  await page.getByRole("heading", { level: 1, name: PAGES[0].ko }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), "ko");
  assert.equal(await page.title(), "nklabor: 러시아의 북한 노동자, 출처가 있는 퀴즈");
  assert.deepEqual(problems, []);
  await context.close();
});

test("a teacher's Russian quiz: built in Russian, its link opens in Russian for a student, questions and all", async () => {
  const { page, context, problems } = await open("?lang=ru#/build");
  await page.getByRole("heading", { level: 1, name: "Создать викторину" }).waitFor();
  // A new draft's questions are in the page's language.
  assert.equal(await page.getByLabel("Язык вопросов").inputValue(), "ru");
  await page.getByLabel("Вопросов", { exact: true }).fill("3");
  await page.getByRole("heading", { name: /Предпросмотр: 3 вопроса/ }).waitFor();
  const link = await page.getByLabel(/^Ссылка \(\d+ символ/).inputValue();
  assert.match(link, /\?lang=ru#\/play\//, "the link says the quiz's language");
  await context.close();
  // A student with an English browser opens it: the page and the questions are Russian.
  const student = await open(undefined, { width: 390 });
  await student.page.goto(link);
  await student.page.getByRole("button", { name: "Начать" }).click();
  const heading = student.page.getByRole("heading", { level: 1 });
  await heading.waitFor();
  assert.equal(await student.page.evaluate(() => document.documentElement.lang), "ru");
  assert.match(await text(heading), /^Вопрос 1 из 3:/);
  assert.equal(await heading.locator("span[lang]").getAttribute("lang"), "ru");
  assert.match(await text(heading.locator("span[lang]")), /[А-Яа-яЁё]{4}/, "a Russian question");
  await noViolations(student.page, "a Russian quiz's question");
  await shot(student.page, "lang-ru-question-390", false);
  assert.deepEqual([...problems, ...student.problems], []);
  await student.context.close();
});

test("a browser that prefers Russian opens in Russian; a quiz in it, a question and its feedback", async () => {
  const { page, context, problems } = await open("#/play/ready/sanctions", {
    width: 390,
    init: `Object.defineProperty(navigator, "languages", { get: () => ["ru-RU", "en"] });`,
  });
  await page.getByRole("heading", { level: 1, name: "Санкции ООН" }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), "ru");
  await page.getByRole("button", { name: "Начать" }).click();
  const heading = page.getByRole("heading", { level: 1 });
  await heading.waitFor();
  assert.match(await text(heading), /^Вопрос 1 из \d+:/);
  // A ready quiz's questions are in the page's language too (the build makes each in three).
  const prompt = await text(heading.locator("span[lang]").first());
  assert.match(prompt, /[А-Яа-яЁё]{4,}/, `not Russian: ${prompt}`);
  await page.locator(".option").first().click();
  await page.getByRole("button", { name: "Проверить ответ" }).click();
  const feedback = page.getByRole("region", { name: "Разбор ответа" });
  await feedback.waitFor();
  assert.match(await text(feedback), /Правильно\.|Не совсем так\.|Частично правильно/);
  // The quote under the feedback is the source's English, marked so.
  assert.equal(await feedback.locator("blockquote").first().getAttribute("lang"), "en");
  await noViolations(page, "feedback in Russian");
  await shot(page, "lang-ru-feedback-390", false);
  assert.deepEqual(problems, []);
  await context.close();
});

test("screenshots: Home, Build and Facts in Korean and Russian at 390 and 1280 px", async () => {
  for (const lang of ["ko", "ru"])
    for (const width of [390, 1280])
      for (const p of PAGES.slice(0, 3)) {
        const { page, context } = await open(`?lang=${lang}${p.hash}`, { width });
        await page
          .getByRole("heading", {
            level: 1,
            name: p[/** @type {"ko" | "ru"} */ (lang)],
            exact: true,
          })
          .waitFor();
        await shot(page, `lang-${lang}-${p.name}-${width}`, p.name !== "facts");
        await context.close();
      }
});

/**
 * Words of the page not in a catalog: Latin words outside the pseudo-locale's ⟦…⟧ and outside
 * elements that say their own language (the facts' and quizzes' words), beyond names kept in any
 * language. In Korean and Russian, where no word of the app's is Latin, English left untranslated.
 * @param {Page} page
 */
async function uncatalogued(page) {
  // The sources' publishers and the data's people and bodies are names, kept in any language.
  const names = [
    ...new Set([...sources.map((source) => source.publisher), ...actors.map((a) => a.name)]),
  ].sort((a, b) => b.length - a.length);
  return page.evaluate((names) => {
    // Names of tools and formats; and the English pages' dates, which the platform words
    // (Intl, in formatDatePoint), not a catalog.
    const KEPT =
      /^(nklabor|Moodle|Canvas|Kahoot|Quizlet|Blooket|Gimkit|QTI|IMS|GIFT|CSV|JSON|XML|TAB|QR|URL|English|Русский|MB|Enter|US|January|February|March|April|May|June|July|August|September|October|November|December|early|mid|late)$/;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const found = new Set();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      // The data's and the quizzes' words say their own language (the page's own is <html>'s).
      // Code (a command, a file name) is not words to translate.
      if (
        !el ||
        el.closest("body [lang], script, style, noscript, code, .visually-hidden, [hidden]")
      )
        continue;
      const style = getComputedStyle(el);
      if (style.display === "none" || style.visibility === "hidden") continue;
      // A source's own words are quoted (“as many as 37,000”); a file's kind is its extension.
      let outside = (node.textContent ?? "")
        .replace(/⟦[^⟧]*⟧/g, " ")
        .replace(/“[^”]*”/g, " ")
        .replace(/\(\.[a-z]+\)/g, " ");
      for (const name of names) outside = outside.replaceAll(name, " ");
      for (const word of outside.match(/[A-Za-z]{3,}/g) ?? [])
        if (!KEPT.test(word)) found.add(word);
    }
    return [...found];
  }, names);
}

test("in a pseudo-locale (every word accented and longer): every page at 320 px, nothing cut off or wider than the page, no word outside the catalogs", async () => {
  const pages = [
    ...PAGES.map((p) => ({ name: p.name, hash: p.hash })),
    { name: "question", hash: "#/play/ready/mix/start" },
  ];
  for (const p of pages) {
    const width = 320;
    const { page, context, problems } = await open(`?pseudo${p.hash}`, { width });
    await page.getByRole("heading", { level: 1 }).filter({ hasText: "⟦" }).first().waitFor();
    await noViolations(page, `${p.name} in the pseudo-locale at ${width} px`);
    assert.deepEqual(
      await overflowing(page),
      [],
      `${p.name} in the pseudo-locale fits ${width} px`,
    );
    assert.deepEqual(await uncatalogued(page), [], `${p.name}: words outside the catalogs`);
    if (p.name === "build") {
      for (const kind of ["money", "duration", "share", "event", "statement"]) {
        await page.locator(`input[type=radio][value=${kind}]`).check();
        assert.deepEqual(await overflowing(page), [], `${kind} facts in the pseudo-locale fit`);
      }
      await shot(page, "pseudo-build-320");
    }
    if (p.name === "question") {
      // Answer it: the feedback, in the pseudo-locale too, fits.
      await page.locator(".option").first().click();
      await page.getByRole("button", { name: "⟦Çĥééçķ ààñšŵééŕ⟧" }).click();
      await page.getByRole("region").filter({ hasText: "⟦" }).first().waitFor();
      assert.deepEqual(await overflowing(page), [], "feedback in the pseudo-locale fits 320 px");
      await shot(page, "pseudo-feedback-320", false);
    }
    assert.deepEqual(problems, [], `${p.name} in the pseudo-locale`);
    await context.close();
  }
});

/** A catalog of the app's words, as written (src/DIR/messages/LANG.json). */
const words = (/** @type {string} */ dir, /** @type {string} */ lang) =>
  JSON.parse(
    readFileSync(
      join(import.meta.dirname, "..", "..", "src", dir, "messages", `${lang}.json`),
      "utf8",
    ),
  );

/**
 * The pages after a quiz and around it, in a language (`?lang=ko`, `?lang=ru`) or the
 * pseudo-locale (`?pseudo`) at 320 px: a teacher's quiz played by keyboard to its results, its
 * worksheet, and a link that does not work (whose words load when it shows). Each with axe 0,
 * nothing cut off or wider than the page; `check` adds what that language must show.
 * @param {string} query
 * @param {"en" | "ko" | "ru"} language
 * @param {(page: Page, name: string) => Promise<void>} check
 */
async function afterAndAround(query, language, check) {
  const spec = newSpec(`end-pages-${language}`, {
    // The teacher's own title (no Latin word in English either: the pseudo-locale's check of the
    // app's words would take it for one).
    title: { en: "7B, 2026-12", ko: "7반: 제재", ru: "7 класс: санкции" }[language],
    count: 3,
    types: ["true-false", "numeric-choice"],
    language,
  });
  const quiz = generateQuiz(spec, await loadVoice(language));
  const code = encodeSpec(spec);
  const { page, context, problems } = await open(`${query}#/play/${code}/start`, { width: 320 });
  for (let i = 0; i < quiz.questions.length; i++) {
    await page.locator("#question-heading").waitFor();
    await page.keyboard.press("1");
    await page.keyboard.press("Enter");
    await page.locator("section.feedback").waitFor();
    if (i === 0) {
      await noViolations(page, `feedback (${query})`);
      assert.deepEqual(await overflowing(page), [], `feedback (${query}) fits 320 px`);
    }
    await page.keyboard.press("Enter");
  }
  await page.waitForFunction(() => location.hash === "#/results");
  await page.getByRole("heading", { level: 1 }).filter({ hasText: spec.title }).waitFor();
  await check(page, "results");
  await noViolations(page, `results (${query})`);
  assert.deepEqual(await overflowing(page), [], `results (${query}) fit 320 px`);
  await shot(page, `lang-end-results-${language}${query.includes("pseudo") ? "-pseudo" : ""}-320`);

  await page.goto(`${siteUrl()}${query}#/print/${code}`);
  await page.getByRole("heading", { level: 1, name: spec.title, exact: true }).waitFor();
  await check(page, "worksheet");
  await noViolations(page, `worksheet (${query})`);
  assert.deepEqual(await overflowing(page), [], `worksheet (${query}) fits 320 px`);

  await page.goto(`${siteUrl()}${query}#/play/not-a-quiz-code`);
  await page.locator("#error-heading").waitFor();
  await check(page, "error");
  await noViolations(page, `a link that does not work (${query})`);
  assert.deepEqual(await overflowing(page), [], `the error page (${query}) fits 320 px`);
  assert.deepEqual(problems, [], query);
  await context.close();
}

for (const lang of /** @type {const} */ (["ko", "ru"]))
  test(`in ${lang === "ko" ? "Korean" : "Russian"}: a teacher's quiz played to its results, its worksheet and a link that does not work, at 320 px`, async () => {
    const app = words("app", lang);
    const play = words("play", lang);
    await afterAndAround(`?lang=${lang}`, lang, async (page, name) => {
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      const main = await text(page.locator("main"));
      if (name === "results") assert.ok(main.includes(play.review), `results in ${lang}: ${main}`);
      if (name === "error")
        assert.equal(await text(page.locator("#error-heading")), app.linkDoesNotWork);
      // The app's words are all in the language: no Latin word outside the quizzes' and the
      // data's own (which say their language) but the names kept in any language.
      assert.deepEqual(await uncatalogued(page), [], `${name} in ${lang}: English left`);
    });
  });

test("in the pseudo-locale: results, the worksheet and a link that does not work fit 320 px, no word outside the catalogs", async () => {
  await afterAndAround("?pseudo", "en", async (page, name) => {
    assert.deepEqual(await uncatalogued(page), [], `${name}: words outside the catalogs`);
  });
});
