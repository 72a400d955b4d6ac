import type { Quiz, QuizSpec } from "@nklabor/quiz";
import { type ChangeEvent, useEffect, useId, useState } from "react";
import { download, downloadSpec } from "../shared/download.js";
import { useWords } from "./words.js";

type Exports = typeof import("@nklabor/quiz/export");
type Format = Parameters<Exports["exportQuiz"]>[1];

/** Files: export the quiz for another tool, save the spec, open a spec file as a new draft. */
export function FilesPanel(props: {
  readonly spec: QuizSpec;
  readonly quiz: Quiz;
  readonly onOpenFile: (file: File) => void;
  /** What opening the last file did (the title of the new draft), or its problems. */
  readonly opened:
    | { readonly ok: false; readonly lines: readonly string[] }
    | { readonly ok: true; readonly title: string }
    | undefined;
}) {
  const id = useId();
  const w = useWords();
  const { spec } = props;
  const pick = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (file) props.onOpenFile(file);
  };
  return (
    <section aria-labelledby={`${id}-files`} className="panel">
      <h2 id={`${id}-files`}>{w.filesHeading()}</h2>
      <ExportPanel quiz={props.quiz} />
      <div className="row">
        <button type="button" onClick={() => downloadSpec(spec)}>
          {w.saveAsFile()}
        </button>
        <label className="button">
          {w.openQuizFile()}
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
            <strong>{w.notAQuiz()}</strong>
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
          {w.openedAsNew({ title: props.opened.title })}
        </p>
      )}
    </section>
  );
}

function ExportPanel({ quiz }: { readonly quiz: Quiz }) {
  const w = useWords();
  const [format, setFormat] = useState<Format>("moodle-xml");
  const [exporters, setExporters] = useState<Exports | undefined>();
  // What failed: loading the exporters, or making this file (and the browser's or exporter's words).
  const [failed, setFailed] = useState<
    { readonly what: "load" | "make"; readonly error: string } | undefined
  >();
  const [file, setFile] = useState<Awaited<ReturnType<Exports["exportQuiz"]>> | undefined>();
  // The exporters (xlsx and zip writers included) load only when this panel is shown.
  useEffect(() => {
    import("@nklabor/quiz/export").then(setExporters, (e: Error) =>
      setFailed({ what: "load", error: e.message }),
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
      (e: Error) => live && setFailed({ what: "make", error: e.message }),
    );
    return () => {
      live = false;
    };
  }, [exporters, quiz, format]);
  return (
    <div>
      <div className="row">
        <label>
          {w.exportFor()}
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
          {w.download()}
        </button>
      </div>
      <div aria-live="polite" className="export-warnings">
        {failed && (
          <p className="warning">
            {failed.what === "load"
              ? w.exportersNotLoaded({ error: failed.error })
              : w.exportFailed({ error: failed.error })}
          </p>
        )}
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
  const w = useWords();
  const kept = props.file.warnings.filter((x) => x.code === "NEEDS_NEWER_VERSION");
  const left = props.file.warnings.filter((x) => x.code !== "NEEDS_NEWER_VERSION");
  return (
    <>
      {left.length === 0 ? (
        <p>{w.everyQuestionFits()}</p>
      ) : (
        <>
          <p>
            <strong>{w.someFit({ included: props.file.included, total: props.total })}</strong>
          </p>
          <ul>
            {left.map((x) => (
              <li key={x.questionId}>{x.message}</li>
            ))}
          </ul>
        </>
      )}
      {kept.length > 0 && (
        <>
          <p>
            <strong>{w.checkVersion()}</strong>
          </p>
          <ul>
            {kept.map((x) => (
              <li key={x.questionId}>{x.message}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
