import { strToU8, zipSync } from "fflate";
import { ENGLISH_LABELS, type Labels } from "../labels.js";
import type { Question, Quiz } from "../question.js";
import { shortHash } from "../random.js";
import { type ExportFile, feedbackText, slug, xmlText } from "./shared.js";

/**
 * Zip entries get this fixed time so the same quiz always makes the same bytes. It is a local
 * time, as zip's DOS timestamps are, and 1980 is the earliest they can hold.
 */
export const ZIP_TIME = new Date(1980, 0, 1);

/**
 * XML identifiers (QTI 2.1 `identifier` is an xs:NCName; QTI 1.2 idents become ids in Canvas):
 * a letter first, then letters, digits, "-", "_" and ".". Each question id becomes one, unique
 * within the quiz; ids that are already safe are kept as they are.
 */
export function xmlIdentifiers(ids: readonly string[], prefix: string): string[] {
  const taken = new Set<string>();
  return ids.map((id) => {
    let base = id.replace(/[^A-Za-z0-9._-]+/g, "_").slice(0, 64);
    if (!/^[A-Za-z]/.test(base)) base = `${prefix}${base}`;
    if (base !== id) base = `${base}-${shortHash(id)}`;
    let candidate = base;
    for (let n = 2; taken.has(candidate); n++) candidate = `${base}-${n}`;
    taken.add(candidate);
    return candidate;
  });
}

/** The QTI 2.1 namespace: items, and the qtiMetadata Canvas looks for in the manifest. */
const QTI_NS_URI = "http://www.imsglobal.org/xsd/imsqti_v2p1";
const QTI_NS =
  'xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsglobal.org/xsd/imsqti_v2p1 http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd"';

/**
 * IMS QTI 2.1 package: imsmanifest.xml (IMS CP) and one assessmentItem per question in items/.
 * choice and true/false as choiceInteraction, numeric as textEntryInteraction scored by range,
 * ordering as orderInteraction, matching as matchInteraction (partial credit per pair). Every
 * item shows the explanation and sources as modalFeedback whatever the answer.
 */
export function toQti21(quiz: Quiz, labels: Labels = ENGLISH_LABELS): ExportFile {
  const ids = xmlIdentifiers(
    quiz.questions.map((q) => q.id),
    "Q",
  );
  const files: Record<string, Uint8Array> = {};
  const resources: string[] = [];
  quiz.questions.forEach((question, n) => {
    const id = ids[n] ?? `Q${n + 1}`;
    const href = `items/${id}.xml`;
    files[href] = strToU8(assessmentItem(question, id, n, labels));
    resources.push(
      [
        `    <resource identifier="RES-${id}" type="imsqti_item_xmlv2p1" href="${href}">`,
        // The item's interaction, as QTI 2.1 packages declare it: Canvas chooses the question
        // type by it (it cannot parse an ordering item without it).
        "      <metadata>",
        `        <imsqti:qtiMetadata xmlns:imsqti="${QTI_NS_URI}">`,
        `          <imsqti:interactionType>${INTERACTION[question.key.format]}</imsqti:interactionType>`,
        "        </imsqti:qtiMetadata>",
        "      </metadata>",
        `      <file href="${href}"/>`,
        "    </resource>",
      ].join("\n"),
    );
  });
  const manifest = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 http://www.imsglobal.org/xsd/qti/qtiv2p1/qtiv2p1_imscpv1p2_v1p0.xsd" identifier="MANIFEST-${shortHash(`${quiz.title}\u0000${quiz.seed}\u0000${quiz.datasetVersion}`)}">`,
    "  <metadata>",
    "    <schema>QTIv2.1 Package</schema>",
    "    <schemaversion>1.0.0</schemaversion>",
    "  </metadata>",
    "  <organizations/>",
    "  <resources>",
    ...resources,
    "  </resources>",
    "</manifest>",
    "",
  ].join("\n");
  return {
    format: "qti21",
    filename: `${slug(quiz.title)}.qti21.zip`,
    mediaType: "application/zip",
    content: zipSync({ "imsmanifest.xml": strToU8(manifest), ...files }, { mtime: ZIP_TIME }),
    included: quiz.questions.length,
    warnings: [],
  };
}

const float = (value: number) => `<baseValue baseType="float">${value}</baseValue>`;
const setScore = (value: number) =>
  `<setOutcomeValue identifier="SCORE">${float(value)}</setOutcomeValue>`;
/** Score 1 when `condition` holds, else 0 (the condition is NULL, hence false, with no answer). */
const scoreIf = (condition: string) =>
  `    <responseCondition>\n      <responseIf>\n        ${condition}\n        ${setScore(1)}\n      </responseIf>\n      <responseElse>\n        ${setScore(0)}\n      </responseElse>\n    </responseCondition>`;
const matchCorrect = scoreIf(
  '<match><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></match>',
);

interface ItemParts {
  /** The responseDeclaration. */
  readonly response: string;
  /** The itemBody's content. */
  readonly body: string;
  /** How SCORE is set, inside responseProcessing. */
  readonly scoring: string;
}

function itemParts(question: Question, labels: Labels): ItemParts {
  const key = question.key;
  const prompt = `<prompt>${xmlText(question.prompt)}</prompt>`;
  const declaration = (cardinality: string, baseType: string, values: string[], extra = "") =>
    `  <responseDeclaration identifier="RESPONSE" cardinality="${cardinality}" baseType="${baseType}">\n    <correctResponse>\n${values.map((v) => `      <value>${v}</value>`).join("\n")}\n    </correctResponse>${extra}\n  </responseDeclaration>`;
  const choices = (texts: readonly string[], ids: readonly string[], tag: string, attrs = "") =>
    texts.map((t, i) => `      <${tag} identifier="${ids[i]}"${attrs}>${xmlText(t)}</${tag}>`);
  switch (key.format) {
    case "choice":
    case "true-false": {
      const texts =
        key.format === "choice"
          ? key.options.map((o) => o.text)
          : [labels.m.true(), labels.m.false()];
      const ids = key.format === "choice" ? texts.map((_, i) => `C${i + 1}`) : ["TRUE", "FALSE"];
      const correct =
        key.format === "choice" ? `C${key.correct + 1}` : key.correct ? "TRUE" : "FALSE";
      return {
        response: declaration("single", "identifier", [correct]),
        body: [
          '    <choiceInteraction responseIdentifier="RESPONSE" shuffle="false" maxChoices="1">',
          `      ${prompt}`,
          ...choices(texts, ids, "simpleChoice"),
          "    </choiceInteraction>",
        ].join("\n"),
        scoring: matchCorrect,
      };
    }
    case "numeric":
      return {
        response: declaration("single", "float", [String(key.correct)]),
        // textEntryInteraction is inline: it must sit in a block such as <p>.
        body: [
          `    <p>${xmlText(question.prompt)}</p>`,
          `    <p><textEntryInteraction responseIdentifier="RESPONSE" expectedLength="15"/> ${xmlText(key.unit)}</p>`,
        ].join("\n"),
        // The templates only compare with the correct value; a range needs gte and lte.
        scoring: scoreIf(
          `<and>\n          <gte><variable identifier="RESPONSE"/>${float(key.accept.min)}</gte>\n          <lte><variable identifier="RESPONSE"/>${float(key.accept.max)}</lte>\n        </and>`,
        ),
      };
    case "ordering": {
      const ids = key.items.map((_, i) => `I${i + 1}`);
      return {
        response: declaration(
          "ordered",
          "identifier",
          key.correct.map((i) => `I${i + 1}`),
        ),
        body: [
          '    <orderInteraction responseIdentifier="RESPONSE" shuffle="false">',
          `      ${prompt}`,
          ...choices(key.items, ids, "simpleChoice"),
          "    </orderInteraction>",
        ].join("\n"),
        scoring: matchCorrect,
      };
    }
    case "matching": {
      const left = key.left.map((_, i) => `L${i + 1}`);
      const right = key.right.map((_, j) => `R${j + 1}`);
      const pairs = left.map((l, i) => `${l} R${(key.correct[i] ?? 0) + 1}`);
      // A right-hand item used by several left-hand ones must accept that many associations.
      const rightMax = new Set(key.correct).size === key.correct.length ? 1 : key.left.length;
      return {
        response: declaration(
          "multiple",
          "directedPair",
          pairs,
          `\n    <mapping defaultValue="0" lowerBound="0" upperBound="${pairs.length}">\n${pairs.map((p) => `      <mapEntry mapKey="${p}" mappedValue="1"/>`).join("\n")}\n    </mapping>`,
        ),
        body: [
          `    <matchInteraction responseIdentifier="RESPONSE" shuffle="false" maxAssociations="${key.left.length}">`,
          `      ${prompt}`,
          "      <simpleMatchSet>",
          ...choices(key.left, left, "simpleAssociableChoice", ' matchMax="1"').map(
            (c) => `  ${c}`,
          ),
          "      </simpleMatchSet>",
          "      <simpleMatchSet>",
          ...choices(key.right, right, "simpleAssociableChoice", ` matchMax="${rightMax}"`).map(
            (c) => `  ${c}`,
          ),
          "      </simpleMatchSet>",
          "    </matchInteraction>",
        ].join("\n"),
        // Partial credit: a point per right pair, divided by the pairs so SCORE is 0 to 1
        // (a mappedValue of 1/n would not add up to exactly 1).
        scoring: `    <setOutcomeValue identifier="SCORE">\n      <divide><mapResponse identifier="RESPONSE"/>${float(Math.max(1, pairs.length))}</divide>\n    </setOutcomeValue>`,
      };
    }
  }
}

/**
 * The explanation's feedback identifier: Canvas keeps a QTI 2 item's feedback only when its
 * identifier says it is general ("general_" or "_all"; it dropped one named EXPLANATION).
 */
const FEEDBACK_ID = "general_fb";

/** The interaction each answer format is written with, named as QTI 2.1 metadata names them. */
const INTERACTION: Record<Question["key"]["format"], string> = {
  choice: "choiceInteraction",
  "true-false": "choiceInteraction",
  numeric: "textEntryInteraction",
  ordering: "orderInteraction",
  matching: "matchInteraction",
};

function assessmentItem(question: Question, id: string, n: number, labels: Labels): string {
  const parts = itemParts(question, labels);
  // QTI 2.1 child order: responseDeclaration, outcomeDeclaration, itemBody, responseProcessing,
  // modalFeedback.
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<assessmentItem ${QTI_NS} identifier="${id}" title="${xmlText(`Q${n + 1} ${question.type}`)}" adaptive="false" timeDependent="false">`,
    parts.response,
    '  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float" normalMaximum="1">',
    "    <defaultValue><value>0</value></defaultValue>",
    "  </outcomeDeclaration>",
    '  <outcomeDeclaration identifier="FEEDBACK" cardinality="single" baseType="identifier"/>',
    "  <itemBody>",
    parts.body,
    "  </itemBody>",
    "  <responseProcessing>",
    parts.scoring,
    // The match_correct template sets only SCORE; modalFeedback needs FEEDBACK set, whatever
    // the answer, for the explanation to show.
    `    <setOutcomeValue identifier="FEEDBACK"><baseValue baseType="identifier">${FEEDBACK_ID}</baseValue></setOutcomeValue>`,
    "  </responseProcessing>",
    `  <modalFeedback outcomeIdentifier="FEEDBACK" identifier="${FEEDBACK_ID}" showHide="show" title="${xmlText(labels.m.explanation())}">`,
    `    <p>${xmlText(feedbackText(question, labels))}</p>`,
    "  </modalFeedback>",
    "</assessmentItem>",
    "",
  ].join("\n");
}
