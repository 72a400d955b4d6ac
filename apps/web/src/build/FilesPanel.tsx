import type { Quiz, QuizSpec } from "@nklabor/quiz";
import { type ChangeEvent, useEffect, useId, useState } from "react";
import { download, downloadSpec } from "../shared/download.js";

type Exports = typeof import("@nklabor/quiz/export");
type Format = Parameters<Exports["exportQuiz"]>[1];

/** Files: export the quiz for another tool, save the spec, open a spec file as a new draft. */
export function FilesPanel(props: {
  readonly spec: QuizSpec;
  readonly quiz: Quiz;
  readonly onOpenFile: (file: File) => void;
  /** What opening the last file did, or its problems. */
  readonly opened: { readonly ok: boolean; readonly lines: readonly string[] } | undefined;
}) {
  const id = useId();
  const { spec } = props;
  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (file) props.onOpenFile(file);
  };
  return (
    <section aria-labelledby={`${id}-files`} className="panel">
      <h2 id={`${id}-files`}>Files</h2>
      <ExportPanel quiz={props.quiz} />
      <div className="row">
        <button type="button" onClick={() => downloadSpec(spec)}>
          Save the quiz as a file
        </button>
        <label className="button">
          Open a quiz file…
          <input
            type="file"
            accept=".json,application/json"
            className="visually-hidden"
            onChange={pick}
          />
        </label>
      </div>
      {props.opened?.ok === false && (
        <div role="alert" className="warning import-problems">
          <p>
            <strong>That file is not a quiz this page can open; your drafts are unchanged.</strong>
          </p>
          <ul>
            {props.opened.lines.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {props.opened?.ok === true && (
        <p role="status" className="note">
          {props.opened.lines.join(" ")}
        </p>
      )}
    </section>
  );
}

function ExportPanel({ quiz }: { readonly quiz: Quiz }) {
  const [format, setFormat] = useState<Format>("moodle-xml");
  const [exporters, setExporters] = useState<Exports | undefined>();
  const [failed, setFailed] = useState<string | undefined>();
  const [file, setFile] = useState<Awaited<ReturnType<Exports["exportQuiz"]>> | undefined>();
  // The exporters (xlsx and zip writers included) load only when this panel is shown.
  useEffect(() => {
    import("@nklabor/quiz/export").then(setExporters, (e: Error) =>
      setFailed(`The exporters could not be loaded (${e.message}). Check your connection.`),
    );
  }, []);
  // The file is made as soon as the format or the quiz changes, so its warnings show before download.
  useEffect(() => {
    if (!exporters) return;
    let live = true;
    exporters.exportQuiz(quiz, format).then(
      (made) => {
        if (!live) return;
        setFile(made);
        setFailed(undefined);
      },
      (e: Error) => live && setFailed(`This export could not be made: ${e.message}`),
    );
    return () => {
      live = false;
    };
  }, [exporters, quiz, format]);
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
        {failed && <p className="warning">{failed}</p>}
        {file && <ExportNotes file={file} total={quiz.questions.length} />}
      </div>
    </div>
  );
}

/**
 * What the export did to the quiz: the questions left out, and those kept with a caution (an
 * ordering question that only newer Moodle imports), each list under its own heading.
 */
function ExportNotes(props: {
  readonly file: Awaited<ReturnType<Exports["exportQuiz"]>>;
  readonly total: number;
}) {
  const kept = props.file.warnings.filter((w) => w.code === "NEEDS_NEWER_VERSION");
  const left = props.file.warnings.filter((w) => w.code !== "NEEDS_NEWER_VERSION");
  return (
    <>
      {left.length === 0 ? (
        <p>Every question fits this format.</p>
      ) : (
        <>
          <p>
            <strong>
              {props.file.included} of {props.total} questions fit; left out:
            </strong>
          </p>
          <ul>
            {left.map((w) => (
              <li key={w.questionId}>{w.message}</li>
            ))}
          </ul>
        </>
      )}
      {kept.length > 0 && (
        <>
          <p>
            <strong>Kept, but check your tool's version:</strong>
          </p>
          <ul>
            {kept.map((w) => (
              <li key={w.questionId}>{w.message}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
