import type { Answer, Question, Quiz } from "@nklabor/quiz";
import { scoreQuestion } from "@nklabor/quiz";
import { useCallback, useEffect, useId, useRef, useState } from "react";
import { Citations } from "./Citations.js";
import { describeAnswer, verdict } from "./describe.js";
import { href, navigate } from "./router.js";
import { type Session, saveSession } from "./storage.js";

interface PlayProps {
  readonly initial: Session;
}

/** One question at a time; answers and progress are saved on every step, so a reload resumes. */
export function Play({ initial }: PlayProps) {
  const [session, setSession] = useState(initial);
  const update = useCallback((next: Session) => {
    saveSession(next);
    setSession(next);
  }, []);
  const { quiz, index } = session;
  const question = quiz.questions[index];

  useEffect(() => {
    if (session.finished) navigate(href.results);
  }, [session.finished]);

  if (!question) return null;
  return (
    <QuestionScreen
      key={question.id}
      quiz={quiz}
      session={session}
      question={question}
      update={update}
    />
  );
}

interface ScreenProps {
  readonly quiz: Quiz;
  readonly session: Session;
  readonly question: Question;
  readonly update: (next: Session) => void;
}

function QuestionScreen({ quiz, session, question, update }: ScreenProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const immediate = quiz.feedback === "immediate";
  const saved = session.answers[question.id];
  const [draft, setDraft] = useState<Answer | undefined>(saved ?? initialDraft(question));
  const done = session.done[question.id];
  const last = session.index === quiz.questions.length - 1;

  // Focus moves to the new question, so screen readers and keyboards start there.
  useEffect(() => heading.current?.focus(), []);

  const timeLeft = useCountdown(quiz.timerSeconds, session, question.id, update);

  const advance = useCallback(() => update(nextQuestion(session)), [session, update]);

  const submit = useCallback(() => {
    if (done) return advance();
    if (!draft || !isComplete(question, draft)) return;
    const answered: Session = {
      ...session,
      answers: { ...session.answers, [question.id]: draft },
      done: { ...session.done, [question.id]: "answered" },
    };
    // Feedback at the end: straight on to the next question.
    update(immediate ? answered : nextQuestion(answered));
  }, [done, advance, draft, question, session, immediate, update]);

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
          value={session.index + (done ? 1 : 0)}
          aria-hidden="true"
        />
        <span>
          Question {session.index + 1} of {quiz.questions.length}
        </span>
        {timeLeft !== undefined && (
          <span
            className={timeLeft <= 5 ? "timer timer-low" : "timer"}
            role="timer"
            aria-label={`${timeLeft} seconds left`}
          >
            {timeLeft > 0 ? `${timeLeft} s` : "Time's up"}
          </span>
        )}
      </p>
      <h1 id="question-heading" ref={heading} tabIndex={-1} className="prompt">
        <span className="visually-hidden">
          Question {session.index + 1} of {quiz.questions.length}:{" "}
        </span>
        {question.prompt}
      </h1>
      <form
        className="answer"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <AnswerInput
          question={question}
          draft={draft}
          setDraft={setDraft}
          locked={Boolean(done)}
          result={result?.correct}
        />
        <div className="actions">
          {!done && (
            <button type="submit" className="primary" disabled={!ready}>
              {immediate ? "Check answer" : last ? "Finish" : "Next question"}
            </button>
          )}
          {done && (
            <button type="submit" className="primary">
              {last ? "See results" : "Next question"}
            </button>
          )}
          {!done && <span className="hint">Press Enter to {immediate ? "check" : "continue"}</span>}
        </div>
      </form>
      <div aria-live="polite" aria-atomic="true">
        {done && immediate && (
          <section
            className={`feedback ${result?.correct ? "right" : "wrong"}`}
            aria-label="Feedback"
          >
            <h2>{verdict(result, done === "time-up")}</h2>
            {!result?.correct && (
              <p>
                <strong>Right answer:</strong> {describeAnswer(question.key, undefined)}
              </p>
            )}
            <p>{question.explanation}</p>
            <Citations question={question} />
          </section>
        )}
      </div>
    </article>
  );
}

/** The session moved on to the next question (its timer started), or finished after the last. */
function nextQuestion(session: Session): Session {
  if (session.index >= session.quiz.questions.length - 1) return { ...session, finished: true };
  const seconds = session.quiz.timerSeconds;
  return {
    ...session,
    index: session.index + 1,
    deadline: seconds ? Date.now() + seconds * 1000 : undefined,
  };
}

/** Seconds left on the current question, or undefined when untimed. Time up records no answer. */
function useCountdown(
  seconds: number | undefined,
  session: Session,
  questionId: string,
  update: (s: Session) => void,
) {
  const [now, setNow] = useState(() => Date.now());
  const deadline = seconds ? (session.deadline ?? Date.now() + seconds * 1000) : undefined;
  const expired = deadline !== undefined && now >= deadline;
  useEffect(() => {
    if (deadline === undefined || session.done[questionId]) return;
    if (session.deadline === undefined) update({ ...session, deadline });
    const timer = window.setInterval(() => setNow(Date.now()), 250);
    return () => window.clearInterval(timer);
  }, [deadline, session, questionId, update]);
  useEffect(() => {
    if (expired && !session.done[questionId])
      update({ ...session, done: { ...session.done, [questionId]: "time-up" } });
  }, [expired, session, questionId, update]);
  if (deadline === undefined) return undefined;
  return Math.max(0, Math.ceil((deadline - now) / 1000));
}

function initialDraft(question: Question): Answer | undefined {
  const key = question.key;
  if (key.format === "ordering") return { format: "ordering", order: key.items.map((_, i) => i) };
  if (key.format === "matching") return { format: "matching", pairs: key.left.map(() => -1) };
  return undefined;
}

function isComplete(question: Question, answer: Answer): boolean {
  if (answer.format === "numeric") return Number.isFinite(answer.value);
  if (answer.format === "matching")
    return answer.pairs.every((p) => p >= 0) && question.key.format === "matching";
  return answer.format === question.key.format;
}

interface InputProps {
  readonly question: Question;
  readonly draft: Answer | undefined;
  readonly setDraft: (a: Answer) => void;
  readonly locked: boolean;
  readonly result: boolean | undefined;
}

function AnswerInput({ question, draft, setDraft, locked, result }: InputProps) {
  const key = question.key;
  const id = useId();
  switch (key.format) {
    case "choice":
      return (
        <fieldset className="options">
          <legend className="visually-hidden">
            Choose one answer (keys 1 to {key.options.length})
          </legend>
          {key.options.map((option, i) => {
            const chosen = draft?.format === "choice" && draft.index === i;
            const mark = locked ? (i === key.correct ? "correct" : chosen ? "incorrect" : "") : "";
            return (
              <button
                key={option.text}
                type="button"
                className={`option ${chosen ? "chosen" : ""} ${mark}`}
                aria-pressed={chosen}
                disabled={locked}
                onClick={() => setDraft({ format: "choice", index: i })}
              >
                <span className="key" aria-hidden="true">
                  {i + 1}
                </span>
                <span>{option.text}</span>
                {mark && (
                  <span className="visually-hidden">
                    {mark === "correct" ? " (right answer)" : " (your answer)"}
                  </span>
                )}
              </button>
            );
          })}
        </fieldset>
      );
    case "true-false":
      return (
        <fieldset className="options two">
          <legend className="visually-hidden">True or false (keys 1 and 2)</legend>
          {[true, false].map((value, i) => {
            const chosen = draft?.format === "true-false" && draft.value === value;
            const mark = locked
              ? value === key.correct
                ? "correct"
                : chosen
                  ? "incorrect"
                  : ""
              : "";
            return (
              <button
                key={String(value)}
                type="button"
                className={`option ${chosen ? "chosen" : ""} ${mark}`}
                aria-pressed={chosen}
                disabled={locked}
                onClick={() => setDraft({ format: "true-false", value })}
              >
                <span className="key" aria-hidden="true">
                  {i + 1}
                </span>
                <span>{value ? "True" : "False"}</span>
              </button>
            );
          })}
        </fieldset>
      );
    case "numeric":
      return (
        <div className="numeric">
          <label htmlFor={`${id}-n`}>Your answer</label>
          <div className="with-unit">
            <input
              id={`${id}-n`}
              type="text"
              inputMode="decimal"
              autoComplete="off"
              readOnly={locked}
              aria-invalid={locked ? !result : undefined}
              aria-describedby={`${id}-unit`}
              defaultValue={draft?.format === "numeric" ? String(draft.value) : ""}
              onChange={(event) => {
                const value = Number(event.target.value.replace(/[,\s]/g, ""));
                if (event.target.value.trim() !== "") setDraft({ format: "numeric", value });
              }}
            />
            <span id={`${id}-unit`} className="unit">
              {key.unit}
            </span>
          </div>
        </div>
      );
    case "ordering":
      return <OrderingInput items={key.items} draft={draft} setDraft={setDraft} locked={locked} />;
    case "matching": {
      const pairs = draft?.format === "matching" ? draft.pairs : key.left.map(() => -1);
      return (
        <div className="matching">
          {key.left.map((left, i) => (
            <div key={left} className="pair">
              <label htmlFor={`${id}-m${i}`}>{left}</label>
              <select
                id={`${id}-m${i}`}
                disabled={locked}
                value={pairs[i] ?? -1}
                onChange={(event) => {
                  const next = [...pairs];
                  next[i] = Number(event.target.value);
                  setDraft({ format: "matching", pairs: next });
                }}
              >
                <option value={-1}>Choose what it counts…</option>
                {key.right.map((right, r) => (
                  <option key={right} value={r}>
                    {right}
                  </option>
                ))}
              </select>
            </div>
          ))}
        </div>
      );
    }
  }
}

interface OrderingProps {
  readonly items: readonly string[];
  readonly draft: Answer | undefined;
  readonly setDraft: (a: Answer) => void;
  readonly locked: boolean;
}

/**
 * Ordering by buttons, for keyboard and pointer alike. Moving an item re-inserts it in the DOM,
 * which drops focus: focus goes back to the moved item's button, and the new place is announced.
 */
function OrderingInput({ items, draft, setDraft, locked }: OrderingProps) {
  const order = draft?.format === "ordering" ? draft.order : items.map((_, i) => i);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const [moved, setMoved] = useState<
    { readonly item: number; readonly dir: "up" | "down" } | undefined
  >();
  const [announcement, setAnnouncement] = useState("");
  useEffect(() => {
    if (!moved) return;
    const same = buttons.current.get(`${moved.item}-${moved.dir}`);
    const other = buttons.current.get(`${moved.item}-${moved.dir === "up" ? "down" : "up"}`);
    (same && !same.disabled ? same : other)?.focus();
  }, [moved]);
  const move = (position: number, dir: "up" | "down") => {
    const to = dir === "up" ? position - 1 : position + 1;
    const next = [...order];
    const [item] = next.splice(position, 1);
    if (item === undefined) return;
    next.splice(to, 0, item);
    setDraft({ format: "ordering", order: next });
    setMoved({ item, dir });
    setAnnouncement(`“${items[item]}” is now number ${to + 1} of ${order.length}.`);
  };
  return (
    <>
      <ol className="ordering" aria-label="Order, earliest first">
        {order.map((item, position) => {
          const text = items[item] ?? "";
          const ref = (dir: "up" | "down") => (el: HTMLButtonElement | null) => {
            if (el) buttons.current.set(`${item}-${dir}`, el);
            else buttons.current.delete(`${item}-${dir}`);
          };
          return (
            <li key={text}>
              <span className="position" aria-hidden="true">
                {position + 1}
              </span>
              <span className="item">{text}</span>
              <span className="move">
                <button
                  type="button"
                  ref={ref("up")}
                  disabled={locked || position === 0}
                  aria-label={`Move “${text}” up`}
                  onClick={() => move(position, "up")}
                >
                  ↑
                </button>
                <button
                  type="button"
                  ref={ref("down")}
                  disabled={locked || position === order.length - 1}
                  aria-label={`Move “${text}” down`}
                  onClick={() => move(position, "down")}
                >
                  ↓
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}
