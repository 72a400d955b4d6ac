import type { FactId } from "@nklabor/facts";
import { addCustomFact, type QuizSpec, removeCustomFact } from "@nklabor/quiz";
import { useId } from "react";
import { download } from "../shared/download.js";
import { OwnFactForm } from "./OwnFactForm.js";

/** The teacher's own sourced facts: the list, with remove, and the form to add one. */
export function OwnFactsPanel(props: {
  readonly spec: QuizSpec;
  readonly onChange: (update: (spec: QuizSpec) => QuizSpec) => void;
}) {
  const id = useId();
  const facts = props.spec.customFacts?.facts ?? [];
  return (
    <section aria-labelledby={`${id}-own-facts`} className="panel">
      <h2 id={`${id}-own-facts`}>Your own facts</h2>
      <p>
        Add a claim from a source you trust: who said it, when, and the source's own words. The quiz
        then asks about it.
      </p>
      {facts.length > 0 && (
        <ul>
          {facts.map((f) => (
            <li key={f.id}>
              {f.claim}{" "}
              <button
                type="button"
                onClick={() => props.onChange((s) => removeCustomFact(s, f.id as FactId))}
              >
                Remove<span className="visually-hidden"> your fact “{f.claim.slice(0, 40)}”</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {props.spec.customFacts && facts.length > 0 && (
        <p>
          <button
            type="button"
            onClick={() =>
              download(
                `${props.spec.title.slice(0, 60)} facts.json`,
                `${JSON.stringify(props.spec.customFacts, null, 2)}\n`,
                "application/json",
              )
            }
          >
            Download your facts
          </button>{" "}
          <span className="note">
            A fact pack (JSON): reuse it in other quizzes, or on the command line with{" "}
            <code>nklabor-quiz generate --facts FILE</code>.
          </span>
        </p>
      )}
      <details>
        <summary>Add a fact</summary>
        <OwnFactForm
          pack={props.spec.customFacts}
          onAdd={(pack, factId) => props.onChange((s) => addCustomFact(s, pack, factId))}
        />
      </details>
    </section>
  );
}
