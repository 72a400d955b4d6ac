import type { Quiz } from "@nklabor/quiz";
import { lazy, Suspense, useEffect, useState } from "react";
import { ErrorPage } from "./ErrorPage.js";
import { Home } from "./Home.js";
import { Play } from "./Play.js";
import { Results } from "./Results.js";
import { READY_QUIZZES } from "./ready.js";
import { href, parseRoute, type Route, useHash } from "./router.js";
import { loadSession, type Session } from "./storage.js";

// The facts browser carries every fact and its sources: loaded only when opened.
const FactsPage = lazy(() => import("./FactsPage.js"));
// The builder and the print view carry the quiz engine and spec validation: loaded when opened.
const BuildPage = lazy(() => import("./BuildPage.js"));
const PrintPage = lazy(() => import("./PrintPage.js"));

export function App() {
  const route = parseRoute(useHash());
  return (
    <>
      {/* A button, not a link: under a hash router, "#main" would be a route. */}
      <button
        type="button"
        className="skip"
        onClick={() => document.getElementById("main")?.focus()}
      >
        Skip to content
      </button>
      <header className="site">
        <a className="brand" href={href.home}>
          nklabor
        </a>
        <nav aria-label="Main">
          <a href={href.home} aria-current={route.page === "home" ? "page" : undefined}>
            Quizzes
          </a>
          <a href={href.build} aria-current={route.page === "build" ? "page" : undefined}>
            Build
          </a>
          <a href={href.facts} aria-current={route.page === "facts" ? "page" : undefined}>
            Facts
          </a>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Page route={route} />
      </main>
      <footer className="site">
        <p>
          Every answer is sourced. Figures keep their sources' hedges: “at least”, “as many as”, “an
          estimated”.
        </p>
      </footer>
    </>
  );
}

function Page({ route }: { readonly route: Route }) {
  switch (route.page) {
    case "home":
      return <Home />;
    case "play":
      return (
        <PlayLoader
          key={route.source.kind === "ready" ? route.source.id : route.source.code}
          source={route.source}
        />
      );
    case "results":
      return <Results />;
    case "facts":
      return (
        <Suspense fallback={<p role="status">Loading the facts…</p>}>
          <FactsPage />
        </Suspense>
      );
    case "build":
      return (
        <Suspense fallback={<p role="status">Loading the quiz builder…</p>}>
          <BuildPage />
        </Suspense>
      );
    case "print":
      return (
        <Suspense fallback={<p role="status">Loading…</p>}>
          <PrintPage code={route.code} />
        </Suspense>
      );
    case "not-found":
      return <ErrorPage code="NOT_FOUND" detail={route.path} />;
  }
}

type Load =
  | { readonly state: "loading" }
  | { readonly state: "ready"; readonly session: Session }
  | { readonly state: "error"; readonly code: string; readonly detail?: string };

/** Resumes a saved session, or loads the quiz: a ready one as JSON, a share link through the engine. */
function PlayLoader({ source }: { readonly source: Extract<Route, { page: "play" }>["source"] }) {
  const key = source.kind === "ready" ? `ready:${source.id}` : `code:${source.code}`;
  const [load, setLoad] = useState<Load>(() => {
    const saved = loadSession(key);
    return saved && !saved.finished ? { state: "ready", session: saved } : { state: "loading" };
  });
  useEffect(() => {
    if (load.state !== "loading") return;
    let live = true;
    const start = (quiz: Quiz) =>
      live &&
      setLoad({
        state: "ready",
        session: { version: 1, key, quiz, index: 0, answers: {}, done: {}, finished: false },
      });
    const fail = (code: string, detail?: string) =>
      live && setLoad({ state: "error", code, ...(detail ? { detail } : {}) });
    if (source.kind === "ready") {
      if (!READY_QUIZZES.some((q) => q.id === source.id))
        fail("NOT_FOUND", `no quiz "${source.id}"`);
      else
        fetch(`./quizzes/${source.id}.json`)
          .then((r) =>
            r.ok ? (r.json() as Promise<Quiz>) : Promise.reject(new Error(`HTTP ${r.status}`)),
          )
          .then(start, (e: Error) => fail("LOAD_FAILED", e.message));
    } else {
      import("./engine.js")
        .then(({ quizFromCode }) => {
          const result = quizFromCode(source.code);
          if (result.ok) start(result.quiz);
          else fail(result.code, result.message);
        })
        .catch((e: Error) => fail("LOAD_FAILED", e.message));
    }
    return () => {
      live = false;
    };
  }, [load.state, key, source]);
  if (load.state === "loading") return <p role="status">Loading the quiz…</p>;
  if (load.state === "error")
    return <ErrorPage code={load.code} {...(load.detail ? { detail: load.detail } : {})} />;
  return <Play initial={load.session} />;
}
