import type { Question, QuestionCitation } from "@nklabor/quiz";
import { useEffect, useState } from "react";
import { useT } from "../i18n/i18n.js";
import { usePlayWords } from "../play/words.js";

/*
 * The sources under a question's feedback, without putting the citation formatter (and the dates
 * and glossary it brings) in the first load: Citations loads as soon as a quiz is on screen, long
 * before its first answer is checked. Until then, or if it cannot load (offline), the quotes and
 * their links show on their own; nothing waits for it.
 */

type Full = typeof import("./Citations.js").Citations;
let full: Full | undefined;
let loading: Promise<Full | undefined> | undefined;

/** Starts loading the full citations (once; a failed load is tried again next time). */
export function loadCitations(): Promise<Full | undefined> {
  loading ??= import("./Citations.js").then(
    (m) => {
      full = m.Citations;
      return full;
    },
    () => {
      loading = undefined;
      return undefined;
    },
  );
  return loading;
}

export function Sources(props: { readonly question: Question; readonly lang: string | undefined }) {
  // Re-renders once the full citations have loaded (a count: a component is no state value).
  const [, setLoads] = useState(0);
  useEffect(() => {
    if (!full) loadCitations().then((loaded) => loaded && setLoads((n) => n + 1));
  }, []);
  const Loaded = full;
  if (Loaded) return <Loaded {...props} />;
  return <Quotes {...props} />;
}

/** The quotes and their links, before the citations' words have loaded: each named by its publisher. */
function Quotes(props: { readonly question: Question; readonly lang: string | undefined }) {
  return <CitationList {...props} caption={(c) => c.publisher} />;
}

/**
 * The sources behind a question, each with its quote, a caption and a link to the article. A
 * generated question's quotes stay in the source's words (English) and are marked so; `lang` is
 * the language of the caption's words, undefined for a teacher's own question (theirs).
 */
export function CitationList({
  question,
  lang,
  caption,
}: {
  readonly question: Question;
  readonly lang: string | undefined;
  readonly caption: (citation: QuestionCitation) => string;
}) {
  const t = useT();
  const w = usePlayWords();
  if (question.citations.length === 0) return null;
  return (
    <div className="citations">
      <h3>{w.sourceHeading({ n: question.citations.length })}</h3>
      {question.citations.map((c) => (
        <figure key={`${c.factId ?? ""}${c.quote}`} className="citation">
          <blockquote lang={lang && "en"}>{c.quote}</blockquote>
          <figcaption>
            <span lang={lang}>{caption(c)}.</span>{" "}
            <a href={c.url} target="_blank" rel="noopener noreferrer">
              {w.readArticle()}
              <span className="visually-hidden"> {t.opensInNewTab()}</span>
            </a>
          </figcaption>
        </figure>
      ))}
    </div>
  );
}
