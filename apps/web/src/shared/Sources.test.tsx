// @vitest-environment happy-dom
import { formatCitation, generateQuiz, newSpec } from "@nklabor/quiz";
import { act } from "react";
import { createRoot } from "react-dom/client";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { core } from "../i18n/i18n.js";
import { preloadPlayWords } from "../play/words.js";
import { loadCitations, Sources } from "./Sources.js";

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// The app's words load as the page starts (main.tsx), the questions' words with the questions'
// chunk (PlayLoader): here, before rendering.
beforeAll(() => Promise.all([core.preload("en"), preloadPlayWords("en")]));

afterEach(() => {
  document.body.innerHTML = "";
});

describe("a question's sources under its feedback", () => {
  it("show the quotes at once, and the full citation once its formatter has loaded", async () => {
    const question = generateQuiz(newSpec("sources-1")).questions.find(
      (q) => q.citations.length > 0,
    );
    const cited = question?.citations[0];
    if (!question || !cited) throw new Error("no cited question");
    const host = document.createElement("div");
    document.body.append(host);
    const root = createRoot(host);
    act(() => root.render(<Sources question={question} lang="en" />));
    expect(host.querySelector("blockquote")?.textContent).toBe(cited.quote);
    expect(host.querySelector("blockquote")?.getAttribute("lang")).toBe("en");
    expect(host.querySelector("a")?.getAttribute("href")).toBe(cited.url);
    await act(async () => {
      await loadCitations();
    });
    expect(host.querySelector("figcaption")?.textContent).toContain(
      formatCitation(cited, { quote: false, url: false }),
    );
    act(() => root.unmount());
  });
});
