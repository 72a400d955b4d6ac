import { lazy, Suspense } from "react";
import { ErrorPage } from "./app/ErrorPage.js";
import { RouteBoundary } from "./app/RouteBoundary.js";
import { href, parseRoute, type Route, useHash } from "./app/router.js";
import { Home } from "./home/Home.js";
import { keyOf } from "./play/load.js";
import { PlayLoader } from "./play/PlayLoader.js";

// The facts browser carries every fact and its sources: loaded only when opened.
const FactsPage = lazy(() => import("./facts/FactsPage.js"));
// The builder and the print view carry the quiz engine and spec validation: loaded when opened.
const BuildPage = lazy(() => import("./build/BuildPage.js"));
const PrintPage = lazy(() => import("./print/PrintPage.js"));
// The results page follows a quiz: Play fetches it while the quiz is played (see Play.tsx).
const Results = lazy(() => import("./play/Results.js"));

export function App() {
  const hash = useHash();
  const route = parseRoute(hash);
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
        <RouteBoundary route={hash}>
          <Page route={route} />
        </RouteBoundary>
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
      return <PlayLoader key={keyOf(route.source)} source={route.source} start={route.start} />;
    case "results":
      return (
        <Suspense fallback={<p role="status">Loading your results…</p>}>
          <Results />
        </Suspense>
      );
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
