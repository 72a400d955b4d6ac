import { type QuizSpec, quizTitle } from "@nklabor/quiz";
import { useId } from "react";
import { download } from "../shared/download.js";
import { useLabels } from "../shared/quiz-labels.js";
import type { BrokenDraft, Draft } from "./drafts.js";
import { useWords } from "./words.js";

/** The drafts in this browser: open, duplicate, delete (with undo); the broken ones kept for repair. */
export function DraftsPanel(props: {
  readonly drafts: readonly Draft[];
  readonly current: Draft;
  readonly broken: readonly BrokenDraft[];
  readonly deleted: Draft | BrokenDraft | undefined;
  readonly onOpen: (d: Draft) => void;
  readonly onNew: () => void;
  readonly onDuplicate: (d: Draft) => void;
  readonly onDelete: (d: Draft | BrokenDraft) => void;
  readonly onUndo: () => void;
}) {
  const id = useId();
  const w = useWords();
  const titleOf = (b: BrokenDraft) => b.title ?? w.untitledDraft();
  return (
    <section aria-labelledby={`${id}-drafts`} className="panel">
      <h2 id={`${id}-drafts`}>{w.draftsHeading()}</h2>
      <ul className="drafts">
        {props.drafts.map((d) => (
          <li key={d.id} aria-current={d.id === props.current.id ? "true" : undefined}>
            <span className="draft-title">
              <DraftName spec={d.spec} />
              {d.id === props.current.id ? ` ${w.openMark()}` : ""}
            </span>
            <span className="row">
              {d.id !== props.current.id && (
                <button type="button" onClick={() => props.onOpen(d)}>
                  {w.open()}
                  <span className="visually-hidden">
                    {" "}
                    “<DraftName spec={d.spec} />”
                  </span>
                </button>
              )}
              <button type="button" onClick={() => props.onDuplicate(d)}>
                {w.duplicate()}
                <span className="visually-hidden">
                  {" "}
                  “<DraftName spec={d.spec} />”
                </span>
              </button>
              <button type="button" onClick={() => props.onDelete(d)}>
                {w.delete()}
                <span className="visually-hidden">
                  {" "}
                  “<DraftName spec={d.spec} />”
                </span>
              </button>
            </span>
          </li>
        ))}
      </ul>
      {props.broken.length > 0 && (
        <>
          <h3>{w.needRepair()}</h3>
          <p>{w.needRepairText()}</p>
          <ul className="drafts">
            {props.broken.map((b) => (
              <li key={b.id}>
                <span className="draft-title">
                  {titleOf(b)}
                  <span className="hint"> {b.problem ?? w.notASpec()}</span>
                </span>
                <span className="row">
                  <button
                    type="button"
                    onClick={() =>
                      download(
                        `${titleOf(b)}.nklabor-spec.json`,
                        `${JSON.stringify(b.raw, null, 2)}\n`,
                        "application/json",
                      )
                    }
                  >
                    {w.download()}
                    <span className="visually-hidden"> “{titleOf(b)}”</span>
                  </button>
                  <button type="button" onClick={() => props.onDelete(b)}>
                    {w.delete()}
                    <span className="visually-hidden"> “{titleOf(b)}”</span>
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="row">
        <button type="button" onClick={props.onNew}>
          {w.newDraft()}
        </button>
        <span role="status">
          {props.deleted && (
            <>
              {w.deleted({
                title: "spec" in props.deleted ? props.deleted.spec.title : titleOf(props.deleted),
              })}{" "}
              <button type="button" onClick={props.onUndo}>
                {w.undo()}
              </button>
            </>
          )}
        </span>
      </p>
    </section>
  );
}

/** A draft's name: its title, or with none given, the default title in its quiz's language. */
function DraftName({ spec }: { readonly spec: QuizSpec }) {
  const lang = spec.language ?? "en";
  return <span lang={lang}>{quizTitle(spec, useLabels(lang))}</span>;
}
