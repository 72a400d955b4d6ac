import { type Fact, type FactId, factBase, formatDatePoint } from "@nklabor/facts";
import { useDeferredValue, useId, useState } from "react";

/** Choose facts the quiz must ask about (pinned) or never ask about (excluded), found by search. */
export function FactPicker(props: {
  readonly pinned: readonly FactId[];
  readonly excluded: readonly FactId[];
  readonly onChange: (choice: { pinned: FactId[]; excluded: FactId[] }) => void;
}) {
  const id = useId();
  const [text, setText] = useState("");
  const query = useDeferredValue(text.trim().toLowerCase());
  const chosen = (f: Fact) => props.pinned.includes(f.id) || props.excluded.includes(f.id);
  const found = factBase.facts.filter(
    (f) =>
      chosen(f) ||
      (query.length >= 2 &&
        `${f.claim} ${factBase.claimantOf(f).name}`.toLowerCase().includes(query)),
  );
  const set = (fact: Fact, choice: "pin" | "exclude" | "none") =>
    props.onChange({
      pinned: [
        ...props.pinned.filter((x) => x !== fact.id),
        ...(choice === "pin" ? [fact.id] : []),
      ],
      excluded: [
        ...props.excluded.filter((x) => x !== fact.id),
        ...(choice === "exclude" ? [fact.id] : []),
      ],
    });
  return (
    <div className="fact-picker">
      <label>
        Find facts (at least 2 letters)
        <input
          type="search"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder="e.g. bounty, Matsegora, 2019"
        />
      </label>
      <ul>
        {found.map((f) => {
          const state = props.pinned.includes(f.id)
            ? "pin"
            : props.excluded.includes(f.id)
              ? "exclude"
              : "none";
          return (
            <li key={f.id}>
              <fieldset>
                <legend>
                  {f.claim}{" "}
                  <span className="fact-meta">
                    ({factBase.claimantOf(f).name}, {formatDatePoint(f.stated)})
                  </span>
                </legend>
                {(["none", "pin", "exclude"] as const).map((choice) => (
                  <label key={choice} className="check">
                    <input
                      type="radio"
                      name={`${id}-${f.id}`}
                      checked={state === choice}
                      onChange={() => set(f, choice)}
                    />
                    {{ none: "Either way", pin: "Always ask", exclude: "Never ask" }[choice]}
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
