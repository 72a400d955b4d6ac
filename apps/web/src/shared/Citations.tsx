import { formatCitation, type Question } from "@nklabor/quiz";
import { useT } from "../i18n/i18n.js";

/**
 * The sources behind a question: each with its quote and a link to the article. A generated
 * question's quotes stay in the source's words (English) and are marked so; `lang` is the language
 * of the citation's own words, undefined for a teacher's own question (whose language is theirs).
 */
export function Citations({
  question,
  lang,
}: {
  readonly question: Question;
  readonly lang: string | undefined;
}) {
  const t = useT();
  if (question.citations.length === 0) return null;
  return (
    <div className="citations">
      <h3>{t.sourceHeading({ n: question.citations.length })}</h3>
      {question.citations.map((c) => (
        <figure key={`${c.factId ?? ""}${c.quote}`} className="citation">
          <blockquote lang={lang && "en"}>{c.quote}</blockquote>
          <figcaption>
            <span lang={lang}>{formatCitation(c, { quote: false, url: false })}.</span>{" "}
            <a href={c.url} target="_blank" rel="noopener noreferrer">
              {t.readArticle()}
              <span className="visually-hidden"> {t.opensInNewTab()}</span>
            </a>
          </figcaption>
        </figure>
      ))}
    </div>
  );
}
