import type { Question } from "@nklabor/quiz";

const DATE = new Intl.DateTimeFormat("en-GB", {
  year: "numeric",
  month: "long",
  day: "numeric",
  timeZone: "UTC",
});
const MONTH = new Intl.DateTimeFormat("en-GB", { year: "numeric", month: "long", timeZone: "UTC" });

/** "17 February 2021", "August 2019", "2017" from an ISO partial date. */
export function formatPublished(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  if (y === undefined || m === undefined) return date;
  const at = new Date(Date.UTC(y, m - 1, d ?? 1));
  return d === undefined ? MONTH.format(at) : DATE.format(at);
}

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
            {c.publisher}, <cite>{c.headline}</cite>, {formatPublished(c.published)}.{" "}
            <a href={c.url} target="_blank" rel="noopener noreferrer">
              Read the article<span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          </figcaption>
        </figure>
      ))}
    </div>
  );
}
