import { Topic as TopicSchema } from "@nklabor/facts";
import type { GeneratedQuestionType, QuizSpec } from "@nklabor/quiz";
import { TOPIC_LABELS, TYPE_LABELS } from "../shared/labels.js";

const toggle = <T extends string>(list: readonly T[], value: T) =>
  list.includes(value) ? list.filter((v) => v !== value) : [...list, value];

/** The quiz's choices: title, topics, question types, count, difficulty, feedback, timer, seed. */
export function ChoicesPanel(props: {
  readonly spec: QuizSpec;
  readonly onChange: (update: (spec: QuizSpec) => QuizSpec) => void;
  readonly onNewQuestions: () => void;
}) {
  const { spec } = props;
  const change = (patch: Partial<QuizSpec>) => props.onChange((s) => ({ ...s, ...patch }));
  return (
    <form className="build-form panel" onSubmit={(e) => e.preventDefault()}>
      <label>
        Quiz title
        <input
          type="text"
          value={spec.title}
          maxLength={120}
          onChange={(e) => change({ title: e.target.value || "Quiz" })}
        />
      </label>
      <fieldset>
        <legend>Topics (none ticked: all)</legend>
        {TopicSchema.options.map((t) => (
          <label key={t} className="check">
            <input
              type="checkbox"
              checked={spec.topics.includes(t)}
              onChange={() => change({ topics: toggle(spec.topics, t) })}
            />
            {TOPIC_LABELS[t]}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Question types (none ticked: all)</legend>
        {(Object.keys(TYPE_LABELS) as GeneratedQuestionType[]).map((t) => (
          <label key={t} className="check">
            <input
              type="checkbox"
              checked={spec.types.includes(t)}
              onChange={() => change({ types: toggle(spec.types, t) })}
            />
            {TYPE_LABELS[t]}
          </label>
        ))}
      </fieldset>
      <div className="row">
        <label>
          Questions
          <input
            type="number"
            min={Math.max(1, spec.customQuestions.length)}
            max={40}
            value={spec.count}
            onChange={(e) =>
              change({
                count: Math.max(
                  1,
                  spec.customQuestions.length,
                  Math.min(40, Math.trunc(Number(e.target.value)) || 1),
                ),
              })
            }
          />
        </label>
        <label>
          Difficulty
          <select
            value={spec.difficulty}
            onChange={(e) => change({ difficulty: e.target.value as QuizSpec["difficulty"] })}
          >
            <option value="mixed">Mixed</option>
            <option value="easy">Easy</option>
            <option value="medium">Medium</option>
            <option value="hard">Hard</option>
          </select>
        </label>
        <label>
          Feedback
          <select
            value={spec.feedback}
            onChange={(e) => change({ feedback: e.target.value as QuizSpec["feedback"] })}
          >
            <option value="immediate">After each question</option>
            <option value="end">At the end</option>
          </select>
        </label>
        <label>
          Timer per question
          <select
            value={spec.timerSeconds ?? 0}
            onChange={(e) =>
              props.onChange(({ timerSeconds: _, ...rest }) =>
                Number(e.target.value) ? { ...rest, timerSeconds: Number(e.target.value) } : rest,
              )
            }
          >
            <option value={0}>None</option>
            {[20, 30, 45, 60, 90, 120].map((s) => (
              <option key={s} value={s}>
                {s} seconds
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="row">
        <span>
          Seed: <code>{spec.seed}</code>
        </span>
        <button type="button" onClick={props.onNewQuestions}>
          New questions
        </button>
      </p>
    </form>
  );
}
