import { Topic as TopicSchema } from "@nklabor/facts";
import type { QuizSpec } from "@nklabor/quiz";
import { useId } from "react";
import { LANG_NAMES, LANGS } from "../i18n/lang.js";
import { GENERATED_TYPES, topicLabel, typeLabel, useLabels } from "../shared/labels.js";
import { preloadVoice } from "../shared/voice.js";
import { RadioChoice } from "./RadioChoice.js";
import { useWords } from "./words.js";

const toggle = <T extends string>(list: readonly T[], value: T) =>
  list.includes(value) ? list.filter((v) => v !== value) : [...list, value];

/** The quiz's choices: title, topics, question types, count, difficulty, feedback, timer, seed. */
export function ChoicesPanel(props: {
  readonly spec: QuizSpec;
  /** The title the quiz shows: the untouched default in the quiz's language. */
  readonly title: string;
  readonly onChange: (update: (spec: QuizSpec) => QuizSpec) => void;
  readonly onNewQuestions: () => void;
}) {
  const { spec } = props;
  const w = useWords();
  const labels = useLabels();
  const id = useId();
  const change = (patch: Partial<QuizSpec>) => props.onChange((s) => ({ ...s, ...patch }));
  return (
    <form className="build-form panel" onSubmit={(e) => e.preventDefault()}>
      <label>
        {w.quizTitle()}
        <input
          type="text"
          value={props.title}
          maxLength={120}
          onChange={(e) => change({ title: e.target.value || w.defaultTitle() })}
        />
      </label>
      <fieldset>
        <legend>{w.topicsLegend()}</legend>
        {TopicSchema.options.map((t) => (
          <label key={t} className="check">
            <input
              type="checkbox"
              checked={spec.topics.includes(t)}
              onChange={() => change({ topics: toggle(spec.topics, t) })}
            />
            {topicLabel(labels, t)}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{w.typesLegend()}</legend>
        {GENERATED_TYPES.map((t) => (
          <label key={t} className="check">
            <input
              type="checkbox"
              checked={spec.types.includes(t)}
              onChange={() => change({ types: toggle(spec.types, t) })}
            />
            {typeLabel(labels, t)}
          </label>
        ))}
      </fieldset>
      <div className="row">
        <label>
          {w.questions()}
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
          {w.difficulty()}
          <select
            value={spec.difficulty}
            onChange={(e) => change({ difficulty: e.target.value as QuizSpec["difficulty"] })}
          >
            {(["mixed", "easy", "medium", "hard"] as const).map((level) => (
              <option key={level} value={level}>
                {w.difficultyOption({ level })}
              </option>
            ))}
          </select>
        </label>
        <RadioChoice
          legend={w.feedback()}
          name={`${id}-feedback`}
          value={spec.feedback}
          options={[
            ["immediate", w.feedbackImmediate()],
            ["end", w.feedbackEnd()],
          ]}
          onChange={(feedback) => change({ feedback })}
        />
        <label>
          {w.timerPerQuestion()}
          <select
            value={spec.timerSeconds ?? 0}
            onChange={(e) =>
              props.onChange(({ timerSeconds: _, ...rest }) =>
                Number(e.target.value) ? { ...rest, timerSeconds: Number(e.target.value) } : rest,
              )
            }
          >
            <option value={0}>{w.timerNone()}</option>
            {[20, 30, 45, 60, 90, 120].map((s) => (
              <option key={s} value={s}>
                {w.seconds({ n: s })}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="row">
        <label>
          {w.questionsLanguage()}
          <select
            value={spec.language}
            onChange={(e) => {
              const language = e.target.value as QuizSpec["language"];
              // The language's words load first, so the preview never shows a quiz half made.
              preloadVoice(language).then(
                () => change({ language }),
                () => {
                  // Offline: the quiz stays in its language.
                },
              );
            }}
          >
            {LANGS.map((l) => (
              <option key={l} value={l} lang={l}>
                {LANG_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className="row">
        <span>
          {w.seed()} <code>{spec.seed}</code>
        </span>
        <button type="button" onClick={props.onNewQuestions}>
          {w.newQuestions()}
        </button>
      </p>
    </form>
  );
}
