import { useId } from "react";
import { download } from "../shared/download.js";
import type { BrokenDraft, Draft } from "./drafts.js";

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
      {props.broken.length > 0 && (
        <>
          <h3>Drafts that need repair</h3>
          <p>
            These drafts were saved in this browser but cannot be opened here. They are kept as they
            were: download one to keep it, or to fix it and open the file.
          </p>
          <ul className="drafts">
            {props.broken.map((b) => (
              <li key={b.id}>
                <span className="draft-title">
                  {b.title}
                  <span className="hint"> {b.problem}</span>
                </span>
                <span className="row">
                  <button
                    type="button"
                    onClick={() =>
                      download(
                        `${b.title}.nklabor-spec.json`,
                        `${JSON.stringify(b.raw, null, 2)}\n`,
                        "application/json",
                      )
                    }
                  >
                    Download<span className="visually-hidden"> “{b.title}”</span>
                  </button>
                  <button type="button" onClick={() => props.onDelete(b)}>
                    Delete<span className="visually-hidden"> “{b.title}”</span>
                  </button>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="row">
        <button type="button" onClick={props.onNew}>
          New draft
        </button>
        <span role="status">
          {props.deleted && (
            <>
              Deleted “{"spec" in props.deleted ? props.deleted.spec.title : props.deleted.title}”.{" "}
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
