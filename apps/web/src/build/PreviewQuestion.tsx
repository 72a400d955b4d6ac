import { type Question, QuestionEdit } from "@nklabor/quiz";
import { useId, useState } from "react";
import { useT } from "../i18n/i18n.js";
import { rich, slot } from "../i18n/rich.js";
import { typeLabel, useLabels } from "../shared/labels.js";
import { useWords } from "./words.js";

/** One question of the preview: its answer key and source, with edit, remove and move. */
export function PreviewQuestion(props: {
  /** The language of the question's words, when known. */
  readonly lang: string | undefined;
  readonly question: Question;
  readonly edited: boolean;
  readonly onEdit: (edit: QuestionEdit) => void;
  readonly onRemove: () => void;
  readonly onMove: (dir: "up" | "down") => void;
  readonly first: boolean;
  readonly last: boolean;
}) {
  const { question, lang } = props;
  const t = useT();
  const w = useWords();
  const labels = useLabels();
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
          <label htmlFor={`${id}-prompt`}>{w.questionWording()}</label>
          <textarea
            id={`${id}-prompt`}
            value={prompt}
            rows={3}
            onChange={(e) => setPrompt(e.target.value)}
          />
          {key.format === "choice" && (
            <>
              <label htmlFor={`${id}-options`}>{w.answersOneALine()}</label>
              <textarea
                id={`${id}-options`}
                value={options}
                rows={4}
                onChange={(e) => setOptions(e.target.value)}
              />
              <label htmlFor={`${id}-correct`}>{w.numberOfRight()}</label>
              <input
                id={`${id}-correct`}
                type="number"
                min={1}
                value={correct}
                onChange={(e) => setCorrect(e.target.value)}
              />
            </>
          )}
          <label htmlFor={`${id}-explanation`}>{w.explanation()}</label>
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
              {w.saveWording()}
            </button>
            <button type="button" onClick={() => setEditing(false)}>
              {w.cancel()}
            </button>
          </div>
        </form>
      ) : (
        <p className="prompt-preview">
          <span lang={lang}>{question.prompt}</span>{" "}
          {props.edited && <span className="tag">{w.edited()}</span>}
        </p>
      )}
      {!editing && key.format === "choice" && (
        <ul>
          {key.options.map((o, i) => (
            <li key={o.text}>
              <span lang={lang}>{o.text}</span>
              {i === key.correct ? <strong> {w.rightAnswerMark()}</strong> : null}
            </li>
          ))}
        </ul>
      )}
      {key.format === "true-false" && (
        <p>{w.answerIs({ answer: key.correct ? t.true() : t.false() })}</p>
      )}
      {/* The answer's own words are the question's (the engine's or the teacher's). */}
      {key.format === "numeric" && (
        <p>
          {rich(w.answerNumber({ n: key.correct.toLocaleString("en-US"), unit: slot(0) }), [
            <span key="unit" lang={lang}>
              {key.unit ?? ""}
            </span>,
          ])}
        </p>
      )}
      {key.format === "ordering" && (
        <p>
          {rich(w.orderIs({ order: slot(0) }), [
            <span key="order" lang={lang}>
              {key.correct.map((i) => key.items[i]).join(" → ")}
            </span>,
          ])}
        </p>
      )}
      {key.format === "matching" && (
        <p>
          {rich(w.pairsAre({ pairs: slot(0) }), [
            <span key="pairs" lang={lang}>
              {key.left.map((l, i) => `${l} = ${key.right[key.correct[i] ?? 0]}`).join("; ")}
            </span>,
          ])}
        </p>
      )}
      <p className="fact-meta">
        {(question.citations[0] ? w.questionMetaSource : w.questionMeta)({
          type: question.type === "custom" ? w.ownQuestion() : typeLabel(labels, question.type),
          difficulty: w.difficultyWord({ level: question.difficulty }),
          publisher: question.citations[0]?.publisher ?? "",
        })}
      </p>
      <div className="row">
        {!editing && (
          <button type="button" onClick={() => setEditing(true)}>
            {w.editWording()}
            <span className="visually-hidden">
              {" "}
              {w.ofQuestionHidden({ prompt: question.prompt.slice(0, 40) })}
            </span>
          </button>
        )}
        <button type="button" onClick={props.onRemove}>
          {w.remove()}
          <span className="visually-hidden">
            {" "}
            {w.questionHidden({ prompt: question.prompt.slice(0, 40) })}
          </span>
        </button>
        <button type="button" disabled={props.first} onClick={() => props.onMove("up")}>
          {w.moveUp()}
          <span className="visually-hidden">
            {" "}
            {w.questionHidden({ prompt: question.prompt.slice(0, 40) })}
          </span>
        </button>
        <button type="button" disabled={props.last} onClick={() => props.onMove("down")}>
          {w.moveDown()}
          <span className="visually-hidden">
            {" "}
            {w.questionHidden({ prompt: question.prompt.slice(0, 40) })}
          </span>
        </button>
      </div>
    </article>
  );
}
