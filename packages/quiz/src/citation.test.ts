import type { FactId } from "@nklabor/facts";
import { describe, expect, it } from "vitest";
import { formatCitation, formatPublished } from "./citation.js";
import { citationsOf, quizContext } from "./context.js";
import { newSpec } from "./defaults.js";
import { generateQuiz, questionBank } from "./generate.js";
import type { QuestionCitation } from "./question.js";
import { QuizJson } from "./quiz-schema.js";
import { quizToText } from "./text.js";

const moscowTimes: QuestionCitation = {
  publisher: "The Moscow Times",
  headline: "Russia Deports Workers",
  published: "2021-02-17",
  url: "https://example.org/mt",
  quote: "Some 1,000 workers were sent home.",
};

describe("formatPublished", () => {
  it("writes a day, a month or a year in English", () => {
    expect(formatPublished("2021-02-17")).toBe("17 February 2021");
    expect(formatPublished("2018-01-02")).toBe("2 January 2018");
    expect(formatPublished("2019-12-31")).toBe("31 December 2019");
    expect(formatPublished("2019-08")).toBe("August 2019");
    expect(formatPublished("2017")).toBe("2017");
  });

  it("takes the calendar's leap days", () => {
    expect(formatPublished("2020-02-29")).toBe("29 February 2020");
    expect(formatPublished("2019-02-29")).toBe("2019-02-29");
  });

  it("returns anything else as it is", () => {
    for (const bad of ["", "soon", "2021-13", "2021-00", "2021-02-30", "2021-02-00", "17/02/2021"])
      expect(formatPublished(bad)).toBe(bad);
    expect(formatPublished("2021-2-17")).toBe("2021-2-17");
    expect(formatPublished("2021-02-17T10:00:00Z")).toBe("2021-02-17T10:00:00Z");
  });
});

describe("formatCitation", () => {
  it("writes publisher, headline, date, address and quote, without via when no one relayed it", () => {
    expect(formatCitation(moscowTimes)).toBe(
      "The Moscow Times, “Russia Deports Workers”, 17 February 2021, https://example.org/mt: “Some 1,000 workers were sent home.”",
    );
  });

  it("says who passed the claim on", () => {
    expect(formatCitation({ ...moscowTimes, via: ["Radio Free Asia"] })).toBe(
      "The Moscow Times, “Russia Deports Workers”, 17 February 2021 (via Radio Free Asia), https://example.org/mt: “Some 1,000 workers were sent home.”",
    );
    expect(formatCitation({ ...moscowTimes, via: ["Interfax", "Reuters"] }, { quote: false })).toBe(
      "The Moscow Times, “Russia Deports Workers”, 17 February 2021 (via Interfax and Reuters), https://example.org/mt",
    );
    expect(
      formatCitation({ ...moscowTimes, via: ["A", "B", "C"] }, { quote: false, url: false }),
    ).toBe("The Moscow Times, “Russia Deports Workers”, 17 February 2021 (via A, B and C)");
    expect(formatCitation({ ...moscowTimes, via: [] }, { quote: false })).toBe(
      "The Moscow Times, “Russia Deports Workers”, 17 February 2021, https://example.org/mt",
    );
  });

  it("leaves out the quote or the address when asked", () => {
    expect(formatCitation(moscowTimes, { quote: false })).toBe(
      "The Moscow Times, “Russia Deports Workers”, 17 February 2021, https://example.org/mt",
    );
    expect(formatCitation(moscowTimes, { url: false })).toBe(
      "The Moscow Times, “Russia Deports Workers”, 17 February 2021: “Some 1,000 workers were sent home.”",
    );
    expect(formatCitation(moscowTimes, { quote: false, url: false })).toBe(
      "The Moscow Times, “Russia Deports Workers”, 17 February 2021",
    );
  });

  it("writes partial dates and keeps a date it cannot read", () => {
    expect(
      formatCitation({ ...moscowTimes, published: "2019-08" }, { quote: false, url: false }),
    ).toBe("The Moscow Times, “Russia Deports Workers”, August 2019");
    expect(
      formatCitation({ ...moscowTimes, published: "2017" }, { quote: false, url: false }),
    ).toBe("The Moscow Times, “Russia Deports Workers”, 2017");
    expect(
      formatCitation({ ...moscowTimes, published: "n.d." }, { quote: false, url: false }),
    ).toBe("The Moscow Times, “Russia Deports Workers”, n.d.");
  });
});

describe("a bundled claim passed on by another outlet", () => {
  const ctx = quizContext();
  const fact = (id: string) => {
    const found = ctx.base.getFact(id as FactId);
    if (!found) throw new Error(`no fact ${id}`);
    return found;
  };

  it("keeps who relayed it in the citation, by name, and says so in words", () => {
    const [citation, ...rest] = citationsOf(ctx, fact("tarasenko-appealed-to-moscow"));
    expect(rest).toEqual([]);
    expect(citation?.via).toEqual(["Interfax"]);
    if (!citation) throw new Error("no citation");
    expect(formatCitation(citation, { quote: false })).toBe(
      "The Moscow Times, “Russian Governor Fights to Keep North Korean Laborers, Despite Sanctions”, 12 January 2018 (via Interfax), https://www.themoscowtimes.com/2018/01/12/russian-governor-fights-keep-north-korean-laborers-despite-sanctions-a60165",
    );
    expect(formatCitation(citation)).toMatch(
      /^The Moscow Times, .*, 12 January 2018 \(via Interfax\), https:.*: ““We took the initiative and appealed to Moscow/,
    );
  });

  it("has no via where the publisher reported the claim itself", () => {
    for (const citation of citationsOf(ctx, fact("matsegora-37000-at-a-time")))
      expect(citation).not.toHaveProperty("via");
  });

  it("carries via through generated questions, their JSON and their text", () => {
    const bank = questionBank(newSpec("citation-via"));
    // Every citation names the relays of the reference it quotes, and only those.
    for (const q of bank)
      for (const c of q.citations.filter((c) => c.factId !== undefined)) {
        const reference = fact(c.factId as string).references.find((r) => r.quote === c.quote);
        const names = reference?.via?.map((id) => ctx.base.getActor(id)?.name);
        expect(c.via, `${q.id}: ${c.quote}`).toEqual(names);
      }
    const relayed = bank.filter((q) =>
      q.citations.some(
        (c) => c.publisher === "American Military News" && c.via?.join() === "Radio Free Asia",
      ),
    );
    expect(relayed.length).toBeGreaterThan(0);
    const first = relayed[0];
    if (!first) throw new Error("no relayed question");
    const quiz = { ...generateQuiz(newSpec("citation-via", { count: 1 })), questions: [first] };
    expect(QuizJson.safeParse(JSON.parse(JSON.stringify(quiz))).error).toBeUndefined();
    expect(quizToText(quiz)).toContain(
      "   Source: American Military News, “North Korea orders cash-strapped migrant workers in Russia to increase tithes to Kim regime”, 31 August 2019 (via Radio Free Asia), https://americanmilitarynews.com/2019/08/north-korea-orders-cash-strapped-migrant-workers-in-russia-to-increase-tithes-to-kim-regime/\n",
    );
  });

  it("rejects an empty relay name in the JSON format", () => {
    const quiz = JSON.parse(JSON.stringify(generateQuiz(newSpec("citation-via", { count: 1 }))));
    quiz.questions[0].citations = [{ ...moscowTimes, via: [""] }];
    expect(QuizJson.safeParse(quiz).success).toBe(false);
    quiz.questions[0].citations = [{ ...moscowTimes, via: ["Radio Free Asia"] }];
    expect(QuizJson.safeParse(quiz).error).toBeUndefined();
  });
});
