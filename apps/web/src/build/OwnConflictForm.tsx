import { type ConflictId, ConflictReason, type FactPack, type QuantityFact } from "@nklabor/facts";
import type { QuizSpec } from "@nklabor/quiz";
import { useId, useState } from "react";
import { selectKey } from "../i18n/lang.js";
import { type ConflictFields, checkConflict, comparableFacts } from "./own-conflict.js";
import { RadioChoice } from "./RadioChoice.js";
import { useWords } from "./words.js";

const EMPTY: ConflictFields = {
  first: "",
  second: "",
  question: "",
  note: "",
  reason: "different-counter",
};

/** A fact as a choice: its label, or its claim cut short. */
const choiceText = (f: QuantityFact) => {
  const text = f.label ?? f.claim;
  return text.length > 110 ? `${text.slice(0, 107)}…` : text;
};

/**
 * Two facts (the teacher's own or bundled) marked as disagreeing, with the question they answer
 * differently and why: the quiz then asks which figure is the higher or the more recent, each
 * attributed. Checked as any fact pack is; nothing is added until it is valid.
 */
export function OwnConflictForm({
  spec,
  onAdd,
}: {
  readonly spec: QuizSpec;
  readonly onAdd: (pack: FactPack, id: ConflictId) => void;
}) {
  const id = useId();
  const w = useWords();
  const [f, setF] = useState<ConflictFields>(EMPTY);
  const [problems, setProblems] = useState<Partial<Record<keyof ConflictFields | "other", string>>>(
    {},
  );
  const facts = comparableFacts(spec.customFacts);
  const ownIds = new Set((spec.customFacts?.facts ?? []).map((x) => x.id as string));
  const groups = [
    [w.yourFacts(), facts.filter((x) => ownIds.has(x.id))],
    [w.factsInNklabor(), facts.filter((x) => !ownIds.has(x.id))],
  ] as const;
  const add = () => {
    const result = checkConflict(w, f, `own-conflict-${Date.now().toString(36)}`, spec.customFacts);
    if (!result.ok) {
      setProblems(result.problems);
      return;
    }
    setProblems({});
    setF(EMPTY);
    onAdd(result.pack, result.id);
  };
  const problem = (name: keyof ConflictFields) => (
    <span id={`${id}-${name}`} className="field-problem">
      {problems[name]}
    </span>
  );
  const attrs = (name: keyof ConflictFields) => ({
    id: `${id}-${name}-input`,
    "aria-invalid": problems[name] ? true : undefined,
    "aria-describedby": `${id}-${name}`,
  });
  const factSelect = (name: "first" | "second", label: string) => (
    <label htmlFor={`${id}-${name}-input`}>
      {label}
      <select
        {...attrs(name)}
        value={f[name]}
        onChange={(e) => setF({ ...f, [name]: e.target.value })}
      >
        <option value="">{w.chooseAFact()}</option>
        {groups.map(
          ([group, list]) =>
            list.length > 0 && (
              <optgroup key={group} label={group}>
                {list.map((x) => (
                  <option key={x.id} value={x.id} lang={ownIds.has(x.id) ? undefined : "en"}>
                    {choiceText(x)}
                  </option>
                ))}
              </optgroup>
            ),
        )}
      </select>
      {problem(name)}
    </label>
  );
  return (
    <form
      className="own-question"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        add();
      }}
    >
      {factSelect("first", w.oneFact())}
      {factSelect("second", w.factThatDisagrees())}
      <label htmlFor={`${id}-question-input`}>
        {w.questionTheyAnswer()}
        <input
          {...attrs("question")}
          value={f.question}
          onChange={(e) => setF({ ...f, question: e.target.value })}
        />
        {problem("question")}
      </label>
      <RadioChoice
        legend={w.differMainlyBecause()}
        name={`${id}-reason`}
        value={f.reason}
        options={ConflictReason.options.map(
          (r) => [r, w.reason({ reason: selectKey(r) })] as const,
        )}
        onChange={(reason) => setF({ ...f, reason })}
        describedBy={`${id}-reason`}
      />
      {problem("reason")}
      <label htmlFor={`${id}-note-input`}>
        {w.whyDiffer()}
        <textarea
          {...attrs("note")}
          rows={2}
          value={f.note}
          onChange={(e) => setF({ ...f, note: e.target.value })}
        />
        {problem("note")}
      </label>
      {Object.keys(problems).length > 0 && (
        <p role="alert" className="warning">
          {problems.other ?? w.notMarkedYet()}
        </p>
      )}
      <p>
        <button type="submit" className="primary">
          {w.markThem()}
        </button>
      </p>
    </form>
  );
}
