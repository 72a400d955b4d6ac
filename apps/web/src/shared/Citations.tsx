import { formatCitation, type Question } from "@nklabor/quiz";

/** The sources behind a question: each with its quote and a link to the article. */
export function Citations({ question }: { readonly question: Question }) {
  if (question.citations.length === 0) return null;
  return (
    <div className="citations">
      <h3>Source{question.citations.length > 1 ? "s" : ""}</h3>
      {question.citations.map((c) => (
        <figure key={`${c.factId ?? ""}${c.quote}`} className="citation">
          <blockquote>{c.quote}</blockquote>
          <figcaption>
            {formatCitation(c, { quote: false, url: false })}.{" "}
            <a href={c.url} target="_blank" rel="noopener noreferrer">
              Read the article<span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          </figcaption>
        </figure>
      ))}
    </div>
  );
}
