import {
  checkTranslatedText,
  type FactPack,
  HEDGE_GLOSSARY,
  HEDGES,
  type TranslationIssueCode,
} from "@nklabor/facts";
import { checkQuiz } from "./check-quiz.js";
import { figureOf, formatFigure, quizContext } from "./context.js";
import type { Quiz } from "./question.js";
import { sameQuestion, textsOf } from "./same-question.js";

/**
 * What {@link checkQuizIn} found wrong with a Korean or Russian quiz: a translation issue of
 * `@nklabor/facts` (a source's quote changed, a figure or hedge missing, English left in), a
 * question that is not the English quiz's, or template text left in.
 */
export type LanguageIssueCode =
  | TranslationIssueCode
  /** Not the English quiz's question: another id, facts, format, answer or number of options. */
  | "NOT_THE_SAME_QUESTION"
  /** Template text left in: braces, "undefined", "NaN". */
  | "TEMPLATE_LEFT";

/**
 * One problem {@link checkQuizIn} found: a {@link LanguageIssueCode}, or a `QuizIssueCode`
 * from checking the English quiz as a whole, with what is wrong and the questions concerned.
 */
export interface LanguageIssue {
  readonly code: LanguageIssueCode | import("./check-quiz.js").QuizIssueCode;
  /** What is wrong, for a person. */
  readonly message: string;
  /** The questions concerned, by id (empty when the quiz as a whole is). */
  readonly questions: readonly string[];
}

const TEMPLATE = /[{}]|\bundefined\b|\bNaN\b/;

/**
 * Checks a Korean or Russian quiz against the English quiz of the same spec and seed, then the
 * English one by `checkQuiz`: the same questions (ids, facts, citations, answers, in the same
 * order); every text a learner reads holds the source's words in quotes unchanged, every number
 * of its English as the language writes it, no English outside quotes and the names kept in
 * Latin letters, and the glossary's words for each hedge its English states; no template text.
 * A question on a teacher's own facts, or their own question, is in the words the teacher wrote:
 * only its sameness and template text are checked.
 */
export function checkQuizIn(translated: Quiz, english: Quiz, custom?: FactPack): LanguageIssue[] {
  const issues: LanguageIssue[] = [];
  const lang = translated.language;
  if (lang === undefined || lang === "en" || english.language !== undefined)
    return [
      {
        code: "NOT_THE_SAME_QUESTION",
        message: "checkQuizIn compares a Korean or Russian quiz with its English twin",
        questions: [],
      },
    ];
  const ctx = quizContext(custom);
  const bundled = new Set(quizContext().base.facts.map((f) => f.id as string));
  // A teacher's own words (their facts' texts, actors' names and roles, outlets, conflicts).
  const ownNames = [
    ...(custom?.actors ?? []).flatMap((a) => [a.name, a.role ?? ""]),
    ...(custom?.sources ?? []).map((source) => source.publisher),
    ...(custom?.facts ?? []).flatMap((f) =>
      [f.claim, f.label, "title" in f ? f.title : "", "counted" in f ? f.counted : ""].concat(
        "measures" in f ? f.measures : "",
        "of" in f ? f.of : "",
      ),
    ),
    ...(custom?.conflicts ?? []).flatMap((c) => [c.title, c.question, c.note]),
  ]
    .filter((t): t is string => typeof t === "string" && t.length > 0)
    .sort((a, b) => b.length - a.length);
  if (translated.questions.length !== english.questions.length)
    issues.push({
      code: "NOT_THE_SAME_QUESTION",
      message: `${translated.questions.length} questions, the English quiz ${english.questions.length}`,
      questions: [],
    });
  translated.questions.forEach((q, i) => {
    const en = english.questions[i];
    const fail = (code: LanguageIssueCode, message: string) =>
      issues.push({ code, message, questions: [q.id] });
    if (!en || !sameQuestion(en, q)) {
      fail(
        "NOT_THE_SAME_QUESTION",
        `question ${i + 1} is not the English quiz's question ${i + 1}`,
      );
      return;
    }
    const mine = textsOf(q);
    const theirs = textsOf(en);
    for (const text of mine)
      if (TEMPLATE.test(text.replace(/“[^”]*”/g, "")))
        fail("TEMPLATE_LEFT", `template text left in: ${text}`);
    if (q.type === "custom" || !q.factIds.every((id) => bundled.has(id))) return;
    // "Who said this?" shows a passage as the source prints it (its own quotation marks, a blank
    // for the speaker): it stands in the translated prompt exactly, and is no translated text.
    if (q.type === "who-said-it") {
      const passage = en.prompt.slice(Math.max(0, en.prompt.search(/[“"]/)));
      if (!mine[0]?.includes(passage))
        fail("TRANSLATION_QUOTE_CHANGED", `the passage ${passage} is not shown as it is`);
      mine[0] = (mine[0] ?? "").replace(passage, "");
      theirs[0] = (theirs[0] ?? "").replace(passage, "");
    }
    mine.forEach((whole, n) => {
      // A teacher's actors and outlets (a wrong option of a bundled question) go by the names
      // the teacher gave them.
      const text = ownNames.reduce((t, name) => t.replaceAll(name, ""), whole);
      const source = ownNames.reduce((t, name) => t.replaceAll(name, ""), theirs[n] ?? "");
      if (source === "" && text === "") return;
      for (const issue of checkTranslatedText(source, text, lang))
        fail(issue.code, `${issue.message} In: ${text}`);
    });
    // Each hedge the English states outside quotes ("as many as 37,000", "as many as ___"), in
    // the glossary's words.
    for (const id of q.factIds) {
      const fact = ctx.base.getFact(id);
      if (!fact || !("amount" in fact)) continue;
      const marker = HEDGE_GLOSSARY[lang][fact.amount.hedge].marker;
      const figure = figureOf(fact);
      if (!marker || figure === undefined) continue;
      const written = [`___`, formatFigure(fact, figure).toLowerCase()];
      theirs.forEach((source, n) => {
        const outside = source.replace(/“[^”]*”/g, "").toLowerCase();
        const said = HEDGES[fact.amount.hedge].phrases.some((p) =>
          written.some((w) => outside.includes(`${p} ${w}`)),
        );
        if (said && !mine[n]?.toLowerCase().includes(marker.toLowerCase()))
          fail(
            "TRANSLATION_HEDGE_MISSING",
            `the English hedges ${fact.id}'s figure (“${fact.amount.wording}”): “${marker}” is missing in: ${mine[n]}`,
          );
      });
    }
  });
  return [...issues, ...checkQuiz(english, custom)];
}
