import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App.js";
import { parseRoute } from "./app/router.js";
import { registerServiceWorker } from "./app/service-worker.js";
import { core, initialLang, LangProvider } from "./i18n/i18n.js";
import { keyOf, loadQuiz } from "./play/load.js";
import { preloadQuestions, prepareOpening } from "./play/PlayLoader.js";
import { hasSavedState } from "./play/session.js";
import "./styles.css";

const lang = initialLang();
document.documentElement.lang = lang;

function render(root: HTMLElement) {
  createRoot(root).render(
    <StrictMode>
      <LangProvider initial={lang}>
        <App />
      </LangProvider>
    </StrictMode>,
  );
}

const root = document.getElementById("root");
const route = parseRoute(window.location.hash);
// The page's words first (the boot script started fetching them as the page parsed).
const words = core.preload(lang);
if (root && route.page === "play") {
  // A play link's quiz loads first (its file or chunks were fetched as the page parsed), so the
  // first render shows the quiz, not "Loading…" and then the quiz; on a slow network the page
  // renders after a moment anyway and says it is loading.
  // A link that starts at its first question, or a quiz with saved progress, will likely open on a
  // question: its chunk is fetched with the quiz, not after it.
  if (route.start || hasSavedState(keyOf(route.source))) preloadQuestions();
  let rendered = false;
  const once = () => {
    if (rendered) return;
    rendered = true;
    words.then(
      () => render(root),
      () => unreachable(root),
    );
  };
  Promise.all([loadQuiz(route.source), words])
    .then(() => (rendered ? undefined : prepareOpening(route.source, route.start)))
    .then(once, once);
  setTimeout(once, 300);
} else if (root)
  words.then(
    () => render(root),
    () => unreachable(root),
  );

// Offline after one visit (sw.js, made by the build); registered once the page has loaded, so it
// never competes with the page's own files.
if (import.meta.env.PROD && "serviceWorker" in navigator)
  window.addEventListener(
    "load",
    () => void registerServiceWorker(navigator.serviceWorker, "./sw.js", window),
    { once: true },
  );

/** The app's words could not load (offline before they arrived): say so, never a blank page. */
function unreachable(root: HTMLElement) {
  root.textContent =
    "nklabor could not load its words: check the connection and reload. · 연결을 확인하고 새로 고치세요. · Проверьте подключение и обновите страницу.";
}
