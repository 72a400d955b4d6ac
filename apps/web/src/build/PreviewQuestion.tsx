import { type Question, QuestionEdit } from "@nklabor/quiz";
import { useId, useState } from "react";
import { TYPE_LABELS } from "../shared/labels.js";

/** One question of the preview: its answer key and source, with edit, remove and move. */
export function PreviewQuestion(props: {
  readonly question: Question;
  readonly edited: boolean;
  readonly onEdit: (edit: QuestionEdit) => void;
  readonly onRemove: () => void;
  readonly onMove: (dir: "up" | "down") => void;
  readonly first: boolean;
  readonly last: boolean;
}) {
  const { question } = props;
  const key = question.key;
  const [editing, setEditing] = useState(false);
  const [prompt, setPrompt] = useState(question.prompt);
  const [explanation, setExplanation] = useState(question.explanation);
  const [options, setOptions] = useState(
    key.format === "choice" ? key.options.map((o) => o.text).join("\n") : "",
  );
  const [correct, setCorrect] = useState(key.format === "choice" ? String(key.correct + 1) : "1");
  const [problems, setProblems] = useState<readonly string[]>([]);
  const id = useId();
  const save = () => {
    const lines = options
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean);
    const result = QuestionEdit.safeParse({
      questionId: question.id,
      prompt,
      explanation,
      ...(key.format === "choice" ? { options: lines, correct: Number(correct) - 1 } : {}),
    });
    if (!result.success) {
      setProblems(
        result.error.issues.map((i) => `${String(i.path.at(-1) ?? "edit")}: ${i.message}`),
      );
      return;
    }
    setProblems([]);
    props.onEdit(result.data);
    setEditing(false);
  };
  return (
    <article className="preview-question">
      {editing ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          <label htmlFor={`${id}-prompt`}>Question wording</label>
          <textarea
            id={`${id}-prompt`}
            value={prompt}
            rows={3}
            onChange={(e) => setPrompt(e.target.value)}
          />
          {key.format === "choice" && (
            <>
              <label htmlFor={`${id}-options`}>Answers, one a line</label>
              <textarea
                id={`${id}-options`}
                value={options}
                rows={4}
                onChange={(e) => setOptions(e.target.value)}
              />
              <label htmlFor={`${id}-correct`}>Number of the right answer</label>
              <input
                id={`${id}-correct`}
                type="number"
                min={1}
                value={correct}
                onChange={(e) => setCorrect(e.target.value)}
              />
            </>
          )}
          <label htmlFor={`${id}-explanation`}>Explanation</label>
          <textarea
            id={`${id}-explanation`}
            value={explanation}
            rows={3}
            onChange={(e) => setExplanation(e.target.value)}
          />
          {problems.length > 0 && (
            <ul role="alert" className="warning">
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          )}
          <div className="row">
            <button type="submit" className="primary">
              Save wording
            </button>
            <button type="button" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <p className="prompt-preview">
          {question.prompt} {props.edited && <span className="tag">edited</span>}
        </p>
      )}
      {!editing && key.format === "choice" && (
        <ul>
          {key.options.map((o, i) => (
            <li key={o.text}>
              {o.text}
              {i === key.correct ? <strong> (right answer)</strong> : null}
            </li>
          ))}
        </ul>
      )}
      {key.format === "true-false" && <p>Answer: {key.correct ? "True" : "False"}</p>}
      {key.format === "numeric" && (
        <p>
          Answer: {key.correct.toLocaleString("en-US")} {key.unit}
        </p>
      )}
      {key.format === "ordering" && (
        <p>Order: {key.correct.map((i) => key.items[i]).join(" → ")}</p>
      )}
      {key.format === "matching" && (
        <p>
          Pairs: {key.left.map((l, i) => `${l} = ${key.right[key.correct[i] ?? 0]}`).join("; ")}
        </p>
      )}
      <p className="fact-meta">
        {question.type === "custom" ? "Your own question" : TYPE_LABELS[question.type]},{" "}
        {question.difficulty}
        {question.citations[0] ? `; source: ${question.citations[0].publisher}` : ""}
      </p>
      <div className="row">
        {!editing && (
          <button type="button" onClick={() => setEditing(true)}>
            Edit wording
            <span className="visually-hidden"> of question “{question.prompt.slice(0, 40)}”</span>
          </button>
        )}
        <button type="button" onClick={props.onRemove}>
          Remove<span className="visually-hidden"> question “{question.prompt.slice(0, 40)}”</span>
        </button>
        <button type="button" disabled={props.first} onClick={() => props.onMove("up")}>
          Move up<span className="visually-hidden"> question “{question.prompt.slice(0, 40)}”</span>
        </button>
        <button type="button" disabled={props.last} onClick={() => props.onMove("down")}>
          Move down
          <span className="visually-hidden"> question “{question.prompt.slice(0, 40)}”</span>
        </button>
      </div>
    </article>
  );
}
