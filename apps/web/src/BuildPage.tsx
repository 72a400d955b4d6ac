import { type FactId, type Topic, Topic as TopicSchema } from "@nklabor/facts";
import {
  encodeSpec,
  type GeneratedQuestionType,
  generateQuiz,
  parseSpec,
  type Question,
  QuestionEdit,
  type QuizSpec,
  QuizSpecError,
} from "@nklabor/quiz";
import { type ChangeEvent, useEffect, useId, useMemo, useRef, useState } from "react";
import {
  currentDraftId,
  type Draft,
  freshSeed,
  loadDrafts,
  newDraft,
  saveDrafts,
} from "./drafts.js";
import { FactPicker } from "./FactPicker.js";
import { OwnFactForm } from "./OwnFactForm.js";
import { OwnQuestionForm } from "./OwnQuestionForm.js";
import { QrCode } from "./QrCode.js";
import { href } from "./router.js";

const TOPIC_LABELS: Record<Topic, string> = {
  sanctions: "UN sanctions",
  "worker-counts": "How many workers",
  remittances: "Money for the regime",
  conditions: "Working conditions",
  enforcement: "Enforcement and escapes",
};
const TYPE_LABELS: Record<GeneratedQuestionType, string> = {
  "numeric-choice": "Figures: pick one",
  "numeric-estimate": "Figures: type it",
  "true-false": "True or false",
  "who-said-it": "Who said it",
  timeline: "Timeline",
  matching: "Matching",
  "estimates-vary": "Estimates vary",
};

/** Teachers build a quiz: choices, a live preview, wording edits, a share link, files and print. */
export default function BuildPage() {
  const heading = useRef<HTMLHeadingElement>(null);
  const id = useId();
  const [drafts, setDrafts] = useState<Draft[]>(() => {
    const saved = loadDrafts();
    return saved.length > 0 ? saved : [newDraft()];
  });
  const [currentId, setCurrentId] = useState(() => {
    const wanted = currentDraftId();
    return drafts.some((d) => d.id === wanted) ? (wanted as string) : (drafts[0] as Draft).id;
  });
  const [deleted, setDeleted] = useState<Draft | undefined>();
  const current = drafts.find((d) => d.id === currentId) ?? (drafts[0] as Draft);
  const spec = current.spec;
  const setSpec = (update: (s: QuizSpec) => QuizSpec) =>
    setDrafts((list) =>
      list.map((d) =>
        d.id === current.id ? { ...d, spec: update(d.spec), updated: Date.now() } : d,
      ),
    );
  const [importProblems, setImportProblems] = useState<readonly string[]>([]);
  useEffect(() => heading.current?.focus(), []);
  // Drafts save on every change.
  useEffect(() => saveDrafts(drafts, current.id), [drafts, current.id]);
  const change = (patch: Partial<QuizSpec>) => setSpec((s) => ({ ...s, ...patch }));
  const quiz = useMemo(() => generateQuiz(spec), [spec]);
  const code = useMemo(() => encodeSpec(spec), [spec]);
  const link = `${window.location.origin}${window.location.pathname}${href.code(code)}`;

  const toggle = <T extends string>(list: readonly T[], value: T) =>
    list.includes(value) ? list.filter((v) => v !== value) : [...list, value];

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    try {
      const next = parseSpec(JSON.parse(await file.text()));
      setSpec(() => next);
      setImportProblems([]);
    } catch (error) {
      // A failed import changes nothing: the draft stays as it was.
      if (error instanceof QuizSpecError) {
        setImportProblems(
          error.issues.length > 0
            ? error.issues.map((i) => `${i.path.join(".") || "spec"}: ${i.message}`)
            : [error.message],
        );
      } else setImportProblems([`${file.name} is not a JSON file: ${(error as Error).message}`]);
    }
  };

  return (
    <div className="build">
      <h1 ref={heading} tabIndex={-1}>
        Build a quiz
      </h1>
      <p>
        Choose what to ask; the preview below updates as you go. Your draft saves itself in this
        browser.
      </p>
      <form className="build-form" onSubmit={(e) => e.preventDefault()}>
        <label>
          Quiz title
          <input
            type="text"
            value={spec.title}
            maxLength={120}
            onChange={(e) => change({ title: e.target.value || "Quiz" })}
          />
        </label>
        <fieldset>
          <legend>Topics (none ticked: all)</legend>
          {TopicSchema.options.map((t) => (
            <label key={t} className="check">
              <input
                type="checkbox"
                checked={spec.topics.includes(t)}
                onChange={() => change({ topics: toggle(spec.topics, t) })}
              />
              {TOPIC_LABELS[t]}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Question types (none ticked: all)</legend>
          {(Object.keys(TYPE_LABELS) as GeneratedQuestionType[]).map((t) => (
            <label key={t} className="check">
              <input
                type="checkbox"
                checked={spec.types.includes(t)}
                onChange={() => change({ types: toggle(spec.types, t) })}
              />
              {TYPE_LABELS[t]}
            </label>
          ))}
        </fieldset>
        <div className="row">
          <label>
            Questions
            <input
              type="number"
              min={1}
              max={40}
              value={spec.count}
              onChange={(e) =>
                change({ count: Math.max(1, Math.min(40, Number(e.target.value) || 1)) })
              }
            />
          </label>
          <label>
            Difficulty
            <select
              value={spec.difficulty}
              onChange={(e) => change({ difficulty: e.target.value as QuizSpec["difficulty"] })}
            >
              <option value="mixed">Mixed</option>
              <option value="easy">Easy</option>
              <option value="medium">Medium</option>
              <option value="hard">Hard</option>
            </select>
          </label>
          <label>
            Feedback
            <select
              value={spec.feedback}
              onChange={(e) => change({ feedback: e.target.value as QuizSpec["feedback"] })}
            >
              <option value="immediate">After each question</option>
              <option value="end">At the end</option>
            </select>
          </label>
          <label>
            Timer per question
            <select
              value={spec.timerSeconds ?? 0}
              onChange={(e) =>
                setSpec(({ timerSeconds: _, ...rest }) =>
                  Number(e.target.value) ? { ...rest, timerSeconds: Number(e.target.value) } : rest,
                )
              }
            >
              <option value={0}>None</option>
              {[20, 30, 45, 60, 90, 120].map((s) => (
                <option key={s} value={s}>
                  {s} seconds
                </option>
              ))}
            </select>
          </label>
        </div>
        <p className="row">
          <span>
            Seed: <code>{spec.seed}</code>
          </span>
          <button
            type="button"
            onClick={() => change({ seed: freshSeed(), edits: [], excluded: [] })}
          >
            New questions
          </button>
        </p>
      </form>

      <DraftsPanel
        drafts={drafts}
        current={current}
        deleted={deleted}
        onOpen={(d) => setCurrentId(d.id)}
        onNew={() => {
          const d = newDraft();
          setDrafts((list) => [d, ...list]);
          setCurrentId(d.id);
        }}
        onDuplicate={(d) => {
          const copy = newDraft({ ...d.spec, title: `${d.spec.title} (copy)`.slice(0, 120) });
          setDrafts((list) => [copy, ...list]);
          setCurrentId(copy.id);
        }}
        onDelete={(d) => {
          const rest = drafts.filter((x) => x.id !== d.id);
          const list = rest.length > 0 ? rest : [newDraft()];
          setDrafts(list);
          setDeleted(d);
          if (d.id === current.id) setCurrentId((list[0] as Draft).id);
        }}
        onUndo={() => {
          if (!deleted) return;
          setDrafts((list) => [deleted, ...list]);
          setCurrentId(deleted.id);
          setDeleted(undefined);
        }}
      />

      <section aria-labelledby={`${id}-share`} className="panel">
        <h2 id={`${id}-share`}>Share with students</h2>
        <label htmlFor={`${id}-link`}>Link ({link.length} characters)</label>
        <div className="row">
          <input
            id={`${id}-link`}
            type="text"
            readOnly
            value={link}
            onFocus={(e) => e.target.select()}
            className="link"
          />
          <CopyButton text={link} />
          <a href={href.code(code)}>Play it</a>
          <a href={`#/print/${code}`}>Print</a>
        </div>
        <details className="qr-box">
          <summary>Show a QR code for the projector</summary>
          <QrCode text={link} label="QR code of the quiz link" />
        </details>
      </section>

      <section aria-labelledby={`${id}-files`} className="panel">
        <h2 id={`${id}-files`}>Files</h2>
        <ExportPanel spec={spec} />
        <div className="row">
          <button
            type="button"
            onClick={() =>
              download(
                `${spec.title || "quiz"}.nklabor-spec.json`,
                `${JSON.stringify(spec, null, 2)}\n`,
                "application/json",
              )
            }
          >
            Save the quiz as a file
          </button>
          <label className="button">
            Open a quiz file…
            <input
              type="file"
              accept=".json,application/json"
              className="visually-hidden"
              onChange={importFile}
            />
          </label>
        </div>
        {importProblems.length > 0 && (
          <div role="alert" className="warning import-problems">
            <p>
              <strong>That file is not a quiz this page can open; your draft is unchanged.</strong>
            </p>
            <ul>
              {importProblems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        )}
      </section>

      <section aria-labelledby={`${id}-facts`} className="panel">
        <h2 id={`${id}-facts`}>Facts to ask about, or not</h2>
        <details>
          <summary>Choose facts</summary>
          <FactPicker
            pinned={spec.pinned}
            excluded={spec.excluded}
            onChange={(choice) => change(choice)}
          />
        </details>
      </section>

      <section aria-labelledby={`${id}-own-facts`} className="panel">
        <h2 id={`${id}-own-facts`}>Your own facts</h2>
        <p>
          Add a claim from a source you trust: who said it, when, and the source's own words. The
          quiz then asks about it.
        </p>
        {spec.customFacts && spec.customFacts.facts.length > 0 && (
          <ul>
            {spec.customFacts.facts.map((f) => (
              <li key={f.id}>
                {f.claim}{" "}
                <button
                  type="button"
                  onClick={() => {
                    const pack = spec.customFacts;
                    if (!pack) return;
                    const ref = f.references[0]?.source;
                    const facts = pack.facts.filter((x) => x.id !== f.id);
                    const { customFacts: _, ...rest } = spec;
                    setSpec(() =>
                      facts.length === 0
                        ? { ...rest, pinned: spec.pinned.filter((p) => p !== f.id) }
                        : {
                            ...spec,
                            pinned: spec.pinned.filter((p) => p !== f.id),
                            customFacts: {
                              ...pack,
                              facts,
                              sources: pack.sources.filter((s) => s.id !== ref),
                              actors: pack.actors.filter((a) => a.id !== f.claimant),
                            },
                          },
                    );
                  }}
                >
                  Remove<span className="visually-hidden"> your fact “{f.claim.slice(0, 40)}”</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <details>
          <summary>Add a fact</summary>
          <OwnFactForm
            pack={spec.customFacts}
            onAdd={(pack, factId) =>
              change({ customFacts: pack, pinned: [...spec.pinned, factId] })
            }
          />
        </details>
      </section>

      <section aria-labelledby={`${id}-own`} className="panel">
        <h2 id={`${id}-own`}>Your own questions</h2>
        {spec.customQuestions.length > 0 && (
          <ul>
            {spec.customQuestions.map((q) => (
              <li key={q.id}>
                {q.prompt}{" "}
                <button
                  type="button"
                  onClick={() =>
                    change({ customQuestions: spec.customQuestions.filter((c) => c.id !== q.id) })
                  }
                >
                  Remove
                  <span className="visually-hidden"> your question “{q.prompt.slice(0, 40)}”</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <details>
          <summary>Write a question</summary>
          <OwnQuestionForm
            spec={spec}
            onAdd={(q) =>
              change({
                customQuestions: [...spec.customQuestions, q],
                count: Math.max(spec.count, spec.customQuestions.length + 1),
              })
            }
          />
        </details>
      </section>

      <section aria-labelledby={`${id}-preview`}>
        <h2 id={`${id}-preview`}>
          Preview: {quiz.questions.length} question{quiz.questions.length === 1 ? "" : "s"}
        </h2>
        {quiz.warnings.map((w) => (
          <p key={w} className="note">
            {w}
          </p>
        ))}
        <ol className="preview">
          {quiz.questions.map((q, index) => (
            <li key={q.id}>
              <PreviewQuestion
                question={q}
                edited={spec.edits.some((e) => e.questionId === q.id)}
                onEdit={(edit) =>
                  change({ edits: [...spec.edits.filter((e) => e.questionId !== q.id), edit] })
                }
                onRemove={() =>
                  change({
                    excluded: [...spec.excluded, ...(q.factIds as FactId[])],
                    edits: spec.edits.filter((e) => e.questionId !== q.id),
                  })
                }
                onMove={(dir) => {
                  const ids = quiz.questions.map((x) => x.id);
                  const to = dir === "up" ? index - 1 : index + 1;
                  [ids[index], ids[to]] = [ids[to] as string, ids[index] as string];
                  change({ order: ids });
                }}
                first={index === 0}
                last={index === quiz.questions.length - 1}
              />
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

function PreviewQuestion(props: {
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
        {question.type}, {question.difficulty}
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

function DraftsPanel(props: {
  readonly drafts: readonly Draft[];
  readonly current: Draft;
  readonly deleted: Draft | undefined;
  readonly onOpen: (d: Draft) => void;
  readonly onNew: () => void;
  readonly onDuplicate: (d: Draft) => void;
  readonly onDelete: (d: Draft) => void;
  readonly onUndo: () => void;
}) {
  const id = useId();
  return (
    <section aria-labelledby={`${id}-drafts`} className="panel">
      <h2 id={`${id}-drafts`}>Your drafts</h2>
      <ul className="drafts">
        {props.drafts.map((d) => (
          <li key={d.id} aria-current={d.id === props.current.id ? "true" : undefined}>
            <span className="draft-title">
              {d.spec.title}
              {d.id === props.current.id ? " (open)" : ""}
            </span>
            <span className="row">
              {d.id !== props.current.id && (
                <button type="button" onClick={() => props.onOpen(d)}>
                  Open<span className="visually-hidden"> “{d.spec.title}”</span>
                </button>
              )}
              <button type="button" onClick={() => props.onDuplicate(d)}>
                Duplicate<span className="visually-hidden"> “{d.spec.title}”</span>
              </button>
              <button type="button" onClick={() => props.onDelete(d)}>
                Delete<span className="visually-hidden"> “{d.spec.title}”</span>
              </button>
            </span>
          </li>
        ))}
      </ul>
      <p className="row">
        <button type="button" onClick={props.onNew}>
          New draft
        </button>
        <span role="status">
          {props.deleted && (
            <>
              Deleted “{props.deleted.spec.title}”.{" "}
              <button type="button" onClick={props.onUndo}>
                Undo
              </button>
            </>
          )}
        </span>
      </p>
    </section>
  );
}

function CopyButton({ text }: { readonly text: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <>
      <button
        type="button"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(text);
            setCopied(true);
          } catch {
            setCopied(false);
          }
        }}
      >
        Copy link
      </button>
      <span role="status" className="hint">
        {copied ? "Copied." : ""}
      </span>
    </>
  );
}

function ExportPanel({ spec }: { readonly spec: QuizSpec }) {
  type Exports = typeof import("@nklabor/quiz/export");
  type Format = Parameters<Exports["exportQuiz"]>[1];
  const [format, setFormat] = useState<Format>("moodle-xml");
  const [exporters, setExporters] = useState<Exports | undefined>();
  const [file, setFile] = useState<Awaited<ReturnType<Exports["exportQuiz"]>> | undefined>();
  // The exporters (xlsx and zip writers included) load only when this panel is shown.
  useEffect(() => {
    import("@nklabor/quiz/export").then(setExporters);
  }, []);
  // The file is made as soon as the format or the quiz changes, so its warnings show before download.
  useEffect(() => {
    if (!exporters) return;
    let live = true;
    exporters.exportQuiz(generateQuiz(spec), format).then((made) => live && setFile(made));
    return () => {
      live = false;
    };
  }, [exporters, spec, format]);
  return (
    <div>
      <div className="row">
        <label>
          Export for
          <select
            value={format}
            onChange={(e) => setFormat(e.target.value as Format)}
            disabled={!exporters}
          >
            {exporters &&
              Object.entries(exporters.EXPORTERS).map(([value, { label }]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
          </select>
        </label>
        <button
          type="button"
          onClick={() => file && download(file.filename, file.content, file.mediaType)}
          disabled={!file || file.format !== format}
        >
          Download
        </button>
      </div>
      <div aria-live="polite" className="export-warnings">
        {file && file.warnings.length === 0 && <p>Every question fits this format.</p>}
        {file && file.warnings.length > 0 && (
          <>
            <p>
              <strong>
                {file.included} of {file.included + file.warnings.length} questions fit; left out:
              </strong>
            </p>
            <ul>
              {file.warnings.map((w) => (
                <li key={w.questionId}>{w.message}</li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}

function download(filename: string, content: string | Uint8Array, type: string): void {
  const blob = new Blob([content as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
