import { formatCitation, type Question } from "@nklabor/quiz";
import { useT } from "../i18n/i18n.js";
import { isLang } from "../i18n/lang.js";
import { useLabelsSoon } from "./quiz-labels.js";

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
  // A generated question's citation in its quiz's words (its dates); a teacher's in English.
  const labels = useLabelsSoon(isLang(lang) ? lang : "en");
  if (question.citations.length === 0) return null;
  return (
    <div className="citations">
      <h3>{t.sourceHeading({ n: question.citations.length })}</h3>
      {question.citations.map((c) => (
        <figure key={`${c.factId ?? ""}${c.quote}`} className="citation">
          <blockquote lang={lang && "en"}>{c.quote}</blockquote>
          <figcaption>
            <span lang={lang}>{formatCitation(c, { quote: false, url: false, labels })}.</span>{" "}
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
