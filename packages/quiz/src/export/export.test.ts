import { parse as parseCsv } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { strFromU8, unzipSync } from "fflate";
import { parse as parseGift } from "gift-pegjs";
import { describe, expect, it } from "vitest";
import { newSpec } from "../defaults.js";
import { generateQuiz } from "../generate.js";
import { QuizJson } from "../quiz-schema.js";
import { goldenQuiz, HOSTILE } from "./golden.test-helpers.js";
import {
  EXPORTERS,
  exportQuiz,
  KAHOOT_HEADER,
  KAHOOT_LIMITS,
  toBlooket,
  toCsv,
  toGift,
  toGimkit,
  toJson,
  toKahoot,
  toMoodleXml,
  toQuizlet,
} from "./index.js";
import type { ExportFormat } from "./shared.js";

const quiz = goldenQuiz();
const orderingIds = quiz.questions.filter((q) => q.key.format === "ordering").map((q) => q.id);

describe("exports of a quiz with every question type and hostile text", () => {
  const textFormats = (Object.keys(EXPORTERS) as ExportFormat[]).filter(
    (f) => !["kahoot", "qti21", "canvas-qti"].includes(f),
  );
  it.each(textFormats)("%s matches its golden file", async (format) => {
    const file = await exportQuiz(quiz, format);
    await expect(file.content).toMatchFileSnapshot(`__golden__/golden.${format}.txt`);
    expect(file.filename).toMatch(/^golden-he-said-no-script-alert-1-script/);
  });

  it("GIFT: an independent GIFT parser reads every question back, answers and feedback intact", () => {
    const file = toGift(quiz);
    // gift-pegjs has no ordering type (qtype_ordering's {>…}: moodle.test.ts reads those as Moodle does).
    const others = file.content
      .split("\n\n")
      .filter((block) => !/^::Q\d+ [a-z-]+::\[plain\][^\n]* \{>\d+ ALL /.test(block))
      .join("\n\n");
    const parsed = parseGift(others) as unknown as GiftQuestion[];
    const written = quiz.questions.filter((q) => q.key.format !== "ordering");
    expect(parsed).toHaveLength(written.length);
    expect(file.included).toBe(quiz.questions.length);
    written.forEach((q, i) => {
      const g = parsed[i] as GiftQuestion;
      expect(g.stem.text).toBe(q.prompt);
      expect(g.globalFeedback?.text).toContain(q.explanation);
      const key = q.key;
      if (key.format === "choice") {
        expect(g.type).toBe("MC");
        expect(g.choices.map((c) => c.text.text)).toEqual(key.options.map((o) => o.text));
        expect(g.choices.findIndex((c) => c.isCorrect)).toBe(key.correct);
      }
      if (key.format === "true-false") expect([g.type, g.isTrue]).toEqual(["TF", key.correct]);
      if (key.format === "numeric") {
        expect(g.type).toBe("Numerical");
        const range = g.choices as unknown as {
          numberLow?: number;
          numberHigh?: number;
          number?: number;
        };
        if (key.accept.min === key.accept.max) expect(range.number).toBe(key.correct);
        else expect([range.numberLow, range.numberHigh]).toEqual([key.accept.min, key.accept.max]);
      }
      if (key.format === "matching") {
        expect(g.type).toBe("Matching");
        expect(g.matchPairs.map((p) => p.subanswer)).toEqual(
          key.left.map((_, k) => key.right[key.correct[k] ?? 0]),
        );
      }
    });
  });

  it("GIFT and Moodle XML keep ordering questions, with a warning naming the Moodle that imports them", () => {
    for (const file of [toGift(quiz), toMoodleXml(quiz)]) {
      expect(file.warnings.map((w) => [w.code, w.questionId])).toEqual(
        orderingIds.map((id) => ["NEEDS_NEWER_VERSION", id]),
      );
      expect(file.included).toBe(quiz.questions.length);
    }
  });

  it("Moodle XML: well-formed, one <question> per question, hostile text intact", () => {
    const file = toMoodleXml(quiz);
    expect(XMLValidator.validate(file.content)).toBe(true);
    const doc = new XMLParser({
      ignoreAttributes: false,
      textNodeName: "#text",
      parseTagValue: false,
    }).parse(file.content);
    const questions = doc.quiz.question.filter(
      (q: { "@_type": string }) => q["@_type"] !== "category",
    );
    expect(questions).toHaveLength(file.included);
    const hostile = questions.find(
      (q: { idnumber: string }) => q.idnumber === "custom-hostile-choice",
    );
    expect(hostile["@_type"]).toBe("multichoice");
    expect(hostile.questiontext.text).toBe(`Choice: ${HOSTILE}`);
    expect(hostile.answer.map((a: { "@_fraction": string }) => a["@_fraction"])).toEqual([
      "0",
      "100",
      "0",
    ]);
    const types = questions.map((q: { "@_type": string }) => q["@_type"]);
    expect(new Set(types)).toEqual(
      new Set(["multichoice", "truefalse", "numerical", "matching", "ordering"]),
    );
  });

  it("CSV: an independent CSV parser reads every field back as written", () => {
    const file = toCsv(quiz);
    const rows = parseCsv(file.content) as string[][];
    expect(rows).toHaveLength(quiz.questions.length + 1);
    const hostile = rows.find((r) => r[1] === "custom-hostile-choice");
    expect(hostile?.[3]).toBe(`Choice: ${HOSTILE}`);
    expect(file.content.endsWith("\r\n")).toBe(true);
  });

  it("Quizlet: one card a line, exactly one TAB between term and definition", () => {
    const lines = toQuizlet(quiz).content.trimEnd().split("\n");
    expect(lines).toHaveLength(quiz.questions.length);
    for (const line of lines) expect(line.split("\t")).toHaveLength(2);
  });

  it("JSON: the documented quiz format", () => {
    expect(QuizJson.safeParse(JSON.parse(toJson(quiz).content)).error).toBeUndefined();
  });
});

describe("classroom game formats", () => {
  const choiceLike = quiz.questions.filter(
    (q) => q.key.format === "choice" || q.key.format === "true-false",
  );
  const others = quiz.questions.filter(
    (q) => q.key.format !== "choice" && q.key.format !== "true-false",
  );

  it("Blooket: the import template's title and header rows, answer numbers that point at answers", () => {
    const file = toBlooket(quiz);
    const rows = parseCsv(file.content, { relax_column_count: true }) as string[][];
    expect(rows[0]?.[0]).toBe("Blooket\nImport Template");
    expect(rows[1]).toEqual([
      "Question #",
      "Question Text",
      "Answer 1",
      "Answer 2",
      "Answer 3\n(Optional)",
      "Answer 4\n(Optional)",
      "Time Limit (sec)\n(Max: 300 seconds)",
      "Correct Answer(s)\n(Only include Answer #)",
    ]);
    const data = rows.slice(2);
    expect(data).toHaveLength(choiceLike.length);
    data.forEach((row, i) => {
      expect(row[0]).toBe(String(i + 1));
      expect(Number(row[6])).toBeLessThanOrEqual(300);
      const correct = Number(row[7]);
      expect(row[1 + correct]?.length, `row ${i + 1} marks a non-empty answer`).toBeGreaterThan(0);
    });
    expect(data.find((r) => r[1]?.startsWith("True?"))?.slice(2, 4)).toEqual(["True", "False"]);
    expect(file.warnings.map((w) => w.questionId)).toEqual(others.map((q) => q.id));
  });

  it("Gimkit: the template's rows, the right answer's text first, then up to 3 wrong ones", () => {
    const file = toGimkit(quiz);
    const rows = parseCsv(file.content) as string[][];
    expect(rows[0]).toEqual(["Gimkit Spreadsheet Import Template", "", "", "", ""]);
    expect(rows[1]).toEqual([
      "Question",
      "Correct Answer",
      "Incorrect Answer 1",
      "Incorrect Answer 2 (Optional)",
      "Incorrect Answer 3 (Optional)",
    ]);
    const hostile = rows.find((r) => r[0] === `Choice: ${HOSTILE}`);
    expect(hostile?.slice(1)).toEqual(["B {=~}", `A ${HOSTILE}`, "C :: #", ""]);
    expect(rows.slice(2)).toHaveLength(choiceLike.length);
    expect(file.warnings.every((w) => w.code === "UNSUPPORTED_TYPE")).toBe(true);
  });

  it("Kahoot: an xlsx in the template's layout and within its limits, read back with another library", async () => {
    const file = await toKahoot(quiz);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.content as unknown as ArrayBuffer);
    const sheet = book.getWorksheet("Sheet1");
    if (!sheet) throw new Error("no Sheet1");
    expect(sheet.getCell("B2").value).toBe("Quiz template");
    expect(KAHOOT_HEADER.slice(1).map((_, i) => sheet.getRow(8).getCell(i + 2).value)).toEqual(
      KAHOOT_HEADER.slice(1),
    );
    const written: string[] = [];
    for (let r = 9; r <= sheet.rowCount; r++) {
      const cell = (c: string) => String(sheet.getCell(`${c}${r}`).value ?? "");
      written.push(cell("B"));
      expect(cell("A")).toBe(String(r - 8));
      expect(cell("B").length).toBeLessThanOrEqual(KAHOOT_LIMITS.question);
      const answers = ["C", "D", "E", "F"].map(cell);
      for (const a of answers) expect(a.length).toBeLessThanOrEqual(KAHOOT_LIMITS.answer);
      expect(KAHOOT_LIMITS.seconds).toContain(Number(cell("G")));
      for (const n of cell("H").split(","))
        expect(answers[Number(n) - 1]?.length).toBeGreaterThan(0);
    }
    expect(written.length).toBe(file.included);
    expect(written).toContain(`True? ${HOSTILE}`);
    expect(file.included + file.warnings.length).toBe(quiz.questions.length);
    for (const w of file.warnings.filter((x) => x.code === "TOO_LONG"))
      expect(w.message).toMatch(/allows (95|60) characters/);
  });
});

describe("Kahoot: short forms for the questions over its limits (issue 10, item 5)", () => {
  /** The rows of a Kahoot file: the question, the answers and the right answer's number. */
  async function kahootRows(content: Uint8Array) {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(content as unknown as ArrayBuffer);
    const sheet = book.getWorksheet("Sheet1");
    if (!sheet) throw new Error("no Sheet1");
    const rows: { prompt: string; answers: string[]; correct: number }[] = [];
    for (let r = 9; r <= sheet.rowCount; r++) {
      const cell = (c: string) => String(sheet.getCell(`${c}${r}`).value ?? "");
      rows.push({
        prompt: cell("B"),
        answers: ["C", "D", "E", "F"].map(cell).filter(Boolean),
        correct: Number(cell("H")) - 1,
      });
    }
    return rows;
  }

  it("takes nine in ten multiple-choice and true/false questions of a 40-question quiz, each whole or in its short form", async () => {
    let choiceLike = 0;
    let included = 0;
    let short = 0;
    for (const seed of ["alpha", "bravo", "charlie", "delta", "echo"]) {
      const quiz = generateQuiz(newSpec(seed, { count: 40 }));
      const file = await toKahoot(quiz);
      const asked = quiz.questions.filter(
        (q) => q.key.format === "choice" || q.key.format === "true-false",
      );
      choiceLike += asked.length;
      included += file.included;
      const rows = await kahootRows(file.content as Uint8Array);
      expect(rows).toHaveLength(file.included);
      for (const row of rows) {
        expect(row.prompt.length).toBeLessThanOrEqual(KAHOOT_LIMITS.question);
        for (const a of row.answers) expect(a.length).toBeLessThanOrEqual(KAHOOT_LIMITS.answer);
        // The question as generated, or its short form: never a cut prompt.
        const q = asked.find(
          (x) =>
            x.short?.prompt === row.prompt ||
            x.prompt.replace(/ What number fills the blank\?$/, "") === row.prompt,
        );
        expect(q, row.prompt).toBeDefined();
        if (!q) continue;
        const isShort = q.short?.prompt === row.prompt;
        short += Number(isShort);
        const options =
          q.key.format === "choice"
            ? ((isShort ? q.short?.options : undefined) ?? q.key.options.map((o) => o.text))
            : ["True", "False"];
        expect(row.answers).toEqual(options);
        expect(row.correct).toBe(q.key.format === "choice" ? q.key.correct : q.key.correct ? 0 : 1);
      }
    }
    expect(included / choiceLike).toBeGreaterThanOrEqual(0.9);
    expect(short).toBeGreaterThan(included / 2);
  });

  it("leaves out, with a warning, a question over the limits whose short form does not fit either", async () => {
    const quiz = generateQuiz(newSpec("kahoot-short", { count: 3, shuffle: false }));
    const [q] = quiz.questions.filter((x) => x.short);
    if (!q?.short) throw new Error("no question with a short form");
    const long = `${q.short.prompt} ${"and more ".repeat(5)}`;
    const file = await toKahoot({
      ...quiz,
      questions: [{ ...q, prompt: long.repeat(2), short: { ...q.short, prompt: long } }],
    });
    expect(file.included).toBe(0);
    expect(file.warnings.map((w) => w.code)).toEqual(["TOO_LONG"]);
    expect(file.warnings[0]?.message).toMatch(/allows 95 characters for a question/);
  });
});

describe("one line a cell in the classroom tools (issue 10, item 6)", () => {
  // A teacher's own questions with line breaks (and a tab) in the prompt and the answers.
  const broken = generateQuiz(
    newSpec("one-line", {
      count: 2,
      customQuestions: [
        {
          id: "lb-choice",
          format: "choice",
          prompt: "Which resolution\nordered the workers home?",
          options: ["2371\r\n(August 2017)", "2397 \n (December\t2017)"],
          correct: 1,
        },
        { id: "lb-tf", format: "true-false", prompt: "Line one\u2028line two?", correct: true },
      ],
    }),
  );
  const noBreak = (cell: string) =>
    expect(cell, JSON.stringify(cell)).not.toMatch(/[\t\n\v\f\r\u0085\u2028\u2029]/);

  it("Blooket and Gimkit: no line break in a question or answer cell; the words kept, one space between", () => {
    for (const file of [toBlooket(broken), toGimkit(broken)]) {
      const rows = (parseCsv(file.content, { relax_column_count: true }) as string[][]).slice(2);
      expect(rows).toHaveLength(2);
      for (const row of rows) for (const cell of row) noBreak(cell);
      const flat = rows.flat();
      expect(flat).toContain("Which resolution ordered the workers home?");
      expect(flat).toContain("2397 (December 2017)");
      expect(flat).toContain("2371 (August 2017)");
      expect(flat).toContain("Line one line two?");
    }
  });

  it("Kahoot: no line break in a cell; the workbook has a default cell style", async () => {
    const file = await toKahoot(broken);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file.content as unknown as ArrayBuffer);
    const sheet = book.getWorksheet("Sheet1");
    if (!sheet) throw new Error("no Sheet1");
    expect(sheet.rowCount).toBe(10);
    for (let r = 9; r <= 10; r++)
      for (const c of ["B", "C", "D", "E", "F"])
        noBreak(String(sheet.getCell(`${c}${r}`).value ?? ""));
    const styles = strFromU8(unzipSync(file.content as Uint8Array)["xl/styles.xml"] as Uint8Array);
    // ECMA-376 18.8.39: the Normal style (built-in 0) over cellStyleXfs, which cellXfs refers to.
    expect(styles).toMatch(/<cellStyleXfs count="1"><xf [^>]*\/><\/cellStyleXfs>/);
    expect(styles).toMatch(/<cellXfs count="1"><xf [^>]*xfId="0"\/><\/cellXfs>/);
    expect(styles).toContain('<cellStyle name="Normal" xfId="0" builtinId="0"/>');
  });

  it("two answers that read the same on one line: left out with a warning, never merged", () => {
    const clash = generateQuiz(
      newSpec("one-line-2", {
        count: 1,
        customQuestions: [
          { id: "same", format: "choice", prompt: "Which?", options: ["a\nb", "a b"], correct: 0 },
        ],
      }),
    );
    const file = toGimkit(clash);
    expect(file.included).toBe(0);
    expect(file.warnings[0]?.message).toMatch(/read the same/);
  });
});

interface GiftQuestion {
  type: string;
  stem: { text: string };
  globalFeedback: { text: string } | null;
  isTrue: boolean;
  choices: { isCorrect: boolean; text: { text: string } }[];
  matchPairs: { subanswer: string }[];
}
