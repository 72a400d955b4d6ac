import { CustomQuestion, type QuizSpec } from "@nklabor/quiz";
import { useId, useState } from "react";

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
      setProblems(result.error.issues.map((i) => `${fieldName(i.path)}: ${i.message}`));
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
        Kind of question
        <select
          value={format}
          onChange={(e) => {
            setFormat(e.target.value as Format);
            setCorrect(e.target.value === "true-false" ? "true" : "1");
          }}
        >
          <option value="choice">Multiple choice</option>
          <option value="true-false">True or false</option>
          <option value="numeric">A number</option>
          <option value="ordering">Put in order</option>
        </select>
      </label>
      <label>
        Question
        <textarea rows={2} value={prompt} onChange={(e) => setPrompt(e.target.value)} />
      </label>
      {(format === "choice" || format === "ordering") && (
        <label>
          {format === "choice"
            ? "Answers, one a line"
            : "Items in the right order, one a line (the quiz shuffles them)"}
          <textarea rows={4} value={lines} onChange={(e) => setLines(e.target.value)} />
        </label>
      )}
      {format === "choice" && (
        <label>
          Number of the right answer
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
          The statement is
          <select value={correct} onChange={(e) => setCorrect(e.target.value)}>
            <option value="true">True</option>
            <option value="false">False</option>
          </select>
        </label>
      )}
      {format === "numeric" && (
        <div className="row">
          <label>
            Right answer
            <input type="number" value={correct} onChange={(e) => setCorrect(e.target.value)} />
          </label>
          <label>
            Accept answers this far off
            <input
              type="number"
              min={0}
              value={tolerance}
              onChange={(e) => setTolerance(e.target.value)}
            />
          </label>
          <label>
            Unit
            <input type="text" value={unit} onChange={(e) => setUnit(e.target.value)} />
          </label>
        </div>
      )}
      <label>
        Explanation (optional)
        <textarea rows={2} value={explanation} onChange={(e) => setExplanation(e.target.value)} />
      </label>
      <fieldset>
        <legend>Source (optional; if you give one, give all four)</legend>
        <div className="row">
          {(["title", "url", "date", "quote"] as const).map((field) => (
            <label key={field}>
              {
                {
                  title: "Title",
                  url: "Web address",
                  date: "Date (2019 or 2019-08)",
                  quote: "Quote",
                }[field]
              }
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
            <strong>Not added yet. Please fix:</strong>
          </p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <button type="submit" className="primary">
        Add the question
      </button>
    </form>
  );
}

const FIELD_NAMES: Record<string, string> = {
  prompt: "Question",
  options: "Answers",
  items: "Items",
  correct: "Right answer",
  tolerance: "Tolerance",
  unit: "Unit",
  explanation: "Explanation",
  source: "Source",
  title: "Source title",
  url: "Source web address",
  date: "Source date",
  quote: "Source quote",
};

function fieldName(path: readonly PropertyKey[]): string {
  const last = [...path].reverse().find((p) => typeof p === "string");
  return FIELD_NAMES[String(last)] ?? String(last ?? "Question");
}
