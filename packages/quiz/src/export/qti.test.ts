import { XMLParser, XMLValidator } from "fast-xml-parser";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { AnswerFormat, Question, Quiz } from "../question.js";
import { canvasQuizId, toCanvasQti } from "./canvas-qti.js";
import { goldenQuiz, HOSTILE } from "./golden.test-helpers.js";
import { toQti21, xmlIdentifiers } from "./qti21.js";
import { type ExportFile, feedbackText } from "./shared.js";

/** A hand-made matching question: generated ones carry no hostile text, and its id is unsafe. */
const HOSTILE_MATCHING: Question = {
  id: "9 matching/hostile:<&>",
  type: "custom",
  prompt: `Match: ${HOSTILE}`,
  key: {
    format: "matching",
    left: [`Left ${HOSTILE}`, "Left 2 &amp;", "Left 3"],
    right: ["Right <b>1</b>", `Right ${HOSTILE}`, "Right 3 ]]>", "Right 4 (unused)"],
    correct: [1, 2, 0],
  },
  explanation: `Matched because ${HOSTILE}`,
  factIds: [],
  citations: [],
  difficulty: "easy",
  difficultyScore: 0.1,
};

/** The shared golden quiz, plus a hand-made matching question with hostile text and an unsafe id. */
function qtiGoldenQuiz(): Quiz {
  const quiz = goldenQuiz();
  return { ...quiz, questions: [...quiz.questions, HOSTILE_MATCHING] };
}

const quiz = qtiGoldenQuiz();
const orderingQuestions = quiz.questions.filter((q) => q.key.format === "ordering");

// --- a small typed view of fast-xml-parser's output (it returns untyped objects) ---

type XmlNode = { readonly [name: string]: unknown };

const isNode = (value: unknown): value is XmlNode =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Every child element of that name (the parser is told to make them all arrays). */
function all(node: XmlNode, name: string): XmlNode[] {
  const value = node[name];
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new Error(`<${name}> is not parsed as a list`);
  return value.map((v: unknown) => {
    if (!isNode(v)) throw new Error(`<${name}> is not an element`);
    return v;
  });
}

/** The one child element of that name. */
function one(node: XmlNode, name: string): XmlNode {
  const [first, ...rest] = all(node, name);
  if (first === undefined || rest.length > 0)
    throw new Error(`expected one <${name}>, got ${rest.length + (first ? 1 : 0)}`);
  return first;
}

function text(node: XmlNode): string {
  const value = node["#text"];
  return typeof value === "string" ? value : "";
}

function attr(node: XmlNode, name: string): string {
  const value = node[`@_${name}`];
  if (typeof value !== "string") throw new Error(`no attribute ${name}`);
  return value;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  textNodeName: "#text",
  parseTagValue: false,
  parseAttributeValue: false,
  alwaysCreateTextNode: true,
  isArray: (_name: string, _path: unknown, _leaf: boolean, isAttribute: boolean) => !isAttribute,
});

/** Parses well-formed XML (it fails the test otherwise) into its root element. */
function parseXml(xml: string, root: string): XmlNode {
  expect(XMLValidator.validate(xml)).toBe(true);
  const doc: unknown = parser.parse(xml);
  if (!isNode(doc)) throw new Error("not a document");
  return one(doc, root);
}

/** HTML text as a browser shows it: Canvas mattext is text/html. */
function fromHtml(html: string): string {
  return html.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => {
    const chars: Record<string, string> = { lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" };
    return chars[name] ?? "";
  });
}

function unzip(file: ExportFile): Record<string, string> {
  if (!(file.content instanceof Uint8Array)) throw new Error("expected zip bytes");
  return Object.fromEntries(
    Object.entries(unzipSync(file.content)).map(([name, bytes]) => [name, strFromU8(bytes)]),
  );
}

/** Every file the manifest names, with resources' href and <file href>. */
function manifestFiles(manifestXml: string): string[] {
  const manifest = parseXml(manifestXml, "manifest");
  const resources = all(one(manifest, "resources"), "resource");
  return [...new Set(resources.flatMap((r) => all(r, "file").map((f) => attr(f, "href"))))];
}

describe("IMS QTI 2.1 package", () => {
  const file = toQti21(quiz);
  const files = unzip(file);

  it("is a zip whose manifest names exactly the files in it, one item resource each", () => {
    expect([file.format, file.mediaType]).toEqual(["qti21", "application/zip"]);
    expect(file.filename).toMatch(/^golden-he-said-no-script-alert-1-script.*\.qti21\.zip$/);
    const { "imsmanifest.xml": manifestXml, ...items } = files;
    expect(manifestXml).toBeDefined();
    expect(manifestFiles(manifestXml ?? "").sort()).toEqual(Object.keys(items).sort());
    const resources = all(one(parseXml(manifestXml ?? "", "manifest"), "resources"), "resource");
    const interactionOf = (itemXml: string) =>
      /<(choiceInteraction|textEntryInteraction|orderInteraction|matchInteraction)\b/.exec(
        itemXml,
      )?.[1];
    for (const r of resources) {
      expect(attr(r, "type")).toBe("imsqti_item_xmlv2p1");
      expect(all(r, "file").map((f) => attr(f, "href"))).toEqual([attr(r, "href")]);
      // Canvas reads the question type from here (issue 10, item 3: ordering failed without it):
      // an interactionType in the QTI 2.1 namespace, naming the item's interaction.
      const metadata = one(one(r, "metadata"), "imsqti:qtiMetadata");
      expect(attr(metadata, "xmlns:imsqti")).toBe("http://www.imsglobal.org/xsd/imsqti_v2p1");
      expect(text(one(metadata, "imsqti:interactionType"))).toBe(
        interactionOf(items[attr(r, "href")] ?? ""),
      );
    }
    expect(Object.keys(items)).toHaveLength(quiz.questions.length);
    expect(file.included).toBe(quiz.questions.length);
    expect(file.warnings).toEqual([]);
  });

  it("is the same bytes every time", () => {
    expect(toQti21(quiz).content).toEqual(file.content);
  });

  const ids = xmlIdentifiers(
    quiz.questions.map((q) => q.id),
    "Q",
  );
  const itemOf = (n: number) => {
    const xml = files[`items/${ids[n]}.xml`];
    if (xml === undefined) throw new Error(`no item for question ${n}`);
    return { xml, item: parseXml(xml, "assessmentItem") };
  };

  it("has identifiers that are XML names, unique, derived from the question ids", () => {
    expect(new Set(ids).size).toBe(quiz.questions.length);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z][A-Za-z0-9._-]*$/);
    expect(ids).toContain("custom-hostile-choice");
    expect(ids.at(-1)).toMatch(/^Q9_matching_hostile_-[0-9a-f]{8}$/);
  });

  const interactionOf: Record<AnswerFormat, string> = {
    choice: "choiceInteraction",
    "true-false": "choiceInteraction",
    numeric: "textEntryInteraction",
    ordering: "orderInteraction",
    matching: "matchInteraction",
  };

  it.each(quiz.questions.map((q, n) => [n, q.key.format, q.id] as const))(
    "item %i (%s, %s): interaction, correct response, feedback and element order",
    (n) => {
      const question = quiz.questions[n];
      if (question === undefined) throw new Error("no question");
      const { xml, item } = itemOf(n);
      expect(attr(item, "identifier")).toBe(ids[n]);
      // QTI 2.1 child order of assessmentItem.
      const order = [
        "responseDeclaration",
        "outcomeDeclaration",
        "itemBody",
        "responseProcessing",
        "modalFeedback",
      ].map((tag) => xml.indexOf(`<${tag}`));
      expect(order.every((at) => at >= 0)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);

      const body = one(item, "itemBody");
      const key = question.key;
      const tag = interactionOf[key.format];
      const interaction =
        key.format === "numeric" ? one(all(body, "p")[1] ?? {}, tag) : one(body, tag);
      expect(attr(interaction, "responseIdentifier")).toBe("RESPONSE");
      const response = one(item, "responseDeclaration");
      const correct = all(one(response, "correctResponse"), "value").map(text);
      switch (key.format) {
        case "choice":
        case "true-false": {
          const choices = all(interaction, "simpleChoice");
          const texts = choices.map(text);
          const index = correct.map((id) => choices.findIndex((c) => attr(c, "identifier") === id));
          if (key.format === "choice") {
            expect(texts).toEqual(key.options.map((o) => o.text));
            expect(index).toEqual([key.correct]);
          } else {
            expect(texts).toEqual(["True", "False"]);
            expect(index).toEqual([key.correct ? 0 : 1]);
          }
          expect(text(one(interaction, "prompt"))).toBe(question.prompt);
          expect(attr(response, "cardinality")).toBe("single");
          break;
        }
        case "numeric": {
          expect(attr(response, "baseType")).toBe("float");
          expect(correct.map(Number)).toEqual([key.correct]);
          expect(text(all(body, "p")[0] ?? {})).toBe(question.prompt);
          const condition = one(
            one(one(one(item, "responseProcessing"), "responseCondition"), "responseIf"),
            "and",
          );
          const bound = (op: string) => Number(text(one(one(condition, op), "baseValue")));
          expect([bound("gte"), bound("lte")]).toEqual([key.accept.min, key.accept.max]);
          break;
        }
        case "ordering": {
          expect(attr(response, "cardinality")).toBe("ordered");
          const choices = all(interaction, "simpleChoice");
          expect(choices.map(text)).toEqual(key.items);
          const byId = new Map(choices.map((c) => [attr(c, "identifier"), text(c)]));
          expect(correct.map((id) => byId.get(id))).toEqual(key.correct.map((i) => key.items[i]));
          break;
        }
        case "matching": {
          expect([attr(response, "cardinality"), attr(response, "baseType")]).toEqual([
            "multiple",
            "directedPair",
          ]);
          const [leftSet, rightSet] = all(interaction, "simpleMatchSet").map((set) =>
            all(set, "simpleAssociableChoice"),
          );
          const textOf = (set: XmlNode[] | undefined) =>
            new Map((set ?? []).map((c) => [attr(c, "identifier"), text(c)]));
          const left = textOf(leftSet);
          const right = textOf(rightSet);
          expect([...left.values()]).toEqual(key.left);
          expect([...right.values()]).toEqual(key.right);
          const pairs = correct.map((pair) => {
            const [l = "", r = ""] = pair.split(" ");
            return [left.get(l), right.get(r)];
          });
          expect(pairs).toEqual(key.left.map((l, i) => [l, key.right[key.correct[i] ?? -1]]));
          break;
        }
      }

      const feedback = one(item, "modalFeedback");
      expect([
        attr(feedback, "outcomeIdentifier"),
        attr(feedback, "showHide"),
        attr(feedback, "identifier"),
      ]).toEqual(["FEEDBACK", "show", "general_fb"]);
      // Canvas keeps a QTI 2 feedback only when its identifier matches /general_|_all/i.
      expect(attr(feedback, "identifier")).toMatch(/general_|_all/i);
      expect(text(one(feedback, "p"))).toContain(question.explanation);
      for (const c of question.citations) expect(text(one(feedback, "p"))).toContain(c.url);
      // The FEEDBACK outcome is set to the feedback's identifier whatever the answer.
      const processing = one(item, "responseProcessing");
      const set = all(processing, "setOutcomeValue").find(
        (s) => attr(s, "identifier") === "FEEDBACK",
      );
      expect(text(one(set ?? {}, "baseValue"))).toBe("general_fb");
    },
  );

  it("matches its golden items, one per answer format", async () => {
    const formats: AnswerFormat[] = ["choice", "true-false", "numeric", "ordering", "matching"];
    for (const format of formats) {
      const n = quiz.questions.findLastIndex((q) => q.key.format === format);
      expect(n).toBeGreaterThanOrEqual(0);
      await expect(itemOf(n).xml).toMatchFileSnapshot(`__golden__/golden.qti21.${format}.xml`);
    }
  });
});

describe("Canvas QTI 1.2 zip", () => {
  const file = toCanvasQti(quiz);
  const files = unzip(file);
  const quizId = canvasQuizId(quiz);
  const assessmentXml = files[`${quizId}/${quizId}.xml`] ?? "";
  const assessment = one(parseXml(assessmentXml, "questestinterop"), "assessment");
  const items = all(one(assessment, "section"), "item");
  const written = quiz.questions.filter((q) => q.key.format !== "ordering");

  const metadata = (item: XmlNode) =>
    Object.fromEntries(
      all(one(one(item, "itemmetadata"), "qtimetadata"), "qtimetadatafield").map((f) => [
        text(one(f, "fieldlabel")),
        text(one(f, "fieldentry")),
      ]),
    );

  it("is a zip whose manifest names exactly the files in it", () => {
    expect([file.format, file.mediaType]).toEqual(["canvas-qti", "application/zip"]);
    expect(file.filename).toMatch(/^golden-he-said-no-script-alert-1-script.*\.canvas-qti\.zip$/);
    expect(quizId).toMatch(/^g[0-9a-f]{8}$/);
    const { "imsmanifest.xml": manifestXml, ...rest } = files;
    expect(Object.keys(rest).sort()).toEqual(
      [`${quizId}/${quizId}.xml`, `${quizId}/assessment_meta.xml`].sort(),
    );
    expect(manifestFiles(manifestXml ?? "").sort()).toEqual(Object.keys(rest).sort());
    const resources = all(one(parseXml(manifestXml ?? "", "manifest"), "resources"), "resource");
    const quizResource = resources.find((r) => attr(r, "type") === "imsqti_xmlv1p2");
    const metaResource = resources.find(
      (r) => attr(r, "type") === "associatedcontent/imscc_xmlv1p1/learning-application-resource",
    );
    expect(attr(quizResource ?? {}, "identifier")).toBe(quizId);
    expect(attr(one(quizResource ?? {}, "dependency"), "identifierref")).toBe(
      attr(metaResource ?? {}, "identifier"),
    );
    expect(attr(metaResource ?? {}, "href")).toBe(`${quizId}/assessment_meta.xml`);
    const meta = parseXml(files[`${quizId}/assessment_meta.xml`] ?? "", "quiz");
    expect(text(one(meta, "title"))).toBe(quiz.title);
    expect(text(one(meta, "points_possible"))).toBe(String(written.length));
  });

  it("has one item per question but the ordering ones, which the warnings name", () => {
    expect(orderingQuestions.length).toBeGreaterThan(0);
    expect(items).toHaveLength(quiz.questions.length - orderingQuestions.length);
    expect(file.included).toBe(items.length);
    expect(file.warnings.map((w) => [w.code, w.questionId])).toEqual(
      orderingQuestions.map((q) => ["UNSUPPORTED_TYPE", q.id]),
    );
    expect(attr(assessment, "ident")).toBe(quizId);
    expect(attr(one(assessment, "section"), "ident")).toBe("root_section");
    for (const item of items) expect(attr(item, "ident")).toMatch(/^[A-Za-z][A-Za-z0-9._-]*$/);
    expect(new Set(items.map((i) => attr(i, "ident"))).size).toBe(items.length);
  });

  it("maps question types, keeps hostile text exactly, scores the answer key", () => {
    const typeOf: Record<Exclude<AnswerFormat, "ordering">, string> = {
      choice: "multiple_choice_question",
      "true-false": "true_false_question",
      numeric: "numerical_question",
      matching: "matching_question",
    };
    const mattext = (node: XmlNode) => fromHtml(text(one(one(node, "material"), "mattext")));
    written.forEach((question, i) => {
      const item = items[i];
      if (item === undefined) throw new Error(`no item ${i}`);
      const key = question.key;
      if (key.format === "ordering") throw new Error("ordering written");
      const meta = metadata(item);
      expect(meta.question_type).toBe(typeOf[key.format]);
      expect(meta.points_possible).toBe("1");
      const presentation = one(item, "presentation");
      expect(mattext(presentation)).toBe(question.prompt);
      const conditions = all(one(item, "resprocessing"), "respcondition");
      // The always-true general feedback comes first and lets scoring go on.
      const [general, ...scoring] = conditions;
      expect(attr(general ?? {}, "continue")).toBe("Yes");
      expect(Object.keys(one(general ?? {}, "conditionvar"))).toContain("other");
      expect(attr(one(general ?? {}, "displayfeedback"), "linkrefid")).toBe("general_fb");
      const feedback = all(item, "itemfeedback").find((f) => attr(f, "ident") === "general_fb");
      // Plain text, escaped once (as XML only): Canvas showed HTML-escaped feedback's entities
      // literally ("&amp; &lt;tags&gt;"). Issue 10, item 2.
      const feedbackMat = one(one(feedback ?? {}, "flow_mat"), "material");
      expect(attr(one(feedbackMat, "mattext"), "texttype")).toBe("text/plain");
      expect(text(one(feedbackMat, "mattext"))).toBe(feedbackText(question));

      const varequal = (c: XmlNode | undefined) => one(one(c ?? {}, "conditionvar"), "varequal");
      if (key.format === "choice" || key.format === "true-false") {
        const labels = all(
          one(one(presentation, "response_lid"), "render_choice"),
          "response_label",
        );
        const texts = labels.map(mattext);
        expect(texts).toEqual(
          key.format === "choice" ? key.options.map((o) => o.text) : ["True", "False"],
        );
        expect(scoring).toHaveLength(1);
        const right = labels.findIndex((l) => attr(l, "ident") === text(varequal(scoring[0])));
        expect(right).toBe(key.format === "choice" ? key.correct : key.correct ? 0 : 1);
        expect(text(one(scoring[0] ?? {}, "setvar"))).toBe("100");
      }
      if (key.format === "numeric") {
        const condition = one(scoring[0] ?? {}, "conditionvar");
        expect(
          [text(one(condition, "vargte")), text(one(condition, "varlte"))].map(Number),
        ).toEqual([key.accept.min, key.accept.max]);
        expect(attr(one(one(presentation, "response_str"), "render_fib"), "fibtype")).toBe(
          "Decimal",
        );
      }
      if (key.format === "matching") {
        const lids = all(presentation, "response_lid");
        expect(lids.map(mattext)).toEqual(key.left);
        const pairs = lids.map((lid) => {
          const labels = all(one(lid, "render_choice"), "response_label");
          expect(labels.map(mattext)).toEqual(key.right);
          const condition = scoring.find(
            (c) => attr(varequal(c), "respident") === attr(lid, "ident"),
          );
          return mattext(labels.find((l) => attr(l, "ident") === text(varequal(condition))) ?? {});
        });
        expect(pairs).toEqual(key.correct.map((j) => key.right[j]));
      }
    });
  });

  it("matches its golden assessment", async () => {
    await expect(assessmentXml).toMatchFileSnapshot("__golden__/golden.canvas-qti.assessment.xml");
  });
});
