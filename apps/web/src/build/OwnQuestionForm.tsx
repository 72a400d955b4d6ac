import { CustomQuestion, type QuizSpec } from "@nklabor/quiz";
import { useId, useState } from "react";
import { useT } from "../i18n/i18n.js";
import { selectKey } from "../i18n/lang.js";
import { useWords, type Words } from "./words.js";

type Format = CustomQuestion["format"];

/**
 * A teacher's own question: choice, true/false, numeric with a tolerance, or ordering, with an
 * optional source. Checked with the same schema as a shared spec; problems show beside the form.
 */
export function OwnQuestionForm({
  spec,
  onAdd,
}: {
  readonly spec: QuizSpec;
  readonly onAdd: (q: CustomQuestion) => void;
}) {
  const id = useId();
  const t = useT();
  const w = useWords();
  const [format, setFormat] = useState<Format>("choice");
  const [prompt, setPrompt] = useState("");
  const [lines, setLines] = useState("");
  const [correct, setCorrect] = useState("1");
  const [tolerance, setTolerance] = useState("0");
  const [unit, setUnit] = useState("");
  const [explanation, setExplanation] = useState("");
  const [source, setSource] = useState({ title: "", url: "", date: "", quote: "" });
  const [problems, setProblems] = useState<readonly string[]>([]);
  const items = lines
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);

  const submit = () => {
    const n = spec.customQuestions.length + 1;
    const base = {
      id: `own-${n}-${Date.now().toString(36)}`.slice(0, 40),
      prompt,
      ...(explanation.trim() ? { explanation } : {}),
      ...(Object.values(source).some((v) => v.trim()) ? { source } : {}),
    };
    const candidate =
      format === "choice"
        ? { ...base, format, options: items, correct: Number(correct) - 1 }
        : format === "true-false"
          ? { ...base, format, correct: correct === "true" }
          : format === "numeric"
            ? { ...base, format, correct: Number(correct), tolerance: Number(tolerance), unit }
            : { ...base, format, items };
    const result = CustomQuestion.safeParse(candidate);
    if (!result.success) {
      setProblems(result.error.issues.map((i) => `${fieldName(w, i.path)}: ${i.message}`));
      return;
    }
    setProblems([]);
    onAdd(result.data);
    setPrompt("");
    setLines("");
    setExplanation("");
  };

  return (
    <form
      className="own-question"
      // Our own messages say what to fix; the browser's would stop the form before they show.
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      aria-describedby={problems.length > 0 ? `${id}-problems` : undefined}
    >
      <label>
        {w.kindOfQuestion()}
        <select
          value={format}
          onChange={(e) => {
            setFormat(e.target.value as Format);
            setCorrect(e.target.value === "true-false" ? "true" : "1");
          }}
        >
          {(["choice", "true-false", "numeric", "ordering"] as const).map((f) => (
            <option key={f} value={f}>
              {w.questionFormat({ format: selectKey(f) })}
            </option>
          ))}
        </select>
      </label>
      <label>
        {w.question()}
        <textarea rows={2} value={prompt} onChange={(e) => setPrompt(e.target.value)} />
      </label>
      {(format === "choice" || format === "ordering") && (
        <label>
          {format === "choice" ? w.answersOneALine() : w.itemsInOrder()}
          <textarea rows={4} value={lines} onChange={(e) => setLines(e.target.value)} />
        </label>
      )}
      {format === "choice" && (
        <label>
          {w.numberOfRight()}
          <input
            type="number"
            min={1}
            value={correct}
            onChange={(e) => setCorrect(e.target.value)}
          />
        </label>
      )}
      {format === "true-false" && (
        <label>
          {w.statementIs()}
          <select value={correct} onChange={(e) => setCorrect(e.target.value)}>
            <option value="true">{t.true()}</option>
            <option value="false">{t.false()}</option>
          </select>
        </label>
      )}
      {format === "numeric" && (
        <div className="row">
          <label>
            {w.rightAnswer()}
            <input type="number" value={correct} onChange={(e) => setCorrect(e.target.value)} />
          </label>
          <label>
            {w.tolerance()}
            <input
              type="number"
              min={0}
              value={tolerance}
              onChange={(e) => setTolerance(e.target.value)}
            />
          </label>
          <label>
            {w.unit()}
            <input type="text" value={unit} onChange={(e) => setUnit(e.target.value)} />
          </label>
        </div>
      )}
      <label>
        {w.explanationOptional()}
        <textarea rows={2} value={explanation} onChange={(e) => setExplanation(e.target.value)} />
      </label>
      <fieldset>
        <legend>{w.sourceOptional()}</legend>
        <div className="row">
          {(["title", "url", "date", "quote"] as const).map((field) => (
            <label key={field}>
              {w.sourceField({ field })}
              <input
                type={field === "url" ? "url" : "text"}
                value={source[field]}
                onChange={(e) => setSource({ ...source, [field]: e.target.value })}
              />
            </label>
          ))}
        </div>
      </fieldset>
      {problems.length > 0 && (
        <div id={`${id}-problems`} role="alert" className="warning">
          <p>
            <strong>{w.pleaseFix()}</strong>
          </p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <button type="submit" className="primary">
        {w.addTheQuestion()}
      </button>
    </form>
  );
}

/** The field a problem is in, as the form names it ("Right answer"); an unknown one as it is. */
function fieldName(w: Words, path: readonly PropertyKey[]): string {
  const last = [...path].reverse().find((p) => typeof p === "string");
  return w.fieldName({ field: String(last ?? "prompt") });
}
