import { useEffect, useRef } from "react";
import { href } from "../app/router.js";
import { READY_QUIZZES } from "./ready.js";

export function Home() {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <>
      <section className="intro">
        <h1 ref={heading} tabIndex={-1}>
          North Korean workers in Russia: a sourced quiz
        </h1>
        <p>
          News reports say North Korea sent workers abroad, many of them to Russia, and made them
          hand part of their pay to the state. In December 2017 the UN Security Council ordered
          every country to send them home within 24 months. How many there were, and how much they
          paid, depends on who you ask: this quiz tells you who said what, and when.
        </p>
        <p>
          Every question comes from a news report or a UN resolution, and every answer shows the
          words of its source.
        </p>
      </section>
      <section aria-labelledby="ready-heading">
        <h2 id="ready-heading">Choose a quiz</h2>
        <ul className="cards">
          {READY_QUIZZES.map((q) => (
            <li key={q.id}>
              <a className="card" href={href.ready(q.id)}>
                <span className="card-title">{q.title}</span>
                <span>{q.blurb}</span>
                <span className="card-meta">{q.count} questions</span>
              </a>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="more-heading">
        <h2 id="more-heading">More</h2>
        <ul>
          <li>
            <a href={href.facts}>Browse the facts</a>: every claim with its source, and where the
            sources disagree.
          </li>
          <li>
            <a href={href.build}>Build your own quiz</a>: choose topics and question types, edit the
            wording, share a link, print a worksheet, or export it to Moodle, Canvas, Kahoot,
            Quizlet, Blooket or Gimkit.
          </li>
        </ul>
        <p className="sources-note">
          Sources: The Moscow Times (January and February 2018, February 2021), Radio Free Asia as
          reprinted by American Military News (August 2019), and UN Security Council resolutions
          2371, 2375 and 2397 (2017).
        </p>
      </section>
    </>
  );
}
