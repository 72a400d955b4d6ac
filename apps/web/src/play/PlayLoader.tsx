import type { Quiz } from "@nklabor/quiz";
import { Suspense, useEffect, useState } from "react";
import { ErrorPage } from "../app/ErrorPage.js";
import { preloadable } from "../app/preloadable.js";
import type { Saved } from "../app/storage.js";
import { initialLang, useT } from "../i18n/i18n.js";
import { keyOf, type Loaded, loadedNow, loadQuiz, type QuizSource } from "./load.js";
import { StartScreen } from "./StartScreen.js";
import {
  clearState,
  type PlayState,
  restoreState,
  type StateProblem,
  saveState,
  sourceOfKey,
  startState,
} from "./session.js";
import { preloadPlayWords } from "./words.js";

type Stage =
  | { readonly stage: "loading" }
  | { readonly stage: "error"; readonly code: string; readonly detail?: string | undefined }
  | {
      readonly stage: "start";
      readonly quiz: Quiz;
      readonly notice?: StateProblem | undefined;
      readonly finished: boolean;
    }
  | {
      readonly stage: "play";
      readonly quiz: Quiz;
      readonly state: PlayState;
      readonly saved?: Saved | undefined;
    };

/**
 * The stage a loaded quiz opens at: an unfinished saved state resumes; a link that asks to start
 * (`start`) opens on the first question when nothing is saved; else the start screen.
 */
function opening(loaded: Extract<Loaded, { ok: true }>, start: boolean): Stage {
  const restored = restoreState(loaded.key, loaded.quiz);
  if (restored.kind === "ok" && !restored.state.finished)
    return { stage: "play", quiz: loaded.quiz, state: restored.state };
  if (restored.kind === "none" && start) return playing(loaded.key, loaded.quiz);
  return {
    stage: "start",
    quiz: loaded.quiz,
    notice: restored.kind === "set-aside" ? restored.problem : undefined,
    finished: restored.kind === "ok",
  };
}

/** A new play of the quiz, from its first question, saved as it starts. */
function playing(key: string, quiz: Quiz): Stage {
  clearState(key);
  const state = startState(key, quiz);
  return { stage: "play", quiz, state, saved: saveState(state) };
}

/**
 * The questions and their feedback: a chunk of its own, so the start screen shows without it. It
 * is fetched as the start screen shows, or before the first render when a quiz opens on a question.
 */
const questions = preloadable(() =>
  Promise.all([import("./Play.js"), preloadPlayWords(initialLang())]).then(
    ([module]) => module.Play,
  ),
);

/** Fetches the questions' chunk and words (a failure shows when they are needed). */
export const preloadQuestions = (): void => {
  questions.preload().catch(() => {});
};

/** Openings made before React's first render, by state key; each is taken once. */
const prepared = new Map<string, Stage>();

/**
 * For the page's entry, once a play link's quiz is loaded and before React renders: opens it (reads
 * saved progress, sets aside a damaged one, saves a new play) outside render, so the first render
 * shows the question or the start screen, not "Loading…".
 */
export function prepareOpening(source: QuizSource, start: boolean): Promise<unknown> {
  const loaded = loadedNow(source);
  if (!loaded) return Promise.resolve();
  const stage = opening(loaded, start);
  prepared.set(loaded.key, stage);
  // A quiz that opens on a question renders once the questions' chunk is in.
  return stage.stage === "play" ? questions.preload() : Promise.resolve();
}

function takePrepared(key: string): Stage | undefined {
  const stage = prepared.get(key);
  prepared.delete(key);
  return stage;
}

/** Loads the quiz, then resumes it or shows its start screen (or, asked to `start`, its first question). */
export function PlayLoader({
  source,
  start,
}: {
  readonly source: QuizSource;
  readonly start: boolean;
}) {
  const t = useT();
  const key = keyOf(source);
  // A quiz opened before React rendered (see prepareOpening) shows in the first render.
  const [stage, setStage] = useState<Stage>(() => takePrepared(key) ?? { stage: "loading" });
  const waiting = stage.stage === "loading";
  useEffect(() => {
    if (!waiting) return;
    let live = true;
    loadQuiz(sourceOfKey(key) as QuizSource).then(
      (loaded) =>
        live && setStage(loaded.ok ? opening(loaded, start) : { stage: "error", ...loaded }),
      (error: Error) =>
        live && setStage({ stage: "error", code: "ENGINE_FAILED", detail: error.message }),
    );
    return () => {
      live = false;
    };
  }, [key, start, waiting]);
  // The questions' chunk is fetched while the start screen is read (a failure shows when Start is
  // pressed, as the route's fault message with a reload).
  const starting = stage.stage === "start";
  useEffect(() => {
    if (starting) preloadQuestions();
  }, [starting]);
  switch (stage.stage) {
    case "loading":
      return <p role="status">{t.loadingQuiz()}</p>;
    case "error":
      return <ErrorPage code={stage.code} detail={stage.detail} />;
    case "start":
      return (
        <StartScreen
          quiz={stage.quiz}
          readyId={source.kind === "ready" ? source.id : undefined}
          notice={stage.notice}
          finished={stage.finished}
          onStart={() => setStage(playing(key, stage.quiz))}
        />
      );
    case "play":
      return (
        <Suspense fallback={<p role="status">{t.loadingQuiz()}</p>}>
          <questions.Component
            quiz={stage.quiz}
            initial={stage.state}
            saved={stage.saved ?? "saved"}
          />
        </Suspense>
      );
  }
}
