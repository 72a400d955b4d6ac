import { type Fact, type FactId, factBase, formatDatePoint } from "@nklabor/facts";
import { type FactChoice, factChoice, type QuizSpec } from "@nklabor/quiz";
import { useDeferredValue, useId, useState } from "react";
import { useLang } from "../i18n/i18n.js";
import { SEARCH_EXAMPLES } from "../shared/labels.js";
import { useWords } from "./words.js";

/** Choose facts the quiz must ask about (pinned) or never ask about (excluded), found by search. */
export function FactPicker(props: {
  readonly spec: QuizSpec;
  readonly onChoose: (fact: FactId, choice: FactChoice) => void;
}) {
  const id = useId();
  const w = useWords();
  const { lang } = useLang();
  const [text, setText] = useState("");
  const query = useDeferredValue(text.trim().toLowerCase());
  const chosen = (f: Fact) => factChoice(props.spec, f.id) !== "either";
  const found = factBase.facts.filter(
    (f) =>
      chosen(f) ||
      (query.length >= 2 &&
        `${f.claim} ${factBase.claimantOf(f).name}`.toLowerCase().includes(query)),
  );
  return (
    <div className="fact-picker">
      <label>
        {w.findFacts()}
        <input
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={w.searchExample({ examples: SEARCH_EXAMPLES })}
        />
      </label>
      <ul>
        {found.map((f) => {
          const state = factChoice(props.spec, f.id);
          return (
            <li key={f.id}>
              <fieldset>
                <legend>
                  <span lang="en">{f.claim}</span>{" "}
                  <span className="fact-meta">
                    ({factBase.claimantOf(f).name}, {formatDatePoint(f.stated, lang)})
                  </span>
                </legend>
                {(["either", "pinned", "excluded"] as const).map((choice) => (
                  <label key={choice} className="check">
                    <input
                      type="radio"
                      name={`${id}-${f.id}`}
                      checked={state === choice}
                      onChange={() => props.onChoose(f.id, choice)}
                    />
                    {w.factChoice({ choice })}
                  </label>
                ))}
              </fieldset>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
