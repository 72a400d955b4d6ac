import { Suspense } from "react";
import { catalogs, useLang } from "../i18n/i18n.js";
import type { StateProblem } from "../play/session.js";
import { load } from "./messages/compiled/load.js";
import type { Catalog } from "./messages/compiled/types.js";

/*
 * The words of what went wrong: the error pages' and why saved progress could not be used. A
 * catalog of its own in every language, English too, loaded when a problem shows, so no first
 * load carries it. If it cannot load (offline), the route's fault message says so in the core words.
 */
const words = catalogs<Catalog>(undefined, load);

export type ProblemWords = Catalog;

/** The problems' words in the page's language (suspends until they have loaded). */
export const useProblemWords = (): ProblemWords => words.read(useLang().lang);

/** Why saved progress could not be used, in the page's words. */
export const stateProblemText = (w: ProblemWords, p: StateProblem): string =>
  w.stateProblem({ code: p.code, at: p.at ?? 0, total: p.total ?? 0 });

/**
 * A notice that saved progress was set aside (an alert): `say` words it with the problem's text.
 * It shows once the problems' words are in, a moment after the page.
 */
export function ProblemNotice({
  problem,
  say,
}: {
  readonly problem: StateProblem;
  readonly say: (w: ProblemWords, text: string) => string;
}) {
  return (
    <Suspense fallback={null}>
      <Notice problem={problem} say={say} />
    </Suspense>
  );
}

function Notice({
  problem,
  say,
}: {
  readonly problem: StateProblem;
  readonly say: (w: ProblemWords, text: string) => string;
}) {
  const w = useProblemWords();
  return (
    <p role="alert" className="warning">
      {say(w, stateProblemText(w, problem))}
    </p>
  );
}
