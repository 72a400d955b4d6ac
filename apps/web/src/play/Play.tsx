import type { Answer, Question, Quiz } from "@nklabor/quiz";
import { scoreQuestion } from "@nklabor/quiz";
import { useCallback, useEffect, useRef, useState } from "react";
import { href, navigate } from "../app/router.js";
import type { Saved } from "../app/storage.js";
import { useT } from "../i18n/i18n.js";
import { contentLang, questionLang } from "../i18n/lang.js";
import { describeAnswer, verdict } from "../shared/describe.js";
import { useLabelsSoon } from "../shared/quiz-labels.js";
import { loadCitations, Sources } from "../shared/Sources.js";
import { AnswerInput } from "./AnswerInput.js";
import {
  answer,
  initialDraft,
  isComplete,
  nextQuestion,
  timeUp,
  withDeadline,
} from "./progress.js";
import { type PlayState, saveState } from "./session.js";
import { usePlayWords } from "./words.js";

/** One question at a time; answers and progress are saved on every step, so a reload resumes. */
export function Play(props: {
  readonly quiz: Quiz;
  readonly initial: PlayState;
  /** Whether the state as it starts is saved (a new quiz is saved when started). */
  readonly saved: Saved;
}) {
  const { quiz } = props;
  const t = useT();
  const w = usePlayWords();
  const [state, setState] = useState(props.initial);
  const [saved, setSaved] = useState<Saved>(props.saved);
  const update = useCallback((next: PlayState) => {
    setSaved(saveState(next));
    setState(next);
  }, []);
  const question = quiz.questions[state.index];

  useEffect(() => {
    if (state.finished) navigate(href.results);
  }, [state.finished]);
  // The feedback's citations: fetched while the first question is read (see Sources.tsx).
  useEffect(() => {
    loadCitations();
  }, []);
  // The results page is a chunk of its own: fetched once the first answer is in (the page is
  // idle while its feedback is read), so it opens at once at the end.
  const answered = Object.keys(state.done).length > 0;
  useEffect(() => {
    if (answered)
      import("./Results.js").catch(() => {
        // Offline: the results route shows its error page, with the way home, when opened.
      });
  }, [answered]);

  return (
    <>
      {saved !== "saved" && (
        <p role="alert" className="warning">
          {w.answersNotSaved({ reason: t.notSavedReason({ why: saved }) })}
        </p>
      )}
      {question ? (
        <QuestionScreen
          key={question.id}
          quiz={quiz}
          state={state}
          question={question}
          update={update}
        />
      ) : (
        <p role="status">{w.quizFinished()}</p>
      )}
    </>
  );
}

interface ScreenProps {
  readonly quiz: Quiz;
  readonly state: PlayState;
  readonly question: Question;
  readonly update: (next: PlayState) => void;
}

function QuestionScreen({ quiz, state, question, update }: ScreenProps) {
  const t = useT();
  const w = usePlayWords();
  const lang = questionLang(quiz, question);
  const labels = useLabelsSoon(contentLang(quiz));
  const heading = useRef<HTMLHeadingElement>(null);
  const immediate = quiz.feedback === "immediate";
  const saved = state.answers[question.id];
  const [draft, setDraft] = useState<Answer | undefined>(saved ?? initialDraft(question));
  const done = state.done[question.id];
  const last = state.index === quiz.questions.length - 1;

  // Focus moves to the new question, so screen readers and keyboards start there.
  useEffect(() => heading.current?.focus(), []);

  const timeLeft = useCountdown(quiz, state, question.id, update);

  const submit = useCallback(() => {
    if (done) return update(nextQuestion(state, quiz, Date.now()));
    if (!draft || !isComplete(question, draft)) return;
    update(answer(state, quiz, draft, Date.now()));
  }, [done, draft, question, state, quiz, update]);

  // Keyboard: 1-9 choose an option, Enter checks or goes on.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      const typing =
        target?.tagName === "INPUT" ||
        target?.tagName === "SELECT" ||
        target?.tagName === "TEXTAREA";
      if (event.key === "Enter" && !event.isComposing) {
        if (target?.tagName === "BUTTON" || target?.tagName === "A") return;
        event.preventDefault();
        submit();
        return;
      }
      if (typing || done || event.altKey || event.ctrlKey || event.metaKey) return;
      const n = Number(event.key);
      if (!Number.isInteger(n) || n < 1) return;
      if (question.key.format === "choice" && n <= question.key.options.length)
        setDraft({ format: "choice", index: n - 1 });
      if (question.key.format === "true-false" && n <= 2)
        setDraft({ format: "true-false", value: n === 1 });
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [submit, done, question]);

  const result = done && saved ? scoreQuestion(question, saved) : undefined;
  const ready = draft !== undefined && isComplete(question, draft);
  return (
    <article className="question" aria-labelledby="question-heading">
      <p className="progress">
        <progress
          max={quiz.questions.length}
          value={state.index + (done ? 1 : 0)}
          aria-hidden="true"
        />
        <span>{w.questionOf({ n: state.index + 1, total: quiz.questions.length })}</span>
        {timeLeft !== undefined && (
          <span
            className={timeLeft <= 5 ? "timer timer-low" : "timer"}
            role="timer"
            aria-label={w.secondsLeft({ n: timeLeft })}
          >
            {timeLeft > 0 ? w.secondsShort({ n: timeLeft }) : w.timeUpShort()}
          </span>
        )}
      </p>
      <h1 id="question-heading" ref={heading} tabIndex={-1} className="prompt">
        <span className="visually-hidden">
          {w.questionOfHidden({ n: state.index + 1, total: quiz.questions.length })}{" "}
        </span>
        <span lang={lang}>{question.prompt}</span>
      </h1>
      <form
        className="answer"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <AnswerInput
          lang={lang}
          question={question}
          draft={draft}
          setDraft={setDraft}
          locked={Boolean(done)}
          result={result?.correct}
        />
        <div className="actions">
          {!done && (
            <button type="submit" className="primary check" disabled={!ready}>
              {immediate ? w.checkAnswer() : last ? w.finish() : w.nextQuestion()}
            </button>
          )}
          {done && (
            <button type="submit" className="primary next">
              {last ? w.seeResults() : w.nextQuestion()}
            </button>
          )}
          {!done && (
            <span className="hint">
              {w.pressEnter({ action: immediate ? "check" : "continue" })}
            </span>
          )}
        </div>
      </form>
      <div aria-live="polite" aria-atomic="true">
        {done && immediate && (
          <section
            className={`feedback ${result?.correct ? "right" : "wrong"}`}
            aria-label={t.feedback()}
          >
            <h2>{verdict(w, result, done === "time-up")}</h2>
            {!result?.correct && (
              <p>
                <strong>{w.rightAnswerIs()}</strong>{" "}
                <span lang={lang}>{describeAnswer(t, question.key, undefined, labels)}</span>
              </p>
            )}
            <p lang={lang}>{question.explanation}</p>
            <Sources question={question} lang={lang} />
          </section>
        )}
      </div>
    </article>
  );
}

/** Seconds left on the current question, or undefined when untimed. Time up records no answer. */
function useCountdown(
  quiz: Quiz,
  state: PlayState,
  questionId: string,
  update: (s: PlayState) => void,
) {
  const [now, setNow] = useState(() => Date.now());
  const timed = withDeadline(state, quiz, now);
  const deadline = timed.deadline;
  const expired = deadline !== undefined && now >= deadline;
  const answered = Boolean(state.done[questionId]);
  useEffect(() => {
    if (deadline === undefined || answered) return;
    if (state.deadline === undefined) update(timed);
    const timer = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(timer);
  }, [deadline, answered, state.deadline, timed, update]);
  useEffect(() => {
    if (expired && !answered) update(timeUp(state, quiz, Date.now()));
  }, [expired, answered, state, quiz, update]);
  if (deadline === undefined) return undefined;
  return Math.max(0, Math.ceil((deadline - now) / 1000));
}
