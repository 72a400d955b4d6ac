import { chooseFact, type QuizSpec } from "@nklabor/quiz";
import { useId } from "react";
import { FactPicker } from "./FactPicker.js";
import { useWords } from "./words.js";

/** Facts the quiz must ask about, or never. */
export function FactsChoicePanel(props: {
  readonly spec: QuizSpec;
  readonly onChange: (update: (spec: QuizSpec) => QuizSpec) => void;
}) {
  const id = useId();
  const w = useWords();
  return (
    <section aria-labelledby={`${id}-facts`} className="panel">
      <h2 id={`${id}-facts`}>{w.factsHeading()}</h2>
      <details>
        <summary>{w.chooseFacts()}</summary>
        <FactPicker
          spec={props.spec}
          onChoose={(fact, choice) => props.onChange((s) => chooseFact(s, fact, choice))}
        />
      </details>
    </section>
  );
}
