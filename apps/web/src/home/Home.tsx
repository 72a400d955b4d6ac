import { useEffect, useRef } from "react";
import { href } from "../app/router.js";
import { useT } from "../i18n/i18n.js";
import { READY_QUIZZES, readyKey } from "./ready.js";

export function Home() {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <>
      <section className="intro">
        <h1 ref={heading} tabIndex={-1}>
          {t.homeHeading()}
        </h1>
        <p>{t.homeIntro()}</p>
        <p>{t.homeSourced()}</p>
      </section>
      <section aria-labelledby="ready-heading">
        <h2 id="ready-heading">{t.chooseQuiz()}</h2>
        <ul className="cards">
          {READY_QUIZZES.map((q) => (
            <li key={q.id}>
              <a className="card" href={href.ready(q.id)}>
                <span className="card-title">{t.readyTitle(readyKey(q.id))}</span>
                <span>{t.readyBlurb(readyKey(q.id))}</span>
                <span className="card-meta">{t.questionCount({ count: q.count })}</span>
              </a>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="more-heading">
        <h2 id="more-heading">{t.more()}</h2>
        <ul>
          <li>
            <a href={href.facts}>{t.browseFacts()}</a>
            {t.browseFactsWhy()}
          </li>
          <li>
            <a href={href.build}>{t.buildOwn()}</a>
            {t.buildOwnWhy()}
          </li>
        </ul>
        <p className="sources-note">{t.homeSources()}</p>
      </section>
    </>
  );
}
