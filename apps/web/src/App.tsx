import { lazy, Suspense, useEffect } from "react";
import { ErrorPage } from "./app/ErrorPage.js";
import { RouteBoundary } from "./app/RouteBoundary.js";
import { href, parseRoute, type Route, useHash } from "./app/router.js";
import { applyUpdate, useUpdateReady } from "./app/service-worker.js";
import { APP_VERSION } from "./app/version.js";
import { Home } from "./home/Home.js";
import { useT } from "./i18n/i18n.js";
import { LanguageSwitch } from "./i18n/LanguageSwitch.js";
import { keyOf } from "./play/load.js";
import { PlayLoader } from "./play/PlayLoader.js";

// The facts browser carries every fact and its sources: loaded only when opened.
const FactsPage = lazy(() => import("./facts/FactsPage.js"));
// The builder and the print view carry the quiz engine and spec validation: loaded when opened.
const BuildPage = lazy(() => import("./build/BuildPage.js"));
const PrintPage = lazy(() => import("./print/PrintPage.js"));
// A teacher's class results: the engine and the results codes' reader, loaded when opened.
const ClassResultsPage = lazy(() => import("./class/ClassResultsPage.js"));
// The results page follows a quiz: Play fetches it while the quiz is played (see Play.tsx).
const Results = lazy(() => import("./play/Results.js"));

export function App() {
  const hash = useHash();
  const route = parseRoute(hash);
  const t = useT();
  useEffect(() => {
    document.title = t.documentTitle();
  }, [t]);
  return (
    <>
      {/* A button, not a link: under a hash router, "#main" would be a route. */}
      <button
        type="button"
        className="skip"
        onClick={() => document.getElementById("main")?.focus()}
      >
        {t.skipToContent()}
      </button>
      <header className="site">
        <a className="brand" href={href.home}>
          nklabor
        </a>
        <nav aria-label={t.mainNav()}>
          <a href={href.home} aria-current={route.page === "home" ? "page" : undefined}>
            {t.navQuizzes()}
          </a>
          <a href={href.build} aria-current={route.page === "build" ? "page" : undefined}>
            {t.navBuild()}
          </a>
          <a href={href.facts} aria-current={route.page === "facts" ? "page" : undefined}>
            {t.navFacts()}
          </a>
        </nav>
        <LanguageSwitch hash={hash} />
      </header>
      {/* Never while a quiz is played: the student finishes on the version they started with. */}
      <UpdateNotice hidden={route.page === "play"} />
      <main id="main" tabIndex={-1}>
        <RouteBoundary route={hash}>
          <Page route={route} />
        </RouteBoundary>
      </main>
      <footer className="site">
        <p>{t.footer()}</p>
        <p>{t.version({ version: APP_VERSION })}</p>
      </footer>
    </>
  );
}

/** "A new version is ready": a live region, announced when the notice appears. */
function UpdateNotice({ hidden }: { readonly hidden: boolean }) {
  const t = useT();
  const ready = useUpdateReady();
  return (
    <div role="status" className="update">
      {ready && !hidden && (
        <p>
          {t.updateReady()}{" "}
          <button
            type="button"
            onClick={() => applyUpdate(navigator.serviceWorker, () => window.location.reload())}
          >
            {t.updateReload()}
          </button>
        </p>
      )}
    </div>
  );
}

function Page({ route }: { readonly route: Route }) {
  const t = useT();
  switch (route.page) {
    case "home":
      return <Home />;
    case "play":
      return <PlayLoader key={keyOf(route.source)} source={route.source} start={route.start} />;
    case "results":
      return (
        <Suspense fallback={<p role="status">{t.loadingResults()}</p>}>
          <Results />
        </Suspense>
      );
    case "facts":
      return (
        <Suspense fallback={<p role="status">{t.loadingFacts()}</p>}>
          <FactsPage />
        </Suspense>
      );
    case "build":
      return (
        <Suspense fallback={<p role="status">{t.loadingBuilder()}</p>}>
          <BuildPage />
        </Suspense>
      );
    case "print":
      return (
        <Suspense fallback={<p role="status">{t.loading()}</p>}>
          <PrintPage code={route.code} />
        </Suspense>
      );
    case "class":
      return (
        <Suspense fallback={<p role="status">{t.loading()}</p>}>
          <ClassResultsPage code={route.code} />
        </Suspense>
      );
    case "not-found":
      return <ErrorPage code="NOT_FOUND" detail={route.path} />;
  }
}
