import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import type { AnswerKey, Question, Quiz } from "../question.js";
import { scoreQuestion } from "../score.js";
import { toGift } from "./gift.js";
import { goldenQuiz, HOSTILE } from "./golden.test-helpers.js";
import { toMoodleXml } from "./moodle-xml.js";
import { feedbackText, xmlText } from "./shared.js";

/*
 * Moodle's own readers, emulated from its code (moodle/moodle; the commits are named in
 * docs/export-formats.md, sections 4 and 5), so that a test says what Moodle would import:
 * - xmlize (lib/xmlize.php, core_xml_parser::characterdata) keeps a piece of character data only
 *   if it is "0" or not whitespace-only; PHP's xml extension (libxml2 by default, ext/xml/compat.c)
 *   passes each entity or character reference as a piece of its own, and a CDATA section as one.
 *   Text is then trimmed (qformat_xml::getpath with $istext).
 * - qformat_gift::readquestion (question/format/gift/format.php) and, for ordering,
 *   qtype_ordering::import_from_gift (question/type/ordering/questiontype.php).
 */

// --- a quiz made by hand: generated questions carry no text chosen to break a reader ---

function question(id: string, prompt: string, key: AnswerKey, explanation: string): Question {
  return {
    id,
    type: "custom",
    prompt,
    key,
    explanation,
    factIds: [],
    citations: [],
    difficulty: "easy",
    difficultyScore: 0.1,
  };
}

function quizOf(title: string, questions: readonly Question[]): Quiz {
  return {
    format: "nklabor-quiz",
    version: 1,
    title,
    seed: "moodle-test",
    datasetVersion: "test",
    feedback: "end",
    questions,
    warnings: [],
  };
}

/** A teacher's own text with what XML and Moodle's reader treat specially. */
const TEXTS = [
  `</script> & "quoted"`,
  "a ]]> b",
  "x & y",
  "'single'",
  "]]>",
  "a]]]]>b",
  "<b>bold</b>  &  <i>x</i>",
  "&amp; is not &",
  'say "0" & 0',
  "tab\there & <",
  "line one\nline two & <three>",
] as const;

/** Each text in every field Moodle XML writes: prompt, feedback, answers, matching, ordering items. */
function textsQuiz(): Quiz {
  return quizOf(
    `Quiz ${TEXTS[0]}`,
    TEXTS.flatMap((t, i) => [
      question(
        `choice-${i}`,
        t,
        {
          format: "choice",
          options: [{ text: t, note: t }, { text: `${t} (2)` }],
          correct: 1,
        },
        t,
      ),
      question(`tf-${i}`, t, { format: "true-false", correct: true }, t),
      question(
        `match-${i}`,
        t,
        { format: "matching", left: [t, "b"], right: ["c", t], correct: [1, 0] },
        t,
      ),
      question(`order-${i}`, t, { format: "ordering", items: ["second", t], correct: [1, 0] }, t),
    ]),
  );
}

// --- xmlize, as Moodle's XML import reads a file ---

interface XmlElement {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  /** The character data xmlize keeps, joined. */
  text: string;
}

/** PHP's trim(): space, tab, line feed, carriage return, NUL, vertical tab. */
const phpTrim = (s: string) => s.replace(/^[ \t\n\r\0\v]+|[ \t\n\r\0\v]+$/g, "");

const ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

function decodeReference(ref: string): string {
  if (ref.startsWith("#x")) return String.fromCodePoint(Number.parseInt(ref.slice(2), 16));
  if (ref.startsWith("#")) return String.fromCodePoint(Number.parseInt(ref.slice(1), 10));
  const c = ENTITIES[ref];
  if (c === undefined) throw new Error(`unknown entity &${ref};`);
  return c;
}

const TOKEN =
  /<!\[CDATA\[([\s\S]*?)\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<\/([\w:.-]+)\s*>|<([\w:.-]+)((?:\s+[\w:.-]+="[^"]*")*)\s*(\/?)>|&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);|[^<&]+/y;

/**
 * The file as xmlize reads it. Pieces of character data: a text run between markup, one per
 * reference, one per CDATA section. (libxml2 may also cut a run where a non-ASCII character
 * follows ASCII, or at the reader's 4096-byte slices; at the start of a run that cut only drops
 * leading white space, which getpath trims anyway: not modelled.)
 */
function xmlize(xml: string): XmlElement {
  const root: XmlElement = { name: "#document", attrs: {}, children: [], text: "" };
  const stack: XmlElement[] = [root];
  const top = () => {
    const el = stack[stack.length - 1];
    if (!el) throw new Error("end tag without start tag");
    return el;
  };
  const piece = (data: string) => {
    if (data === "0" || (data !== "" && phpTrim(data) !== "")) top().text += data;
  };
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < xml.length) {
    const m = TOKEN.exec(xml);
    if (!m) throw new Error(`not well-formed at ${TOKEN.lastIndex}`);
    const [all, cdata, end, start, attrs, selfClosing, ref] = m;
    if (cdata !== undefined) piece(cdata);
    else if (end !== undefined) {
      if (stack.pop()?.name !== end) throw new Error(`</${end}> does not close its element`);
    } else if (start !== undefined) {
      const el: XmlElement = {
        name: start,
        attrs: Object.fromEntries(
          [...(attrs ?? "").matchAll(/([\w:.-]+)="([^"]*)"/g)].map(([, k, v]) => [
            k ?? "",
            (v ?? "").replace(/&([^;]+);/g, (_, r: string) => decodeReference(r)),
          ]),
        ),
        children: [],
        text: "",
      };
      top().children.push(el);
      if (!selfClosing) stack.push(el);
    } else if (ref !== undefined) piece(decodeReference(ref));
    else if (!all.startsWith("<")) piece(all.replace(/\r\n?/g, "\n"));
  }
  if (stack.length !== 1) throw new Error("unclosed element");
  return root;
}

const children = (el: XmlElement, name: string) => el.children.filter((c) => c.name === name);
function child(el: XmlElement, name: string): XmlElement {
  const [first, ...rest] = children(el, name);
  if (!first || rest.length > 0) throw new Error(`expected one <${name}> in <${el.name}>`);
  return first;
}
/** qformat_xml::getpath($xml, [..., 'text', 0, '#'], '', true): the <text> child's data, trimmed. */
const textOf = (el: XmlElement) => phpTrim(child(el, "text").text);

/**
 * qformat_default::split_category_path (question/format.php): split at each single "/", "//" read
 * as "/", each name trimmed (and cleaned with PARAM_TEXT, which strips tags: not modelled).
 */
const categoryPath = (path: string) =>
  path.split(/(?<!\/)\/(?!\/)/).map((name) => phpTrim(name.replaceAll("//", "/")));

function moodleQuestions(content: string): XmlElement[] {
  return children(child(xmlize(content), "quiz"), "question");
}

// --- qtype_ordering's import (question/type/ordering/questiontype.php) ---

/** qtype_ordering_question's constants (question/type/ordering/question.php). */
const SELECT_ALL = 0;
const LAYOUT_VERTICAL = 0;
const GRADING_RELATIVE_ALL_PREVIOUS_AND_NEXT = 4;

/** set_options_for_import: the option words as Moodle stores them. */
function orderingOptions(words: {
  layouttype: string;
  selecttype: string;
  selectcount: string;
  gradingtype: string;
  showgrading: string;
  numberingstyle: string;
}) {
  const up = (s: string) => s.toUpperCase();
  const grading: Record<string, number> = {
    ALL_OR_NOTHING: -1,
    ABS: 0,
    ABSOLUTE: 0,
    ABSOLUTE_POSITION: 0,
    RELATIVE_NEXT_INCLUDE_LAST: 2,
    RELATIVE_ONE_PREVIOUS_AND_NEXT: 3,
    RELATIVE_ALL_PREVIOUS_AND_NEXT: 4,
    LONGEST_ORDERED_SUBSET: 5,
    LONGEST_CONTIGUOUS_SUBSET: 6,
    RELATIVE_TO_CORRECT: 7,
  };
  const count = Number(words.selectcount);
  return {
    layouttype: ["HORIZONTAL", "HORI", "H", "1"].includes(up(words.layouttype)) ? 1 : 0,
    selecttype: ["ALL", "EXACT"].includes(up(words.selecttype))
      ? 0
      : ["CONTIGUOUS", "CONTIG"].includes(up(words.selecttype))
        ? 2
        : 1,
    selectcount: words.selectcount !== "" && Number.isFinite(count) && count >= 2 ? count : 2,
    gradingtype: grading[up(words.gradingtype)] ?? 1,
    showgrading: ["HIDE", "FALSE", "NO"].includes(up(words.showgrading)) ? 0 : 1,
    numberingstyle: ["none", "123", "abc", "ABCD", "iii", "IIII"].includes(words.numberingstyle)
      ? words.numberingstyle
      : "none",
  };
}

/** import_from_xml: the fields it reads, with its defaults. */
function importOrderingXml(q: XmlElement) {
  const value = (name: string, fallback: string) => {
    const [el] = children(q, name);
    return el ? el.text : fallback;
  };
  const questionFormat = child(q, "questiontext").attrs.format ?? "html";
  return {
    type: q.attrs.type,
    ...orderingOptions({
      layouttype: value("layouttype", "VERTICAL"),
      selecttype: value("selecttype", "RANDOM"),
      selectcount: value("selectcount", "6"),
      gradingtype: value("gradingtype", "RELATIVE"),
      showgrading: value("showgrading", "1"),
      numberingstyle: value("numberingstyle", "1"),
    }),
    shownumcorrect: children(q, "shownumcorrect")[0]?.text ?? null,
    // import_answer($answer, true, ...): the <text> and the format attribute (the question
    // text's format when there is none); the fraction is reset to the position on saving.
    answers: children(q, "answer").map((a) => ({
      text: textOf(a),
      format: a.attrs.format ?? questionFormat,
    })),
  };
}

/**
 * qtype_ordering_question::grade_response for RELATIVE_ALL_PREVIOUS_AND_NEXT, with
 * get_previous_and_next_answerids($ids, true): for each item, the items before and after it.
 */
function moodleGrade(correct: readonly number[], current: readonly number[]): number {
  const around = (ids: readonly number[]) =>
    new Map(ids.map((id, i) => [id, { prev: ids.slice(0, i), next: ids.slice(i + 1) }]));
  const right = around(correct);
  const given = around(current);
  let count = 0;
  let total = 0;
  for (const [id, { prev, next }] of right) {
    const g = given.get(id);
    if (g) {
      count += prev.filter((x) => g.prev.includes(x)).length;
      count += next.filter((x) => g.next.includes(x)).length;
    }
    total += prev.length + next.length;
  }
  return total === 0 ? 0 : count / total;
}

// --- qformat_gift::readquestion with qtype_ordering::import_from_gift ---

/** qformat_default::readquestions: lines trimmed; an empty() line ("" or "0") ends a question. */
function giftBlocks(content: string): string[][] {
  const blocks: string[][] = [[]];
  for (const raw of content.split("\n")) {
    const line = phpTrim(raw);
    if (line === "" || line === "0") blocks.push([]);
    else blocks[blocks.length - 1]?.push(line);
  }
  return blocks.filter((b) => b.length > 0);
}

const ESCAPED = ["\\:", "\\#", "\\=", "\\{", "\\}", "\\~", "\\n"];
const PLACEHOLDERS = ["&&058;", "&&035;", "&&061;", "&&123;", "&&125;", "&&126;", "&&010"];
const CHARACTERS = [":", "#", "=", "{", "}", "~", "\n"];
const replaceAll = (s: string, from: readonly string[], to: readonly string[]) =>
  from.reduce((acc, f, i) => acc.replaceAll(f, to[i] ?? ""), s);
const escapedcharPre = (s: string) =>
  replaceAll(s.replaceAll("\\\\", "&&092;"), ESCAPED, PLACEHOLDERS).replaceAll("&&092;", "\\");
const escapedcharPost = (s: string) => replaceAll(s, PLACEHOLDERS, CHARACTERS);

/** parse_text_with_format: an optional [format] prefix, then the text unescaped and trimmed. */
function giftText(text: string): { text: string; format: string } {
  const m = /^\[(html|plain|markdown|moodle)\]/.exec(text);
  return {
    format: m?.[1] ?? "moodle",
    text: phpTrim(escapedcharPost(m ? text.slice(m[0].length) : text)),
  };
}

/** What Moodle 4.4's GIFT import makes of an ordering question (undefined: not an ordering one). */
function importOrderingGift(lines: readonly string[]) {
  const text0 = phpTrim(lines.map((l) => (phpTrim(l).startsWith("//") ? " " : l)).join("\n"));
  let text = escapedcharPre(text0);
  let name = "";
  if (text.startsWith("::")) {
    text = text.slice(2);
    const end = text.indexOf("::");
    name = escapedcharPost(text.slice(0, end));
    text = phpTrim(text.slice(end + 2));
  }
  const start = text.indexOf("{");
  const finish = text.indexOf("}");
  let answertext = phpTrim(text.slice(start + 1, finish));
  const questiontext = giftText(text.slice(0, start) + text.slice(finish + 1));
  const gf = answertext.lastIndexOf("####");
  const generalfeedback = gf < 0 ? "" : answertext.slice(gf + 4);
  if (gf >= 0) answertext = phpTrim(answertext.slice(0, gf));
  // import_from_gift's pattern (note its 'RELATIVE|REL'.'LONGEST_ORDERED_SUBSET|' run-on).
  const select = "(?:ALL|EXACT|RANDOM|REL|CONTIGUOUS|CONTIG)?";
  const layout = "(?:HORIZONTAL|HORI|H|1|VERTICAL|VERT|V|0)?";
  const grading =
    "(?:ALL_OR_NOTHING|ABSOLUTE_POSITION|ABSOLUTE|ABS|RELATIVE_NEXT_EXCLUDE_LAST|RELATIVE_NEXT_INCLUDE_LAST|RELATIVE_ONE_PREVIOUS_AND_NEXT|RELATIVE_ALL_PREVIOUS_AND_NEXT|RELATIVE_TO_CORRECT|RELATIVE|RELLONGEST_ORDERED_SUBSET|LONGEST_CONTIGUOUS_SUBSET)?";
  const show = "(?:SHOW|TRUE|YES|1|HIDE|FALSE|NO|0)?";
  const numbering = "(?:none|123|abc|ABCD|iii|IIII)?";
  const m = new RegExp(
    `^\\s*>\\s*(\\d+)\\s*(${select})\\s*(${layout})\\s*(${grading})\\s*(${show})\\s*(${numbering})\\s*([\\s\\S]*?)\\s*$`,
  ).exec(answertext);
  if (!m) return undefined;
  const [, count, selecttype, layouttype, gradingtype, showgrading, numberingstyle, rest] = m;
  // array_filter drops "" and "0"; then each item is trimmed and the blanks dropped again.
  const lines7 = (rest ?? "").split(/[\r\n]+/).filter((a) => a !== "" && a !== "0");
  const answers = lines7.map(phpTrim).filter((a) => a !== "" && a !== "0");
  const n = Number(count);
  const selectcount = n >= 2 && n <= lines7.length ? n : Math.min(6, lines7.length);
  const general = giftText(generalfeedback);
  return {
    name,
    questiontext: questiontext.text,
    questiontextformat: questiontext.format,
    generalfeedback: general.text,
    ...orderingOptions({
      layouttype: layouttype ?? "",
      selecttype: selecttype ?? "",
      selectcount: String(selectcount),
      gradingtype: gradingtype ?? "",
      showgrading: showgrading ?? "",
      numberingstyle: numberingstyle ?? "",
    }),
    // The items are stored as FORMAT_MOODLE (HTML).
    answers,
  };
}

/** An HTML item as the student reads it (entities and <br> only: the exporter writes no other markup). */
const htmlToText = (html: string) =>
  html
    .replace(/<br>/g, "\n")
    .replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (_, r: string) => decodeReference(r));

// --- the tests ---

describe("Moodle XML: a teacher's text with & < > \" ' (issue 10, item 1)", () => {
  const quiz = textsQuiz();
  const file = toMoodleXml(quiz);

  it("writes text as Moodle's exporter does: CDATA when it holds & < > or \", ]]> split, no &quot; or &apos;", () => {
    expect(XMLValidator.validate(file.content)).toBe(true);
    expect(file.content).not.toMatch(/&quot;|&apos;/);
    for (const t of TEXTS) {
      // qformat_xml::xml_escape: htmlspecialchars($string, ENT_COMPAT) != $string means CDATA.
      const expected = /[&<>"]/.test(t)
        ? `<![CDATA[${t.split("]]>").join("]]]]><![CDATA[>")}]]>`
        : t;
      expect(file.content, t).toContain(`<text>${expected}</text>`);
    }
    expect(file.content).toContain("<text>'single'</text>");
    expect(file.content).toContain("<text><![CDATA[a ]]]]><![CDATA[> b]]></text>");
  });

  it("Moodle's reader (xmlize's rule: whitespace-only pieces dropped, then trimmed) reads every text back exactly", () => {
    const questions = moodleQuestions(file.content);
    const [category, ...rest] = questions;
    if (!category) throw new Error("no category");
    expect(categoryPath(textOf(child(category, "category")))).toEqual([
      "$course$",
      "top",
      quiz.title,
    ]);
    expect(rest).toHaveLength(quiz.questions.length);
    rest.forEach((q, i) => {
      const source = quiz.questions[i];
      if (!source) throw new Error("more questions than the quiz");
      expect(textOf(child(q, "questiontext")), source.id).toBe(source.prompt);
      expect(textOf(child(q, "generalfeedback")), source.id).toBe(feedbackText(source));
      const key = source.key;
      if (key.format === "choice") {
        const answers = children(q, "answer");
        expect(answers.map(textOf)).toEqual(key.options.map((o) => o.text));
        expect(answers.map((a) => textOf(child(a, "feedback")))).toEqual(
          key.options.map((o) => o.note ?? ""),
        );
      }
      if (key.format === "matching") {
        const subs = children(q, "subquestion");
        expect(subs.map(textOf)).toEqual(key.left);
        expect(subs.map((s) => textOf(child(s, "answer")))).toEqual(
          key.left.map((_, k) => key.right[key.correct[k] ?? 0]),
        );
      }
      if (key.format === "ordering")
        expect(children(q, "answer").map(textOf)).toEqual(key.correct.map((k) => key.items[k]));
    });
  });

  it("a standard XML parser (fast-xml-parser) reads the same texts", () => {
    const doc = new XMLParser({
      ignoreAttributes: false,
      parseTagValue: false,
      trimValues: false,
      isArray: (name) => name === "question",
    }).parse(file.content);
    const texts = doc.quiz.question
      .slice(1)
      .map((q: { questiontext: { text: string } }) => q.questiontext.text);
    expect(texts).toEqual(quiz.questions.map((q) => q.prompt));
  });

  it("the reader emulation is Moodle's: entity-escaped text (the old exporter's) loses its spaces", () => {
    const read = (xml: string) => textOf(child(xmlize(`<a>${xml}</a>`), "a"));
    expect(read(`<text>${xmlText(`</script> & "quoted"`)}</text>`)).toBe(`</script>&"quoted"`);
    expect(read("<text>a &amp; &lt;b&gt; 0</text>")).toBe("a &<b> 0");
    expect(read("<text> <![CDATA[a & <b>]]> </text>")).toBe("a & <b>");
  });

  it("a / in the quiz title stays in one category name (assemble_category_path's rule)", () => {
    for (const title of ["Grade 7/8 // Unit /3/", "/", "a/", "/b", "x & y/z"]) {
      const [category] = moodleQuestions(toMoodleXml(quizOf(title, [])).content);
      if (!category) throw new Error("no category");
      expect(categoryPath(textOf(child(category, "category"))), title).toEqual([
        "$course$",
        "top",
        title,
      ]);
    }
  });

  it("characters XML 1.0 forbids are still dropped", () => {
    const bad = "a\u0000b\u0001c\u000bd\ufffee\uffff\ud800 & <f>";
    const content = toMoodleXml(
      quizOf(`Title ${bad}`, [
        question("bad", bad, { format: "true-false", correct: false }, bad),
        question("bad-order", bad, { format: "ordering", items: [bad, "z"], correct: [0, 1] }, bad),
      ]),
    ).content;
    expect(XMLValidator.validate(content)).toBe(true);
    const forbidden = [...content].filter((c) => {
      const n = c.codePointAt(0) ?? 0;
      const control = n < 0x20 && n !== 0x9 && n !== 0xa && n !== 0xd;
      return control || n === 0xfffe || n === 0xffff || (n >= 0xd800 && n <= 0xdfff);
    });
    expect(forbidden).toEqual([]);
    const [category, tf, order] = moodleQuestions(content);
    if (!category || !tf || !order) throw new Error("questions missing");
    expect(categoryPath(textOf(child(category, "category")))).toEqual([
      "$course$",
      "top",
      "Title abcde & <f>",
    ]);
    expect(textOf(child(tf, "questiontext"))).toBe("abcde & <f>");
    expect(children(order, "answer").map(textOf)).toEqual(["abcde & <f>", "z"]);
  });
});

describe("ordering questions in Moodle (qtype_ordering, standard from Moodle 4.4; issue 10, item 4)", () => {
  const golden = goldenQuiz();
  const ordering = golden.questions.filter((q) => q.key.format === "ordering");

  it("Moodle XML: type ordering, the fields import_from_xml reads, the items as <answer>s in the right order", () => {
    const file = toMoodleXml(golden);
    expect(file.included).toBe(golden.questions.length);
    const written = moodleQuestions(file.content).filter((q) => q.attrs.type === "ordering");
    expect(written).toHaveLength(ordering.length);
    written.forEach((q, i) => {
      const source = ordering[i];
      if (source?.key.format !== "ordering") throw new Error("not an ordering question");
      const key = source.key;
      expect(textOf(child(q, "questiontext"))).toBe(source.prompt);
      expect(textOf(child(q, "generalfeedback"))).toBe(feedbackText(source));
      expect(importOrderingXml(q)).toEqual({
        type: "ordering",
        layouttype: LAYOUT_VERTICAL,
        selecttype: SELECT_ALL,
        selectcount: key.items.length,
        gradingtype: GRADING_RELATIVE_ALL_PREVIOUS_AND_NEXT,
        showgrading: 1,
        numberingstyle: "none",
        shownumcorrect: "1",
        answers: key.correct.map((k) => ({ text: key.items[k], format: "plain_text" })),
      });
    });
  });

  it("Moodle's grade (RELATIVE_ALL_PREVIOUS_AND_NEXT) is the web app's partial credit, for every order", () => {
    const items = ["a", "b", "c", "d"];
    const key: AnswerKey = { format: "ordering", items, correct: [2, 0, 3, 1] };
    const q = question("grade", "Order", key, "Because");
    const permutations = (xs: number[]): number[][] =>
      xs.length <= 1
        ? [xs]
        : xs.flatMap((x, i) =>
            permutations([...xs.slice(0, i), ...xs.slice(i + 1)]).map((p) => [x, ...p]),
          );
    for (const order of permutations([0, 1, 2, 3]))
      expect(moodleGrade(key.correct, order), order.join()).toBeCloseTo(
        scoreQuestion(q, { format: "ordering", order }).credit,
        12,
      );
  });

  it("GIFT: Moodle's GIFT import with qtype_ordering reads each ordering question, items in the right order", () => {
    const file = toGift(golden);
    expect(file.included).toBe(golden.questions.length);
    const imported = giftBlocks(file.content)
      .map(importOrderingGift)
      .filter((q) => q !== undefined);
    expect(imported).toHaveLength(ordering.length);
    imported.forEach((q, i) => {
      const source = ordering[i];
      if (source?.key.format !== "ordering") throw new Error("not an ordering question");
      const key = source.key;
      expect(q).toMatchObject({
        questiontext: source.prompt,
        questiontextformat: "plain",
        generalfeedback: feedbackText(source),
        layouttype: LAYOUT_VERTICAL,
        selecttype: SELECT_ALL,
        selectcount: key.items.length,
        gradingtype: GRADING_RELATIVE_ALL_PREVIOUS_AND_NEXT,
        showgrading: 1,
        numberingstyle: "none",
      });
      expect(q.answers.map(htmlToText)).toEqual(key.correct.map((k) => key.items[k]));
    });
    expect(imported[1]?.answers).toEqual(["2371 ~", "2375 &lt;=", "2397 &amp;"]);
  });

  it("GIFT: items with what the GIFT reader acts on (} \\ // 0 line breaks) and HTML arrive as typed", () => {
    const items = [
      "2371 ~ = # :",
      "a } b {",
      "back\\slash \\~ \\n \\\\",
      "// not a comment",
      "0",
      "line\nbreak",
      "<b>bold</b> & co",
      "#### not feedback",
    ];
    const key: AnswerKey = { format: "ordering", items, correct: [7, 6, 5, 4, 3, 2, 1, 0] };
    const quiz = quizOf("Hostile", [question("items", `Order ${HOSTILE}`, key, HOSTILE)]);
    const [q, ...rest] = giftBlocks(toGift(quiz).content)
      .map(importOrderingGift)
      .filter((x) => x !== undefined);
    expect(rest).toEqual([]);
    expect(q?.questiontext).toBe(`Order ${HOSTILE}`);
    expect(q?.generalfeedback).toBe(HOSTILE);
    expect(q?.selectcount).toBe(8);
    expect(q?.answers.map(htmlToText)).toEqual(key.correct.map((k) => items[k]));
  });

  it("both keep every ordering question, with a warning that says which Moodle imports it", () => {
    for (const file of [toMoodleXml(golden), toGift(golden)]) {
      expect(file.warnings.map((w) => [w.code, w.questionId])).toEqual(
        ordering.map((q) => ["NEEDS_NEWER_VERSION", q.id]),
      );
      for (const w of file.warnings) {
        expect(w.message).toContain("need Moodle 4.4 or later");
        expect(w.message).toContain(
          "ordering question type plugin (qtype_ordering) on older Moodle",
        );
        expect(w.message).toMatch(/is kept\.$/);
      }
    }
    expect(toMoodleXml(golden).warnings[0]?.message).toContain("Stop on error");
    expect(toGift(golden).warnings[0]?.message).toContain("another question type");
  });
});
