import type { Quiz } from "@nklabor/quiz";
import { useEffect, useRef } from "react";
import { href } from "../app/router.js";
import { quizFacts } from "./about.js";

/**
 * Before the first question: the quiz's title as the teacher gave it, how many questions, the
 * timer and feedback, where the facts come from, and Start.
 */
export function StartScreen(props: {
  readonly quiz: Quiz;
  /** Why saved progress could not be used, when it could not. */
  readonly notice?: string | undefined;
  /** This quiz was finished before in this browser. */
  readonly finished: boolean;
  readonly onStart: () => void;
}) {
  const { quiz } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const about = quizFacts(quiz);
  return (
    <section className="start" aria-labelledby="start-heading">
      <h1 id="start-heading" ref={heading} tabIndex={-1}>
        {quiz.title}
      </h1>
      {props.notice && (
        <p role="alert" className="warning">
          Your saved progress in this quiz could not be used ({props.notice}), so the quiz starts
          from the beginning. Nothing else was changed.
        </p>
      )}
      <dl className="facts-list">
        <dt>Questions</dt>
        <dd>{about.questions}</dd>
        <dt>Time</dt>
        <dd>{about.timer}</dd>
        <dt>Feedback</dt>
        <dd>{about.feedback}</dd>
        <dt>Sources</dt>
        <dd>{about.sources}</dd>
      </dl>
      <div className="actions">
        <button type="button" className="primary" onClick={props.onStart}>
          {props.finished ? "Start again" : "Start"}
        </button>
        {props.finished && <a href={href.results}>See your last results</a>}
      </div>
    </section>
  );
}
