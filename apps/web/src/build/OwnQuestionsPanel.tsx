import { addCustomQuestion, type QuizSpec, removeCustomQuestion } from "@nklabor/quiz";
import { useId } from "react";
import { OwnQuestionForm } from "./OwnQuestionForm.js";
import { useWords } from "./words.js";

/** The teacher's own questions: the list, with remove, and the form to write one. */
export function OwnQuestionsPanel(props: {
  readonly spec: QuizSpec;
  readonly onChange: (update: (spec: QuizSpec) => QuizSpec) => void;
}) {
  const id = useId();
  const w = useWords();
  const { spec } = props;
  return (
    <section aria-labelledby={`${id}-own`} className="panel">
      <h2 id={`${id}-own`}>{w.ownQuestionsHeading()}</h2>
      {spec.customQuestions.length > 0 && (
        <ul>
          {spec.customQuestions.map((q) => (
            <li key={q.id}>
              {q.prompt}{" "}
              <button
                type="button"
                onClick={() => props.onChange((s) => removeCustomQuestion(s, q.id))}
              >
                {w.remove()}
                <span className="visually-hidden">
                  {" "}
                  {w.yourQuestionHidden({ prompt: q.prompt.slice(0, 40) })}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <details>
        <summary>{w.writeAQuestion()}</summary>
        <OwnQuestionForm
          spec={spec}
          onAdd={(q) => props.onChange((s) => addCustomQuestion(s, q))}
        />
      </details>
    </section>
  );
}
