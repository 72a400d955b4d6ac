import type { Quiz } from "@nklabor/quiz";
import { useEffect, useState } from "react";
import { ErrorPage } from "../app/ErrorPage.js";
import type { Saved } from "../app/storage.js";
import { useT } from "../i18n/i18n.js";
import { keyOf, type Loaded, loadedNow, loadQuiz, type QuizSource } from "./load.js";
import { Play } from "./Play.js";
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

/** Openings made before React's first render, by state key; each is taken once. */
const prepared = new Map<string, Stage>();

/**
 * For the page's entry, once a play link's quiz is loaded and before React renders: opens it (reads
 * saved progress, sets aside a damaged one, saves a new play) outside render, so the first render
 * shows the question or the start screen, not "Loading…".
 */
export function prepareOpening(source: QuizSource, start: boolean): void {
  const loaded = loadedNow(source);
  if (loaded) prepared.set(loaded.key, opening(loaded, start));
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
      return <Play quiz={stage.quiz} initial={stage.state} saved={stage.saved ?? "saved"} />;
  }
}
