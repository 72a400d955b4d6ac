import { type Quiz, scoreQuiz } from "@nklabor/quiz";
import { useEffect, useRef, useState } from "react";
import { ErrorPage } from "../app/ErrorPage.js";
import { ProblemNotice } from "../app/problems.js";
import { href, navigate } from "../app/router.js";
import { READY_QUIZZES, readyKey } from "../home/ready.js";
import { useT } from "../i18n/i18n.js";
import { contentLang, questionLang } from "../i18n/lang.js";
import { Citations } from "../shared/Citations.js";
import { describeAnswer, formatScore, verdict } from "../shared/describe.js";
import { download } from "../shared/download.js";
import { useLabels } from "../shared/quiz-labels.js";
import { type Loaded, loadQuiz } from "./load.js";
import { resultsText } from "./results-text.js";
import { SendResults } from "./send/SendResults.js";
import {
  clearState,
  lastKey,
  type PlayState,
  restoreState,
  type StateProblem,
  sourceOfKey,
} from "./session.js";
import { usePlayWords } from "./words.js";

type Stage =
  | { readonly stage: "loading" }
  | { readonly stage: "none"; readonly notice?: StateProblem | undefined }
  | { readonly stage: "error"; readonly code: string; readonly detail?: string | undefined }
  | { readonly stage: "ready"; readonly quiz: Quiz; readonly state: PlayState };

function stageOf(loaded: Loaded): Stage {
  if (!loaded.ok) return { stage: "error", code: loaded.code, detail: loaded.detail };
  const restored = restoreState(loaded.key, loaded.quiz);
  if (restored.kind === "set-aside") return { stage: "none", notice: restored.problem };
  if (restored.kind === "ok" && restored.state.finished)
    return { stage: "ready", quiz: loaded.quiz, state: restored.state };
  return { stage: "none" };
}

/** Score and a review of every question with the learner's answer, the right one and the source. */
export default function Results() {
  const t = useT();
  const [stage, setStage] = useState<Stage>({ stage: "loading" });
  useEffect(() => {
    const key = lastKey();
    const source = key ? sourceOfKey(key) : undefined;
    if (!source) return setStage({ stage: "none" });
    let live = true;
    loadQuiz(source).then(
      (loaded) => live && setStage(stageOf(loaded)),
      (error: Error) =>
        live && setStage({ stage: "error", code: "ENGINE_FAILED", detail: error.message }),
    );
    return () => {
      live = false;
    };
  }, []);
  switch (stage.stage) {
    case "loading":
      return <p role="status">{t.loadingResults()}</p>;
    case "error":
      return <ErrorPage code={stage.code} detail={stage.detail} />;
    case "none":
      return <NoResults notice={stage.notice} />;
    case "ready":
      return <Review quiz={stage.quiz} state={stage.state} />;
  }
}

function NoResults({ notice }: { readonly notice?: StateProblem | undefined }) {
  const t = useT();
  const rw = usePlayWords();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section>
      <h1 ref={heading} tabIndex={-1}>
        {rw.noResults()}
      </h1>
      {notice && (
        <ProblemNotice problem={notice} say={(_, text) => rw.resultsNotRead({ problem: text })} />
      )}
      <p>
        {rw.finishToSee()} <a href={href.home}>{t.chooseQuiz()}</a>.
      </p>
    </section>
  );
}

function Review({ quiz, state }: { readonly quiz: Quiz; readonly state: PlayState }) {
  const t = useT();
  const rw = usePlayWords();
  const heading = useRef<HTMLHeadingElement>(null);
  const [making, setMaking] = useState(false);
  // Why no new quiz could be made: the engine's words, or undefined for the page's own.
  const [problem, setProblem] = useState<{ readonly message?: string | undefined } | undefined>();
  useEffect(() => heading.current?.focus(), []);
  const score = scoreQuiz(quiz, state.answers, useLabels(contentLang(quiz)));
  const source = sourceOfKey(state.key);
  // A ready quiz's title is the catalog's, in the page's language.
  const title =
    source?.kind === "ready" && READY_QUIZZES.some((r) => r.id === source.id)
      ? t.readyTitle(readyKey(source.id))
      : quiz.title;
  const replay = () => {
    clearState(state.key);
    if (source) navigate(source.kind === "ready" ? href.ready(source.id) : href.code(source.code));
  };
  const newQuiz = async () => {
    setMaking(true);
    let made: Awaited<ReturnType<typeof newQuizCodeOf>>;
    try {
      made = await newQuizCodeOf(source);
    } catch (error) {
      made = {
        ok: false,
        message: rw.engineNotLoaded({ error: (error as Error).message }),
      };
    }
    setMaking(false);
    if (made?.ok) navigate(href.code(made.code));
    else setProblem({ message: made?.message });
  };
  return (
    <section className="results">
      <h1 ref={heading} tabIndex={-1}>
        {rw.scoreHeading({
          title,
          score: formatScore(score.score),
          total: score.total,
          percent: score.percent,
        })}
      </h1>
      <div className="actions">
        <button type="button" className="primary" onClick={replay}>
          {rw.tryAgain()}
        </button>
        <button type="button" onClick={newQuiz} disabled={making}>
          {making ? rw.makingNewQuiz() : rw.newQuizLikeThis()}
        </button>
        <button
          type="button"
          onClick={() =>
            download(
              rw.resultsFile({ title: title.slice(0, 60), ext: "txt" }),
              resultsText(t, rw, quiz, state.answers, title),
              "text/plain;charset=utf-8",
            )
          }
        >
          {rw.downloadResults()}
        </button>
        <a href={href.home}>{rw.allQuizzes()}</a>
      </div>
      {problem && (
        <p role="alert" className="warning">
          {rw.noNewQuiz({ problem: problem.message ?? rw.choicesNotRead() })}
        </p>
      )}
      {source?.kind === "code" && <SendResults code={source.code} quiz={quiz} state={state} />}
      <h2>{rw.review()}</h2>
      <ol className="review">
        {quiz.questions.map((q, i) => {
          const r = score.results[i];
          const answer = state.answers[q.id];
          const lang = questionLang(quiz, q);
          return (
            <li key={q.id} className={r?.correct ? "right" : "wrong"}>
              <h3>
                <span className="verdict">{verdict(rw, r, state.done[q.id] === "time-up")}</span>{" "}
                <span lang={lang}>{q.prompt}</span>
              </h3>
              <p>
                <strong>{rw.yourAnswerIs()}</strong>{" "}
                {answer ? (
                  // True and False are the page's words; other answers are the question's.
                  <span lang={answer.format === "true-false" ? undefined : lang}>
                    {describeAnswer(t, q.key, answer)}
                  </span>
                ) : (
                  rw.noAnswer()
                )}
              </p>
              <p>
                <strong>{rw.rightAnswerIs()}</strong> <span lang={lang}>{r?.expected}</span>
              </p>
              <p lang={lang}>{q.explanation}</p>
              <Citations question={q} lang={lang} />
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** The share code of a new quiz like the one a play state was of (its spec, a new seed). */
async function newQuizCodeOf(source: ReturnType<typeof sourceOfKey>) {
  const [engine, link] = await Promise.all([import("./new-quiz.js"), import("./link.js")]);
  const ready = source?.kind === "ready" && READY_QUIZZES.find((r) => r.id === source.id);
  if (ready) return engine.newQuizCode(engine.readySpec(ready));
  if (source?.kind !== "code") return undefined;
  const read = await link.specFromCode(source.code);
  return read.ok ? engine.newQuizCode(read.spec) : undefined;
}
