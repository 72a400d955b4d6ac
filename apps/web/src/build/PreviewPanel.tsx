import {
  editQuestion,
  moveQuestion,
  type Quiz,
  type QuizSpec,
  removeQuestion,
} from "@nklabor/quiz";
import { useId } from "react";
import { questionLang } from "../i18n/lang.js";
import { PreviewQuestion } from "./PreviewQuestion.js";
import { useWords } from "./words.js";

/** The quiz as it stands: every question with its answer and source, to edit, remove or move. */
export function PreviewPanel(props: {
  readonly spec: QuizSpec;
  readonly quiz: Quiz;
  readonly onChange: (update: (spec: QuizSpec) => QuizSpec) => void;
}) {
  const id = useId();
  const w = useWords();
  const { spec, quiz, onChange } = props;
  const n = quiz.questions.length;
  return (
    // Scrolls on its own beside the choices on a wide screen: focusable, so keyboards can scroll it.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus (WCAG 2.1.1)
    <section aria-labelledby={`${id}-preview`} className="build-preview" tabIndex={0}>
      <h2 id={`${id}-preview`}>{w.previewHeading({ n })}</h2>
      {quiz.warnings.map((warning) => (
        <p key={warning} className="note">
          {warning}
        </p>
      ))}
      <ol className="preview">
        {quiz.questions.map((q, index) => (
          <li key={q.id}>
            <PreviewQuestion
              lang={questionLang(quiz, q)}
              question={q}
              edited={spec.edits.some((e) => e.questionId === q.id)}
              onEdit={(edit) => onChange((s) => editQuestion(s, edit))}
              onRemove={() => onChange((s) => removeQuestion(s, q))}
              onMove={(dir) =>
                onChange((s) => moveQuestion(s, quiz, index, dir === "up" ? index - 1 : index + 1))
              }
              first={index === 0}
              last={index === n - 1}
            />
          </li>
        ))}
      </ol>
    </section>
  );
}
