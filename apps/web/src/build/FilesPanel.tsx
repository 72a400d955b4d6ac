import type { Quiz, QuizSpec } from "@nklabor/quiz";
import type { ExportWarning } from "@nklabor/quiz/export";
import { type ChangeEvent, type ReactNode, useEffect, useId, useState } from "react";
import { contentLang } from "../i18n/lang.js";
import { rich, slot } from "../i18n/rich.js";
import { download, downloadSpec } from "../shared/download.js";
import { useWords, type Words } from "./words.js";

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
              Object.keys(exporters.EXPORTERS).map((value) => (
                <option key={value} value={value}>
                  {w.exportFormat({ format: value.replace("-", "_") })}
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
        {file && <ExportNotes file={file} quiz={quiz} />}
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
  readonly quiz: Quiz;
}) {
  const w = useWords();
  const lang = contentLang(props.quiz);
  // Each warning in the page's words, then the question's first words, in the quiz's language.
  const note = (x: ExportWarning) => {
    const prompt = props.quiz.questions.find((q) => q.id === x.questionId)?.prompt ?? "";
    return (
      <li key={x.questionId}>
        {warningText(w, x)}:{" "}
        <q lang={lang}>{prompt.length > 60 ? `${prompt.slice(0, 60)}…` : prompt}</q>
      </li>
    );
  };
  const kept = props.file.warnings.filter((x) => x.code === "NEEDS_NEWER_VERSION");
  const left = props.file.warnings.filter((x) => x.code !== "NEEDS_NEWER_VERSION");
  return (
    <>
      {left.length === 0 ? (
        <p>{w.everyQuestionFits()}</p>
      ) : (
        <>
          <p>
            <strong>
              {w.someFit({ included: props.file.included, total: props.quiz.questions.length })}
            </strong>
          </p>
          <ul>{left.map(note)}</ul>
        </>
      )}
      {kept.length > 0 && (
        <>
          <p>
            <strong>{w.checkVersion()}</strong>
          </p>
          <ul>{kept.map(note)}</ul>
        </>
      )}
    </>
  );
}

/** What an export could not do with a question, in the page's words (the library's are English). */
function warningText(w: Words, x: ExportWarning): ReactNode {
  const yes = (b: boolean) => (b ? "yes" : "no");
  switch (x.code) {
    case "UNSUPPORTED_TYPE":
      return w.exportUnsupported({
        tool: x.tool,
        format: x.format.replace("-", "_"),
        choiceOnly: yes(x.choiceOnly),
      });
    case "TOO_MANY_OPTIONS":
      return w.exportTooMany({ tool: x.tool, max: x.max, count: x.count });
    case "SAME_ANSWERS":
      return w.exportSameAnswers({ tool: x.tool });
    case "TOO_LONG":
      return w.exportTooLong({
        tool: x.tool,
        part: x.part,
        max: x.max,
        length: x.length,
        noShort: yes(x.noShort),
      });
    case "NEEDS_NEWER_VERSION":
      return rich(
        w.exportNeedsNewer({
          tool: x.tool,
          plugin: slot(0),
          option: slot(1),
          no: slot(2),
          without: x.without === "stops-unless-told" ? "stops" : "other",
        }),
        [
          <code key="plugin">qtype_ordering</code>,
          <q key="option" lang="en">
            Stop on error
          </q>,
          <q key="no" lang="en">
            No
          </q>,
        ],
      );
  }
}
