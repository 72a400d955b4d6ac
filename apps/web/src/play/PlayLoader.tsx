import type { Quiz } from "@nklabor/quiz";
import { useEffect, useState } from "react";
import { ErrorPage } from "../app/ErrorPage.js";
import type { Saved } from "../app/storage.js";
import { keyOf, type Loaded, loadQuiz, type QuizSource } from "./load.js";
import { Play } from "./Play.js";
import { StartScreen } from "./StartScreen.js";
import {
  clearState,
  type PlayState,
  restoreState,
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
      readonly notice?: string | undefined;
      readonly finished: boolean;
    }
  | {
      readonly stage: "play";
      readonly quiz: Quiz;
      readonly state: PlayState;
      readonly saved?: Saved | undefined;
    };

/** The stage a loaded quiz opens at: an unfinished saved state resumes; else the start screen. */
function opening(loaded: Extract<Loaded, { ok: true }>): Stage {
  const restored = restoreState(loaded.key, loaded.quiz);
  if (restored.kind === "ok" && !restored.state.finished)
    return { stage: "play", quiz: loaded.quiz, state: restored.state };
  return {
    stage: "start",
    quiz: loaded.quiz,
    notice: restored.kind === "set-aside" ? restored.problem : undefined,
    finished: restored.kind === "ok",
  };
}

/** Loads the quiz, then resumes it or shows its start screen. */
export function PlayLoader({ source }: { readonly source: QuizSource }) {
  const [stage, setStage] = useState<Stage>({ stage: "loading" });
  const key = keyOf(source);
  useEffect(() => {
    let live = true;
    loadQuiz(sourceOfKey(key) as QuizSource).then(
      (loaded) => live && setStage(loaded.ok ? opening(loaded) : { stage: "error", ...loaded }),
      (error: Error) =>
        live && setStage({ stage: "error", code: "ENGINE_FAILED", detail: error.message }),
    );
    return () => {
      live = false;
    };
  }, [key]);
  switch (stage.stage) {
    case "loading":
      return <p role="status">Loading the quiz…</p>;
    case "error":
      return <ErrorPage code={stage.code} detail={stage.detail} />;
    case "start":
      return (
        <StartScreen
          quiz={stage.quiz}
          notice={stage.notice}
          finished={stage.finished}
          onStart={() => {
            clearState(key);
            const state = startState(key, stage.quiz);
            setStage({ stage: "play", quiz: stage.quiz, state, saved: saveState(state) });
          }}
        />
      );
    case "play":
      return <Play quiz={stage.quiz} initial={stage.state} saved={stage.saved ?? "saved"} />;
  }
}
