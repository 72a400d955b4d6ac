import type { Quiz } from "@nklabor/quiz";
import { useEffect, useRef } from "react";
import { ProblemNotice } from "../app/problems.js";
import { href } from "../app/router.js";
import { readyKey } from "../home/ready.js";
import { useT } from "../i18n/i18n.js";
import { quizFacts } from "./about.js";
import type { StateProblem } from "./session.js";

/**
 * Before the first question: the quiz's title as the teacher gave it (a ready quiz's in the page's
 * language), how many questions, the timer and feedback, where the facts come from, and Start.
 */
export function StartScreen(props: {
  readonly quiz: Quiz;
  /** A ready quiz's id: its title is the catalog's. */
  readonly readyId?: string | undefined;
  /** Why saved progress could not be used, when it could not. */
  readonly notice?: StateProblem | undefined;
  /** This quiz was finished before in this browser. */
  readonly finished: boolean;
  readonly onStart: () => void;
}) {
  const { quiz } = props;
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const about = quizFacts(t, quiz);
  return (
    <section className="start" aria-labelledby="start-heading">
      {props.readyId ? (
        <h1 id="start-heading" ref={heading} tabIndex={-1}>
          {t.readyTitle(readyKey(props.readyId))}
        </h1>
      ) : (
        <h1 id="start-heading" ref={heading} tabIndex={-1}>
          {quiz.title}
        </h1>
      )}
      {props.notice && (
        <ProblemNotice
          problem={props.notice}
          say={(w, text) => w.progressNotUsed({ problem: text })}
        />
      )}
      <dl className="facts-list">
        <dt>{t.aboutQuestions()}</dt>
        <dd>{about.questions}</dd>
        <dt>{t.aboutTime()}</dt>
        <dd>{about.timer}</dd>
        <dt>{t.aboutFeedback()}</dt>
        <dd>{about.feedback}</dd>
        <dt>{t.aboutSources()}</dt>
        <dd>{about.sources}</dd>
      </dl>
      <div className="actions">
        <button type="button" className="primary" onClick={props.onStart}>
          {props.finished ? t.startAgain() : t.start()}
        </button>
        {props.finished && <a href={href.results}>{t.seeLastResults()}</a>}
      </div>
    </section>
  );
}
