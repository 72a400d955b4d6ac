import {
  type Answer,
  answerText,
  expectedAnswer,
  type Quiz,
  type ResultsSummary,
  resultsToCsv,
  specHash,
  summarizeResults,
} from "@nklabor/quiz";
import { type ChangeEvent, useEffect, useId, useMemo, useRef, useState } from "react";
import { ErrorPage } from "../app/ErrorPage.js";
import { browserStore, read, write } from "../app/storage.js";
import { useLang } from "../i18n/i18n.js";
import { contentLang, questionLang } from "../i18n/lang.js";
import { quizFromCode } from "../play/link.js";
import { download } from "../shared/download.js";
import { useLabels } from "../shared/quiz-labels.js";
import { CitationList } from "../shared/Sources.js";
import { useClassWords } from "./words.js";

/** The teacher's quiz, when the page was opened from its share panel (`#/class/CODE`). */
type Loaded =
  | { readonly stage: "none" }
  | { readonly stage: "loading" }
  | { readonly stage: "ready"; readonly quiz: Quiz; readonly hash: string }
  | { readonly stage: "error"; readonly code: string; readonly detail: string };

/** What was pasted is kept in this browser, by quiz: a reload or a slip loses nothing. */
const storeKey = (code: string | undefined) => `nklabor:class:${code ?? "any"}`;

/**
 * A teacher's class results: the results codes their students sent, pasted or opened from a file;
 * a table per student and per question, the questions the class found hardest with their
 * sources, the codes not counted (another quiz's, repeated, unreadable) by line, and downloads.
 */
export default function ClassResultsPage({ code }: { readonly code?: string | undefined }) {
  const w = useClassWords();
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [text, setText] = useState(() => read(browserStore(), storeKey(code)) ?? "");
  const [fileProblem, setFileProblem] = useState<string>();
  const [loaded, setLoaded] = useState<Loaded>(code ? { stage: "loading" } : { stage: "none" });
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    if (!code) return;
    let live = true;
    quizFromCode(code).then(
      (result) =>
        live &&
        setLoaded(
          result.ok
            ? { stage: "ready", quiz: result.quiz, hash: specHash(result.spec) }
            : { stage: "error", code: result.code, detail: result.message },
        ),
      (error: Error) =>
        live && setLoaded({ stage: "error", code: "LOAD_FAILED", detail: error.message }),
    );
    return () => {
      live = false;
    };
  }, [code]);
  const quiz = loaded.stage === "ready" ? loaded.quiz : undefined;
  const summary = useMemo(
    () =>
      summarizeResults(text.split(/\r?\n/), {
        quiz: loaded.stage === "ready" ? loaded.hash : undefined,
      }),
    [text, loaded],
  );
  if (loaded.stage === "error") return <ErrorPage code={loaded.code} detail={loaded.detail} />;

  const change = (next: string) => {
    setText(next);
    write(browserStore(), storeKey(code), next);
  };
  const openFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    try {
      const added = await file.text();
      setFileProblem(undefined);
      change(text.trim() === "" ? added : `${text.replace(/\s*$/, "")}\n${added}`);
    } catch (error) {
      setFileProblem(w.fileUnreadable({ problem: (error as Error).message }));
    }
  };
  return (
    <section className="class-results" aria-labelledby={`${id}-heading`}>
      <h1 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {w.heading()}
      </h1>
      {quiz && <p className="lead">{w.ofQuiz({ title: quiz.title })}</p>}
      <p className="warning">{w.notProof()}</p>
      <p>{w.intro()}</p>
      {!code && <p className="note">{w.noQuiz()}</p>}
      <label htmlFor={`${id}-codes`}>{w.codesLabel()}</label>
      <textarea
        id={`${id}-codes`}
        className="codes"
        rows={6}
        spellCheck={false}
        value={text}
        onChange={(e) => change(e.target.value)}
      />
      <p className="row">
        <label className="button">
          {w.openFile()}
          <input
            type="file"
            accept=".txt,.csv,text/plain"
            className="visually-hidden"
            onChange={openFile}
          />
        </label>
      </p>
      {fileProblem && (
        <p role="alert" className="warning">
          {fileProblem}
        </p>
      )}
      {summary.problems.length > 0 && (
        <section aria-labelledby={`${id}-problems`}>
          <h2 id={`${id}-problems`}>{w.problemsHeading()}</h2>
          <ul className="problems">
            {summary.problems.map((p) => (
              <li key={p.line}>{w.problem({ line: p.line, code: p.code })}</li>
            ))}
          </ul>
        </section>
      )}
      {summary.students.length === 0 ? (
        <p role="status">{w.none()}</p>
      ) : (
        <Tables summary={summary} quiz={quiz} />
      )}
    </section>
  );
}

function Tables({
  summary,
  quiz,
}: {
  readonly summary: ResultsSummary;
  readonly quiz?: Quiz | undefined;
}) {
  const w = useClassWords();
  const id = useId();
  const page = useLang().lang;
  const labels = useLabels(quiz ? contentLang(quiz) : "en");
  const when = new Intl.DateTimeFormat(page, { dateStyle: "medium", timeStyle: "short" });
  const question = (qid: string) => quiz?.questions.find((q) => q.id === qid);
  const lang = (qid: string) => {
    const q = question(qid);
    return quiz && q ? questionLang(quiz, q) : undefined;
  };
  const percent = (share: number) => `${Math.round(share * 100)}%`;
  const brief = (answer: Answer) =>
    answer.format === "choice"
      ? String.fromCharCode(65 + answer.index)
      : answer.format === "true-false"
        ? answer.value
          ? labels.m.true()
          : labels.m.false()
        : answer.format === "numeric"
          ? labels.number(answer.value)
          : "";
  // The hardest: the lowest share right, at most three, each answered by someone or not.
  const hardest = [...summary.questions]
    .map((q, i) => ({ q, i }))
    .sort((a, b) => a.q.right - b.q.right || a.i - b.i)
    .slice(0, 3)
    .filter(({ q }) => q.right < 1);
  return (
    <>
      <h2 id={`${id}-students`}>{w.students({ n: summary.students.length })}</h2>
      {/* A wide table scrolls in its box, which the keyboard can reach (and scroll). */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box must take focus to be scrolled by keyboard (WCAG 2.1.1; axe's scrollable-region-focusable) */}
      <section className="table-scroll" aria-labelledby={`${id}-students`} tabIndex={0}>
        <table aria-labelledby={`${id}-students`}>
          <thead>
            <tr>
              <th scope="col">{w.colName()}</th>
              <th scope="col">{w.colScore()}</th>
              <th scope="col">{w.colFinished()}</th>
              {summary.questions.map((q, i) => (
                <th key={q.id} scope="col">
                  {i + 1}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {summary.students.map(({ line, result }) => (
              <tr key={line}>
                <th scope="row">{result.name ?? w.noName()}</th>
                <td>{w.scoreOf({ score: String(result.score), total: result.total })}</td>
                <td>{when.format(new Date(result.finished))}</td>
                {summary.questions.map((q) => {
                  const answer = result.answers[q.id];
                  const credit = result.credits[q.id] ?? 0;
                  // A cell a class of 30 can scan: right or not, and the answer in brief (a
                  // choice's letter, True or False, the number); the whole answer on hover.
                  return (
                    <td
                      key={q.id}
                      className={credit === 1 ? "right" : "wrong"}
                      lang={lang(q.id)}
                      title={answer ? answerText(answer, question(q.id), labels) : undefined}
                    >
                      {credit === 1 ? "✓" : credit > 0 ? "½" : "✗"}
                      {answer ? ` ${brief(answer)}` : " —"}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <h2 id={`${id}-questions`}>{w.questionsHeading()}</h2>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: as above, a scrolling box takes focus */}
      <section className="table-scroll" aria-labelledby={`${id}-questions`} tabIndex={0}>
        <table aria-labelledby={`${id}-questions`}>
          <thead>
            <tr>
              <th scope="col">{w.colQuestion()}</th>
              <th scope="col">{w.colRight()}</th>
              <th scope="col">{w.colAnswered()}</th>
              <th scope="col">{w.colWrong()}</th>
            </tr>
          </thead>
          <tbody>
            {summary.questions.map((q, i) => (
              <tr key={q.id}>
                <th scope="row">
                  {i + 1}. <span lang={lang(q.id)}>{question(q.id)?.prompt ?? q.id}</span>
                </th>
                <td>{percent(q.right)}</td>
                <td>{q.answered}</td>
                <td lang={lang(q.id)}>
                  {q.commonestWrong
                    ? w.wrongCount({
                        answer: answerText(q.commonestWrong.answer, question(q.id), labels),
                        n: q.commonestWrong.count,
                      })
                    : "—"}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {hardest.length > 0 && (
        <section aria-labelledby={`${id}-hardest`}>
          <h2 id={`${id}-hardest`}>{w.hardestHeading()}</h2>
          <ol className="hardest">
            {hardest.map(({ q, i }) => {
              const full = question(q.id);
              return (
                <li key={q.id} value={i + 1}>
                  <p>
                    <strong>{percent(q.right)}</strong>{" "}
                    <span lang={lang(q.id)}>{full?.prompt ?? q.id}</span>
                  </p>
                  {full && (
                    <>
                      <p lang={lang(q.id)}>→ {expectedAnswer(full.key, labels)}</p>
                      <CitationList
                        question={full}
                        lang={lang(q.id)}
                        caption={(c) => c.publisher}
                      />
                    </>
                  )}
                </li>
              );
            })}
          </ol>
        </section>
      )}
      <p className="row">
        <button
          type="button"
          onClick={() =>
            download(
              w.fileName({ ext: "csv" }),
              resultsToCsv(summary, quiz, labels),
              "text/csv;charset=utf-8",
            )
          }
        >
          {w.downloadCsv()}
        </button>
        <button
          type="button"
          onClick={() =>
            download(
              w.fileName({ ext: "json" }),
              `${JSON.stringify({ format: "nklabor-class-results", version: 1, ...summary }, null, 2)}\n`,
              "application/json",
            )
          }
        >
          {w.downloadJson()}
        </button>
      </p>
    </>
  );
}
