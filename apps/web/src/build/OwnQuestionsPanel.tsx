import { addCustomQuestion, type QuizSpec, removeCustomQuestion } from "@nklabor/quiz";
import { useId } from "react";
import { OwnQuestionForm } from "./OwnQuestionForm.js";

/** The teacher's own questions: the list, with remove, and the form to write one. */
export function OwnQuestionsPanel(props: {
  readonly spec: QuizSpec;
  readonly onChange: (update: (spec: QuizSpec) => QuizSpec) => void;
}) {
  const id = useId();
  const { spec } = props;
  return (
    <section aria-labelledby={`${id}-own`} className="panel">
      <h2 id={`${id}-own`}>Your own questions</h2>
      {spec.customQuestions.length > 0 && (
        <ul>
          {spec.customQuestions.map((q) => (
            <li key={q.id}>
              {q.prompt}{" "}
              <button
                type="button"
                onClick={() => props.onChange((s) => removeCustomQuestion(s, q.id))}
              >
                Remove
                <span className="visually-hidden"> your question “{q.prompt.slice(0, 40)}”</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <details>
        <summary>Write a question</summary>
        <OwnQuestionForm
          spec={spec}
          onAdd={(q) => props.onChange((s) => addCustomQuestion(s, q))}
        />
      </details>
    </section>
  );
}
