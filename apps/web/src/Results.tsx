import { scoreQuiz } from "@nklabor/quiz";
import { useEffect, useRef, useState } from "react";
import { Citations } from "./Citations.js";
import { describeAnswer, verdict } from "./describe.js";
import { READY_QUIZZES } from "./ready.js";
import { href, navigate } from "./router.js";
import { clearSession, lastSession, type Session } from "./storage.js";

/** Score and a review of every question with the learner's answer, the right one and the source. */
export function Results() {
  const [session] = useState<Session | undefined>(() => lastSession());
  const heading = useRef<HTMLHeadingElement>(null);
  const [making, setMaking] = useState(false);
  useEffect(() => heading.current?.focus(), []);
  if (!session?.finished) {
    return (
      <section>
        <h1 ref={heading} tabIndex={-1}>
          No results yet
        </h1>
        <p>
          Finish a quiz to see your results here. <a href={href.home}>Choose a quiz</a>.
        </p>
      </section>
    );
  }
  const { quiz } = session;
  const score = scoreQuiz(quiz, session.answers);
  const replay = () => {
    clearSession(session.key);
    const [kind, ...rest] = session.key.split(":");
    navigate(kind === "ready" ? href.ready(rest.join(":")) : href.code(rest.join(":")));
  };
  const newQuiz = async () => {
    setMaking(true);
    const ready = READY_QUIZZES.find((r) => `ready:${r.id}` === session.key);
    const topics = ready
      ? ready.topics
      : [...new Set(quiz.questions.flatMap((q) => (q.topic ? [q.topic] : [])))];
    const { newQuizCode } = await import("./engine.js");
    navigate(href.code(newQuizCode(quiz.title, topics, quiz.questions.length)));
  };
  return (
    <section className="results">
      <h1 ref={heading} tabIndex={-1}>
        {quiz.title}: {formatScore(score.score)} of {score.total} ({score.percent}%)
      </h1>
      <div className="actions">
        <button type="button" className="primary" onClick={replay}>
          Try this quiz again
        </button>
        <button type="button" onClick={newQuiz} disabled={making}>
          {making ? "Making a new quiz…" : "A new quiz like this"}
        </button>
        <a href={href.home}>All quizzes</a>
      </div>
      <h2>Review</h2>
      <ol className="review">
        {quiz.questions.map((q, i) => {
          const r = score.results[i];
          const answer = session.answers[q.id];
          return (
            <li key={q.id} className={r?.correct ? "right" : "wrong"}>
              <h3>
                <span className="verdict">{verdict(r)}</span> {q.prompt}
              </h3>
              <p>
                <strong>Your answer:</strong> {answer ? describeAnswer(q.key, answer) : "none"}
              </p>
              <p>
                <strong>Right answer:</strong> {r?.expected}
              </p>
              <p>{q.explanation}</p>
              <Citations question={q} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}

const formatScore = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
