import type { FactId } from "@nklabor/facts";
import { addCustomFact, type QuizSpec, removeCustomFact } from "@nklabor/quiz";
import { type ChangeEvent, useId, useState } from "react";
import { download } from "../shared/download.js";
import { OwnFactForm } from "./OwnFactForm.js";
import { addPackFile, type Opened } from "./open-file.js";

/** The teacher's own sourced facts: the list, with remove, and the form to add one. */
export function OwnFactsPanel(props: {
  readonly spec: QuizSpec;
  readonly onChange: (update: (spec: QuizSpec) => QuizSpec) => void;
}) {
  const id = useId();
  const facts = props.spec.customFacts?.facts ?? [];
  // What adding the last pack file did: how many facts it added, or its problems.
  const [added, setAdded] = useState<{ name: string; opened: Opened; count: number } | undefined>();
  const addFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    const opened = addPackFile(props.spec, file.name, file.size, await file.text());
    const count = opened.ok ? (opened.spec.customFacts?.facts.length ?? 0) - facts.length : 0;
    setAdded({ name: file.name, opened, count });
    if (opened.ok) props.onChange((s) => ({ ...s, customFacts: opened.spec.customFacts }));
  };
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
      <p>
        <label className="button">
          Add facts from a file…
          <input
            type="file"
            accept=".json,application/json"
            className="visually-hidden"
            onChange={addFile}
          />
        </label>
      </p>
      <p className="hint">
        A fact pack (JSON), as <code>nklabor-facts validate</code> reads it: its facts join yours.
      </p>
      {added?.opened.ok === true && (
        <p role="status">
          Added {added.count} {added.count === 1 ? "fact" : "facts"} from “{added.name.slice(0, 60)}
          ”.
        </p>
      )}
      {added?.opened.ok === false && (
        <div role="alert" className="warning import-problems">
          <p>
            <strong>
              Nothing was added from “{added.name.slice(0, 60)}”: it is not a fact pack this quiz
              can use. Your facts are unchanged.
            </strong>
          </p>
          <ul>
            {added.opened.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
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
