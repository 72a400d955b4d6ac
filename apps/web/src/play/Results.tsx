import { type Quiz, scoreQuiz } from "@nklabor/quiz";
import { useEffect, useRef, useState } from "react";
import { ErrorPage } from "../app/ErrorPage.js";
import { href, navigate } from "../app/router.js";
import { READY_QUIZZES } from "../home/ready.js";
import { Citations } from "../shared/Citations.js";
import { describeAnswer, formatScore, verdict } from "../shared/describe.js";
import { download } from "../shared/download.js";
import { type Loaded, loadQuiz } from "./load.js";
import { resultsText } from "./results-text.js";
import { clearState, lastKey, type PlayState, restoreState, sourceOfKey } from "./session.js";

type Stage =
  | { readonly stage: "loading" }
  | { readonly stage: "none"; readonly notice?: string | undefined }
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
      return <p role="status">Loading your results…</p>;
    case "error":
      return <ErrorPage code={stage.code} detail={stage.detail} />;
    case "none":
      return <NoResults notice={stage.notice} />;
    case "ready":
      return <Review quiz={stage.quiz} state={stage.state} />;
  }
}

function NoResults({ notice }: { readonly notice?: string | undefined }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section>
      <h1 ref={heading} tabIndex={-1}>
        No results yet
      </h1>
      {notice && (
        <p role="alert" className="warning">
          Your saved results could not be read ({notice}), so they were set aside.
        </p>
      )}
      <p>
        Finish a quiz to see your results here. <a href={href.home}>Choose a quiz</a>.
      </p>
    </section>
  );
}

function Review({ quiz, state }: { readonly quiz: Quiz; readonly state: PlayState }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [making, setMaking] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  useEffect(() => heading.current?.focus(), []);
  const score = scoreQuiz(quiz, state.answers);
  const source = sourceOfKey(state.key);
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
        message: `The quiz engine could not be loaded (${(error as Error).message}).`,
      };
    }
    setMaking(false);
    if (made?.ok) navigate(href.code(made.code));
    else setProblem(made?.message ?? "This quiz's choices could not be read.");
  };
  return (
    <section className="results">
      <h1 ref={heading} tabIndex={-1}>
        {quiz.title}: {formatScore(score.score)} of {score.total} ({score.percent}%)
      </h1>
      <div className="actions">
        <button type="button" className="primary" onClick={replay}>
          Try this quiz again
        </button>
        <button type="button" onClick={newQuiz} disabled={making}>
          {making ? "Making a new quiz…" : "A new quiz like this"}
        </button>
        <button
          type="button"
          onClick={() =>
            download(
              `${quiz.title.slice(0, 60)} results.txt`,
              resultsText(quiz, state.answers),
              "text/plain;charset=utf-8",
            )
          }
        >
          Download your results
        </button>
        <a href={href.home}>All quizzes</a>
      </div>
      {problem && (
        <p role="alert" className="warning">
          No new quiz could be made: {problem}
        </p>
      )}
      <h2>Review</h2>
      <ol className="review">
        {quiz.questions.map((q, i) => {
          const r = score.results[i];
          const answer = state.answers[q.id];
          return (
            <li key={q.id} className={r?.correct ? "right" : "wrong"}>
              <h3>
                <span className="verdict">{verdict(r, state.done[q.id] === "time-up")}</span>{" "}
                {q.prompt}
              </h3>
              <p>
                <strong>Your answer:</strong> {answer ? describeAnswer(q.key, answer) : "none"}
              </p>
              <p>
                <strong>Right answer:</strong> {r?.expected}
              </p>
              <p>{q.explanation}</p>
              <Citations question={q} />
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
