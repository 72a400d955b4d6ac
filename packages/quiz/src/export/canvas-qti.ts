import { strToU8, zipSync } from "fflate";
import { ENGLISH_LABELS, type Labels } from "../labels.js";
import type { Question, Quiz } from "../question.js";
import { shortHash } from "../random.js";
import { xmlIdentifiers, ZIP_TIME } from "./qti21.js";
import { type ExportFile, feedbackText, renderEach, slug, xmlText } from "./shared.js";

/**
 * Canvas mattext is text/html, as Canvas writes it itself: the plain text is escaped as HTML
 * (&, <, > in text content), then as XML, so "<script>" reaches the learner as text, not markup.
 */
const html = (text: string) =>
  xmlText(text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"));
const mattext = (text: string) =>
  `<material><mattext texttype="text/html">${html(text)}</mattext></material>`;
/**
 * Feedback as plain text, escaped once (as XML): Canvas's converter showed HTML-escaped feedback
 * with its entities as written ("&amp; &lt;tags&gt;") to the learner.
 */
const plainMattext = (text: string) =>
  `<material><mattext texttype="text/plain">${xmlText(text)}</mattext></material>`;

/** Canvas ids of the quiz: a letter, then a hash of what makes the quiz (title, seed, data). */
export function canvasQuizId(quiz: Quiz): string {
  return `g${shortHash(`${quiz.title}\u0000${quiz.seed}\u0000${quiz.datasetVersion}`)}`;
}

/**
 * Canvas Classic Quizzes QTI 1.2 zip: imsmanifest.xml, <quizId>/<quizId>.xml (questestinterop)
 * and <quizId>/assessment_meta.xml (Canvas quiz settings). multiple_choice_question,
 * true_false_question, numerical_question (a min..max range) and matching_question; the
 * explanation and sources are the general (neutral) feedback, shown whatever the answer.
 * Classic Quizzes have no ordering type: those questions are left out, with a warning.
 */
export function toCanvasQti(quiz: Quiz, labels: Labels = ENGLISH_LABELS): ExportFile {
  const quizId = canvasQuizId(quiz);
  const metaId = `${quizId}_meta`;
  const ids = xmlIdentifiers(
    quiz.questions.map((q) => q.id),
    "q",
  );
  const { items, warnings } = renderEach(
    quiz,
    (question, n) => itemXml(question, `${quizId}-${ids[n] ?? n + 1}`, n, labels),
    "Canvas QTI",
  );

  const assessment = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<questestinterop xmlns="http://www.imsglobal.org/xsd/ims_qtiasiv1p2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsglobal.org/xsd/ims_qtiasiv1p2 http://www.imsglobal.org/xsd/ims_qtiasiv1p2p1.xsd">',
    `  <assessment ident="${quizId}" title="${xmlText(quiz.title)}">`,
    "    <qtimetadata>",
    field("cc_maxattempts", "1", "      "),
    "    </qtimetadata>",
    '    <section ident="root_section">',
    ...items,
    "    </section>",
    "  </assessment>",
    "</questestinterop>",
    "",
  ].join("\n");

  // Canvas's time_limit is in minutes for the whole quiz; the quiz's timer is per question.
  const minutes =
    quiz.timerSeconds === undefined
      ? undefined
      : Math.max(1, Math.ceil((quiz.timerSeconds * items.length) / 60));
  const meta = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<quiz identifier="${quizId}" xmlns="http://canvas.instructure.com/xsd/cccv1p0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://canvas.instructure.com/xsd/cccv1p0 http://canvas.instructure.com/xsd/cccv1p0.xsd">`,
    `  <title>${xmlText(quiz.title)}</title>`,
    "  <description></description>",
    "  <shuffle_answers>false</shuffle_answers>",
    "  <scoring_policy>keep_highest</scoring_policy>",
    "  <quiz_type>assignment</quiz_type>",
    `  <points_possible>${items.length}</points_possible>`,
    ...(minutes === undefined ? [] : [`  <time_limit>${minutes}</time_limit>`]),
    `  <show_correct_answers>${quiz.feedback === "immediate"}</show_correct_answers>`,
    "  <allowed_attempts>1</allowed_attempts>",
    "  <one_question_at_a_time>false</one_question_at_a_time>",
    "  <cant_go_back>false</cant_go_back>",
    "  <available>false</available>",
    "</quiz>",
    "",
  ].join("\n");

  const assessmentHref = `${quizId}/${quizId}.xml`;
  const metaHref = `${quizId}/assessment_meta.xml`;
  const manifest = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${quizId}_manifest" xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1" xmlns:lom="http://ltsc.ieee.org/xsd/imsccv1p1/LOM/resource" xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_v1p2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1 http://www.imsglobal.org/xsd/imscp_v1p1.xsd http://ltsc.ieee.org/xsd/imsccv1p1/LOM/resource http://www.imsglobal.org/profile/cc/ccv1p1/LOM/ccv1p1_lomresource_v1p0.xsd http://www.imsglobal.org/xsd/imsmd_v1p2 http://www.imsglobal.org/xsd/imsmd_v1p2p2.xsd">`,
    "  <metadata>",
    "    <schema>IMS Content</schema>",
    "    <schemaversion>1.1.3</schemaversion>",
    "  </metadata>",
    "  <organizations/>",
    "  <resources>",
    `    <resource identifier="${quizId}" type="imsqti_xmlv1p2">`,
    `      <file href="${assessmentHref}"/>`,
    `      <dependency identifierref="${metaId}"/>`,
    "    </resource>",
    `    <resource identifier="${metaId}" type="associatedcontent/imscc_xmlv1p1/learning-application-resource" href="${metaHref}">`,
    `      <file href="${metaHref}"/>`,
    "    </resource>",
    "  </resources>",
    "</manifest>",
    "",
  ].join("\n");

  return {
    format: "canvas-qti",
    filename: `${slug(quiz.title)}.canvas-qti.zip`,
    mediaType: "application/zip",
    content: zipSync(
      {
        "imsmanifest.xml": strToU8(manifest),
        [assessmentHref]: strToU8(assessment),
        [metaHref]: strToU8(meta),
      },
      { mtime: ZIP_TIME },
    ),
    included: items.length,
    warnings,
  };
}

function field(label: string, entry: string, indent: string): string {
  return `${indent}<qtimetadatafield>\n${indent}  <fieldlabel>${label}</fieldlabel>\n${indent}  <fieldentry>${xmlText(entry)}</fieldentry>\n${indent}</qtimetadatafield>`;
}

/** A respcondition: `continue="Yes"` lets later conditions run too (QTI 1.2 stops otherwise). */
function respcondition(condition: string, action: string, goOn?: boolean): string {
  return [
    `          <respcondition${goOn === undefined ? "" : ` continue="${goOn ? "Yes" : "No"}"`}>`,
    `            <conditionvar>${condition}</conditionvar>`,
    `            ${action}`,
    "          </respcondition>",
  ].join("\n");
}

const setScore = (value: number, action = "Set") =>
  `<setvar action="${action}" varname="SCORE">${value}</setvar>`;

interface ItemParts {
  readonly type: string;
  readonly answerIds: readonly string[];
  /** Response elements inside <presentation>, after the question text. */
  readonly responses: readonly string[];
  /** Scoring respconditions. */
  readonly scoring: readonly string[];
}

function itemParts(question: Question, labels: Labels): ItemParts | undefined {
  const key = question.key;
  const responseLabels = (ids: readonly string[], texts: readonly string[]) =>
    ids.map(
      (id, i) =>
        `              <response_label ident="${id}">${mattext(texts[i] ?? "")}</response_label>`,
    );
  const lid = (ident: string, ids: readonly string[], texts: readonly string[], title = "") =>
    [
      `          <response_lid ident="${ident}" rcardinality="Single">${title}`,
      "            <render_choice>",
      ...responseLabels(ids, texts),
      "            </render_choice>",
      "          </response_lid>",
    ].join("\n");
  const varequal = (respident: string, value: string) =>
    `<varequal respident="${respident}">${value}</varequal>`;
  switch (key.format) {
    case "choice":
    case "true-false": {
      const texts =
        key.format === "choice"
          ? key.options.map((o) => o.text)
          : [labels.m.true(), labels.m.false()];
      const ids = key.format === "choice" ? texts.map((_, i) => `a${i + 1}`) : ["true", "false"];
      const correct =
        key.format === "choice" ? `a${key.correct + 1}` : key.correct ? "true" : "false";
      return {
        type: key.format === "choice" ? "multiple_choice_question" : "true_false_question",
        answerIds: ids,
        responses: [lid("response1", ids, texts)],
        scoring: [respcondition(varequal("response1", correct), setScore(100), false)],
      };
    }
    case "numeric":
      return {
        type: "numerical_question",
        answerIds: ["answer1"],
        responses: [
          [
            '          <response_str ident="response1" rcardinality="Single">',
            '            <render_fib fibtype="Decimal"><response_label ident="answer1"/></render_fib>',
            "          </response_str>",
          ].join("\n"),
        ],
        scoring: [
          respcondition(
            `<vargte respident="response1">${key.accept.min}</vargte><varlte respident="response1">${key.accept.max}</varlte>`,
            setScore(100),
            false,
          ),
        ],
      };
    case "matching": {
      const left = key.left.map((_, i) => `left${i + 1}`);
      const right = key.right.map((_, j) => `match${j + 1}`);
      const share = Math.round(10000 / Math.max(1, left.length)) / 100;
      return {
        type: "matching_question",
        answerIds: left,
        responses: left.map((id, i) =>
          lid(`response_${id}`, right, key.right, mattext(key.left[i] ?? "")),
        ),
        // One condition per pair, each adding its share (the shape Canvas exports).
        scoring: left.map((id, i) =>
          respcondition(
            varequal(`response_${id}`, right[key.correct[i] ?? 0] ?? ""),
            setScore(share, "Add"),
          ),
        ),
      };
    }
    case "ordering":
      return undefined;
  }
}

function itemXml(question: Question, ident: string, n: number, labels: Labels): string | undefined {
  const parts = itemParts(question, labels);
  if (parts === undefined) return undefined;
  const meta = (label: string, entry: string) => field(label, entry, "            ");
  return [
    `      <item ident="${ident}" title="${xmlText(`Q${n + 1} ${question.type}`)}">`,
    "        <itemmetadata>",
    "          <qtimetadata>",
    meta("question_type", parts.type),
    meta("points_possible", "1"),
    meta("original_answer_ids", parts.answerIds.join(",")),
    "          </qtimetadata>",
    "        </itemmetadata>",
    "        <presentation>",
    `          ${mattext(question.prompt)}`,
    ...parts.responses,
    "        </presentation>",
    "        <resprocessing>",
    "          <outcomes>",
    '            <decvar maxvalue="100" minvalue="0" varname="SCORE" vartype="Decimal"/>',
    "          </outcomes>",
    // general_fb is Canvas's neutral comment: an always-true condition that goes on to scoring.
    respcondition(
      "<other/>",
      '<displayfeedback feedbacktype="Response" linkrefid="general_fb"/>',
      true,
    ),
    ...parts.scoring,
    "        </resprocessing>",
    '        <itemfeedback ident="general_fb">',
    `          <flow_mat>${plainMattext(feedbackText(question, labels))}</flow_mat>`,
    "        </itemfeedback>",
    "      </item>",
  ].join("\n");
}
